/** What verifying one attestation yields: its checks, each with a stable code, and the level they support. */
import { asProvenantError, type ErrorCode } from '../errors.js';
import type { Statement } from '../intoto/statement.js';
import type { FulcioIdentity } from './certificate.js';

export interface CheckResult {
  code: string;
  ok: boolean;
  detail: string;
}

export interface AttestationResult {
  source: string;
  verified: boolean;
  slsaLevel: number;
  /** What the next level up lacks (empty at L3). */
  nextLevel: string[];
  predicateType?: string;
  builderId?: string;
  sourceRepo?: string;
  /**
   * Who signed: a trusted key (`hostedBuilder` names the hosted builder whose attestor key it is), a keyless
   * certificate, nobody.
   */
  signer?: {
    kind: 'key' | 'certificate' | 'none';
    identity?: FulcioIdentity;
    keyid?: string;
    hostedBuilder?: 'google-cloud-build';
  };
  /** resolvedDependencies (materials) of the provenance: how many, and how many carry a digest. */
  materials?: { total: number; withDigest: number };
  statement?: Statement;
  checks: CheckResult[];
}

/** slsa-github-generator's delegator workflows at a semver tag: they sign for BYOB builders and run isolated (L3). */
export const SLSA_DELEGATOR = new RegExp(
  '^https://github\\.com/slsa-framework/slsa-github-generator/\\.github/workflows/' +
    'delegator_[a-z-]+_slsa3\\.yml@refs/tags/v\\d+\\.\\d+\\.\\d+$',
);
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Records a failed check from an error: `[CODE] first line of the message`. */
export function fail(checks: CheckResult[], code: string, e: unknown, fallback: ErrorCode): void {
  const pe = asProvenantError(e, fallback);
  checks.push({ code, ok: false, detail: `[${pe.code}] ${pe.message.split('\n')[0]}` });
}
