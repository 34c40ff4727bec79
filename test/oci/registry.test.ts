/**
 * Container images against a real registry (Debian's docker-registry on 127.0.0.1, htpasswd auth; images pushed
 * with skopeo from hand-built OCI layouts): resolving references, pushing bundles with publish: registry (through
 * @sigstore/oci), the pushed artifact's shape, discovery and verification of oci:// references, and the faults
 * (registry down, 401, a tag that moves, attestations for another digest, tampered ones, cosign .att).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachArtifactToImage } from '@sigstore/oci';
import { attest } from '../../src/attest/attest.js';
import { ProvenantError } from '../../src/errors.js';
import { imageSubjects, resolveImage } from '../../src/oci/resolve.js';
import { parseImageRef } from '../../src/oci/ref.js';
import { publish } from '../../src/publish/index.js';
import { pushBundle } from '../../src/publish/registry.js';
import { createKeySigner } from '../../src/signing/key-signer.js';
import { verifyImages } from '../../src/verify/oci.js';
import {
  buildImageLayout,
  getBlob,
  getManifest,
  putBlob,
  putManifest,
  sha256hex,
  skopeoPush,
  startRegistry,
  type LocalRegistry,
} from '../support/registry.js';

let reg: LocalRegistry;
let open: LocalRegistry;
let dir: string;
let keyFile: string;
let pubFile: string;
let signer: ReturnType<typeof createKeySigner>;
const creds = () => ({ username: reg.user, password: reg.password, explicitSource: 'test inputs' });
const fast = { attempts: 3, baseDelayMs: 10, maxDelayMs: 20 };
const EMPTY_DIGEST = `sha256:${sha256hex('{}')}`;

async function attestImage(
  ref: string,
  out: string,
): Promise<{ bundlePath: string; digest: string; name: string; predicateType: string }> {
  const img = await resolveImage(ref, { credentials: creds() });
  const r = await attest({
    subjects: { baseDir: dir },
    extraSubjects: imageSubjects([img]),
    local: { argv: ['provenant', 'attest'], cwd: dir },
    signer,
    outputDir: join(dir, out),
  });
  return {
    bundlePath: r.attestations[0].bundlePath!,
    digest: img.digest,
    name: img.name,
    predicateType: r.predicateType,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prov-oci-'));
  reg = await startRegistry({ auth: { user: 'ci', password: 'hunter2-secret' } });
  open = await startRegistry();
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  keyFile = join(dir, 'key.pem');
  pubFile = join(dir, 'key.pub');
  writeFileSync(keyFile, kp.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(pubFile, kp.publicKey.export({ type: 'spki', format: 'pem' }));
  signer = createKeySigner(readFileSync(keyFile), undefined, 'test key');
  skopeoPush(reg, buildImageLayout('app 1.0'), 'o/app:1.0');
  skopeoPush(reg, buildImageLayout('multi', 'latest', ['amd64', 'arm64']), 'o/multi:2.0');
}, 60000);

afterAll(async () => {
  await Promise.all([reg?.close(), open?.close()]);
});

describe('image references', () => {
  test('parse: registry, repository, tag, digest; Docker Hub defaults; invalid ones named', () => {
    expect(parseImageRef('oci://127.0.0.1:5000/o/app:1.0')).toEqual({
      registry: '127.0.0.1:5000',
      repository: 'o/app',
      tag: '1.0',
      digest: undefined,
      name: '127.0.0.1:5000/o/app',
    });
    const d = `sha256:${'a'.repeat(64)}`;
    expect(parseImageRef(`ghcr.io/o/app@${d}`)).toMatchObject({
      registry: 'ghcr.io',
      repository: 'o/app',
      digest: d,
      name: 'ghcr.io/o/app',
    });
    expect(parseImageRef('alpine:3')).toMatchObject({ registry: 'docker.io', repository: 'library/alpine', tag: '3' });
    expect(() => parseImageRef('ghcr.io/O/App:1')).toThrow(/IMAGE_REF_INVALID|repository name/);
    expect(() => parseImageRef('ghcr.io/o/app@sha256:abc')).toThrow(/sha256:<64 lowercase hex>/);
    expect(() => parseImageRef('ghcr.io/o/app:\u001b[31m')).toThrow(/\\u001b/);
  });
});

describe('resolving an image to its manifest digest', () => {
  test('a tag resolves to the digest of the bytes served; the subject name is the image name without tag', async () => {
    const layout = buildImageLayout('resolve me');
    skopeoPush(reg, layout, 'o/resolve:v1');
    const img = await resolveImage(`${reg.host}/o/resolve:v1`, { credentials: creds() });
    expect(img.digest).toBe(layout.digest);
    expect(img.name).toBe(`${reg.host}/o/resolve`);
    expect(imageSubjects([img])).toEqual([
      { name: `${reg.host}/o/resolve`, digest: { sha256: layout.digest.slice(7) } },
    ]);
    const byDigest = await resolveImage(`${reg.host}/o/resolve@${layout.digest}`, { credentials: creds() });
    expect(byDigest.digest).toBe(layout.digest);
  });

  test('a multi-arch index is attested as the index digest, optionally each platform manifest too', async () => {
    const layout = buildImageLayout('multi arch', 'latest', ['amd64', 'arm64']);
    skopeoPush(reg, layout, 'o/multiarch:1');
    const img = await resolveImage(`${reg.host}/o/multiarch:1`, { credentials: creds() });
    expect(img.digest).toBe(layout.digest);
    expect(img.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(img.platforms).toEqual(
      layout.platforms!.map((p) => ({ digest: p.digest, platform: `linux/${p.platform.architecture}` })),
    );
    expect(imageSubjects([img]).map((s) => s.digest.sha256)).toEqual([layout.digest.slice(7)]);
    expect(imageSubjects([img], true).map((s) => `sha256:${s.digest.sha256}`)).toEqual([
      layout.digest,
      ...layout.platforms!.map((p) => p.digest),
    ]);
  });

  test('an unknown tag is IMAGE_NOT_FOUND; no or wrong credentials are REGISTRY_AUTH naming their source', async () => {
    await expect(resolveImage(`${reg.host}/o/app:nope`, { credentials: creds() })).rejects.toThrow(
      /IMAGE_NOT_FOUND|no manifest for nope/,
    );
    const e1 = await resolveImage(`${reg.host}/o/app:1.0`, { credentials: { env: { HOME: dir } } }).catch((e) => e);
    expect(e1).toBeInstanceOf(ProvenantError);
    expect(e1.code).toBe('REGISTRY_AUTH');
    expect(e1.message).toMatch(/HTTP 401 .*no credentials \(anonymous/);
    const e2 = await resolveImage(`${reg.host}/o/app:1.0`, {
      credentials: { username: 'ci', password: 'wrong', explicitSource: 'inputs registry-username/registry-password' },
    }).catch((e) => e);
    expect(e2.code).toBe('REGISTRY_AUTH');
    expect(e2.message).toContain('credentials from inputs registry-username/registry-password');
    expect(e2.message).not.toContain('wrong');
  });

  test("credentials from docker login's config.json ($DOCKER_CONFIG, base64 auths)", async () => {
    const cfg = join(dir, 'docker-good');
    mkdirSync(cfg);
    writeFileSync(
      join(cfg, 'config.json'),
      JSON.stringify({
        auths: { [`http://${reg.host}`]: { auth: Buffer.from('ci:hunter2-secret').toString('base64') } },
      }),
    );
    const img = await resolveImage(`${reg.host}/o/app:1.0`, { credentials: { env: { DOCKER_CONFIG: cfg } } });
    expect(img.digest).toMatch(/^sha256:/);
    const bad = join(dir, 'docker-bad');
    mkdirSync(bad);
    writeFileSync(
      join(bad, 'config.json'),
      JSON.stringify({ auths: { [reg.host]: { auth: Buffer.from('ci:nope').toString('base64') } } }),
    );
    const e = await resolveImage(`${reg.host}/o/app:1.0`, { credentials: { env: { DOCKER_CONFIG: bad } } }).catch(
      (x) => x,
    );
    expect(e.code).toBe('REGISTRY_AUTH');
    expect(e.message).toContain(`docker config ${join(bad, 'config.json')}`);
  });
});

describe('publish: registry and verify oci://', () => {
  test('the bundle is attached to the image manifest as @sigstore/oci writes it (tag schema on this registry), and verifies', async () => {
    const a = await attestImage(`${reg.host}/o/app:1.0`, 'push1');
    const outcomes = await publish({
      targets: ['files', 'registry'],
      files: [
        {
          bundlePath: a.bundlePath,
          intotoJsonlPath: a.bundlePath.replace('.sigstore.json', '.intoto.jsonl'),
          subjects: [{ name: a.name, digest: { sha256: a.digest.slice(7) } }],
          predicateType: a.predicateType,
        },
      ],
      registry: { credentials: creds() },
      retry: fast,
    });
    expect(outcomes.map((o) => [o.target, o.ok, o.detail])).toEqual([
      ['files', true, undefined],
      ['registry', true, undefined],
    ]);
    const artifactDigest = outcomes[1].items[0].id!;
    expect(outcomes[1].items[0].name).toBe(`${a.name}@${a.digest}`);
    // the referrers tag schema: an OCI index tagged sha256-<hex> listing the artifact
    const idx = await getManifest(reg, 'o/app', a.digest.replace(':', '-'));
    expect(idx.status).toBe(200);
    expect(idx.json.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(idx.json.schemaVersion).toBe(2);
    const entry = idx.json.manifests.find((m: { digest: string }) => m.digest === artifactDigest);
    expect(entry.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(entry.artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(entry.annotations['dev.sigstore.bundle.content']).toBe('dsse-envelope');
    expect(entry.annotations['dev.sigstore.bundle.predicateType']).toBe(a.predicateType);
    // the artifact manifest, field by field (what the official action writes through @sigstore/oci)
    const m = await getManifest(reg, 'o/app', artifactDigest);
    const imageManifest = await getManifest(reg, 'o/app', a.digest);
    const bundleBytes = readFileSync(a.bundlePath);
    expect(Object.keys(m.json).sort()).toEqual([
      'annotations',
      'artifactType',
      'config',
      'layers',
      'mediaType',
      'schemaVersion',
      'subject',
    ]);
    expect(m.json.schemaVersion).toBe(2);
    expect(m.json.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(m.json.artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(m.json.config).toEqual({ mediaType: 'application/vnd.oci.empty.v1+json', digest: EMPTY_DIGEST, size: 2 });
    expect(m.json.layers).toEqual([
      {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        digest: `sha256:${sha256hex(bundleBytes)}`,
        size: bundleBytes.length,
      },
    ]);
    expect(m.json.subject).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: a.digest,
      size: imageManifest.raw.length,
    });
    expect(m.json.annotations).toEqual({
      'org.opencontainers.image.created': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': a.predicateType,
    });
    expect((await getBlob(reg, 'o/app', m.json.layers[0].digest)).equals(bundleBytes)).toBe(true);
    // the same bundle pushed by @sigstore/oci itself, as the official action calls it: the same shape
    const other = buildImageLayout('reference push');
    skopeoPush(reg, other, 'o/ref:1');
    const ref = await attachArtifactToImage({
      imageName: `${reg.host}/o/ref`,
      imageDigest: other.digest,
      artifact: bundleBytes,
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': a.predicateType,
      },
      credentials: { username: 'ci', password: 'hunter2-secret' },
    });
    const rm = await getManifest(reg, 'o/ref', ref.digest);
    for (const k of ['schemaVersion', 'mediaType', 'artifactType', 'config', 'layers'])
      expect([k, m.json[k]]).toEqual([k, rm.json[k]]);
    expect(Object.keys(m.json.annotations).sort()).toEqual(Object.keys(rm.json.annotations).sort());
    expect(Object.keys(m.json.subject).sort()).toEqual(Object.keys(rm.json.subject).sort());
    // verify oci:// finds it by tag and by digest
    for (const spec of [`oci://${reg.host}/o/app:1.0`, `oci://${reg.host}/o/app@${a.digest}`]) {
      const rep = await verifyImages({ images: [spec], keys: [pubFile], policy: {}, credentials: creds() });
      expect(rep.results[0]).toMatchObject({ artifact: spec, digest: a.digest, verified: true });
      expect(rep.verified).toBe(true);
    }
  }, 60000);

  test('an open registry (no auth): pushed without signing in', async () => {
    const layout = buildImageLayout('open registry');
    skopeoPush(open, layout, 'o/open:1');
    const img = await resolveImage(`${open.host}/o/open:1`);
    const r = await attest({
      subjects: { baseDir: dir },
      extraSubjects: imageSubjects([img]),
      local: { argv: ['provenant'], cwd: dir },
      signer,
      outputDir: join(dir, 'open'),
    });
    const pushed = await pushBundle({
      image: img.name,
      digest: img.digest,
      bundlePath: r.attestations[0].bundlePath!,
      retry: fast,
      credentials: { env: { HOME: dir } },
    });
    expect(pushed.name).toBe(`${img.name}@${img.digest}`);
    const rep = await verifyImages({
      images: [`oci://${open.host}/o/open:1`],
      keys: [pubFile],
      policy: {},
      credentials: { env: { HOME: dir } },
    });
    expect(rep.results[0].verified).toBe(true);
    // credentials configured for an open registry: @sigstore/oci's sign-in finds no challenge; pushed without them
    const layout2 = buildImageLayout('open registry 2');
    skopeoPush(open, layout2, 'o/open:2');
    const again = await pushBundle({
      image: img.name,
      digest: layout2.digest,
      bundlePath: r.attestations[0].bundlePath!,
      retry: fast,
      credentials: { username: 'x', password: 'y' },
    });
    expect(again.name).toBe(`${img.name}@${layout2.digest}`);
    expect((await getManifest(open, 'o/open', layout2.digest.replace(':', '-'))).status).toBe(200);
  }, 30000);

  test('a tag that moves between resolve and push: the attestation stays bound to the digest that was hashed', async () => {
    skopeoPush(reg, buildImageLayout('first build'), 'o/moving:latest');
    const a = await attestImage(`${reg.host}/o/moving:latest`, 'moving');
    const second = buildImageLayout('second build');
    skopeoPush(reg, second, 'o/moving:latest');
    expect(second.digest).not.toBe(a.digest);
    await pushBundle({ image: a.name, digest: a.digest, bundlePath: a.bundlePath, credentials: creds(), retry: fast });
    expect((await getManifest(reg, 'o/moving', a.digest.replace(':', '-'))).status).toBe(200);
    expect((await getManifest(reg, 'o/moving', second.digest.replace(':', '-'))).status).toBe(404);
    const ok = await verifyImages({
      images: [`oci://${a.name}@${a.digest}`],
      keys: [pubFile],
      policy: {},
      credentials: creds(),
    });
    expect(ok.results[0].verified).toBe(true);
    const moved = await verifyImages({
      images: [`oci://${a.name}:latest`],
      keys: [pubFile],
      policy: {},
      credentials: creds(),
    });
    expect(moved.results[0]).toMatchObject({ verified: false, digest: second.digest });
    expect(moved.results[0].checks.map((c) => c.detail).join('\n')).toMatch(
      /ATTESTATION_NOT_FOUND.*no attestation attached to .*o\/moving@sha256:.*referrers tag sha256-/,
    );
  }, 30000);

  test('rejected: an image without attestations, a tampered attestation, an attestation for another digest', async () => {
    skopeoPush(reg, buildImageLayout('bare'), 'o/bare:1');
    const none = await verifyImages({
      images: [`oci://${reg.host}/o/bare:1`],
      keys: [pubFile],
      policy: {},
      credentials: creds(),
    });
    expect(none.verified).toBe(false);
    expect(none.results[0].checks.map((c) => c.detail).join('\n')).toMatch(
      /\[ATTESTATION_NOT_FOUND\] no attestation attached to/,
    );
    // another digest: a valid bundle for o/app:1.0 attached to a different image
    const a = await attestImage(`${reg.host}/o/app:1.0`, 'other');
    const victim = buildImageLayout('victim');
    skopeoPush(reg, victim, 'o/victim:1');
    await pushBundle({
      image: `${reg.host}/o/victim`,
      digest: victim.digest,
      bundlePath: a.bundlePath,
      credentials: creds(),
      retry: fast,
    });
    const wrong = await verifyImages({
      images: [`oci://${reg.host}/o/victim:1`],
      keys: [pubFile],
      policy: {},
      credentials: creds(),
    });
    expect(wrong.results[0].verified).toBe(false);
    expect(
      wrong.results[0].checks
        .filter((c) => !c.ok)
        .map((c) => c.detail)
        .join('\n'),
    ).toMatch(/SUBJECT_MISMATCH/);
    // tampered: the statement inside the bundle changed after signing
    const t = await attestImage(`${reg.host}/o/app:1.0`, 'tamper');
    const b = JSON.parse(readFileSync(t.bundlePath, 'utf8'));
    const st = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
    const target = buildImageLayout('tampered');
    skopeoPush(reg, target, 'o/tampered:1');
    st.subject[0].digest.sha256 = target.digest.slice(7);
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    const tampered = join(dir, 'tampered.sigstore.json');
    writeFileSync(tampered, JSON.stringify(b));
    await pushBundle({
      image: `${reg.host}/o/tampered`,
      digest: target.digest,
      bundlePath: tampered,
      credentials: creds(),
      retry: fast,
    });
    const bad = await verifyImages({
      images: [`oci://${reg.host}/o/tampered:1`],
      keys: [pubFile],
      policy: {},
      credentials: creds(),
    });
    expect(bad.results[0].verified).toBe(false);
    expect(
      bad.results[0].checks
        .filter((c) => !c.ok)
        .map((c) => c.detail)
        .join('\n'),
    ).toMatch(/SIGNATURE_INVALID/);
  }, 60000);

  test("cosign's sha256-<hex>.att attestations (DSSE envelopes in layers) verify against the given key", async () => {
    const layout = buildImageLayout('cosign image');
    skopeoPush(reg, layout, 'o/cosigned:1');
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: `${reg.host}/o/cosigned`, digest: { sha256: layout.digest.slice(7) } }],
      predicateType: 'https://example.com/test/v1',
      predicate: { hello: 'world' },
    };
    const signed = await signer.sign(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json');
    const layer = await putBlob(reg, 'o/cosigned', JSON.stringify(signed.envelope));
    const config = await putBlob(
      reg,
      'o/cosigned',
      JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: [] } }),
    );
    const att = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [
        {
          mediaType: 'application/vnd.dsse.envelope.v1+json',
          ...layer,
          annotations: { predicateType: 'https://example.com/test/v1' },
        },
      ],
    };
    await putManifest(
      reg,
      'o/cosigned',
      `${layout.digest.replace(':', '-')}.att`,
      JSON.stringify(att),
      'application/vnd.oci.image.manifest.v1+json',
    );
    const rep = await verifyImages({
      images: [`oci://${reg.host}/o/cosigned:1`],
      keys: [pubFile],
      policy: {},
      credentials: creds(),
    });
    expect(rep.results[0]).toMatchObject({ verified: true, digest: layout.digest });
    expect(rep.results[0].attestation).toMatch(/cosign sha256-[0-9a-f]{64}\.att layer/);
    // another key: rejected
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const otherPub = join(dir, 'other.pub');
    writeFileSync(otherPub, other.publicKey.export({ type: 'spki', format: 'pem' }));
    const rej = await verifyImages({
      images: [`oci://${reg.host}/o/cosigned:1`],
      keys: [otherPub],
      policy: {},
      credentials: creds(),
    });
    expect(rej.results[0].verified).toBe(false);
    expect(
      rej.results[0].checks
        .filter((c) => !c.ok)
        .map((c) => c.detail)
        .join('\n'),
    ).toMatch(/KEY_UNTRUSTED|SIGNATURE_INVALID/);
    // a keyless cosign attestation whose certificate annotation is broken is named as such, never accepted
    const kl = buildImageLayout('cosign keyless');
    skopeoPush(reg, kl, 'o/cosigned:2');
    const klAtt = {
      ...att,
      layers: [
        {
          ...att.layers[0],
          annotations: {
            'dev.sigstore.cosign/certificate': '-----BEGIN CERTIFICATE-----\n…',
            'dev.sigstore.cosign/bundle': '{}',
          },
        },
      ],
    };
    await putManifest(
      reg,
      'o/cosigned',
      `${kl.digest.replace(':', '-')}.att`,
      JSON.stringify(klAtt),
      'application/vnd.oci.image.manifest.v1+json',
    );
    const klRep = await verifyImages({
      images: [`oci://${reg.host}/o/cosigned:2`],
      keys: [pubFile],
      policy: {},
      credentials: creds(),
    });
    expect(klRep.results[0].verified).toBe(false);
    expect(klRep.results[0].checks.map((c) => c.detail).join('\n')).toMatch(
      /\[BUNDLE_INVALID\] .*keyless cosign attestation: dev\.sigstore\.cosign\/certificate is not one PEM certificate/,
    );
  }, 30000);
});

describe('faults', () => {
  test('registry down: retried, then a clear failure naming the image and the local attestation file', async () => {
    const down = await startRegistry({ auth: { user: 'u', password: 'p' } });
    const layout = buildImageLayout('down');
    skopeoPush(down, layout, 'o/down:1');
    const img = await resolveImage(`${down.host}/o/down:1`, { credentials: { username: 'u', password: 'p' } });
    const r = await attest({
      subjects: { baseDir: dir },
      extraSubjects: imageSubjects([img]),
      local: { argv: ['provenant'], cwd: dir },
      signer,
      outputDir: join(dir, 'down'),
    });
    await down.close();
    const retries: string[] = [];
    const out = await publish({
      targets: ['files', 'registry'],
      files: [
        {
          bundlePath: r.attestations[0].bundlePath!,
          intotoJsonlPath: r.attestations[0].intotoJsonlPath!,
          subjects: r.subjects,
        },
      ],
      registry: { credentials: { username: 'u', password: 'p' } },
      retry: { ...fast, onRetry: (m) => retries.push(m) },
    });
    expect(out[1].ok).toBe(false);
    expect(out[1].detail).toMatch(
      new RegExp(
        `^\\[PUBLISH_FAILED\\] registry ${img.name.replace(/\./g, '\\.')}@${img.digest}: connection failed \\(ECONNREFUSED\\) after 3 attempts; the attestation is still at ${r.attestations[0].bundlePath!.replace(/\./g, '\\.')}$`,
      ),
    );
    expect(retries).toHaveLength(2);
    // reading from a registry that is down: REGISTRY_UNREACHABLE after retries, per image in verify
    const rep = await verifyImages({ images: [`oci://${img.name}:1`], keys: [pubFile], policy: {}, retry: fast });
    expect(rep.results[0].verified).toBe(false);
    expect(rep.results[0].checks[0].detail).toMatch(
      /\[REGISTRY_UNREACHABLE\] .*o\/down: manifest 1: cannot connect to http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\) after 3 attempts/,
    );
  }, 30000);

  test('401 on push: REGISTRY_AUTH naming the credential source, never the secret; the file is named', async () => {
    const a = await attestImage(`${reg.host}/o/app:1.0`, 'denied');
    const e = await pushBundle({
      image: a.name,
      digest: a.digest,
      bundlePath: a.bundlePath,
      credentials: {
        username: 'ci',
        password: 'not-the-password',
        explicitSource: 'inputs registry-username/registry-password',
      },
      retry: fast,
    }).catch((x) => x);
    expect(e).toBeInstanceOf(ProvenantError);
    expect(e.code).toBe('REGISTRY_AUTH');
    expect(e.message).toBe(
      `registry ${a.name}@${a.digest}: HTTP 401, access denied with credentials from inputs registry-username/registry-password; the attestation is still at ${a.bundlePath}`,
    );
    const anon = await pushBundle({
      image: a.name,
      digest: a.digest,
      bundlePath: a.bundlePath,
      credentials: { env: { HOME: dir } },
      retry: fast,
    }).catch((x) => x);
    expect(anon.code).toBe('REGISTRY_AUTH');
    expect(anon.message).toMatch(/no credentials \(anonymous/);
  }, 30000);

  test('an image subject whose digest is not in the registry: IMAGE_NOT_FOUND naming the file', async () => {
    const a = await attestImage(`${reg.host}/o/app:1.0`, 'missing');
    const e = await pushBundle({
      image: a.name,
      digest: `sha256:${'0'.repeat(64)}`,
      bundlePath: a.bundlePath,
      credentials: creds(),
      retry: fast,
    }).catch((x) => x);
    expect(e.code).toBe('IMAGE_NOT_FOUND');
    expect(e.message).toContain(a.bundlePath);
  }, 30000);
});
