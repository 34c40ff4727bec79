import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtClaims, requestGitHubOidcToken } from '../../src/signing/oidc.js';

let server: Server;
let base: string;
const seen: Array<{ url: string; auth?: string }> = [];
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = `${b64({ alg: 'none' })}.${b64({ iss: 'https://token.actions.githubusercontent.com', aud: 'sigstore', job_workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main' })}.sig`;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization });
    if (req.url?.startsWith('/fail')) {
      res.writeHead(500);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: req.url?.startsWith('/junk') ? 'not-a-jwt' : jwt }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('GitHub OIDC token (fake issuer on 127.0.0.1)', () => {
  test('requests the token with the audience and bearer, returns the JWT and its claims', async () => {
    const t = await requestGitHubOidcToken({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-token',
    });
    expect(t).toBe(jwt);
    expect(seen.at(-1)).toEqual({ url: '/token?api-version=2.0&audience=sigstore', auth: 'Bearer req-token' });
    expect(jwtClaims(t)).toMatchObject({
      aud: 'sigstore',
      job_workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main',
    });
  });
  test('missing id-token permission: OIDC_PERMISSION with the exact permissions block', async () => {
    await expect(requestGitHubOidcToken({})).rejects.toMatchObject({
      code: 'OIDC_PERMISSION',
      message: expect.stringContaining('permissions:\n  id-token: write'),
    });
  });
  test('server error or a non-JWT answer: OIDC_FAILED', async () => {
    await expect(
      requestGitHubOidcToken({ ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/fail`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' }),
    ).rejects.toMatchObject({ code: 'OIDC_FAILED', message: expect.stringContaining('HTTP 500') });
    await expect(
      requestGitHubOidcToken({ ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/junk`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' }),
    ).rejects.toMatchObject({ code: 'OIDC_FAILED' });
  });
});
