/**
 * Audits of SLSA Build levels: across a folder of artifacts and their attestations (a release), and across the npm
 * dependencies of a lockfile, whose provenance is fetched from the registry and verified offline against the
 * public-good trusted root and the npm registry's keys.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { parseLockfile } from '../materials/index.js';
import type { SlsaResult } from '../slsa/vsa.js';
import {
  failedArtifact,
  judgeArtifact,
  loadTrust,
  memberPolicy,
  NPM_PUBLISH_PREDICATE,
  verifyArtifacts,
  verifyMany,
  withCachedRoot,
  type ArtifactResult,
  type Policy,
  type TrustSources,
  type VerifyTask,
} from '../verify/index.js';
import { loadAttestations, parseAttestations, type LoadedAttestation } from '../verify/load.js';
import { hashFiles } from '../subjects/index.js';
import {
  DEFAULT_REGISTRY,
  fetchAttestationDocs,
  fetchManifests,
  fetchRegistryKeys,
  type RegistryOptions,
} from './registry.js';
import type { AttestationResult } from '../verify/verify.js';
import { parseJsonStrict } from '../schemas/index.js';
import { pushAll } from '../util/array.js';
import { fileKind } from '../util/fs.js';

export const ATTESTATION_SUFFIXES = [
  '.intoto.jsonl',
  '.sigstore.json',
  '.sigstore',
  '.statement.json',
  '.att.json',
  '.vsa.sigstore.json',
  '.vsa.intoto.jsonl',
];

export interface LevelTotals {
  L0: number;
  L1: number;
  L2: number;
  L3: number;
  failed: number;
  /** could not be evaluated (registry failures) */
  error: number;
}

/**
 * Counts one artifact's verdict: its level when verified; L0 when the only failure is that no attestation was found;
 * a registry error; else failed (an attestation that was there but did not verify, or could not be read, is never
 * counted as "none").
 */
export function tallyResult(r: ArtifactResult, totals: LevelTotals): void {
  if (r.verified) {
    totals[`L${r.slsaLevel}` as 'L0'] += 1;
    return;
  }
  const failed = r.checks.filter((c) => !c.ok);
  if (failed.length && failed.every((c) => /ATTESTATION_NOT_FOUND/.test(c.detail))) totals.L0 += 1;
  else if (failed.some((c) => c.code === 'registry')) totals.error += 1;
  else totals.failed += 1;
}

function emptyTotals(): LevelTotals {
  return { L0: 0, L1: 0, L2: 0, L3: 0, failed: 0, error: 0 };
}

export interface DirAudit {
  results: ArtifactResult[];
  totals: LevelTotals;
}

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/**
 * Every artifact of a folder (files that are not attestations), verified against every attestation found in it:
 * an artifact takes the best level of the attestations whose subjects name it.
 */
