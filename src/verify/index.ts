import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { asProvenantError, ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { hashFiles, parseDigest } from '../subjects/index.js';
import { loadAttestations, type LoadedAttestation } from './load.js';
import { fetchGitHubAttestations } from './github-api.js';
import type { Policy } from './policy.js';
import { loadTrust, type Trust, type TrustSources } from './trust.js';
import { withCachedRoot } from './tuf.js';
import { fileKind } from '../util/fs.js';
import type { AttestationResult, CheckResult } from './verify.js';
import { startVerifyWorkers, stopVerifyWorkers, verifyMany, type VerifyTask, type VerifyWorkers } from './pool.js';
import { pushAll } from '../util/array.js';

export { loadTrust, type Trust, type TrustSources } from './trust.js';
export { defaultTufCacheDir, loadCachedTrustedRoot, updateTrust, withCachedRoot } from './tuf.js';
export { verifyAttestation, type AttestationResult, type CheckResult } from './verify.js';
export { loadAttestations, type LoadedAttestation } from './load.js';
export type { Policy } from './policy.js';
export { verifyMany, type VerifyTask } from './pool.js';

export interface VerifyOptions {
  /** File paths, globs, or ALG:HEX digests. */
  artifacts: string[];
  /**
   * Attestation files; when empty, `<artifact>.intoto.jsonl` / `.sigstore.json` / `.statement.json` beside each
   * artifact.
   */
  bundles?: string[];
  trustedRoot?: string;
  keys?: string[];
  /** Also trust the npm registry's signing keys shipped with Provenant (npm publish attestations). */
  npmRegistryKeys?: boolean;
  policy: Policy;
  cwd?: string;
  /** OWNER/NAME: download the attestations for each artifact's digest from the GitHub attestations API. */
  githubRepo?: string;
  githubToken?: string;
  githubApiUrl?: string;
  /** The TUF cache of `provenant trust update` (default: defaultTufCacheDir()); used when no trustedRoot is given. */
  tufCacheDir?: string;
  /**
   * Where else to look when no attestation sits beside an artifact (and no --bundle is given): in each folder, the
   * artifact's sidecar names, then any attestation file whose subjects name the artifact's digest (as `audit DIR`
   * routes them). The CLI passes the current directory and $RUNNER_TEMP/provenant (where attest writes).
   */
  searchDirs?: string[];
  /**
   * Per artifact, the attestation files to use, in place of `bundles` and the search (audit DIR routes the folder's
   * attestations by the digests their subjects name). Each file is read once, whatever the number of artifacts.
   */
  route?: (artifact: { path?: string; digest: DigestSet }) => string[];
  /** With `route`: attestation files the caller already read (by path), used as read instead of reading them again. */
  routed?: ReadonlyMap<string, LoadedAttestation[]>;
  /** Digests (sha256 and sha512) the caller already computed for artifact paths: those files are not hashed again. */
  digests?: ReadonlyMap<string, DigestSet>;
}

export interface ArtifactResult {
  artifact: string;
  digest: string;
  verified: boolean;
  /**
   * The SLSA Build level the evidence supports, whether or not it meets `minLevel`: a --min-level miss alone keeps
   * it (the verdict is `verified`); any other failed check makes it 0.
   */
  slsaLevel: number;
  /** The minimum level asked for (--min-level, min-slsa-level), when one was. */
  minLevel?: number;
  builderId: string | null;
  sourceRepo: string | null;
  predicateType: string | null;
  attestation: string | null;
  nextLevel: string[];
  /** resolvedDependencies of the provenance and how many carry digests */
  materials: { total: number; withDigest: number } | null;
  checks: CheckResult[];
  /** Every digest of the artifact that was matched against the subjects. */
  digests: DigestSet;
  /** The attestations the verdict rests on (for a VSA's inputAttestations). */
  inputAttestations: Array<{ name: string; digest: DigestSet }>;
  /**
   * Other attestations given for this artifact that failed for another reason than naming another artifact, when the
   * verdict rests on one that passed: not part of the verdict, but a tampered or wrongly signed copy beside a good
   * one is worth knowing of.
   */
  rejected?: Array<{ attestation: string; failed: string[] }>;
  /** The verified Statement (not enumerable: it stays out of JSON reports; --print-provenance prints it). */
  statement?: unknown;
}

export interface VerifyReport {
  results: ArtifactResult[];
  verified: boolean;
  trustedRoot: string;
  /** threads that verified the attestations (1: in this thread) */
  threads: number;
  /** The trust material the attestations were verified against (what a VSA records); not part of JSON reports. */
  trust?: Trust;
}

/** File names of attestations next to an artifact (never artifacts themselves). */
export const SIDECARS = ['.intoto.jsonl', '.sigstore.json', '.sigstore', '.statement.json'];

async function expandArtifacts(
  specs: string[],
  cwd: string,
): Promise<Array<{ name: string; path?: string; digest?: DigestSet }>> {
  const out: Array<{ name: string; path?: string; digest?: DigestSet }> = [];
  for (const spec of specs) {
    if (/^[a-z0-9-]+:[0-9a-fA-F]+$/i.test(spec) && !existsSync(spec)) {
      const d = parseDigest(spec, `artifact ${spec}`);
      out.push({ name: spec, digest: { [d.algorithm]: d.hex } });
      continue;
    }
    if (existsSync(spec)) {
      // an artifact is hashed whole: a FIFO would hang verify, a device (/dev/zero) would keep it hashing forever
      const kind = fileKind(spec);
      if (kind === 'file') {
        out.push({ name: spec, path: spec });
        continue;
      }
      if (kind !== 'folder')
        throw new ProvenantError('FILE_NOT_REGULAR', `artifact ${spec}: ${kind}, not a regular file`);
    }
    const { create: createGlob } = await import('@actions/glob'); // loaded for a glob, not at every start
    const g = await createGlob(spec.startsWith('/') ? spec : `${cwd}/${spec}`, {
      matchDirectories: false,
      implicitDescendants: true,
    });
    const files = (await g.glob()).filter((f) => !SIDECARS.some((s) => f.endsWith(s))).sort();
    if (!files.length)
      throw new ProvenantError('FILE_NOT_FOUND', `artifact '${spec}': no such file, glob match or ALG:HEX digest`);
    for (const f of files) {
      const name = f.startsWith(`${cwd}/`) ? f.slice(cwd.length + 1) : f;
      const kind = fileKind(f);
      if (kind !== 'file')
        throw new ProvenantError(
          'FILE_NOT_REGULAR',
          `artifact ${name} (matched by '${spec}'): ${kind}, not a regular file`,
        );
      out.push({ name, path: f });
    }
  }
  return out;
}

/** The predicate type of npm's publish attestation (signed by the registry's key). */
export const NPM_PUBLISH_PREDICATE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const SLSA_PROVENANCE = /^https:\/\/slsa\.dev\/provenance\//;

/**
 * The one member of an npm attestations document that is held to the basic checks only (signature, schema,
 * subject): npm's publish attestation, which is signed by the registry's key (a key-signed bundle; a key the caller
 * trusts), never by a certificate, so identity and build policy cannot apply to it. Judged from the signed payload
 * before verification and checked again on the verified result (judgeArtifact). Every other member (whatever its
 * predicate) gets the caller's whole policy, as it would in any other container.
 */
function isPublishMember(a: LoadedAttestation): boolean {
  if (!a.group || a.kind !== 'bundle') return false;
  const j = a.json as { verificationMaterial?: { publicKey?: unknown }; dsseEnvelope?: { payload?: unknown } };
  if (!j.verificationMaterial?.publicKey) return false;
  try {
    const st = JSON.parse(Buffer.from(String(j.dsseEnvelope?.payload ?? ''), 'base64').toString('utf8')) as {
      predicateType?: unknown;
    };
    return st.predicateType === NPM_PUBLISH_PREDICATE;
  } catch {
    return false;
  }
}

/**
 * The policy options that need SLSA provenance (or a certificate) to be met: a publish attestation alone meets none.
 */
function policyRequirements(policy: Policy): string[] {
  const out: string[] = [];
  const opt: Array<[unknown, string]> = [
    [policy.certIdentity, '--cert-identity'],
    [policy.certIdentityRegex, '--cert-identity-regex'],
    [policy.certOidcIssuer, '--cert-oidc-issuer'],
    [policy.certOidcIssuerRegex, '--cert-oidc-issuer-regex'],
    [policy.owner, '--owner'],
    [policy.signerWorkflow, '--signer-workflow'],
    [policy.signerRepo, '--signer-repo'],
    [policy.sourceRepo, '--source-repo'],
    [policy.sourceRef, '--source-ref'],
    [policy.denySelfHostedRunners, '--deny-self-hosted-runners'],
    [policy.builderId, '--builder-id'],
    [policy.sourceUri, '--source-uri'],
    [policy.sourceBranch, '--source-branch'],
    [policy.sourceTag, '--source-tag'],
    [policy.sourceVersionedTag, '--source-versioned-tag'],
    [policy.buildWorkflowInputs && Object.keys(policy.buildWorkflowInputs).length, '--build-workflow-input'],
    [policy.buildTypes?.length, '--build-type'],
    [policy.requireMaterialDigests, '--require-material-digests'],
    // the publish attestation is itself of one predicate type: asking for that one is met
    [
      policy.predicateTypes?.length && !policy.predicateTypes.includes(NPM_PUBLISH_PREDICATE),
      `--predicate-type ${policy.predicateTypes?.join(',')}`,
    ],
    [(policy.minLevel ?? 0) > 0, `--min-level ${policy.minLevel}`],
  ];
  for (const [v, name] of opt) if (v) out.push(name);
  return out;
}

function primaryDigest(d: DigestSet): string {
  const alg = d.sha256 ? 'sha256' : Object.keys(d)[0];
  return alg ? `${alg}:${d[alg]}` : '';
}

/**
 * The verdict for an artifact that never reached verification (not found, no attestation, unreadable): not verified,
 * L0, the one failed check that says why.
 */
export function failedArtifact(
  name: string,
  digest: DigestSet,
  check: CheckResult,
  extra: { attestation?: string; nextLevel?: string[] } = {},
): ArtifactResult {
  return {
    ...toArtifactResult(name, digest, undefined, [check]),
    attestation: extra.attestation ?? null,
    nextLevel: extra.nextLevel ?? [],
  };
}

function toArtifactResult(
  name: string,
  digest: DigestSet,
  best: AttestationResult | undefined,
  checks: CheckResult[],
): ArtifactResult {
  return {
    artifact: name,
    digest: primaryDigest(digest),
    verified: best?.verified ?? false,
    // the evidenced level: verifyAttestation's finish() already zeroed it for any failure but a --min-level miss
    slsaLevel: best?.slsaLevel ?? 0,
    builderId: best?.builderId ?? null,
    sourceRepo: best?.sourceRepo ?? null,
    predicateType: best?.predicateType ?? null,
    attestation: best?.source ?? null,
    nextLevel: best?.nextLevel ?? [],
    materials: best?.materials ?? null,
    checks: best?.checks ?? checks,
    digests: digest,
    inputAttestations: [],
  };
}

/**
 * The policy of one attestation: the caller's whole policy, except for npm's registry-signed publish attestation
 * inside an npm attestations document, which gets the basic checks (signature, schema, subject). The document's
 * verdict then rests on its other members, under the whole policy (judgeArtifact).
 */
export function memberPolicy(att: LoadedAttestation, policy: Policy): Policy {
  return isPublishMember(att) ? { allowUnsigned: policy.allowUnsigned, noSubjectCheck: policy.noSubjectCheck } : policy;
}

const fromMember = (f: AttestationResult, c: CheckResult): CheckResult => ({
  code: c.code,
  ok: false,
  detail: c.detail.replace(/^(\[[A-Z_]+\]) /, `$1 ${f.source}: `),
});

/**
 * One artifact's verdict from the results of its attestations: the members of an npm attestations document stand or
 * fall together, and the document is judged by the member held to the whole policy (its SLSA provenance, else
 * another member that is not the publish attestation); a document whose only members are publish attestations
 * fails any policy that needs more (ATTESTATION_NOT_FOUND). The artifact passes when one attestation (or document)
 * passes every check, at its best level.
 */
export function judgeArtifact(
  name: string,
  digest: DigestSet,
  atts: LoadedAttestation[],
  verdicts: AttestationResult[],
  checks: CheckResult[],
  policy: Policy,
): ArtifactResult {
  if (!atts.length) {
    const none = toArtifactResult(name, digest, undefined, checks);
    none.nextLevel = ['L1: no attestation found for this artifact'];
    if (policy.minLevel !== undefined) none.minLevel = policy.minLevel;
    return none;
  }
  let rs = verdicts;
  const groups = new Set(atts.map((a) => a.group).filter((g): g is string => !!g));
  for (const g of groups) {
    const idx = atts.map((a, i) => (a.group === g ? i : -1)).filter((i) => i >= 0);
    const members = idx.map((i) => verdicts[i]);
    const relaxed = new Set(idx.filter((i) => isPublishMember(atts[i])).map((i) => verdicts[i]));
    const full = members.filter((r) => !relaxed.has(r));
    const main = full.find((r) => r.predicateType && SLSA_PROVENANCE.test(r.predicateType)) ?? full[0] ?? members[0];
    const problems: CheckResult[] = [];
    for (const r of relaxed) {
      // the relaxed member must really be what its bytes said: a key-signed publish attestation
      if (r.verified && (r.signer?.kind !== 'key' || r.predicateType !== NPM_PUBLISH_PREDICATE)) {
        problems.push({
          code: 'attestation',
          ok: false,
          detail:
            `[POLICY_MISMATCH] ${r.source}: held to the publish attestation's checks, but it is not a ` +
            `key-signed ${NPM_PUBLISH_PREDICATE} attestation`,
        });
      }
    }
    for (const f of members)
      if (!f.verified && f !== main) problems.push(...f.checks.filter((x) => !x.ok).map((c) => fromMember(f, c)));
    if (!full.length) {
      const needs = policyRequirements(policy);
      if (needs.length)
        problems.push({
          code: 'attestation',
          ok: false,
          detail:
            `[ATTESTATION_NOT_FOUND] ${g}: the npm attestations document has no SLSA provenance (only the ` +
            `publish attestation), which ${needs.join(', ')} needs`,
        });
    }
    if (problems.length) {
      main.verified = false;
      main.slsaLevel = 0;
      main.nextLevel = [
        `L1: failed checks ${[...new Set(problems.map((c) => c.code))].join(', ')} (npm attestations document)`,
      ];
      main.checks.push(...problems);
    }
    rs = rs.filter((r) => !members.includes(r) || r === main);
  }
  const ok = rs.filter((r) => r.verified).sort((x, y) => y.slsaLevel - x.slsaLevel);
  // none passed: the one that got furthest (a --min-level miss keeps its level), else one that matched the subject
  const failed = [...rs].sort((x, y) => y.slsaLevel - x.slsaLevel);
  const best =
    ok[0] ??
    failed.find((r) => r.slsaLevel > 0) ??
    rs.find((r) => r.checks.some((c) => c.code === 'subject' && c.ok)) ??
    rs[0];
  const res = toArtifactResult(name, digest, best, checks);
  if (best?.verified && best.statement)
    Object.defineProperty(res, 'statement', { value: best.statement, enumerable: false });
  if (policy.minLevel !== undefined) res.minLevel = policy.minLevel;
  if (!ok.length && checks.length) res.checks = [...checks, ...res.checks];
  // what the verdict rests on: the attestation that passed (with its document's other members), by digest
  const used = best?.verified
    ? atts.filter(
        (a, i) => verdicts[i] === best || (best && a.group && a.group === atts[verdicts.indexOf(best)]?.group),
      )
    : [];
  res.inputAttestations = used.map((a) => ({
    name: a.source,
    digest: { sha256: createHash('sha256').update(a.raw).digest('hex') },
  }));
  if (best?.verified) {
    const rejected = rs
      // (one that verified but names another artifact is simply not this artifact's)
      .filter((r) => !r.verified && !r.checks.some((c) => c.code === 'subject' && !c.ok))
      .map((r) => ({
        attestation: r.source,
        failed: r.checks.filter((c) => !c.ok).map((c) => `${c.code}: ${c.detail}`),
      }));
    if (rejected.length) res.rejected = rejected;
  }
  return res;
}

/** At most this many attestation files are read from one folder by the digest scan. */
const SCAN_MAX_FILES = 500;

/**
 * The subject digests an attestation claims, as `alg:hex`, read unverified (only to route; the verification follows).
 */
function claimedDigests(atts: LoadedAttestation[]): Set<string> {
  const out = new Set<string>();
  for (const att of atts) {
    try {
      const j = att.json as { dsseEnvelope?: { payload?: unknown }; payload?: unknown };
      const payload =
        att.kind === 'statement'
          ? att.raw.toString('utf8')
          : typeof (j.dsseEnvelope?.payload ?? j.payload) === 'string'
            ? Buffer.from(String(j.dsseEnvelope?.payload ?? j.payload), 'base64').toString('utf8')
            : undefined;
      if (!payload) continue;
      const st = JSON.parse(payload) as { subject?: Array<{ digest?: Record<string, unknown> }> };
      for (const sub of Array.isArray(st.subject) ? st.subject : []) {
        for (const [alg, hex] of Object.entries(sub?.digest ?? {}))
          if (typeof hex === 'string') out.add(`${alg}:${hex.toLowerCase()}`);
      }
    } catch {
      // not readable as a Statement: it names nothing, so it is routed nowhere
    }
  }
  return out;
}

/** Finds the attestations of one artifact when none was given: beside it, then in the search folders. */
class SidecarSearch {
  private scanned = new Map<string, Array<{ file: string; atts: LoadedAttestation[]; digests: Set<string> }>>();
  constructor(private dirs: string[]) {}

  get hasDirs(): boolean {
    return this.dirs.length > 0;
  }

  private scan(dir: string) {
    let hit = this.scanned.get(dir);
    if (hit) return hit;
    hit = [];
    this.scanned.set(dir, hit);
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        // the sidecar suffixes; a VSA, `.vsa.*`, is a verdict about an artifact, not its provenance
        .filter((n) => SIDECARS.some((s) => n.endsWith(s)) && !/\.vsa\./.test(n))
        .sort()
        .slice(0, SCAN_MAX_FILES);
    } catch {
      return hit; // a folder that does not exist (no $RUNNER_TEMP/provenant) holds nothing
    }
    for (const n of names) {
      const file = join(dir, n);
      try {
        const atts = loadAttestations(file);
        hit.push({ file, atts, digests: claimedDigests(atts) });
      } catch {
        // unreadable files are reported only when they are the artifact's own sidecar (by name)
      }
    }
    return hit;
  }

  /** The attestations found and every path (or folder scan) tried, in order. */
  find(
    path: string | undefined,
    digest: DigestSet,
    checks: CheckResult[],
  ): { atts: LoadedAttestation[]; tried: string[] } {
    const tried: string[] = [];
    const atts: LoadedAttestation[] = [];
    const seen = new Set<string>();
    const load = (f: string) => {
      const key = resolve(f);
      if (seen.has(key)) return;
      seen.add(key);
      tried.push(f);
      if (!existsSync(f)) return;
      try {
        pushAll(atts, loadAttestations(f));
      } catch (e) {
        const pe = asProvenantError(e, 'BUNDLE_INVALID');
        checks.push({ code: 'load', ok: false, detail: `[${pe.code}] ${pe.message}` });
      }
    };
    // 1. beside the artifact (as before)
    if (path) for (const s of SIDECARS) load(path + s);
    if (atts.length) return { atts, tried };
    // 2. the same names in each search folder
    const dirs = [...new Set([...(path ? [dirname(resolve(path))] : []), ...this.dirs.map((d) => resolve(d))])];
    if (path) for (const d of this.dirs) for (const s of SIDECARS) load(join(d, basename(path) + s));
    if (atts.length) return { atts, tried };
    // 3. any attestation file in those folders whose subjects name the artifact's digest
    const mine = new Set(Object.entries(digest).map(([a, h]) => `${a}:${String(h).toLowerCase()}`));
    for (const d of dirs) {
      tried.push(`${d}/* (any attestation naming ${primaryDigest(digest)})`);
      for (const c of this.scan(d)) {
        if (seen.has(resolve(c.file)) || ![...c.digests].some((x) => mine.has(x))) continue;
        seen.add(resolve(c.file));
        pushAll(atts, c.atts);
      }
    }
    return { atts, tried };
  }
}

