/**
 * Finding the attestations attached to an image digest:
 *  - Sigstore bundles attached as OCI artifacts (what the official action and `publish: registry` push): the
 *    referrers API (OCI 1.1) where the registry has it, the referrers tag schema (`sha256-<hex>` index) otherwise;
 *  - cosign's attestations (`cosign attest`): the `sha256-<hex>.att` tag, a manifest whose layers are DSSE envelopes.
 * Each artifact manifest must name the image digest as its `subject`; every manifest and blob is checked against
 * its digest by the client.
 */
import { ProvenantError } from '../errors.js';
import { isDescriptor, MT, type Descriptor, type RegistryClient } from './client.js';
import { digestTag, printable } from './ref.js';
import { COSIGN_CERT, cosignKeylessToBundle } from './cosign.js';

export interface FoundAttestation {
  /** where it came from: oci://REGISTRY/REPO@IMAGE_DIGEST (referrer ARTIFACT_DIGEST) */
  source: string;
  raw: Buffer;
  origin: 'sigstore-bundle' | 'cosign-attestation';
}

export interface Discovery {
  found: FoundAttestation[];
  /** how the referrers were looked up, for messages */
  looked: string[];
  /** problems met on the way (a referrer that could not be read): reported, never silently dropped */
  problems: string[];
}

/**
 * A referrer that could not be read becomes a problem naming `where`; a registry that refuses access or cannot be
 * reached ends the discovery (rethrown).
 */
function problemOf(e: unknown, where: string): string {
  if (e instanceof ProvenantError && ['REGISTRY_AUTH', 'REGISTRY_UNREACHABLE'].includes(e.code)) throw e;
  return `${where}: ${e instanceof ProvenantError ? `[${e.code}] ${e.message}` : (e as Error).message}`;
}

const isBundleType = (t: string | undefined) => !!t && t.startsWith('application/vnd.dev.sigstore.bundle');
/** at most this many referrers are read per image */
const MAX_REFERRERS = 64;

export async function discoverAttestations(
  client: RegistryClient,
  digest: string,
  opts: { cosign?: boolean } = {},
): Promise<Discovery> {
  const at = `oci://${client.image}@${digest}`;
  const out: Discovery = { found: [], looked: [], problems: [] };
  let refs = await client.referrers(digest);
  if (refs) out.looked.push('the referrers API');
  else {
    out.looked.push(`the referrers tag ${digestTag(digest)}`);
    const idx = await client.getManifest(digestTag(digest), MT.OCI_INDEX);
    refs = idx ? ((idx.json.manifests as Descriptor[] | undefined) ?? []) : [];
  }
  const candidates = refs.filter(
    (d) => isDescriptor(d) && (isBundleType(d.artifactType) || d.artifactType === undefined),
  );
  for (const d of candidates.slice(0, MAX_REFERRERS)) {
    const src = `${at} (referrer ${d.digest})`;
    try {
      const m = await client.getManifest(d.digest);
      if (!m) throw new ProvenantError('IMAGE_NOT_FOUND', 'listed but not in the registry');
      const j = m.json as { artifactType?: string; config?: Descriptor; subject?: Descriptor; layers?: Descriptor[] };
      const type = j.artifactType ?? j.config?.mediaType;
      if (!isBundleType(type)) continue; // another kind of referrer (an SBOM, a signature)
      if (j.subject?.digest !== digest)
        throw new ProvenantError(
          'MANIFEST_INVALID',
          `its subject is ${printable(String(j.subject?.digest))}, not ${digest}`,
        );
      const layers = (j.layers ?? []).filter((l) => isBundleType(l.mediaType));
      if (!layers.length) throw new ProvenantError('MANIFEST_INVALID', 'no Sigstore bundle layer');
      for (const l of layers) out.found.push({ source: src, raw: await client.getBlob(l), origin: 'sigstore-bundle' });
    } catch (e) {
      out.problems.push(problemOf(e, src));
    }
  }
  if (candidates.length > MAX_REFERRERS)
    out.problems.push(`${at}: ${candidates.length} referrers, only the first ${MAX_REFERRERS} read`);
  if (opts.cosign !== false) {
    const tag = `${digestTag(digest)}.att`;
    out.looked.push(`cosign's ${tag}`);
    try {
      const m = await client.getManifest(tag);
      const layers = ((m?.json.layers as Descriptor[] | undefined) ?? []).filter((l) => l.mediaType === MT.DSSE);
      for (const l of layers.slice(0, MAX_REFERRERS)) {
        const src = `${at} (cosign ${tag} layer ${l.digest})`;
        if (l.annotations?.[COSIGN_CERT]) {
          // keyless cosign: the certificate and the Rekor entry live in annotations; verified as a bundle v0.1
          try {
            const raw = cosignKeylessToBundle(await client.getBlob(l), l.annotations, src);
            out.found.push({ source: src, raw, origin: 'cosign-attestation' });
          } catch (e) {
            out.problems.push(problemOf(e, src));
          }
          continue;
        }
        out.found.push({ source: src, raw: await client.getBlob(l), origin: 'cosign-attestation' });
      }
    } catch (e) {
      out.problems.push(problemOf(e, `${at} (cosign ${tag})`));
    }
  }
  return out;
}
