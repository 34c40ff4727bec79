import { homedir } from 'node:os';
import { join } from 'node:path';
import { ProvenantError } from '../errors.js';
import {
  auditDir,
  auditLockfile,
  lockfileAuditFailures,
  tallyResult,
  type DirAudit,
  type LevelTotals,
  type LockfileAudit,
} from '../audit/index.js';
import type { RegistryOptions } from '../audit/registry.js';
import { parseCommandArgs } from './args.js';
import { POLICY_OPTIONS, policyFromValues } from './policy-args.js';
import { pushAll } from '../util/array.js';
import { printable as pr } from '../util/escape.js';
import { isImageRef } from '../oci/ref.js';
import { verifyImages } from '../verify/oci.js';
import { alignedTables, artifactResultJson, renderRows, writeJson } from './output.js';
import { reportProgress, startProgress } from '../util/progress.js';

export const summary = 'SLSA Build levels across a release folder, or across the npm dependencies of a lockfile';

const HELP = `Usage: provenant audit DIR|FILE... [options]
       provenant audit --lockfile FILE [--registry URL] [options]
       provenant audit oci://REGISTRY/REPO[:TAG|@DIGEST]... [options]

A folder: every file that is not an attestation is an artifact, verified against every attestation in the folder
(*.intoto.jsonl, *.sigstore.json, *.sigstore, *.statement.json); a table of artifacts with level, builder and
source, and totals per level.

oci://…: each container image's attached attestations (Sigstore bundles, cosign .att) verified as by
provenant verify oci://…, in the same table (registry credentials as for verify; images without attestations L0).

--lockfile: every npm package locked in FILE (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml)
has its provenance fetched from the registry (GET /-/npm/v1/attestations/NAME@VERSION) and verified offline against
the Sigstore public-good trusted root and the npm registry's keys, matched to the lockfile's integrity. Packages
without provenance are L0; a registry failure is reported for that package and never becomes a level.
Provenance counts only when it is bound to the package, as npm's registry and \`npm audit signatures\` bind it: the
document carries the registry's publish attestation (predicate npm/attestation publish/v0.1) signed with the
registry's key, and the provenance's certificate names the package's own source repository (the \`repository\` of
its version manifest, GET /NAME/VERSION). Otherwise the package is L0 (status unbound) with the reason.
Registry keys: npm's, shipped with Provenant (Sigstore TUF root); for another --registry also what its
/-/npm/v1/keys serves, or instead the keys of --registry-keys FILE. Each registry answer is read up to 32 MiB.
A registry that answers 404 for every package while its manifests list attestations (a mirror without the
attestations endpoint) is reported as "the registry does not serve attestations": every package is an error.

Options:
  --lockfile FILE          audit a lockfile's npm dependencies
  --registry URL           npm registry (default https://registry.npmjs.org)
  --registry-keys FILE     the registry's signing keys (keys.json, as GET /-/npm/v1/keys serves them)
  --concurrency N          parallel registry requests (default 16)
  --timeout-ms N           per request (default 15000); transient failures are retried with backoff
  --cache DIR              on-disk cache of registry answers (default ~/.cache/provenant/npm-attestations)
  --no-cache               do not read or write the cache
  --trusted-root FILE      Sigstore trusted root (folder audits and --lockfile; default public-good)
  --key FILE               trusted keys for folder audits (as in verify)
  --min-level N            exit 1 when any artifact or dependency is below SLSA Build level N (errors count as below)
  (identity and provenance policy options as in provenant verify)
  --json                   machine-readable report (schemas/cli-audit.json; --format json also works)
On a terminal a progress line is shown on stderr (elsewhere a plain line every few seconds); tables are aligned
on a terminal and tab-separated when piped.
Exit codes: 0 every artifact or dependency was evaluated, none failed, --min-level met (L0 alone is not a failure);
  1 a verification failed, a dependency could not be evaluated (a registry error for any package, every request
  failed, or the registry does not serve attestations), or --min-level not met; 2 usage.
`;

