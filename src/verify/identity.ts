/** Step 2, identity: the certificate's SAN, issuer and Fulcio extensions against the identity policy. */
import { ProvenantError } from '../errors.js';
import {
  hasIdentityConstraint,
  IDENTITY_OPTIONS,
  normalizeRepo,
  sourceRepoTarget,
  signerWorkflowMatches,
  signerWorkflowUri,
  type Policy,
} from './policy.js';
import type { AttestationResult, CheckResult } from './result.js';

export function checkIdentity(signer: AttestationResult['signer'], policy: Policy, checks: CheckResult[]): void {
  if (
    signer?.kind === 'certificate' &&
    policy.requireIdentity &&
    !policy.insecureSkipIdentity &&
    !hasIdentityConstraint(policy, signer.identity)
  ) {
    // anyone can get a certificate: with no identity constraint the verdict says nothing about who built it
    checks.push({
      code: 'identity',
      ok: false,
      detail:
        `[USAGE] the attestation is signed with a certificate and no identity is required: give one of ` +
        `${IDENTITY_OPTIONS} (or --insecure-skip-identity to accept any signer)`,
    });
    return;
  }
  const wants =
    policy.certIdentity ||
    policy.certIdentityRegex ||
    policy.certOidcIssuer ||
    policy.signerWorkflow ||
    policy.sourceRepo ||
    policy.sourceRef ||
    policy.denySelfHostedRunners ||
    policy.owner;
  if (!wants) return;
  const id = signer?.identity;
  if (!id) {
    checks.push({
      code: 'identity',
      ok: false,
      detail:
        '[IDENTITY_MISMATCH] certificate identity policy given, but the attestation is not signed with a certificate',
    });
    return;
  }
  const problems: string[] = [];
  if (policy.certIdentity && id.san !== policy.certIdentity)
    problems.push(`SAN '${id.san}' is not '${policy.certIdentity}'`);
  if (policy.certIdentityRegex) {
    let re: RegExp;
    try {
      re = new RegExp(policy.certIdentityRegex);
    } catch {
      throw new ProvenantError('USAGE', `--cert-identity-regex: invalid regular expression`);
    }
    if (!id.san || !re.test(id.san)) problems.push(`SAN '${id.san}' does not match /${policy.certIdentityRegex}/`);
  }
  if (policy.certOidcIssuer && id.issuer !== policy.certOidcIssuer)
    problems.push(`issuer '${id.issuer}' is not '${policy.certOidcIssuer}'`);
  if (policy.signerWorkflow && !signerWorkflowMatches(policy.signerWorkflow, id.buildSignerURI ?? id.san)) {
    // anchored: the full https://HOST/OWNER/REPO/PATH of the certificate's build signer, never a suffix
    problems.push(
      `signer workflow '${id.buildSignerURI ?? id.san}' is not '${signerWorkflowUri(policy.signerWorkflow).uri}'`,
    );
  }
  if (
    policy.sourceRepo &&
    (!id.sourceRepositoryURI || normalizeRepo(id.sourceRepositoryURI) !== sourceRepoTarget(policy.sourceRepo))
  ) {
    problems.push(`certificate source repository '${id.sourceRepositoryURI}' is not '${policy.sourceRepo}'`);
  }
  if (policy.owner) {
    const want = normalizeRepo(policy.owner.includes('/') ? policy.owner : `github.com/${policy.owner}`);
    const got = id.sourceRepositoryURI
      ? normalizeRepo(id.sourceRepositoryURI).split('/').slice(0, 2).join('/')
      : undefined;
    if (got !== want)
      problems.push(`certificate source repository '${id.sourceRepositoryURI}' is not owned by '${policy.owner}'`);
  }
  if (policy.sourceRef && id.sourceRepositoryRef !== policy.sourceRef)
    problems.push(`certificate source ref '${id.sourceRepositoryRef}' is not '${policy.sourceRef}'`);
  if (policy.denySelfHostedRunners && id.runnerEnvironment !== 'github-hosted')
    problems.push(`runner environment '${id.runnerEnvironment ?? 'unknown'}' is not github-hosted`);
  checks.push(
    problems.length
      ? { code: 'identity', ok: false, detail: `[IDENTITY_MISMATCH] ${problems.join('; ')}` }
      : { code: 'identity', ok: true, detail: `certificate identity ${id.san} matches the policy` },
  );
}

/** The identity checks of gh (--signer-repo) and cosign (--certificate-oidc-issuer-regexp). */
export function checkPeerIdentity(signer: AttestationResult['signer'], policy: Policy, checks: CheckResult[]): void {
  if (!policy.signerRepo && !policy.certOidcIssuerRegex) return;
  const id = signer?.identity;
  if (!id) {
    checks.push({
      code: 'identity-scope',
      ok: false,
      detail:
        '[IDENTITY_MISMATCH] signer repository/issuer policy given, ' +
        'but the attestation is not signed with a certificate',
    });
    return;
  }
  const problems: string[] = [];
  if (policy.signerRepo) {
    const want = sourceRepoTarget(policy.signerRepo);
    const got = normalizeRepo(id.buildSignerURI ?? id.san ?? '')
      .split('/')
      .slice(0, 3)
      .join('/');
    if (got !== want) problems.push(`signer repository '${got || 'unknown'}' is not '${policy.signerRepo}'`);
  }
  if (policy.certOidcIssuerRegex) {
    let re: RegExp;
    try {
      re = new RegExp(policy.certOidcIssuerRegex);
    } catch {
      throw new ProvenantError('USAGE', `--cert-oidc-issuer-regex: invalid regular expression`);
    }
    if (!id.issuer || !re.test(id.issuer))
      problems.push(`issuer '${id.issuer}' does not match /${policy.certOidcIssuerRegex}/`);
  }
  checks.push(
    problems.length
      ? { code: 'identity-scope', ok: false, detail: `[IDENTITY_MISMATCH] ${problems.join('; ')}` }
      : { code: 'identity-scope', ok: true, detail: 'certificate signer repository and issuer match the policy' },
  );
}
