// When the verdict rests on one attestation that passed, another attestation of the same artifact that failed (a
// tampered or wrongly signed copy) is reported beside the verdict: in --json ("rejected"), the table and the summary.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifySummaryMarkdown } from '../../src/verify/summary.js';
import { ensureBuilt, runCli } from '../support/runner.js';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-rejected-'));
  writeFileSync(join(dir, 'app.bin'), 'the artifact');
  writeFileSync(join(dir, 'other.bin'), 'another artifact');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(dir, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  for (const [subject, name] of [
    ['app.bin', 'good'],
    ['app.bin', 'bad'],
    ['other.bin', 'unrelated'],
  ]) {
    const r = await runCli(['attest', subject, '--key', 'key.pem', '--output-name', name], { cwd: dir });
    expect(r.code).toBe(0);
  }
  // the copy's signature is changed: it names the artifact, but does not verify
  const bad = JSON.parse(readFileSync(join(dir, 'bad.sigstore.json'), 'utf8'));
  const sig = Buffer.from(bad.dsseEnvelope.signatures[0].sig, 'base64');
  sig[sig.length - 1] ^= 1;
  bad.dsseEnvelope.signatures[0].sig = sig.toString('base64');
  writeFileSync(join(dir, 'bad.sigstore.json'), JSON.stringify(bad));
}, 120000);

describe('attestations that failed beside the one that passed', () => {
  const args = ['verify', 'app.bin', '--key', 'key.pub', '--bundle', 'good.sigstore.json', '--bundle'];

  test('named in --json and the table; the verdict is unchanged', async () => {
    const j = await runCli([...args, 'bad.sigstore.json', '--bundle', 'unrelated.sigstore.json', '--json'], {
      cwd: dir,
    });
    expect(j.code).toBe(0);
    const r = JSON.parse(j.stdout).results[0];
    expect(r.verified).toBe(true);
    expect(r.rejected).toHaveLength(1); // the attestation of another artifact is not one of this artifact's
    expect(r.rejected[0].attestation).toContain('bad.sigstore.json');
    expect(r.rejected[0].failed.join(' ')).toMatch(/signature/i);
    const t = await runCli([...args, 'bad.sigstore.json'], { cwd: dir });
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/! another attestation did not verify: .*bad\.sigstore\.json: signature/);
    expect(verifySummaryMarkdown([{ ...r, digests: {}, checks: r.checks }])).toMatch(/another attestation, .*bad/);
  });

  test('none when every attestation passed', async () => {
    const j = await runCli([...args, 'good.sigstore.json', '--json'], { cwd: dir });
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).results[0].rejected).toBeUndefined();
  });
});
