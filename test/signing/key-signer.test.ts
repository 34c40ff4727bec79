import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { bundleFromJSON } from '@sigstore/bundle';
import { createKeySigner } from '../../src/signing/key-signer.js';
import { loadPublicKey, verifyBytes } from '../../src/intoto/keys.js';
import { verifyEnvelope } from '../../src/intoto/dsse.js';

function pems(type: 'ed25519' | 'ec' | 'rsa-pss', passphrase?: string) {
  const opts: Record<string, unknown> =
    type === 'ec'
      ? { namedCurve: 'P-256' }
      : type === 'rsa-pss'
        ? { modulusLength: 2048, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 32 }
        : {};
  const { publicKey, privateKey } = generateKeyPairSync(
    type as 'ed25519',
    {
      ...opts,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: passphrase
        ? { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }
        : { type: 'pkcs8', format: 'pem' },
    } as never,
  ) as unknown as { publicKey: string; privateKey: string };
  return { publicKey, privateKey };
}

const payload = Buffer.from(
  JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'x', predicate: {} }),
);

describe('key signer', () => {
  for (const type of ['ed25519', 'ec', 'rsa-pss'] as const) {
    test(`${type}: bundle v0.3 with publicKey hint, verified by @sigstore/verify and by our DSSE verifier`, async () => {
      const { publicKey, privateKey } = pems(type);
      const signer = createKeySigner(privateKey, undefined);
      const signed = await signer.sign(payload, 'application/vnd.in-toto+json');
      expect(signed.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      const vm = signed.bundle.verificationMaterial as Record<string, { hint: string }>;
      expect(vm.publicKey.hint).toBe(signer.keyid);
      // independent verifier: @sigstore/verify with the public key looked up by hint
      const pub = loadPublicKey(publicKey);
      const trust = toTrustMaterial(
        {
          mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
          tlogs: [],
          ctlogs: [],
          certificateAuthorities: [],
          timestampAuthorities: [],
        } as never,
        (hint: string) => {
          if (hint !== signer.keyid) throw new Error(`unknown key ${hint}`);
          return { publicKey: pub.key, validFor: () => true };
        },
      );
      const verifier = new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, tsaThreshold: 0 });
      expect(() => verifier.verify(toSignedEntity(bundleFromJSON(signed.bundle)))).not.toThrow();
      // and our own DSSE verification of the .intoto.jsonl envelope
      const res = verifyEnvelope(signed.envelope, [{ keyid: pub.keyid, verify: (d, s) => verifyBytes(pub, d, s) }]);
      expect(res.payload.equals(payload)).toBe(true);
      // a tampered payload fails
      const bad = { ...signed.envelope, payload: Buffer.from(payload.toString().replace('x', 'y')).toString('base64') };
      expect(() => verifyEnvelope(bad, [{ keyid: pub.keyid, verify: (d, s) => verifyBytes(pub, d, s) }])).toThrow();
    });
  }
  test('encrypted key: passphrase required, wrong passphrase named, right one works', async () => {
    const { privateKey } = pems('ec', 'correct horse');
    expect(() => createKeySigner(privateKey, undefined)).toThrow(
      expect.objectContaining({ code: 'KEY_PASSPHRASE', message: expect.stringMatching(/private-key: .*encrypted/) }),
    );
    expect(() => createKeySigner(privateKey, 'wrong')).toThrow(expect.objectContaining({ code: 'KEY_PASSPHRASE' }));
    const s = createKeySigner(privateKey, 'correct horse');
    expect((await s.sign(payload, 'application/vnd.in-toto+json')).identity.kind).toBe('key');
  });
  test('garbage key is KEY_INVALID', () => {
    expect(() => createKeySigner('not a key', undefined)).toThrow(expect.objectContaining({ code: 'KEY_INVALID' }));
    expect(() => createKeySigner('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', undefined)).toThrow(
      expect.objectContaining({ code: 'KEY_INVALID' }),
    );
  });
});
