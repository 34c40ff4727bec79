/**
 * Step 1 of the verify pipeline, material and signature: which key or certificate signed, checked with
 * @sigstore/verify (bundles), DSSE (envelopes), in-toto metadata or Cloud Build's attestor keys; the payload that
 * comes out is the verified one, never re-read from the input.
 */
import { createPublicKey, type KeyObject, X509Certificate as NodeX509 } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import type { ASN1Obj } from '@sigstore/core';
import { ProvenantError, type ErrorCode } from '../errors.js';
import { parseEnvelope, verifyEnvelope } from '../intoto/dsse.js';
import { verifyBytes } from '../intoto/keys.js';
import { parseMetadata, verifyMetadataSignature } from '../intoto/metablock.js';
import { verifyGcbEntry } from './gcb.js';
import { fulcioIdentity } from './certificate.js';
import type { LoadedAttestation } from './load.js';
import type { Policy } from './policy.js';
import type { DigestSet } from '../intoto/statement.js';
import { keyValidAt, type Trust, type TrustedKey } from './trust.js';
import {
  applyOrigins,
  checkBundleShape,
  checkInclusionProofs,
  checkLogKeyWindows,
  checkpointOrigins,
  checkTimestampStructure,
  withDerGenTimes,
} from './material.js';
import { fail, type AttestationResult, type CheckResult } from './result.js';

const INT64 = /^(0|[1-9]\d{0,18})$/;

/**
 * proto3 int64 fields of transparency-log entries must be decimal integers in range (a huge or fractional value
 * would otherwise be coerced silently by the bundle decoder).
 */
function checkInt64Fields(json: Record<string, any>, source: string): void {
  const entries = json.verificationMaterial?.tlogEntries;
  if (entries === undefined) return;
  if (!Array.isArray(entries)) throw new ProvenantError('BUNDLE_INVALID', `${source}: tlogEntries is not an array`);
  entries.forEach((e: Record<string, any>, i: number) => {
    const check = (v: unknown, name: string) => {
      if (v === undefined) return;
      const s = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : v;
      if (typeof s !== 'string' || !INT64.test(s) || BigInt(s) > 9223372036854775807n) {
        throw new ProvenantError(
          'BUNDLE_INVALID',
          `${source}: tlogEntries[${i}].${name} is not a valid int64 (${String(v).slice(0, 40)})`,
        );
      }
    };
    check(e?.logIndex, 'logIndex');
    check(e?.integratedTime, 'integratedTime');
    check(e?.inclusionProof?.logIndex, 'inclusionProof.logIndex');
    check(e?.inclusionProof?.treeSize, 'inclusionProof.treeSize');
  });
}

/**
 * The leaf certificate must be strict DER as OpenSSL reads it: @sigstore/core's parser tolerates a wrong outer
 * tag or a malformed BIT STRING header outside the signed TBS part, which would leave certificates malleable.
 */
function strictCertificate(der: Buffer, root: ASN1Obj, source: string): void {
  let cert: NodeX509;
  try {
    cert = new NodeX509(der);
  } catch (e) {
    throw new ProvenantError(
      'CERTIFICATE_INVALID',
      `${source}: the signing certificate is not valid DER (${(e as Error).message})`,
    );
  }
  if (!cert.raw.equals(der))
    throw new ProvenantError('CERTIFICATE_INVALID', `${source}: the signing certificate is not in canonical DER`);
  // RFC 5280 4.1.1.2: the outer signatureAlgorithm (not covered by the signature) must equal the signed one in the
  // TBS part; otherwise a flipped OID there goes unnoticed by the chain check (`root`: the parsed tree `der` encodes,
  // whose re-parse would give the same tree and the same encodings)
  let same = false;
  try {
    const tbs = root.subs[0];
    const inner = tbs.subs[tbs.subs[0].tag.isContextSpecific(0) ? 2 : 1];
    same = !!inner && inner.toDER().equals(root.subs[1].toDER());
  } catch {
    same = false;
  }
  if (!same)
    throw new ProvenantError(
      'CERTIFICATE_INVALID',
      `${source}: the signing certificate's signatureAlgorithm differs from the one it signed`,
    );
}

