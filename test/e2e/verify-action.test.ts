import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { CORPUS } from '../support/paths.js';
import { startFakeRegistry, type FakeRegistry } from '../support/fake-registry.js';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

let ws: string;
let reg: FakeRegistry;
afterAll(() => reg?.close());
beforeAll(async () => {
  await ensureBuilt();
  ws = mkdtempSync(join(tmpdir(), 'prov-va-'));
  writeFileSync(join(ws, 'app.tgz'), 'release');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(ws, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(ws, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  expect((await runCli(['attest', 'app.tgz', '--key', 'key.pem'], { cwd: ws })).code).toBe(0);
}, 120000);

describe('verify action (dist/verify-action.js)', () => {
  test('verified artifact: outputs, report file and summary table', async () => {
    const env = githubEnv(ws, {});
    const r = await runAction(
      'verify-action.js',
      { artifacts: 'app.tgz', keys: join(ws, 'key.pub'), 'min-slsa-level': '1' },
      env,
    );
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(r.outputs['slsa-level']).toBe('1');
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.results[0]).toMatchObject({ artifact: 'app.tgz', verified: true, slsaLevel: 1 });
    expect(r.summary).toMatch(/Provenant verification/);
    expect(r.summary).toMatch(/app.tgz/);
  });
  test('below the minimum level: fails with an annotation naming the check; the level found is still reported', async () => {
    const env = githubEnv(ws, {});
    const r = await runAction(
      'verify-action.js',
      { artifacts: 'app.tgz', keys: join(ws, 'key.pub'), 'min-slsa-level': '2' },
      env,
    );
    expect(r.code).toBe(1);
    expect(r.outputs.verified).toBe('false');
    expect(r.stdout).toMatch(/::error::app.tgz: min-level: \[LEVEL_TOO_LOW\] SLSA Build L1 < required L2/);
    // issue 13, point 7: the evidence says L1; the verdict (verified: false) and the minimum are separate
    expect(r.outputs['slsa-level']).toBe('1');
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.results[0]).toMatchObject({ artifact: 'app.tgz', verified: false, slsaLevel: 1, minLevel: 2 });
    expect(report.results[0].nextLevel).toEqual(['L2: not signed by a hosted builder identity (keyless certificate)']);
    // the summary says it too: L1 below L2, and why L2 was missed
    const row = r.summary.split('\n').find((l) => l.startsWith('| app.tgz |'))!;
    expect(row).toContain('| ❌ | L1 (below L2) |');
    expect(row).toContain('L2: not signed by a hosted builder identity');
  });
  test('CLI: --min-level 2 on L1 evidence: slsaLevel 1, verified false, minLevel 2, and the next-level reason', async () => {
    const j = await runCli(['verify', 'app.tgz', '--key', 'key.pub', '--min-level', '2', '--json'], { cwd: ws });
    expect(j.code).toBe(1);
    const res = JSON.parse(j.stdout).results[0];
    expect(res).toMatchObject({ verified: false, slsaLevel: 1, minLevel: 2 });
    expect(res.nextLevel[0]).toMatch(/^L2: /);
    const t = await runCli(['verify', 'app.tgz', '--key', 'key.pub', '--min-level', '2'], { cwd: ws });
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/^app\.tgz\tNO\tL1\t/m);
    expect(t.stdout).toMatch(/✗ min-level: \[LEVEL_TOO_LOW\] SLSA Build L1 < required L2/);
    expect(t.stdout).toMatch(/next level: L2: not signed by a hosted builder identity/);
  });
  test('no trusted key: fails closed', async () => {
    const env = githubEnv(ws, {});
    const r = await runAction('verify-action.js', { artifacts: 'app.tgz' }, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/KEY_UNTRUSTED/);
    // why the next level (L1) was missed is said for a failure too (issue 13, point 7)
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.results[0]).toMatchObject({
      verified: false,
      slsaLevel: 0,
      nextLevel: ['L1: failed check signature'],
    });
    expect(r.summary).toContain('| L1: failed check signature |');
  });
  test('vsa and audit-lockfile: signed VSAs with dependencyLevels, the dependency table in the summary', async () => {
    const doc = readFileSync(
      join(
        CORPUS,
        'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz.json',
      ),
    );
    const tgz = readFileSync(
      join(CORPUS, 'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz'),
    );
    reg = await startFakeRegistry(
      new Map([
        ['@laurentsimon/provenance-npm-test@1.0.3', { kind: 'doc', body: doc }],
        ['down@1.0.0', { kind: 'status', status: 500 }],
      ]),
    );
    // the package's repository (its version manifest): the provenance is bound to it
    reg.manifests.set('@laurentsimon/provenance-npm-test@1.0.3', {
      kind: 'json',
      value: { repository: 'git+https://github.com/laurentsimon/provenance-npm-test.git' },
    });
    writeFileSync(
      join(ws, 'package-lock.json'),
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: 'app' },
          'node_modules/@laurentsimon/provenance-npm-test': {
            version: '1.0.3',
            integrity: `sha512-${createHash('sha512').update(tgz).digest('base64')}`,
          },
          'node_modules/down': { version: '1.0.0', integrity: `sha512-${Buffer.alloc(64, 3).toString('base64')}` },
        },
      }),
    );
    const env = githubEnv(ws, {}, { PROVENANT_RETRY_BASE_MS: '10' });
    const r = await runAction(
      'verify-action.js',
      {
        artifacts: 'app.tgz',
        keys: join(ws, 'key.pub'),
        vsa: 'vsas',
        'vsa-key': join(ws, 'key.pem'),
        'audit-lockfile': 'package-lock.json',
        registry: reg.url,
      },
      env,
    );
    // the artifact verified and its VSA is written, but a dependency the registry failed on fails the step (as
    // audit --lockfile does)
    expect(r.outputs.verified).toBe('true');
    expect(r.stdout).toContain('::error::audit-lockfile: 1 of 2 package(s) could not be evaluated (registry errors)');
    expect(r.code).toBe(1);
    expect(r.outputs['vsa-paths']).toBe(join(ws, 'vsas', 'app.tgz.vsa.sigstore.json'));
    const st = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(r.outputs['vsa-paths'], 'utf8')).dsseEnvelope.payload, 'base64').toString(),
    );
    expect(st.predicate).toMatchObject({
      verificationResult: 'PASSED',
      verifiedLevels: ['SLSA_BUILD_LEVEL_1'],
      dependencyLevels: { SLSA_BUILD_LEVEL_2: 1, SLSA_BUILD_LEVEL_UNEVALUATED: 1 },
    });
    expect(r.summary).toMatch(/Dependencies of package-lock.json \(2 npm packages\)/);
    expect(r.summary).toMatch(/@laurentsimon\/provenance-npm-test@1.0.3/);
    expect(r.summary).toMatch(/registry: HTTP 500 after 4 attempts/);
    const v = await runCli(['verify-vsa', r.outputs['vsa-paths'], 'app.tgz', '--key', 'key.pub'], { cwd: ws });
    expect(v.code).toBe(0);
  }, 60000);
});
