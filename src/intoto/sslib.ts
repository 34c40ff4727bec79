/**
 * securesystemslib keys as in-toto layouts and the reference implementation carry them: `{keytype, scheme,
 * keyval:{public}, [keyid_hash_algorithms], [subkeys]}`, their two key-id forms, and the conversion to and from
 * PEM. Key ids are sha256 over the canonical JSON of the public key object: the legacy form (the reference's demo
 * files, in-toto 1.x) includes `keyid_hash_algorithms: ["sha256","sha512"]`, the current one omits it.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { ProvenantError } from '../errors.js';
import { encodeCanonical } from './canonical.js';
import { describePublicKey, loadPrivateKey, type KeyScheme, type PrivateKeyInfo } from './keys.js';
import { READ_LIMITS, readContainedFileSync } from '../util/fs.js';
import { printable } from '../util/escape.js';

export interface SslibKey {
  keyid?: string;
  keytype: string;
  scheme: string;
  keyid_hash_algorithms?: string[];
  keyval: { public: string; private?: string; certificate?: string };
  subkeys?: Record<string, SslibKey>;
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SCHEMES: Record<string, KeyScheme> = {
  ed25519: 'ed25519',
  'ecdsa-sha2-nistp256': 'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384': 'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521': 'ecdsa-sha2-nistp521',
  'rsassa-pss-sha224': 'rsassa-pss-sha224',
  'rsassa-pss-sha256': 'rsassa-pss-sha256',
  'rsassa-pss-sha384': 'rsassa-pss-sha384',
  'rsassa-pss-sha512': 'rsassa-pss-sha512',
  'rsa-pkcs1v15-sha224': 'rsa-pkcs1v15-sha224',
  'rsa-pkcs1v15-sha256': 'rsa-pkcs1v15-sha256',
  'rsa-pkcs1v15-sha384': 'rsa-pkcs1v15-sha384',
  'rsa-pkcs1v15-sha512': 'rsa-pkcs1v15-sha512',
};

function keyidOf(obj: unknown): string {
  return createHash('sha256').update(encodeCanonical(obj)).digest('hex');
}

/**
 * Both key-id forms of a key (legacy first), plus the id it declares. An ECDSA key is also known under the other
 * spelling of its key type (securesystemslib writes `ecdsa`, older versions `ecdsa-sha2-nistpNNN`), after the others.
 */
export function sslibKeyIds(k: SslibKey): string[] {
  const forms = (keytype: string) => {
    const pub = { keytype, scheme: k.scheme, keyval: { public: k.keyval.public } };
    return [keyidOf({ ...pub, keyid_hash_algorithms: k.keyid_hash_algorithms ?? ['sha256', 'sha512'] }), keyidOf(pub)];
  };
  const ids = forms(k.keytype);
  if (k.keyid) ids.unshift(k.keyid);
  if (/^ecdsa(-sha2-nistp\d+)?$/.test(k.keytype) && /^ecdsa-sha2-nistp\d+$/.test(k.scheme))
    ids.push(...forms(k.keytype === 'ecdsa' ? k.scheme : 'ecdsa'));
  return [...new Set(ids)];
}

/** The verification key (node KeyObject + scheme) of a securesystemslib public key. */
export function sslibPublicKey(k: SslibKey, source: string): { key: KeyObject; scheme: KeyScheme } {
  const scheme = SCHEMES[k.scheme];
  if (!scheme) throw new ProvenantError('KEY_UNSUPPORTED', `${source}: key scheme '${k.scheme}' is not supported`);
  const pub = k.keyval?.public;
  if (typeof pub !== 'string' || !pub)
    throw new ProvenantError(
      'KEY_INVALID',
      `${source}: key has no public value${k.keyval?.certificate ? ' (certificate-only keys are not supported)' : ''}`,
    );
  try {
    if (k.keytype === 'ed25519') {
      if (!/^[0-9a-f]{64}$/i.test(pub)) throw new Error('ed25519 public key is not 64 hex characters');
      return {
        key: createPublicKey({
          key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(pub, 'hex')]),
          format: 'der',
          type: 'spki',
        }),
        scheme,
      };
    }
    if (!['rsa', 'ecdsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'].includes(k.keytype))
      throw new Error(`key type '${k.keytype}' is not supported`);
    return { key: createPublicKey({ key: pub, format: 'pem' }), scheme };
  } catch (e) {
    throw new ProvenantError('KEY_INVALID', `${source}: ${(e as Error).message}`);
  }
}