export async function auditDir(
  target: string,
  opts: { trustedRoot?: string; keys?: string[]; policy: Policy },
): Promise<DirAudit> {
  let files: string[] = [];
  let st: Stats | undefined;
  try {
    st = statSync(target);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) walk(target, files);
  else if (st) files = [target];
  else {
    // a glob
    const { create } = await import('@actions/glob');
    files = await (await create(target, { matchDirectories: false })).glob();
    if (!files.length)
      throw new ProvenantError('FILE_NOT_FOUND', `audit: '${target}' is not a file, folder or matching glob`);
  }
  // every file is read or hashed whole: a FIFO would hang the audit, a device keep it hashing forever
  for (const f of files) {
    const kind = fileKind(f);
    if (kind !== 'file') throw new ProvenantError('FILE_NOT_REGULAR', `audit: ${f}: ${kind}, not a regular file`);
  }
  files.sort();
  const attestations = files.filter((f) => ATTESTATION_SUFFIXES.some((s) => f.endsWith(s)));
  const isAttestation = new Set(attestations);
  const artifacts = files.filter((f) => !isAttestation.has(f));
  if (!artifacts.length) throw new ProvenantError('NO_FILES_FOUND', `audit: no artifact in '${target}'`);
  // route each attestation to the artifacts its subjects claim (read unverified, only to route: the verification
  // that follows checks everything); message signatures go to the artifact they sit beside
  const claims: Array<{ file: string; digests: Set<string>; beside?: string }> = [];
  const unreadable: ArtifactResult[] = [];
  // what was read to route is what is verified: each file is read and parsed once
  const loaded = new Map<string, LoadedAttestation[]>();
  for (const f of attestations) {
    const digests = new Set<string>();
    let beside: string | undefined;
    try {
      const atts = loadAttestations(f);
      for (const att of atts) {
        const json = att.json as Record<string, any>;
        const payload = att.kind === 'statement' ? att.raw : (json.dsseEnvelope?.payload ?? json.payload);
        if (json.messageSignature)
          beside = ATTESTATION_SUFFIXES.reduce((x, s) => (x.endsWith(s) ? x.slice(0, -s.length) : x), f);
        if (payload === undefined) continue;
        const st = JSON.parse(
          typeof payload === 'string' ? Buffer.from(payload, 'base64').toString('utf8') : payload.toString('utf8'),
        ) as { subject?: Array<{ digest?: Record<string, string> }> };
        for (const sub of st.subject ?? [])
          for (const [alg, hex] of Object.entries(sub.digest ?? {})) digests.add(`${alg}:${String(hex).toLowerCase()}`);
      }
      claims.push({ file: f, digests, beside });
      loaded.set(f, atts);
    } catch (e) {
      const detail = `[BUNDLE_INVALID] unreadable attestation: ${(e as Error).message.split('\n')[0]}`;
      unreadable.push(failedArtifact(f, {}, { code: 'load', ok: false, detail }, { attestation: f }));
    }
  }
  const hashes = await hashFiles(artifacts, ['sha256', 'sha512']);
  // each attestation file by the digests its subjects name, and by the artifact a message signature sits beside
  const byDigest = new Map<string, string[]>();
  const byArtifact = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, key: string, file: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [file]);
    else if (list[list.length - 1] !== file) list.push(file);
  };
  for (const c of claims) {
    if (c.beside) index(byArtifact, c.beside, c.file);
    for (const d of c.digests) index(byDigest, d, c.file);
  }
  const routeOf = (path: string, digests: Record<string, string>): string[] => {
    const files = new Set(byArtifact.get(path) ?? []);
    for (const [alg, hex] of Object.entries(digests)) for (const f of byDigest.get(`${alg}:${hex}`) ?? []) files.add(f);
    return [...files].sort();
  };
  const results: ArtifactResult[] = [];
  const routed: string[] = [];
  for (let i = 0; i < artifacts.length; i++) {
    if (routeOf(artifacts[i], hashes[i]).length) {
      routed.push(artifacts[i]);
      continue;
    }
    const detail = '[ATTESTATION_NOT_FOUND] no attestation in the folder names this artifact';
    results.push(
      failedArtifact(
        artifacts[i],
        hashes[i],
        { code: 'attestation', ok: false, detail },
        { nextLevel: ['L1: no attestation in the folder names this artifact'] },
      ),
    );
  }
  if (routed.length) {
    // one verification for the whole folder: the trust material is loaded once and every pair runs on every core
    const report = await verifyArtifacts({
      artifacts: routed,
      trustedRoot: opts.trustedRoot,
      keys: opts.keys,
      npmRegistryKeys: true,
      policy: opts.policy,
      route: ({ path, digest }) => (path ? routeOf(path, digest as Record<string, string>) : []),
      routed: loaded,
      digests: new Map(artifacts.map((a, i) => [a, hashes[i]])),
    });
    pushAll(results, report.results);
  }
  results.sort((x, y) => (x.artifact < y.artifact ? -1 : x.artifact > y.artifact ? 1 : 0));
  const report = { results: [...results, ...unreadable] };
  const base = st?.isDirectory() ? target : process.cwd();
  for (const r of report.results) r.artifact = relative(base, r.artifact) || r.artifact;
  const totals = emptyTotals();
  for (const r of report.results) tallyResult(r, totals);
  return { results: report.results, totals };
}

export interface DependencyAudit {
  name: string;
  version: string;
  purl: string;
  /** SLSA Build level; null when it could not be established (failed verification, registry error). */
  level: number | null;
  /**
   * unbound: provenance that verifies but is not bound to this package (no npm publish attestation signed by the
   * registry, or its source repository is not the package's `repository`): L0, with the reason.
   */
  status: 'verified' | 'no-provenance' | 'unbound' | 'failed' | 'error';
  builderId?: string;
  sourceRepo?: string;
  detail?: string;
  cached?: boolean;
}

