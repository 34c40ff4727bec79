// Google Cloud Build provenance: the summary `gcloud artifacts docker images describe IMAGE --show-provenance
// --format json` prints, {image_summary, provenance_summary: {provenance: [{build, envelope, kind, resourceUri}]}}.
// Each provenance carries a DSSE envelope signed by Cloud Build's KMS attestor keys. Only the signed payload is
// used; the unsigned copy under `build` and the image summary are never trusted.
import { ProvenantError } from '../errors.js';
import { decodeBase64, pae, parseEnvelope } from '../intoto/dsse.js';
import { verifyBytes } from '../intoto/keys.js';
import { SLSA_PROVENANCE_V01, SLSA_PROVENANCE_V1 } from '../intoto/statement.js';
import type { TrustedKey } from './trust.js';

/** Key ids of the global attestor keys and how each signs (the scheme slsa-verifier documents for Cloud Build). */
const GLOBAL_PAE: Record<string, { name: string; predicateType: string }> = {
  'projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/google-hosted-worker/cryptoKeyVersions/1': {
    name: 'global-pae-google-hosted-worker_1',
    predicateType: SLSA_PROVENANCE_V1,
  },
  'projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/provenanceSigner/cryptoKeyVersions/1': {
    name: 'global-pae-provenanceSigner_1',
    predicateType: SLSA_PROVENANCE_V01,
  },
};
const REGIONAL = new RegExp(
  '^projects/verified-builder/locations/([a-z0-9-]+)/' + 'keyRings/attestor/cryptoKeys/builtByGCB/cryptoKeyVersions/1$',
);

/**
 * The attestor keys themselves, by key id: the sha256 of each public key's DER SPKI (Google's published KMS keys,
 * as slsa-verifier ships them; test/fixtures/corpus/trust/gcb-kms-keys). A trusted key stands for an attestor key
 * only when its key material is the one pinned here for the signature's key id: a key file's name never decides
 * (a key of one's own saved as `us-west2.key.pem` or `release.pem` is not Cloud Build's). When Google adds or
 * rotates an attestor key, this table is updated with it.
 */
export const ATTESTOR_KEYS: Readonly<Record<string, string>> = {
  'projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/google-hosted-worker/cryptoKeyVersions/1':
    '3fe6dfada209606798e976322c8b69acae580a6708b7112f0f7a053a5b96d675',
  'projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/provenanceSigner/cryptoKeyVersions/1':
    '7ebd8a9404a4e7569477b178cc62a7909c11fb21a5715c3a96969047fa3b4e09',
  ...Object.fromEntries(
    Object.entries({
      global: '052ec7f94ccea66b0a594231a8520edd19a93064ce2afcb398311218cd4b657b',
      'asia-east1': 'f1b62d6b223de759b61f5e61c0b31c76e18ef1e9f2ce0169a6d71c4ce3f0ac27',
      'asia-northeast1': '159fce4e73e749d49b28c40d91d6bcdebf50e1189181416dacded1cff2f08a5f',
      'asia-southeast1': '330dad2b9b00dd3f6ee5fdc15323e20915aa464c509f573bbac9c6196717b5fe',
      'australia-southeast1': 'd5cfc022ea7d97fb02fe33e54d752a4b7e07fe0eeb04ab21ada8972982efe706',
      'europe-north1': 'e17b40b4b2e031977b23e9bd0357d4688cc25d3ee07d7bf8c302114254cf9387',
      'europe-west1': '8d2ad4c199aeda7f29809f26d31844e5b40a5855ed473fc2f154148aca61b1e8',
      'europe-west2': '542ce86b240ee02560ae4403bced98776bc73ba6c3c98ccf0a00744ff0912ff9',
      'europe-west3': 'be80fabe93edb93d2d7749117e5e21c7b32657e66e48bc2e50369fdea36eddef',
      'europe-west4': '98ae823d7a804be26e0cecbe0faa6c6e150768a21c7d70f290866d87825d9c3e',
      'southamerica-west1': 'bb3cca9a3552ace283d70074eb72eeb619b0211a12dbaf4e0b3709dd236aa74a',
      'us-central1': '143dc13ac1e0670bb2672d05c9d02903548083e881b4055bd1e209060b9da00c',
      'us-central2': '75e9b5b7af7895960cc3d874476d27e5704500f2b56f64bd14d79b631df0b463',
      'us-east1': 'a8696f140c4d5deafaa8e5e6d4255793d6e1e084cf091bd4203ad69e5b1577e6',
      'us-east4': '834774aea252f1f0d4ad4056987acfb196fe55da0348f6af40665a4477135d78',
      'us-west1': '95b417fe88bc64bf6497881b5d05d887ae0eb3c2de6242977369324487750a0e',
      'us-west2': 'aceb8d450900d79a89b54b689fc749f10954be3a1fa8660b12d698a86f4a9e4a',
      'us-west3': 'f4a2abc777dbdf1ca60979761011c06569b6b19c1ce076b35954dd6293cb24a2',
      'us-west4': 'c75120fe847ab84901c703dadaa7762b18883a617036248b5b28a90ca01f555b',
    }).map(([region, fp]) => [
      `projects/verified-builder/locations/${region}/keyRings/attestor/cryptoKeys/builtByGCB/cryptoKeyVersions/1`,
      fp,
    ]),
  ),
};

