/**
 * `provenant verify oci://REGISTRY/REPO[:TAG|@DIGEST]`: the reference is resolved to the manifest digest, the
 * attestations attached to that digest are fetched (Sigstore bundles through the referrers API or tag schema,
 * cosign's `.att` DSSE envelopes), and each is verified by the same core as files — the same loader, the same
 * checks, the same verdict rules — with the image digest as the artifact. One result per image.
 */
import type { DigestSet } from '../intoto/statement.js';
import { asProvenantError } from '../errors.js';
import { pushAll } from '../util/array.js';
import { discoverAttestations } from '../oci/discover.js';
import { clientFor, resolveImage } from '../oci/resolve.js';
import { parseImageRef } from '../oci/ref.js';
import type { CredentialOptions } from '../oci/credentials.js';
import type { RetryOptions } from '../publish/retry.js';
import { judgeArtifact, memberPolicy, withTrust, type ArtifactResult, type VerifyReport } from './index.js';
import { parseAttestations, type LoadedAttestation } from './load.js';
import type { Policy } from './policy.js';
import { verifyMany, type VerifyTask } from './pool.js';
import { loadTrust, type TrustSources } from './trust.js';
import { withCachedRoot } from './tuf.js';
import type { CheckResult } from './verify.js';

export interface VerifyImagesOptions {
  images: string[];
  trustedRoot?: string;
  keys?: string[];
  policy: Policy;
  credentials?: CredentialOptions;
  retry?: RetryOptions;
}

function failed(name: string, digest: DigestSet, checks: CheckResult[], policy: Policy): ArtifactResult {
  return judgeArtifact(name, digest, [], [], checks, policy);
}

export async function verifyImages(opts: VerifyImagesOptions): Promise<VerifyReport> {
  // as for files: an explicit --trusted-root, else the TUF cache of `provenant trust update` (checked offline, fails
  // closed), else the shipped public-good root
  const sources = await withCachedRoot({ trustedRoot: opts.trustedRoot, keys: opts.keys } as TrustSources);
  const trust = loadTrust(sources);
  interface Pending {
    name: string;
    digest: DigestSet;
    atts: LoadedAttestation[];
    checks: CheckResult[];
    first: number;
  }
  const pending: Pending[] = [];
  const tasks: VerifyTask[] = [];
  const results: Array<ArtifactResult | Pending> = [];
  for (const spec of opts.images) {
    let name = spec;
    let digest: DigestSet = {};
    try {
      const ref = parseImageRef(spec, 'image');
      const client = clientFor(ref, { credentials: opts.credentials, retry: opts.retry });
      const img = await resolveImage(ref, {}, client);
      name = `oci://${ref.name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
      digest = { sha256: img.digest.slice('sha256:'.length) };
      const found = await discoverAttestations(client, img.digest);
      const checks: CheckResult[] = found.problems.map((p) => ({ code: 'load', ok: false, detail: p }));
      const atts: LoadedAttestation[] = [];
      for (const f of found.found) {
        try {
          pushAll(atts, parseAttestations(f.raw, f.source));
        } catch (e) {
          const pe = asProvenantError(e, 'BUNDLE_INVALID');
          checks.push({ code: 'load', ok: false, detail: `[${pe.code}] ${pe.message}` });
        }
      }
      if (!atts.length) {
        checks.push({
          code: 'attestation',
          ok: false,
          detail:
            `[ATTESTATION_NOT_FOUND] no attestation attached to ${ref.name}@${img.digest} (looked in ` +
            `${found.looked.join(', ')})`,
        });
      }
      const p: Pending = { name, digest, atts, checks, first: tasks.length };
      for (const att of atts) tasks.push({ att, policy: memberPolicy(att, opts.policy), artifact: { digest } });
      pending.push(p);
      results.push(p);
    } catch (e) {
      const pe = asProvenantError(e, 'INTERNAL');
      results.push(
        failed(name, digest, [{ code: 'registry', ok: false, detail: `[${pe.code}] ${pe.message}` }], opts.policy),
      );
    }
  }
  const { results: verdicts, threads } = await verifyMany(tasks, trust, sources);
  const out = results.map((r) =>
    'first' in r
      ? judgeArtifact(r.name, r.digest, r.atts, verdicts.slice(r.first, r.first + r.atts.length), r.checks, opts.policy)
      : r,
  );
  return withTrust(
    { results: out, verified: out.length > 0 && out.every((r) => r.verified), trustedRoot: trust.rootSource, threads },
    trust,
  );
}
