/**
 * cosign's keyless attestations as cosign attaches them: a `sha256-<hex>.att` manifest whose layer is the DSSE
 * envelope, with the Fulcio certificate and the Rekor entry (intoto v0.0.2, signed entry timestamp) in the layer's
 * annotations. Made here with the local Sigstore (Fulcio certificate, Rekor entry), pushed to a real registry, and
 * verified through `verify oci://` with the identity policy; a wrong identity, a forged log promise and a broken
 * annotation fail with their reasons.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSigstoreSigner, resolveSigstoreInstance } from '../../src/signing/sigstore.js';
import { verifyImages } from '../../src/verify/oci.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import {
  buildImageLayout,
  putBlob,
  putManifest,
  skopeoPush,
  startRegistry,
  type LocalRegistry,
} from '../support/registry.js';

const SAN = 'https://gitlab.example.com/grp/pkg//.gitlab-ci.yml@refs/tags/v1';
const ISSUER = 'https://gitlab.example.com';
const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = `${enc({ alg: 'RS256' })}.${enc({ iss: ISSUER, sub: 'project_path:grp/pkg', fulcio_san: SAN, aud: 'sigstore' })}.c2ln`;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let reg: LocalRegistry;
let sig: SigstoreInstance;
let dir: string;
const creds = () => ({ username: reg.user, password: reg.password });

/** Attaches a keyless cosign-style attestation for `image` (optionally altered) and returns the reference. */
async function cosignAttest(repo: string, alter?: (a: Record<string, string>) => void): Promise<string> {
  const image = buildImageLayout(`cosign keyless ${repo}`);
  skopeoPush(reg, image, `o/${repo}:1`);
  const statement = {
    _type: 'https://in-toto.io/Statement/v0.1',
    subject: [{ name: `${reg.host}/o/${repo}`, digest: { sha256: image.digest.slice(7) } }],
    predicateType: 'https://cosign.sigstore.dev/attestation/v1',
    predicate: { Data: 'hello' },
  };
  const signer = createSigstoreSigner({
    endpoints: resolveSigstoreInstance({ instance: 'custom', fulcioURL: sig.fulcioURL, rekorURL: sig.rekorURL }),
    identityToken: token,
  });
  const signed = await signer.sign(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json');
  const env = signed.bundle.dsseEnvelope as {
    payload: string;
    payloadType: string;
    signatures: Array<{ sig: string }>;
  };
  const vm = signed.bundle.verificationMaterial as {
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: Array<{ rawBytes: string }> };
  };
  const der = Buffer.from(vm.certificate?.rawBytes ?? vm.x509CertificateChain!.certificates[0].rawBytes, 'base64');
  const pem = new X509Certificate(der).toString();
  // the Rekor intoto v0.0.2 entry cosign makes for an attestation
  const envelopeJson = JSON.stringify({
    payloadType: env.payloadType,
    payload: env.payload,
    signatures: [{ keyid: '', sig: env.signatures[0].sig }],
  });
  const proposed = {
    apiVersion: '0.0.2',
    kind: 'intoto',
    spec: {
      content: {
        envelope: {
          payloadType: env.payloadType,
          signatures: [
            {
              sig: Buffer.from(env.signatures[0].sig).toString('base64'),
              publicKey: Buffer.from(pem).toString('base64'),
            },
          ],
        },
        hash: { algorithm: 'sha256', value: sha(envelopeJson) },
        payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(env.payload, 'base64')) },
      },
    },
  };
  const r = await fetch(`${sig.rekorURL}/api/v1/log/entries`, {
    method: 'POST',
    body: JSON.stringify(proposed),
    headers: { 'content-type': 'application/json' },
  });
  expect(r.status).toBe(201);
  const entry = Object.values(
    (await r.json()) as Record<
      string,
      {
        body: string;
        integratedTime: number;
        logID: string;
        logIndex: number;
        verification: { signedEntryTimestamp: string };
      }
    >,
  )[0];
  const annotations: Record<string, string> = {
    'dev.sigstore.cosign/certificate': pem,
    'dev.sigstore.cosign/chain': '',
    'dev.sigstore.cosign/bundle': JSON.stringify({
      SignedEntryTimestamp: entry.verification.signedEntryTimestamp,
      Payload: { body: entry.body, integratedTime: entry.integratedTime, logIndex: entry.logIndex, logID: entry.logID },
    }),
    predicateType: 'cosign.sigstore.dev/attestation/v1',
  };
  alter?.(annotations);
  const layer = await putBlob(reg, `o/${repo}`, envelopeJson);
  const config = await putBlob(
    reg,
    `o/${repo}`,
    JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const att = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: [{ mediaType: 'application/vnd.dsse.envelope.v1+json', ...layer, annotations }],
  };
  await putManifest(
    reg,
    `o/${repo}`,
    `${image.digest.replace(':', '-')}.att`,
    JSON.stringify(att),
    'application/vnd.oci.image.manifest.v1+json',
  );
  return `oci://${reg.host}/o/${repo}:1`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prov-cosign-'));
  mkdirSync(join(dir, 'sig'));
  reg = await startRegistry({ auth: { user: 'ci', password: 'pw' } });
  sig = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'sig') });
}, 60000);