/** Builder ids of Cloud Build's hosted workers (what its attestor keys sign for). */
export const GCB_HOSTED_WORKER = /^https:\/\/cloudbuild\.googleapis\.com\/GoogleHostedWorker(@v\d+(\.\d+)*)?$/;

export function isGcbSummary(o: Record<string, unknown>): boolean {
  const ps = o.provenance_summary as Record<string, unknown> | undefined;
  return !!ps && typeof ps === 'object' && 'provenance' in ps;
}

/** The provenance entries of a summary, each to be verified on its own (any one verifying is enough). */
export function gcbEntries(
  o: Record<string, unknown>,
  source: string,
): Array<{ source: string; json: Record<string, unknown> }> {
  const list = (o.provenance_summary as Record<string, unknown>).provenance;
  if (!Array.isArray(list) || list.length === 0)
    throw new ProvenantError('BUNDLE_INVALID', `${source}: Cloud Build provenance summary without provenance`);
  const image = o.image_summary;
  if (image !== undefined && (!image || typeof image !== 'object' || Array.isArray(image)))
    throw new ProvenantError('BUNDLE_INVALID', `${source}: image_summary is not an object`);
  return list.map((p, i) => {
    if (!p || typeof p !== 'object' || Array.isArray(p))
      throw new ProvenantError('BUNDLE_INVALID', `${source}: provenance_summary.provenance[${i}] is not an object`);
    return {
      source: `${source}#provenance[${i}]`,
      json: { provenance: p, image_summary: image } as Record<string, unknown>,
    };
  });
}

export interface GcbVerified {
  payload: Buffer;
  payloadType: string;
  /**
   * The attestor key that verified (its name in Cloud Build's key set, e.g. us-west2 or
   * global-pae-google-hosted-worker_1).
   */
  keyName: string;
  keyid: string;
  /** The trusted key that verified (its validity window is checked by the caller). */
  key: TrustedKey;
}

/**
 * Verifies one Cloud Build provenance entry against the trusted keys (`--key DIR`): a signature counts only when its
 * key id is an attestor key's and a trusted key with exactly that attestor key's material (ATTESTOR_KEYS: the sha256
 * of its SPKI; never the file's name) verifies it. The global keys sign the DSSE PAE; the regional `builtByGCB`
 * keys sign the payload itself (Cloud Build's legacy scheme). The first signature that verifies wins, and the key
 * decides the predicate type the payload must have. `pins` is for tests only (keys of their own as attestor keys).
 */
