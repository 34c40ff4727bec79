import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CORPUS } from '../support/paths.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

const dir = join(CORPUS, 'slsa-verifier', 'slsa-bcr-module-bazel');
const artifact = join(dir, 'MODULE.bazel');
const bundle = JSON.parse(readFileSync(join(dir, 'MODULE.bazel.intoto.jsonl'), 'utf8').trim().split('\n')[0]);
const digest = createHash('sha256').update(readFileSync(artifact)).digest('hex');
let server: Server;
let api: string;
const seen: Array<{ url: string; auth?: string }> = [];
let mode: 'ok' | '404' | '500' = 'ok';

beforeAll(async () => {
  await ensureBuilt();
  server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '');
    seen.push({ url, auth: req.headers.authorization });
    if (mode !== 'ok' || url.split('?')[0] !== `/repos/aspect-build/rules_lint/attestations/sha256:${digest}`) {
      res.writeHead(mode === '500' ? 500 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: mode === '500' ? 'boom' : 'Not Found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ attestations: [{ bundle, repository_id: 1 }] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120000);
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const trust = join(CORPUS, 'trust', 'public-good', 'trusted_root.json');
const env = () => ({ GITHUB_API_URL: api, GITHUB_TOKEN: 'test-token' });

describe('verify --repo downloads from the GitHub attestations API (local fake on 127.0.0.1)', () => {
  test('a real GitHub attestation is fetched by digest and verified offline with policy', async () => {
    mode = 'ok';
    const r = await runCli(['verify', artifact, '--repo', 'aspect-build/rules_lint', '--trusted-root', trust, '--builder-id', 'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml', '--source-uri', 'github.com/aspect-build/rules_lint', '--json'], { env: env() });
    expect(r.stderr).toBe('');
    if (r.code !== 0) throw new Error(r.stdout.slice(0, 2000));
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results[0];
    expect(res).toMatchObject({ verified: true, digest: { sha256: digest } });
    expect(res.slsaLevel).toBeGreaterThanOrEqual(2);
    expect(seen.some((s) => s.url.startsWith(`/repos/aspect-build/rules_lint/attestations/sha256:${digest}`) && s.auth === 'token test-token')).toBe(true);
  });
  test('none stored (404): not found, never valid; server error: HTTP_ERROR', async () => {
    mode = '404';
    const n = await runCli(['verify', artifact, '--repo', 'aspect-build/rules_lint', '--trusted-root', trust, '--json'], { env: env() });
    expect(n.code).toBe(1);
    expect(n.stdout).toMatch(/ATTESTATION_NOT_FOUND/);
    mode = '500';
    const e = await runCli(['verify', artifact, '--repo', 'aspect-build/rules_lint', '--trusted-root', trust], { env: env() });
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/\[HTTP_ERROR\].*HTTP 500/);
  }, 60000);
  test('the verify action with repo and github-token: fetched with the token, verified, level in the outputs; a 404 fails closed', async () => {
    mode = 'ok';
    const env = githubEnv(dir, {}, { GITHUB_API_URL: api });
    const inputs = { artifacts: artifact, repo: 'aspect-build/rules_lint', 'github-token': 'action-token', 'trusted-root': trust, 'builder-id': 'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml', 'source-uri': 'github.com/aspect-build/rules_lint' };
    const r = await runAction('verify-action.js', inputs, env);
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(Number(r.outputs['slsa-level'])).toBeGreaterThanOrEqual(2);
    expect(seen.some((s) => s.url.startsWith(`/repos/aspect-build/rules_lint/attestations/sha256:${digest}`) && s.auth === 'token action-token')).toBe(true);
    mode = '404';
    const n = await runAction('verify-action.js', inputs, githubEnv(dir, {}, { GITHUB_API_URL: api }));
    expect(n.code).toBe(1);
    expect(n.outputs.verified).toBe('false');
    expect(n.stdout).toMatch(/::error::.*ATTESTATION_NOT_FOUND/);
  }, 60000);
});
