/**
 * Image subjects: a reference resolved to the digest of the manifest the registry serves (GET with the OCI and
 * Docker manifest and index media types, the bytes hashed here). A multi-arch index is attested as the index
 * digest, and optionally each platform manifest too. The subject name is the image name without tag or digest
 * (`registry/repo`), as the official action and `gh attestation verify oci://` expect.
 */
import { ProvenantError } from '../errors.js';
import type { Subject } from '../intoto/statement.js';
import type { RetryOptions } from '../publish/retry.js';
import { isIndex, RegistryClient, type Descriptor } from './client.js';
import { registryCredentials, type CredentialOptions, type RegistryCredentials } from './credentials.js';
import { formatRef, hasRegistryHost, parseImageRef, type ImageRef } from './ref.js';

export interface ResolvedImage {
  ref: ImageRef;
  /** registry/repo */
  name: string;
  /** sha256:HEX of the manifest (or index) */
  digest: string;
  mediaType: string;
  /** the platform manifests of an index */
  platforms: Array<{ digest: string; platform: string }>;
  credentials?: RegistryCredentials;
}

export interface ResolveOptions {
  credentials?: CredentialOptions;
  retry?: RetryOptions;
}

export function clientFor(ref: ImageRef, opts: ResolveOptions = {}): RegistryClient {
  const credentials = registryCredentials(ref.registry, opts.credentials);
  return new RegistryClient(ref.registry, ref.repository, { credentials, retry: opts.retry });
}

function platformName(d: Descriptor): string {
  const p = d.platform ?? {};
  return [p.os ?? '?', p.architecture ?? '?', p.variant].filter(Boolean).join('/');
}

/** Resolves `REF` (tag or digest) to the digest of the manifest the registry serves for it. */
export async function resolveImage(
  input: string | ImageRef,
  opts: ResolveOptions = {},
  client?: RegistryClient,
): Promise<ResolvedImage> {
  const ref = typeof input === 'string' ? parseImageRef(input, 'subject-image') : input;
  const c = client ?? clientFor(ref, opts);
  const reference = ref.digest ?? ref.tag ?? 'latest';
  const m = await c.getManifest(reference);
  if (!m)
    throw new ProvenantError(
      'IMAGE_NOT_FOUND',
      `${formatRef(ref) || ref.name}: the registry has no manifest for ${reference}`,
    );
  const platforms = isIndex(m.mediaType)
    ? (m.json.manifests as Descriptor[])
        .filter((d) => !d.annotations?.['vnd.docker.reference.type'])
        .map((d) => ({ digest: d.digest, platform: platformName(d) }))
    : [];
  return { ref, name: ref.name, digest: m.digest, mediaType: m.mediaType, platforms, credentials: c.opts.credentials };
}

/** The in-toto subjects of resolved images: the manifest (or index) digest, plus each platform manifest if asked. */
export function imageSubjects(images: ResolvedImage[], withPlatforms = false): Subject[] {
  const out: Subject[] = [];
  for (const img of images) {
    out.push({ name: img.name, digest: { sha256: img.digest.slice('sha256:'.length) } });
    if (withPlatforms)
      for (const p of img.platforms) out.push({ name: img.name, digest: { sha256: p.digest.slice('sha256:'.length) } });
  }
  return out;
}

/**
 * A subject that names an image in a registry (REGISTRY/REPO, with a sha256 digest): what publish registry pushes to.
 */
export function imageOfSubject(s: Subject): { ref: ImageRef; digest: string } | undefined {
  if (!s.digest.sha256 || !/^[0-9a-f]{64}$/.test(s.digest.sha256)) return undefined;
  const first = s.name.split('/')[0];
  if (!s.name.includes('/') || !hasRegistryHost(first)) return undefined;
  try {
    const ref = parseImageRef(s.name, 'subject');
    if (ref.tag || ref.digest) return undefined;
    return { ref, digest: `sha256:${s.digest.sha256}` };
  } catch {
    return undefined;
  }
}
