/**
 * cosign's keyless attestations (`cosign attest` without a key): the `sha256-<hex>.att` layer is the DSSE envelope,
 * and the verification material sits in the layer's annotations — the Fulcio certificate
 * (`dev.sigstore.cosign/certificate`, PEM) and the Rekor entry with its signed entry timestamp
 * (`dev.sigstore.cosign/bundle`: {SignedEntryTimestamp, Payload: {body, integratedTime, logIndex, logID}}).
 * That is exactly what a Sigstore bundle v0.1 holds, so it is rewritten as one (nothing added, nothing trusted
 * from the conversion) and verified by the same core as every other bundle: certificate chain, SCT, the signed
 * entry timestamp against the trusted Rekor key, the log entry against the envelope, identity policy.
 */
import { ProvenantError } from '../errors.js';

export const COSIGN_CERT = 'dev.sigstore.cosign/certificate';
const COSIGN_BUNDLE = 'dev.sigstore.cosign/bundle';

function pemBlocks(pem: string): string[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('base64'),
  );
}

/** The Sigstore bundle v0.1 equivalent of a keyless cosign attestation layer. */
export function cosignKeylessToBundle(envelope: Buffer, annotations: Record<string, string>, source: string): Buffer {
  const bad = (why: string) => new ProvenantError('BUNDLE_INVALID', `${source}: keyless cosign attestation: ${why}`);
  const certs = pemBlocks(annotations[COSIGN_CERT] ?? '');
  if (certs.length !== 1) throw bad(`${COSIGN_CERT} is not one PEM certificate`);
  let env: unknown;
  let rekor: {
    SignedEntryTimestamp?: unknown;
    Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown };
  };
  try {
    env = JSON.parse(envelope.toString('utf8'));
    rekor = JSON.parse(annotations[COSIGN_BUNDLE] ?? '');
  } catch (e) {
    throw bad(`not JSON (${(e as Error).message})`);
  }
  const p = rekor?.Payload;
  if (
    !p ||
    typeof rekor.SignedEntryTimestamp !== 'string' ||
    typeof p.body !== 'string' ||
    !Number.isSafeInteger(p.integratedTime) ||
    !Number.isSafeInteger(p.logIndex) ||
    typeof p.logID !== 'string' ||
    !/^[0-9a-f]{64}$/.test(p.logID)
  ) {
    throw bad(`${COSIGN_BUNDLE} lacks SignedEntryTimestamp, Payload.body, integratedTime, logIndex or logID`);
  }
  let body: { kind?: unknown; apiVersion?: unknown };
  try {
    body = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8'));
  } catch {
    throw bad('the Rekor entry body is not base64 JSON');
  }
  if (typeof body.kind !== 'string' || typeof body.apiVersion !== 'string') throw bad('the Rekor entry has no kind');
  const bundle = {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      x509CertificateChain: { certificates: certs.map((rawBytes) => ({ rawBytes })) },
      tlogEntries: [
        {
          logIndex: String(p.logIndex),
          logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
          kindVersion: { kind: body.kind, version: body.apiVersion },
          integratedTime: String(p.integratedTime),
          inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
          canonicalizedBody: p.body,
        },
      ],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: env,
  };
  return Buffer.from(JSON.stringify(bundle));
}
