import type { Envelope } from '../intoto/dsse.js';
import type { FulcioIdentity } from '../verify/certificate.js';

/** The JSON form of a Sigstore bundle (v0.3 unless stated), as written to `<name>.sigstore.json`. */
export type SerializedBundle = Record<string, unknown>;

/** Who signed, for reports and job summaries. */
export interface SignerIdentity {
  kind: 'key' | 'sigstore';
  /** key: keyid (sha256 of SPKI); sigstore: certificate SAN. */
  subject: string;
  /** sigstore: OIDC issuer of the certificate. */
  issuer?: string;
  /** sigstore: transparency-log entry (log index) when one was made. */
  tlogIndex?: string;
  /** sigstore: RFC 3161 timestamp time when one was obtained. */
  timestamp?: string;
  /** sigstore: the Fulcio certificate's identity extensions. */
  certificate?: FulcioIdentity;
}

export interface SignedAttestation {
  envelope: Envelope;
  bundle: SerializedBundle;
  identity: SignerIdentity;
}

/** Signs a DSSE payload (the serialized Statement) and wraps it in a Sigstore bundle. */
export interface AttestationSigner {
  readonly kind: 'key' | 'sigstore';
  sign(payload: Buffer, payloadType: string): Promise<SignedAttestation>;
}
