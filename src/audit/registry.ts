/**
 * Fetches npm provenance attestation documents from a registry's attestations endpoint
 * (`GET {registry}/-/npm/v1/attestations/{name}@{version}`), with bounded concurrency, retries with backoff on
 * transient failures, a per-request timeout, a cap on each answer's size (streamed, never buffered beyond it) and an
 * on-disk cache. A 404 means "no provenance" (cached); any other failure is reported for that package and never
 * turned into a level. Version manifests (`GET {registry}/{name}/{version}`: the package's `repository`) are fetched
 * the same way; the registry's signing keys (`GET {registry}/-/npm/v1/keys`) too, uncached.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDirs, writeFileAtomic } from '../util/fs.js';
import { classifyFetchError, failureOf, HttpFailure, retryAfterSeconds, withRetry } from '../publish/retry.js';
import { MAX_RESPONSE_BYTES, readCapped } from '../util/http.js';

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org';

export interface RegistryOptions {
  registry?: string;
  concurrency?: number;
  timeoutMs?: number;
  attempts?: number;
  baseDelayMs?: number;
  /** Cap on each registry answer, in bytes (default 32 MiB). */
  maxBytes?: number;
  /** Directory of the cache; undefined = no cache. */
  cacheDir?: string;
  onProgress?: (done: number, total: number) => void;
}

export type FetchOutcome =
  | { kind: 'found'; body: Buffer; cached: boolean }
  | { kind: 'none'; cached: boolean }
  | { kind: 'error'; message: string };

export function attestationsUrl(registry: string, name: string, version: string): string {
  return (
    `${registry.replace(/\/+$/, '')}/-/npm/v1/attestations/${name.replace('/', '%2f')}@` +
    `${encodeURIComponent(version)}`
  );
}

function manifestUrl(registry: string, name: string, version: string): string {
  return `${registry.replace(/\/+$/, '')}/${name.replace('/', '%2f')}/${encodeURIComponent(version)}`;
}

/** One GET under retry, timeout and size cap; `what` names the package (or document) in errors. */
async function fetchOne(url: string, opts: RegistryOptions, what = url): Promise<FetchOutcome> {
  try {
    return await withRetry(
      url,
      async () => {
        const res = await fetch(url, {
          headers: { accept: 'application/json' },
          signal: AbortSignal.timeout(opts.timeoutMs ?? 15000),
        });
        if (res.status === 404) {
          await res.arrayBuffer().catch(() => undefined);
          return { kind: 'none', cached: false } as FetchOutcome;
        }
        if (!res.ok) {
          await res.arrayBuffer().catch(() => undefined);
          throw new HttpFailure(res.status, `HTTP ${res.status}`, retryAfterSeconds(res.headers.get('retry-after')));
        }
        const body = await readCapped(res, opts.maxBytes ?? MAX_RESPONSE_BYTES, what);
        return { kind: 'found', body, cached: false } as FetchOutcome;
      },
      classifyFetchError,
      { attempts: opts.attempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 500, maxDelayMs: 8000 },
    );
  } catch (e) {
    const f = failureOf(e);
    return {
      kind: 'error',
      message:
        `${f.status ? `HTTP ${f.status}` : f.message}` +
        `${f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : ''}`,
    };
  }
}

function cacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

/**
 * One GET through the on-disk cache: an entry is "404\n" or "200 <sha256 of body>\n<body>", checked against its own
 * digest (a damaged entry is fetched again); errors are never cached.
 */
async function fetchCached(url: string, what: string, opts: RegistryOptions): Promise<FetchOutcome> {
  const file = opts.cacheDir ? join(opts.cacheDir, cacheKey(url)) : undefined;
  if (file) {
    // an entry is read only when it is a regular file within the answer cap (plus its header)
    const st = await stat(file).catch(() => undefined);
    const fits = !!st && st.isFile() && st.size <= (opts.maxBytes ?? MAX_RESPONSE_BYTES) + 80;
    const cached = fits ? await readFile(file).catch(() => undefined) : undefined;
    if (cached) {
      const nl = cached.indexOf(0x0a);
      const head = cached.subarray(0, nl).toString();
      const body = cached.subarray(nl + 1);
      if (head === '404') return { kind: 'none', cached: true };
      if (head === `200 ${createHash('sha256').update(body).digest('hex')}`)
        return { kind: 'found', body, cached: true };
    }
  }
  const outcome = await fetchOne(url, opts, what);
  if (file && outcome.kind !== 'error') {
    const data =
      outcome.kind === 'none'
        ? Buffer.from('404\n')
        : Buffer.concat([
            Buffer.from(`200 ${createHash('sha256').update(outcome.body).digest('hex')}\n`),
            outcome.body,
          ]);
    await writeFileAtomic(file, data).catch(() => undefined);
  }
  return outcome;
}

/** Fetches the attestations of every package (name@version), `concurrency` at a time. Results in input order. */
export async function fetchAttestationDocs(
  pkgs: Array<{ name: string; version: string }>,
  opts: RegistryOptions = {},
): Promise<FetchOutcome[]> {
  const registry = opts.registry ?? DEFAULT_REGISTRY;
  if (opts.cacheDir) await makeDirs(opts.cacheDir);
  let done = 0;
  return mapLimit(pkgs.length, opts.concurrency ?? 16, async (i) => {
    const { name, version } = pkgs[i];
    const outcome = await fetchCached(
      attestationsUrl(registry, name, version),
      `${name}@${version}: attestations`,
      opts,
    );
    opts.onProgress?.(++done, pkgs.length);
    return outcome;
  });
}

/** Runs `fn` for 0..n-1, `concurrency` at a time; results in input order. */
async function mapLimit<T>(n: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, n)) }, worker));
  return out;
}

/** The version manifests of packages (`GET {registry}/{name}/{version}`), through the cache (immutable). */
export async function fetchManifests(
  pkgs: Array<{ name: string; version: string }>,
  opts: RegistryOptions = {},
): Promise<FetchOutcome[]> {
  const registry = opts.registry ?? DEFAULT_REGISTRY;
  if (opts.cacheDir) await makeDirs(opts.cacheDir);
  return mapLimit(pkgs.length, opts.concurrency ?? 16, (i) =>
    fetchCached(
      manifestUrl(registry, pkgs[i].name, pkgs[i].version),
      `${pkgs[i].name}@${pkgs[i].version}: manifest`,
      opts,
    ),
  );
}

/** The registry's signing keys document (`GET {registry}/-/npm/v1/keys`, npm's keys.json shape). */
export function fetchRegistryKeys(opts: RegistryOptions = {}): Promise<FetchOutcome> {
  const registry = (opts.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '');
  return fetchOne(`${registry}/-/npm/v1/keys`, opts, `${registry}/-/npm/v1/keys`);
}
