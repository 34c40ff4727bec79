/**
 * The shape of a Sigstore bundle before any cryptography: every member it carries is one this verifier checks,
 * bytes are canonical base64, the signing material is unambiguous, and the parts of log entries and RFC 3161
 * timestamps that @sigstore/verify reads past (inclusion-proof root hash and tree size, unsigned algorithm
 * identifiers of the timestamp) are bound to what is verified. Anything else is BUNDLE_INVALID, TLOG_INVALID or
 * TIMESTAMP_INVALID, never ignored.
 */
import { ASN1Obj, RFC3161Timestamp, X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { TrustMaterial } from '@sigstore/verify';
import { ProvenantError } from '../errors.js';

type Obj = Record<string, unknown>;

const MEDIA_TYPES = [
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json',
];

function bad(source: string, what: string): never {
  throw new ProvenantError('BUNDLE_INVALID', `${source}: ${what}`);
}

function obj(v: unknown, path: string, source: string, allowed: string[]): Obj {
  if (!v || typeof v !== 'object' || Array.isArray(v)) bad(source, `${path} is not an object`);
  const o = v as Obj;
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  if (extra.length)
    bad(
      source,
      `${path} has member(s) this verifier does not check: ${extra
        .slice(0, 5)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}`,
    );
  return o;
}

function arr(v: unknown, path: string, source: string): unknown[] {
  if (!Array.isArray(v)) bad(source, `${path} is not an array`);
  return v;
}

function str(v: unknown, path: string, source: string): string {
  if (typeof v !== 'string') bad(source, `${path} is not a string`);
  return v;
}

/**
 * Canonical base64 (RFC 4648 §4, padded, zero trailing bits): the one encoding of each byte string. Node's decoder
 * skips what is not base64, and its encoder writes only canonical base64, so a string equal to its own round trip is
 * canonical and one that is not (another character, missing padding, a nonzero trailing bit) differs.
 */
function b64(v: unknown, path: string, source: string): void {
  if (typeof v !== 'string' || Buffer.from(v, 'base64').toString('base64') !== v) {
    bad(source, `${path} is not canonical base64`);
  }
}

/** proto3 JSON: a member that is absent or null is the default (bundleFromJSON reads both as absent). */
function optional(o: Obj, k: string, check: (v: unknown) => void): void {
  if (o[k] !== undefined && o[k] !== null) check(o[k]);
}

const present = (o: Obj, k: string) => o[k] !== undefined && o[k] !== null;

/** The trusted root's CA certificates (base64 DER), worked out once per trusted root. */
const caCertificates = new WeakMap<TrustedRoot, Set<string>>();
function trustedCaCertificates(root: TrustedRoot): Set<string> {
  let known = caCertificates.get(root);
  if (!known) {
    known = new Set(
      root.certificateAuthorities.flatMap(
        (ca) => ca.certChain?.certificates.map((c) => Buffer.from(c.rawBytes).toString('base64')) ?? [],
      ),
    );
    caCertificates.set(root, known);
  }
  return known;
}

/**
 * Checks every member of a bundle's JSON against the members this verifier reads. Returns the kind of signing
 * material (exactly one of publicKey, x509CertificateChain, certificate).
 */
export function checkBundleShape(
  json: Obj,
  source: string,
  root: TrustedRoot,
): 'publicKey' | 'x509CertificateChain' | 'certificate' {
  const top = obj(json, 'the bundle', source, [
    'mediaType',
    'verificationMaterial',
    'dsseEnvelope',
    'messageSignature',
  ]);
  // the known media types exactly (@sigstore/bundle matches a prefix, so 'v0.3+jsonJUNK' or 'v9.9' would pass)
  if (!MEDIA_TYPES.includes(str(top.mediaType, 'mediaType', source)))
    bad(source, `mediaType ${JSON.stringify(String(top.mediaType).slice(0, 80))} is not a Sigstore bundle v0.1-v0.3`);
  const contents = ['dsseEnvelope', 'messageSignature'].filter((k) => present(top, k));
  if (contents.length !== 1)
    bad(
      source,
      `the bundle must carry exactly one of dsseEnvelope and messageSignature (found ` +
        `${contents.length ? contents.join(' and ') : 'neither'})`,
    );
  if (present(top, 'dsseEnvelope')) {
    const env = obj(top.dsseEnvelope, 'dsseEnvelope', source, ['payload', 'payloadType', 'signatures']);
    b64(env.payload, 'dsseEnvelope.payload', source);
    str(env.payloadType, 'dsseEnvelope.payloadType', source);
    arr(env.signatures, 'dsseEnvelope.signatures', source).forEach((s, i) => {
      const sig = obj(s, `dsseEnvelope.signatures[${i}]`, source, ['sig', 'keyid']);
      b64(sig.sig, `dsseEnvelope.signatures[${i}].sig`, source);
      optional(sig, 'keyid', (v) => str(v, `dsseEnvelope.signatures[${i}].keyid`, source));
    });
  } else {
    const ms = obj(top.messageSignature, 'messageSignature', source, ['messageDigest', 'signature']);
    b64(ms.signature, 'messageSignature.signature', source);
    optional(ms, 'messageDigest', (v) => {
      const md = obj(v, 'messageSignature.messageDigest', source, ['algorithm', 'digest']);
      str(md.algorithm, 'messageSignature.messageDigest.algorithm', source);
      b64(md.digest, 'messageSignature.messageDigest.digest', source);
    });
  }
  const vm = obj(top.verificationMaterial, 'verificationMaterial', source, [
    'publicKey',
    'x509CertificateChain',
    'certificate',
    'tlogEntries',
    'timestampVerificationData',
  ]);
  const material = (['publicKey', 'x509CertificateChain', 'certificate'] as const).filter((k) => present(vm, k));
  if (material.length !== 1) {
    bad(
      source,
      `verificationMaterial must carry exactly one of publicKey, x509CertificateChain and certificate (found ` +
        `${material.length ? material.join(' and ') : 'none'}): the signing material is ambiguous`,
    );
  }
  if (present(vm, 'publicKey')) {
    const pk = obj(vm.publicKey, 'verificationMaterial.publicKey', source, ['hint']);
    optional(pk, 'hint', (v) => str(v, 'verificationMaterial.publicKey.hint', source));
  }
  if (present(vm, 'certificate'))
    b64(
      obj(vm.certificate, 'verificationMaterial.certificate', source, ['rawBytes']).rawBytes,
      'verificationMaterial.certificate.rawBytes',
      source,
    );
  if (present(vm, 'x509CertificateChain')) {
    const chain = arr(
      obj(vm.x509CertificateChain, 'verificationMaterial.x509CertificateChain', source, ['certificates']).certificates,
      'verificationMaterial.x509CertificateChain.certificates',
      source,
    );
    if (!chain.length) bad(source, 'verificationMaterial.x509CertificateChain has no certificate');
    // @sigstore/verify reads the leaf only: any further certificate must be one of the trusted root's own
    const trusted = trustedCaCertificates(root);
    chain.forEach((c, i) => {
      const raw = obj(c, `verificationMaterial.x509CertificateChain.certificates[${i}]`, source, ['rawBytes']).rawBytes;
      b64(raw, `verificationMaterial.x509CertificateChain.certificates[${i}].rawBytes`, source);
      if (i > 0 && !trusted.has(raw as string))
        bad(
          source,
          `verificationMaterial.x509CertificateChain.certificates[${i}] is not a certificate of the trusted root`,
        );
    });
  }
  optional(vm, 'tlogEntries', (v) =>
    arr(v, 'verificationMaterial.tlogEntries', source).forEach((e, i) => {
      const p = `tlogEntries[${i}]`;
      const t = obj(e, p, source, [
        'logIndex',
        'logId',
        'kindVersion',
        'integratedTime',
        'inclusionPromise',
        'inclusionProof',
        'canonicalizedBody',
      ]);
      b64(obj(t.logId, `${p}.logId`, source, ['keyId']).keyId, `${p}.logId.keyId`, source);
      const kv = obj(t.kindVersion, `${p}.kindVersion`, source, ['kind', 'version']);
      str(kv.kind, `${p}.kindVersion.kind`, source);
      str(kv.version, `${p}.kindVersion.version`, source);
      b64(t.canonicalizedBody, `${p}.canonicalizedBody`, source);
      optional(t, 'inclusionPromise', (x) =>
        b64(
          obj(x, `${p}.inclusionPromise`, source, ['signedEntryTimestamp']).signedEntryTimestamp,
          `${p}.inclusionPromise.signedEntryTimestamp`,
          source,
        ),
      );
      optional(t, 'inclusionProof', (x) => {
        const pr = obj(x, `${p}.inclusionProof`, source, ['logIndex', 'rootHash', 'treeSize', 'hashes', 'checkpoint']);
        b64(pr.rootHash, `${p}.inclusionProof.rootHash`, source);
        // proto3 JSON omits an empty repeated field (a proof in a tree of one)
        optional(pr, 'hashes', (hs) =>
          arr(hs, `${p}.inclusionProof.hashes`, source).forEach((h, j) => {
            b64(h, `${p}.inclusionProof.hashes[${j}]`, source);
          }),
        );
        str(
          obj(pr.checkpoint, `${p}.inclusionProof.checkpoint`, source, ['envelope']).envelope,
          `${p}.inclusionProof.checkpoint.envelope`,
          source,
        );
      });
    }),
  );
  optional(vm, 'timestampVerificationData', (v) => {
    const tvd = obj(v, 'verificationMaterial.timestampVerificationData', source, ['rfc3161Timestamps']);
    optional(tvd, 'rfc3161Timestamps', (x) =>
      arr(x, 'timestampVerificationData.rfc3161Timestamps', source).forEach((t, i) => {
        b64(
          obj(t, `rfc3161Timestamps[${i}]`, source, ['signedTimestamp']).signedTimestamp,
          `rfc3161Timestamps[${i}].signedTimestamp`,
          source,
        );
      }),
    );
  });
  return material[0];
}

/**
 * @sigstore/verify proves inclusion against the signed checkpoint's size and root hash and never reads the
 * proof's own rootHash and treeSize: they must be the checkpoint's.
 */
export function checkInclusionProofs(json: Obj, source: string): void {
  const entries = ((json.verificationMaterial as Obj | undefined)?.tlogEntries ?? []) as Array<Record<string, any>>;
  entries.forEach((e, i) => {
    const pr = e.inclusionProof;
    if (!pr) return;
    const note = String(pr.checkpoint.envelope).split('\n\n')[0].split('\n');
    const size = note[1];
    const hash = note[2];
    if (!size || !/^\d+$/.test(size) || !hash)
      throw new ProvenantError(
        'TLOG_INVALID',
        `${source}: tlogEntries[${i}]: the checkpoint is not a log checkpoint (origin, size, root hash)`,
      );
    if (String(pr.treeSize) !== size)
      throw new ProvenantError(
        'TLOG_INVALID',
        `${source}: tlogEntries[${i}]: inclusion proof tree size ${String(pr.treeSize).slice(0, 24)} is not the ` +
          `signed checkpoint's ${size}`,
      );
    if (!Buffer.from(hash, 'base64').equals(Buffer.from(pr.rootHash, 'base64')))
      throw new ProvenantError(
        'TLOG_INVALID',
        `${source}: tlogEntries[${i}]: inclusion proof root hash is not the signed checkpoint's`,
      );
    if (!e.inclusionPromise) {
      // no signed promise: nothing signs the entry's own index and time, so they must be the proof's (and none)
      if (String(e.logIndex ?? '0') !== String(pr.logIndex ?? '0'))
        throw new ProvenantError(
          'TLOG_INVALID',
          `${source}: tlogEntries[${i}]: logIndex ${String(e.logIndex).slice(0, 24)} is not the inclusion proof's ` +
            `${String(pr.logIndex).slice(0, 24)}`,
        );
      if (e.integratedTime !== undefined && e.integratedTime !== null && String(e.integratedTime) !== '0')
        throw new ProvenantError(
          'TLOG_INVALID',
          `${source}: tlogEntries[${i}]: an integratedTime without a signed inclusion promise`,
        );
    }
  });
}

/**
 * GeneralizedTime in DER (X.690 11.7, RFC 3161 2.4.2): YYYYMMDDHHMMSS, then an optional fraction of seconds
 * without trailing zeros (".5", ".12", ".123456"; none when zero), then "Z". @sigstore/core reads exactly three
 * fraction digits or none ("invalid time" for ".12Z", ".5Z", and it accepts the non-DER ".120Z"); Go verifiers
 * read every DER form. The time is kept to the millisecond (further digits are truncated).
 */
const DER_GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d*[1-9]))?Z$/;