export interface SignatureOutcome {
  payload?: Buffer;
  payloadType?: string;
  signer: AttestationResult['signer'];
  messageDigestOnly?: boolean;
  /** A message signature checked against a given digest without the artifact: `ALG:HEX` of that digest. */
  prehash?: string;
}

/**
 * The trust material for one trusted key: the trusted root's logs and authorities, with the key in place of hint
 * lookup. Built once per (trust, key) and kept with the trust: building it parses every log and CA key of the root,
 * which cost more than verifying a key-signed bundle.
 */
const keyMaterials = new WeakMap<Trust, Map<TrustedKey, TrustMaterial>>();
function keyMaterial(trust: Trust, k: TrustedKey): TrustMaterial {
  let byKey = keyMaterials.get(trust);
  if (!byKey) keyMaterials.set(trust, (byKey = new Map()));
  let m = byKey.get(k);
  if (!m) {
    m = toTrustMaterial(trust.root, () => ({
      publicKey: k.info.key,
      validFor: (d: Date) => keyValidAt(k, d),
    }));
    byKey.set(k, m);
  }
  return m;
}

/** Checks the signature of one attestation; returns the VERIFIED payload (never re-read from the input). */
export function checkSignature(
  att: LoadedAttestation,
  trust: Trust,
  policy: Policy,
  checks: CheckResult[],
  artifact?: Buffer,
  digest?: DigestSet,
): SignatureOutcome | undefined {
  if (att.kind === 'statement') {
    if (policy.allowUnsigned) {
      checks.push({ code: 'signature', ok: true, detail: 'unsigned Statement, accepted by --allow-unsigned' });
      return { payload: att.raw, payloadType: 'application/vnd.in-toto+json', signer: { kind: 'none' } };
    }
    checks.push({
      code: 'signature',
      ok: false,
      detail:
        '[SIGNATURE_MISSING] the Statement is not signed ' +
        '(use --allow-unsigned to accept SLSA Build L1 unsigned provenance)',
    });
    return undefined;
  }
  if (att.kind === 'metablock') {
    // the in-toto reference's {signed, signatures}: hex signatures over the canonical JSON of `signed`
    try {
      const m = parseMetadata(att.raw, att.source);
      if (!trust.keys.length)
        throw new ProvenantError('KEY_UNTRUSTED', `${att.source}: in-toto metadata needs --key to verify it`);
      const k = trust.keys.find((x) => verifyMetadataSignature(m, x.info, []));
      if (!k)
        throw new ProvenantError(
          'SIGNATURE_INVALID',
          `${att.source}: no signature verifies with the trusted key(s) (${m.signatures.length} signature(s) present)`,
        );
      keyValidNow([k], att.source);
      checks.push({
        code: 'signature',
        ok: true,
        detail: `in-toto metadata signed by trusted key ${k.ids[0].slice(0, 16)}`,
      });
      return {
        payload: Buffer.from(JSON.stringify(m.signed)),
        payloadType: 'application/vnd.in-toto+json',
        signer: { kind: 'key', keyid: k.ids[0] },
      };
    } catch (e) {
      fail(checks, 'signature', e, 'SIGNATURE_INVALID');
      return undefined;
    }
  }
  if (att.kind === 'gcb') {
    try {
      if (!trust.keys.length)
        throw new ProvenantError(
          'KEY_UNTRUSTED',
          `${att.source}: Cloud Build provenance needs its attestor keys: --key DIR of <name>.key.pem files`,
        );
      const v = verifyGcbEntry(att.json, trust.keys, att.source, trust.gcbAttestorKeys);
      keyValidNow([v.key], att.source);
      checks.push({
        code: 'signature',
        ok: true,
        detail: `DSSE signature by Cloud Build attestor key '${v.keyName}' (${v.keyid})`,
      });
      return {
        payload: v.payload,
        payloadType: v.payloadType,
        signer: { kind: 'key', keyid: v.keyid, hostedBuilder: 'google-cloud-build' },
      };
    } catch (e) {
      fail(checks, 'signature', e, 'SIGNATURE_INVALID');
      return undefined;
    }
  }
  if (att.kind === 'envelope') {
    try {
      const env = parseEnvelope(att.json, att.source);
      const verifiers = trust.keys.map((k) => ({
        keyid: k.info.keyid,
        verify: (d: Buffer, s: Buffer) => verifyBytes(k.info, d, s),
      }));
      const keyless = keylessEnvelope(att.json);
      if (!verifiers.length && keyless) throw new ProvenantError('TLOG_INVALID', `${att.source}: ${keyless.reason}`);
      if (!verifiers.length)
        throw new ProvenantError('KEY_UNTRUSTED', `${att.source}: a bare DSSE envelope needs --key to verify it`);
      let v: ReturnType<typeof verifyEnvelope>;
      try {
        v = verifyEnvelope(env, verifiers, 1, att.source);
      } catch (e) {
        // a certificate in the envelope: the given keys were never going to verify it
        if (keyless?.withCert && e instanceof ProvenantError && e.code === 'SIGNATURE_INVALID')
          throw new ProvenantError('TLOG_INVALID', `${att.source}: no --key verifies it; ${keyless.reason}`);
        throw e;
      }
      // a bare envelope carries no trusted time: a key's validity window is checked against the current time
      keyValidNow(
        trust.keys.filter((k) => k.info.keyid === v.keyids[0]),
        att.source,
      );
      checks.push({ code: 'signature', ok: true, detail: `DSSE signature by trusted key ${v.keyids.join(', ')}` });
      return { payload: v.payload, payloadType: v.payloadType, signer: { kind: 'key', keyid: v.keyids[0] } };
    } catch (e) {
      fail(checks, 'signature', e, 'SIGNATURE_INVALID');
      return undefined;
    }
  }
  // Sigstore bundle
  let bundle: Bundle;
  try {
    const material = checkBundleShape(att.json, att.source, trust.root);
    // a certificate-signed envelope's keyid is verified by nothing: it must be empty, not a claim shown as fact
    const sigs = (att.json.dsseEnvelope as { signatures?: Array<{ keyid?: string }> } | undefined)?.signatures ?? [];
    if (material !== 'publicKey' && sigs.some((x) => x.keyid))
      throw new ProvenantError(
        'BUNDLE_INVALID',
        `${att.source}: a certificate-signed DSSE envelope carries a keyid (nothing verifies it)`,
      );
    checkInt64Fields(att.json, att.source);
    bundle = bundleFromJSON(att.json);
  } catch (e) {
    fail(
      checks,
      'signature',
      e instanceof ProvenantError ? e : new ProvenantError('BUNDLE_INVALID', `${att.source}: ${(e as Error).message}`),
      'BUNDLE_INVALID',
    );
    return undefined;
  }
  try {
    const content = bundle.content;
    if (content.$case === 'dsseEnvelope' && content.dsseEnvelope.signatures.length !== 1) {
      throw new ProvenantError(
        'BUNDLE_INVALID',
        `${att.source}: a bundle's DSSE envelope must carry exactly one signature, found ` +
          `${content.dsseEnvelope.signatures.length}`,
      );
    }
    // a message signature with only the artifact's digest given (prehash): the digest must be the bundle's
    const prehash =
      content.$case === 'messageSignature' && !artifact
        ? givenMessageDigest(content.messageSignature, digest, att.source)
        : undefined;
    checkInclusionProofs(att.json, att.source);
    checkTimestampStructure(att.json, att.source, trust.root);
    checkLogKeyWindows(att.json, att.source, trust.root);
    const vm = bundle.verificationMaterial;
    const keyBased = vm.content.$case === 'publicKey';
    const tlogs = vm.tlogEntries?.length ?? 0;
    const tsas = vm.timestampVerificationData?.rfc3161Timestamps?.length ?? 0;
    // a trusted time: an RFC 3161 timestamp or a log entry's integrated time under a signed promise (every one
    // present is verified)
    const trustedTime = tsas > 0 || (vm.tlogEntries ?? []).some((e) => !!e.inclusionPromise);
    // the trusted root and the policy decide what a certificate needs, never the bundle: a root that lists
    // transparency logs requires a verified log entry (unless --insecure-ignore-tlog); a root without logs (GitHub's
    // private instance) requires a verified RFC 3161 timestamp
    const rootHasTlog = trust.root.tlogs.length > 0;
    const needTlog = !keyBased && rootHasTlog && !policy.insecureIgnoreTlog;
    if (needTlog && tlogs === 0) {
      throw new ProvenantError(
        'TLOG_INVALID',
        `${att.source}: the trusted root lists transparency logs, and the bundle has no log entry ` +
          `(--insecure-ignore-tlog accepts a timestamp alone)`,
      );
    }
    if (!keyBased && !needTlog && tsas === 0 && !(policy.insecureIgnoreTlog && trustedTime)) {
      throw new ProvenantError(
        'TIMESTAMP_INVALID',
        `${att.source}: ` +
          `${rootHasTlog ? 'with --insecure-ignore-tlog' : 'the trusted root lists no transparency log:'} a ` +
          `verified RFC 3161 timestamp is required, the bundle has none`,
      );
    }
    const options = keyBased
      ? { tlogThreshold: Math.min(1, tlogs), ctlogThreshold: 0, timestampThreshold: 0 }
      : {
          tlogThreshold: needTlog ? 1 : 0,
          ctlogThreshold: trust.root.ctlogs.length > 0 ? 1 : 0,
          timestampThreshold: 1,
        };
    if (prehash && tlogs === 0) {
      const why = 'is proven by its transparency-log entry, and the bundle has none: give the artifact file';
      throw new ProvenantError(
        'TLOG_INVALID',
        `${att.source}: a message signature checked against a digest alone (no artifact) ${why}`,
      );
    }
    const unsupported = prehash ? (vm.tlogEntries ?? []).find((e) => !isV1Record(e)) : undefined;
    if (unsupported) {
      const kv =
        `${String(unsupported.kindVersion?.kind).slice(0, 20)} ` +
        `${String(unsupported.kindVersion?.version).slice(0, 20)}`;
      const why = `is proven by a Rekor v1 hashedrekord 0.0.1 entry; this bundle's is ${kv}: give the artifact file`;
      throw new ProvenantError(
        'TLOG_INVALID',
        `${att.source}: a message signature checked against a digest alone ${why}`,
      );
    }
    // (with a digest alone, the artifact bytes are never read: the prehash content below verifies instead)
    const signed = toSignedEntity(
      bundle,
      content.$case === 'messageSignature' ? (artifact ?? Buffer.alloc(0)) : undefined,
    );
    withDerGenTimes(signed.timestamps, att.source);
    const entity = prehash
      ? { ...signed, signature: loggedDigestSignature(signed.signature, signed.tlogEntries, prehash) }
      : signed;
    const hintOf = vm.content.$case === 'publicKey' ? vm.content.publicKey.hint : '';
    if (keyBased) {
      // the hint is unauthenticated and often a local name ("key-1"): the hinted key first, then each trusted key
      if (!trust.keys.length)
        throw new ProvenantError(
          'KEY_UNTRUSTED',
          `${att.source}: key-signed bundle (hint '${hintOf}') but no --key given`,
        );
      const ordered = [
        ...trust.keys.filter((k) => k.ids.includes(hintOf)),
        ...trust.keys.filter((k) => !k.ids.includes(hintOf)),
      ];
      let lastErr: unknown;
      let used: TrustedKey | undefined;
      const origins = checkpointOrigins(att.json);
      for (const k of ordered) {
        const material = keyMaterial(trust, k);
        try {
          new Verifier(applyOrigins(material, origins), options).verify(entity);
          used = k;
          break;
        } catch (e) {
          lastErr = e;
        }
      }
      if (!used) throw lastErr;
      // no trusted time in the bundle: a key's validity window is checked against the current time
      if (!trustedTime) keyValidNow([used], att.source);
      checks.push({
        code: 'signature',
        ok: true,
        detail:
          `signed by trusted key ${used.ids[0]}` +
          `${hintOf && !used.ids.includes(hintOf) ? ` (hint '${hintOf}')` : ''}` +
          `${prehash ? `; the signature over ${prehash.label} is proven by its log entry (prehash)` : ''}`,
      });
      const signer = { kind: 'key' as const, keyid: used.ids.includes(hintOf) ? hintOf : used.ids[0] };
      if (content.$case === 'dsseEnvelope')
        return { payload: content.dsseEnvelope.payload, payloadType: content.dsseEnvelope.payloadType, signer };
      return { signer, messageDigestOnly: true, prehash: prehash?.label };
    }
    const origins = checkpointOrigins(att.json);
    const verified = new Verifier(applyOrigins(trust.material, origins), options).verify(entity);
    // the identity is read from the very certificate whose key verified the signature (and chained to the root)
    if (entity.key.$case !== 'certificate')
      throw new ProvenantError('CERTIFICATE_INVALID', `${att.source}: no signing certificate`);
    const cert = entity.key.certificate;
    const der = cert.root.toDER();
    const certKey = createPublicKey({ key: cert.publicKey, format: 'der', type: 'spki' });
    if (!certKey.equals(verified.key))
      throw new ProvenantError(
        'CERTIFICATE_INVALID',
        `${att.source}: the verified key is not the signing certificate's`,
      );
    strictCertificate(der, cert.root, att.source);
    // the identity is read from `der`: the certificate already parsed is that parse when the bundle's bytes are `der`
    // (a non-canonical nested encoding in the bundle would leave other values in that tree: then `der` is parsed)
    const raw =
      vm.content.$case === 'x509CertificateChain'
        ? vm.content.x509CertificateChain.certificates[0]?.rawBytes
        : vm.content.$case === 'certificate'
          ? vm.content.certificate.rawBytes
          : undefined;
    const identity = fulcioIdentity(raw && der.equals(raw) ? cert : der);
    // (@sigstore/verify reads URI and email SANs only: an otherName SAN is read from the same verified DER)
    const libSan = verified.identity?.subjectAlternativeName;
    if (libSan !== undefined && identity.san !== libSan)
      throw new ProvenantError(
        'CERTIFICATE_INVALID',
        `${att.source}: the certificate's identity differs from the verified signer's`,
      );
    const how = needTlog
      ? 'transparency log'
      : tlogs
        ? 'timestamp (log entry verified, not required: --insecure-ignore-tlog)'
        : policy.insecureIgnoreTlog
          ? 'timestamp (no log entry: --insecure-ignore-tlog)'
          : 'timestamp';
    const over = prehash ? `; the signature over ${prehash.label} is proven by its log entry (prehash)` : '';
    checks.push({
      code: 'signature',
      ok: true,
      detail:
        `signed by ${identity.san ?? '(no SAN)'} (issuer ${identity.issuer ?? 'unknown'}); chain, ${how} ` +
        `and SCT verified${over}`,
    });
    const signer = { kind: 'certificate' as const, identity };
    if (content.$case === 'dsseEnvelope')
      return { payload: content.dsseEnvelope.payload, payloadType: content.dsseEnvelope.payloadType, signer };
    return { signer, messageDigestOnly: true, prehash: prehash?.label };
  } catch (e) {
    fail(checks, 'signature', e instanceof ProvenantError ? e : sigstoreError(e, att.source), 'SIGNATURE_INVALID');
    return undefined;
  }
}