export const REGISTRY_OPTIONS = {
  registry: { type: 'string' },
  'registry-keys': { type: 'string' },
  concurrency: { type: 'string' },
  'timeout-ms': { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
} as const;

function positiveInt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new ProvenantError('USAGE', `--${name}: '${v}' is not a positive integer`);
  return n;
}

export function registryOptionsFrom(values: Record<string, unknown>): RegistryOptions & { registryKeys?: string } {
  const v = values as Record<string, string | boolean | undefined>;
  const cacheDir = v['no-cache']
    ? undefined
    : ((v.cache as string | undefined) ??
      join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'provenant', 'npm-attestations'));
  return {
    registry: v.registry as string | undefined,
    registryKeys: v['registry-keys'] as string | undefined,
    concurrency: positiveInt(v.concurrency as string | undefined, 'concurrency'),
    timeoutMs: positiveInt(v['timeout-ms'] as string | undefined, 'timeout-ms'),
    baseDelayMs: process.env.PROVENANT_RETRY_BASE_MS ? Number(process.env.PROVENANT_RETRY_BASE_MS) : undefined,
    cacheDir,
    // to the running progress reporter (withAuditProgress's; a no-op when none runs)
    onProgress: (done, total) => reportProgress('auditing', done, total, 'packages'),
  };
}

/** A lockfile audit in the --json contract (schemas/cli-common.json#/$defs/lockfileAudit). */
export function lockfileAuditJson(a: LockfileAudit): Record<string, unknown> {
  return {
    lockfile: a.lockfile,
    format: a.format,
    packages: a.packages,
    totals: a.totals,
    dependencyLevels: a.dependencyLevels,
    registryKeys: a.registryKeys,
    ...(a.registryProblem ? { registryProblem: a.registryProblem } : {}),
    ...(a.registryNote ? { registryNote: a.registryNote } : {}),
  };
}

/** Runs `fn` with a progress reporter for the registry requests of a lockfile audit. */
export async function withAuditProgress<T>(fn: () => Promise<T>): Promise<T> {
  const p = startProgress('auditing', 'packages');
  try {
    return await fn();
  } finally {
    p.stop();
  }
}

function totalsLine(t: LevelTotals): string {
  return `totals: L0 ${t.L0}, L1 ${t.L1}, L2 ${t.L2}, L3 ${t.L3}, failed ${t.failed}, errors ${t.error}`;
}

export function renderLockfileAudit(a: LockfileAudit, aligned = alignedTables()): string {
  const rows = a.packages.map((p) => ({
    cells: [
      `${pr(p.name)}@${pr(p.version)}`,
      p.level === null ? '-' : `L${p.level}`,
      p.status,
      pr(p.builderId ?? '-'),
      pr(p.sourceRepo ?? '-'),
    ],
    details: p.status === 'failed' || p.status === 'error' || p.status === 'unbound' ? [`  ✗ ${pr(p.detail)}`] : [],
  }));
  const head = `${pr(a.lockfile)} (${a.format}): ${a.packages.length} npm packages\n`;
  const problem = a.registryProblem ? `✗ ${pr(a.registryProblem)}\n` : '';
  return (
    head +
    renderRows(['PACKAGE', 'LEVEL', 'STATUS', 'BUILDER', 'SOURCE'], rows, aligned) +
    problem +
    totalsLine(a.totals) +
    '\n'
  );
}

