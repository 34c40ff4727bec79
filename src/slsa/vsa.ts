/**
 * Verification Summary Attestations (https://slsa.dev/verification_summary/v1): what Provenant verified, against
 * which policy and attestations, with what result and level, so a consumer can trust the summary instead of
 * re-verifying everything; and the checks a consumer makes on one (`verify-vsa`).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { ProvenantError } from '../errors.js';
import { encodeCanonical } from '../intoto/canonical.js';
import { INTOTO_PAYLOAD_TYPE } from '../intoto/dsse.js';
import { STATEMENT_V1, VSA_V1, type DigestSet, type Statement } from '../intoto/statement.js';
import { validateStatement } from '../schemas/index.js';
import type { AttestationSigner } from '../signing/types.js';
import { writeFileAtomic } from '../util/fs.js';
import { VERSION } from '../version.js';
import type { ArtifactResult, Policy, Trust } from '../verify/index.js';
import type { AttestationResult } from '../verify/verify.js';
import { safeFileName } from '../attest/attest.js';
import { maxOf } from '../util/array.js';

/** Provenant's verifier id: a URI of the project's own, versioned by the major version of its policy semantics. */
export const VERIFIER_ID = 'https://provenant.dev/verifier/v1';
export const DEFAULT_POLICY_URI = 'https://provenant.dev/policy/command-line/v1';

export type SlsaResult = `SLSA_BUILD_LEVEL_${0 | 1 | 2 | 3 | 'UNEVALUATED'}` | 'FAILED';

/** Where a VSA records the effective policy: `predicate.policy.annotations[EFFECTIVE_POLICY]`. */
export const EFFECTIVE_POLICY = 'provenant.dev/effective-policy/v1';

/**
 * Everything a verdict rests on, without local paths: every policy constraint applied (the Policy fields that are
 * set; a --policy file contributes its builders as builderLevels), the Sigstore trusted root in force (the sha256 of
 * its canonical JSON: its contents, wherever it was read from) and every trusted key (the sha256 of its DER
 * SubjectPublicKeyInfo and its validity window). `policy.digest` is the sha256 of its canonical JSON.
 */
export interface EffectivePolicy {
  constraints: Record<string, unknown>;
  trust: {
    trustedRoot: { sha256: string };
    keys: Array<{ spkiSha256: string; validFrom?: string; validUntil?: string }>;
  };
}

/** The constraints that pin whom an attestation must come from; a PASSED VSA without any rests on trust alone. */
const PINNING = [
  'certIdentity',
  'certIdentityRegex',
  'signerWorkflow',
  'sourceRepo',
  'sourceUri',
  'builderId',
  'builderLevels',
];

/** No constraint that pins whom an attestation must come from, and no trusted key: any signer the root accepts. */
export function isEmptyPolicy(eff: EffectivePolicy): boolean {
  return !Object.keys(eff.constraints).some((k) => PINNING.includes(k)) && !eff.trust.keys.length;
}

export function effectivePolicy(policy: Policy, trust: Pick<Trust, 'root' | 'keys'>): EffectivePolicy {
  const constraints: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(policy)) {
    if (v === undefined || v === null || v === false || (Array.isArray(v) && !v.length)) continue;
    constraints[k] = v;
  }
  const rootJson = JSON.parse(JSON.stringify(TrustedRoot.toJSON(trust.root)));
  const root = createHash('sha256').update(encodeCanonical(rootJson)).digest('hex');
  const keys = new Map<string, EffectivePolicy['trust']['keys'][number]>();
  for (const k of trust.keys) {
    const entry = {
      spkiSha256: k.info.keyid,
      ...(k.validFrom ? { validFrom: k.validFrom.toISOString() } : {}),
      ...(k.validUntil ? { validUntil: k.validUntil.toISOString() } : {}),
    };
    keys.set(JSON.stringify(entry), entry);
  }
  const sorted = [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return JSON.parse(JSON.stringify({ constraints, trust: { trustedRoot: { sha256: root }, keys: sorted } }));
}

/** The effective policy, canonicalized, and its sha256: what `policy.digest` pins. */
export function policyDigest(policy: unknown): DigestSet {
  // undefined fields are absent (as in JSON); canonical JSON pins the rest byte for byte
  return {
    sha256: createHash('sha256')
      .update(encodeCanonical(JSON.parse(JSON.stringify(policy ?? null))))
      .digest('hex'),
  };
}

export interface VsaOptions {
  resourceUri?: string;
  policyUri?: string;
  /** The effective policy (constraints and trust): recorded in the VSA and hashed into policy.digest. */
  policy: EffectivePolicy;
  dependencyLevels?: Partial<Record<SlsaResult, number>>;
  now?: Date;
}

