/**
 * Reading from an OCI registry (distribution spec): manifests by tag or digest, blobs, the referrers API. Writing
 * (pushing attestations) goes through @sigstore/oci, the library the official action uses; it has no reading API
 * for blobs or referrers, hence this small client. Every manifest and blob is hashed here and must match the digest
 * asked for; sizes are bounded; 401 challenges are answered (Basic, or a Bearer token from the realm); transient
 * failures are retried with backoff; every failure is a ProvenantError naming the image and the credential source.
 */
import { createHash } from 'node:crypto';
import { ProvenantError } from '../errors.js';
import {
  withRetry,
  failureOf,
  HttpFailure,
  classifyFetchError,
  retryAfterSeconds,
  type RetryOptions,
} from '../publish/retry.js';
import { describeCredentials, type RegistryCredentials } from './credentials.js';
import { readCapped } from '../util/http.js';
import { DIGEST_RE, printable } from './ref.js';

export const MT = {
  OCI_INDEX: 'application/vnd.oci.image.index.v1+json',
  OCI_MANIFEST: 'application/vnd.oci.image.manifest.v1+json',
  DOCKER_MANIFEST: 'application/vnd.docker.distribution.manifest.v2+json',
  DOCKER_LIST: 'application/vnd.docker.distribution.manifest.list.v2+json',
  BUNDLE_V03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  DSSE: 'application/vnd.dsse.envelope.v1+json',
} as const;

const MANIFEST_ACCEPT = [MT.OCI_INDEX, MT.OCI_MANIFEST, MT.DOCKER_MANIFEST, MT.DOCKER_LIST].join(',');
/** The distribution registry refuses manifests above 4 MiB; so does this client. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_BLOB_BYTES = 32 * 1024 * 1024;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string; variant?: string };
}

export interface Manifest {
  mediaType: string;
  digest: string;
  raw: Buffer;
  json: Record<string, unknown>;
}

export interface ClientOptions {
  credentials?: RegistryCredentials;
  retry?: RetryOptions;
  timeoutMs?: number;
}

const sha256Digest = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function parseChallenge(h: string): { scheme: string; params: Record<string, string> } | undefined {
  const m = /^(\w+)\s*(.*)$/.exec(h.trim());
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1].toLowerCase()] = p[2];
  return { scheme: m[1].toLowerCase(), params };
}

/** A body read under `max` bytes (util/http's reader); an over-size one is MANIFEST_INVALID. */
function readBounded(r: Response, max: number, what: string): Promise<Buffer> {
  return readCapped(r, max, what, (declared) =>
    declared !== undefined
      ? new ProvenantError('MANIFEST_INVALID', `${what}: ${declared} bytes, more than the limit of ${max}`)
      : new ProvenantError('MANIFEST_INVALID', `${what}: more than the limit of ${max} bytes`),
  );
}

const basicAuth = (c: RegistryCredentials) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;

export class RegistryClient {
  readonly base: string;
  #auth: string | undefined;
  #triedAuth = false;

  constructor(
    readonly registry: string,
    readonly repository: string,
    readonly opts: ClientOptions = {},
  ) {
    const host = new URL(`http://${registry}`).hostname;
    // like @sigstore/oci: plain http for a registry on this machine only
    const http = host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
    // Docker Hub's registry API is not served at docker.io itself
    const api = ['docker.io', 'index.docker.io'].includes(registry) ? 'registry-1.docker.io' : registry;
    this.base = `${http ? 'http' : 'https'}://${api}`;
  }

  get image(): string {
    return `${this.registry}/${this.repository}`;
  }

