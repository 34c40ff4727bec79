/** Step 6, level: the SLSA Build level from the evidence that held up, and the verdict. */
import type { Statement } from '../intoto/statement.js';
import { GCB_HOSTED_WORKER } from './gcb.js';
import type { Claims } from './claims.js';
import { builderIdMatches, builderMaxLevel, ISOLATED_BUILDERS, policyCap, type Policy } from './policy.js';
import { GITHUB_ISSUER, SLSA_DELEGATOR, type AttestationResult } from './result.js';
import type { SignatureOutcome } from './signature.js';

/** Sets result.slsaLevel and result.nextLevel from the checks done so far. */
export function computeLevel(
  result: AttestationResult,
  st: Statement,
  claims: Claims | undefined,
  sig: SignatureOutcome,
  binding: { bound: boolean; reason: string } | undefined,
  policy: Policy,
  artifact: unknown,
): void {
  const checks = result.checks;
  // SLSA Build level, from evidence only
  const allOk = checks.every((c) => c.ok);
  const subjectOk = checks.some((c) => c.code === 'subject' && c.ok) && !!artifact;
  if (!claims) result.nextLevel.push(`L1: predicate ${st.predicateType} is not SLSA provenance`);
  else if (!allOk) result.nextLevel.push('L1: a check failed');
  else if (!subjectOk) result.nextLevel.push('L1: provenance not matched to an artifact');
  else {
    result.slsaLevel = 1;
    const id = sig.signer?.identity;
    const l2: string[] = [];
    const gcb = sig.signer?.kind === 'key' && sig.signer.hostedBuilder === 'google-cloud-build';
    if (gcb) {
      // Cloud Build's attestor keys sign only what its hosted workers built: the key is the builder identity
      if (!claims.builderId || !GCB_HOSTED_WORKER.test(claims.builderId))
        l2.push(`builder '${claims.builderId}' is not Cloud Build's hosted worker, whose attestor key signed it`);
    } else if (sig.signer?.kind !== 'certificate' || !id)
      l2.push('not signed by a hosted builder identity (keyless certificate)');
    else {
      // GitHub's issuer, or an enterprise's below it (…githubusercontent.com/SLUG); not a host that merely begins so
      const issuer = id.issuer ?? '';
      if (issuer !== GITHUB_ISSUER && !issuer.startsWith(`${GITHUB_ISSUER}/`))
        l2.push(`issuer '${id.issuer}' is not GitHub Actions`);
      // a certificate from before the runner-environment extension (2022: slsa-github-generator v1.x) signed by one of
      // slsa-github-generator's own released builder workflows: that workflow fixes its runner (GitHub-hosted)
      const san = id.san ?? '';
      const legacyBuilder =
        id.runnerEnvironment === undefined &&
        id.buildSignerURI === undefined &&
        ISOLATED_BUILDERS.some((b) => builderIdMatches(b, san));
      if (id.runnerEnvironment !== 'github-hosted' && !legacyBuilder) {
        l2.push(`runner environment '${id.runnerEnvironment ?? 'unknown'}' is not github-hosted`);
      }
      if (!binding?.bound) l2.push(binding?.reason || 'builder.id is not bound to the certificate');
    }
    if (l2.length) result.nextLevel.push(...l2.map((r) => `L2: ${r}`));
    else {
      result.slsaLevel = 2;
      const signerUri = id?.buildSignerURI ?? id?.san ?? '';
      // a BYOB build signed by slsa-github-generator's isolated delegator is L3, unless the --policy caps its
      // builder (or the delegator) lower
      const max = SLSA_DELEGATOR.test(signerUri)
        ? (policyCap(policy, [claims.builderId, signerUri]) ?? 3)
        : claims.builderId
          ? builderMaxLevel(claims.builderId, policy)
          : undefined;
      if (max !== undefined && max >= 3) result.slsaLevel = 3;
      else result.nextLevel.push(`L3: builder '${claims.builderId}' is not on the isolated-builder list`);
      if (max !== undefined && max < result.slsaLevel) result.slsaLevel = Math.max(1, max);
    }
  }
}

/** The verdict: --min-level, every check passed, a signature check present; no level without evidence. */
export function finish(r: AttestationResult, policy: Policy): AttestationResult {
  // gh --predicate-type / cosign --type: exactly this predicate type
  if (policy.predicateTypes?.length) {
    const ok = !!r.predicateType && policy.predicateTypes.includes(r.predicateType);
    const want = policy.predicateTypes.join(' or ');
    r.checks.push(
      ok
        ? { code: 'predicate-type', ok: true, detail: `predicateType ${r.predicateType}` }
        : {
            code: 'predicate-type',
            ok: false,
            detail: `[PREDICATE_TYPE] predicateType '${r.predicateType ?? 'none'}' is not ${want}`,
          },
    );
  }
  if (policy.minLevel !== undefined) {
    r.checks.push(
      r.slsaLevel >= policy.minLevel
        ? { code: 'min-level', ok: true, detail: `SLSA Build L${r.slsaLevel} ≥ L${policy.minLevel}` }
        : {
            code: 'min-level',
            ok: false,
            detail: `[LEVEL_TOO_LOW] SLSA Build L${r.slsaLevel} < required L${policy.minLevel}`,
          },
    );
  }
  r.verified = r.checks.length > 0 && r.checks.every((c) => c.ok) && r.checks.some((c) => c.code === 'signature');
  // a level is only claimed on evidence that held up; a min-level miss alone keeps the level it reports
  const failed = r.checks.filter((c) => !c.ok && c.code !== 'min-level');
  if (failed.length) r.slsaLevel = 0;
  // why the next level was missed, always: at L0 because of a failed check, name the checks
  if (r.slsaLevel === 0 && failed.length) {
    const why = `L1: failed check${failed.length > 1 ? 's' : ''} ${[...new Set(failed.map((c) => c.code))].join(', ')}`;
    r.nextLevel = [
      why,
      ...r.nextLevel.filter((n) => !n.startsWith('L1: a check failed') && !n.startsWith('L2') && !n.startsWith('L3')),
    ];
  }
  return r;
}
