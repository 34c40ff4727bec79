/** The facts a SLSA provenance predicate claims (v1, v0.2, v0.1), read the same way for every check. */
import type { DigestSet, Statement } from '../intoto/statement.js';
import {
  SLSA_PROVENANCE_V01,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  WORKFLOW_INPUTS_KEY,
} from '../intoto/statement.js';

/** Facts the provenance claims, from v1 or v0.2. */
export interface Claims {
  builderId?: string;
  buildType?: string;
  sourceUri?: string;
  sourceCommit?: string;
  sourceRef?: string;
  inputs?: Record<string, unknown>;
  dependencies: Array<{ uri?: string; digest?: DigestSet }>;
}

export function provenanceClaims(st: Statement): Claims | undefined {
  const p = st.predicate as Record<string, any>;
  if (st.predicateType === SLSA_PROVENANCE_V1) {
    const bd = p.buildDefinition ?? {};
    const deps: Array<{ uri?: string; digest?: DigestSet }> = Array.isArray(bd.resolvedDependencies)
      ? bd.resolvedDependencies
      : [];
    const src = deps.find(
      (d) => typeof d.uri === 'string' && d.uri.startsWith('git+') && d.digest && (d.digest.gitCommit || d.digest.sha1),
    );
    const wf = bd.externalParameters?.workflow;
    const ref = wf?.ref ?? (src?.uri?.includes('@') ? src.uri.slice(src.uri.lastIndexOf('@') + 1) : undefined);
    return {
      builderId: p.runDetails?.builder?.id,
      buildType: bd.buildType,
      sourceUri: wf?.repository ?? src?.uri,
      sourceCommit: src?.digest?.gitCommit ?? src?.digest?.sha1,
      sourceRef: ref,
      // slsa-github-generator's buildType: externalParameters.inputs; Provenant's (GitHub's workflow/v1, which
      // defines no inputs): its own key of internalParameters
      inputs:
        bd.externalParameters?.inputs ??
        bd.externalParameters?.workflow?.inputs ??
        bd.internalParameters?.[WORKFLOW_INPUTS_KEY],
      dependencies: deps,
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V02) {
    const cs = p.invocation?.configSource ?? {};
    const env = p.invocation?.environment ?? {};
    const mats: Array<{ uri?: string; digest?: DigestSet }> = Array.isArray(p.materials) ? p.materials : [];
    const uri: string | undefined = cs.uri ?? mats[0]?.uri;
    const ref =
      typeof env.github_ref === 'string'
        ? env.github_ref
        : uri?.includes('@')
          ? uri.slice(uri.lastIndexOf('@') + 1)
          : undefined;
    return {
      builderId: p.builder?.id,
      buildType: p.buildType,
      sourceUri: uri,
      sourceCommit: cs.digest?.sha1 ?? cs.digest?.gitCommit ?? mats[0]?.digest?.sha1 ?? mats[0]?.digest?.gitCommit,
      sourceRef: ref,
      inputs: p.invocation?.parameters?.inputs ?? env.github_event_payload?.inputs ?? p.invocation?.parameters,
      dependencies: mats,
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V01) {
    // v0.1 (Google Cloud Build): the recipe's type is the build type; the source is the first material, its ref
    // from Cloud Build's substitutions when recorded there
    const mats: Array<{ uri?: string; digest?: DigestSet }> = Array.isArray(p.materials) ? p.materials : [];
    const subs = p.recipe?.arguments?.substitutions ?? {};
    const ref =
      typeof subs.TAG_NAME === 'string' && subs.TAG_NAME
        ? `refs/tags/${subs.TAG_NAME}`
        : typeof subs.BRANCH_NAME === 'string' && subs.BRANCH_NAME
          ? `refs/heads/${subs.BRANCH_NAME}`
          : undefined;
    return {
      builderId: p.builder?.id,
      buildType: p.recipe?.type,
      sourceUri: mats[0]?.uri,
      sourceCommit: mats[0]?.digest?.sha1 ?? mats[0]?.digest?.gitCommit,
      sourceRef: ref,
      inputs: undefined,
      dependencies: mats,
    };
  }
  return undefined;
}
