/**
 * in-toto metadata as it arrives: the reference implementation's legacy Metablock `{"signed", "signatures"}` (hex
 * signatures over the canonical JSON of `signed`), or a DSSE envelope whose payload is a link/layout, an in-toto
 * Statement with a link v0.3 predicate, or a Statement with SLSA provenance standing for a step. Everything is
 * brought to the legacy link/layout shape that layout verification works on; signatures are checked against the
 * exact bytes that were signed.
 */
import { ProvenantError } from '../errors.js';
import { parseJsonStrict } from '../schemas/index.js';
import { validateStatement } from '../schemas/index.js';
import { encodeCanonical } from './canonical.js';
import { pae, parseEnvelope } from './dsse.js';
import { verifyBytes, type KeyScheme } from './keys.js';
import { LINK_V03, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1, type DigestSet, type Statement } from './statement.js';
import type { KeyObject } from 'node:crypto';

export type ArtifactDict = Record<string, DigestSet>;

export interface LinkBody {
  _type: 'link';
  name: string;
  command: string[];
  materials: ArtifactDict;
  products: ArtifactDict;
  byproducts: Record<string, unknown>;
  environment: Record<string, unknown>;
}

export interface Metadata {
  source: string;
  format: 'legacy' | 'dsse';
  /** The link or layout body (a Statement is converted to a link). */
  signed: Record<string, any>;
  signatures: Array<{ keyid: string; sig: string }>;
  /** The bytes the signatures cover (canonical JSON of `signed`, or the PAE). */
  signedBytes: Buffer;
  /** What the metadata was: a reference link/layout, a link v0.3 Statement, or SLSA provenance. */
  kind: 'link' | 'layout' | 'link-v0.3' | 'provenance';
}

function decodeSig(format: 'legacy' | 'dsse', sig: string): Buffer | undefined {
  if (format === 'legacy') return /^([0-9a-f]{2})*$/i.test(sig) ? Buffer.from(sig, 'hex') : undefined;
  return /^[A-Za-z0-9+/_-]*={0,2}$/.test(sig) ? Buffer.from(sig, 'base64') : undefined;
}

/** True when one signature verifies with the key (restricted to signatures carrying one of `ids` when given). */
export function verifyMetadataSignature(
  m: Metadata,
  key: { key: KeyObject; scheme: KeyScheme },
  ids: string[],
): boolean {
  for (const s of m.signatures) {
    if (ids.length && s.keyid && !ids.includes(s.keyid)) continue;
    const sig = decodeSig(m.format, s.sig);
    if (sig && verifyBytes(key, m.signedBytes, sig)) return true;
  }
  return false;
}

/**
 * The reference's signature check for layout verification (Metablock.verify_signature): the first signature whose
 * keyid is one of the key's ids is the one that counts, and it must verify; none with such a keyid is a failure.
 * `ids` are all the ids the key answers to (the layout's dict key, its declared keyid, the legacy and the current
 * securesystemslib forms). In a DSSE envelope every signature with one of the ids, or with no keyid, is tried.
 */
export function checkKeySignature(
  m: Metadata,
  key: { key: KeyObject; scheme: KeyScheme },
  ids: string[],
): { ok: boolean; why: string } {
  const idset = new Set(ids.map((x) => x.toLowerCase()));
  if (m.format === 'legacy') {
    const s = m.signatures.find((x) => idset.has(x.keyid.toLowerCase()));
    if (!s)
      return {
        ok: false,
        why: `no signature with keyid ${ids[0]?.slice(0, 8) ?? '?'} (${m.signatures.length} signature(s) present)`,
      };
    const sig = decodeSig(m.format, s.sig);
    return sig && verifyBytes(key, m.signedBytes, sig)
      ? { ok: true, why: '' }
      : { ok: false, why: `the signature with keyid ${s.keyid.slice(0, 8)} does not verify` };
  }
  const candidates = m.signatures.filter((x) => !x.keyid || idset.has(x.keyid.toLowerCase()));
  if (!candidates.length)
    return {
      ok: false,
      why: `no signature with keyid ${ids[0]?.slice(0, 8) ?? '?'} (${m.signatures.length} signature(s) present)`,
    };
  for (const s of candidates) {
    const sig = decodeSig(m.format, s.sig);
    if (sig && verifyBytes(key, m.signedBytes, sig)) return { ok: true, why: '' };
  }
  return { ok: false, why: `no signature verifies with key ${ids[0]?.slice(0, 8) ?? '?'}` };
}