export interface LockfileAudit {
  lockfile: string;
  format: string;
  packages: DependencyAudit[];
  totals: LevelTotals;
  /** For a VSA: count of dependencies per SLSA result. */
  dependencyLevels: Partial<Record<SlsaResult, number>>;
  /** A problem of the registry as a whole (it does not serve attestations): every package is an error. */
  registryProblem?: string;
  /** A doubt about the registry that does not stop the audit (every package 404, no manifest lists attestations). */
  registryNote?: string;
  /** Where the keys that verify npm publish attestations came from. */
  registryKeys: string;
}

export interface LockfileAuditOptions extends RegistryOptions {
  trustedRoot?: string;
  /**
   * The registry's signing keys (keys.json, as `GET /-/npm/v1/keys` answers). Default: npm's keys shipped with
   * Provenant (from the Sigstore TUF root) for registry.npmjs.org; for another registry, also its own keys endpoint.
   */
  registryKeys?: string;
  policy?: Policy;
}

export { NPM_PUBLISH_PREDICATE };

/**
 * A source repository as comparable text (`host/owner/name`, lower case) from a package.json `repository` (string,
 * npm shorthand `owner/name`, `github:`/`gitlab:`/`bitbucket:` prefixes, git+https/ssh/scp forms, or `{url}`) or a
 * certificate's source-repository URI.
 */
export function repositoryKey(v: unknown): string | undefined {
  let s =
    typeof v === 'string'
      ? v
      : v && typeof v === 'object' && typeof (v as { url?: unknown }).url === 'string'
        ? (v as { url: string }).url
        : undefined;
  if (!s) return undefined;
  s = s.trim();
  const hosts: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };
  const short = /^(github|gitlab|bitbucket):(.+)$/.exec(s);
  if (short) s = `${hosts[short[1]]}/${short[2]}`;
  else if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(s)) s = `github.com/${s}`;
  s = s
    .replace(/^git\+/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^@/]+@/, '');
  // scp-like ssh (git@host:owner/name) and a port
  s = s.replace(/^([^/:]+):(\d+\/)?/, '$1/');
  s = s
    .replace(/[#?].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .replace(/^www\./, '')
    .toLowerCase();
  return /^[^/]+\/[^/]+\/[^/]+/.test(s) ? s : undefined;
}

/**
 * The source repository the provenance's certificate names (1.12; fulcioIdentity reads GitHub's legacy 1.5
 * OWNER/NAME as it).
 */
function certificateRepository(v: AttestationResult): string | undefined {
  return v.signer?.kind === 'certificate' ? v.signer.identity?.sourceRepositoryURI : undefined;
}

/**
 * The registry's keys as a keys.json file for the trust material: the given file, or (for a registry other than
 * registry.npmjs.org, whose keys ship with Provenant) what its keys endpoint serves. Returns the file (removed by
 * `cleanup`) and a description.
 */
async function registryKeysFile(
  opts: LockfileAuditOptions,
): Promise<{ file?: string; source: string; cleanup: () => void }> {
  const none = () => undefined;
  if (opts.registryKeys) return { file: opts.registryKeys, source: opts.registryKeys, cleanup: none };
  const registry = (opts.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '');
  if (registry === DEFAULT_REGISTRY) return { source: 'npm registry keys (shipped)', cleanup: none };
  const got = await fetchRegistryKeys(opts);
  if (got.kind !== 'found')
    return {
      source: `npm registry keys (shipped); ${registry}/-/npm/v1/keys: ${
        got.kind === 'none' ? 'HTTP 404' : got.message
      }`,
      cleanup: none,
    };
  // an answer that is not a usable keys document (a mirror's HTML page) adds no key: publish attestations signed
  // with the registry's own key then fail to verify, visibly, per package
  const dir = mkdtempSync(join(tmpdir(), 'provenant-registry-keys-'));
  const file = join(dir, 'keys.json');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(file, got.body);
    const doc = parseJsonStrict(got.body, `${registry}/-/npm/v1/keys`) as { keys?: unknown };
    if (!doc || !Array.isArray(doc.keys)) throw new ProvenantError('KEY_INVALID', 'not a keys document');
    loadTrust({ keys: [file] });
  } catch (e) {
    cleanup();
    const why = (e as Error).message.split('\n')[0].slice(0, 160);
    return { source: `npm registry keys (shipped); ${registry}/-/npm/v1/keys unusable: ${why}`, cleanup: none };
  }
  return { file, source: `npm registry keys (shipped) and ${registry}/-/npm/v1/keys`, cleanup };
}

