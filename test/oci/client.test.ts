/**
 * The registry reader against answers a real registry never gives (the distribution registry refuses to store
 * them): malformed, oversized and mis-hashed manifests, a flaky server, 403. A small HTTP server on 127.0.0.1
 * plays the registry.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { RegistryClient } from '../../src/oci/client.js';
import { resolveImage } from '../../src/oci/resolve.js';
import { parseImageRef } from '../../src/oci/ref.js';
import { verifyImages } from '../../src/verify/oci.js';

const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const good = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha('{}'), size: 2 },
    layers: [],
  }),
);
let server: Server;
let host: string;
let flaky = 0;
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const m = /^\/v2\/o\/([a-z0-9]+)\/manifests\/(.+)$/.exec(req.url ?? '');
    const repo = m?.[1] ?? '';
    hits[repo] = (hits[repo] ?? 0) + 1;
    const send = (status: number, body: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'content-length': String(Buffer.byteLength(body)),
        ...headers,
      });
      res.end(body);
    };
    if (repo === 'notjson') return send(200, '{"schemaVersion": 2, ');
    if (repo === 'schema1')
      return send(200, JSON.stringify({ schemaVersion: 1, name: 'o/x', fsLayers: [] }), {
        'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws',
      });
    if (repo === 'nolayers')
      return send(
        200,
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'x', digest: 'sha256:zz', size: 1 },
        }),
      );
    if (repo === 'huge') return send(200, Buffer.alloc(5 * 1024 * 1024, 0x20));
    if (repo === 'streamed') {
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      for (let i = 0; i < 5; i++) res.write(Buffer.alloc(1024 * 1024, 0x20));
      return res.end();
    }
    if (repo === 'liar') return send(200, good, { 'docker-content-digest': sha('something else') });
    if (repo === 'forbidden') return send(403, 'denied');
    if (repo === 'flaky') {
      if (flaky++ < 2) return send(503, 'busy', { 'retry-after': '0' });
      return send(200, good);
    }
    if (repo === 'down') return send(500, 'broken');
    return send(404, '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

const fast = { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 };
const err = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: { code?: string; message?: string }) => `[${e.code}] ${e.message}`,
  );

describe('the registry reader refuses what it cannot trust', () => {
  test.each([
    ['notjson', /\[MANIFEST_INVALID\] .*o\/notjson: manifest latest: not JSON/],
    ['schema1', /\[MANIFEST_INVALID\] .*schemaVersion 1 \(only 2 is supported\)/],
    ['nolayers', /\[MANIFEST_INVALID\] .*no config descriptor/],
    ['huge', /\[MANIFEST_INVALID\] .*5242880 bytes, more than the limit of 4194304/],
    ['streamed', /\[MANIFEST_INVALID\] .*more than the limit of 4194304 bytes/],
    ['liar', /\[MANIFEST_INVALID\] .*the registry says sha256:[0-9a-f]{64}, the bytes hash to sha256:/],
    [
      'forbidden',
      /\[REGISTRY_AUTH\] .*o\/forbidden: manifest latest: HTTP 403 from 127\.0\.0\.1:\d+ with no credentials/,
    ],
    ['down', /\[REGISTRY_UNREACHABLE\] .*o\/down: manifest latest: HTTP 500 after 3 attempts/],
    ['missing', /\[IMAGE_NOT_FOUND\] .*o\/missing: the registry has no manifest for latest/],
  ])('%s', async (repo, re) => {
    expect(await err(resolveImage(`${host}/o/${repo}`, { retry: fast, credentials: { env: {} } }))).toMatch(re);
  });

  test('a digest reference whose bytes hash to another digest is refused', async () => {
    const c = new RegistryClient(host, 'o/liar', { retry: fast });
    const other = sha('other');
    // served bytes do not hash to the digest asked for (and the header disagrees too)
    expect(await err(c.getManifest(other))).toMatch(/MANIFEST_INVALID/);
    expect(
      await err(resolveImage(parseImageRef(`${host}/o/notjson@${other}`), { retry: fast, credentials: { env: {} } })),
    ).toMatch(/\[MANIFEST_INVALID\] .*manifest for sha256:[0-9a-f]{64} hashes to sha256:/);
  });

  test('transient 503s are retried (Retry-After honoured), then the answer is used', async () => {
    const before = hits.flaky ?? 0;
    const img = await resolveImage(`${host}/o/flaky:1`, { retry: fast, credentials: { env: {} } });
    expect(img.digest).toBe(sha(good));
    expect((hits.flaky ?? 0) - before).toBe(3);
  });

  test('verify oci:// reports a registry failure per image, fail closed, no stack trace', async () => {
    const rep = await verifyImages({
      images: [`oci://${host}/o/huge:1`, 'oci://NOT A REF'],
      policy: {},
      retry: fast,
      credentials: { env: {} },
    });
    expect(rep.verified).toBe(false);
    expect(rep.results.map((r) => [r.artifact, r.verified, r.checks[0].detail.slice(0, 20)])).toEqual([
      [`oci://${host}/o/huge:1`, false, '[MANIFEST_INVALID] 1'],
      ['oci://NOT A REF', false, '[IMAGE_REF_INVALID] '],
    ]);
    expect(JSON.stringify(rep)).not.toMatch(/\n\s+at /);
  });
});

describe('discovery through the OCI 1.1 referrers API (a registry that has it)', () => {
  test('bundles listed by GET /v2/<repo>/referrers/<digest> are fetched and verified; other referrer types skipped', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createKeySigner } = await import('../../src/signing/key-signer.js');
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const dir = mkdtempSync(join(tmpdir(), 'prov-referrers-'));
    writeFileSync(join(dir, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }));
    const signer = createKeySigner(kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, undefined, 'k');
    const store = new Map<string, { body: Buffer; type: string }>();
    const put = (body: Buffer | string, type: string) => {
      const b = Buffer.from(body);
      store.set(sha(b), { body: b, type });
      return { mediaType: type, digest: sha(b), size: b.length };
    };
    const image = put(good, 'application/vnd.oci.image.manifest.v1+json');
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'reg/o/api', digest: { sha256: image.digest.slice(7) } }],
      predicateType: 'https://example.com/p/v1',
      predicate: {},
    };
    const signed = await signer.sign(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json');
    const bundle = put(JSON.stringify(signed.bundle), 'application/vnd.dev.sigstore.bundle.v0.3+json');
    const empty = put('{}', 'application/vnd.oci.empty.v1+json');
    const art = put(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: bundle.mediaType,
        config: empty,
        layers: [bundle],
        subject: image,
      }),
      'application/vnd.oci.image.manifest.v1+json',
    );
    const sbom = put(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'application/spdx+json',
        config: empty,
        layers: [],
        subject: image,
      }),
      'application/vnd.oci.image.manifest.v1+json',
    );
    const requests: string[] = [];
    const api = createServer((req, res) => {
      requests.push(req.url ?? '');
      const m = /^\/v2\/o\/api\/(manifests|blobs|referrers)\/(.+)$/.exec(req.url ?? '');
      if (m?.[1] === 'referrers' && m[2] === image.digest) {
        const body = JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: [
            { ...sbom, artifactType: 'application/spdx+json' },
            { ...art, artifactType: bundle.mediaType },
          ],
        });
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' }).end(body);
        return;
      }
      const key = m?.[1] === 'manifests' && m[2] === '1' ? image.digest : (m?.[2] ?? '');
      const hit = store.get(key);
      if (!hit) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': hit.type, 'content-length': String(hit.body.length) }).end(hit.body);
    });
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    const apiHost = `127.0.0.1:${(api.address() as { port: number }).port}`;
    try {
      const rep = await verifyImages({
        images: [`oci://${apiHost}/o/api:1`],
        keys: [join(dir, 'key.pub')],
        policy: {},
        retry: fast,
        credentials: { env: {} },
      });
      expect(rep.results[0].checks.filter((c) => !c.ok)).toEqual([]);
      expect(rep.results[0]).toMatchObject({
        verified: true,
        digest: image.digest,
        attestation: `oci://${apiHost}/o/api@${image.digest} (referrer ${art.digest})`,
      });
      // the referrers API answered: the tag schema was not consulted, the SBOM referrer was not fetched
      expect(requests).not.toContain(`/v2/o/api/manifests/${image.digest.replace(':', '-')}`);
      expect(requests).not.toContain(`/v2/o/api/manifests/${sbom.digest}`);
      expect(requests).toContain(`/v2/o/api/blobs/${bundle.digest}`);
    } finally {
      await new Promise((r) => api.close(r));
    }
  });
});