export function parseDerGeneralizedTime(text: string): Date | undefined {
  const m = DER_GENERALIZED_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms));
  // no rollover: the fields must be a real date and time (no leap seconds, no 24:00:00)
  const fields = [
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
  ];
  return fields.every((v, i) => v === [y, mo, d, h, mi, sec][i]) ? t : undefined;
}

/** The genTime of an RFC 3161 timestamp (TSTInfo field 5), read as DER allows; TIMESTAMP_INVALID otherwise. */
export function rfc3161GenTime(ts: RFC3161Timestamp, what: string): Date {
  let field: ASN1Obj | undefined;
  try {
    field = ts.tstInfo.root.subs[4];
  } catch {
    field = undefined;
  }
  if (!field?.tag.isUniversal() || field.tag.number !== 0x18) {
    throw new ProvenantError('TIMESTAMP_INVALID', `${what}: the TSTInfo has no GeneralizedTime genTime`);
  }
  const text = field.value.toString('latin1');
  const t = parseDerGeneralizedTime(text);
  const form = 'YYYYMMDDHHMMSS[.fraction without trailing zeros]Z';
  if (!t)
    throw new ProvenantError(
      'TIMESTAMP_INVALID',
      `${what}: genTime ${JSON.stringify(text.slice(0, 40))} is not a DER GeneralizedTime (${form})`,
    );
  return t;
}