export function verifyGcbEntry(
  doc: Record<string, unknown>,
  keys: TrustedKey[],
  source: string,
  pins: Readonly<Record<string, string>> = ATTESTOR_KEYS,
): GcbVerified {
  const entry = doc.provenance as Record<string, unknown>;
  if (entry.kind !== undefined && entry.kind !== 'BUILD')
    throw new ProvenantError('BUNDLE_INVALID', `${source}: kind '${String(entry.kind)}' is not BUILD`);
  const env = parseEnvelope(entry.envelope, `${source} envelope`);
  if (env.payloadType !== 'application/vnd.in-toto+json')
    throw new ProvenantError(
      'PAYLOAD_TYPE',
      `${source}: payloadType '${env.payloadType}' is not application/vnd.in-toto+json`,
    );
  const payload = decodeBase64(env.payload, `${source} payload`);
  if (!payload.length) throw new ProvenantError('BUNDLE_INVALID', `${source}: empty payload`);
  if (!env.signatures.length)
    throw new ProvenantError('SIGNATURE_MISSING', `${source}: the envelope carries no signature`);
  const problems: string[] = [];
  for (const [i, s] of env.signatures.entries()) {
    const keyid = s.keyid ?? '';
    const global = Object.hasOwn(GLOBAL_PAE, keyid) ? GLOBAL_PAE[keyid] : undefined;
    const region = REGIONAL.exec(keyid)?.[1];
    const pinned = Object.hasOwn(pins, keyid) ? pins[keyid] : undefined;
    if ((!global && !region) || !pinned) {
      problems.push(`signature ${i}: key id '${keyid.slice(0, 200)}' is not a Cloud Build attestor key`);
      continue;
    }
    const name = global ? global.name : region!;
    const key = keys.find((k) => k.info.keyid === pinned);
    if (!key) {
      const named = keys.find((k) => k.name === name);
      problems.push(
        named
          ? `signature ${i}: the trusted key '${named.source}' is not Cloud Build's attestor key '${name}' ` +
              `(sha256 of its key ${named.info.keyid}, the attestor key's is ${pinned})`
          : `signature ${i}: Cloud Build's attestor key '${name}' is not among the trusted keys (give --key DIR ` +
              `with Google's attestor keys)`,
      );
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
    return { payload, payloadType: env.payloadType, keyName: name, keyid, key };
  }
  throw new ProvenantError(
    'SIGNATURE_INVALID',
    `${source}: no signature verifies with a trusted Cloud Build key: ${problems.join('; ')}`,
  );
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/**
 * The parts beside the signature must agree with what was signed, as slsa-verifier requires: the readable copy of
 * the Statement under `build` (when present), the entry's resourceUri and the image summary's digests must name a
 * signed subject. They are never used, but a summary whose unsigned parts were changed is tampered input.
 */
function checkUnsignedParts(
  doc: Record<string, unknown>,
  entry: Record<string, unknown>,
  payload: Buffer,
  source: string,
): void {
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
    for (const [field, a, b] of [
      ['_type', text._type, signed._type],
      ['predicateType', text.predicateType, signed.predicateType],
      ['subject', text.subject, signed.subject],
      ['predicate', predicate, signed.predicate],
    ] as const) {
      if (!jsonEqual(a, b))
        throw new ProvenantError(
          'BUNDLE_INVALID',
          `${source}: the readable copy under build differs from the signed payload in ${field}`,
        );
    }
  }
  const subjects = Array.isArray(signed.subject)
    ? (signed.subject as Array<{ digest?: Record<string, unknown> }>)
        .map((s) => s?.digest?.sha256)
        .filter((d): d is string => typeof d === 'string')
    : [];
  const named = (what: string, v: unknown, re: RegExp) => {
    if (v === undefined) return;
    const m = typeof v === 'string' ? re.exec(v) : null;
    if (!m || !subjects.includes(m[1]))
      throw new ProvenantError('SUBJECT_MISMATCH', `${source}: ${what} ${JSON.stringify(v)} names no signed subject`);
  };
  named('resourceUri', entry.resourceUri, /@sha256:([0-9a-f]{64})$/);
  const image = doc.image_summary as Record<string, unknown> | undefined;
  named('image_summary.digest', image?.digest, /^sha256:([0-9a-f]{64})$/);
  named('image_summary.fully_qualified_digest', image?.fully_qualified_digest, /@sha256:([0-9a-f]{64})$/);
}
