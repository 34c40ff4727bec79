/**
 * Verification Summary Attestations (https://slsa.dev/verification_summary/v1): what Provenant verified, against
 * which policy and attestations, with what result and level, so a consumer can trust the summary instead of
 * re-verifying everything; and the checks a consumer makes on one (`verify-vsa`).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ProvenantError } from '../errors.js';
import { encodeCanonical } from '../intoto/canonical.js';
import { INTOTO_PAYLOAD_TYPE } from '../intoto/dsse.js';
import { STATEMENT_V1, VSA_V1, type DigestSet, type Statement } from '../intoto/statement.js';
import { validateStatement } from '../schemas/index.js';
import type { AttestationSigner } from '../signing/types.js';
import { writeFileAtomic } from '../util/fs.js';
import { VERSION } from '../version.js';
import type { ArtifactResult } from '../verify/index.js';
import type { AttestationResult } from '../verify/verify.js';
import { safeFileName } from '../attest/attest.js';
import { maxOf } from '../util/array.js';

/** Provenant's verifier id: a URI of the project's own, versioned by the major version of its policy semantics. */
export const VERIFIER_ID = 'https://provenant.dev/verifier/v1';
export const DEFAULT_POLICY_URI = 'https://provenant.dev/policy/command-line/v1';

export type SlsaResult = `SLSA_BUILD_LEVEL_${0 | 1 | 2 | 3 | 'UNEVALUATED'}` | 'FAILED';

/** The effective policy, canonicalized, and its sha256: what `policy.digest` pins. */
export function policyDigest(policy: unknown): DigestSet {
  // undefined fields are absent (as in JSON); canonical JSON pins the rest byte for byte
  return { sha256: createHash('sha256').update(encodeCanonical(JSON.parse(JSON.stringify(policy ?? null)))).digest('hex') };
}

export interface VsaOptions {
  resourceUri?: string;
  policyUri?: string;
  /** The effective policy (flags, policy file contents, trust root): hashed into policy.digest. */
  policy: unknown;
  dependencyLevels?: Partial<Record<SlsaResult, number>>;
  now?: Date;
}

export function buildVsa(r: ArtifactResult, opts: VsaOptions): Statement {
  const name = r.artifact.split('/').pop() || r.artifact;
  const predicate: Record<string, unknown> = {
    verifier: { id: VERIFIER_ID, version: { provenant: VERSION } },
    timeVerified: (opts.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    resourceUri: opts.resourceUri ?? (/^[a-z][a-z0-9+.-]*:/i.test(r.artifact) && !/^sha(256|384|512):/.test(r.artifact) ? r.artifact : `file:${r.artifact}`),
    policy: { uri: opts.policyUri ?? DEFAULT_POLICY_URI, digest: policyDigest(opts.policy) },
    inputAttestations: r.inputAttestations.map((a) => ({ name: a.name, digest: a.digest })),
    verificationResult: r.verified ? 'PASSED' : 'FAILED',
    verifiedLevels: r.verified ? [`SLSA_BUILD_LEVEL_${r.slsaLevel}`] : ['FAILED'],
    slsaVersion: '1.0',
  };
  if (opts.dependencyLevels) predicate.dependencyLevels = opts.dependencyLevels;
  const st: Statement = { _type: STATEMENT_V1, subject: [{ name, digest: r.digests }], predicateType: VSA_V1, predicate };
  return validateStatement(st, 'generated VSA');
}

export interface WrittenVsa {
  artifact: string;
  path: string;
  result: 'PASSED' | 'FAILED';
}

/** Writes one signed VSA per artifact as `<artifact>.vsa.sigstore.json` (and the DSSE line `.vsa.intoto.jsonl`). */
export async function writeVsas(results: ArtifactResult[], outDir: string, signer: AttestationSigner, opts: VsaOptions): Promise<WrittenVsa[]> {
  const out: WrittenVsa[] = [];
  const used = new Set<string>();
  for (const r of results) {
    if (!Object.keys(r.digests).length) continue; // nothing to name as subject (no artifact)
    const st = buildVsa(r, opts);
    let base = safeFileName(r.artifact.split('/').pop() || 'artifact');
    for (let i = 2; used.has(base); i++) base = `${safeFileName(r.artifact)}-${i}`;
    used.add(base);
    const signed = await signer.sign(Buffer.from(JSON.stringify(st), 'utf8'), INTOTO_PAYLOAD_TYPE);
    const path = join(outDir, `${base}.vsa.sigstore.json`);
    await writeFileAtomic(path, JSON.stringify(signed.bundle) + '\n');
    await writeFileAtomic(join(outDir, `${base}.vsa.intoto.jsonl`), JSON.stringify(signed.envelope) + '\n');
    out.push({ artifact: r.artifact, path, result: r.verified ? 'PASSED' : 'FAILED' });
  }
  return out;
}

export interface VsaExpectations {
  verifierId?: string;
  resourceUri?: string;
  /** The level the VSA must attest (L3 satisfies L2). */
  minLevel?: number;
}

/** The VSA checks after the signature, schema and subject checks of verifyAttestation. */
export function checkVsa(att: AttestationResult, expect: VsaExpectations): AttestationResult {
  const checks = att.checks;
  const st = att.statement;
  if (!att.verified || !st) return att;
  const fail = (code: string, detail: string) => {
    checks.push({ code, ok: false, detail: `[VSA_INVALID] ${detail}` });
    att.verified = false;
  };
  if (st.predicateType !== VSA_V1) {
    fail('vsa', `predicateType '${st.predicateType}' is not ${VSA_V1}`);
    return att;
  }
  const p = st.predicate as { verifier: { id: string }; resourceUri: string; verificationResult: string; verifiedLevels: string[] };
  const wantId = expect.verifierId ?? VERIFIER_ID;
  if (p.verifier.id !== wantId) fail('vsa-verifier', `verifier.id '${p.verifier.id}' is not '${wantId}'`);
  else checks.push({ code: 'vsa-verifier', ok: true, detail: `verifier ${wantId}` });
  if (expect.resourceUri !== undefined) {
    if (p.resourceUri !== expect.resourceUri) fail('vsa-resource', `resourceUri '${p.resourceUri}' is not '${expect.resourceUri}'`);
    else checks.push({ code: 'vsa-resource', ok: true, detail: `resourceUri ${p.resourceUri}` });
  }
  if (p.verificationResult !== 'PASSED') fail('vsa-result', `verificationResult is ${p.verificationResult}`);
  else checks.push({ code: 'vsa-result', ok: true, detail: 'verificationResult PASSED' });
  const levels = p.verifiedLevels.map((l) => /^SLSA_BUILD_LEVEL_(\d)$/.exec(l)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
  const level = maxOf(levels, 0);
  if (expect.minLevel !== undefined) {
    if (level < expect.minLevel) fail('vsa-level', `verifiedLevels [${p.verifiedLevels.join(', ')}] do not reach SLSA_BUILD_LEVEL_${expect.minLevel}`);
    else checks.push({ code: 'vsa-level', ok: true, detail: `SLSA_BUILD_LEVEL_${level} ≥ ${expect.minLevel}` });
  }
  att.slsaLevel = att.verified ? level : 0;
  return att;
}

export function assertVsaSignerPolicy(hasKeys: boolean, hasIdentity: boolean): void {
  if (!hasKeys && !hasIdentity) throw new ProvenantError('USAGE', 'say whom to trust for the VSA: --key PUB, or --cert-identity/--cert-identity-regex with --cert-oidc-issuer for a keyless one');
}
