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
    const r = await runCli(
      [
        'verify',
        artifact,
        '--repo',
        'aspect-build/rules_lint',
        '--trusted-root',
        trust,
        '--builder-id',
        'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
        '--source-uri',
        'github.com/aspect-build/rules_lint',
        '--json',
      ],
      { env: env() },
    );
    expect(r.stderr).toBe('');
    if (r.code !== 0) throw new Error(r.stdout.slice(0, 2000));
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results[0];
    expect(res).toMatchObject({ verified: true, digest: { sha256: digest } });
    expect(res.slsaLevel).toBeGreaterThanOrEqual(2);
    expect(
      seen.some(
        (s) =>
          s.url.startsWith(`/repos/aspect-build/rules_lint/attestations/sha256:${digest}`) &&
          s.auth === 'token test-token',
      ),
    ).toBe(true);
  });
  test('none stored (404): not found, never valid; server error: HTTP_ERROR', async () => {
    mode = '404';
    const n = await runCli(
      ['verify', artifact, '--repo', 'aspect-build/rules_lint', '--trusted-root', trust, '--json'],
      { env: env() },
    );
    expect(n.code).toBe(1);
    expect(n.stdout).toMatch(/ATTESTATION_NOT_FOUND/);
    mode = '500';
    const e = await runCli(['verify', artifact, '--repo', 'aspect-build/rules_lint', '--trusted-root', trust], {
      env: env(),
    });
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/\[HTTP_ERROR\].*HTTP 500/);
  }, 60000);
  test('the verify action with repo and github-token: fetched with the token, verified, level in the outputs; a 404 fails closed', async () => {
    mode = 'ok';
    const env = githubEnv(dir, {}, { GITHUB_API_URL: api });
    const inputs = {
      artifacts: artifact,
      repo: 'aspect-build/rules_lint',
      'github-token': 'action-token',
      'trusted-root': trust,
      'builder-id': 'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
      'source-uri': 'github.com/aspect-build/rules_lint',
    };
    const r = await runAction('verify-action.js', inputs, env);
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(Number(r.outputs['slsa-level'])).toBeGreaterThanOrEqual(2);
    expect(
      seen.some(
        (s) =>
          s.url.startsWith(`/repos/aspect-build/rules_lint/attestations/sha256:${digest}`) &&
          s.auth === 'token action-token',
      ),
    ).toBe(true);
    mode = '404';
    const n = await runAction('verify-action.js', inputs, githubEnv(dir, {}, { GITHUB_API_URL: api }));
    expect(n.code).toBe(1);
    expect(n.outputs.verified).toBe('false');
    expect(n.stdout).toMatch(/::error::.*ATTESTATION_NOT_FOUND/);
  }, 60000);
});

describe('verify --repo pagination and answer size are bounded (issue 12, finding 13)', () => {
  /** A hostile API: every page links to a next one (same origin, or another), or the page is over-size. */
  async function hostile(
    mode: 'endless' | 'elsewhere' | 'huge' | 'many' | 'silent' | 'trickle' | 'gone',
  ): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
    const hits: string[] = [];
    const s = createServer((req, res) => {
      hits.push(req.url ?? '');
      const page = Number(/[?&]page=(\d+)/.exec(req.url ?? '')?.[1] ?? '1');
      const host = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
      if (mode === 'silent') return; // never answers
      if (mode === 'gone' && page === 2) {
        res.writeHead(404).end('{"message":"Not Found"}');
        return;
      }
      if (mode === 'trickle') {
        // headers at once, then a byte now and then, forever
        res.writeHead(200, { 'content-type': 'application/json' });
        const t = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(t));
        return;
      }
      if (mode === 'huge') {
        // just over a small cap, streamed without a Content-Length
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"attestations":[');
        res.end(`${' '.repeat(70_000)}]}`);
        return;
      }
      const next =
        mode === 'elsewhere'
          ? `http://localhost:1/repos/x/y/attestations/sha256:${digest}?page=2`
          : `${host}/repos/aspect-build/rules_lint/attestations/sha256:${digest}?per_page=100&page=${page + 1}`;
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `<${next}>; rel="next", <${host}/x?page=1>; rel="first"`,
      });
      res.end(
        JSON.stringify({
          attestations: mode === 'many' ? Array.from({ length: 40 }, () => ({ bundle })) : [{ bundle }],
        }),
      );
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
      hits,
      close: () =>
        new Promise<void>((r) => {
          s.closeAllConnections();
          s.close(() => r());
        }),
    };
  }
  const fetchFrom = async (apiUrl: string, extra: Record<string, number> = { timeoutMs: 5000 }) => {
    const { fetchGitHubAttestations } = await import('../../src/verify/github-api.js');
    return fetchGitHubAttestations({
      repo: 'aspect-build/rules_lint',
      digest: { sha256: digest },
      token: 't',
      apiUrl,
      ...extra,
    });
  };

  test('endless next links: stops after the page cap with a clear HTTP_ERROR', async () => {
    const h = await hostile('endless');
    try {
      await expect(fetchFrom(h.url)).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/more than 10 pages/),
      });
      expect(h.hits).toHaveLength(10);
      await expect(fetchFrom(h.url, { maxPages: 3 })).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/more than 3 pages/),
      });
    } finally {
      await h.close();
    }
  }, 60000);

  test('a 404 on a later page is an HTTP_ERROR, not "no attestation" (the first page held some)', async () => {
    const h = await hostile('gone');
    try {
      await expect(fetchFrom(h.url)).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/404/),
      });
      expect(h.hits).toHaveLength(2);
    } finally {
      await h.close();
    }
  }, 60000);

  test('a next link to another origin is not followed', async () => {
    const h = await hostile('elsewhere');
    try {
      await expect(fetchFrom(h.url)).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/another origin \(http:\/\/localhost:1/),
      });
      expect(h.hits).toHaveLength(1);
    } finally {
      await h.close();
    }
  }, 60000);

  test('too many attestations, or an over-size page: a clear HTTP_ERROR', async () => {
    const many = await hostile('many');
    const huge = await hostile('huge');
    try {
      await expect(fetchFrom(many.url, { maxAttestations: 100 })).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/more than 100 attestations/),
      });
      expect(many.hits).toHaveLength(3);
      await expect(fetchFrom(huge.url, { maxBytes: 65536 })).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/exceeds 65536 bytes/),
      });
      // the same page under the default cap is read (and is an empty list)
      await expect(fetchFrom(huge.url)).resolves.toEqual([]);
    } finally {
      await Promise.all([many.close(), huge.close()]);
    }
  }, 60000);

  test('an API that never answers, or trickles its body, times out with a clear HTTP_ERROR', async () => {
    const silent = await hostile('silent');
    const trickle = await hostile('trickle');
    try {
      await expect(fetchFrom(silent.url, { timeoutMs: 300 })).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/no complete answer within 300 ms/),
      });
      await expect(fetchFrom(trickle.url, { timeoutMs: 300 })).rejects.toMatchObject({
        code: 'HTTP_ERROR',
        message: expect.stringMatching(/no complete answer within 300 ms/),
      });
    } finally {
      await Promise.all([silent.close(), trickle.close()]);
    }
  }, 60000);
});
