/**
 * Registry credentials: the order (explicit, docker config.json, GitHub token for ghcr.io), docker's config
 * formats, secrets handed to the masker, and the Bearer token flow (ghcr.io, Docker Hub) against a small token
 * server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerConfigPath, registryCredentials } from '../../src/oci/credentials.js';
import { resolveImage } from '../../src/oci/resolve.js';

let dir: string;
const cfg = (auths: Record<string, unknown>) => {
  const d = mkdtempSync(join(dir, 'cfg-'));
  writeFileSync(join(d, 'config.json'), JSON.stringify({ auths }));
  return d;
};
const b64 = (s: string) => Buffer.from(s).toString('base64');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prov-creds-'));
});

describe('registry credentials', () => {
  test('explicit ones win; then docker config.json; then the GitHub token, for ghcr.io only', () => {
    const d = cfg({ 'ghcr.io': { auth: b64('octocat:from-config') } });
    const env = { DOCKER_CONFIG: d };
    expect(
      registryCredentials('ghcr.io', { username: 'u', password: 'p', explicitSource: 'inputs', env, githubToken: 't' }),
    ).toEqual({ username: 'u', password: 'p', source: 'inputs' });
    expect(registryCredentials('ghcr.io', { env, githubToken: 't' })).toEqual({
      username: 'octocat',
      password: 'from-config',
      source: `docker config ${join(d, 'config.json')} (auths["ghcr.io"])`,
    });
    expect(registryCredentials('ghcr.io', { env: { HOME: dir, GITHUB_ACTOR: 'octo' }, githubToken: 'ghs_x' })).toEqual({
      username: 'octo',
      password: 'ghs_x',
      source: 'github-token (ghcr.io)',
    });
    expect(registryCredentials('registry.example.com', { env: { HOME: dir }, githubToken: 'ghs_x' })).toBeUndefined();
    expect(() =>
      registryCredentials('ghcr.io', { username: 'u', explicitSource: 'inputs registry-username/registry-password' }),
    ).toThrow(/USAGE|give both/);
  });

  test("docker's formats: https:// keys, Docker Hub aliases, username/password fields, identitytoken; ~/.docker by default", () => {
    const d = cfg({
      'https://index.docker.io/v1/': { auth: b64('hub:pw:with:colons') },
      'https://acr.example.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh-token' },
      'plain.example.io': { username: 'a', password: 'b' },
    });
    const env = { DOCKER_CONFIG: d };
    expect(registryCredentials('docker.io', { env })).toMatchObject({ username: 'hub', password: 'pw:with:colons' });
    expect(registryCredentials('acr.example.io', { env })).toMatchObject({ password: 'refresh-token' });
    expect(registryCredentials('plain.example.io', { env })).toMatchObject({ username: 'a', password: 'b' });
    // exact host match: a registry whose name merely contains another's gets nothing
    expect(registryCredentials('plain.example.io.evil.test', { env })).toBeUndefined();
    mkdirSync(join(dir, 'home', '.docker'), { recursive: true });
    expect(dockerConfigPath({ HOME: join(dir, 'home') })).toBe(join(dir, 'home', '.docker', 'config.json'));
  });

  test('every secret found is handed to the masker (the password and the basic-auth form)', () => {
    const seen: string[] = [];
    registryCredentials('ghcr.io', { username: 'u', password: 'sekrit', onSecret: (s) => seen.push(s) });
    expect(seen).toEqual(['sekrit', b64('u:sekrit')]);
  });
});

describe('the Bearer token flow (ghcr.io, Docker Hub)', () => {
  let server: Server;
  let host: string;
  const tokenRequests: Array<{ auth?: string; scope: string | null; service: string | null }> = [];
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'1'.repeat(64)}`, size: 2 },
      layers: [],
    }),
  );

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        tokenRequests.push({
          auth: req.headers.authorization,
          scope: url.searchParams.get('scope'),
          service: url.searchParams.get('service'),
        });
        if (req.headers.authorization && req.headers.authorization !== `Basic ${b64('octocat:ghs_good')}`) {
          res.writeHead(401).end();
          return;
        }
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token: req.headers.authorization ? 'user-token' : 'anon-token' }));
        return;
      }
      const want = url.pathname.includes('/private/') ? 'Bearer user-token' : undefined;
      if (!req.headers.authorization || (want && req.headers.authorization !== want)) {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="test-registry",scope="repository:${url.pathname.split('/').slice(2, 4).join('/')}:pull"`,
          })
          .end();
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'application/vnd.oci.image.manifest.v1+json',
          'content-length': String(manifest.length),
        })
        .end(manifest);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  test('anonymous pull token for a public image; the user token with credentials; refused credentials named', async () => {
    const pub = await resolveImage(`${host}/o/public:1`, { credentials: { env: { HOME: dir } } });
    expect(pub.digest).toBe(`sha256:${createHash('sha256').update(manifest).digest('hex')}`);
    expect(tokenRequests.at(-1)).toEqual({
      auth: undefined,
      scope: 'repository:o/public:pull',
      service: 'test-registry',
    });
    const priv = await resolveImage(`${host}/o/private:1`, {
      credentials: { username: 'octocat', password: 'ghs_good', explicitSource: 'inputs' },
    });
    expect(priv.digest).toBe(pub.digest);
    expect(tokenRequests.at(-1)?.auth).toBe(`Basic ${b64('octocat:ghs_good')}`);
    const bad = await resolveImage(`${host}/o/private:1`, {
      credentials: { username: 'octocat', password: 'ghs_bad', explicitSource: 'github-token (ghcr.io)' },
    }).catch((e) => e);
    expect(bad.code).toBe('REGISTRY_AUTH');
    expect(bad.message).toMatch(
      /token service http:\/\/127\.0\.0\.1:\d+ answered HTTP 401 with credentials from github-token \(ghcr\.io\)/,
    );
    expect(bad.message).not.toContain('ghs_bad');
  });
});
