import { ProvenantError } from '../errors.js';
import type { FulcioIdentity } from './certificate.js';

/** What the caller requires. Every field set is a check that must pass. */
export interface Policy {
  certIdentity?: string;
  certIdentityRegex?: string;
  certOidcIssuer?: string;
  signerWorkflow?: string;
  sourceRepo?: string;
  sourceRef?: string;
  denySelfHostedRunners?: boolean;
  /** The certificate's source repository owner (`https://HOST/OWNER`, host github.com unless given). */
  owner?: string;
  /** Certificate-signed attestations need an identity constraint (a usage error otherwise): set by verify. */
  requireIdentity?: boolean;
  /** Explicit opt-out of requireIdentity (--insecure-skip-identity): any certificate the root issued is accepted. */
  insecureSkipIdentity?: boolean;
  /**
   * Accept a certificate-signed bundle with no transparency-log entry under a root that lists logs (a verified
   * timestamp is still required).
   */
  insecureIgnoreTlog?: boolean;
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

/**
 * The repository a --source-repo value names, in normalizeRepo's form: OWNER/REPO (two path segments, whatever
 * characters a repository name has, `octo/my.repo` included) on github.com; HOST/OWNER/REPO; or a URL.
 */
export function sourceRepoTarget(value: string): string {
  const v = value.trim();
  if (/^(git\+)?[a-z][a-z0-9+.-]*:\/\//i.test(v)) return normalizeRepo(v);
  const segments = v.replace(/\/+$/, '').split('/').filter(Boolean);
  return normalizeRepo(segments.length === 2 ? `github.com/${v}` : v);
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
  const m =
    SEMVER_TAG.exec(ref) ??
    /^refs\/tags\/v(\d+)(?:\.(\d+))?()$/.exec(ref)?.map((x, i) => ((i > 0 && x === undefined) || x === '' ? '0' : x));
  if (!m) return false;
  const want = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(expected.trim());
  if (!want) throw new ProvenantError('USAGE', `--source-versioned-tag: '${expected}' is not vMAJOR[.MINOR[.PATCH]]`);
  for (let i = 1; i <= 3; i++) if (want[i] !== undefined && Number(want[i]) !== Number(m[i])) return false;
  return true;
}

/** The policy options that constrain who signed (any one of them satisfies requireIdentity). */
export const IDENTITY_OPTIONS =
  '--cert-identity, --cert-identity-regex, --source-repo (or --repo), --owner, --signer-workflow, --signer-repo, ' +
  '--builder-id (a workflow), --source-uri';

/**
 * Whether the policy constrains who signed `id`'s certificate: an option that the certificate itself answers.
 * --builder-id counts when it names a workflow (the binding requires a workflow builder id to be the certificate's
 * signer), --source-uri when the certificate carries its source repository; a builder id such as GitHub's hosted
 * runner, or a source the certificate cannot confirm, says nothing about the signer.
 */
export function hasIdentityConstraint(p: Policy, id?: FulcioIdentity): boolean {
  return !!(
    p.certIdentity ||
    p.certIdentityRegex ||
    p.sourceRepo ||
    p.owner ||
    p.signerWorkflow ||
    p.signerRepo ||
    (p.builderId && /^https:\/\/[^/]+\/[^/]+\/[^/]+\/\.github\/workflows\//.test(p.builderId)) ||
    (p.sourceUri && (!id || id.sourceRepositoryURI))
  );
}

/**
 * `--signer-workflow [https://][HOST/]OWNER/REPO/PATH[@REF]` as the certificate's build-signer URI it names:
 * `https://HOST/OWNER/REPO/PATH` (host github.com when the first segment is not a host name), and the ref if given.
 */
export function signerWorkflowUri(value: string): { uri: string; ref?: string } {
  let v = value.trim().replace(/^https:\/\//, '');
  let ref: string | undefined;
  const at = v.indexOf('@');
  if (at >= 0) {
    ref = v.slice(at + 1);
    v = v.slice(0, at);
  }
  const segs = v.split('/');
  if (!/[.:]/.test(segs[0]) && segs[0] !== 'localhost') segs.unshift('github.com');
  if (segs.length < 4 || segs.some((x) => !x))
    throw new ProvenantError('USAGE', `--signer-workflow: '${value}' is not [https://][HOST/]OWNER/REPO/PATH`);
  const [host, owner, repo, ...path] = segs;
  return { uri: `https://${host.toLowerCase()}/${owner.toLowerCase()}/${repo.toLowerCase()}/${path.join('/')}`, ref };
}

/** Whether a certificate's build-signer URI (`https://HOST/OWNER/REPO/PATH@REF`) is the workflow the policy names. */
export function signerWorkflowMatches(value: string, signerUri: string | undefined): boolean {
  if (!signerUri) return false;
  const want = signerWorkflowUri(value);
  const at = signerUri.indexOf('@');
  const path = at >= 0 ? signerUri.slice(0, at) : signerUri;
  const m = /^https:\/\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/.exec(path);
  if (!m) return false;
  const got = `https://${m[1].toLowerCase()}/${m[2].toLowerCase()}/${m[3].toLowerCase()}/${m[4]}`;
  if (got !== want.uri) return false;
  return want.ref === undefined || (at >= 0 && signerUri.slice(at + 1) === want.ref);
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

/** The lowest cap the --policy file sets for any of `ids` (undefined when it names none of them). */
export function policyCap(policy: Policy, ids: Array<string | undefined>): number | undefined {
  let cap: number | undefined;
  for (const id of ids) {
    if (!id) continue;
    let best: number | undefined;
    for (const [pattern, level] of Object.entries(policy.builderLevels ?? {}))
      if (builderIdMatches(pattern, id)) best = Math.max(best ?? 0, level);
    if (best !== undefined) cap = Math.min(cap ?? 3, best);
  }
  return cap;
}

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
