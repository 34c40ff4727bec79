/**
 * Audits of SLSA Build levels: across a folder of artifacts and their attestations (a release), and across the npm
 * dependencies of a lockfile, whose provenance is fetched from the registry and verified offline against the
 * public-good trusted root and the npm registry's keys.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { parseLockfile } from '../materials/index.js';
import type { SlsaResult } from '../slsa/vsa.js';
import { judgeArtifact, loadTrust, memberPolicy, verifyArtifacts, verifyMany, withCachedRoot, type ArtifactResult, type Policy, type TrustSources, type VerifyTask } from '../verify/index.js';
import { loadAttestations, parseAttestations, type LoadedAttestation } from '../verify/load.js';
import { hashFiles } from '../subjects/index.js';
import { fetchAttestationDocs, type RegistryOptions } from './registry.js';
import { fileKind } from '../util/fs.js';

export const ATTESTATION_SUFFIXES = ['.intoto.jsonl', '.sigstore.json', '.sigstore', '.statement.json', '.att.json', '.vsa.sigstore.json', '.vsa.intoto.jsonl'];

export interface LevelTotals {
  L0: number;
  L1: number;
  L2: number;
  L3: number;
  failed: number;
  /** could not be evaluated (registry failures) */
  error: number;
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
export async function auditDir(target: string, opts: { trustedRoot?: string; keys?: string[]; policy: Policy }): Promise<DirAudit> {
  let files: string[] = [];
  let st;
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
    if (!files.length) throw new ProvenantError('FILE_NOT_FOUND', `audit: '${target}' is not a file, folder or matching glob`);
  }
  // every file is read or hashed whole: a FIFO would hang the audit, a device keep it hashing forever
  for (const f of files) {
    const kind = fileKind(f);
    if (kind !== 'file') throw new ProvenantError('FILE_NOT_REGULAR', `audit: ${f}: ${kind}, not a regular file`);
  }
  files.sort();
  const attestations = files.filter((f) => ATTESTATION_SUFFIXES.some((s) => f.endsWith(s)));
  const artifacts = files.filter((f) => !attestations.includes(f));
  if (!artifacts.length) throw new ProvenantError('NO_FILES_FOUND', `audit: no artifact in '${target}'`);
  // route each attestation to the artifacts its subjects claim (read unverified, only to route: the verification
  // that follows checks everything); message signatures go to the artifact they sit beside
  const claims: Array<{ file: string; digests: Set<string>; beside?: string }> = [];
  const unreadable: ArtifactResult[] = [];
  for (const f of attestations) {
    const digests = new Set<string>();
    let beside: string | undefined;
    try {
      for (const att of loadAttestations(f)) {
        const json = att.json as Record<string, any>;
        const payload = att.kind === 'statement' ? att.raw : json.dsseEnvelope?.payload ?? json.payload;
        if (json.messageSignature) beside = ATTESTATION_SUFFIXES.reduce((x, s) => (x.endsWith(s) ? x.slice(0, -s.length) : x), f);
        if (payload === undefined) continue;
        const st = JSON.parse(typeof payload === 'string' ? Buffer.from(payload, 'base64').toString('utf8') : payload.toString('utf8')) as { subject?: Array<{ digest?: Record<string, string> }> };
        for (const sub of st.subject ?? []) for (const [alg, hex] of Object.entries(sub.digest ?? {})) digests.add(`${alg}:${String(hex).toLowerCase()}`);
      }
      claims.push({ file: f, digests, beside });
    } catch (e) {
      unreadable.push({ artifact: f, digest: '', verified: false, slsaLevel: 0, builderId: null, sourceRepo: null, predicateType: null, attestation: f, nextLevel: [], materials: null, digests: {}, inputAttestations: [], checks: [{ code: 'load', ok: false, detail: `[BUNDLE_INVALID] unreadable attestation: ${(e as Error).message.split('\n')[0]}` }] });
    }
  }
  const hashes = await hashFiles(artifacts, ['sha256', 'sha512']);
  const results: ArtifactResult[] = [];
  for (let i = 0; i < artifacts.length; i++) {
    const mine = new Set(Object.entries(hashes[i]).map(([alg, hex]) => `${alg}:${hex}`));
    const bundles = claims.filter((c) => c.beside === artifacts[i] || [...c.digests].some((d) => mine.has(d))).map((c) => c.file);
    if (!bundles.length) {
      results.push({ artifact: artifacts[i], digest: `sha256:${hashes[i].sha256}`, verified: false, slsaLevel: 0, builderId: null, sourceRepo: null, predicateType: null, attestation: null, nextLevel: ['L1: no attestation in the folder names this artifact'], materials: null, digests: hashes[i], inputAttestations: [], checks: [{ code: 'attestation', ok: false, detail: '[ATTESTATION_NOT_FOUND] no attestation in the folder names this artifact' }] });
      continue;
    }
    const report = await verifyArtifacts({ artifacts: [artifacts[i]], bundles, trustedRoot: opts.trustedRoot, keys: opts.keys, npmRegistryKeys: true, policy: opts.policy });
    results.push(...report.results);
  }
  const report = { results: [...results, ...unreadable] };
  const base = st?.isDirectory() ? target : process.cwd();
  for (const r of report.results) r.artifact = relative(base, r.artifact) || r.artifact;
  const totals = emptyTotals();
  for (const r of report.results) {
    if (r.verified) totals[`L${r.slsaLevel}` as 'L0'] += 1;
    else if (r.checks.some((c) => /ATTESTATION_NOT_FOUND/.test(c.detail))) totals.L0 += 1;
    else totals.failed += 1;
  }
  return { results: report.results, totals };
}

