/** Step 4, binding: what the predicate claims must be what the certificate says (builder, source, commit, ref). */
import type { FulcioIdentity } from './certificate.js';
import type { Claims } from './claims.js';
import { normalizeRepo } from './policy.js';
import type { CheckResult } from './result.js';
import { SLSA_DELEGATOR } from './result.js';

/**
 * Binding of predicate to certificate: a workflow builder id must be the certificate's signer; source repo and commit
 * must agree.
 */
export function checkBinding(
  claims: Claims,
  id: FulcioIdentity,
  checks: CheckResult[],
): { bound: boolean; reason: string } {
  const problems: string[] = [];
  const signerUri = id.buildSignerURI ?? id.san;
  let builderBound = false;
  if (claims.builderId && signerUri && SLSA_DELEGATOR.test(signerUri)) {
    // slsa-github-generator's BYOB: the isolated delegator workflow signs on behalf of the builder it ran
    builderBound = true;
  } else if (claims.builderId && /\/\.github\/workflows\//.test(claims.builderId)) {
    if (claims.builderId !== signerUri)
      problems.push(`builder.id '${claims.builderId}' is not the certificate's build signer '${signerUri}'`);
    else builderBound = true;
  } else if (claims.builderId && /^https:\/\/github\.com\/actions\/runner(\/github-hosted)?$/.test(claims.builderId)) {
    builderBound = id.runnerEnvironment === 'github-hosted';
  }
  if (
    id.sourceRepositoryURI &&
    claims.sourceUri &&
    normalizeRepo(id.sourceRepositoryURI) !== normalizeRepo(claims.sourceUri)
  ) {
    problems.push(`source '${claims.sourceUri}' is not the certificate's repository '${id.sourceRepositoryURI}'`);
  }
  if (
    id.sourceRepositoryDigest &&
    claims.sourceCommit &&
    id.sourceRepositoryDigest.toLowerCase() !== claims.sourceCommit.toLowerCase()
  ) {
    problems.push(`commit ${claims.sourceCommit} is not the certificate's ${id.sourceRepositoryDigest}`);
  }
  if (id.sourceRepositoryRef && claims.sourceRef?.startsWith('refs/') && claims.sourceRef !== id.sourceRepositoryRef) {
    problems.push(`ref '${claims.sourceRef}' is not the certificate's source ref '${id.sourceRepositoryRef}'`);
  }
  if (problems.length) {
    checks.push({ code: 'binding', ok: false, detail: `[BINDING_MISMATCH] ${problems.join('; ')}` });
    return { bound: false, reason: problems.join('; ') };
  }
  if (!id.sourceRepositoryURI || !id.sourceRepositoryDigest) {
    checks.push({ code: 'binding', ok: true, detail: 'certificate carries no source extensions to bind' });
    return { bound: false, reason: 'the certificate carries no source repository/commit extensions' };
  }
  checks.push({
    code: 'binding',
    ok: true,
    detail: builderBound
      ? 'builder.id, source repository and commit match the certificate'
      : 'source repository and commit match the certificate',
  });
  return {
    bound: builderBound,
    reason: builderBound
      ? ''
      : `builder.id '${claims.builderId}' is not bound to the certificate's signer '${signerUri}'`,
  };
}
