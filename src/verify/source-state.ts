/**
 * A note on the source the provenance claims (issue 16 point 12): Provenant's local buildType records
 * `source.dirty` (the working tree differed from the commit: modified, staged or untracked files). Such provenance is
 * L1 at most anyway (no hosted builder); the verifier says so plainly, as a check that passes with a warning, so
 * that nobody reads the recorded commit as the whole source of the artifact.
 */
import type { Statement } from '../intoto/statement.js';
import { SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1 } from '../intoto/statement.js';
import { LOCAL_BUILD_TYPE } from '../slsa/provenance.js';
import type { CheckResult } from './result.js';

/** The code of the note; its detail starts with "warning: ". */
export const SOURCE_DIRTY_CHECK = 'source-dirty';

/** The local buildType's `source` parameters (v1: externalParameters, v0.2: invocation.parameters). */
function localSource(st: Statement): Record<string, unknown> | undefined {
  const p = st.predicate as Record<string, any> | undefined;
  if (!p || typeof p !== 'object') return undefined;
  let params: unknown;
  if (st.predicateType === SLSA_PROVENANCE_V1 && p.buildDefinition?.buildType === LOCAL_BUILD_TYPE) {
    params = p.buildDefinition?.externalParameters;
  } else if (st.predicateType === SLSA_PROVENANCE_V02 && p.buildType === LOCAL_BUILD_TYPE) {
    params = p.invocation?.parameters;
  }
  const source = (params as Record<string, unknown> | undefined)?.source;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return undefined;
  return source as Record<string, unknown>;
}

/** Adds the `source-dirty` note when the provenance says the tree was dirty; nothing otherwise. */
export function checkSourceState(st: Statement, checks: CheckResult[]): void {
  const source = localSource(st);
  if (source?.dirty !== true) return;
  // the commit comes from the provenance: shown only when it is a hex object id (never raw text from a file)
  const hex = typeof source.commit === 'string' && /^[0-9a-f]{40,64}$/.test(source.commit);
  const commit = hex ? ` ${(source.commit as string).slice(0, 12)}` : '';
  checks.push({
    code: SOURCE_DIRTY_CHECK,
    ok: true,
    detail:
      `warning: built from a dirty working tree: the provenance records uncommitted changes against commit${commit} ` +
      '(the commit is not the whole source; a local build is SLSA Build L1 at most)',
  });
}

/** The warnings among a result's checks (passed checks whose detail starts with "warning: "). */
export function warningChecks(checks: CheckResult[]): CheckResult[] {
  return checks.filter((c) => c.ok && c.detail.startsWith('warning: '));
}
