import { ProvenantError } from '../errors.js';

/** DSSE v1.0.2 (secure-systems-lab/dsse). */
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface EnvelopeSignature {
  keyid?: string;
  sig: string;
}
export interface Envelope {
  payload: string;
  payloadType: string;
  signatures: EnvelopeSignature[];
}

export interface DsseSigner {
  keyid?: string;
  sign(data: Buffer): Buffer;
}
export interface DsseVerifier {
  keyid: string;
  verify(data: Buffer, sig: Buffer): boolean;
}

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, LEN in bytes. */
export function pae(payloadType: string, body: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${body.length} `, 'ascii'),
    body,
  ]);
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]*={0,2}$/;

/** Decodes standard or URL-safe base64 strictly: any other character or a bad length is an error. */
export function decodeBase64(s: unknown, what: string): Buffer {
  if (typeof s !== 'string') throw new ProvenantError('ENVELOPE_INVALID', `${what} is not a base64 string`);
  if (!(B64.test(s) || B64URL.test(s))) throw new ProvenantError('ENVELOPE_INVALID', `${what} is not valid base64`);
  const unpadded = s.replace(/=+$/, '');
  if (unpadded.length % 4 === 1)
    throw new ProvenantError('ENVELOPE_INVALID', `${what} has an impossible base64 length`);
  if (s.includes('=') && s.length % 4 !== 0)
    throw new ProvenantError('ENVELOPE_INVALID', `${what} has wrong base64 padding`);
  return Buffer.from(unpadded, B64.test(s) ? 'base64' : 'base64url');
}

export function signEnvelope(payload: Uint8Array, payloadType: string, signers: DsseSigner[]): Envelope {
  if (signers.length === 0) throw new ProvenantError('SIGNING_FAILED', 'no signer given for the DSSE envelope');
  const data = pae(payloadType, payload);
  return {
    payload: Buffer.from(payload).toString('base64'),
    payloadType,
    signatures: signers.map((s) => {
      const sig: EnvelopeSignature = { sig: s.sign(data).toString('base64') };
      if (s.keyid) sig.keyid = s.keyid;
      return sig;
    }),
  };
}

/** Checks the shape of an untrusted envelope: required fields with the right types. */
export function parseEnvelope(value: unknown, source = 'envelope'): Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProvenantError('ENVELOPE_INVALID', `${source}: a DSSE envelope must be a JSON object`);
  }
  const v = value as Record<string, unknown>;
  if (typeof v.payloadType !== 'string')
    throw new ProvenantError('ENVELOPE_INVALID', `${source}: payloadType missing or not a string`);
  if (typeof v.payload !== 'string')
    throw new ProvenantError('ENVELOPE_INVALID', `${source}: payload missing or not a string`);
  if (!Array.isArray(v.signatures))
    throw new ProvenantError('ENVELOPE_INVALID', `${source}: signatures missing or not an array`);
  const signatures = v.signatures.map((s, i) => {
    if (typeof s !== 'object' || s === null || typeof (s as Record<string, unknown>).sig !== 'string') {
      throw new ProvenantError('ENVELOPE_INVALID', `${source}: signatures[${i}].sig missing or not a string`);
    }
    const keyid = (s as Record<string, unknown>).keyid;
    if (keyid !== undefined && keyid !== null && typeof keyid !== 'string') {
      throw new ProvenantError('ENVELOPE_INVALID', `${source}: signatures[${i}].keyid is not a string`);
    }
    return { sig: (s as { sig: string }).sig, ...(typeof keyid === 'string' ? { keyid } : {}) };
  });
  decodeBase64(v.payload, `${source}: payload`);
  return { payload: v.payload, payloadType: v.payloadType, signatures };
}

export interface EnvelopeVerification {
  /** The verified payload bytes: parse these, never the envelope again. */
  payload: Buffer;
  payloadType: string;
  /** Distinct trusted keys whose signature verified. */
  keyids: string[];
}

/**
 * Verifies an envelope: at least `threshold` distinct trusted keys must have signed the exact PAE.
 * Fails closed: no signatures, no verifiers, or too few valid signatures is an error.
 */
export function verifyEnvelope(
  env: Envelope,
  verifiers: DsseVerifier[],
  threshold = 1,
  source = 'envelope',
): EnvelopeVerification {
  if (threshold < 1) throw new ProvenantError('INPUT_INVALID', `${source}: threshold must be at least 1`);
  if (env.signatures.length === 0)
    throw new ProvenantError('SIGNATURE_MISSING', `${source}: the envelope has no signature`);
  if (verifiers.length === 0)
    throw new ProvenantError('KEY_UNTRUSTED', `${source}: no trusted key to verify the envelope with`);
  const payload = decodeBase64(env.payload, `${source}: payload`);
  const data = pae(env.payloadType, payload);
  const ok = new Set<string>();
  for (const s of env.signatures) {
    let sig: Buffer;
    try {
      sig = decodeBase64(s.sig, `${source}: signature`);
    } catch {
      continue;
    }
    for (const v of verifiers) {
      if (ok.has(v.keyid)) continue;
      if (v.verify(data, sig)) ok.add(v.keyid);
    }
  }
  if (ok.size < threshold) {
    throw new ProvenantError(
      'SIGNATURE_INVALID',
      `${source}: ${ok.size} valid signature(s) from trusted keys, ${threshold} required`,
    );
  }
  return { payload, payloadType: env.payloadType, keyids: [...ok] };
}
