import { createPublicKey, X509Certificate as NodeX509 } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { ASN1Obj } from '@sigstore/core';
import { asProvenantError, ProvenantError, type ErrorCode } from '../errors.js';
import { parseEnvelope, verifyEnvelope } from '../intoto/dsse.js';
import { verifyBytes } from '../intoto/keys.js';
import { parseMetadata, verifyMetadataSignature } from '../intoto/metablock.js';
import type { DigestSet, Statement } from '../intoto/statement.js';
import { SLSA_PROVENANCE_V01, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1 } from '../intoto/statement.js';
import { GCB_HOSTED_WORKER, verifyGcbEntry } from './gcb.js';
import { parseJsonStrict, validateStatement } from '../schemas/index.js';
import { fulcioIdentity, type FulcioIdentity } from './certificate.js';
import type { LoadedAttestation } from './load.js';
import { builderIdMatches, builderMaxLevel, hasIdentityConstraint, policyCap, IDENTITY_OPTIONS, normalizeRepo, signerWorkflowMatches, signerWorkflowUri, versionedTagMatches, type Policy } from './policy.js';
import type { Trust, TrustedKey } from './trust.js';
import { checkBundleShape, checkInclusionProofs, checkLogKeyWindows, checkTimestampStructure } from './material.js';

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
  /** Who signed: a trusted key (`hostedBuilder` names the hosted builder whose attestor key it is), a keyless certificate, nobody. */
  signer?: { kind: 'key' | 'certificate' | 'none'; identity?: FulcioIdentity; keyid?: string; hostedBuilder?: 'google-cloud-build' };
  /** resolvedDependencies (materials) of the provenance: how many, and how many carry a digest. */
  materials?: { total: number; withDigest: number };
  statement?: Statement;
  checks: CheckResult[];
}

/** slsa-github-generator's delegator workflows at a semver tag: they sign for BYOB builders and run isolated (L3). */
export const SLSA_DELEGATOR = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/\.github\/workflows\/delegator_[a-z-]+_slsa3\.yml@refs\/tags\/v\d+\.\d+\.\d+$/;
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const INTOTO_TYPE = /^application\/vnd\.in-toto(\.[a-z0-9-]+)?\+json$/;

/** Facts the provenance claims, from v1 or v0.2. */
interface Claims {
  builderId?: string;
  buildType?: string;
  sourceUri?: string;
  sourceCommit?: string;
  sourceRef?: string;
  inputs?: Record<string, unknown>;
  dependencies: Array<{ uri?: string; digest?: DigestSet }>;
}

