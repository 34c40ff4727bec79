import { createHash, createPrivateKey, createPublicKey, sign, verify, constants, type KeyObject } from 'node:crypto';
import { ProvenantError } from '../errors.js';

/** Signature schemes (securesystemslib names). ECDSA signatures are DER, ed25519 raw, RSA-PSS salt 32 (sha256). */
export type KeyScheme =
  | 'ed25519'
  | 'ecdsa-sha2-nistp256'
  | 'ecdsa-sha2-nistp384'
  | 'ecdsa-sha2-nistp521'
  | 'rsassa-pss-sha224'
  | 'rsassa-pss-sha256'
  | 'rsassa-pss-sha384'
  | 'rsassa-pss-sha512'
  | 'rsa-pkcs1v15-sha224'
  | 'rsa-pkcs1v15-sha256'
  | 'rsa-pkcs1v15-sha384'
  | 'rsa-pkcs1v15-sha512';

export interface PublicKeyInfo {
  key: KeyObject;
  scheme: KeyScheme;
  /** PEM SubjectPublicKeyInfo, no trailing newline (as securesystemslib stores it). */
  pem: string;
  /** sha256 hex of the DER SubjectPublicKeyInfo: the hint written in bundles and envelopes. */
  keyid: string;
}

export interface PrivateKeyInfo {
  key: KeyObject;
  scheme: KeyScheme;
  publicKey: PublicKeyInfo;
}

const CURVE_SCHEMES: Record<string, KeyScheme> = {
  prime256v1: 'ecdsa-sha2-nistp256',
  'P-256': 'ecdsa-sha2-nistp256',
  secp384r1: 'ecdsa-sha2-nistp384',
  'P-384': 'ecdsa-sha2-nistp384',
  secp521r1: 'ecdsa-sha2-nistp521',
  'P-521': 'ecdsa-sha2-nistp521',
};

/** The default scheme for a key: ed25519, ECDSA by curve, RSA-PSS with SHA-256. */
export function defaultScheme(key: KeyObject, source = 'key'): KeyScheme {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return 'ed25519';
    case 'ec': {
      const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
      const s = CURVE_SCHEMES[curve];
      if (!s) throw new ProvenantError('KEY_UNSUPPORTED', `${source}: unsupported ECDSA curve ${curve || '(unknown)'}`);
      return s;
    }
    case 'rsa':
    case 'rsa-pss':
      return 'rsassa-pss-sha256';
    default:
      throw new ProvenantError(
        'KEY_UNSUPPORTED',
        `${source}: unsupported key type ${key.asymmetricKeyType ?? '(unknown)'}`,
      );
  }
}

export function describePublicKey(key: KeyObject, scheme?: KeyScheme, source = 'key'): PublicKeyInfo {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  const pem = (pub.export({ type: 'spki', format: 'pem' }) as string).trimEnd();
  return {
    key: pub,
    scheme: scheme ?? defaultScheme(pub, source),
    pem,
    keyid: createHash('sha256').update(der).digest('hex'),
  };
}

/** Loads a PEM private key (PKCS#8, PKCS#1, SEC1; encrypted with a passphrase). `source` names the input in errors. */
export function loadPrivateKey(pem: string | Buffer, passphrase: string | undefined, source = 'key'): PrivateKeyInfo {
  const text = pem.toString();
  if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text)) {
    throw new ProvenantError('KEY_INVALID', `${source}: not a PEM private key`);
  }
  const encrypted = /ENCRYPTED/.test(text);
  if (encrypted && !passphrase) {
    throw new ProvenantError('KEY_PASSPHRASE', `${source}: the private key is encrypted and no passphrase was given`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: text, format: 'pem', passphrase: passphrase ?? '' });
  } catch (e) {
    if (encrypted)
      throw new ProvenantError('KEY_PASSPHRASE', `${source}: wrong passphrase or corrupt encrypted key`, { cause: e });
    throw new ProvenantError('KEY_INVALID', `${source}: cannot parse private key (${(e as Error).message})`, {
      cause: e,
    });
  }
  const scheme = defaultScheme(key, source);
  return { key, scheme, publicKey: describePublicKey(key, scheme, source) };
}

/** Loads a PEM public key (SubjectPublicKeyInfo, PKCS#1 RSA) or the public half of a certificate. */
export function loadPublicKey(pem: string | Buffer, source = 'key', scheme?: KeyScheme): PublicKeyInfo {
  const text = pem.toString();
  let key: KeyObject;
  try {
    if (!/-----BEGIN [A-Z0-9 ]*(PUBLIC KEY|CERTIFICATE)-----/.test(text)) throw new Error('not a PEM public key');
    key = createPublicKey({ key: text, format: 'pem' });
  } catch (e) {
    throw new ProvenantError('KEY_INVALID', `${source}: cannot parse public key (${(e as Error).message})`, {
      cause: e,
    });
  }
  return describePublicKey(key, scheme, source);
}

function hashOf(scheme: KeyScheme): string | null {
  if (scheme === 'ed25519') return null;
  const m = /(sha\d+)$/.exec(scheme);
  if (m) return m[1];
  if (scheme === 'ecdsa-sha2-nistp256') return 'sha256';
  if (scheme === 'ecdsa-sha2-nistp384') return 'sha384';
  return 'sha512';
}

function keyOptions(key: KeyObject, scheme: KeyScheme) {
  if (scheme.startsWith('rsassa-pss')) {
    const bits = hashOf(scheme)!.slice(3);
    return { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(bits) / 8, dsaEncoding: 'der' as const };
  }
  if (scheme.startsWith('rsa-pkcs1v15')) return { key, padding: constants.RSA_PKCS1_PADDING };
  return { key, dsaEncoding: 'der' as const };
}

/** Signs bytes with the scheme's conventions (ECDSA DER, RSA-PSS salt = digest length, ed25519 raw). */
export function signBytes(k: { key: KeyObject; scheme: KeyScheme }, data: Uint8Array): Buffer {
  try {
    return sign(hashOf(k.scheme), data, keyOptions(k.key, k.scheme));
  } catch (e) {
    throw new ProvenantError('SIGNING_FAILED', `signing with ${k.scheme} failed: ${(e as Error).message}`, {
      cause: e,
    });
  }
}

/** Verifies a signature; never throws for a bad signature or a malformed one (returns false). */
export function verifyBytes(
  k: { key: KeyObject; scheme: KeyScheme },
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    // RSA-PSS: any salt length verifies (securesystemslib signs with the maximum, we sign with the digest length)
    const opts = k.scheme.startsWith('rsassa-pss')
      ? { ...keyOptions(k.key, k.scheme), saltLength: constants.RSA_PSS_SALTLEN_AUTO }
      : keyOptions(k.key, k.scheme);
    return verify(hashOf(k.scheme), data, opts, signature);
  } catch {
    return false;
  }
}