afterAll(async () => {
  await Promise.all([reg?.close(), sig?.close()]);
});

describe("cosign's keyless attestations (certificate and Rekor entry in the .att layer's annotations)", () => {
  test('verified as a Sigstore bundle v0.1 with the identity policy; another identity is refused', async () => {
    const ref = await cosignAttest('keyless');
    const ok = await verifyImages({
      images: [ref],
      trustedRoot: sig.trustedRootPath,
      policy: { certIdentity: SAN, certOidcIssuer: ISSUER },
      credentials: creds(),
    });
    expect(ok.results[0].checks.filter((c) => !c.ok)).toEqual([]);
    expect(ok.results[0]).toMatchObject({
      artifact: ref,
      verified: true,
      predicateType: 'https://cosign.sigstore.dev/attestation/v1',
    });
    const other = await verifyImages({
      images: [ref],
      trustedRoot: sig.trustedRootPath,
      policy: { certIdentity: 'https://gitlab.example.com/someone/else' },
      credentials: creds(),
    });
    expect(other.results[0].verified).toBe(false);
    expect(
      other.results[0].checks
        .filter((c) => !c.ok)
        .map((c) => c.detail)
        .join('\n'),
    ).toMatch(/IDENTITY_MISMATCH/);
  }, 60000);

  test('a forged signed entry timestamp fails the transparency-log check', async () => {
    const ref = await cosignAttest('forged', (a) => {
      const b = JSON.parse(a['dev.sigstore.cosign/bundle']);
      b.Payload.logIndex += 1;
      a['dev.sigstore.cosign/bundle'] = JSON.stringify(b);
    });
    const rep = await verifyImages({
      images: [ref],
      trustedRoot: sig.trustedRootPath,
      policy: { certIdentity: SAN, certOidcIssuer: ISSUER },
      credentials: creds(),
    });
    expect(rep.results[0].verified).toBe(false);
    expect(
      rep.results[0].checks
        .filter((c) => !c.ok)
        .map((c) => c.detail)
        .join('\n'),
    ).toMatch(/TLOG_INCLUSION_PROMISE_ERROR: inclusion promise could not be verified/);
  }, 60000);

  test('a broken Rekor annotation is named, never accepted', async () => {
    const ref = await cosignAttest('broken', (a) => {
      a['dev.sigstore.cosign/bundle'] = '{"Payload":{}}';
    });
    const rep = await verifyImages({
      images: [ref],
      trustedRoot: sig.trustedRootPath,
      policy: {},
      credentials: creds(),
    });
    expect(rep.results[0].verified).toBe(false);
    expect(rep.results[0].checks.map((c) => c.detail).join('\n')).toMatch(
      /\[BUNDLE_INVALID\] .*keyless cosign attestation: dev\.sigstore\.cosign\/bundle lacks SignedEntryTimestamp/,
    );
  }, 60000);
});