export function renderDir(a: DirAudit, aligned = alignedTables()): string {
  const rows = a.results.map((r) => ({
    cells: [
      pr(r.artifact),
      `L${r.slsaLevel}`,
      r.verified ? 'yes' : 'NO',
      pr(r.builderId ?? '-'),
      pr(r.sourceRepo ?? '-'),
    ],
    details: r.checks.filter((c) => !c.ok).map((c) => `  ✗ ${pr(c.detail)}`),
  }));
  const header = ['ARTIFACT', 'LEVEL', 'VERIFIED', 'BUILDER', 'SOURCE'];
  return `${renderRows(header, rows, aligned) + totalsLine(a.totals)}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals, spell } = parseCommandArgs(argv, {
    lockfile: { type: 'string' },
    ...REGISTRY_OPTIONS,
    'trusted-root': { type: 'string' },
    key: { type: 'string', multiple: true },
    'allow-unsigned': { type: 'boolean' },
    ...POLICY_OPTIONS,
    json: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const { policy } = policyFromValues(values, spell);
  const minLevel = policy.minLevel;
  // the gate applies to the audit as a whole, not inside each verification (a level below it is still reported)
  const verifyPolicy = {
    ...policy,
    minLevel: undefined,
    allowUnsigned: values['allow-unsigned'] as boolean | undefined,
  };
  if (values.lockfile) {
    if (positionals.length) throw new ProvenantError('USAGE', '--lockfile audits a lockfile: give no folders with it');
    const lockfile = values.lockfile as string;
    const opts = {
      ...registryOptionsFrom(values),
      trustedRoot: values['trusted-root'] as string | undefined,
      policy: verifyPolicy,
    };
    const a = await withAuditProgress(() => auditLockfile(lockfile, opts));
    const below = minLevel === undefined ? [] : a.packages.filter((p) => p.level === null || p.level < minLevel);
    if (values.json)
      writeJson({
        kind: 'lockfile',
        ...lockfileAuditJson(a),
        minLevel: minLevel ?? null,
        belowMinLevel: below.map((p) => `${p.name}@${p.version}`),
      });
    else process.stdout.write(renderLockfileAudit(a));
    if (!values.json && below.length)
      process.stdout.write(`${below.length} package(s) below SLSA Build L${minLevel}\n`);
    // errors are errors: a dependency that could not be evaluated fails the audit, as a failed verification does
    if (a.registryNote) process.stderr.write(`warning: ${a.registryNote}\n`);
    const failures = lockfileAuditFailures(a);
    for (const e of failures.errors) process.stderr.write(`error: ${e}\n`);
    return failures.fails || below.length ? 1 : 0;
  }
  if (!positionals.length) throw new ProvenantError('USAGE', 'name a folder (or files) to audit, or --lockfile FILE');
  const results: DirAudit = { results: [], totals: { L0: 0, L1: 0, L2: 0, L3: 0, failed: 0, error: 0 } };
  const images = positionals.filter(isImageRef);
  if (images.length) {
    const ir = await verifyImages({
      images,
      trustedRoot: values['trusted-root'] as string | undefined,
      keys: values.key as string[] | undefined,
      policy: verifyPolicy,
      credentials: { githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN },
    });
    for (const r of ir.results) {
      results.results.push(r);
      tallyResult(r, results.totals);
    }
  }
  const dirs = positionals.filter((x) => !isImageRef(x));
  const progress = startProgress('auditing', 'folders');
  try {
    for (const [i, p] of dirs.entries()) {
      progress.update(i, dirs.length);
      const a = await auditDir(p, {
        trustedRoot: values['trusted-root'] as string | undefined,
        keys: values.key as string[] | undefined,
        policy: verifyPolicy,
      });
      pushAll(results.results, a.results);
      for (const k of Object.keys(results.totals) as Array<keyof LevelTotals>) results.totals[k] += a.totals[k];
    }
  } finally {
    progress.stop();
  }
  const below = minLevel === undefined ? [] : results.results.filter((r) => !r.verified || r.slsaLevel < minLevel);
  if (values.json)
    writeJson({
      kind: 'folder',
      results: results.results.map(artifactResultJson),
      totals: results.totals,
      minLevel: minLevel ?? null,
      belowMinLevel: below.map((r) => r.artifact),
    });
  else process.stdout.write(renderDir(results));
  if (!values.json && below.length) process.stdout.write(`${below.length} artifact(s) below SLSA Build L${minLevel}\n`);
  return results.totals.failed || results.totals.error || below.length ? 1 : 0;
}
