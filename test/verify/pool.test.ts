import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../support/runner.js';

let dir: string;
const N = 40;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-pool-'));
  for (let i = 0; i < N; i++) writeFileSync(join(dir, `f${String(i).padStart(2, '0')}.bin`), `artifact ${i}`);
  const kp = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(dir, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  const a = await runCli(['attest', '*.bin', '--key', 'key.pem', '--output-name', 'release'], { cwd: dir });
  expect(a.code).toBe(0);
  writeFileSync(join(dir, 'f07.bin'), 'modified after the build');
}, 120000);

describe('worker-thread verification (dist/cli.js + dist/verify-worker.js)', () => {
  test('the pool gives exactly the in-thread verdicts, in order, and really runs on worker threads', async () => {
    const args = ['verify', '*.bin', '--bundle', 'release.sigstore.json', '--key', 'key.pub', '--json'];
    // the thread count is no part of the --json contract: PROVENANT_VERBOSE reports it on stderr
    const pooled = await runCli(args, { cwd: dir, env: { PROVENANT_VERIFY_THREADS: '2', PROVENANT_VERBOSE: '1' } });
    const single = await runCli(args, { cwd: dir, env: { PROVENANT_VERIFY_THREADS: '0', PROVENANT_VERBOSE: '1' } });
    // two workers, and this thread, which verifies too while they start
    expect(pooled.stderr).toMatch(/^provenant: verified on [23] threads\n$/);
    expect(single.stderr).toBe('provenant: verified in 1 thread\n');
    const p = JSON.parse(pooled.stdout);
    const s = JSON.parse(single.stdout);
    expect(JSON.stringify(p)).not.toMatch(/"threads"/);
    expect(p.results).toEqual(s.results);
    expect(p.results).toHaveLength(N);
    // one artifact was modified after the build: it, and only it, fails; the exit code says so
    expect(
      p.results.filter((r: { verified: boolean }) => !r.verified).map((r: { artifact: string }) => r.artifact),
    ).toEqual(['f07.bin']);
    expect(
      p.results
        .find((r: { artifact: string }) => r.artifact === 'f07.bin')
        .checks.some((c: { detail: string }) => /SUBJECT_MISMATCH/.test(c.detail)),
    ).toBe(true);
    expect(pooled.code).toBe(1);
    expect(single.code).toBe(1);
  }, 120000);

  test('threads started ahead for many artifacts that turn out to have no attestation are stopped (the process ends)', async () => {
    // 40 artifacts start the threads before their attestations are looked for; there is none in their folder
    const bare = mkdtempSync(join(tmpdir(), 'prov-pool-bare-'));
    for (let i = 0; i < N; i++) writeFileSync(join(bare, `g${i}.bin`), `artifact ${i}`);
    const r = await runCli(['verify', '*.bin', '--key', join(dir, 'key.pub'), '--json'], {
      cwd: bare,
      env: { PROVENANT_VERIFY_THREADS: '2', PROVENANT_VERBOSE: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('verified in 1 thread');
    const out = JSON.parse(r.stdout);
    expect(out.results).toHaveLength(N);
    for (const x of out.results) {
      expect(x.verified).toBe(false);
      expect(JSON.stringify(x.checks)).toContain('ATTESTATION_NOT_FOUND');
    }
  }, 120000);
});