/**
 * A bare DSSE envelope signed keylessly, as slsa-github-generator v1.x wrote them (.intoto.jsonl: a Fulcio
 * certificate in signatures[].cert, or no key id at all, and the certificate in Rekor): what verifies it, the
 * certificate's chain at signing time and the transparency-log entry, is in Rekor, not in the file. Offline
 * verification cannot establish either: whether a certificate is in the envelope, and the reason to give (undefined
 * for an envelope that names its key).
 */
function keylessEnvelope(json: Record<string, unknown>): { withCert: boolean; reason: string } | undefined {
  const sigs = Array.isArray(json.signatures) ? (json.signatures as unknown[]) : [];
  const member = (s: unknown, k: string) =>
    s && typeof s === 'object' ? (s as Record<string, unknown>)[k] : undefined;
  const withCert = sigs.some((s) => typeof member(s, 'cert') === 'string' && (member(s, 'cert') as string).length > 0);
  const noKeyId = sigs.length > 0 && sigs.every((s) => !!s && typeof s === 'object' && !member(s, 'keyid'));
  if (!withCert && !noKeyId) return undefined;
  const reason =
    `a keyless DSSE envelope (${withCert ? 'a certificate in signatures[].cert' : 'no key id'}, no log entry: ` +
    'slsa-github-generator v1 .intoto.jsonl) needs the Rekor entry: give a bundle (a Sigstore bundle carries the ' +
    'certificate and the log entry; slsa-github-generator v2 writes one) or --key for a key-signed envelope';
  return { withCert, reason };
}