/** A node key in securesystemslib form (RSA-PSS/SHA-256, ECDSA by curve, ed25519 raw hex), legacy key id. */
export function toSslib(key: KeyObject, scheme?: KeyScheme): SslibKey & { keyid: string } {
  const info = describePublicKey(key, scheme);
  let k: SslibKey;
  if (info.key.asymmetricKeyType === 'ed25519') {
    const raw = (info.key.export({ type: 'spki', format: 'der' }) as Buffer).subarray(ED25519_SPKI_PREFIX.length);
    k = {
      keytype: 'ed25519',
      scheme: 'ed25519',
      keyid_hash_algorithms: ['sha256', 'sha512'],
      keyval: { public: raw.toString('hex') },
    };
  } else if (info.key.asymmetricKeyType === 'ec') {
    k = {
      keytype: 'ecdsa',
      scheme: info.scheme,
      keyid_hash_algorithms: ['sha256', 'sha512'],
      keyval: { public: info.pem },
    };
  } else {
    k = {
      keytype: 'rsa',
      scheme: info.scheme,
      keyid_hash_algorithms: ['sha256', 'sha512'],
      keyval: { public: info.pem },
    };
  }
  return { keyid: sslibKeyIds(k)[0], ...k };
}

export interface LoadedFunctionaryKey {
  sslib: SslibKey & { keyid: string };
  /** All the ids this key answers to. */
  ids: string[];
  verify: { key: KeyObject; scheme: KeyScheme };
  private?: PrivateKeyInfo;
}

/**
 * Loads a key file: a PEM public or private key, or securesystemslib JSON (public, or with keyval.private as the
 * reference's in-toto-keygen writes for ed25519/ecdsa).
 */
export function loadFunctionaryKey(path: string, passphrase?: string): LoadedFunctionaryKey {
  // a regular file of bounded size: a FIFO or a device given as a key is refused, never read until it ends
  const text = readContainedFileSync(path, { maxBytes: READ_LIMITS.key, what: 'key' }).data.toString('utf8');
  return parseFunctionaryKey(text, printable(path), passphrase);
}

export function parseFunctionaryKey(text: string, source: string, passphrase?: string): LoadedFunctionaryKey {
  if (text.trimStart().startsWith('{')) return parseSslibJson(text, source, passphrase);
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text)) {
    const priv = loadPrivateKey(text, passphrase, source);
    const sslib = toSslib(priv.publicKey.key, priv.scheme);
    return { sslib, ids: sslibKeyIds(sslib), verify: { key: priv.publicKey.key, scheme: priv.scheme }, private: priv };
  }
  if (/-----BEGIN [A-Z0-9 ]*PUBLIC KEY-----/.test(text)) {
    let key: KeyObject;
    try {
      key = createPublicKey({ key: text, format: 'pem' });
    } catch (e) {
      throw new ProvenantError('KEY_INVALID', `${source}: ${(e as Error).message}`);
    }
    const sslib = toSslib(key);
    return {
      sslib,
      ids: sslibKeyIds(sslib),
      verify: { key: describePublicKey(key).key, scheme: sslib.scheme as KeyScheme },
    };
  }
  return parseSslibJson(text, source, passphrase);
}

function parseSslibJson(text: string, source: string, passphrase?: string): LoadedFunctionaryKey {
  let json: SslibKey;
  try {
    json = JSON.parse(text) as SslibKey;
  } catch {
    throw new ProvenantError('KEY_INVALID', `${source}: neither a PEM key nor a securesystemslib JSON key`);
  }
  if (
    !json ||
    typeof json !== 'object' ||
    typeof json.keytype !== 'string' ||
    typeof json.scheme !== 'string' ||
    typeof json.keyval !== 'object'
  ) {
    throw new ProvenantError('KEY_INVALID', `${source}: not a securesystemslib key (keytype, scheme, keyval)`);
  }
  const verify = sslibPublicKey(json, source);
  const sslib = { ...json, keyval: { public: json.keyval.public }, keyid: '' };
  // the key's own keyid is the one its holder's tools sign with and name link files by; else the legacy form
  sslib.keyid =
    typeof json.keyid === 'string' && /^[0-9a-fA-F]+$/.test(json.keyid)
      ? json.keyid
      : sslibKeyIds({ ...sslib, keyid: undefined })[0];
  const out: LoadedFunctionaryKey = { sslib, ids: sslibKeyIds({ ...json, keyid: json.keyid }), verify };
  if (json.keyval.private) {
    // securesystemslib private JSON: ed25519 raw hex seed, or PEM for ecdsa/rsa
    try {
      const priv = json.keytype === 'ed25519' ? ed25519PrivateFromHex(json.keyval.private) : json.keyval.private;
      const info = loadPrivateKey(priv, passphrase, source);
      out.private = { ...info, scheme: verify.scheme };
    } catch (e) {
      throw new ProvenantError('KEY_INVALID', `${source}: private key: ${(e as Error).message}`);
    }
  }
  return out;
}

function ed25519PrivateFromHex(hex: string): string {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('ed25519 private key is not 64 hex characters');
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(hex, 'hex')]);
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`;
}