  /** One request with auth and retries; returns the response for any status the caller handles (2xx, 404). */
  async request(
    path: string,
    init: { method?: string; headers?: Record<string, string> } = {},
    what = path,
  ): Promise<Response> {
    const url = `${this.base}/v2/${path}`;
    const once = async (): Promise<Response> => {
      const headers: Record<string, string> = { ...(init.headers ?? {}) };
      if (this.#auth) headers.authorization = this.#auth;
      const r = await fetch(url, {
        method: init.method ?? 'GET',
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30000),
      });
      if (r.status === 401 && !this.#triedAuth) {
        await r.body?.cancel();
        this.#triedAuth = true;
        await this.#answer(r.headers.get('www-authenticate') ?? '');
        return once();
      }
      if (r.status === 408 || r.status === 429 || r.status >= 500) {
        await r.body?.cancel();
        throw new HttpFailure(r.status, `HTTP ${r.status}`, retryAfterSeconds(r.headers.get('retry-after')));
      }
      return r;
    };
    let r: Response;
    try {
      r = await withRetry(`${this.image} ${what}`, once, classifyFetchError, this.opts.retry);
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      const f = failureOf(e);
      throw new ProvenantError(
        'REGISTRY_UNREACHABLE',
        `${this.image}: ${what}: ` +
          `${f.status ? `HTTP ${f.status}` : `cannot connect to ${this.base} (${f.message})`}` +
          `${f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : ''}`,
      );
    }
    if (r.status === 401 || r.status === 403) {
      await r.body?.cancel();
      throw new ProvenantError(
        'REGISTRY_AUTH',
        `${this.image}: ${what}: HTTP ${r.status} from ${this.registry} with ` +
          `${describeCredentials(this.opts.credentials)}`,
      );
    }
    return r;
  }

  async #answer(header: string): Promise<void> {
    const ch = parseChallenge(header);
    const c = this.opts.credentials;
    if (ch?.scheme === 'basic') {
      if (c) this.#auth = basicAuth(c);
      return;
    }
    if (ch?.scheme === 'bearer' && ch.params.realm) {
      const u = new URL(ch.params.realm);
      if (ch.params.service) u.searchParams.set('service', ch.params.service);
      u.searchParams.set('scope', ch.params.scope || `repository:${this.repository}:pull`);
      const headers: Record<string, string> = {};
      if (c) headers.authorization = basicAuth(c);
      let r: Response;
      try {
        r = await fetch(u, { headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30000) });
      } catch (e) {
        throw new ProvenantError(
          'REGISTRY_UNREACHABLE',
          `${this.image}: token service ${u.origin}: ${classifyFetchError(e).message}`,
        );
      }
      if (r.status !== 200) {
        await r.body?.cancel();
        throw new ProvenantError(
          'REGISTRY_AUTH',
          `${this.image}: token service ${u.origin} answered HTTP ${r.status} with ${describeCredentials(c)}`,
        );
      }
      const j = (await r.json().catch(() => ({}))) as { token?: string; access_token?: string };
      const t = j.token ?? j.access_token;
      if (!t) throw new ProvenantError('REGISTRY_AUTH', `${this.image}: token service ${u.origin} returned no token`);
      this.#auth = `Bearer ${t}`;
    }
  }

  /**
   * GET a manifest by tag or digest: its bytes hashed (and compared with the digest asked for and the registry's
   * Docker-Content-Digest), size-bounded, parsed and checked for shape. null when the registry has none (404).
   */
  async getManifest(reference: string, accept = MANIFEST_ACCEPT): Promise<Manifest | null> {
    const what = `manifest ${printable(reference)}`;
    const r = await this.request(
      `${this.repository}/manifests/${/^[\w.:-]+$/.test(reference) ? reference : encodeURIComponent(reference)}`,
      { headers: { accept } },
      what,
    );
    if (r.status === 404) {
      await r.body?.cancel();
      return null;
    }
    if (r.status !== 200) {
      await r.body?.cancel();
      throw new ProvenantError('HTTP_ERROR', `${this.image}: ${what}: HTTP ${r.status}`);
    }
    const raw = await readBounded(r, MAX_MANIFEST_BYTES, `${this.image}: ${what}`);
    const digest = sha256Digest(raw);
    if (DIGEST_RE.test(reference) && reference !== digest)
      throw new ProvenantError(
        'MANIFEST_INVALID',
        `${this.image}: the registry's manifest for ${reference} hashes to ${digest}`,
      );
    const header = r.headers.get('docker-content-digest');
    if (header && DIGEST_RE.test(header) && header !== digest)
      throw new ProvenantError(
        'MANIFEST_INVALID',
        `${this.image}: ${what}: the registry says ${header}, the bytes hash to ${digest}`,
      );
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      throw new ProvenantError('MANIFEST_INVALID', `${this.image}: ${what}: not JSON (${(e as Error).message})`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json))
      throw new ProvenantError('MANIFEST_INVALID', `${this.image}: ${what}: not a JSON object`);
    const o = json as Record<string, unknown>;
    const mediaType =
      typeof o.mediaType === 'string' ? o.mediaType : (r.headers.get('content-type') ?? '').split(';')[0].trim();
    checkManifestShape(o, mediaType, `${this.image}: ${what}`);
    return { mediaType, digest, raw, json: o };
  }

  /** GET a blob, hashed and compared with its digest, size-bounded. */
  async getBlob(d: Descriptor, max = MAX_BLOB_BYTES): Promise<Buffer> {
    const what = `blob ${printable(d.digest)}`;
    if (!DIGEST_RE.test(d.digest))
      throw new ProvenantError('MANIFEST_INVALID', `${this.image}: ${what}: not a sha256 digest`);
    if (d.size > max)
      throw new ProvenantError(
        'MANIFEST_INVALID',
        `${this.image}: ${what}: ${d.size} bytes, more than the limit of ${max}`,
      );
    const r = await this.request(`${this.repository}/blobs/${d.digest}`, {}, what);
    if (r.status !== 200) {
      await r.body?.cancel();
      throw new ProvenantError(
        r.status === 404 ? 'IMAGE_NOT_FOUND' : 'HTTP_ERROR',
        `${this.image}: ${what}: HTTP ${r.status}`,
      );
    }
    const b = await readBounded(r, Math.min(max, d.size), `${this.image}: ${what}`);
    if (sha256Digest(b) !== d.digest)
      throw new ProvenantError('MANIFEST_INVALID', `${this.image}: ${what}: the bytes hash to ${sha256Digest(b)}`);
    return b;
  }

  /** The referrers API (OCI 1.1): the descriptors referring to `digest`, or null where the registry lacks it (404). */
  async referrers(digest: string): Promise<Descriptor[] | null> {
    const r = await this.request(
      `${this.repository}/referrers/${digest}`,
      { headers: { accept: MT.OCI_INDEX } },
      `referrers of ${digest}`,
    );
    if (r.status !== 200) {
      await r.body?.cancel();
      return null;
    }
    const raw = await readBounded(r, MAX_MANIFEST_BYTES, `${this.image}: referrers of ${digest}`);
    let j: { manifests?: unknown };
    try {
      j = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new ProvenantError('MANIFEST_INVALID', `${this.image}: the referrers index of ${digest} is not JSON`);
    }
    if (!Array.isArray(j.manifests))
      throw new ProvenantError(
        'MANIFEST_INVALID',
        `${this.image}: the referrers index of ${digest} has no manifests list`,
      );
    return j.manifests.filter(isDescriptor);
  }
}

