import { ProvenantError } from '../errors.js';

/** What the caller requires. Every field set is a check that must pass. */
export interface Policy {
  certIdentity?: string;
  certIdentityRegex?: string;
  certOidcIssuer?: string;
  signerWorkflow?: string;
  sourceRepo?: string;
  sourceRef?: string;
  denySelfHostedRunners?: boolean;
  builderId?: string;
  sourceUri?: string;
  sourceBranch?: string;
  sourceTag?: string;
  sourceVersionedTag?: string;
  buildWorkflowInputs?: Record<string, string>;
  buildTypes?: string[];
  /** Accept an unsigned Statement (it can reach SLSA Build L1 at most). */
  allowUnsigned?: boolean;
  /** Do not require an artifact (signature and policy only; the level is then 0). */
  noSubjectCheck?: boolean;
  minLevel?: number;
  requireMaterialDigests?: boolean;
  /** builder id (exact, or `PREFIX@` for any semver tag) → maximum SLSA Build level. */
  builderLevels?: Record<string, number>;
  /** gh --owner: the certificate's source repository owner (GitHub org or user; case-insensitive). */
  sourceOwner?: string;
  /** gh --signer-repo: the repository of the signing workflow (OWNER/REPO or URL). */
  signerRepo?: string;
  /** cosign --certificate-oidc-issuer-regexp */
  certOidcIssuerRegex?: string;
  /** gh --predicate-type / cosign --type: the attestation's predicateType must be one of these. */
  predicateTypes?: string[];
}

/** Repository identity without scheme, `git+`, `.git`, `@ref` and trailing slashes: "github.com/o/r". */
export function normalizeRepo(uri: string): string {
  return uri
    .trim()
    .replace(/^git\+/, '')
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/@.*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

const SEMVER_TAG = /^refs\/tags\/v?(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$/;

/**
 * Builder id matching: exact; `PREFIX@` = that workflow at any semver tag (refs/tags/vX.Y.Z); an expected id
 * without '@' matches that workflow at any ref (slsa-verifier's --builder-id semantics).
 */
export function builderIdMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (expected.endsWith('@')) {
    return actual.startsWith(expected) && SEMVER_TAG.test(actual.slice(expected.length));
  }
  if (!expected.includes('@')) {
    const at = actual.indexOf('@');
    return (at >= 0 ? actual.slice(0, at) : actual) === expected;
  }
  return false;
}

/** `--source-versioned-tag v1` accepts v1.x.y; `v1.2` accepts v1.2.x; `v1.2.3` exactly that version (semver). */
export function versionedTagMatches(expected: string, ref: string | undefined): boolean {
  if (!ref) return false;
  // the provenance's tag may be shorthand (v39, v1.2: Cloud Build tags), read as Go's semver.Canonical does (v39.0.0)
  const m = SEMVER_TAG.exec(ref) ?? /^refs\/tags\/v(\d+)(?:\.(\d+))?()$/.exec(ref)?.map((x, i) => (i > 0 && x === undefined) || x === '' ? '0' : x);
  if (!m) return false;
  const want = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(expected.trim());
  if (!want) throw new ProvenantError('USAGE', `--source-versioned-tag: '${expected}' is not vMAJOR[.MINOR[.PATCH]]`);
  for (let i = 1; i <= 3; i++) if (want[i] !== undefined && Number(want[i]) !== Number(m[i])) return false;
  return true;
}

/** Builders that run builds isolated from the workflow that calls them (SLSA Build L3), at semver tags. */
export const ISOLATED_BUILDERS = [
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_container-based_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_lowperms-generic_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_gradle_slsa3.yml@',
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_maven_slsa3.yml@',
];

/** The highest level the policy allows for a builder id (3 for the built-in isolated builders). */
export function builderMaxLevel(builderId: string, policy: Policy): number | undefined {
  let best: number | undefined;
  for (const [id, level] of Object.entries(policy.builderLevels ?? {})) {
    if (builderIdMatches(id, builderId)) best = Math.max(best ?? 0, level);
  }
  if (best !== undefined) return best;
  if (ISOLATED_BUILDERS.some((p) => builderIdMatches(p, builderId))) return 3;
  return undefined;
}
