import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tallyResult } from '../../src/audit/index.js';
import type { ArtifactResult } from '../../src/verify/index.js';
import { CORPUS } from '../support/paths.js';
import { ensureBuilt, runCli } from '../support/runner.js';
import { startFakeRegistry, type Behavior, type FakeRegistry } from '../support/fake-registry.js';

const integrity = (file: string) => `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
// repo: the package's `repository` in its version manifest (the provenance is bound to it)
const REAL = [
  {
    name: 'sigstore',
    version: '1.0.0',
    repo: 'git+https://github.com/sigstore/sigstore-js.git',
    doc: 'npm-cli/npm-registry-attestations-sigstore-1.0.0/valid-sigstore-attestations.json',
    tgz: 'npm-cli/npm-registry-attestations-sigstore-1.0.0/sigstore-1.0.0.tgz',
  },
  {
    name: '@trishankatdatadog/supreme-goggles',
    version: '1.0.5',
    repo: 'https://github.com/trishankatdatadog/supreme-goggles',
    doc: 'slsa-verifier/slsa-npm-supreme-googles-cli-v02-tag/supreme-googles-cli-v02-tag.tgz.json',
    tgz: 'slsa-verifier/slsa-npm-supreme-googles-cli-v02-tag/supreme-googles-cli-v02-tag.tgz',
  },
  {
    name: '@laurentsimon/provenance-npm-test',
    version: '1.0.3',
    repo: 'git+https://github.com/laurentsimon/provenance-npm-test.git',
    doc: 'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz.json',
    tgz: 'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz',
  },
];

let dir: string;
let reg: FakeRegistry;
let lock: string;
const N_PLAIN = 290;

/** A package-lock v3 of `entries` (name, version, integrity). */
function packageLock(entries: Array<{ name: string; version: string; integrity: string }>): string {
  const packages: Record<string, unknown> = {
    '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(entries.map((e) => [e.name, e.version])) },
  };
  for (const e of entries)
    packages[
      packages[`node_modules/${e.name}`] ? `node_modules/nested/node_modules/${e.name}` : `node_modules/${e.name}`
    ] = {
      version: e.version,
      resolved: `https://registry.npmjs.org/${e.name}/-/x-${e.version}.tgz`,
      integrity: e.integrity,
    };
  return JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2);
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-audit-'));
  const routes = new Map<string, Behavior>();
  const entries: Array<{ name: string; version: string; integrity: string }> = [];
  for (const r of REAL) {
    const body = readFileSync(join(CORPUS, r.doc));
    routes.set(
      `${r.name}@${r.version}`,
      r.name.includes('laurentsimon')
        ? { kind: 'flaky', status: 500, times: 2, then: { kind: 'doc', body } }
        : { kind: 'doc', body },
    );
    entries.push({ name: r.name, version: r.version, integrity: integrity(join(CORPUS, r.tgz)) });
  }
  // sigstore's real provenance served for another package with the same bytes: the subject names another package
  routes.set('@evil/sigstore-copy@1.0.0', { kind: 'doc', body: readFileSync(join(CORPUS, REAL[0].doc)) });
  entries.push({ name: '@evil/sigstore-copy', version: '1.0.0', integrity: integrity(join(CORPUS, REAL[0].tgz)) });
  // the lockfile's integrity does not match what the provenance attests
  routes.set('@trishankatdatadog/supreme-goggles@1.0.4', {
    kind: 'doc',
    body: readFileSync(join(CORPUS, REAL[1].doc)),
  });
  entries.push({
    name: '@trishankatdatadog/supreme-goggles',
    version: '1.0.4',
    integrity: `sha512-${Buffer.alloc(64, 7).toString('base64')}`,
  });
  routes.set('down@1.0.0', { kind: 'status', status: 502 });
  routes.set('garbled@1.0.0', { kind: 'malformed' });
  routes.set('sluggish@1.0.0', { kind: 'slow', ms: 3000, then: { kind: 'none' } });
  routes.set('flaky-none@2.0.0', { kind: 'flaky', status: 503, times: 1, then: { kind: 'none' } });
  for (const n of ['down', 'garbled', 'sluggish'])
    entries.push({ name: n, version: '1.0.0', integrity: `sha512-${Buffer.alloc(64, 1).toString('base64')}` });
  entries.push({ name: 'flaky-none', version: '2.0.0', integrity: `sha512-${Buffer.alloc(64, 2).toString('base64')}` });
  for (let i = 0; i < N_PLAIN; i++)
    entries.push({
      name: `plain-${String(i).padStart(3, '0')}`,
      version: '1.0.0',
      integrity: `sha512-${Buffer.alloc(64, i % 250).toString('base64')}`,
    });
  // the same name at two places in the tree counts once
  lock = join(dir, 'package-lock.json');
  writeFileSync(lock, packageLock(entries));
  reg = await startFakeRegistry(routes);
  for (const r of REAL)
    reg.manifests.set(`${r.name}@${r.version}`, {
      kind: 'json',
      value: { name: r.name, version: r.version, repository: { type: 'git', url: r.repo } },
    });
}, 120000);

