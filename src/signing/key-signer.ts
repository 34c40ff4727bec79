import type { DSSEBundleBuilder, Signer } from '@sigstore/sign';
import { loadSign } from './sign-module.js';
import { lazyCommonJs } from '../util/lazy.js';
import { loadPrivateKey, signBytes } from '../intoto/keys.js';
import type { Envelope } from '../intoto/dsse.js';
import type { AttestationSigner, SignedAttestation } from './types.js';

/**
 * Signs with a private key (ed25519, ECDSA P-256/384/521, RSA-PSS; PEM, optionally encrypted) and packages the
 * DSSE envelope as a Sigstore bundle v0.3 with `publicKey{hint}` verification material (hint = sha256 of the
 * public key's DER SPKI), through @sigstore/sign's DSSEBundleBuilder with no witnesses.
 */
/** @sigstore/bundle (and the protobuf types under it), loaded when something is signed. */
const loadBundle = lazyCommonJs<typeof import('@sigstore/bundle')>(() => import('@sigstore/bundle'));

export function createKeySigner(
  pem: string | Buffer,
  passphrase: string | undefined,
  source = 'private-key',
): AttestationSigner & { keyid: string; publicKeyPem: string } {
  const key = loadPrivateKey(pem, passphrase, source);
  const signer: Signer = {
    sign: async (data: Buffer) => ({
      signature: signBytes(key, data),
      key: { $case: 'publicKey', publicKey: key.publicKey.pem, hint: key.publicKey.keyid },
    }),
  };
  // @sigstore/sign (with its HTTP stack) is loaded when something is signed, not when a command starts
  let builder: Promise<DSSEBundleBuilder> | undefined;
  return {
    kind: 'key',
    keyid: key.publicKey.keyid,
    publicKeyPem: key.publicKey.pem,
    async sign(payload: Buffer, payloadType: string): Promise<SignedAttestation> {
      builder ??= loadSign().then((m) => new m.DSSEBundleBuilder({ signer, witnesses: [] }));
      const [made, { bundleToJSON }] = await Promise.all([
        builder.then((b) => b.create({ data: payload, type: payloadType })),
        loadBundle(),
      ]);
      const bundle = bundleToJSON(made) as unknown as Record<string, unknown>;
      const env = bundle.dsseEnvelope as {
        payload: string;
        payloadType: string;
        signatures: Array<{ sig: string; keyid?: string }>;
      };
      const envelope: Envelope = {
        payload: env.payload,
        payloadType: env.payloadType,
        signatures: env.signatures.map((s) => ({ keyid: key.publicKey.keyid, sig: s.sig })),
      };
      return { bundle, envelope, identity: { kind: 'key', subject: key.publicKey.keyid } };
    },
  };
}