export function isDescriptor(d: unknown): d is Descriptor {
  const o = d as Descriptor;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.mediaType === 'string' &&
    typeof o.digest === 'string' &&
    DIGEST_RE.test(o.digest) &&
    Number.isSafeInteger(o.size) &&
    o.size >= 0
  );
}

export const isIndex = (mt: string) => mt === MT.OCI_INDEX || mt === MT.DOCKER_LIST;

function checkManifestShape(o: Record<string, unknown>, mediaType: string, what: string): void {
  const bad = (why: string) => new ProvenantError('MANIFEST_INVALID', `${what}: ${why}`);
  if (o.schemaVersion !== 2) throw bad(`schemaVersion ${printable(String(o.schemaVersion))} (only 2 is supported)`);
  if (isIndex(mediaType)) {
    if (!Array.isArray(o.manifests) || !o.manifests.every(isDescriptor))
      throw bad('an index whose manifests are not all descriptors');
  } else if (mediaType === MT.OCI_MANIFEST || mediaType === MT.DOCKER_MANIFEST) {
    if (!isDescriptor(o.config)) throw bad('no config descriptor');
    if (!Array.isArray(o.layers) || !o.layers.every(isDescriptor)) throw bad('layers that are not all descriptors');
  } else {
    throw bad(`media type '${printable(mediaType)}' is not an OCI or Docker v2 manifest or index`);
  }
}