export interface DependencyAudit {
  name: string;
  version: string;
  purl: string;
  /** SLSA Build level; null when it could not be established (failed verification, registry error). */
  level: number | null;
  status: 'verified' | 'no-provenance' | 'failed' | 'error';
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
}

export interface LockfileAuditOptions extends RegistryOptions {
  trustedRoot?: string;
  keys?: string[];
  policy?: Policy;
}

/** The npm packages of a JavaScript lockfile (npm, yarn, pnpm), one per name@version. */
export function npmPackagesOf(path: string): { format: string; packages: Array<{ name: string; version: string; purl: string; digest: DigestSet }> } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ProvenantError('FILE_NOT_FOUND', `--lockfile ${path}: cannot read (${(e as NodeJS.ErrnoException).code})`);
  }
  // a lockfile under another name (an explicit --lockfile): recognised by its content
  const base = path.split('/').pop() ?? path;
  const known = /^(package-lock|npm-shrinkwrap)\.json$|^yarn\.lock$|^pnpm-lock\.yaml$/.test(base);
  const sniffed = known ? path : /^\s*\{[\s\S]*"lockfileVersion"/.test(text) ? 'package-lock.json' : /^lockfileVersion:/m.test(text) ? 'pnpm-lock.yaml' : /^(# yarn lockfile v1|__metadata:)/m.test(text) ? 'yarn.lock' : path;
  const { format, packages } = parseLockfile(sniffed === path ? path : join(path, '..', sniffed), text);
  const seen = new Map<string, { name: string; version: string; purl: string; digest: DigestSet }>();
  for (const p of packages) {
    if (!p.purl.startsWith('pkg:npm/')) continue;
    const k = `${p.name}@${p.version}`;
    if (!seen.has(k)) seen.set(k, { name: p.name, version: p.version, purl: p.purl, digest: p.digest });
  }
  if (!seen.size && !packages.length) throw new ProvenantError('LOCKFILE_INVALID', `${path}: no locked packages`);
  if (!seen.size) throw new ProvenantError('LOCKFILE_UNKNOWN', `${path}: ${format} lists no npm packages (audit --lockfile covers the npm registry)`);
  return { format, packages: [...seen.values()] };
}

export async function auditLockfile(path: string, opts: LockfileAuditOptions = {}): Promise<LockfileAudit> {
  const { format, packages } = npmPackagesOf(path);
  // an explicit trusted root, else the TUF cache of `provenant trust update` (fails closed), else the shipped root
  const trustOpts = await withCachedRoot({ trustedRoot: opts.trustedRoot, keys: opts.keys, npmRegistryKeys: true } as TrustSources);
  const trust = loadTrust(trustOpts);
  const docs = await fetchAttestationDocs(packages, opts);
  const policy: Policy = opts.policy ?? {};
  const out: DependencyAudit[] = packages.map((p) => ({ name: p.name, version: p.version, purl: p.purl, level: null, status: 'error' }));
  const tasks: VerifyTask[] = [];
  const spans: Array<{ i: number; atts: LoadedAttestation[]; first: number }> = [];
  docs.forEach((d, i) => {
    const a = out[i];
    const p = packages[i];
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
      if (!atts.length || !atts.every((x) => x.group)) throw new ProvenantError('BUNDLE_INVALID', 'not an npm attestations document');
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
        v.checks.push({ code: 'subject-name', ok: false, detail: `[SUBJECT_MISMATCH] the attestation is about ${names.join(', ')}, not ${purl}` });
      }
    }
    const r = judgeArtifact(`${p.name}@${p.version}`, p.digest, s.atts, verdicts, [], policy);
    const a = out[s.i];
    a.builderId = r.builderId ?? undefined;
    a.sourceRepo = r.sourceRepo ?? undefined;
    if (r.verified) {
      a.status = 'verified';
      a.level = r.slsaLevel;
      a.detail = r.nextLevel[0];
    } else {
      a.status = 'failed';
      a.detail = r.checks.filter((c) => !c.ok).map((c) => c.detail).join('; ');
    }
  }
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
  return { lockfile: path, format, packages: out, totals, dependencyLevels };
}
