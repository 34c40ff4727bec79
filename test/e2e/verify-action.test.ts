import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

let ws: string;
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
    const r = await runAction('verify-action.js', { artifacts: 'app.tgz', keys: join(ws, 'key.pub'), 'min-slsa-level': '1' }, env);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(r.outputs['slsa-level']).toBe('1');
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.results[0]).toMatchObject({ artifact: 'app.tgz', verified: true, slsaLevel: 1 });
    expect(r.summary).toMatch(/Provenant verification/);
    expect(r.summary).toMatch(/app.tgz/);
  });
  test('below the minimum level: fails with an annotation naming the check', async () => {
    const env = githubEnv(ws, {});
    const r = await runAction('verify-action.js', { artifacts: 'app.tgz', keys: join(ws, 'key.pub'), 'min-slsa-level': '2' }, env);
    expect(r.code).toBe(1);
    expect(r.outputs.verified).toBe('false');
    expect(r.stdout).toMatch(/::error::app.tgz: min-level: \[LEVEL_TOO_LOW\]/);
  });
  test('no trusted key: fails closed', async () => {
    const env = githubEnv(ws, {});
    const r = await runAction('verify-action.js', { artifacts: 'app.tgz' }, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/KEY_UNTRUSTED/);
  });
});
