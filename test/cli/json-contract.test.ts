// --json is a versioned contract: every command's output (and every error) carries schemaVersion 1 and validates
// against its JSON Schema in schemas/ (ajv, draft 2020-12); digests are always objects; no implementation details.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Ajv2020Module from 'ajv/dist/2020.js';
import { CORPUS, REPO_ROOT } from '../support/paths.js';
import { ensureBuilt, runCli } from '../support/runner.js';
import { startFakeRegistry, type FakeRegistry } from '../support/fake-registry.js';

type Validate = ((v: unknown) => boolean) & { errors?: unknown };
const Ajv2020 = ((m: any) =>
  typeof m === 'function' ? m : typeof m.default === 'function' ? m.default : m.default.default)(Ajv2020Module);
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
for (const f of readdirSync(join(REPO_ROOT, 'schemas')).filter((n) => n.startsWith('cli-')))
  ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', f), 'utf8')));
const schema = (name: string): Validate => ajv.getSchema(`https://provenant.dev/schemas/${name}.json`) as Validate;

/** Asserts that `stdout` is one JSON document valid against the schema; returns it. */
function valid(name: string, stdout: string): any {
  const doc = JSON.parse(stdout);
  const v = schema(name);
  expect({ name, ok: v(doc), errors: v.errors ?? null }).toEqual({ name, ok: true, errors: null });
  expect(doc.schemaVersion).toBe(1);
  expect(JSON.stringify(doc)).not.toMatch(/"threads"/);
  return doc;
}

let dir: string;
let reg: FakeRegistry;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-json-'));
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(dir, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'app.bin'), 'app');
  writeFileSync(join(dir, 'dist', 'tool.bin'), 'tool');
  reg = await startFakeRegistry();
}, 120000);
afterAll(() => reg?.close());

