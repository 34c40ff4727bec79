import { beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCKFILES } from '../support/paths.js';
import { ensureBuilt, runCli } from '../support/runner.js';
import { collectMaterials } from '../../src/materials/index.js';

let ws: string;
beforeAll(async () => {
  await ensureBuilt();
  ws = mkdtempSync(join(tmpdir(), 'prov-mat-'));
  mkdirSync(join(ws, 'web'));
  mkdirSync(join(ws, 'node_modules', 'x'), { recursive: true });
  mkdirSync(join(ws, 'py'));
  // test inputs are copied into a temporary workspace at run time (not into the repository)
  copyFileSync(
    join(LOCKFILES, 'npm/npm-lock-v2-slsa-verifier-installer/package-lock.json'),
    join(ws, 'web', 'package-lock.json'),
  );
  copyFileSync(
    join(LOCKFILES, 'npm/npm-lock-v2-slsa-verifier-installer/package-lock.json'),
    join(ws, 'node_modules', 'x', 'package-lock.json'),
  );
  writeFileSync(join(ws, 'py', 'requirements.txt'), `flask==3.0.0 --hash=sha256:${'a'.repeat(64)}\nrequests\n`);
  writeFileSync(join(ws, 'app.bin'), 'artifact');
}, 120000);

describe('materials from lockfiles', () => {
  test('auto finds lockfiles outside node_modules; packages become purl dependencies; the lockfile has its own digest', async () => {
    const r = await collectMaterials({ patterns: 'auto', baseDir: ws });
    expect(r.lockfiles.map((l) => l.path).sort()).toEqual(['py/requirements.txt', 'web/package-lock.json']);
    const npm = r.lockfiles.find((l) => l.path === 'web/package-lock.json')!;
    expect(npm).toMatchObject({ packages: 306, allPinned: true, missingHashes: [], fullTree: true });
    const py = r.lockfiles.find((l) => l.path === 'py/requirements.txt')!;
    expect(py).toMatchObject({ packages: 2, allPinned: false, missingHashes: ['requests@'], fullTree: false });
    const lock = r.dependencies.find((d) => d.name === 'web/package-lock.json');
    expect(lock?.digest?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const dep = r.dependencies.find((d) => d.uri === 'pkg:npm/emoji-regex@9.2.2');
    expect(dep?.digest?.sha512).toBe(
      '2f5f03689b17494936fb8da9bfc98bb398c94f686a164144e23db5c0e9a06d4aac67684bef636c514efce60f515e0a37b3464d815978d93887a7766d3affd5ca',
    );
    expect(dep?.annotations).toMatchObject({ lockfile: 'web/package-lock.json' });
    const direct = r.dependencies.filter(
      (d) => d.annotations?.direct === true && d.annotations?.lockfile === 'web/package-lock.json',
    );
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.some((d) => String(d.uri).startsWith('pkg:npm/%40actions/core@'))).toBe(true);
  });
  test('--require-hashes names the dependencies without a hash; an unknown format is skipped with a warning', async () => {
    await expect(
      collectMaterials({ patterns: ['py/requirements.txt'], baseDir: ws, requireHashes: true }),
    ).rejects.toThrow(/LOCKFILE_HASHES_MISSING|1 locked dependencies have no hash: py\/requirements.txt: requests@/);
    writeFileSync(join(ws, 'weird.lock'), 'x');
    const warnings: string[] = [];
    const r = await collectMaterials({ patterns: ['weird.lock'], baseDir: ws, onWarning: (m) => warnings.push(m) });
    expect(r.dependencies).toEqual([]);
    expect(warnings[0]).toMatch(/weird.lock: not a lockfile format/);
  });
  test('a malformed lockfile fails with its path', async () => {
    writeFileSync(join(ws, 'Cargo.lock'), '[[package]\n');
    await expect(collectMaterials({ patterns: ['Cargo.lock'], baseDir: ws })).rejects.toThrow(/Cargo.lock: /);
  });
  test('CLI: attest --materials records them in resolvedDependencies and reports the lockfile check', async () => {
    const r = await runCli(['attest', 'app.bin', '--unsigned', '--materials', 'web/package-lock.json', '--json'], {
      cwd: ws,
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.lockfiles[0]).toMatchObject({ path: 'web/package-lock.json', packages: 306 });
    const st = JSON.parse(readFileSync(out.statementPath, 'utf8'));
    const deps = st.predicate.buildDefinition.resolvedDependencies;
    expect(deps.length).toBe(1 + 306); // the lockfile + distinct purls
    const v = await runCli(['verify', 'app.bin', '--allow-unsigned', '--require-material-digests', '--json'], {
      cwd: ws,
    });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).results[0].materials).toEqual({ total: 307, withDigest: 307 });
    expect(
      JSON.parse(v.stdout).results[0].checks.find((c: { code: string }) => c.code === 'material-digests').detail,
    ).toMatch(/all 307 resolved dependencies carry digests/);
    // yarn classic through the bundle (its parser reads __filename, which the ESM bundle must define)
    mkdirSync(join(ws, 'y'), { recursive: true });
    copyFileSync(join(LOCKFILES, 'yarn-classic/yarn-v1-rails/yarn.lock'), join(ws, 'y', 'yarn.lock'));
    const y = await runCli(
      ['attest', 'app.bin', '--unsigned', '--materials', 'y/yarn.lock', '--json', '--output-name', 'y'],
      { cwd: ws },
    );
    expect(y.stderr).toBe('');
    expect(JSON.parse(y.stdout).lockfiles[0]).toMatchObject({
      path: 'y/yarn.lock',
      format: 'yarn classic',
      packages: 759,
    });
    const h = await runCli(
      [
        'attest',
        'app.bin',
        '--unsigned',
        '--materials',
        'py/requirements.txt',
        '--require-hashes',
        '--output-name',
        'x',
      ],
      { cwd: ws },
    );
    expect(h.code).toBe(1);
    expect(h.stderr).toMatch(/\[LOCKFILE_HASHES_MISSING\].*requests/);
  });
});

describe('toResourceDescriptors', () => {
  test('a package locked twice without a hash has no digest (never an empty digest set); with hashes they merge', async () => {
    const { toResourceDescriptors } = await import('../../src/materials/index.js');
    const base = { name: 'a', version: '1.0.0', purl: 'pkg:npm/a@1.0.0' };
    const none = toResourceDescriptors(
      [
        { ...base, digest: {} },
        { ...base, digest: {} },
      ] as never,
      'package-lock.json',
    );
    expect(none).toHaveLength(1);
    expect(none[0].digest).toBeUndefined();
    const merged = toResourceDescriptors(
      [
        { ...base, digest: {} },
        { ...base, digest: { sha512: 'ab' } },
      ] as never,
      'package-lock.json',
    );
    expect(merged[0].digest).toEqual({ sha512: 'ab' });
  });
});