/**
 * How many manifests are read to tell a registry without the attestations endpoint from packages without provenance.
 */
const PROBE = 20;

/** The npm packages of a JavaScript lockfile (npm, yarn, pnpm), one per name@version. */
export function npmPackagesOf(path: string): {
  format: string;
  packages: Array<{ name: string; version: string; purl: string; digest: DigestSet }>;
} {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ProvenantError(
      'FILE_NOT_FOUND',
      `--lockfile ${path}: cannot read (${(e as NodeJS.ErrnoException).code})`,
    );
  }
  // a lockfile under another name (an explicit --lockfile): recognised by its content
  const base = path.split('/').pop() ?? path;
  const known = /^(package-lock|npm-shrinkwrap)\.json$|^yarn\.lock$|^pnpm-lock\.yaml$/.test(base);
  const sniffed = known
    ? path
    : /^\s*\{[\s\S]*"lockfileVersion"/.test(text)
      ? 'package-lock.json'
      : /^lockfileVersion:/m.test(text)
        ? 'pnpm-lock.yaml'
        : /^(# yarn lockfile v1|__metadata:)/m.test(text)
          ? 'yarn.lock'
          : path;
  const { format, packages } = parseLockfile(sniffed === path ? path : join(path, '..', sniffed), text);
  const seen = new Map<string, { name: string; version: string; purl: string; digest: DigestSet }>();
  for (const p of packages) {
    if (!p.purl.startsWith('pkg:npm/')) continue;
    const k = `${p.name}@${p.version}`;
    if (!seen.has(k)) seen.set(k, { name: p.name, version: p.version, purl: p.purl, digest: p.digest });
  }
  if (!seen.size && !packages.length) throw new ProvenantError('LOCKFILE_INVALID', `${path}: no locked packages`);
  if (!seen.size)
    throw new ProvenantError(
      'LOCKFILE_UNKNOWN',
      `${path}: ${format} lists no npm packages (audit --lockfile covers the npm registry)`,
    );
  return { format, packages: [...seen.values()] };
}

export async function auditLockfile(path: string, opts: LockfileAuditOptions = {}): Promise<LockfileAudit> {
  const { format, packages } = npmPackagesOf(path);
  const keys = await registryKeysFile(opts);
  try {
    return await auditPackages(path, format, packages, opts, keys);
  } finally {
    keys.cleanup();
  }
}

async function auditPackages(
  path: string,
  format: string,
  packages: ReturnType<typeof npmPackagesOf>['packages'],
  opts: LockfileAuditOptions,
  keys: { file?: string; source: string },
): Promise<LockfileAudit> {
  // only the registry's keys: a key-signed member that verifies was signed by the registry
  // an explicit trusted root, else the TUF cache of `provenant trust update` (fails closed), else the shipped root
  const trustOpts = await withCachedRoot({
    trustedRoot: opts.trustedRoot,
    keys: keys.file ? [keys.file] : [],
    npmRegistryKeys: true,
  } as TrustSources);
  const trust = loadTrust(trustOpts);
  const docs = await fetchAttestationDocs(packages, opts);
  const policy: Policy = opts.policy ?? {};
  const out: DependencyAudit[] = packages.map((p) => ({
    name: p.name,
    version: p.version,
    purl: p.purl,
    level: null,
    status: 'error',
  }));
  let registryProblem: string | undefined;
  let registryNote: string | undefined;
  if (docs.length && docs.every((d) => d.kind === 'none')) {
    // 404 for every package: packages without provenance, or a registry (a mirror) without the attestations
    // endpoint; the manifests tell: npm's list the attestations a version has
    const sample = packages.slice(0, PROBE);
    const manifests = await fetchManifests(sample, opts);
    const listed = manifests.filter((m) => m.kind === 'found' && manifestOf(m.body)?.dist?.attestations).length;
    const known = manifests.filter((m) => m.kind === 'found').length;
    if (listed)
      registryProblem =
        'the registry does not serve attestations: GET /-/npm/v1/attestations answers 404 for every package, ' +
        `yet ${listed} of ${sample.length} manifests read list attestations`;
    else if (!known)
      registryProblem =
        'the registry does not serve attestations or manifests: ' +
        `404 for every package (${sample.length} manifests read)`;
    else if ((opts.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '') !== DEFAULT_REGISTRY)
      // a mirror may also drop `dist.attestations` from its manifests: say so rather than report L0 silently
      registryNote =
        'every package answered 404 at the attestations endpoint and no manifest read lists attestations; ' +
        'if this registry is a mirror, it may not serve them (the packages are reported L0)';
  }
  const tasks: VerifyTask[] = [];
  const spans: Array<{ i: number; atts: LoadedAttestation[]; first: number }> = [];
  docs.forEach((d, i) => {
    const a = out[i];
    const p = packages[i];
    if (registryProblem) {
      a.detail = `registry: ${registryProblem}`;
      return;
    }
    if (d.kind === 'error') {
      a.detail = `registry: ${d.message}`;
      return;
    }
    a.cached = d.cached;
    if (d.kind === 'none') {
      a.status = 'no-provenance';
      a.level = 0;
      a.detail = 'the registry has no attestations for this version';
      return;
    }
    let atts: LoadedAttestation[];
    try {
      atts = parseAttestations(d.body, `${p.name}@${p.version}`);
      if (!atts.length || !atts.every((x) => x.group))
        throw new ProvenantError('BUNDLE_INVALID', 'not an npm attestations document');
    } catch (e) {
      // a malformed answer is a registry failure: reported, never a level
      a.detail = `registry: malformed attestations document (${(e as Error).message.split('\n')[0].slice(0, 160)})`;
      return;
    }
    if (!Object.keys(p.digest).length) {
      a.status = 'failed';
      a.detail = '[SUBJECT_MISMATCH] the lockfile records no integrity to match the attestations against';
      return;
    }
    spans.push({ i, atts, first: tasks.length });
    for (const att of atts) tasks.push({ att, policy: memberPolicy(att, policy), artifact: { digest: p.digest } });
  });
  const { results } = await verifyMany(tasks, trust, trustOpts);
  // verified provenance still has to be bound to the package: the registry's publish attestation, and the
  // package's own source repository
  const toBind: Array<{ i: number; provenances: AttestationResult[] }> = [];
  for (const s of spans) {
    const p = packages[s.i];
    const verdicts = results.slice(s.first, s.first + s.atts.length);
    // the provenance must be about this package, not only about the same bytes under another name
    const purl = decodeURIComponent(p.purl);
    for (const v of verdicts) {
      const names = (v.statement?.subject ?? []).map((x) => decodeURIComponent(x.name ?? ''));
      if (v.verified && names.length && !names.includes(purl)) {
        v.verified = false;
        v.slsaLevel = 0;
        v.checks.push({
          code: 'subject-name',
          ok: false,
          detail: `[SUBJECT_MISMATCH] the attestation is about ${names.join(', ')}, not ${purl}`,
        });
      }
      // the publish attestation names the package it published
      const pred = v.statement?.predicate as { name?: unknown; version?: unknown } | undefined;
      if (
        v.verified &&
        v.predicateType === NPM_PUBLISH_PREDICATE &&
        (pred?.name !== p.name || pred?.version !== p.version)
      ) {
        v.verified = false;
        v.slsaLevel = 0;
        v.checks.push({
          code: 'publish',
          ok: false,
          detail:
            `[SUBJECT_MISMATCH] the publish attestation is about ${String(pred?.name)}@${String(pred?.version)}, ` +
            `not ${p.name}@${p.version}`,
        });
      }
    }
    const r = judgeArtifact(`${p.name}@${p.version}`, p.digest, s.atts, verdicts, [], policy);
    const a = out[s.i];
    a.builderId = r.builderId ?? undefined;
    a.sourceRepo = r.sourceRepo ?? undefined;
    if (!r.verified) {
      a.status = 'failed';
      a.detail = r.checks
        .filter((c) => !c.ok)
        .map((c) => c.detail)
        .join('; ');
      continue;
    }
    a.status = 'verified';
    a.level = r.slsaLevel;
    a.detail = r.nextLevel[0];
    // every provenance member is bound, not only the one the level comes from
    const provenances = verdicts.filter((v) => v.predicateType?.startsWith('https://slsa.dev/provenance/'));
    if (!provenances.length) continue; // no provenance: its level says so (L0)
    const publish = verdicts.find(
      (v) => v.verified && v.predicateType === NPM_PUBLISH_PREDICATE && v.signer?.kind === 'key',
    );
    if (!publish) {
      unbind(
        a,
        `no npm publish attestation signed by the registry (${keys.source}): ` +
          "the provenance is not bound to this package's publication",
      );
      continue;
    }
    toBind.push({ i: s.i, provenances });
  }
  const manifests = await fetchManifests(
    toBind.map((b) => packages[b.i]),
    opts,
  );
  toBind.forEach((b, k) => {
    const a = out[b.i];
    const m = manifests[k];
    if (m.kind !== 'found') {
      a.status = 'error';
      a.level = null;
      a.detail = `registry: manifest of ${a.name}@${a.version}: ${m.kind === 'none' ? 'HTTP 404' : m.message}`;
      return;
    }
    const manifest = manifestOf(m.body);
    if (!manifest) {
      a.status = 'error';
      a.level = null;
      a.detail = `registry: malformed manifest of ${a.name}@${a.version}`;
      return;
    }
    const want = repositoryKey(manifest.repository);
    if (!want) {
      unbind(a, `the package's manifest names no source repository to bind the provenance to`);
      return;
    }
    for (const v of b.provenances) {
      const certRepo = certificateRepository(v);
      const got = certRepo ? repositoryKey(certRepo) : undefined;
      if (!got) unbind(a, `the provenance's certificate names no source repository`);
      else if (got !== want)
        unbind(
          a,
          `the provenance was built from ${certRepo}, ` +
            `not from the package's repository ${repositoryText(manifest.repository)}`,
        );
      if (a.status === 'unbound') return;
    }
  });
  const totals = emptyTotals();
  const dependencyLevels: Partial<Record<SlsaResult, number>> = {};
  const bump = (k: SlsaResult) => (dependencyLevels[k] = (dependencyLevels[k] ?? 0) + 1);
  for (const a of out) {
    if (a.status === 'error') {
      totals.error++;
      bump('SLSA_BUILD_LEVEL_UNEVALUATED');
    } else if (a.status === 'failed') {
      totals.failed++;
      bump('FAILED');
    } else {
      totals[`L${a.level}` as 'L0']++;
      bump(`SLSA_BUILD_LEVEL_${a.level as 0 | 1 | 2 | 3}`);
    }
  }
  return {
    lockfile: path,
    format,
    packages: out,
    totals,
    dependencyLevels,
    ...(registryProblem ? { registryProblem } : {}),
    ...(registryNote ? { registryNote } : {}),
    registryKeys: keys.source,
  };
}

/**
 * Why a lockfile audit cannot pass, as `audit --lockfile` decides it (and `verify --audit-lockfile` and the verify
 * action's `audit-lockfile` with it): the registry as a whole does not serve attestations, a registry request for a
 * package failed, or a dependency's provenance failed verification. Errors are errors; L0 alone is not a failure.
 * `errors` are the registry's problems (printed as errors), `failed` the count of failed verifications.
 */
export function lockfileAuditFailures(a: LockfileAudit): { errors: string[]; failed: number; fails: boolean } {
  const errors: string[] = [];
  if (a.registryProblem) errors.push(a.registryProblem);
  else if (a.totals.error) {
    errors.push(`${a.totals.error} of ${a.packages.length} package(s) could not be evaluated (registry errors)`);
  }
  return { errors, failed: a.totals.failed, fails: errors.length > 0 || a.totals.failed > 0 };
}

function repositoryText(r: unknown): string {
  return String(typeof r === 'string' ? r : (r as { url?: unknown })?.url);
}

/** Verified provenance not bound to the package: L0, with the reason. */
function unbind(a: DependencyAudit, reason: string): void {
  a.status = 'unbound';
  a.level = 0;
  a.detail = `[BINDING_MISMATCH] ${reason}`;
}

function manifestOf(body: Buffer): { repository?: unknown; dist?: { attestations?: unknown } } | undefined {
  try {
    const m = parseJsonStrict(body, 'manifest') as Record<string, unknown>;
    return m && typeof m === 'object' && !Array.isArray(m)
      ? (m as { repository?: unknown; dist?: { attestations?: unknown } })
      : undefined;
  } catch {
    return undefined;
  }
}