describe('--json outputs validate against schemas/cli-*.json', () => {
  test('attest: subjects with digest objects', async () => {
    const r = await runCli(['attest', 'dist/app.bin', '--key', 'key.pem', '--output-dir', 'att', '--json'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const doc = valid('cli-attest', r.stdout);
    expect(doc.subjects).toEqual([
      { name: 'dist/app.bin', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    ]);
  });

  test('verify: an attestation that failed beside the one that passed is listed under "rejected"', async () => {
    for (const name of ['ok', 'tampered']) {
      const a = await runCli(
        ['attest', 'dist/tool.bin', '--key', 'key.pem', '--output-dir', 'rej', '--output-name', name],
        {
          cwd: dir,
        },
      );
      expect(a.code).toBe(0);
    }
    const bad = JSON.parse(readFileSync(join(dir, 'rej', 'tampered.sigstore.json'), 'utf8'));
    bad.dsseEnvelope.payload = Buffer.from('{"changed":true}').toString('base64');
    writeFileSync(join(dir, 'rej', 'tampered.sigstore.json'), JSON.stringify(bad));
    const r = await runCli(
      [
        'verify',
        'dist/tool.bin',
        '--key',
        'key.pub',
        '--bundle',
        'rej/ok.sigstore.json',
        '--bundle',
        'rej/tampered.sigstore.json',
        '--json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const doc = valid('cli-verify', r.stdout);
    expect(doc.results[0].verified).toBe(true);
    expect(doc.results[0].rejected).toEqual([
      { attestation: expect.stringContaining('tampered'), failed: expect.any(Array) },
    ]);
  });

  test('verify: a pass, a failure and a missing artifact in one report (the missing one does not abort it)', async () => {
    const r = await runCli(
      [
        'verify',
        'dist/app.bin',
        'dist/tool.bin',
        'dist/gone.bin',
        '--bundle',
        'att/app.bin.sigstore.json',
        '--key',
        'key.pub',
        '--json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const doc = valid('cli-verify', r.stdout);
    expect(doc.verified).toBe(false);
    expect(doc.results.map((x: any) => [x.artifact, x.verified])).toEqual([
      ['dist/app.bin', true],
      ['dist/tool.bin', false],
      ['dist/gone.bin', false],
    ]);
    expect(doc.results[0].digest).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      sha512: expect.stringMatching(/^[0-9a-f]{128}$/),
    });
    expect(doc.results[2]).toMatchObject({
      digest: null,
      checks: [{ code: 'artifact', ok: false, detail: expect.stringMatching(/^\[FILE_NOT_FOUND\]/) }],
    });
    // a digest given on the command line is an object too
    const d = await runCli(
      [
        'verify',
        `sha256:${doc.results[0].digest.sha256}`,
        '--bundle',
        'att/app.bin.sigstore.json',
        '--key',
        'key.pub',
        '--json',
      ],
      { cwd: dir },
    );
    expect(d.code).toBe(0);
    expect(valid('cli-verify', d.stdout).results[0].digest).toEqual({ sha256: doc.results[0].digest.sha256 });
  });

  test('verify --layout', async () => {
    const lay = mkdtempSync(join(tmpdir(), 'prov-json-layout-'));
    cpSync(join(CORPUS, 'in-toto', 'intoto-derived-demo-single-signed'), lay, { recursive: true });
    const ok = await runCli(
      ['verify', '--layout', 'root.layout', '--layout-key', 'alice.pub', 'foo.tar.gz', 'nope.tgz', '--json'],
      { cwd: lay },
    );
    expect(ok.code).toBe(1);
    const doc = valid('cli-verify', ok.stdout);
    expect(doc.artifacts.map((a: any) => a.ok)).toEqual([true, false]);
    // an artifact that is a FIFO, a device or a folder: an error, and the chain is not reported as verified
    execFileSync('mkfifo', [join(lay, 'fifo')]);
    for (const odd of ['fifo', '/dev/null', '.']) {
      const r = await runCli(
        ['verify', '--layout', 'root.layout', '--layout-key', 'alice.pub', 'foo.tar.gz', odd, '--json'],
        {
          cwd: lay,
        },
      );
      expect(r.code).toBe(1);
      const d = valid('cli-verify', r.stdout);
      expect({ odd, verified: d.verified, error: d.error?.code }).toEqual({
        odd,
        verified: false,
        error: 'FILE_NOT_REGULAR',
      });
      const text = await runCli(['verify', '--layout', 'root.layout', '--layout-key', 'alice.pub', odd], { cwd: lay });
      expect(text.code).toBe(1);
      expect(text.stdout).not.toContain('the supply chain verifies');
    }
    const expired = mkdtempSync(join(tmpdir(), 'prov-json-layout-'));
    cpSync(join(CORPUS, 'in-toto', 'intoto-derived-demo-expired'), expired, { recursive: true });
    const bad = await runCli(['verify', '--layout', 'root.layout', '--layout-key', 'alice.pub', '--json'], {
      cwd: expired,
    });
    expect(bad.code).toBe(1);
    expect(valid('cli-verify', bad.stdout).error.code).toBe('LAYOUT_EXPIRED');
  });

  test('verify-vsa', async () => {
    const v = await runCli(
      [
        'verify',
        'dist/app.bin',
        '--bundle',
        'att/app.bin.sigstore.json',
        '--key',
        'key.pub',
        '--key',
        'key.pem',
        '--vsa-out',
        'vsa',
        '--json',
      ],
      { cwd: dir },
    );
    expect(v.code).toBe(0);
    const doc = valid('cli-verify', v.stdout);
    const r = await runCli(['verify-vsa', doc.vsas[0].path, 'dist/app.bin', '--key', 'key.pub', '--json'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(valid('cli-verify-vsa', r.stdout)).toMatchObject({ verified: true, slsaLevel: 1 });
  });

  test('audit of a folder and of a lockfile', async () => {
    const r = await runCli(['audit', 'dist', '--key', 'key.pub', '--json'], { cwd: dir });
    const doc = valid('cli-audit', r.stdout);
    expect(doc.kind).toBe('folder');
    expect(doc.results.every((x: any) => x.digest && typeof x.digest.sha256 === 'string')).toBe(true);
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify({
        name: 'a',
        lockfileVersion: 3,
        packages: {
          '': { name: 'a' },
          'node_modules/left-pad': { version: '1.3.0', integrity: `sha512-${Buffer.alloc(64, 3).toString('base64')}` },
        },
      }),
    );
    const l = await runCli(
      ['audit', '--lockfile', 'package-lock.json', '--registry', reg.url, '--no-cache', '--json'],
      { cwd: dir },
    );
    const ld = valid('cli-audit', l.stdout);
    expect(ld).toMatchObject({ kind: 'lockfile', packages: [{ name: 'left-pad', version: '1.3.0' }] });
    // a registry that answers 404 to everything does not serve attestations: reported, and the audit fails
    expect(l.code).toBe(ld.registryProblem || ld.totals.error ? 1 : 0);
  });
});

describe('--json of record and layout', () => {
  test('record start/stop and layout new/sign', async () => {
    const k = generateKeyPairSync('ed25519');
    writeFileSync(join(dir, 'alice.pem'), k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    writeFileSync(join(dir, 'alice.pub'), k.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    const env = { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'prov-json-rt-')) };
    const start = await runCli(
      ['record', 'start', '--step', 'pack', '--key', 'alice.pem', '--materials', 'dist', '--json'],
      { cwd: dir, env },
    );
    expect(start.code).toBe(0);
    expect(valid('cli-record', start.stdout)).toMatchObject({ step: 'pack', materials: 2 });
    const stop = await runCli(
      ['record', 'stop', '--step', 'pack', '--key', 'alice.pem', '--products', 'dist', '--json'],
      { cwd: dir, env },
    );
    expect(stop.code).toBe(0);
    expect(valid('cli-record', stop.stdout)).toMatchObject({
      step: 'pack',
      materials: 2,
      products: 2,
      link: expect.stringMatching(/pack\.[0-9a-f]{8}\.link$/),
    });
    writeFileSync(
      join(dir, 'layout.yaml'),
      'expires: 30d\nkeys: { alice: alice.pub }\nsteps:\n  - name: pack\n    functionaries: [alice]\n',
    );
    const made = await runCli(['layout', 'new', 'layout.yaml', '-o', 'root.layout', '--json'], { cwd: dir });
    expect(made.code).toBe(0);
    expect(valid('cli-layout', made.stdout)).toMatchObject({
      layout: 'root.layout',
      format: 'metablock',
      signatures: 0,
    });
    const signed = await runCli(['layout', 'sign', 'root.layout', '-k', 'alice.pem', '--json'], { cwd: dir });
    expect(signed.code).toBe(0);
    expect(valid('cli-layout', signed.stdout)).toMatchObject({ signatures: 1 });
  });
});

describe('errors are JSON on stdout with a non-zero exit', () => {
  test.each([
    [['verify', 'dist/app.bin', '--json', '--bogus'], 2, 'USAGE'],
    [['attest', 'dist/app.bin', '--json'], 2, 'USAGE'],
    [['attest', '--unsigned', '--digest', 'md5', 'dist/app.bin', '--format', 'json'], 2, 'USAGE'],
    [['verify', 'dist/app.bin', '--trusted-root', 'nope.json', '--json'], 1, 'FILE_NOT_FOUND'],
    [['audit', 'nope-dir', '--json'], 1, 'FILE_NOT_FOUND'],
    [['verify-vsa', 'nope.json', 'dist/app.bin', '--key', 'key.pub', '--json', '--min-level', '9'], 2, 'USAGE'],
    // a regular expression that does not compile is a usage error, as in verify (not a rejected VSA, exit 1)
    [
      ['verify-vsa', 'nope.json', 'dist/app.bin', '--cert-identity-regex', '(', '--cert-oidc-issuer', 'x', '--json'],
      2,
      'USAGE',
    ],
    [['record', 'stop', '--step', 'never', '--key', 'key.pem', '--json'], 1, 'FILE_NOT_FOUND'],
    [['layout', 'sign', 'nope.layout', '--key', 'key.pem', '--json'], 1, 'FILE_NOT_FOUND'],
  ])('%j → exit %i, {"error":{"code":"%s"}}', async (args, code, errCode) => {
    const r = await runCli(args as string[], { cwd: dir });
    expect(r.code).toBe(code);
    const doc = valid('cli-error', r.stdout);
    expect(doc.error.code === errCode || (errCode === 'FILE_NOT_FOUND' && /FILE|TRUST_ROOT/.test(doc.error.code))).toBe(
      true,
    );
    expect(r.stderr).toMatch(/^provenant: \[/);
  });
});
