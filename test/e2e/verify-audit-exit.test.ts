/**
 * Issue 12 finding 14, for `verify --audit-lockfile` and the verify action's `audit-lockfile`: the dependency audit
 * decides as `audit --lockfile` does (src/audit/index.ts lockfileAuditFailures): a registry request that failed, or a
 * registry that does not serve attestations (a mirror: 404 for every package while its manifests list attestations),
 * fails the command (exit 1) and the step, even when every artifact verified. Packages that simply have no
 * provenance stay L0 and pass. A fake registry on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockfileAuditFailures, type LockfileAudit } from '../../src/audit/index.js';
import { startFakeRegistry, type Behavior, type FakeRegistry } from '../support/fake-registry.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

let ws: string;
const registries: FakeRegistry[] = [];
const RETRY = { PROVENANT_RETRY_BASE_MS: '5' };

const tarball = (name: string) => Buffer.from(`tarball of ${name}`);
const integrity = (b: Buffer) => `sha512-${createHash('sha512').update(b).digest('base64')}`;
const manifest = (name: string, attestations: boolean): Behavior => ({
  kind: 'json',
  value: {
    name,
    version: '1.0.0',
    dist: {
      integrity: integrity(tarball(name)),
      ...(attestations ? { attestations: { url: `x/-/npm/v1/attestations/${name}@1.0.0`, provenance: {} } } : {}),
    },
  },
});

function lockfile(file: string, names: string[]): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
  for (const n of names) packages[`node_modules/${n}`] = { version: '1.0.0', integrity: integrity(tarball(n)) };
  writeFileSync(join(ws, file), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages }));
  return file;
}

async function registry(routes: Array<[string, Behavior]>, manifests: Array<[string, Behavior]> = []) {
  const r = await startFakeRegistry(new Map(routes));
  for (const [k, v] of manifests) r.manifests.set(k, v);
  registries.push(r);
  return r;
}

const verifyCli = (lock: string, url: string, extra: string[] = []) =>
  runCli(
    ['verify', 'app.tgz', '--key', 'key.pub', '--audit-lockfile', lock, '--registry', url, '--no-cache', ...extra],
    { cwd: ws, env: RETRY },
  );
const verifyAction = (lock: string, url: string) =>
  runAction(
    'verify-action.js',
    { artifacts: 'app.tgz', keys: 'key.pub', 'audit-lockfile': lock, registry: url },
    githubEnv(ws, {}, RETRY),
  );

beforeAll(async () => {
  await ensureBuilt();
  ws = mkdtempSync(join(tmpdir(), 'prov-verify-audit-'));
  writeFileSync(join(ws, 'app.tgz'), 'release');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(ws, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(ws, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  expect((await runCli(['attest', 'app.tgz', '--key', 'key.pem'], { cwd: ws })).code).toBe(0);
}, 120000);

afterAll(async () => {
  await Promise.all(registries.map((r) => r.close()));
});

describe('verify --audit-lockfile fails as audit --lockfile does (finding 14)', () => {
  test('every registry request failed: the artifact verifies, the command exits 1 naming the registry errors', async () => {
    const down = await registry([
      ['a@1.0.0', { kind: 'status', status: 503 }],
      ['b@1.0.0', { kind: 'status', status: 500 }],
    ]);
    const lock = lockfile('down-lock.json', ['a', 'b']);
    const r = await verifyCli(lock, down.url, ['--timeout-ms', '2000']);
    expect(r.stdout).toMatch(/app\.tgz\tyes\tL1/);
    expect(r.stdout).toMatch(/errors 2/);
    expect(r.stderr).toContain('error: --audit-lockfile: 2 of 2 package(s) could not be evaluated (registry errors)');
    expect(r.code).toBe(1);
    // --json: the same exit code, the audit in the document
    const j = await verifyCli(lock, down.url, ['--timeout-ms', '2000', '--json']);
    expect(j.code).toBe(1);
    const doc = JSON.parse(j.stdout);
    expect(doc.verified).toBe(true);
    expect(doc.audit.totals).toMatchObject({ error: 2 });
  }, 120000);

  test('one registry error among good answers fails it too', async () => {
    const some = await registry([['b@1.0.0', { kind: 'status', status: 500 }]], [['a@1.0.0', manifest('a', false)]]);
    const r = await verifyCli(lockfile('some-lock.json', ['a', 'b']), some.url);
    expect(r.stderr).toContain('error: --audit-lockfile: 1 of 2 package(s) could not be evaluated');
    expect(r.code).toBe(1);
  }, 120000);

  test('a mirror without the attestations endpoint: exit 1, "the registry does not serve attestations"', async () => {
    const mirror = await registry(
      [],
      [
        ['a@1.0.0', manifest('a', true)],
        ['b@1.0.0', manifest('b', false)],
      ],
    );
    const r = await verifyCli(lockfile('mirror-lock.json', ['a', 'b']), mirror.url);
    expect(r.stderr).toMatch(/error: --audit-lockfile: the registry does not serve attestations/);
    expect(r.code).toBe(1);
  }, 120000);

  test('packages without provenance (404, manifests list none) stay L0: exit 0, with the mirror note', async () => {
    const plain = await registry(
      [],
      [
        ['a@1.0.0', manifest('a', false)],
        ['b@1.0.0', manifest('b', false)],
      ],
    );
    const r = await verifyCli(lockfile('plain-lock.json', ['a', 'b']), plain.url);
    expect(r.stderr).not.toMatch(/error:/);
    expect(r.stderr).toMatch(/warning: every package answered 404/);
    expect(r.stdout).toMatch(/totals: L0 2, L1 0, L2 0, L3 0, failed 0, errors 0/);
    expect(r.code).toBe(0);
  }, 120000);
});

describe("the verify action's audit-lockfile fails the step the same way", () => {
  test('registry errors: step fails with an annotation; the artifact itself verified', async () => {
    const down = await registry([
      ['a@1.0.0', { kind: 'status', status: 503 }],
      ['b@1.0.0', { kind: 'status', status: 500 }],
    ]);
    const r = await verifyAction(lockfile('act-down-lock.json', ['a', 'b']), down.url);
    expect(r.outputs.verified).toBe('true');
    expect(r.stdout).toContain('::error::audit-lockfile: 2 of 2 package(s) could not be evaluated (registry errors)');
    expect(r.stdout).toMatch(/::error::audit-lockfile: the dependencies of act-down-lock\.json could not all be/);
    expect(r.code).toBe(1);
  }, 120000);

  test('a mirror without the attestations endpoint: step fails', async () => {
    const mirror = await registry(
      [],
      [
        ['a@1.0.0', manifest('a', true)],
        ['b@1.0.0', manifest('b', false)],
      ],
    );
    const r = await verifyAction(lockfile('act-mirror-lock.json', ['a', 'b']), mirror.url);
    expect(r.stdout).toMatch(/::error::audit-lockfile: the registry does not serve attestations/);
    expect(r.code).toBe(1);
  }, 120000);

  test('no provenance anywhere (L0): the step passes, with the note as a warning', async () => {
    const plain = await registry(
      [],
      [
        ['a@1.0.0', manifest('a', false)],
        ['b@1.0.0', manifest('b', false)],
      ],
    );
    const r = await verifyAction(lockfile('act-plain-lock.json', ['a', 'b']), plain.url);
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.stdout).toMatch(/::warning::audit-lockfile: every package answered 404/);
    expect(r.code).toBe(0);
  }, 120000);
});

describe('lockfileAuditFailures (the one decision audit, verify and the action share)', () => {
  const audit = (totals: Partial<LockfileAudit['totals']>, extra: Partial<LockfileAudit> = {}): LockfileAudit => ({
    lockfile: 'l',
    format: 'package-lock',
    packages: [{ name: 'a', version: '1', purl: 'pkg:npm/a@1', level: null, status: 'error' }],
    totals: { L0: 0, L1: 0, L2: 0, L3: 0, failed: 0, error: 0, ...totals },
    dependencyLevels: {},
    registryKeys: 'npm',
    ...extra,
  });
  test('errors, a registry problem and failed verifications fail; L0 alone does not', () => {
    expect(lockfileAuditFailures(audit({ L0: 1 }))).toEqual({ errors: [], failed: 0, fails: false });
    expect(lockfileAuditFailures(audit({ error: 1 }))).toMatchObject({
      fails: true,
      errors: [expect.stringMatching(/1 of 1 package/)],
    });
    expect(
      lockfileAuditFailures(audit({ error: 1 }, { registryProblem: 'the registry does not serve attestations' })),
    ).toMatchObject({ fails: true, errors: ['the registry does not serve attestations'] });
    expect(lockfileAuditFailures(audit({ failed: 1 }))).toEqual({ errors: [], failed: 1, fails: true });
  });
});