function provenanceClaims(st: Statement): Claims | undefined {
  const p = st.predicate as Record<string, any>;
  if (st.predicateType === SLSA_PROVENANCE_V1) {
    const bd = p.buildDefinition ?? {};
    const deps: Array<{ uri?: string; digest?: DigestSet }> = Array.isArray(bd.resolvedDependencies) ? bd.resolvedDependencies : [];
    const src = deps.find((d) => typeof d.uri === 'string' && d.uri.startsWith('git+') && d.digest && (d.digest.gitCommit || d.digest.sha1));
    const wf = bd.externalParameters?.workflow;
    const ref = wf?.ref ?? (src?.uri?.includes('@') ? src.uri.slice(src.uri.lastIndexOf('@') + 1) : undefined);
    return {
      builderId: p.runDetails?.builder?.id,
      buildType: bd.buildType,
      sourceUri: wf?.repository ?? src?.uri,
      sourceCommit: src?.digest?.gitCommit ?? src?.digest?.sha1,
      sourceRef: ref,
      inputs: bd.externalParameters?.inputs ?? bd.externalParameters?.workflow?.inputs,
      dependencies: deps,
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V02) {
    const cs = p.invocation?.configSource ?? {};
    const env = p.invocation?.environment ?? {};
    const mats: Array<{ uri?: string; digest?: DigestSet }> = Array.isArray(p.materials) ? p.materials : [];
    const uri: string | undefined = cs.uri ?? mats[0]?.uri;
    const ref = typeof env.github_ref === 'string' ? env.github_ref : uri?.includes('@') ? uri.slice(uri.lastIndexOf('@') + 1) : undefined;
    return {
      builderId: p.builder?.id,
      buildType: p.buildType,
      sourceUri: uri,
      sourceCommit: cs.digest?.sha1 ?? cs.digest?.gitCommit ?? mats[0]?.digest?.sha1 ?? mats[0]?.digest?.gitCommit,
      sourceRef: ref,
      inputs: p.invocation?.parameters?.inputs ?? env.github_event_payload?.inputs ?? p.invocation?.parameters,
      dependencies: mats,
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V01) {
    // v0.1 (Google Cloud Build): the recipe's type is the build type; the source is the first material, its ref
    // from Cloud Build's substitutions when recorded there
    const mats: Array<{ uri?: string; digest?: DigestSet }> = Array.isArray(p.materials) ? p.materials : [];
    const subs = p.recipe?.arguments?.substitutions ?? {};
    const ref = typeof subs.TAG_NAME === 'string' && subs.TAG_NAME ? `refs/tags/${subs.TAG_NAME}` : typeof subs.BRANCH_NAME === 'string' && subs.BRANCH_NAME ? `refs/heads/${subs.BRANCH_NAME}` : undefined;
    return {
      builderId: p.builder?.id,
      buildType: p.recipe?.type,
      sourceUri: mats[0]?.uri,
      sourceCommit: mats[0]?.digest?.sha1 ?? mats[0]?.digest?.gitCommit,
      sourceRef: ref,
      inputs: undefined,
      dependencies: mats,
    };
  }
  return undefined;
}

function digestsMatch(a: DigestSet, b: DigestSet): boolean {
  return Object.keys(a).some((alg) => b[alg] !== undefined && a[alg].toLowerCase() === b[alg].toLowerCase());
}

function fail(checks: CheckResult[], code: string, e: unknown, fallback: ErrorCode): void {
  const pe = asProvenantError(e, fallback);
  checks.push({ code, ok: false, detail: `[${pe.code}] ${pe.message.split('\n')[0]}` });
}

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
        throw new ProvenantError('BUNDLE_INVALID', `${source}: tlogEntries[${i}].${name} is not a valid int64 (${String(v).slice(0, 40)})`);
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
function strictCertificate(der: Buffer, source: string): void {
  let cert: NodeX509;
  try {
    cert = new NodeX509(der);
  } catch (e) {
    throw new ProvenantError('CERTIFICATE_INVALID', `${source}: the signing certificate is not valid DER (${(e as Error).message})`);
  }
  if (!cert.raw.equals(der)) throw new ProvenantError('CERTIFICATE_INVALID', `${source}: the signing certificate is not in canonical DER`);
  // RFC 5280 4.1.1.2: the outer signatureAlgorithm (not covered by the signature) must equal the signed one in the
  // TBS part; otherwise a flipped OID there goes unnoticed by the chain check
  let same = false;
  try {
    const root = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>);
    const tbs = root.subs[0];
    const inner = tbs.subs[tbs.subs[0].tag.isContextSpecific(0) ? 2 : 1];
    same = !!inner && inner.toDER().equals(root.subs[1].toDER());
  } catch {
    same = false;
  }
  if (!same) throw new ProvenantError('CERTIFICATE_INVALID', `${source}: the signing certificate's signatureAlgorithm differs from the one it signed`);
}

interface SignatureOutcome {
  payload?: Buffer;
  payloadType?: string;
  signer: AttestationResult['signer'];
  messageDigestOnly?: boolean;
}

/** Checks the signature of one attestation; returns the VERIFIED payload (never re-read from the input). */
function checkSignature(att: LoadedAttestation, trust: Trust, policy: Policy, checks: CheckResult[], artifact?: Buffer): SignatureOutcome | undefined {
  if (att.kind === 'statement') {
    if (policy.allowUnsigned) {
      checks.push({ code: 'signature', ok: true, detail: 'unsigned Statement, accepted by --allow-unsigned' });
      return { payload: att.raw, payloadType: 'application/vnd.in-toto+json', signer: { kind: 'none' } };
    }
    checks.push({ code: 'signature', ok: false, detail: '[SIGNATURE_MISSING] the Statement is not signed (use --allow-unsigned to accept SLSA Build L1 unsigned provenance)' });
    return undefined;
  }
  if (att.kind === 'metablock') {
    // the in-toto reference's {signed, signatures}: hex signatures over the canonical JSON of `signed`
    try {
      const m = parseMetadata(att.raw, att.source);
      if (!trust.keys.length) throw new ProvenantError('KEY_UNTRUSTED', `${att.source}: in-toto metadata needs --key to verify it`);
      const k = trust.keys.find((x) => verifyMetadataSignature(m, x.info, []));
      if (!k) throw new ProvenantError('SIGNATURE_INVALID', `${att.source}: no signature verifies with the trusted key(s) (${m.signatures.length} signature(s) present)`);
      keyValidNow(k, att.source);
      checks.push({ code: 'signature', ok: true, detail: `in-toto metadata signed by trusted key ${k.ids[0].slice(0, 16)}` });
      return { payload: Buffer.from(JSON.stringify(m.signed)), payloadType: 'application/vnd.in-toto+json', signer: { kind: 'key', keyid: k.ids[0] } };
    } catch (e) {
      fail(checks, 'signature', e, 'SIGNATURE_INVALID');
      return undefined;
    }
  }
  if (att.kind === 'gcb') {
    try {
      if (!trust.keys.length) throw new ProvenantError('KEY_UNTRUSTED', `${att.source}: Cloud Build provenance needs its attestor keys: --key DIR of <name>.key.pem files`);
      const v = verifyGcbEntry(att.json, trust.keys, att.source, trust.gcbAttestorKeys);
      keyValidNow(trust.keys.find((k) => k.info.keyid === v.keyid || k.ids.includes(v.keyid)), att.source);
      checks.push({ code: 'signature', ok: true, detail: `DSSE signature by Cloud Build attestor key '${v.keyName}' (${v.keyid})` });
      return { payload: v.payload, payloadType: v.payloadType, signer: { kind: 'key', keyid: v.keyid, hostedBuilder: 'google-cloud-build' } };
    } catch (e) {
      fail(checks, 'signature', e, 'SIGNATURE_INVALID');
      return undefined;
    }
  }
  if (att.kind === 'envelope') {
    try {
      const env = parseEnvelope(att.json, att.source);
      const verifiers = trust.keys.map((k) => ({ keyid: k.info.keyid, verify: (d: Buffer, s: Buffer) => verifyBytes(k.info, d, s) }));
      if (!verifiers.length) throw new ProvenantError('KEY_UNTRUSTED', `${att.source}: a bare DSSE envelope needs --key to verify it`);
      const v = verifyEnvelope(env, verifiers, 1, att.source);
      // a bare envelope carries no trusted time: a key's validity window is checked against the current time
      keyValidNow(trust.keys.find((k) => k.info.keyid === v.keyids[0]), att.source);
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
    checkBundleShape(att.json, att.source, trust.root);
    checkInt64Fields(att.json, att.source);
    bundle = bundleFromJSON(att.json);
  } catch (e) {
    fail(checks, 'signature', e instanceof ProvenantError ? e : new ProvenantError('BUNDLE_INVALID', `${att.source}: ${(e as Error).message}`), 'BUNDLE_INVALID');
    return undefined;
  }
  try {
    const content = bundle.content;
    if (content.$case === 'dsseEnvelope' && content.dsseEnvelope.signatures.length !== 1) {
      throw new ProvenantError('BUNDLE_INVALID', `${att.source}: a bundle's DSSE envelope must carry exactly one signature, found ${content.dsseEnvelope.signatures.length}`);
    }
    if (content.$case === 'messageSignature' && !artifact) {
      throw new ProvenantError('SUBJECT_MISMATCH', `${att.source}: a message-signature bundle signs the artifact itself: give the artifact file`);
    }
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
      throw new ProvenantError('TLOG_INVALID', `${att.source}: the trusted root lists transparency logs, and the bundle has no log entry (--insecure-ignore-tlog accepts a timestamp alone)`);
    }
    if (!keyBased && !needTlog && tsas === 0 && !(policy.insecureIgnoreTlog && trustedTime)) {
      throw new ProvenantError('TIMESTAMP_INVALID', `${att.source}: ${rootHasTlog ? 'with --insecure-ignore-tlog' : 'the trusted root lists no transparency log:'} a verified RFC 3161 timestamp is required, the bundle has none`);
    }
    const options = keyBased
      ? { tlogThreshold: Math.min(1, tlogs), ctlogThreshold: 0, timestampThreshold: 0 }
      : { tlogThreshold: needTlog ? 1 : 0, ctlogThreshold: trust.root.ctlogs.length > 0 ? 1 : 0, timestampThreshold: 1 };
    const entity = toSignedEntity(bundle, content.$case === 'messageSignature' ? artifact : undefined);
    const hintOf = vm.content.$case === 'publicKey' ? vm.content.publicKey.hint : '';
    if (keyBased) {
      // the hint is unauthenticated and often a local name ("key-1"): the hinted key first, then each trusted key
      if (!trust.keys.length) throw new ProvenantError('KEY_UNTRUSTED', `${att.source}: key-signed bundle (hint '${hintOf}') but no --key given`);
      const ordered = [...trust.keys.filter((k) => k.ids.includes(hintOf)), ...trust.keys.filter((k) => !k.ids.includes(hintOf))];
      let lastErr: unknown;
      let used: TrustedKey | undefined;
      for (const k of ordered) {
        const material = toTrustMaterial(trust.root, () => ({
          publicKey: k.info.key,
          validFor: (d: Date) => (!k.validFrom || d >= k.validFrom) && (!k.validUntil || d <= k.validUntil),
        }));
        try {
          new Verifier(material, options).verify(entity);
          used = k;
          break;
        } catch (e) {
          lastErr = e;
        }
      }
      if (!used) throw lastErr;
      // no trusted time in the bundle: a key's validity window is checked against the current time
      if (!trustedTime) keyValidNow(used, att.source);
      checks.push({ code: 'signature', ok: true, detail: `signed by trusted key ${used.ids[0]}${hintOf && !used.ids.includes(hintOf) ? ` (hint '${hintOf}')` : ''}` });
      const signer = { kind: 'key' as const, keyid: hintOf || used.ids[0] };
      if (content.$case === 'dsseEnvelope') return { payload: content.dsseEnvelope.payload, payloadType: content.dsseEnvelope.payloadType, signer };
      return { signer, messageDigestOnly: true };
    }
    const verified = new Verifier(trust.material, options).verify(entity);
    // the identity is read from the very certificate whose key verified the signature (and chained to the root)
    if (entity.key.$case !== 'certificate') throw new ProvenantError('CERTIFICATE_INVALID', `${att.source}: no signing certificate`);
    const der = entity.key.certificate.root.toDER();
    const certKey = createPublicKey({ key: entity.key.certificate.publicKey, format: 'der', type: 'spki' });
    if (!certKey.equals(verified.key)) throw new ProvenantError('CERTIFICATE_INVALID', `${att.source}: the verified key is not the signing certificate's`);
    strictCertificate(der, att.source);
    const identity = fulcioIdentity(der);
    if (identity.san !== verified.identity?.subjectAlternativeName) throw new ProvenantError('CERTIFICATE_INVALID', `${att.source}: the certificate's identity differs from the verified signer's`);
    const how = needTlog ? 'transparency log' : tlogs ? 'timestamp (log entry verified, not required: --insecure-ignore-tlog)' : policy.insecureIgnoreTlog ? 'timestamp (no log entry: --insecure-ignore-tlog)' : 'timestamp';
    checks.push({ code: 'signature', ok: true, detail: `signed by ${identity.san ?? '(no SAN)'} (issuer ${identity.issuer ?? 'unknown'}); chain, ${how} and SCT verified` });
    const signer = { kind: 'certificate' as const, identity };
    if (content.$case === 'dsseEnvelope') return { payload: content.dsseEnvelope.payload, payloadType: content.dsseEnvelope.payloadType, signer };
    return { signer, messageDigestOnly: true };
  } catch (e) {
    fail(checks, 'signature', e instanceof ProvenantError ? e : sigstoreError(e, att.source), 'SIGNATURE_INVALID');
    return undefined;
  }
}

/** @sigstore/verify's error codes as Provenant's. */
function sigstoreError(e: unknown, source: string): ProvenantError {
  const err = e as { code?: string; message?: string };
  const c = err.code ?? '';
  const code: ErrorCode = c.startsWith('TLOG') ? 'TLOG_INVALID' : c.startsWith('TIMESTAMP') ? 'TIMESTAMP_INVALID' : c.startsWith('CERTIFICATE') ? 'CERTIFICATE_INVALID' : c.startsWith('PUBLIC_KEY') ? 'KEY_UNTRUSTED' : 'SIGNATURE_INVALID';
  return new ProvenantError(code, `${source}: ${c ? `${c}: ` : ''}${err.message ?? String(e)}`);
}

/** A key with a validity window, used with no trusted time: the window must contain the current time. */
function keyValidNow(k: TrustedKey | undefined, source: string): void {
  if (!k || (!k.validFrom && !k.validUntil)) return;
  const now = new Date();
  if ((k.validFrom && now < k.validFrom) || (k.validUntil && now > k.validUntil)) {
    throw new ProvenantError('KEY_UNTRUSTED', `${source}: key ${k.ids[0]} is valid ${k.validFrom ? `from ${k.validFrom.toISOString()} ` : ''}${k.validUntil ? `until ${k.validUntil.toISOString()}` : ''}; the signature carries no trusted time (log entry or timestamp), and now (${now.toISOString()}) is outside that window`);
  }
}

function checkIdentity(signer: AttestationResult['signer'], policy: Policy, checks: CheckResult[]): void {
  if (signer?.kind === 'certificate' && policy.requireIdentity && !policy.insecureSkipIdentity && !hasIdentityConstraint(policy)) {
    // anyone can get a certificate: with no identity constraint the verdict says nothing about who built it
    checks.push({ code: 'identity', ok: false, detail: `[USAGE] the attestation is signed with a certificate and no identity is required: give one of ${IDENTITY_OPTIONS} (or --insecure-skip-identity to accept any signer)` });
    return;
  }
  const wants = policy.certIdentity || policy.certIdentityRegex || policy.certOidcIssuer || policy.signerWorkflow || policy.sourceRepo || policy.sourceRef || policy.denySelfHostedRunners || policy.owner;
  if (!wants) return;
  const id = signer?.identity;
  if (!id) {
    checks.push({ code: 'identity', ok: false, detail: '[IDENTITY_MISMATCH] certificate identity policy given, but the attestation is not signed with a certificate' });
    return;
  }
  const problems: string[] = [];
  if (policy.certIdentity && id.san !== policy.certIdentity) problems.push(`SAN '${id.san}' is not '${policy.certIdentity}'`);
  if (policy.certIdentityRegex) {
    let re: RegExp;
    try {
      re = new RegExp(policy.certIdentityRegex);
    } catch {
      throw new ProvenantError('USAGE', `--cert-identity-regex: invalid regular expression`);
    }
    if (!id.san || !re.test(id.san)) problems.push(`SAN '${id.san}' does not match /${policy.certIdentityRegex}/`);
  }
  if (policy.certOidcIssuer && id.issuer !== policy.certOidcIssuer) problems.push(`issuer '${id.issuer}' is not '${policy.certOidcIssuer}'`);
  if (policy.signerWorkflow && !signerWorkflowMatches(policy.signerWorkflow, id.buildSignerURI ?? id.san)) {
    // anchored: the full https://HOST/OWNER/REPO/PATH of the certificate's build signer, never a suffix
    problems.push(`signer workflow '${id.buildSignerURI ?? id.san}' is not '${signerWorkflowUri(policy.signerWorkflow).uri}'`);
  }
  if (policy.sourceRepo && (!id.sourceRepositoryURI || normalizeRepo(id.sourceRepositoryURI) !== normalizeRepo(policy.sourceRepo.includes('/') && !policy.sourceRepo.includes('.') ? `github.com/${policy.sourceRepo}` : policy.sourceRepo))) {
    problems.push(`certificate source repository '${id.sourceRepositoryURI}' is not '${policy.sourceRepo}'`);
  }
  if (policy.owner) {
    const want = normalizeRepo(policy.owner.includes('/') ? policy.owner : `github.com/${policy.owner}`);
    const got = id.sourceRepositoryURI ? normalizeRepo(id.sourceRepositoryURI).split('/').slice(0, 2).join('/') : undefined;
    if (got !== want) problems.push(`certificate source repository '${id.sourceRepositoryURI}' is not owned by '${policy.owner}'`);
  }
  if (policy.sourceRef && id.sourceRepositoryRef !== policy.sourceRef) problems.push(`certificate source ref '${id.sourceRepositoryRef}' is not '${policy.sourceRef}'`);
  if (policy.denySelfHostedRunners && id.runnerEnvironment !== 'github-hosted') problems.push(`runner environment '${id.runnerEnvironment ?? 'unknown'}' is not github-hosted`);
  checks.push(problems.length ? { code: 'identity', ok: false, detail: `[IDENTITY_MISMATCH] ${problems.join('; ')}` } : { code: 'identity', ok: true, detail: `certificate identity ${id.san} matches the policy` });
}

function checkProvenancePolicy(claims: Claims | undefined, policy: Policy, checks: CheckResult[], identity?: FulcioIdentity): void {
  const need = (code: string, label: string, ok: boolean, detail: string) =>
    checks.push(ok ? { code, ok: true, detail } : { code, ok: false, detail: `[POLICY_MISMATCH] ${label}: ${detail}` });
  const wants = policy.builderId || policy.sourceUri || policy.sourceBranch || policy.sourceTag || policy.sourceVersionedTag || policy.buildWorkflowInputs || policy.buildTypes;
  if (!wants) return;
  if (!claims) {
    checks.push({ code: 'provenance', ok: false, detail: '[PREDICATE_TYPE] provenance policy given, but the attestation is not SLSA provenance' });
    return;
  }
  if (policy.builderId) {
    // npm CLI provenance names the npm CLI as builder; the workflow that ran it is the certificate's signer
    const signer = identity && claims.builderId && !/\/\.github\/workflows\//.test(claims.builderId) ? identity.buildSignerURI ?? identity.san : undefined;
    // npm CLI v0.2 names "https://github.com/actions/runner"; on a GitHub-hosted runner (certificate) that is the …/github-hosted builder
    const effective = claims.builderId === 'https://github.com/actions/runner' && identity?.runnerEnvironment === 'github-hosted' ? `${claims.builderId}/github-hosted` : claims.builderId;
    const byClaim = !!effective && (builderIdMatches(policy.builderId, effective) || builderIdMatches(policy.builderId, claims.builderId!));
    const bySigner = !!signer && builderIdMatches(policy.builderId, signer);
    need('builder-id', 'builder id', byClaim || bySigner, `builder '${claims.builderId}'${signer ? ` (signed by ${signer})` : ''} ${byClaim || bySigner ? 'matches' : 'does not match'} '${policy.builderId}'`);
  }
  // every source policy holds for the predicate's claim AND for the certificate's extension where it carries one
  const certRepo = identity?.sourceRepositoryURI;
  const certRef = identity?.sourceRepositoryRef;
  if (policy.sourceUri) {
    const want = normalizeRepo(policy.sourceUri);
    const ok = !!claims.sourceUri && normalizeRepo(claims.sourceUri) === want && (!certRepo || normalizeRepo(certRepo) === want);
    need('source-uri', 'source', ok, `source '${claims.sourceUri}'${certRepo ? ` (certificate: '${certRepo}')` : ''} ${ok ? 'matches' : 'is not'} '${policy.sourceUri}'`);
  }
  const refs = (test: (ref: string | undefined) => boolean) => test(claims.sourceRef) && (certRef === undefined || test(certRef));
  const refText = `ref '${claims.sourceRef}'${certRef !== undefined ? ` (certificate: '${certRef}')` : ''}`;
  if (policy.sourceBranch) {
    const ok = refs((r) => r === `refs/heads/${policy.sourceBranch}`);
    need('source-branch', 'branch', ok, `${refText} ${ok ? 'is' : 'is not'} branch '${policy.sourceBranch}'`);
  }
  if (policy.sourceTag) {
    const ok = refs((r) => r === `refs/tags/${policy.sourceTag}`);
    need('source-tag', 'tag', ok, `${refText} ${ok ? 'is' : 'is not'} tag '${policy.sourceTag}'`);
  }
  if (policy.sourceVersionedTag) {
    const ok = refs((r) => versionedTagMatches(policy.sourceVersionedTag!, r));
    need('source-versioned-tag', 'versioned tag', ok, `${refText} ${ok ? 'satisfies' : 'does not satisfy'} '${policy.sourceVersionedTag}'`);
  }
  if (policy.buildWorkflowInputs) {
    const bad = Object.entries(policy.buildWorkflowInputs).filter(([k, v]) => String((claims.inputs ?? {})[k]) !== v);
    need('workflow-inputs', 'workflow inputs', bad.length === 0, bad.length ? bad.map(([k, v]) => `${k}='${(claims.inputs ?? {})[k] ?? ''}' (want '${v}')`).join(', ') : 'all match');
  }
  if (policy.buildTypes?.length) {
    const ok = !!claims.buildType && policy.buildTypes.includes(claims.buildType);
    need('build-type', 'buildType', ok, `buildType '${claims.buildType}' ${ok ? 'is allowed' : 'is not in the allowlist'}`);
  }
}

/** Binding of predicate to certificate: a workflow builder id must be the certificate's signer; source repo and commit must agree. */
function checkBinding(claims: Claims, id: FulcioIdentity, checks: CheckResult[]): { bound: boolean; reason: string } {
  const problems: string[] = [];
  const signerUri = id.buildSignerURI ?? id.san;
  let builderBound = false;
  if (claims.builderId && signerUri && SLSA_DELEGATOR.test(signerUri)) {
    // slsa-github-generator's BYOB: the isolated delegator workflow signs on behalf of the builder it ran
    builderBound = true;
  } else if (claims.builderId && /\/\.github\/workflows\//.test(claims.builderId)) {
    if (claims.builderId !== signerUri) problems.push(`builder.id '${claims.builderId}' is not the certificate's build signer '${signerUri}'`);
    else builderBound = true;
  } else if (claims.builderId && /^https:\/\/github\.com\/actions\/runner(\/github-hosted)?$/.test(claims.builderId)) {
    builderBound = id.runnerEnvironment === 'github-hosted';
  }
  if (id.sourceRepositoryURI && claims.sourceUri && normalizeRepo(id.sourceRepositoryURI) !== normalizeRepo(claims.sourceUri)) {
    problems.push(`source '${claims.sourceUri}' is not the certificate's repository '${id.sourceRepositoryURI}'`);
  }
  if (id.sourceRepositoryDigest && claims.sourceCommit && id.sourceRepositoryDigest.toLowerCase() !== claims.sourceCommit.toLowerCase()) {
    problems.push(`commit ${claims.sourceCommit} is not the certificate's ${id.sourceRepositoryDigest}`);
  }
  if (id.sourceRepositoryRef && claims.sourceRef?.startsWith('refs/') && claims.sourceRef !== id.sourceRepositoryRef) {
    problems.push(`ref '${claims.sourceRef}' is not the certificate's source ref '${id.sourceRepositoryRef}'`);
  }
  if (problems.length) {
    checks.push({ code: 'binding', ok: false, detail: `[BINDING_MISMATCH] ${problems.join('; ')}` });
    return { bound: false, reason: problems.join('; ') };
  }
  if (!id.sourceRepositoryURI || !id.sourceRepositoryDigest) {
    checks.push({ code: 'binding', ok: true, detail: 'certificate carries no source extensions to bind' });
    return { bound: false, reason: 'the certificate carries no source repository/commit extensions' };
  }
  checks.push({ code: 'binding', ok: true, detail: builderBound ? 'builder.id, source repository and commit match the certificate' : 'source repository and commit match the certificate' });
  return { bound: builderBound, reason: builderBound ? '' : `builder.id '${claims.builderId}' is not bound to the certificate's signer '${signerUri}'` };
}

/**
 * Verifies one attestation against an artifact's digests: signature, identity, payload, schema, subject,
 * binding, provenance policy; then computes the SLSA Build level from that evidence. Never throws for bad input:
 * every problem becomes a failed check with a code.
 */
export function verifyAttestation(att: LoadedAttestation, trust: Trust, policy: Policy, artifact?: { digest: DigestSet; data?: Buffer }): AttestationResult {
  const checks: CheckResult[] = [];
  const result: AttestationResult = { source: att.source, verified: false, slsaLevel: 0, nextLevel: [], checks };
  try {
    const sig = checkSignature(att, trust, policy, checks, artifact?.data);
    if (!sig) return finish(result, policy);
    result.signer = sig.signer;
    checkIdentity(sig.signer, policy, checks);
    if (sig.messageDigestOnly) {
      checks.push({ code: 'subject', ok: true, detail: 'the signature covers the artifact bytes (message signature)' });
      checkProvenancePolicy(undefined, policy, checks);
      result.nextLevel = ['L1: no SLSA provenance (a plain signature)'];
      return finish(result, policy);
    }
    if (!sig.payloadType || !INTOTO_TYPE.test(sig.payloadType)) {
      if (policy.noSubjectCheck && !artifact) {
        checks.push({ code: 'payload', ok: true, detail: `payloadType '${sig.payloadType}' is not an in-toto Statement: signature only` });
        checkProvenancePolicy(undefined, policy, checks);
      } else checks.push({ code: 'payload', ok: false, detail: `[PAYLOAD_TYPE] payloadType '${sig.payloadType}' is not an in-toto Statement` });
      return finish(result, policy);
    }
    let legacy: unknown;
    try {
      legacy = JSON.parse(sig.payload!.toString('utf8'));
    } catch {
      legacy = undefined;
    }
    if ((legacy as { _type?: unknown })?._type === 'link' || (legacy as { _type?: unknown })?._type === 'layout') {
      // in-toto reference metadata: its rules are checked by layout verification (--layout), not here; a link's
      // products stand for subjects
      const body = legacy as { _type: string; products?: Record<string, DigestSet> };
      checks.push({ code: 'schema', ok: true, detail: `in-toto ${body._type} metadata (verify the supply chain with --layout)` });
      const hit = artifact && body._type === 'link' ? Object.entries(body.products ?? {}).find(([, d]) => d && typeof d === 'object' && digestsMatch(artifact.digest, d)) : undefined;
      checks.push(
        hit
          ? { code: 'subject', ok: true, detail: `artifact matches the link's product '${hit[0]}'` }
          : policy.noSubjectCheck && !artifact
            ? { code: 'subject', ok: true, detail: 'not checked (--no-subject-check)' }
            : { code: 'subject', ok: false, detail: `[SUBJECT_MISMATCH] ${artifact ? 'the artifact is not among the link\'s products' : 'no artifact given'}` },
      );
      checkProvenancePolicy(undefined, policy, checks);
      return finish(result, policy);
    }
    let st: Statement;
    try {
      st = validateStatement(parseJsonStrict(sig.payload!, `${att.source} payload`), `${att.source} payload`);
      checks.push({ code: 'schema', ok: true, detail: `Statement and ${st.predicateType} predicate are schema-valid` });
    } catch (e) {
      fail(checks, 'schema', e, 'SCHEMA_INVALID');
      return finish(result, policy);
    }
    result.statement = st;
    result.predicateType = st.predicateType;
    if (artifact) {
      const hit = st.subject.find((s) => s.digest && digestsMatch(artifact.digest, s.digest));
      checks.push(hit ? { code: 'subject', ok: true, detail: `artifact matches subject '${hit.name ?? '_'}'` } : { code: 'subject', ok: false, detail: `[SUBJECT_MISMATCH] artifact ${Object.entries(artifact.digest).map(([a, h]) => `${a}:${h}`).join(', ')} is not among the ${st.subject.length} subject(s)` });
    } else if (policy.noSubjectCheck) {
      checks.push({ code: 'subject', ok: true, detail: 'not checked (--no-subject-check): level capped at 0' });
    } else {
      checks.push({ code: 'subject', ok: false, detail: '[SUBJECT_MISMATCH] no artifact given to match against the subjects' });
    }
    const claims = provenanceClaims(st);
    result.builderId = claims?.builderId;
    if (claims) result.materials = { total: claims.dependencies.length, withDigest: claims.dependencies.filter((d) => d.digest && Object.keys(d.digest).length).length };
    result.sourceRepo = claims?.sourceUri;
    let binding: { bound: boolean; reason: string } | undefined;
    if (claims && sig.signer?.kind === 'certificate' && sig.signer.identity) binding = checkBinding(claims, sig.signer.identity, checks);
    checkProvenancePolicy(claims, policy, checks, sig.signer?.identity);
    if (policy.requireMaterialDigests && claims) {
      const missing = claims.dependencies.filter((d) => !d.digest || Object.keys(d.digest).length === 0);
      checks.push(missing.length ? { code: 'material-digests', ok: false, detail: `[MATERIAL_DIGEST_MISSING] ${missing.length} of ${claims.dependencies.length} resolved dependencies lack a digest: ${missing.slice(0, 5).map((d) => d.uri).join(', ')}` } : { code: 'material-digests', ok: true, detail: `all ${claims.dependencies.length} resolved dependencies carry digests` });
    }
    // SLSA Build level, from evidence only
    const allOk = checks.every((c) => c.ok);
    const subjectOk = checks.some((c) => c.code === 'subject' && c.ok) && !!artifact;
    if (!claims) result.nextLevel.push(`L1: predicate ${st.predicateType} is not SLSA provenance`);
    else if (!allOk) result.nextLevel.push('L1: a check failed');
    else if (!subjectOk) result.nextLevel.push('L1: provenance not matched to an artifact');
    else {
      result.slsaLevel = 1;
      const id = sig.signer?.identity;
      const l2: string[] = [];
      const gcb = sig.signer?.kind === 'key' && sig.signer.hostedBuilder === 'google-cloud-build';
      if (gcb) {
        // Cloud Build's attestor keys sign only what its hosted workers built: the key is the builder identity
        if (!claims.builderId || !GCB_HOSTED_WORKER.test(claims.builderId)) l2.push(`builder '${claims.builderId}' is not Cloud Build's hosted worker, whose attestor key signed it`);
      } else if (sig.signer?.kind !== 'certificate' || !id) l2.push('not signed by a hosted builder identity (keyless certificate)');
      else {
        if (!id.issuer || !id.issuer.startsWith(GITHUB_ISSUER)) l2.push(`issuer '${id.issuer}' is not GitHub Actions`);
        if (id.runnerEnvironment !== 'github-hosted') l2.push(`runner environment '${id.runnerEnvironment ?? 'unknown'}' is not github-hosted`);
        if (!binding?.bound) l2.push(binding?.reason || 'builder.id is not bound to the certificate');
      }
      if (l2.length) result.nextLevel.push(...l2.map((r) => `L2: ${r}`));
      else {
        result.slsaLevel = 2;
        const signerUri = id?.buildSignerURI ?? id?.san ?? '';
        // a BYOB build signed by slsa-github-generator's isolated delegator is L3, unless the --policy caps its
        // builder (or the delegator) lower
        const max = SLSA_DELEGATOR.test(signerUri) ? policyCap(policy, [claims.builderId, signerUri]) ?? 3 : claims.builderId ? builderMaxLevel(claims.builderId, policy) : undefined;
        if (max !== undefined && max >= 3) result.slsaLevel = 3;
        else result.nextLevel.push(`L3: builder '${claims.builderId}' is not on the isolated-builder list`);
        if (max !== undefined && max < result.slsaLevel) result.slsaLevel = Math.max(1, max);
      }
    }
    return finish(result, policy);
  } catch (e) {
    fail(checks, 'internal', e, 'INTERNAL');
    result.verified = false;
    result.slsaLevel = 0;
    return result;
  }
}

function finish(r: AttestationResult, policy: Policy): AttestationResult {
  if (policy.minLevel !== undefined) {
    r.checks.push(r.slsaLevel >= policy.minLevel ? { code: 'min-level', ok: true, detail: `SLSA Build L${r.slsaLevel} ≥ L${policy.minLevel}` } : { code: 'min-level', ok: false, detail: `[LEVEL_TOO_LOW] SLSA Build L${r.slsaLevel} < required L${policy.minLevel}` });
  }
  r.verified = r.checks.length > 0 && r.checks.every((c) => c.ok) && r.checks.some((c) => c.code === 'signature');
  // a level is only claimed on evidence that held up; a min-level miss alone keeps the level it reports
  if (r.checks.some((c) => !c.ok && c.code !== 'min-level')) r.slsaLevel = 0;
  return r;
}