/** Sets an own property even for names such as "__proto__" (artifact names are data). */
export function setOwn<T>(o: Record<string, T>, k: string, v: T): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function artifactsFromDescriptors(list: unknown, where: string): ArtifactDict {
  const out: ArtifactDict = {};
  if (list === undefined || list === null) return out;
  if (!Array.isArray(list)) throw new ProvenantError('LINK_INVALID', `${where}: not a list of resource descriptors`);
  for (const d of list as Array<{ name?: string; uri?: string; digest?: DigestSet }>) {
    const name = d?.name ?? d?.uri;
    if (typeof name !== 'string' || !d.digest) continue;
    setOwn(out, name, d.digest);
  }
  return out;
}

/** A link v0.3 Statement, or SLSA provenance (subjects as products, resolvedDependencies/materials as materials). */
function statementToLink(st: Statement, source: string): { link: LinkBody; kind: Metadata['kind'] } {
  const products: ArtifactDict = {};
  for (const s of st.subject) if (s.name && s.digest) setOwn(products, s.name, s.digest);
  const p = st.predicate as Record<string, any>;
  if (st.predicateType === LINK_V03) {
    return {
      kind: 'link-v0.3',
      link: {
        _type: 'link',
        name: p.name,
        command: p.command ?? [],
        materials: artifactsFromDescriptors(p.materials, `${source} materials`),
        products,
        byproducts: p.byproducts ?? {},
        environment: p.environment ?? {},
      },
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V1 || st.predicateType === SLSA_PROVENANCE_V02) {
    const mats = st.predicateType === SLSA_PROVENANCE_V1 ? p.buildDefinition?.resolvedDependencies : p.materials;
    return {
      kind: 'provenance',
      link: {
        _type: 'link',
        name: '',
        command: [],
        materials: artifactsFromDescriptors(mats, `${source} materials`),
        products,
        byproducts: {},
        environment: {},
      },
    };
  }
  throw new ProvenantError(
    'LINK_INVALID',
    `${source}: predicate ${st.predicateType} cannot stand for a step (link v0.3 or SLSA provenance)`,
  );
}

const HEX = /^[a-fA-F0-9]+$/;

/**
 * The reference's format checks of a link or layout body (in_toto.models): a link's materials and products are
 * dicts of hash dicts (hex values in the legacy format), byproducts and environment dicts, command a list. The
 * body is not changed: signatures cover it exactly as it is.
 */
function checkBody(signed: Record<string, any>, source: string, format: 'legacy' | 'dsse'): void {
  if (!signed || typeof signed !== 'object' || Array.isArray(signed))
    throw new ProvenantError('LINK_INVALID', `${source}: no signed object`);
  if (signed._type === 'link') {
    const isDict = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
    for (const f of ['materials', 'products']) {
      const v = signed[f];
      if (v === undefined) continue;
      if (!isDict(v)) throw new ProvenantError('LINK_INVALID', `${source}: ${f} is not an object`);
      for (const [k, d] of Object.entries(v)) {
        if (!isDict(d)) throw new ProvenantError('LINK_INVALID', `${source}: ${f}['${k}'] is not a digest set`);
        if (format === 'legacy')
          for (const [alg, h] of Object.entries(d as object))
            if (typeof h !== 'string' || !HEX.test(h))
              throw new ProvenantError('LINK_INVALID', `${source}: ${f}['${k}'].${alg} is not a hex digest`);
      }
    }
    for (const f of ['byproducts', 'environment'])
      if (signed[f] !== undefined && !isDict(signed[f]))
        throw new ProvenantError('LINK_INVALID', `${source}: ${f} is not an object`);
    if (signed.command !== undefined && !Array.isArray(signed.command))
      throw new ProvenantError('LINK_INVALID', `${source}: command is not a list`);
    if (typeof signed.name !== 'string') throw new ProvenantError('LINK_INVALID', `${source}: link has no name`);
    return;
  }
  if (signed._type === 'layout') return;
  throw new ProvenantError('LINK_INVALID', `${source}: _type '${String(signed._type)}' is neither link nor layout`);
}

/** A copy of a link body with the reference's defaults for absent fields (what verification works on). */
function withDefaults(signed: Record<string, any>): Record<string, any> {
  if (signed._type !== 'link') return signed;
  return { materials: {}, products: {}, byproducts: {}, command: [], environment: {}, ...signed };
}

export function parseMetadata(buf: Buffer, source: string): Metadata {
  const doc = parseJsonStrict(buf, source) as Record<string, any>;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new ProvenantError('LINK_INVALID', `${source}: not a JSON object`);
  if ('signed' in doc && 'signatures' in doc) {
    if (!Array.isArray(doc.signatures)) throw new ProvenantError('LINK_INVALID', `${source}: signatures is not a list`);
    const signatures = doc.signatures.map((s: any, i: number) => {
      if (s && typeof s.signature === 'string' && 'other_headers' in s)
        throw new ProvenantError(
          'LINK_INVALID',
          `${source}: signatures[${i}] is a GPG signature (not supported: sign with a PEM or securesystemslib key)`,
        );
      // securesystemslib SIGNATURE_SCHEMA: keyid and sig are hex
      if (!s || typeof s.sig !== 'string' || !HEX.test(s.sig))
        throw new ProvenantError('LINK_INVALID', `${source}: signatures[${i}] has no hex sig`);
      if (typeof s.keyid !== 'string' || !HEX.test(s.keyid))
        throw new ProvenantError('LINK_INVALID', `${source}: signatures[${i}] has no hex keyid`);
      return { keyid: s.keyid, sig: s.sig };
    });
    checkBody(doc.signed, source, 'legacy');
    let signedBytes: Buffer;
    try {
      signedBytes = encodeCanonical(doc.signed);
    } catch (e) {
      throw new ProvenantError('LINK_INVALID', `${source}: ${(e as Error).message}`);
    }
    return {
      source,
      format: 'legacy',
      signed: withDefaults(doc.signed),
      signatures,
      signedBytes,
      kind: doc.signed._type,
    };
  }
  // a Sigstore bundle signed with a key (provenant attest --key): its DSSE envelope is the metadata
  const envDoc =
    typeof doc.mediaType === 'string' &&
    doc.mediaType.startsWith('application/vnd.dev.sigstore.bundle') &&
    doc.dsseEnvelope
      ? doc.dsseEnvelope
      : doc;
  if ('payload' in envDoc && 'payloadType' in envDoc) {
    const env = parseEnvelope(envDoc, source);
    const payload = Buffer.from(env.payload, 'base64');
    const body = parseJsonStrict(payload, `${source} payload`) as Record<string, any>;
    const signatures = env.signatures.map((s) => ({ keyid: s.keyid ?? '', sig: s.sig }));
    const signedBytes = pae(env.payloadType, payload);
    if (body && typeof body._type === 'string' && body._type.startsWith('https://in-toto.io/Statement/')) {
      const st = validateStatement(body, `${source} payload`);
      const { link, kind } = statementToLink(st, source);
      return { source, format: 'dsse', signed: link, signatures, signedBytes, kind };
    }
    checkBody(body, source, 'dsse');
    return { source, format: 'dsse', signed: withDefaults(body), signatures, signedBytes, kind: body._type };
  }
  throw new ProvenantError(
    'LINK_INVALID',
    `${source}: neither an in-toto Metablock {signed, signatures} nor a DSSE envelope`,
  );
}
