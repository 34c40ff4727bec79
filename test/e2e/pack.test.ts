// The package a user installs: `npm pack` ships only what users need (dist/, both action.yml, schemas/, README.md,
// LICENSE, package.json), the tarball installs into an empty folder with nothing to download (--offline, a fresh
// cache: dist/ is self-contained), and its `provenant` bin attests and verifies there.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { ensureBuilt } from '../support/runner.js';

let work: string;
let app: string;
let files: string[];
// the installed bin runs on `node` from PATH: Node 24 (what engines asks) first
const PATH = `${dirname(process.execPath)}:${process.env.PATH}`;

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { PATH, HOME: process.env.HOME ?? '/root', ...env },
    timeout: 300000,
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

beforeAll(async () => {
  await ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'prov-pack-'));
  const packed = sh('npm', ['pack', '--json', '--pack-destination', work], REPO_ROOT, {
    npm_config_cache: join(work, 'pack-cache'),
  });
  expect(packed.code).toBe(0);
  const info = JSON.parse(packed.stdout)[0] as { filename: string; files: Array<{ path: string }> };
  files = info.files.map((f) => f.path).sort();
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'empty', private: true }));
  const inst = sh(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(work, 'fresh-cache'),
      join(work, info.filename),
    ],
    app,
  );
  expect({ code: inst.code, stderr: inst.stderr.replace(/npm warn EBADENGINE.*\n/g, '') }).toMatchObject({ code: 0 });
}, 600000);

describe('npm pack → npm install → provenant', () => {
  test('the tarball holds only dist/, action.yml, verify/action.yml, schemas/, README.md, LICENSE, package.json', () => {
    const stray = files.filter(
      (f) =>
        !/^(dist\/[^/]+\.js|schemas\/[^/]+\.(json|md)|action\.yml|verify\/action\.yml|README\.md|LICENSE|package\.json)$/.test(
          f,
        ),
    );
    expect(stray).toEqual([]);
    for (const f of [
      'dist/cli.js',
      'dist/verify-worker.js',
      'dist/attest.js',
      'dist/verify-action.js',
      'action.yml',
      'verify/action.yml',
      'LICENSE',
      'README.md',
      'schemas/cli-verify.json',
    ])
      expect(files).toContain(f);
  });

  test('installing pulls nothing else (dist/ bundles its dependencies) and the bin is executable', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['provenant']);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'provenant', 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ provenant: 'dist/cli.js' });
    expect(statSync(join(app, 'node_modules', 'provenant', 'dist', 'cli.js')).mode & 0o111).not.toBe(0);
  });

  test('provenant --help, attest with a key and verify run from the installed package', () => {
    expect(sh('node', ['--version'], app).stdout).toMatch(/^v(2[4-9]|[3-9]\d)\./);
    const bin = join(app, 'node_modules', '.bin', 'provenant');
    const help = sh(bin, ['--help'], app);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^provenant \d+\.\d+\.\d+: produce and verify/);
    expect(help.stdout).toMatch(/verify /);
    const kp = generateKeyPairSync('ed25519');
    writeFileSync(join(app, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    writeFileSync(join(app, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    mkdirSync(join(app, 'out'));
    // enough artifacts for verify to use its worker threads (dist/verify-worker.js beside dist/cli.js)
    for (let i = 0; i < 24; i++) writeFileSync(join(app, 'out', `pkg-${i}.tgz`), `package ${i}`);
    const att = sh(
      bin,
      ['attest', 'out', '--key', 'key.pem', '--attestation-per-subject', '--output-dir', 'out', '--json'],
      app,
    );
    expect(att.code).toBe(0);
    expect(JSON.parse(att.stdout).subjects).toHaveLength(24);
    const ok = sh(bin, ['verify', 'out/*.tgz', '--key', 'key.pub', '--json'], app);
    expect(ok.code).toBe(0);
    const doc = JSON.parse(ok.stdout);
    expect(doc.results).toHaveLength(24);
    expect(doc.results.every((r: { verified: boolean; slsaLevel: number }) => r.verified && r.slsaLevel === 1)).toBe(
      true,
    );
    writeFileSync(join(app, 'out', 'pkg-0.tgz'), 'tampered');
    const bad = sh(bin, ['verify', 'out/pkg-0.tgz', '--key', 'key.pub'], app);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/SUBJECT_MISMATCH/);
  });
});
