/**
 * Trust freshness: `provenant trust update` refreshes the Sigstore trusted root through TUF (@sigstore/tuf, the
 * client sigstore-js and npm use) into a cache folder; verify prefers that cache over the copy shipped inside
 * Provenant, and never goes online by itself.
 *
 * The cache (default `$XDG_CACHE_HOME/provenant/tuf`, else `~/.cache/provenant/tuf`; `PROVENANT_TUF_CACHE` or
 * `--cache-dir` elsewhere) holds @sigstore/tuf's client cache (root, timestamp, snapshot and targets metadata and the
 * `trusted_root.json` target) and `provenant-trust.json`, the record of the update (mirror, time, digest). Without
 * that record there is no cache, and verify uses the shipped public-good root.
 *
 * Each time verify uses the cache, the cached metadata is checked again, offline, by tuf-js's own client workflow
 * on a private copy of the files (read as regular files within size limits): the signatures of every role against
 * the cached root, versions and expiry, and the target's length and hashes against the signed targets metadata.
 * A cache that fails any check (corrupted, tampered, incomplete or expired) FAILS CLOSED: verify stops with
 * TRUST_ROOT_INVALID and tells to run `provenant trust update` (or to give --trusted-root). It never falls back to
 * the older shipped root, which would roll back a key rotation the user had adopted.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { DEFAULT_MIRROR_URL, initTUF } from '@sigstore/tuf';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { BaseFetcher, Updater } from 'tuf-js';
import { ProvenantError } from '../errors.js';
import { parseJsonStrict } from '../schemas/index.js';
import { makeDirs, READ_LIMITS, readRegularFileSync } from '../util/fs.js';
import { parseRoot } from './trust.js';

/** The record `trust update` writes beside the TUF client cache; its presence turns the cache on. */
export const TRUST_RECORD = 'provenant-trust.json';
const TARGET = 'trusted_root.json';
const METADATA = ['root.json', 'timestamp.json', 'snapshot.json', 'targets.json'];
/** Size limit of each cached TUF metadata file (the public-good targets.json is ~10 KiB). */
const METADATA_LIMIT = 16 * 1024 * 1024;

export interface TrustRecord {
  mirrorURL: string;
  updatedAt: string;
  trustedRootSha256: string;
}

export interface CachedTrustedRoot {
  json: string;
  /** How reports name it: `TUF cache DIR (MIRROR, updated TIME)`. */
  label: string;
  record: TrustRecord;
  /** When the cached TUF timestamp metadata expires (then `trust update` is needed again). */
  expires?: string;
}

/** The cache folder: PROVENANT_TUF_CACHE, else $XDG_CACHE_HOME/provenant/tuf, else ~/.cache/provenant/tuf. */
export function defaultTufCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PROVENANT_TUF_CACHE) return env.PROVENANT_TUF_CACHE;
  const xdg =
    env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(env.HOME || homedir(), '.cache');
  return join(xdg, 'provenant', 'tuf');
}