afterAll(() => reg?.close());

const env = { PROVENANT_RETRY_BASE_MS: '20' };

describe('provenant audit --lockfile against a local registry (dist/cli.js)', () => {
  let first: any;
  test('levels per dependency: real provenance verified, no provenance is L0, failures and registry errors reported per package', async () => {
    const r = await runCli(
      [
        'audit',
        '--lockfile',
        lock,
        '--registry',
        reg.url,
        '--concurrency',
        '8',
        '--timeout-ms',
        '700',
        '--cache',
        join(dir, 'cache'),
        '--json',
      ],
      { cwd: dir, env },
    );
    // registry errors are errors (exit 1), said on stderr
    expect(r.stderr).toBe('error: 3 of 299 package(s) could not be evaluated (registry errors)\n');
    first = JSON.parse(r.stdout);
    const by = (k: string) =>
      first.packages.find((p: { name: string; version: string }) => `${p.name}@${p.version}` === k);
    expect(first.packages).toHaveLength(3 + 2 + 4 + N_PLAIN);
    for (const real of REAL) {
      const p = by(`${real.name}@${real.version}`);
      expect(p).toMatchObject({ status: 'verified' });
      expect(p.sourceRepo).toMatch(/github\.com/);
    }
    // levels from evidence: sigstore@1.0.0's certificate predates the runner-environment extension (L1, with the
    // reason); the npm CLI provenance of a github-hosted run is L2
    expect(by('sigstore@1.0.0')).toMatchObject({
      level: 1,
      detail: "L2: runner environment 'unknown' is not github-hosted",
    });
    expect(by('@laurentsimon/provenance-npm-test@1.0.3').level).toBe(2);
    expect(by('@evil/sigstore-copy@1.0.0')).toMatchObject({ status: 'failed', level: null });
    expect(by('@evil/sigstore-copy@1.0.0').detail).toMatch(/SUBJECT_MISMATCH.*pkg:npm\/sigstore@1\.0\.0/);
    expect(by('@trishankatdatadog/supreme-goggles@1.0.4')).toMatchObject({ status: 'failed', level: null });
    expect(by('@trishankatdatadog/supreme-goggles@1.0.4').detail).toMatch(/SUBJECT_MISMATCH/);
    expect(by('down@1.0.0')).toMatchObject({ status: 'error', level: null });
    expect(by('down@1.0.0').detail).toMatch(/registry: HTTP 502 after 4 attempts/);
    expect(by('garbled@1.0.0')).toMatchObject({ status: 'error', level: null });
    expect(by('garbled@1.0.0').detail).toMatch(/malformed/);
    expect(by('sluggish@1.0.0')).toMatchObject({ status: 'error', level: null });
    expect(by('sluggish@1.0.0').detail).toMatch(/timed out/);
    expect(by('flaky-none@2.0.0')).toMatchObject({ status: 'no-provenance', level: 0 });
    expect(by('plain-000@1.0.0')).toMatchObject({ status: 'no-provenance', level: 0 });
    const l = REAL.map((x) => by(`${x.name}@${x.version}`).level as number);
    expect(first.totals).toEqual({
      L0: N_PLAIN + 1,
      L1: l.filter((x) => x === 1).length,
      L2: l.filter((x) => x === 2).length,
      L3: l.filter((x) => x === 3).length,
      failed: 2,
      error: 3,
    });
    expect(first.dependencyLevels.SLSA_BUILD_LEVEL_0).toBe(N_PLAIN + 1);
    expect(first.dependencyLevels.FAILED).toBe(2);
    expect(first.dependencyLevels.SLSA_BUILD_LEVEL_UNEVALUATED).toBe(3);
    // retries: the flaky document took three requests; a permanent 502 four; concurrency stayed bounded
    expect(reg.hits.get('@laurentsimon/provenance-npm-test@1.0.3')).toBe(3);
    expect(reg.hits.get('down@1.0.0')).toBe(4);
    expect(reg.peakInFlight).toBeLessThanOrEqual(8);
    expect(reg.peakInFlight).toBeGreaterThan(1);
    expect(r.code).toBe(1); // verification failures
  }, 120000);

  test('the on-disk cache answers again without the registry; errors are not cached', async () => {
    const before = new Map(reg.hits);
    const beforeManifests = new Map(reg.otherHits);
    const r = await runCli(
      [
        'audit',
        '--lockfile',
        lock,
        '--registry',
        reg.url,
        '--timeout-ms',
        '700',
        '--cache',
        join(dir, 'cache'),
        '--json',
      ],
      { cwd: dir, env },
    );
    const again = JSON.parse(r.stdout);
    expect(again.totals).toEqual(first.totals);
    expect(reg.hits.get('plain-000@1.0.0')).toBe(before.get('plain-000@1.0.0'));
    expect(reg.hits.get('sigstore@1.0.0')).toBe(before.get('sigstore@1.0.0'));
    // the version manifest (the package's repository) comes from the cache too
    expect(reg.otherHits.get('sigstore@1.0.0')).toBe(beforeManifests.get('sigstore@1.0.0'));
    expect(beforeManifests.get('sigstore@1.0.0')).toBe(1);
    expect(reg.hits.get('down@1.0.0')).toBe(before.get('down@1.0.0')! + 4);
    expect(again.packages.find((p: { name: string }) => p.name === 'sigstore').cached).toBe(true);
  }, 120000);

  test('a tampered cache entry is not trusted (refetched)', async () => {
    const { readdirSync } = await import('node:fs');
    const cacheDir = join(dir, 'cache');
    for (const f of readdirSync(cacheDir)) {
      const data = readFileSync(join(cacheDir, f));
      if (data.toString().startsWith('200 ')) writeFileSync(join(cacheDir, f), Buffer.concat([data, Buffer.from(' ')]));
    }
    const before = reg.hits.get('sigstore@1.0.0')!;
    const r = await runCli(
      ['audit', '--lockfile', lock, '--registry', reg.url, '--timeout-ms', '700', '--cache', cacheDir, '--json'],
      { cwd: dir, env },
    );
    expect(JSON.parse(r.stdout).totals).toEqual(first.totals);
    expect(reg.hits.get('sigstore@1.0.0')).toBe(before + 1);
  }, 120000);

  test('human table, --min-level gate and usage errors', async () => {
    const small = join(dir, 'small-lock.json');
    writeFileSync(
      small,
      packageLock([
        { name: REAL[2].name, version: REAL[2].version, integrity: integrity(join(CORPUS, REAL[2].tgz)) },
        { name: 'plain-001', version: '1.0.0', integrity: `sha512-${Buffer.alloc(64, 1).toString('base64')}` },
      ]),
    );
    const ok = await runCli(['audit', '--lockfile', small, '--registry', reg.url, '--no-cache'], { cwd: dir, env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/@laurentsimon\/provenance-npm-test@1\.0\.3\tL2\tverified/);
    expect(ok.stdout).toMatch(/plain-001@1\.0\.0\tL0\tno-provenance/);
    expect(ok.stdout).toMatch(/totals: L0 1, /);
    const gate = await runCli(['audit', '--lockfile', small, '--registry', reg.url, '--no-cache', '--min-level', '2'], {
      cwd: dir,
      env,
    });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/1 package\(s\) below SLSA Build L2/);
    expect((await runCli(['audit'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['audit', '--lockfile', small, '--concurrency', '0'], { cwd: dir })).code).toBe(2);
    const missing = await runCli(['audit', '--lockfile', join(dir, 'nope.json')], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/FILE_NOT_FOUND/);
  }, 120000);
});

describe('provenant audit DIR (a release folder)', () => {
  test('a table of every artifact with level, builder and source, totals per level, and the --min-level gate', async () => {
    const rel = join(dir, 'release');
    mkdirSync(rel);
    copyFileSync(join(CORPUS, REAL[2].tgz), join(rel, 'provenance-npm-test-1.0.3.tgz'));
    copyFileSync(join(CORPUS, REAL[2].doc), join(rel, 'provenance-npm-test-1.0.3.tgz.att.json'));
    copyFileSync(join(CORPUS, REAL[0].tgz), join(rel, 'sigstore-1.0.0.tgz'));
    copyFileSync(join(CORPUS, REAL[0].doc), join(rel, 'sigstore-1.0.0.tgz.att.json'));
    writeFileSync(join(rel, 'README.txt'), 'no attestation for this one');
    const r = await runCli(['audit', rel, '--json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { artifact: string }) => x.artifact).sort()).toEqual([
      'README.txt',
      'provenance-npm-test-1.0.3.tgz',
      'sigstore-1.0.0.tgz',
    ]);
    const p = out.results.find((x: { artifact: string }) => x.artifact === 'provenance-npm-test-1.0.3.tgz');
    expect(p).toMatchObject({ verified: true, slsaLevel: 2, builderId: 'https://github.com/actions/runner' });
    expect(p.sourceRepo).toMatch(/laurentsimon\/provenance-npm-test/);
    expect(out.results.find((x: { artifact: string }) => x.artifact === 'sigstore-1.0.0.tgz')).toMatchObject({
      verified: true,
      slsaLevel: 1,
    });
    expect(out.totals).toEqual({ L0: 1, L1: 1, L2: 1, L3: 0, failed: 0, error: 0 });
    expect(r.code).toBe(0);
    const gate = await runCli(['audit', rel, '--min-level', '1'], { cwd: dir });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/README\.txt\tL0\tNO/);
    expect(gate.stdout).toMatch(/1 artifact\(s\) below SLSA Build L1/);
    // a glob instead of a folder
    const g = await runCli(['audit', `${rel}/*.tgz*`, '--json'], { cwd: rel });
    expect(
      JSON.parse(g.stdout)
        .results.map((x: { artifact: string }) => x.artifact)
        .sort(),
    ).toEqual(['provenance-npm-test-1.0.3.tgz', 'sigstore-1.0.0.tgz']);
    expect(g.code).toBe(0);
    // an attestation file that is there but unreadable is a failure of its own (its artifact, named by nothing, is L0)
    const bad = join(dir, 'release-bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'app.bin'), 'app');
    writeFileSync(join(bad, 'app.bin.sigstore.json'), '{"not": "a bundle"');
    writeFileSync(join(bad, 'plain.bin'), 'no attestation');
    const b = JSON.parse((await runCli(['audit', bad, '--json'], { cwd: dir })).stdout);
    expect(b.totals).toEqual({ L0: 2, L1: 0, L2: 0, L3: 0, failed: 1, error: 0 });
    expect(b.results.find((x: { artifact: string }) => x.artifact === 'app.bin.sigstore.json').verified).toBe(false);
  }, 120000);
});

describe('totals', () => {
  const result = (checks: Array<{ code: string; ok: boolean; detail: string }>, verified = false, slsaLevel = 0) =>
    ({ verified, slsaLevel, checks }) as unknown as ArtifactResult;
  test('L0 only when no attestation is the sole failure; one that was there but failed to load or verify is failed', () => {
    const totals = { L0: 0, L1: 0, L2: 0, L3: 0, failed: 0, error: 0 };
    tallyResult(result([{ code: 'attestation', ok: false, detail: '[ATTESTATION_NOT_FOUND] none' }]), totals);
    tallyResult(
      result([
        { code: 'load', ok: false, detail: '[BUNDLE_INVALID] referrer sha256:ab: not JSON' },
        { code: 'attestation', ok: false, detail: '[ATTESTATION_NOT_FOUND] none parsed' },
      ]),
      totals,
    );
    tallyResult(result([{ code: 'registry', ok: false, detail: '[REGISTRY_UNREACHABLE] down' }]), totals);
    tallyResult(result([{ code: 'signature', ok: true, detail: 'ok' }], true, 2), totals);
    expect(totals).toEqual({ L0: 1, L1: 0, L2: 1, L3: 0, failed: 1, error: 1 });
  });
});