export function buildVsa(r: ArtifactResult, opts: VsaOptions): Statement {
  const name = r.artifact.split('/').pop() || r.artifact;
  const predicate: Record<string, unknown> = {
    verifier: { id: VERIFIER_ID, version: { provenant: VERSION } },
    timeVerified: (opts.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    resourceUri:
      opts.resourceUri ??
      (/^[a-z][a-z0-9+.-]*:/i.test(r.artifact) && !/^sha(256|384|512):/.test(r.artifact)
        ? r.artifact
        : `file:${r.artifact}`),
    policy: {
      uri: opts.policyUri ?? DEFAULT_POLICY_URI,
      digest: policyDigest(opts.policy),
      annotations: { [EFFECTIVE_POLICY]: opts.policy },
    },
    inputAttestations: r.inputAttestations.map((a) => ({ name: a.name, digest: a.digest })),
    verificationResult: r.verified ? 'PASSED' : 'FAILED',
    verifiedLevels: r.verified ? [`SLSA_BUILD_LEVEL_${r.slsaLevel}`] : ['FAILED'],
    slsaVersion: '1.0',
  };
  if (opts.dependencyLevels) predicate.dependencyLevels = opts.dependencyLevels;
  const st: Statement = {
    _type: STATEMENT_V1,
    subject: [{ name, digest: r.digests }],
    predicateType: VSA_V1,
    predicate,
  };
  return validateStatement(st, 'generated VSA');
}

export interface WrittenVsa {
  artifact: string;
  path: string;
  result: 'PASSED' | 'FAILED';
}

/**
 * Writes one signed VSA per artifact as `<artifact>.vsa.sigstore.json`, and the same bundle as the line of
 * `.vsa.intoto.jsonl` (as attest does: a bare envelope carries no certificate, log entry or timestamp, so a keyless one
 * could not be verified).
 */
export async function writeVsas(
  results: ArtifactResult[],
  outDir: string,
  signer: AttestationSigner,
  opts: VsaOptions,
): Promise<WrittenVsa[]> {
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
    await writeFileAtomic(path, `${JSON.stringify(signed.bundle)}\n`);
    await writeFileAtomic(join(outDir, `${base}.vsa.intoto.jsonl`), `${JSON.stringify(signed.bundle)}\n`);
    out.push({ artifact: r.artifact, path, result: r.verified ? 'PASSED' : 'FAILED' });
  }
  return out;
}

export interface VsaExpectations {
  verifierId?: string;
  /** The exact resourceUri expected. */
  resourceUri?: string;
  /** The artifact's file name: without resourceUri, the VSA's resourceUri must name it (its last path segment). */
  artifactName?: string;
  /** The level the VSA must attest (L3 satisfies L2). */
  minLevel?: number;
  /** The oldest timeVerified accepted (default DEFAULT_MAX_AGE). */
  maxAge?: { ms: number; label: string };
  /** Accept a PASSED level ≥ 1 under an empty policy, or one the VSA does not record. */
  allowEmptyPolicy?: boolean;
  now?: Date;
}

/** A VSA older than this is refused unless --max-age says otherwise: a week, as a release's verdict goes stale. */
export const DEFAULT_MAX_AGE = { ms: 7 * 24 * 3600 * 1000, label: '7d' };
/** Clock skew tolerated for a timeVerified in the future. */
const SKEW_MS = 5 * 60 * 1000;

/** `--max-age`: a number and a unit, s m h d w (7d, 12h, 90m). */
export function parseMaxAge(v: string): { ms: number; label: string } {
  const m = /^(\d+)([smhdw])$/.exec(v.trim());
  if (!m) {
    throw new ProvenantError('USAGE', `--max-age: '${v}' is not a duration such as 7d, 12h, 90m (units s m h d w)`);
  }
  const unit = { s: 1, m: 60, h: 3600, d: 86400, w: 7 * 86400 }[m[2] as 's' | 'm' | 'h' | 'd' | 'w'];
  return { ms: Number(m[1]) * unit * 1000, label: `${m[1]}${m[2]}` };
}

