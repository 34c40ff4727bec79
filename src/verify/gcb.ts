// Google Cloud Build provenance: the summary `gcloud artifacts docker images describe IMAGE --show-provenance
// --format json` prints, {image_summary, provenance_summary: {provenance: [{build, envelope, kind, resourceUri}]}}.
// Each provenance carries a DSSE envelope signed by Cloud Build's KMS attestor keys. Only the signed payload is
// used; the unsigned copy under `build` and the image summary are never trusted.
import { ProvenantError } from '../errors.js';
import { decodeBase64, pae, parseEnvelope } from '../intoto/dsse.js';
import { verifyBytes } from '../intoto/keys.js';
import { SLSA_PROVENANCE_V01, SLSA_PROVENANCE_V1 } from '../intoto/statement.js';
import type { TrustedKey } from './trust.js';

/** Key ids of the attestor keys and how each signs (the scheme slsa-verifier documents for Cloud Build). */
const GLOBAL_PAE: Record<string, { name: string; predicateType: string }> = {
  'projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/google-hosted-worker/cryptoKeyVersions/1': { name: 'global-pae-google-hosted-worker_1', predicateType: SLSA_PROVENANCE_V1 },
  'projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/provenanceSigner/cryptoKeyVersions/1': { name: 'global-pae-provenanceSigner_1', predicateType: SLSA_PROVENANCE_V01 },
};
const REGIONAL = /^projects\/verified-builder\/locations\/([a-z0-9-]+)\/keyRings\/attestor\/cryptoKeys\/builtByGCB\/cryptoKeyVersions\/1$/;

/** Builder ids of Cloud Build's hosted workers (what its attestor keys sign for). */
export const GCB_HOSTED_WORKER = /^https:\/\/cloudbuild\.googleapis\.com\/GoogleHostedWorker(@v\d+(\.\d+)*)?$/;

export function isGcbSummary(o: Record<string, unknown>): boolean {
  const ps = o.provenance_summary as Record<string, unknown> | undefined;
  return !!ps && typeof ps === 'object' && 'provenance' in ps;
}

/** The provenance entries of a summary, each to be verified on its own (any one verifying is enough). */
export function gcbEntries(o: Record<string, unknown>, source: string): Array<{ source: string; json: Record<string, unknown> }> {
  const list = (o.provenance_summary as Record<string, unknown>).provenance;
  if (!Array.isArray(list) || list.length === 0) throw new ProvenantError('BUNDLE_INVALID', `${source}: Cloud Build provenance summary without provenance`);
  const image = o.image_summary;
  if (image !== undefined && (!image || typeof image !== 'object' || Array.isArray(image))) throw new ProvenantError('BUNDLE_INVALID', `${source}: image_summary is not an object`);
  return list.map((p, i) => {
    if (!p || typeof p !== 'object' || Array.isArray(p)) throw new ProvenantError('BUNDLE_INVALID', `${source}: provenance_summary.provenance[${i}] is not an object`);
    return { source: `${source}#provenance[${i}]`, json: { provenance: p, image_summary: image } as Record<string, unknown> };
  });
}

export interface GcbVerified {
  payload: Buffer;
  payloadType: string;
  /** The attestor key that verified (file name of the trusted key, e.g. us-west2 or global-pae-google-hosted-worker_1). */
  keyName: string;
  keyid: string;
}

/**
 * Verifies one Cloud Build provenance entry against the trusted keys, found by name (`--key DIR` of
 * `<name>.key.pem` / `<name>.pem` files): the global keys sign the DSSE PAE; the regional `builtByGCB` keys sign the
 * payload itself (Cloud Build's legacy scheme). The first signature that verifies wins, and the key decides the
 * predicate type the payload must have.
 */