/** The folder @sigstore/tuf keeps one mirror's metadata in (its own naming). */
function repoDir(cacheDir: string, mirrorURL: string): string {
  const url = new URL(mirrorURL);
  return join(cacheDir, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}

function mirrorOf(v: string | undefined): string {
  const m = (v ?? DEFAULT_MIRROR_URL).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(m);
  } catch {
    throw new ProvenantError('USAGE', `--mirror-url: '${m}' is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ProvenantError('USAGE', `--mirror-url: '${m}' is not an http(s) URL`);
  if (url.search || url.hash) throw new ProvenantError('USAGE', `--mirror-url: '${m}' carries a query or fragment`);
  return m;
}

/** A fetcher that never fetches: verify checks the cache offline, so anything it would need to download fails. */
class OfflineFetcher extends BaseFetcher {
  override async fetch(url: string): Promise<ReadableStream<Uint8Array<ArrayBuffer>>> {
    throw new OfflineNeeded(url);
  }
}
class OfflineNeeded extends Error {
  constructor(readonly url: string) {
    super(`offline: would download ${url}`);
  }
}

function causeChain(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e, i = 0; c && i < 4; c = (c as { cause?: unknown }).cause, i++) {
    const status = (c as { statusCode?: unknown }).statusCode;
    const m = `${(c as Error).message ?? String(c)}${typeof status === 'number' ? ` (HTTP ${status})` : ''}`;
    if (m && !parts.includes(m)) parts.push(m);
  }
  return parts.join(': ').replace(/\s+/g, ' ').slice(0, 400);
}

/** Why the offline check needed a download: the first expired metadata file, else a corrupted or missing one. */
function diagnose(dir: string, now: Date): string {
  for (const f of METADATA) {
    try {
      const expires = (
        parseJsonStrict(readRegularFileSync(join(dir, f), { maxBytes: METADATA_LIMIT, what: 'TUF metadata' }), f) as {
          signed?: { expires?: unknown };
        }
      ).signed?.expires;
      if (typeof expires === 'string' && !(new Date(expires) > now)) return `${f} expired on ${expires}`;
    } catch {
      return `${f} is missing or unreadable`;
    }
  }
  return 'the cached TUF metadata is corrupted or incomplete (signature, version or hash check failed)';
}

/**
 * The TUF cache's trusted root, checked offline (see the module comment), or undefined when there is no cache (no
 * record). Throws TRUST_ROOT_INVALID when there is a cache that does not hold up.
 */
export async function loadCachedTrustedRoot(
  cacheDir: string = defaultTufCacheDir(),
): Promise<CachedTrustedRoot | undefined> {
  const recordPath = join(cacheDir, TRUST_RECORD);
  try {
    lstatSync(recordPath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw new ProvenantError(
      'TRUST_ROOT_INVALID',
      `TUF cache ${cacheDir}: ${recordPath} is unreadable (${(e as NodeJS.ErrnoException).code})`,
    );
  }
  const fail = (why: string) =>
    new ProvenantError(
      'TRUST_ROOT_INVALID',
      `TUF cache ${cacheDir}: ${why}; run 'provenant trust update' to refresh it, or give --trusted-root`,
    );
  let record: TrustRecord;
  try {
    const r = parseJsonStrict(
      readRegularFileSync(recordPath, { maxBytes: 64 * 1024, what: 'TUF cache record' }),
      recordPath,
    ) as Partial<TrustRecord>;
    if (typeof r?.mirrorURL !== 'string' || typeof r.updatedAt !== 'string' || typeof r.trustedRootSha256 !== 'string')
      throw new Error(`${TRUST_RECORD} is malformed`);
    record = { mirrorURL: mirrorOf(r.mirrorURL), updatedAt: r.updatedAt, trustedRootSha256: r.trustedRootSha256 };
  } catch (e) {
    throw fail(causeChain(e));
  }
  const src = repoDir(cacheDir, record.mirrorURL);
  const work = mkdtempSync(join(tmpdir(), 'provenant-tuf-'));
  try {
    // a private copy of exactly the bytes checked: regular files within limits, nothing that changes underneath
    try {
      for (const f of METADATA)
        writeFileSync(
          join(work, f),
          readRegularFileSync(join(src, f), { maxBytes: METADATA_LIMIT, what: 'TUF metadata' }),
        );
      mkdirSync(join(work, 'targets'));
      writeFileSync(
        join(work, 'targets', TARGET),
        readRegularFileSync(join(src, 'targets', TARGET), { maxBytes: READ_LIMITS.trustedRoot, what: 'TUF target' }),
      );
    } catch (e) {
      throw fail(causeChain(e));
    }
    const now = new Date();
    let path: string | undefined;
    let updater: Updater;
    try {
      updater = new Updater({
        metadataDir: work,
        metadataBaseUrl: record.mirrorURL,
        targetDir: join(work, 'targets'),
        targetBaseUrl: `${record.mirrorURL}/targets`,
        forceCache: true,
        fetcher: new OfflineFetcher(),
      });
      const info = await updater.getTargetInfo(TARGET);
      if (!info) throw fail(`the TUF targets metadata lists no ${TARGET}`);
      path = await updater.findCachedTarget(info);
      if (!path) throw fail(`${TARGET} does not match the length and hashes the TUF targets metadata signs`);
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      const offline = e instanceof OfflineNeeded || /offline: would download/.test(causeChain(e));
      throw fail(offline ? diagnose(work, now) : causeChain(e));
    }
    const bytes = readRegularFileSync(path, { maxBytes: READ_LIMITS.trustedRoot, what: 'TUF target' });
    const label = `TUF cache ${cacheDir} (${record.mirrorURL}, updated ${record.updatedAt})`;
    try {
      parseRoot(parseJsonStrict(bytes, label), label);
    } catch (e) {
      throw fail(causeChain(e));
    }
    let expires: string | undefined;
    try {
      expires = (
        JSON.parse(
          readRegularFileSync(join(work, 'timestamp.json'), {
            maxBytes: METADATA_LIMIT,
            what: 'TUF metadata',
          }).toString('utf8'),
        ) as { signed: { expires: string } }
      ).signed.expires;
    } catch {
      expires = undefined;
    }
    return { json: bytes.toString('utf8'), label, record, expires };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface TrustUpdateOptions {
  cacheDir?: string;
  /** The TUF repository (default: Sigstore public-good, https://tuf-repo-cdn.sigstore.dev). */
  mirrorURL?: string;
  /** The TUF root.json to start from (needed for a mirror other than public-good, whose root ships with Provenant). */
  rootPath?: string;
  /** Start again from --root (or the shipped root) even when the cache holds a newer root. */
  forceInit?: boolean;
  timeoutMs?: number;
}

export interface TrustUpdateResult {
  cacheDir: string;
  mirrorURL: string;
  updatedAt: string;
  trustedRootSha256: string;
  expires?: string;
}

/** Copies the regular files of a mirror's cache folder (and of its targets/) into `to`; nothing else. */
function copyRegular(from: string, to: string): void {
  mkdirSync(join(to, 'targets'), { recursive: true });
  for (const sub of ['', 'targets']) {
    let names: string[];
    try {
      names = readdirSync(join(from, sub));
    } catch {
      continue;
    }
    for (const n of names) {
      const p = join(from, sub, n);
      try {
        if (lstatSync(p).isFile())
          writeFileSync(
            join(to, sub, n),
            readRegularFileSync(p, { maxBytes: READ_LIMITS.trustedRoot, what: 'TUF cache' }),
          );
      } catch {
        // unreadable, too large or gone: the update downloads it again
      }
    }
  }
}

/** Refreshes the trusted root through TUF (online) into the cache, checks the result offline, then records it. */
export async function updateTrust(opts: TrustUpdateOptions = {}): Promise<TrustUpdateResult> {
  const cacheDir = opts.cacheDir ?? defaultTufCacheDir();
  const mirrorURL = mirrorOf(opts.mirrorURL);
  const seeded = Object.hasOwn(seeds, mirrorURL);
  if (!opts.rootPath && !seeded)
    throw new ProvenantError(
      'USAGE',
      `--mirror-url ${mirrorURL}: give --root FILE, the TUF root.json to trust for it (only ${DEFAULT_MIRROR_URL}` +
        `'s ships with Provenant)`,
    );
  const work = mkdtempSync(join(tmpdir(), 'provenant-tuf-root-'));
  try {
    let rootPath: string | undefined;
    if (opts.rootPath) {
      // @sigstore/tuf copies the file as it is: read it here as a regular file within limits, and hand over the copy
      const bytes = readRegularFileSync(opts.rootPath, { maxBytes: METADATA_LIMIT, what: '--root' });
      try {
        const signed = (parseJsonStrict(bytes, opts.rootPath) as { signed?: { _type?: unknown } }).signed;
        if (signed?._type !== 'root') throw new Error('not TUF root metadata');
      } catch (e) {
        throw new ProvenantError(
          'TRUST_ROOT_INVALID',
          `--root ${opts.rootPath}: ${(e as Error).message.split('\n')[0]}`,
        );
      }
      rootPath = join(work, 'root.json');
      writeFileSync(rootPath, bytes);
    }
    // the update runs on a staging copy of the mirror's cache (only its regular files: @sigstore/tuf reads the cache
    // with plain fs calls, where a FIFO would hang it and a symlink be followed), checked as verify checks it, and
    // replaces the cache only when all of it holds up: a failed update leaves the previous cache as it was
    await makeDirs(cacheDir);
    const live = repoDir(cacheDir, mirrorURL);
    const name = basename(live);
    const staging = mkdtempSync(join(cacheDir, '.update-'));
    try {
      copyRegular(live, join(staging, name));
      let text: string;
      try {
        const client = await initTUF({
          cachePath: staging,
          mirrorURL,
          rootPath,
          forceInit: !!opts.forceInit,
          timeout: opts.timeoutMs ?? 15000,
          retry: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
        });
        text = await client.getTarget(TARGET);
      } catch (e) {
        if (e instanceof ProvenantError) throw e;
        throw new ProvenantError('TRUST_UPDATE_FAILED', `TUF update from ${mirrorURL} failed: ${causeChain(e)}`, {
          cause: e,
        });
      }
      try {
        parseRoot(parseJsonStrict(text, `${mirrorURL} ${TARGET}`), `${mirrorURL} ${TARGET}`);
      } catch (e) {
        throw new ProvenantError(
          'TRUST_UPDATE_FAILED',
          `TUF update from ${mirrorURL}: the ${TARGET} it serves is not a usable trusted root: ${causeChain(e)}`,
        );
      }
      const record: TrustRecord = {
        mirrorURL,
        updatedAt: new Date().toISOString(),
        trustedRootSha256: createHash('sha256').update(text).digest('hex'),
      };
      writeFileSync(join(staging, TRUST_RECORD), `${JSON.stringify(record, null, 2)}\n`);
      let cached: CachedTrustedRoot | undefined;
      try {
        cached = await loadCachedTrustedRoot(staging);
      } catch (e) {
        throw new ProvenantError('TRUST_UPDATE_FAILED', `TUF update from ${mirrorURL}: ${(e as Error).message}`);
      }
      if (!cached || cached.record.trustedRootSha256 !== createHash('sha256').update(cached.json).digest('hex')) {
        throw new ProvenantError(
          'TRUST_UPDATE_FAILED',
          `TUF update from ${mirrorURL}: the cache does not hold the trusted root just verified`,
        );
      }
      // swap in: the mirror's folder, then the record (each a rename within the cache folder)
      try {
        renameSync(live, join(staging, `${name}.old`));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      renameSync(join(staging, name), live);
      renameSync(join(staging, TRUST_RECORD), join(cacheDir, TRUST_RECORD));
      return {
        cacheDir,
        mirrorURL,
        updatedAt: record.updatedAt,
        trustedRootSha256: record.trustedRootSha256,
        expires: cached.expires,
      };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The trust sources verify uses: an explicit --trusted-root wins; otherwise the TUF cache when there is one (checked
 * offline, failing closed); otherwise the shipped public-good root.
 */
export async function withCachedRoot<
  T extends { trustedRoot?: string; trustedRootJson?: string; trustedRootLabel?: string },
>(opts: T, cacheDir?: string): Promise<T> {
  if (opts.trustedRoot || opts.trustedRootJson !== undefined) return opts;
  const cached = await loadCachedTrustedRoot(cacheDir);
  return cached ? { ...opts, trustedRootJson: cached.json, trustedRootLabel: cached.label } : opts;
}