/**
 * Gives each RFC 3161 timestamp of a signed entity the genTime read as DER allows, for @sigstore/verify's checks
 * (the TSA certificate's validity, the signing certificate's, the log's): an own `signingTime` in place of
 * @sigstore/core's getter, which refuses DER fractions other than three digits. What the TSA signed is unchanged:
 * the signature covers the TSTInfo's bytes, and the message imprint is checked from them.
 */
export function withDerGenTimes(timestamps: Array<{ $case: string; timestamp?: unknown }>, source: string): void {
  timestamps.forEach((t, i) => {
    if (t.$case !== 'timestamp-authority') return;
    const ts = t.timestamp as RFC3161Timestamp;
    const value = rfc3161GenTime(ts, `${source}: rfc3161Timestamps[${i}]`);
    Object.defineProperty(ts, 'signingTime', { value, configurable: false, enumerable: true, writable: false });
  });
}

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const SHA2 = ['2.16.840.1.101.3.4.2.1', '2.16.840.1.101.3.4.2.2', '2.16.840.1.101.3.4.2.3'];
const ECDSA = ['1.2.840.10045.4.3.2', '1.2.840.10045.4.3.3', '1.2.840.10045.4.3.4'];

/**
 * The trusted root's TSA certificates, and how a SignerInfo may name one: issuer and serial number (DER), or subject
 * key identifier. Worked out once per trusted root (every bundle with a timestamp needs them).
 */
