/**
 * Issue 13, point 2: what attest writes, verify finds. The CLI pair of the README (attest into the current
 * directory, verify the artifact in dist/), several subjects in one provenance.sigstore.json (found by digest), the
 * attest action's $RUNNER_TEMP/provenant found by the verify action, and a not-found message that names every path
 * tried and suggests --bundle.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

let ws: string;
beforeAll(async () => {
  await ensureBuilt();
  ws = mkdtempSync(join(tmpdir(), 'prov-search-'));
  mkdirSync(join(ws, 'dist'));
  writeFileSync(join(ws, 'dist', 'app.tar.gz'), 'the release tarball');
  writeFileSync(join(ws, 'dist', 'a.bin'), 'first of several');
  writeFileSync(join(ws, 'dist', 'b.bin'), 'second of several');
  writeFileSync(join(ws, 'dist', 'orphan.bin'), 'never attested');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(ws, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(ws, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
}, 120000);

describe('verify finds what attest wrote', () => {
  test('the README pair: attest dist/app.tar.gz --key key.pem, then verify dist/app.tar.gz --key key.pub', async () => {
    const a = await runCli(['attest', 'dist/app.tar.gz', '--key', 'key.pem'], { cwd: ws });
    expect(a.code).toBe(0);
    // attest writes into the current directory; nothing sits beside the artifact
    expect(existsSync(join(ws, 'app.tar.gz.sigstore.json'))).toBe(true);
    expect(existsSync(join(ws, 'dist', 'app.tar.gz.sigstore.json'))).toBe(false);
    const v = await runCli(['verify', 'dist/app.tar.gz', '--key', 'key.pub', '--json'], { cwd: ws });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const res = JSON.parse(v.stdout).results[0];
    expect(res).toMatchObject({ artifact: 'dist/app.tar.gz', verified: true, slsaLevel: 1 });
    expect(res.attestation).toMatch(/app\.tar\.gz\.intoto\.jsonl|app\.tar\.gz\.sigstore\.json/);
  }, 60000);

  test('several subjects: provenance.sigstore.json in the current directory is found by the artifact digest', async () => {
    const a = await runCli(
      ['attest', 'dist/a.bin', 'dist/b.bin', '--key', 'key.pem', '--output-dir', 'out', '--json'],
      { cwd: ws },
    );
    expect(a.code).toBe(0);
    expect(existsSync(join(ws, 'out', 'provenance.sigstore.json'))).toBe(true);
    // from inside out/ (the current directory is searched): both artifacts, by digest
    const v = await runCli(
      ['verify', join(ws, 'dist', 'a.bin'), join(ws, 'dist', 'b.bin'), '--key', join(ws, 'key.pub'), '--json'],
      { cwd: join(ws, 'out') },
    );
    expect(v.code).toBe(0);
    const results = JSON.parse(v.stdout).results as Array<{ verified: boolean; attestation: string }>;
    expect(results).toHaveLength(2);
    for (const r of results)
      expect(r).toMatchObject({
        verified: true,
        attestation: expect.stringMatching(/provenance\.(sigstore\.json|intoto\.jsonl)$/),
      });
    // a digest alone (no file) is found the same way
    const digest = JSON.parse(a.stdout).subjects[0].digest.sha256;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const d = await runCli(['verify', `sha256:${digest}`, '--key', join(ws, 'key.pub'), '--json'], {
      cwd: join(ws, 'out'),
    });
    expect(JSON.parse(d.stdout).results[0].verified).toBe(true);
  }, 60000);

  test('not found: every path tried is printed, and --bundle is suggested', async () => {
    const v = await runCli(['verify', 'dist/orphan.bin', '--key', 'key.pub'], {
      cwd: ws,
      env: { RUNNER_TEMP: join(ws, 'runner-temp') },
    });
    expect(v.code).toBe(1);
    const out = v.stdout;
    expect(out).toContain('[ATTESTATION_NOT_FOUND] no attestation for orphan.bin');
    for (const s of ['.intoto.jsonl', '.sigstore.json', '.statement.json']) {
      expect(out).toContain(`dist/orphan.bin${s}`);
      expect(out).toContain(join(ws, `orphan.bin${s}`));
      expect(out).toContain(join(ws, 'runner-temp', 'provenant', `orphan.bin${s}`));
    }
    expect(out).toContain(`${join(ws, 'dist')}/* (any attestation naming sha256:`);
    expect(out).toContain('--bundle FILE');
  }, 60000);
});

describe('the verify action finds what the attest action wrote', () => {
  test('attest action (key) writes to $RUNNER_TEMP/provenant; the verify action finds it with artifacts alone, or with bundles: bundle-path', async () => {
    const env = githubEnv(ws, {}, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main' });
    const a = await runAction(
      'attest.js',
      { 'subject-path': 'dist/app.tar.gz', 'private-key': 'key.pem', publish: 'files' },
      env,
    );
    expect(a.stdout).not.toMatch(/::error::/);
    expect(a.code).toBe(0);
    expect(a.outputs['bundle-path']).toBe(join(env.RUNNER_TEMP, 'provenant', 'app.tar.gz.sigstore.json'));
    // the same job's verify step: same RUNNER_TEMP, nothing beside the artifact nor in the workspace
    const ws2 = mkdtempSync(join(tmpdir(), 'prov-search-ws2-'));
    mkdirSync(join(ws2, 'dist'));
    writeFileSync(join(ws2, 'dist', 'app.tar.gz'), readFileSync(join(ws, 'dist', 'app.tar.gz')));
    const env2 = {
      ...env,
      GITHUB_WORKSPACE: ws2,
      GITHUB_OUTPUT: join(ws2, 'out.txt'),
      GITHUB_STEP_SUMMARY: join(ws2, 'summary.md'),
    };
    const v = await runAction('verify-action.js', { artifacts: 'dist/app.tar.gz', keys: join(ws, 'key.pub') }, env2);
    expect(v.stdout).not.toMatch(/::error::/);
    expect(v.code).toBe(0);
    expect(v.outputs.verified).toBe('true');
    // the README's wiring: bundles from the attest step's output
    const env3 = { ...env2, RUNNER_TEMP: join(ws2, 'other-temp'), GITHUB_OUTPUT: join(ws2, 'out3.txt') };
    const w = await runAction(
      'verify-action.js',
      { artifacts: 'dist/app.tar.gz', bundles: a.outputs['bundle-path'], keys: join(ws, 'key.pub') },
      env3,
    );
    expect(w.code).toBe(0);
    expect(w.outputs.verified).toBe('true');
    // and without it (another RUNNER_TEMP): not found, naming the paths and the bundles input
    const x = await runAction(
      'verify-action.js',
      { artifacts: 'dist/app.tar.gz', keys: join(ws, 'key.pub') },
      { ...env3, GITHUB_OUTPUT: join(ws2, 'out4.txt') },
    );
    expect(x.code).toBe(1);
    expect(x.stdout).toMatch(
      /::error::dist\/app\.tar\.gz: attestation: \[ATTESTATION_NOT_FOUND\] .*other-temp\/provenant\/app\.tar\.gz\.sigstore\.json.*bundles/,
    );
  }, 90000);
});