/** Verifies every artifact against its attestations; an artifact passes when one attestation passes every check. */
export async function verifyArtifacts(opts: VerifyOptions): Promise<VerifyReport> {
  const cwd = opts.cwd ?? process.cwd();
  if (!opts.artifacts.length && !opts.policy.noSubjectCheck)
    throw new ProvenantError('USAGE', 'name at least one artifact (file, glob or ALG:HEX), or pass --no-subject-check');
  // an explicit --trusted-root, else the TUF cache of `provenant trust update` (checked offline, fails closed), else
  // the shipped public-good root
  const sources = await withCachedRoot(
    { trustedRoot: opts.trustedRoot, keys: opts.keys, npmRegistryKeys: opts.npmRegistryKeys } as TrustSources,
    opts.tufCacheDir,
  );
  const trust: Trust = loadTrust(sources);
  const shared: LoadedAttestation[] = [];
  const loadErrors: CheckResult[] = [];
  for (const b of opts.bundles ?? []) {
    try {
      pushAll(shared, loadAttestations(b));
    } catch (e) {
      const pe = asProvenantError(e, 'BUNDLE_INVALID');
      loadErrors.push({ code: 'load', ok: false, detail: `[${pe.code}] ${pe.message}` });
    }
  }
  const artifacts = await expandArtifacts(opts.artifacts, cwd);
  // many artifacts, each with an attestation or more: the verify threads start loading now, while this thread
  // hashes the artifacts and reads their bundles (stopped below if nothing comes of it)
  const ahead = opts.githubRepo ? undefined : startVerifyWorkers(artifacts.length, sources);
  const paths = artifacts.filter((a) => a.path && !opts.digests?.has(a.path)).map((a) => a.path!);
  try {
    return await verifyPrepared(opts, trust, sources, artifacts, paths, loadErrors, shared, ahead);
  } catch (e) {
    await stopVerifyWorkers(ahead); // (verifyMany stops them once it has them)
    throw e;
  }
}