const tsaIdentities = new WeakMap<TrustedRoot, { certs: Buffer[]; sids: Buffer[] }>();
function tsaIdentity(root: TrustedRoot): { certs: Buffer[]; sids: Buffer[] } {
  const known = tsaIdentities.get(root);
  if (known) return known;
  const certs = root.timestampAuthorities
    .flatMap((t) => t.certChain?.certificates ?? [])
    .map((c) => Buffer.from(c.rawBytes));
  const sids = certs.flatMap((der) => {
    try {
      const tbs = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>).subs[0];
      const at = tbs.subs[0].tag.isContextSpecific(0) ? 1 : 0;
      const ski = X509Certificate.parse(der as Buffer<ArrayBuffer>).extSubjectKeyID?.keyIdentifier;
      return [
        Buffer.concat([tbs.subs[at + 2].toDER(), tbs.subs[at].toDER()]),
        ...(ski ? [Buffer.concat([Buffer.from([0x80]), ski])] : []),
      ];
    } catch {
      return [];
    }
  });
  tsaIdentities.set(root, { certs, sids });
  return { certs, sids };
}

/**
 * The parts of an RFC 3161 timestamp its signature does not cover (SignedData.digestAlgorithms, the SignerInfo's
 * digest and signature algorithm identifiers, the ASN.1 types of the envelope around the signed TSTInfo, the
 * embedded certificates) must be canonical DER and name what was used: one signer, its digest algorithm among those
 * the SignedData declares, a SHA-2 digest and an ECDSA signature; every element the type RFC 3161 / RFC 5652 gives
 * it (@sigstore/core reads them by position); embedded certificates only ones the trusted root lists for a
 * timestamp authority (the root decides which certificate verifies, so a copy in the token must be one of them).
 */