/** Whether a resource URI names the file: its last path segment (query and fragment dropped, decoded) is the name. */
function uriNames(uri: string, name: string): boolean {
  const bare = uri.replace(/[?#].*$/, '');
  let last = bare.slice(Math.max(bare.lastIndexOf('/'), bare.lastIndexOf(':')) + 1);
  try {
    last = decodeURIComponent(last);
  } catch {
    return false;
  }
  return last === name;
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
  const p = st.predicate as {
    verifier: { id: string };
    resourceUri: string;
    verificationResult: string;
    verifiedLevels: string[];
  };
  const wantId = expect.verifierId ?? VERIFIER_ID;
  if (p.verifier.id !== wantId) fail('vsa-verifier', `verifier.id '${p.verifier.id}' is not '${wantId}'`);
  else checks.push({ code: 'vsa-verifier', ok: true, detail: `verifier ${wantId}` });
  if (expect.resourceUri !== undefined) {
    if (p.resourceUri !== expect.resourceUri)
      fail('vsa-resource', `resourceUri '${p.resourceUri}' is not '${expect.resourceUri}'`);
    else checks.push({ code: 'vsa-resource', ok: true, detail: `resourceUri ${p.resourceUri}` });
  } else if (expect.artifactName !== undefined) {
    const name = expect.artifactName;
    if (!uriNames(p.resourceUri, name)) {
      fail(
        'vsa-resource',
        `resourceUri '${p.resourceUri}' does not name the artifact ${name} ` +
          '(a VSA for another resource; --resource-uri URI accepts that resource)',
      );
    } else checks.push({ code: 'vsa-resource', ok: true, detail: `resourceUri ${p.resourceUri} names ${name}` });
  }
  // age: timeVerified within maxAge (and not in the future)
  const maxAge = expect.maxAge ?? DEFAULT_MAX_AGE;
  const now = (expect.now ?? new Date()).getTime();
  const tv = (st.predicate as { timeVerified?: unknown }).timeVerified;
  const t = typeof tv === 'string' ? Date.parse(tv) : NaN;
  if (tv === undefined) fail('vsa-time', "no timeVerified: the VSA's age cannot be checked");
  else if (Number.isNaN(t)) fail('vsa-time', `timeVerified ${JSON.stringify(tv)} is not a time`);
  else if (t > now + SKEW_MS) fail('vsa-time', `timeVerified ${tv} is in the future`);
  else if (now - t > maxAge.ms) fail('vsa-time', `timeVerified ${tv} is older than ${maxAge.label} (--max-age)`);
  else checks.push({ code: 'vsa-time', ok: true, detail: `verified at ${tv}, within ${maxAge.label}` });
  if (p.verificationResult !== 'PASSED') fail('vsa-result', `verificationResult is ${p.verificationResult}`);
  else checks.push({ code: 'vsa-result', ok: true, detail: 'verificationResult PASSED' });
  const levels = p.verifiedLevels
    .map((l) => /^SLSA_BUILD_LEVEL_(\d)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]));
  const level = maxOf(levels, 0);
  if (expect.minLevel !== undefined) {
    if (level < expect.minLevel)
      fail(
        'vsa-level',
        `verifiedLevels [${p.verifiedLevels.join(', ')}] do not reach SLSA_BUILD_LEVEL_${expect.minLevel}`,
      );
    else checks.push({ code: 'vsa-level', ok: true, detail: `SLSA_BUILD_LEVEL_${level} ≥ ${expect.minLevel}` });
  }
  // the policy: recorded, consistent with policy.digest, and not empty when the VSA claims a level
  const pol = (st.predicate as { policy?: { digest?: DigestSet; annotations?: Record<string, unknown> } }).policy;
  const eff = pol?.annotations?.[EFFECTIVE_POLICY] as EffectivePolicy | undefined;
  const claims = p.verificationResult === 'PASSED' && level >= 1;
  const claim = `PASSED SLSA_BUILD_LEVEL_${level}`;
  const recorded =
    !!eff &&
    typeof eff === 'object' &&
    !!eff.constraints &&
    typeof eff.constraints === 'object' &&
    Array.isArray(eff.trust?.keys);
  if (eff !== undefined && (!recorded || policyDigest(eff).sha256 !== pol?.digest?.sha256)) {
    fail(
      'vsa-policy',
      `policy.digest is not the digest of the recorded policy (policy.annotations["${EFFECTIVE_POLICY}"])`,
    );
  } else if (!recorded) {
    if (claims && !expect.allowEmptyPolicy) {
      fail(
        'vsa-policy',
        `the VSA does not record the policy it applied: its ${claim} may rest on an empty policy ` +
          '(--allow-empty-policy accepts it)',
      );
    } else {
      const detail = claims
        ? 'policy not recorded (accepted: --allow-empty-policy)'
        : 'policy not recorded; the VSA claims no level';
      checks.push({ code: 'vsa-policy', ok: true, detail });
    }
  } else {
    const keys = eff!.trust.keys.length;
    if (claims && isEmptyPolicy(eff!) && !expect.allowEmptyPolicy) {
      fail(
        'vsa-policy',
        `${claim} under an empty policy: no identity, builder or source constraint and no trusted key, so any ` +
          'attestation the trusted root accepts passes (--allow-empty-policy accepts it)',
      );
    } else {
      const listed = Object.keys(eff!.constraints);
      const what = listed.length ? listed.join(', ') : 'no constraints';
      checks.push({
        code: 'vsa-policy',
        ok: true,
        detail: `policy ${pol?.digest?.sha256?.slice(0, 12)}: ${what}; ${keys} trusted key(s)`,
      });
    }
  }
  att.slsaLevel = att.verified ? level : 0;
  return att;
}
