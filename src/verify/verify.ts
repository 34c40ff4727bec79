/**
 * Verifies one attestation, in the order of the spec, one module per concern:
 *   1. material and signature (material.ts: the bundle's shape; signature.ts: who signed, the verified payload)
 *   2. identity (identity.ts: the certificate against the identity policy)
 *   3. subject (subject.ts: the artifact among the subjects)
 *   4. binding (binding.ts: the predicate's claims against the certificate)
 *   5. policy (provenance-policy.ts: the provenance options, against predicate and certificate)
 *   6. level (level.ts: the SLSA Build level from the evidence, and the verdict)
 */
import { constants as bufferConstants } from 'node:buffer';
import { readRegularFileSync } from '../util/fs.js';
import type { DigestSet, Statement } from '../intoto/statement.js';
import { parseJsonStrict, validateStatement } from '../schemas/index.js';
import type { LoadedAttestation } from './load.js';
import type { Policy } from './policy.js';
import type { Trust } from './trust.js';
import { provenanceClaims } from './claims.js';
import { checkSignature } from './signature.js';
import { checkIdentity, checkPeerIdentity } from './identity.js';
import { checkLinkProducts, checkSubject } from './subject.js';
import { checkBinding } from './binding.js';
import { checkMaterialDigests, checkProvenancePolicy } from './provenance-policy.js';
import { computeLevel, finish } from './level.js';
import { checkSourceState } from './source-state.js';
import { fail, type AttestationResult, type CheckResult } from './result.js';

export { GITHUB_ISSUER, SLSA_DELEGATOR, type AttestationResult, type CheckResult } from './result.js';

const INTOTO_TYPE = /^application\/vnd\.in-toto(\.[a-z0-9-]+)?\+json$/;

/**
 * Verifies one attestation against an artifact's digests: signature, identity, payload, schema, subject,
 * binding, provenance policy; then computes the SLSA Build level from that evidence. Never throws for bad input:
 * every problem becomes a failed check with a code.
 */
export function verifyAttestation(
  att: LoadedAttestation,
  trust: Trust,
  policy: Policy,
  /** `path`: the artifact's bytes are read from it when a message signature needs them (and dropped after) */
  artifact?: { digest: DigestSet; data?: Buffer; path?: string },
): AttestationResult {
  const checks: CheckResult[] = [];
  const result: AttestationResult = { source: att.source, verified: false, slsaLevel: 0, nextLevel: [], checks };
  try {
    let data = artifact?.data;
    if (data === undefined && artifact?.path && (att.json as { messageSignature?: unknown })?.messageSignature) {
      try {
        // a regular file still (not swapped for a FIFO since it was hashed), of any size a Buffer holds
        data = readRegularFileSync(artifact.path, {
          maxBytes: bufferConstants.MAX_LENGTH,
          what: 'artifact (for its message signature)',
        });
      } catch (e) {
        fail(checks, 'signature', e, 'FILE_UNREADABLE');
        return finish(result, policy);
      }
    }
    const sig = checkSignature(att, trust, policy, checks, data, artifact?.digest);
    if (!sig) return finish(result, policy);
    result.signer = sig.signer;
    checkIdentity(sig.signer, policy, checks);
    checkPeerIdentity(sig.signer, policy, checks);
    if (sig.messageDigestOnly) {
      checks.push({
        code: 'subject',
        ok: true,
        detail: sig.prehash
          ? `the signature covers the given digest ${sig.prehash} (message signature)`
          : 'the signature covers the artifact bytes (message signature)',
      });
      checkProvenancePolicy(undefined, policy, checks);
      result.nextLevel = ['L1: no SLSA provenance (a plain signature)'];
      return finish(result, policy);
    }
    if (!sig.payloadType || !INTOTO_TYPE.test(sig.payloadType)) {
      if (policy.noSubjectCheck && !artifact) {
        checks.push({
          code: 'payload',
          ok: true,
          detail: `payloadType '${sig.payloadType}' is not an in-toto Statement: signature only`,
        });
        checkProvenancePolicy(undefined, policy, checks);
      } else
        checks.push({
          code: 'payload',
          ok: false,
          detail: `[PAYLOAD_TYPE] payloadType '${sig.payloadType}' is not an in-toto Statement`,
        });
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
      checks.push({
        code: 'schema',
        ok: true,
        detail: `in-toto ${body._type} metadata (verify the supply chain with --layout)`,
      });
      checkLinkProducts(body, artifact, policy, checks);
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
    checkSubject(st, artifact, policy, checks);
    const claims = provenanceClaims(st);
    result.builderId = claims?.builderId;
    if (claims)
      result.materials = {
        total: claims.dependencies.length,
        withDigest: claims.dependencies.filter((d) => d.digest && Object.keys(d.digest).length).length,
      };
    result.sourceRepo = claims?.sourceUri;
    let binding: { bound: boolean; reason: string } | undefined;
    if (claims && sig.signer?.kind === 'certificate' && sig.signer.identity)
      binding = checkBinding(claims, sig.signer.identity, checks);
    checkProvenancePolicy(claims, policy, checks, sig.signer?.identity);
    checkMaterialDigests(claims, policy, checks);
    checkSourceState(st, checks);
    computeLevel(result, st, claims, sig, binding, policy, artifact);
    return finish(result, policy);
  } catch (e) {
    fail(checks, 'internal', e, 'INTERNAL');
    result.verified = false;
    result.slsaLevel = 0;
    return result;
  }
}