export function checkTimestampStructure(json: Obj, source: string, root: TrustedRoot): void {
  const list = (((json.verificationMaterial as Obj | undefined)?.timestampVerificationData as Obj | undefined)
    ?.rfc3161Timestamps ?? []) as Array<{ signedTimestamp: string }>;
  if (!list.length) return;
  const { certs: tsaCerts, sids } = tsaIdentity(root);
  list.forEach((t, i) => {
    const der = Buffer.from(t.signedTimestamp, 'base64');
    const fail = (why: string): never => {
      throw new ProvenantError('TIMESTAMP_INVALID', `${source}: rfc3161Timestamps[${i}]: ${why}`);
    };
    const tag = (o: ASN1Obj | undefined, byte: number, what: string): ASN1Obj => {
      if (!o || o.tag.toDER() !== byte) fail(`${what} is not the ASN.1 type RFC 3161 gives it`);
      return o!;
    };
    let asn: ASN1Obj;
    try {
      asn = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>);
    } catch (e) {
      throw fail(`not DER (${(e as Error).message})`);
    }
    try {
      if (!asn.toDER().equals(der)) fail('not canonical DER');
      const resp = tag(asn, 0x30, 'TimeStampResp');
      if (resp.subs.length !== 2) fail('TimeStampResp is not a status and a token');
      const status = tag(resp.subs[0], 0x30, 'PKIStatusInfo');
      if (
        !tag(status.subs[0], 0x02, 'PKIStatusInfo.status')
          .toDER()
          .equals(Buffer.from([2, 1, 0]))
      )
        fail('PKIStatus is not granted (0)');
      if (status.subs.length > 1) fail('PKIStatusInfo carries a status string or failure info');
      const token = tag(resp.subs[1], 0x30, 'TimeStampToken');
      if (token.subs.length !== 2 || tag(token.subs[0], 0x06, 'contentType').toOID() !== OID_SIGNED_DATA)
        fail('no SignedData time-stamp token');
      const explicit = tag(token.subs[1], 0xa0, 'ContentInfo.content');
      if (explicit.subs.length !== 1) fail('ContentInfo.content is not one SignedData');
      const sd = tag(explicit.subs[0], 0x30, 'SignedData');
      if (sd.subs.length < 4) fail('SignedData lacks members');
      // RFC 5652 says 3 for a TSTInfo; GitHub's TSA writes 1: both, nothing else
      const version = tag(sd.subs[0], 0x02, 'SignedData.version').toDER();
      if (!version.equals(Buffer.from([2, 1, 3])) && !version.equals(Buffer.from([2, 1, 1])))
        fail('SignedData.version is not 1 or 3');
      const declared = tag(sd.subs[1], 0x31, 'SignedData.digestAlgorithms').subs.map((a) => {
        tag(a, 0x30, 'a digestAlgorithms entry');
        if (a.subs.length > 2 || (a.subs[1] && a.subs[1].tag.toDER() !== 0x05))
          fail('a digestAlgorithms entry carries parameters');
        return tag(a.subs[0], 0x06, 'a digest algorithm').toOID();
      });
      const eci = tag(sd.subs[2], 0x30, 'encapContentInfo');
      if (eci.subs.length !== 2) fail('encapContentInfo is not a type and a content');
      tag(eci.subs[0], 0x06, 'eContentType');
      const eContent = tag(eci.subs[1], 0xa0, 'eContent');
      if (eContent.subs.length !== 1) fail('eContent is not one TSTInfo');
      tag(eContent.subs[0], 0x04, 'eContent');
      for (const extra of sd.subs.slice(3, -1)) {
        tag(extra, 0xa0, 'SignedData.certificates (no CRLs)');
        for (const c of extra.subs) {
          const cder = tag(c, 0x30, 'an embedded certificate').toDER();
          if (!tsaCerts.some((x) => x.equals(cder)))
            fail('an embedded certificate is not one the trusted root lists for a timestamp authority');
        }
      }
      const infos = tag(sd.subs[sd.subs.length - 1], 0x31, 'SignedData.signerInfos');
      if (infos.subs.length !== 1) fail(`${infos.subs.length} SignerInfos (exactly one expected)`);
      const si = tag(infos.subs[0], 0x30, 'SignerInfo');
      if (si.subs.length !== 6)
        fail('SignerInfo is not version, sid, digest algorithm, signed attributes, signature algorithm and signature');
      // version 1 with issuer and serial number, 3 with a subject key identifier (RFC 5652 §5.3)
      const sid = si.subs[1];
      const byKeyId = sid.tag.toDER() === 0x80;
      if (!byKeyId) tag(sid, 0x30, 'SignerInfo.sid');
      if (
        !tag(si.subs[0], 0x02, 'SignerInfo.version')
          .toDER()
          .equals(Buffer.from([2, 1, byKeyId ? 3 : 1]))
      )
        fail('SignerInfo.version does not match its sid');
      const named = byKeyId
        ? sid.toDER()
        : sid.subs.length === 2
          ? Buffer.concat([sid.subs[0].toDER(), tag(sid.subs[1], 0x02, 'the sid serial number').toDER()])
          : undefined;
      if (!named || !sids.some((x) => x.equals(named)))
        fail('SignerInfo.sid names no timestamp authority certificate of the trusted root');
      tag(si.subs[2], 0x30, 'SignerInfo.digestAlgorithm');
      tag(si.subs[3], 0xa0, 'SignerInfo.signedAttrs');
      tag(si.subs[4], 0x30, 'SignerInfo.signatureAlgorithm');
      tag(si.subs[5], 0x04, 'SignerInfo.signature');
      const digestAlg = tag(si.subs[2].subs[0], 0x06, 'the SignerInfo digest algorithm').toOID();
      const sigAlg = tag(si.subs[4].subs[0], 0x06, 'the SignerInfo signature algorithm').toOID();
      if (si.subs[2].subs.length > 2 || (si.subs[2].subs[1] && si.subs[2].subs[1].tag.toDER() !== 0x05))
        fail('the SignerInfo digest algorithm carries parameters');
      if (!SHA2.includes(digestAlg)) fail(`SignerInfo digest algorithm ${digestAlg} is not SHA-2`);
      if (!declared.includes(digestAlg) || declared.some((d) => !SHA2.includes(d)))
        fail(`SignedData.digestAlgorithms (${declared.join(', ')}) do not declare the SignerInfo's ${digestAlg}`);
      if (!ECDSA.includes(sigAlg) || si.subs[4].subs.length !== 1)
        fail(`SignerInfo signature algorithm ${sigAlg} is not ECDSA with SHA-2`);
      rfc3161GenTime(new RFC3161Timestamp(asn), `${source}: rfc3161Timestamps[${i}]`);
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      fail(`malformed (${(e as Error).message})`);
    }
  });
}