async function verifyPrepared(
  opts: VerifyOptions,
  trust: Trust,
  sources: TrustSources,
  artifacts: Awaited<ReturnType<typeof expandArtifacts>>,
  paths: string[],
  loadErrors: CheckResult[],
  shared: LoadedAttestation[],
  ahead: VerifyWorkers | undefined,
): Promise<VerifyReport> {
  const digests = await hashFiles(paths, ['sha256', 'sha512']);
  const byPath = new Map([...(opts.digests ?? []), ...paths.map((p, i): [string, DigestSet] => [p, digests[i]])]);
  const targets = artifacts.length ? artifacts : [{ name: '(none)', digest: {} as DigestSet }];
  // first gather every (artifact, attestation) pair, then verify them all at once on every core
  interface Pending {
    name: string;
    digest: DigestSet;
    atts: LoadedAttestation[];
    checks: CheckResult[];
    first: number;
  }
  const pending: Pending[] = [];
  const tasks: VerifyTask[] = [];
  const search = new SidecarSearch(opts.searchDirs ?? []);
  const tried = new Map<string, string[]>();
  const routed = new Map<string, { atts: LoadedAttestation[]; error?: CheckResult }>(
    [...(opts.routed ?? [])].map(([f, atts]) => [f, { atts }]),
  );
  for (const a of targets) {
    const digest = a.digest ?? byPath.get(a.path!)!;
    let atts = shared;
    const checks: CheckResult[] = [...loadErrors];
    if (opts.githubRepo) {
      if (!opts.githubToken) throw new ProvenantError('USAGE', '--repo needs a token (GITHUB_TOKEN or GH_TOKEN)');
      atts = await fetchGitHubAttestations({
        repo: opts.githubRepo,
        digest,
        token: opts.githubToken,
        apiUrl: opts.githubApiUrl,
      });
    } else if (opts.route) {
      atts = [];
      for (const f of opts.route({ path: a.path, digest })) {
        let got = routed.get(f);
        if (!got) {
          try {
            got = { atts: loadAttestations(f) };
          } catch (e) {
            const pe = asProvenantError(e, 'BUNDLE_INVALID');
            got = { atts: [], error: { code: 'load', ok: false, detail: `[${pe.code}] ${pe.message}` } };
          }
          routed.set(f, got);
        }
        pushAll(atts, got.atts);
        if (got.error) checks.push(got.error);
      }
    } else if (!(opts.bundles ?? []).length && (a.path || search.hasDirs)) {
      const found = search.find(a.path, digest, checks);
      atts = found.atts;
      tried.set(a.name, found.tried);
    }
    pending.push({ name: a.name, digest, atts, checks, first: tasks.length });
    if (!atts.length) continue;
    // a message signature needs the artifact's bytes: read when that attestation is verified, not held from here
    const target = artifacts.length ? { digest, path: a.path } : undefined;
    // members of an npm attestations document (provenance + the registry's publish attestation) must all verify;
    // policy about the build applies to the provenance, the publish attestation needs signature, schema and subject
    for (const att of atts) tasks.push({ att, policy: memberPolicy(att, opts.policy), artifact: target });
  }
  const { results: verdicts, threads } = await verifyMany(tasks, trust, sources, ahead);
  const results: ArtifactResult[] = [];
  for (const p of pending) {
    if (!p.atts.length) {
      const where = opts.githubRepo
        ? ` in the GitHub attestations of ${opts.githubRepo}`
        : (opts.bundles ?? []).length
          ? ''
          : tried.get(p.name)?.length
            ? ` (looked for ${tried.get(p.name)!.join(', ')}); give the attestation ` +
              `with --bundle FILE (verify action: bundles)`
            : '; give the attestation with --bundle FILE (verify action: bundles)';
      p.checks.push({
        code: 'attestation',
        ok: false,
        detail: `[ATTESTATION_NOT_FOUND] no attestation for ${basename(p.name)}${where}`,
      });
    }
    results.push(
      judgeArtifact(p.name, p.digest, p.atts, verdicts.slice(p.first, p.first + p.atts.length), p.checks, opts.policy),
    );
  }
  return withTrust(
    {
      results,
      verified: results.length > 0 && results.every((r) => r.verified),
      trustedRoot: trust.rootSource,
      threads,
    },
    trust,
  );
}

/** A report with the trust it was verified against (kept out of JSON reports: not enumerable). */
export function withTrust(report: VerifyReport, trust: Trust | undefined): VerifyReport {
  return trust ? Object.defineProperty(report, 'trust', { value: trust, enumerable: false }) : report;
}

/**
 * One report of two parts verified in one command (files and images; the artifacts that were missing): results in
 * order, verified only if both are, and the trust the verification used (what a VSA records) kept.
 */
export function joinReports(a: VerifyReport, b: Pick<VerifyReport, 'results' | 'verified'>): VerifyReport {
  return withTrust(
    { ...a, results: [...a.results, ...b.results], verified: a.verified && b.verified },
    a.trust ?? (b as VerifyReport).trust,
  );
}