export function verifyGcbEntry(doc: Record<string, unknown>, keys: TrustedKey[], source: string): GcbVerified {
  const entry = doc.provenance as Record<string, unknown>;
  if (entry.kind !== undefined && entry.kind !== 'BUILD') throw new ProvenantError('BUNDLE_INVALID', `${source}: kind '${String(entry.kind)}' is not BUILD`);
  const env = parseEnvelope(entry.envelope, `${source} envelope`);
  if (env.payloadType !== 'application/vnd.in-toto+json') throw new ProvenantError('PAYLOAD_TYPE', `${source}: payloadType '${env.payloadType}' is not application/vnd.in-toto+json`);
  const payload = decodeBase64(env.payload, `${source} payload`);
  if (!payload.length) throw new ProvenantError('BUNDLE_INVALID', `${source}: empty payload`);
  if (!env.signatures.length) throw new ProvenantError('SIGNATURE_MISSING', `${source}: the envelope carries no signature`);
  const problems: string[] = [];
  for (const [i, s] of env.signatures.entries()) {
    const keyid = s.keyid ?? '';
    const global = GLOBAL_PAE[keyid];
    const region = REGIONAL.exec(keyid)?.[1];
    if (!global && !region) {
      problems.push(`signature ${i}: key id '${keyid}' is not a Cloud Build attestor key`);
      continue;
    }
    const name = global ? global.name : region!;
    const key = keys.find((k) => k.name === name);
    if (!key) {
      problems.push(`signature ${i}: no trusted key named '${name}' (give --key DIR with ${name}.key.pem)`);
      continue;
    }
    let sig: Buffer;
    try {
      sig = decodeBase64(s.sig, `${source} signatures[${i}].sig`);
    } catch (e) {
      problems.push(`signature ${i}: ${(e as Error).message}`);
      continue;
    }
    const signed = global ? pae(env.payloadType, payload) : payload;
    if (!verifyBytes(key.info, signed, sig)) {
      problems.push(`signature ${i}: does not verify with '${name}'`);
      continue;
    }
    // the key decides what the payload is: the v1 key signs SLSA v1 provenance, the others v0.1
    let predicateType: unknown;
    try {
      predicateType = (JSON.parse(payload.toString('utf8')) as { predicateType?: unknown }).predicateType;
    } catch {
      predicateType = undefined;
    }
    const expected = global ? global.predicateType : SLSA_PROVENANCE_V01;
    if (predicateType !== expected) {
      problems.push(`signature ${i}: key '${name}' signs ${expected}, the payload is ${JSON.stringify(predicateType)}`);
      continue;
    }
    checkUnsignedParts(doc, entry, payload, source);
    return { payload, payloadType: env.payloadType, keyName: name, keyid };
  }
  throw new ProvenantError('SIGNATURE_INVALID', `${source}: no signature verifies with a trusted Cloud Build key: ${problems.join('; ')}`);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The parts beside the signature must agree with what was signed, as slsa-verifier requires: the readable copy of
 * the Statement under `build` (when present), the entry's resourceUri and the image summary's digests must name a
 * signed subject. They are never used, but a summary whose unsigned parts were changed is tampered input.
 */
function checkUnsignedParts(doc: Record<string, unknown>, entry: Record<string, unknown>, payload: Buffer, source: string): void {
  let signed: Record<string, unknown>;
  try {
    signed = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
  } catch {
    return; // the schema check of the payload reports it
  }
  const build = (entry.build ?? {}) as Record<string, unknown>;
  const text = (build.inTotoSlsaProvenanceV1 ?? build.intotoStatement) as Record<string, unknown> | undefined;
  if (text !== undefined) {
    const predicate = text.predicate ?? text.slsaProvenance;
    for (const [field, a, b] of [['_type', text._type, signed._type], ['predicateType', text.predicateType, signed.predicateType], ['subject', text.subject, signed.subject], ['predicate', predicate, signed.predicate]] as const) {
      if (!jsonEqual(a, b)) throw new ProvenantError('BUNDLE_INVALID', `${source}: the readable copy under build differs from the signed payload in ${field}`);
    }
  }
  const subjects = Array.isArray(signed.subject) ? (signed.subject as Array<{ digest?: Record<string, unknown> }>).map((s) => s?.digest?.sha256).filter((d): d is string => typeof d === 'string') : [];
  const named = (what: string, v: unknown, re: RegExp) => {
    if (v === undefined) return;
    const m = typeof v === 'string' ? re.exec(v) : null;
    if (!m || !subjects.includes(m[1])) throw new ProvenantError('SUBJECT_MISMATCH', `${source}: ${what} ${JSON.stringify(v)} names no signed subject`);
  };
  named('resourceUri', entry.resourceUri, /@sha256:([0-9a-f]{64})$/);
  const image = doc.image_summary as Record<string, unknown> | undefined;
  named('image_summary.digest', image?.digest, /^sha256:([0-9a-f]{64})$/);
  named('image_summary.fully_qualified_digest', image?.fully_qualified_digest, /@sha256:([0-9a-f]{64})$/);
}