/**
 * A log entry proven by an inclusion proof alone (no signed promise) carries no time of its own, and @sigstore/verify
 * then checks the checkpoint with the log's key whatever its validity window: the window must contain the bundle's
 * RFC 3161 times, or the current time when it has none.
 */
export function checkLogKeyWindows(json: Obj, source: string, root: TrustedRoot, now = new Date()): void {
  const vm = (json.verificationMaterial ?? {}) as Record<string, any>;
  const entries = (vm.tlogEntries ?? []) as Array<Record<string, any>>;
  const proofOnly = entries.filter((e) => e?.inclusionProof && !e.inclusionPromise);
  if (!proofOnly.length) return;
  const times: Date[] = [];
  for (const t of (vm.timestampVerificationData?.rfc3161Timestamps ?? []) as Array<{ signedTimestamp: string }>) {
    try {
      times.push(
        rfc3161GenTime(RFC3161Timestamp.parse(Buffer.from(t.signedTimestamp, 'base64') as Buffer<ArrayBuffer>), source),
      );
    } catch {
      // an unreadable timestamp fails its own verification
    }
  }
  if (!times.length) times.push(now);
  proofOnly.forEach((e) => {
    const id = Buffer.from(String(e.logId?.keyId ?? ''), 'base64');
    const logs = root.tlogs.filter((l) => l.logId && Buffer.from(l.logId.keyId).equals(id));
    if (!logs.length) return; // no such log: @sigstore/verify rejects the entry
    const valid = logs.some((l) => {
      const vf = l.publicKey?.validFor;
      return times.every((t) => (!vf?.start || t >= vf.start) && (!vf?.end || t <= vf.end));
    });
    if (!valid)
      throw new ProvenantError(
        'TLOG_INVALID',
        `${source}: the transparency log key of entry ${String(e.logIndex ?? '?').slice(0, 24)} is not valid at ` +
          `${times.map((t) => t.toISOString()).join(', ')}` +
          (vm.timestampVerificationData?.rfc3161Timestamps?.length
            ? ' (the timestamp)'
            : ' (now: the entry carries no signed time)'),
      );
  });
}

