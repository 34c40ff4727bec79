/**
 * publish: registry — the Sigstore bundle goes next to the image it attests, as an OCI artifact whose `subject` is
 * the image manifest (artifactType application/vnd.dev.sigstore.bundle.v0.3+json), through @sigstore/oci as the
 * official action does: the referrers API where the registry has it, the referrers tag schema (`sha256-<hex>`
 * index) where it does not; gh and cosign find it there. The image is addressed by the digest that was attested,
 * never by a tag, so a tag that moves between resolving and pushing cannot rebind the attestation.
 */
import { readFileSync } from 'node:fs';
import type { attachArtifactToImage, Credentials } from '@sigstore/oci';
import { lazyCommonJs } from '../util/lazy.js';
import { ProvenantError } from '../errors.js';
import type { Subject } from '../intoto/statement.js';
import { describeCredentials, registryCredentials, type CredentialOptions } from '../oci/credentials.js';
import { MT } from '../oci/client.js';
import { imageOfSubject } from '../oci/resolve.js';
import { failureOf, withRetry, type RequestFailure, type RetryOptions } from './retry.js';

export interface RegistryPublishOptions {
  credentials?: CredentialOptions;
  /** Only these image names (registry/repo); default every subject that names an image. */
  images?: string[];
}

export interface RegistryPushed {
  /** registry/repo@sha256:… of the image */
  name: string;
  /** digest of the pushed artifact manifest */
  id: string;
}

/** What @sigstore/oci's errors carried: the HTTP status of its failed request, or a connection failure. */
export function classifyOciError(e: unknown): RequestFailure {
  let x = e as { cause?: unknown; statusCode?: number; code?: string; message?: string } | undefined;
  for (let i = 0; x && i < 5; i++) {
    if (typeof x.statusCode === 'number')
      return { status: x.statusCode, message: String(x.message ?? '').replace(/^Error fetching /, '') };
    if (typeof x.code === 'string' && /^E[A-Z]+/.test(x.code)) return { message: x.code };
    if (!x.cause) break;
    x = x.cause as typeof x;
  }
  const m =
    (e as { cause?: { message?: string }; message?: string })?.cause?.message ?? (e as Error)?.message ?? String(e);
  // @sigstore/oci's sign-in cannot use a challenge it does not know: not transient
  return /Invalid challenge|Invalid image name/.test(m) ? { status: 400, message: m } : { message: m };
}

/** @sigstore/oci and its HTTP stack (make-fetch-happen, cacache: over 1 MB) load only when something is pushed. */
const loadOci = lazyCommonJs<typeof import('@sigstore/oci')>(() => import('@sigstore/oci'));

/** Pushes one bundle file to one image digest; retried as a whole (the artifact manifest is identical each time). */
export async function pushBundle(opts: {
  image: string;
  digest: string;
  bundlePath: string;
  predicateType?: string;
  credentials?: CredentialOptions;
  retry?: RetryOptions;
  created?: Date;
}): Promise<RegistryPushed> {
  const artifact = readFileSync(opts.bundlePath);
  const registry = opts.image.split('/')[0];
  const creds = registryCredentials(registry, opts.credentials);
  const where = `${opts.image}@${opts.digest}`;
  const annotations: Record<string, string> = {
    // fixed across retries: a retried push writes the same manifest, not a second one
    'org.opencontainers.image.created': (opts.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'dev.sigstore.bundle.content': 'dsse-envelope',
  };
  if (opts.predicateType) annotations['dev.sigstore.bundle.predicateType'] = opts.predicateType;
  // @sigstore/oci signs in whenever it has credentials; an open registry answers the sign-in probe without a
  // challenge ("Invalid challenge: "), and then the push goes without them
  let anonymous = !creds;
  const { attachArtifactToImage } = await loadOci();
  const attach = (): ReturnType<typeof attachArtifactToImage> =>
    attachArtifactToImage({
      imageName: opts.image,
      imageDigest: opts.digest,
      artifact,
      mediaType: MT.BUNDLE_V03,
      annotations,
      // no credentials: no sign-in
      credentials: (creds && !anonymous
        ? { username: creds.username, password: creds.password }
        : undefined) as Credentials,
      fetchOpts: { retry: { retries: 0 }, timeout: 30000 } as Parameters<typeof attachArtifactToImage>[0]['fetchOpts'],
    }).catch((e: unknown) => {
      if (anonymous || !/^Invalid challenge: ?$/.test(classifyOciError(e).message)) throw e;
      anonymous = true;
      return attach();
    });
  try {
    const d = await withRetry(`registry ${where}`, attach, classifyOciError, opts.retry);
    return { name: where, id: d.digest };
  } catch (e) {
    if (e instanceof ProvenantError) throw e;
    const f = failureOf(e);
    const held = `the attestation is still at ${opts.bundlePath}`;
    if (f.status === 401 || f.status === 403) {
      throw new ProvenantError(
        'REGISTRY_AUTH',
        `registry ${where}: HTTP ${f.status}, access denied with ${describeCredentials(creds)}; ${held}`,
      );
    }
    if (f.status === 404)
      throw new ProvenantError(
        'IMAGE_NOT_FOUND',
        `registry ${where}: HTTP 404, the image digest is not in the registry; ${held}`,
      );
    const how = f.status ? `HTTP ${f.status} (${f.message})` : `connection failed (${f.message})`;
    throw new ProvenantError(
      'PUBLISH_FAILED',
      `registry ${where}: ${how}${f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : ''}; ${held}`,
    );
  }
}

/**
 * Pushes each attestation's bundle next to every image among its subjects (optionally only the images named), in
 * order; what was pushed, each with the file it came from. One that fails after retries stops the rest.
 */
export async function pushBundles(
  files: Array<{ bundlePath: string; subjects: Subject[]; predicateType?: string }>,
  opts: { images?: string[]; credentials?: CredentialOptions; retry?: RetryOptions } = {},
): Promise<Array<RegistryPushed & { bundlePath: string }>> {
  const pushed: Array<RegistryPushed & { bundlePath: string }> = [];
  for (const f of files) {
    for (const t of imageTargets(f.subjects, opts.images)) {
      const r = await pushBundle({
        ...t,
        bundlePath: f.bundlePath,
        predicateType: f.predicateType,
        credentials: opts.credentials,
        retry: opts.retry,
      });
      pushed.push({ ...r, bundlePath: f.bundlePath });
    }
  }
  return pushed;
}

/** Every image subject of an attestation (REGISTRY/REPO with a sha256 digest), optionally limited to some names. */
export function imageTargets(subjects: Subject[], only?: string[]): Array<{ image: string; digest: string }> {
  const out: Array<{ image: string; digest: string }> = [];
  for (const s of subjects) {
    const i = imageOfSubject(s);
    if (!i || (only?.length && !only.includes(i.ref.name))) continue;
    if (!out.some((o) => o.image === i.ref.name && o.digest === i.digest))
      out.push({ image: i.ref.name, digest: i.digest });
  }
  return out;
}
