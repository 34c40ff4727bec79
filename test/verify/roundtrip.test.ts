import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../support/runner.js';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-rt-'));
  writeFileSync(join(dir, 'app.bin'), 'the artifact');
  writeFileSync(join(dir, 'other.bin'), 'another artifact');
  const kp = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(dir, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  const other = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'other.pub'), other.publicKey.export({ type: 'spki', format: 'pem' }) as string);
}, 120000);

describe('what attest writes, verify accepts (dist/cli.js)', () => {
  test('key-signed: verified at SLSA Build L1 with the key; refused without it, with another key, for another artifact', async () => {
    expect((await runCli(['attest', 'app.bin', '--key', 'key.pem'], { cwd: dir })).code).toBe(0);
    const ok = await runCli(['verify', 'app.bin', '--key', 'key.pub', '--json'], { cwd: dir });
    expect(ok.code).toBe(0);
    const r = JSON.parse(ok.stdout).results[0];
    expect(r).toMatchObject({
      artifact: 'app.bin',
      verified: true,
      slsaLevel: 1,
      builderId: 'https://provenant.dev/builders/local/v1',
    });
    expect(r.checks.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['signature', 'schema', 'subject']),
    );
    const noKey = await runCli(['verify', 'app.bin', '--json'], { cwd: dir });
    expect(noKey.code).toBe(1);
    expect(noKey.stdout).toMatch(/KEY_UNTRUSTED/);
    const wrongKey = await runCli(['verify', 'app.bin', '--key', 'other.pub', '--json'], { cwd: dir });
    expect(wrongKey.code).toBe(1);
    expect(JSON.parse(wrongKey.stdout).results[0].verified).toBe(false);
    const wrongArtifact = await runCli(
      ['verify', 'other.bin', '--bundle', 'app.bin.sigstore.json', '--key', 'key.pub', '--json'],
      { cwd: dir },
    );
    expect(wrongArtifact.code).toBe(1);
    expect(wrongArtifact.stdout).toMatch(/SUBJECT_MISMATCH/);
    const min2 = await runCli(['verify', 'app.bin', '--key', 'key.pub', '--min-level', '2'], { cwd: dir });
    expect(min2.code).toBe(1);
    expect(min2.stdout).toMatch(/LEVEL_TOO_LOW/);
  });
  test('the .intoto.jsonl line verifies too; a tampered payload does not', async () => {
    const ok = await runCli(['verify', 'app.bin', '--bundle', 'app.bin.intoto.jsonl', '--key', 'key.pub'], {
      cwd: dir,
    });
    expect(ok.code).toBe(0);
    // the line is the Sigstore bundle; its envelope's payload is tampered with
    const bundle = JSON.parse(readFileSync(join(dir, 'app.bin.intoto.jsonl'), 'utf8'));
    const env = bundle.dsseEnvelope;
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
    st.subject[0].digest.sha256 = 'f'.repeat(64);
    env.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    writeFileSync(join(dir, 'tampered.jsonl'), `${JSON.stringify(bundle)}\n`);
    const bad = await runCli(['verify', 'app.bin', '--bundle', 'tampered.jsonl', '--key', 'key.pub', '--json'], {
      cwd: dir,
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/SIGNATURE_INVALID/);
  });
  test('unsigned: L1 only with --allow-unsigned', async () => {
    expect((await runCli(['attest', 'other.bin', '--unsigned'], { cwd: dir })).code).toBe(0);
    const refused = await runCli(['verify', 'other.bin'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/SIGNATURE_MISSING/);
    const ok = await runCli(['verify', 'other.bin', '--allow-unsigned', '--json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).results[0]).toMatchObject({ verified: true, slsaLevel: 1 });
  });
  test('bad input: a truncated bundle and a missing artifact are clear errors, never valid', async () => {
    writeFileSync(join(dir, 'trunc.json'), readFileSync(join(dir, 'app.bin.sigstore.json'), 'utf8').slice(0, 200));
    const t = await runCli(['verify', 'app.bin', '--bundle', 'trunc.json', '--key', 'key.pub'], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/JSON_INVALID|BUNDLE_INVALID/);
    const m = await runCli(['verify', 'missing.bin', '--key', 'key.pub'], { cwd: dir });
    // a missing artifact is a failure of that artifact in the report (issue 11), not an abort
    expect(m.code).toBe(1);
    expect(m.stdout).toMatch(/missing\.bin\s+NO\s+L0[\s\S]*\[FILE_NOT_FOUND\]/);
    expect(m.stdout + m.stderr).not.toMatch(/\n\s+at /);
    expect((await runCli(['verify', '--min-level', '7', 'app.bin'], { cwd: dir })).code).toBe(2);
  });
});
