import { existsSync, readdirSync, type Stats, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { ProvenantError } from '../errors.js';
import { describePublicKey, loadPrivateKey, loadPublicKey, type PublicKeyInfo } from '../intoto/keys.js';
import { parseFunctionaryKey } from '../intoto/sslib.js';
import { parseJsonStrict } from '../schemas/index.js';
import { pushAll } from '../util/array.js';
import { READ_LIMITS, readRegularFileSync } from '../util/fs.js';
import './der-cache.js'; // each trust certificate's DER (and its public key's) is encoded once, then reused

/** A verification key with an optional validity window (npm registry keys expire). */
export interface TrustedKey {
  info: PublicKeyInfo;
  ids: string[];
  validFrom?: Date;
  validUntil?: Date;
  source: string;
  /** The key file's name without extensions (Cloud Build attestor keys are found by name: us-west2.key.pem). */
  name?: string;
}

/** Whether a trusted key's validity window (keys.json validFor; none: always) holds at `d`. */
export function keyValidAt(k: TrustedKey, d: Date): boolean {
  return (!k.validFrom || d >= k.validFrom) && (!k.validUntil || d <= k.validUntil);
}

export interface Trust {
  /** The Sigstore trusted root in force (public-good by default). */
  root: TrustedRoot;
  rootSource: string;
  keys: TrustedKey[];
  /** @sigstore/verify trust material: the root plus our keys, looked up by hint. */
  material: TrustMaterial;
  /**
   * Tests only: Cloud Build attestor key pins in place of the real ones (gcb.ts ATTESTOR_KEYS); loadTrust never sets
   * it.
   */
  gcbAttestorKeys?: Readonly<Record<string, string>>;
}

/** The public-good trusted root shipped inside the bundle (from @sigstore/tuf's embedded TUF seed). */
export function publicGoodRootJson(): unknown {
  const targets = (seeds as Record<string, { targets: Record<string, string> }>)['https://tuf-repo-cdn.sigstore.dev']
    .targets;
  return JSON.parse(Buffer.from(targets['trusted_root.json'], 'base64').toString('utf8'));
}

export function parseRoot(json: unknown, source: string): TrustedRoot {
  const mt = (json as { mediaType?: unknown })?.mediaType;
  if (typeof mt !== 'string' || !mt.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new ProvenantError(
      'TRUST_ROOT_INVALID',
      `${source}: not a Sigstore trusted root (mediaType ${JSON.stringify(mt)})`,
    );
  }
  // a log key's validity window without its start is malformed: never read a missing bound as "unbounded"
  const r = json as Record<string, Array<Record<string, any>> | undefined>;
  for (const [list, where] of [
    ['tlogs', 'publicKey'],
    ['ctlogs', 'publicKey'],
  ] as const) {
    (r[list] ?? []).forEach((e, i) => {
      const vf = where ? e?.[where]?.validFor : e?.validFor;
      if (vf !== undefined && (vf === null || typeof vf !== 'object' || typeof vf.start !== 'string')) {
        throw new ProvenantError('TRUST_ROOT_INVALID', `${source}: ${list}[${i}] has no validFor.start`);
      }
    });
  }
  try {
    return TrustedRoot.fromJSON(json);
  } catch (e) {
    throw new ProvenantError('TRUST_ROOT_INVALID', `${source}: ${(e as Error).message}`);
  }
}

function keysFromFile(path: string): TrustedKey[] {
  const name = basename(path).replace(/(\.key)?\.(pem|pub)$|\.key$/, '');
  const text = readRegularFileSync(path, { maxBytes: READ_LIMITS.key, what: 'key' }).toString('utf8');
  return keysFromText(text, path).map((k) => (k.source === path ? { ...k, name } : k));
}

/** The npm registry's signing keys shipped with Provenant (from @sigstore/tuf's embedded TUF seed). */
export function npmRegistryKeysText(): string {
  const targets = (seeds as Record<string, { targets: Record<string, string> }>)['https://tuf-repo-cdn.sigstore.dev']
    .targets;
  return Buffer.from(targets['registry.npmjs.org%2Fkeys.json'], 'base64').toString('utf8');
}

function keysFromText(text: string, path: string): TrustedKey[] {
  if (!text.trimStart().startsWith('{') && /-----BEGIN (ENCRYPTED |RSA |EC )?PRIVATE KEY-----/.test(text)) {
    // a private key stands for its public half (and can sign the VSAs of verify --vsa-out)
    const info = loadPublicKey(loadPrivateKey(text, undefined, path).publicKey.pem, path);
    return [{ info, ids: [info.keyid], source: path }];
  }
  if (!text.trimStart().startsWith('{') && text.includes('-----BEGIN')) {
    const info = loadPublicKey(text, path);
    return [{ info, ids: [info.keyid], source: path }];
  }
  // npm registry keys.json: {keys:[{keyId|keyid, publicKey:{rawBytes, validFor}} | {keyid, key, expires}]}
  const doc = parseJsonStrict(text, path) as { keys?: Array<Record<string, any>>; keytype?: unknown; keyval?: unknown };
  if (doc && typeof doc.keytype === 'string' && doc.keyval) {
    // a securesystemslib key (in-toto): answers to its declared, legacy and current key ids
    const f = parseFunctionaryKey(text, path);
    const info = describePublicKey(f.verify.key, f.verify.scheme, path);
    return [{ info, ids: [...f.ids, info.keyid], source: path }];
  }
  if (!doc || !Array.isArray(doc.keys))
    throw new ProvenantError('KEY_INVALID', `${path}: neither a PEM public key nor a keys.json document`);
  return doc.keys.map((k, i) => {
    const raw = k.publicKey?.rawBytes ?? k.key;
    const id = k.keyId ?? k.keyid;
    if (typeof raw !== 'string' || typeof id !== 'string')
      throw new ProvenantError('KEY_INVALID', `${path}: keys[${i}] lacks a key or key id`);
    let key: KeyObject;
    try {
      key = createPublicKey({ key: Buffer.from(raw, 'base64'), format: 'der', type: 'spki' });
    } catch (e) {
      throw new ProvenantError('KEY_INVALID', `${path}: keys[${i}]: ${(e as Error).message}`);
    }
    const start = k.publicKey?.validFor?.start;
    const end = k.publicKey?.validFor?.end ?? k.expires;
    const info = loadPublicKey(key.export({ type: 'spki', format: 'pem' }) as string, path);
    return {
      info,
      ids: [id, info.keyid],
      source: path,
      validFrom: start ? new Date(start) : undefined,
      validUntil: end ? new Date(end) : undefined,
    };
  });
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Where the trust comes from (structured-cloneable: the verify workers load the same). */
export interface TrustSources {
  trustedRoot?: string;
  keys?: string[];
  npmRegistryKeys?: boolean;
  /**
   * A trusted root's JSON already read and checked by its loader (the TUF cache: src/verify/tuf.ts), used when no
   * --trusted-root is given, in place of the shipped public-good root; `trustedRootLabel` names it in reports.
   */
  trustedRootJson?: string;
  trustedRootLabel?: string;
}

/**
 * Loads the trusted root (a file, the TUF cache's checked copy, or the shipped public-good root) and any verification
 * keys (PEM files, keys.json, or a folder of them). A trusted root given as a folder contributes its trusted_root.json
 * and its key files.
 */
export function loadTrust(opts: TrustSources): Trust {
  let root: TrustedRoot;
  let rootSource: string;
  if (opts.trustedRoot && isDirectory(opts.trustedRoot)) {
    // a folder of trust material: its trusted_root.json (if any) is the root, its key files are trusted keys
    // (Cloud Build's attestor keys come as such a folder)
    const inner = join(opts.trustedRoot, 'trusted_root.json');
    opts = {
      ...opts,
      trustedRoot: existsSync(inner) ? inner : undefined,
      keys: [...(opts.keys ?? []), opts.trustedRoot],
    };
  }
  if (opts.trustedRoot) {
    const text = readRegularFileSync(opts.trustedRoot, {
      maxBytes: READ_LIMITS.trustedRoot,
      what: '--trusted-root',
    }).toString('utf8');
    root = parseRoot(parseJsonStrict(text, opts.trustedRoot), opts.trustedRoot);
    rootSource = opts.trustedRoot;
  } else if (opts.trustedRootJson !== undefined) {
    const label = opts.trustedRootLabel ?? 'TUF cache';
    root = parseRoot(parseJsonStrict(opts.trustedRootJson, label), label);
    rootSource = label;
  } else {
    root = parseRoot(publicGoodRootJson(), 'public-good trusted root');
    rootSource = 'sigstore public-good (shipped)';
  }
  const keys: TrustedKey[] = [];
  for (const k of opts.keys ?? []) {
    let st: Stats;
    try {
      st = statSync(k);
    } catch {
      throw new ProvenantError('FILE_NOT_FOUND', `--key ${k}: not found`);
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(k).sort())
        if (/\.(pem|pub|json|key)$/.test(f) && f !== 'trusted_root.json') pushAll(keys, keysFromFile(join(k, f)));
    } else pushAll(keys, keysFromFile(k));
  }
  if (opts.npmRegistryKeys) pushAll(keys, keysFromText(npmRegistryKeysText(), 'npm registry keys (shipped)'));
  const material = toTrustMaterial(root, (hint: string) => {
    const k = keys.find((x) => x.ids.includes(hint));
    if (!k) throw new ProvenantError('KEY_UNTRUSTED', `no trusted key for hint '${hint}'`);
    return {
      publicKey: k.info.key,
      validFor: (d: Date) => keyValidAt(k, d),
    };
  });
  shareChainWork(material);
  return { root, rootSource, keys, material };
}

type CachedCert = TrustMaterial['certificateAuthorities'][number]['certChain'][number] & { __provenantShared?: true };

/**
 * The CA certificates of the trust material are the same for every bundle verified, yet @sigstore/verify re-checks
 * their signatures (intermediate by root, root by itself) for each one. Those results depend only on the two fixed
 * certificates, so each is computed once here, on our own trust objects (their DER, re-encoded by @sigstore/verify
 * for each bundle too, is kept by ./der-cache.js). The leaf of every bundle is still verified in full against them.
 */
function shareChainWork(material: TrustMaterial): void {
  for (const ca of material.certificateAuthorities) {
    // The last certificate of a CA's chain is its trust anchor. A trusted root may end the chain at an intermediate
    // (GitHub's staging root does): the anchor is trusted because the root lists it, not because it signed itself,
    // so it terminates the path as a self-signed root would (sigstore-go and X.509 anchors behave the same way).
    const anchor = ca.certChain[ca.certChain.length - 1] as CachedCert | undefined;
    if (anchor && !anchor.subject.equals(anchor.issuer)) {
      const subject = anchor.subject;
      Object.defineProperty(anchor, 'issuer', { get: () => subject });
      const verifyAnchor = anchor.verify.bind(anchor);
      anchor.verify = (issuer?: CachedCert) => (issuer === undefined ? true : verifyAnchor(issuer));
    }
    for (const cert of ca.certChain as CachedCert[]) {
      if (cert.__provenantShared) continue;
      cert.__provenantShared = true;
      const verify = cert.verify.bind(cert);
      const verdicts = new Map<unknown, boolean>();
      cert.verify = (issuer?: CachedCert) => {
        // only an issuer that is itself a fixed trust certificate (or none: self-signed) is cached
        if (issuer !== undefined && !(issuer as CachedCert).__provenantShared) return verify(issuer);
        let v = verdicts.get(issuer);
        if (v === undefined) verdicts.set(issuer, (v = verify(issuer)));
        return v;
      };
    }
  }
}