const MESSAGE_DIGEST_ALGS: Record<number, string> = {
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

interface Prehash {
  alg: string;
  digest: Buffer;
  label: string;
}

/**
 * `provenant verify ALG:HEX --bundle B` for a message-signature bundle: the bundle's messageDigest must be the
 * given digest (same algorithm, same bytes). SUBJECT_MISMATCH otherwise, or when no digest of that algorithm is given.
 */
function givenMessageDigest(
  ms: { messageDigest?: { algorithm: number; digest: Buffer } },
  given: DigestSet | undefined,
  source: string,
): Prehash {
  const mismatch = (why: string): never => {
    throw new ProvenantError('SUBJECT_MISMATCH', `${source}: ${why}`);
  };
  const md = ms.messageDigest;
  if (!md) return mismatch('the message signature carries no messageDigest: give the artifact file');
  const alg = MESSAGE_DIGEST_ALGS[md.algorithm];
  if (!alg)
    return mismatch(
      `the message signature's digest algorithm (${String(md.algorithm).slice(0, 20)}) is not SHA-2: ` +
        `give the artifact file`,
    );
  const hex = given?.[alg];
  if (!hex) {
    const way =
      given && Object.keys(given).length ? ` or its ${alg} digest (${alg}:HEX)` : ` (or its digest, ${alg}:HEX)`;
    return mismatch(`a message-signature bundle signs the artifact itself: give the artifact file${way}`);
  }
  const want = Buffer.from(hex, 'hex');
  if (!/^[0-9a-f]+$/i.test(hex) || !want.equals(Buffer.from(md.digest))) {
    mismatch(
      `the bundle's messageDigest ${alg}:${Buffer.from(md.digest).toString('hex')} is not the given ${alg}:` +
        `${hex.toLowerCase()}`,
    );
  }
  return { alg, digest: want, label: `${alg}:${hex.toLowerCase()}` };
}

type SignedEntity = ReturnType<typeof toSignedEntity>;

/** A Rekor v1 hashedrekord 0.0.1 log entry: the only kind that proves a signature over a given digest (prehash). */
function isV1Record(e: { kindVersion?: { kind: string; version: string } }): boolean {
  return e.kindVersion?.kind === 'hashedrekord' && e.kindVersion.version === '0.0.1';
}

/**
 * A message signature over a digest, without the artifact. Node's crypto (and @sigstore/core's helpers) hash what
 * they verify: neither verifies an ECDSA signature over a given digest (prehash), and Provenant hand-rolls no
 * crypto. What proves the signature instead is its transparency-log entry: Rekor verifies a hashedrekord's
 * signature over its digest with its key before it logs it. @sigstore/verify checks every entry's inclusion
 * (signed promise or proof against the trusted log key) and that its body carries this signature and this digest;
 * this content adds what it does not compare: each entry is a hashedrekord v0.0.1 whose digest algorithm is the
 * bundle's and whose key is the very key that verified the certificate chain (or the trusted key). The signature
 * check then passes only when every log entry binds signature, digest and key together.
 */
function loggedDigestSignature(
  inner: SignedEntity['signature'],
  entries: SignedEntity['tlogEntries'],
  ph: Prehash,
): SignedEntity['signature'] {
  return {
    signature: inner.signature,
    compareSignature: (sig: Buffer) => inner.compareSignature(sig),
    compareDigest: (d: Buffer) => inner.compareDigest(d),
    compareSignedDigest: (d: Buffer) => inner.compareDigest(d),
    verifySignature: (key: KeyObject) => {
      if (!entries.length) return false;
      return entries.every((e) => {
        try {
          if (!isV1Record(e)) return false;
          const body = JSON.parse(Buffer.from(e.canonicalizedBody).toString('utf8')) as Record<string, any>;
          if (body.kind !== 'hashedrekord' || body.apiVersion !== '0.0.1') return false;
          const hash = body.spec?.data?.hash;
          if (hash?.algorithm !== ph.alg || typeof hash.value !== 'string') return false;
          if (!Buffer.from(hash.value, 'hex').equals(ph.digest)) return false;
          if (!inner.compareSignature(Buffer.from(String(body.spec?.signature?.content ?? ''), 'base64'))) return false;
          const pem = Buffer.from(String(body.spec?.signature?.publicKey?.content ?? ''), 'base64').toString('utf8');
          return createPublicKey(pem).equals(key);
        } catch {
          return false;
        }
      });
    },
  };
}
/** @sigstore/verify's error codes as Provenant's. */
function sigstoreError(e: unknown, source: string): ProvenantError {
  const err = e as { code?: string; message?: string };
  const c = err.code ?? '';
  const code: ErrorCode = c.startsWith('TLOG')
    ? 'TLOG_INVALID'
    : c.startsWith('TIMESTAMP')
      ? 'TIMESTAMP_INVALID'
      : c.startsWith('CERTIFICATE')
        ? 'CERTIFICATE_INVALID'
        : c.startsWith('PUBLIC_KEY')
          ? 'KEY_UNTRUSTED'
          : 'SIGNATURE_INVALID';
  return new ProvenantError(code, `${source}: ${c ? `${c}: ` : ''}${err.message ?? String(e)}`);
}

/**
 * The key that verified, used with no trusted time: its validity window must contain the current time (`entries`:
 * the trusted entries of that key; one whose window holds, or that has none, is enough). No entry is a failure,
 * never a pass.
 */
function keyValidNow(entries: TrustedKey[], source: string): void {
  if (!entries.length)
    throw new ProvenantError('KEY_UNTRUSTED', `${source}: the key that verified is not among the trusted keys`);
  const now = new Date();
  if (entries.some((k) => keyValidAt(k, now))) return;
  const k = entries[0];
  throw new ProvenantError(
    'KEY_UNTRUSTED',
    `${source}: key ${k.ids[0]} is valid ${k.validFrom ? `from ${k.validFrom.toISOString()} ` : ''}` +
      `${k.validUntil ? `until ${k.validUntil.toISOString()}` : ''}; the signature carries no trusted time ` +
      `(log entry or timestamp), and now (${now.toISOString()}) is outside that window`,
  );
}
