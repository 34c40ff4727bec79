/**
 * The one error type of Provenant. Every failure the product reports carries a stable code
 * (documented in the README) and a one-line message that names the input at fault.
 * Pattern after sigstore-js packages/verify/src/error.ts: a string-literal code union, a class
 * carrying the code, and helpers to wrap unknown errors.
 */
export const ERROR_CODES = [
  // usage and input
  'USAGE', // bad command line / action input
  'INPUT_INVALID', // an input value is malformed
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_NOT_REGULAR', // a FIFO, device, socket or folder where a regular file is read (also through a symlink)
  'FILE_TOO_LARGE', // a file over the size limit of what it holds (src/util/fs.ts READ_LIMITS)
  'OUTPUT_UNWRITABLE',
  'NO_FILES_FOUND', // glob matched nothing
  'SYMLINK_ESCAPE', // symlink resolves outside the workspace
  'DIGEST_INVALID', // malformed alg:hex digest
  'CHECKSUM_LINE_INVALID', // malformed line in a checksum file
  'EVENT_INVALID', // GITHUB_EVENT_PATH missing or not JSON
  'ENV_INVALID', // required GITHUB_* variable missing or malformed
  // keys and signing
  'KEY_INVALID', // unparseable key
  'KEY_PASSPHRASE', // missing or wrong passphrase
  'KEY_UNSUPPORTED', // key type/scheme not supported
  'SIGNING_FAILED',
  'OIDC_PERMISSION', // id-token: write missing
  'OIDC_FAILED', // token request failed
  // documents
  'SCHEMA_INVALID', // a document fails the project's JSON Schema
  'JSON_INVALID', // not parseable JSON / duplicate keys / bad shape
  'CANONICAL_JSON', // value not representable in canonical JSON
  'ENVELOPE_INVALID', // DSSE envelope malformed
  'BUNDLE_INVALID', // Sigstore bundle malformed
  'PAYLOAD_TYPE', // unexpected DSSE payloadType
  'PREDICATE_TYPE', // unknown or unexpected predicateType
  // publishing
  'PUBLISH_FAILED',
  'PUBLISH_CONFLICT', // release asset exists and overwrite is false
  'HTTP_ERROR',
  // verification checks
  'SIGNATURE_INVALID',
  'SIGNATURE_MISSING',
  'KEY_UNTRUSTED', // no trusted key / key not in keyring
  'CERTIFICATE_INVALID', // chain, validity
  'TLOG_INVALID', // inclusion proof / promise
  'TIMESTAMP_INVALID',
  'SCT_INVALID',
  'TRUST_ROOT_INVALID',
  'TRUST_UPDATE_FAILED', // provenant trust update: the TUF refresh failed (network, signatures, expiry)
  'IDENTITY_MISMATCH', // cert SAN / issuer / extensions vs policy
  'SUBJECT_MISMATCH', // artifact digest not among the subjects
  'POLICY_MISMATCH', // builder id, source, ref, workflow inputs, buildType
  'BINDING_MISMATCH', // predicate disagrees with the certificate
  'LEVEL_TOO_LOW', // below --min-level
  'MATERIAL_DIGEST_MISSING',
  'ATTESTATION_NOT_FOUND',
  // container registries
  'IMAGE_REF_INVALID', // not REGISTRY/REPO[:TAG][@sha256:HEX]
  'IMAGE_NOT_FOUND', // the registry has no such manifest
  'MANIFEST_INVALID', // manifest malformed, too large, or not the digest asked for
  'REGISTRY_AUTH', // 401/403 from a registry
  'REGISTRY_UNREACHABLE', // connection failures or 5xx after retries
  // in-toto layouts
  'LAYOUT_INVALID',
  'LAYOUT_EXPIRED',
  'LAYOUT_SIGNATURE',
  'LINK_INVALID',
  'THRESHOLD_NOT_MET',
  'RULE_FAILED',
  'INSPECTION_FAILED',
  'SUBLAYOUT_REFUSED', // a functionary handed in a layout for a step that is not allowed to be a sublayout
  'RECORDING_MODIFIED', // record stop: the unfinished link differs from the seal record start kept (or has none)
  // materials
  'LOCKFILE_INVALID',
  'LOCKFILE_UNKNOWN',
  'LOCKFILE_HASHES_MISSING',
  // VSA
  'VSA_INVALID',
  // anything unexpected: still a clear one-liner, never a stack trace
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class ProvenantError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProvenantError';
    this.code = code;
  }
}

/** Wraps anything thrown into a ProvenantError, keeping a ProvenantError as it is. */
export function asProvenantError(e: unknown, code: ErrorCode = 'INTERNAL', context?: string): ProvenantError {
  if (e instanceof ProvenantError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ProvenantError(code, context ? `${context}: ${msg}` : msg, { cause: e });
}

/** One-line rendering for terminals and annotations: `[CODE] message`. */
export function formatError(e: unknown): string {
  const pe = asProvenantError(e);
  return `[${pe.code}] ${pe.message.split('\n')[0]}`;
}
