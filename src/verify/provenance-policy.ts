/**
 * Step 5, policy: the provenance options (builder id, source, refs, workflow inputs, build types, material
 * digests), each held against the predicate's claim and, where the certificate carries the fact, the certificate.
 */
import type { FulcioIdentity } from './certificate.js';
import type { Claims } from './claims.js';
import { builderIdMatches, normalizeRepo, versionedTagMatches, type Policy } from './policy.js';
import type { CheckResult } from './result.js';

export function checkProvenancePolicy(
  claims: Claims | undefined,
  policy: Policy,
  checks: CheckResult[],
  identity?: FulcioIdentity,
): void {
  const need = (code: string, label: string, ok: boolean, detail: string) =>
    checks.push(ok ? { code, ok: true, detail } : { code, ok: false, detail: `[POLICY_MISMATCH] ${label}: ${detail}` });
  const wants =
    policy.builderId ||
    policy.sourceUri ||
    policy.sourceBranch ||
    policy.sourceTag ||
    policy.sourceVersionedTag ||
    policy.buildWorkflowInputs ||
    policy.buildTypes ||
    // (checked by checkMaterialDigests, on provenance only: without provenance nothing is checked, and that fails)
    policy.requireMaterialDigests;
  if (!wants) return;
  if (!claims) {
    checks.push({
      code: 'provenance',
      ok: false,
      detail: '[PREDICATE_TYPE] provenance policy given, but the attestation is not SLSA provenance',
    });
    return;
  }
  if (policy.builderId) {
    // npm CLI provenance names the npm CLI as builder; the workflow that ran it is the certificate's signer
    const signer =
      identity && claims.builderId && !/\/\.github\/workflows\//.test(claims.builderId)
        ? (identity.buildSignerURI ?? identity.san)
        : undefined;
    // npm CLI v0.2 names "https://github.com/actions/runner"; on a GitHub-hosted runner (certificate) that is the
    // …/github-hosted builder
    const effective =
      claims.builderId === 'https://github.com/actions/runner' && identity?.runnerEnvironment === 'github-hosted'
        ? `${claims.builderId}/github-hosted`
        : claims.builderId;
    const byClaim =
      !!effective &&
      (builderIdMatches(policy.builderId, effective) || builderIdMatches(policy.builderId, claims.builderId!));
    const bySigner = !!signer && builderIdMatches(policy.builderId, signer);
    need(
      'builder-id',
      'builder id',
      byClaim || bySigner,
      `builder '${claims.builderId}'${signer ? ` (signed by ${signer})` : ''} ` +
        `${byClaim || bySigner ? 'matches' : 'does not match'} '${policy.builderId}'`,
    );
  }
  // every source policy holds for the predicate's claim AND for the certificate's extension where it carries one
  const certRepo = identity?.sourceRepositoryURI;
  const certRef = identity?.sourceRepositoryRef;
  if (policy.sourceUri) {
    const want = normalizeRepo(policy.sourceUri);
    const ok =
      !!claims.sourceUri && normalizeRepo(claims.sourceUri) === want && (!certRepo || normalizeRepo(certRepo) === want);
    need(
      'source-uri',
      'source',
      ok,
      `source '${claims.sourceUri}'${certRepo ? ` (certificate: '${certRepo}')` : ''} ${ok ? 'matches' : 'is not'}` +
        ` '${policy.sourceUri}'`,
    );
  }
  const refs = (test: (ref: string | undefined) => boolean) =>
    test(claims.sourceRef) && (certRef === undefined || test(certRef));
  const refText = `ref '${claims.sourceRef}'${certRef !== undefined ? ` (certificate: '${certRef}')` : ''}`;
  if (policy.sourceBranch) {
    const ok = refs((r) => r === `refs/heads/${policy.sourceBranch}`);
    need('source-branch', 'branch', ok, `${refText} ${ok ? 'is' : 'is not'} branch '${policy.sourceBranch}'`);
  }
  if (policy.sourceTag) {
    const ok = refs((r) => r === `refs/tags/${policy.sourceTag}`);
    need('source-tag', 'tag', ok, `${refText} ${ok ? 'is' : 'is not'} tag '${policy.sourceTag}'`);
  }
  if (policy.sourceVersionedTag) {
    const ok = refs((r) => versionedTagMatches(policy.sourceVersionedTag!, r));
    need(
      'source-versioned-tag',
      'versioned tag',
      ok,
      `${refText} ${ok ? 'satisfies' : 'does not satisfy'} '${policy.sourceVersionedTag}'`,
    );
  }
  if (policy.buildWorkflowInputs) {
    const bad = Object.entries(policy.buildWorkflowInputs).filter(([k, v]) => String(claims.inputs?.[k]) !== v);
    need(
      'workflow-inputs',
      'workflow inputs',
      bad.length === 0,
      bad.length ? bad.map(([k, v]) => `${k}='${claims.inputs?.[k] ?? ''}' (want '${v}')`).join(', ') : 'all match',
    );
  }
  if (policy.buildTypes?.length) {
    const ok = !!claims.buildType && policy.buildTypes.includes(claims.buildType);
    need(
      'build-type',
      'buildType',
      ok,
      `buildType '${claims.buildType}' ${ok ? 'is allowed' : 'is not in the allowlist'}`,
    );
  }
}

/** --require-material-digests: every resolved dependency carries a digest. */
export function checkMaterialDigests(claims: Claims | undefined, policy: Policy, checks: CheckResult[]): void {
  if (!policy.requireMaterialDigests || !claims) return;
  const missing = claims.dependencies.filter((d) => !d.digest || Object.keys(d.digest).length === 0);
  const listed = missing
    .slice(0, 5)
    .map((d) => d.uri)
    .join(', ');
  checks.push(
    missing.length
      ? {
          code: 'material-digests',
          ok: false,
          detail:
            `[MATERIAL_DIGEST_MISSING] ${missing.length} of ${claims.dependencies.length} resolved ` +
            `dependencies lack a digest: ${listed}`,
        }
      : {
          code: 'material-digests',
          ok: true,
          detail: `all ${claims.dependencies.length} resolved dependencies carry digests`,
        },
  );
}