/**
 * A checkpoint's signature line names its signer. @sigstore/verify accepts a line only when that name is a
 * substring of the trusted log's base URL; the signed-note rule (transparency-dev formats, and sigstore-go) binds a
 * line to the log's key (key hint and signature) and to the checkpoint's origin. A private Rekor (sigstore's
 * scaffolding) signs as its host name, the origin's "<host> - <tree id>", which its base URL need not contain. A line
 * whose name is the signed origin's log name is accepted here for the log the entry names (its logId): its key
 * must still verify the note, and the origin line is part of what it signs. The names each log (by base64 logId)
 * signs as in the bundle's checkpoints, for applyOrigins.
 */
export function checkpointOrigins(json: Obj): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const entries = ((json.verificationMaterial as Obj | undefined)?.tlogEntries ?? []) as Array<Record<string, any>>;
  for (const e of entries) {
    const env = e?.inclusionProof?.checkpoint?.envelope;
    const logId = e?.logId?.keyId;
    if (typeof env !== 'string' || typeof logId !== 'string') continue;
    const sep = env.indexOf('\n\n');
    if (sep < 0) continue;
    const origin = env.slice(0, sep).split('\n')[0];
    const logName = origin.split(' - ')[0];
    for (const m of env.slice(sep + 2).matchAll(/\u2014 (\S+) (\S+)\n/g)) {
      if (m[1] && (m[1] === logName || m[1] === origin)) {
        const key = Buffer.from(logId, 'base64').toString('base64');
        names.set(key, (names.get(key) ?? new Set()).add(m[1]));
      }
    }
  }
  return names;
}

/** The trust material with each log's checkpoint signer names (checkpointOrigins) accepted too. */
export function applyOrigins(material: TrustMaterial, names: Map<string, Set<string>>): TrustMaterial {
  if (!names.size) return material;
  const tlogs = material.tlogs.map((t) => {
    const extra = [...(names.get(t.logID.toString('base64')) ?? [])].filter((n) => !t.baseURL.includes(n));
    return extra.length ? { ...t, baseURL: [t.baseURL, ...extra].join(' ') } : t;
  });
  return { ...material, tlogs };
}
