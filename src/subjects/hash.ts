import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DigestSet } from '../intoto/statement.js';
import { ProvenantError } from '../errors.js';

export type DigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** Read size: sequential reads into one reused buffer per thread (memory stays bounded). */
const CHUNK = 1024 * 1024;

/**
 * Files up to this size are hashed on the calling thread, one after the other: for small files the hand-off to a
 * worker (a message, a thread hop, a reply) costs more than the hashing, and the per-file work is one open, one
 * fstat, a read or two and a close. Larger files go to the worker pool, so several of them hash on every core.
 */
const INLINE_MAX = 1024 * 1024;

/**
 * The worker is an inline CommonJS source (only node built-ins), so it runs the same from the esbuild bundle,
 * from jest and from benchmarks. Each worker owns one reused buffer and hashes every requested algorithm in a
 * single read of the file.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buf = Buffer.allocUnsafe(${CHUNK});
function one(path, algs) {
  let fd;
  try {
    fd = fs.openSync(path, 'r');
    const hs = algs.map((a) => crypto.createHash(a));
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      const view = buf.subarray(0, n);
      for (const h of hs) h.update(view);
    }
    return { digests: hs.map((h) => h.digest('hex')) };
  } catch (e) {
    return { error: (e && e.code ? e.code + ': ' : '') + (e && e.message ? e.message : String(e)) };
  } finally {
    if (fd !== undefined) try { fs.closeSync(fd); } catch {}
  }
}
// a message carries a batch of files: one round trip per batch, not per file
parentPort.on('message', (m) => {
  parentPort.postMessage({ results: m.jobs.map((j) => ({ id: j.id, ...one(j.path, j.algs) })) });
});
`;

/** Files per message: enough to amortise the round trip for small files, small enough to keep every core busy. */
const MAX_BATCH = 64;

interface Job {
  id: number;
  path: string;
  algs: DigestAlgorithm[];
  resolve: (d: DigestSet) => void;
  reject: (e: Error) => void;
}

/** A fixed pool of hashing workers; jobs are queued, so memory does not grow with the number of files. */
export class HashPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: Job[] = [];
  private running = new Map<Worker, Job[]>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly algorithms: DigestAlgorithm[], size = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      w.on('message', (m: { results: Array<{ id: number; digests?: string[]; error?: string }> }) => this.done(w, m.results));
      w.on('error', (e) => this.fail(w, e));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Hashes one file with the pool's algorithms, or with `algs` (a subset, to spread one file over threads). */
  hash(path: string, algs: DigestAlgorithm[] = this.algorithms): Promise<DigestSet> {
    if (this.closed) return Promise.reject(new ProvenantError('INTERNAL', 'hash pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path, algs, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(this.queue.length / this.workers.length)));
      const jobs = this.queue.splice(0, size);
      this.running.set(w, jobs);
      w.postMessage({ jobs: jobs.map((j) => ({ id: j.id, path: j.path, algs: j.algs })) });
    }
  }

  private done(w: Worker, results: Array<{ id: number; digests?: string[]; error?: string }>): void {
    const jobs = this.running.get(w) ?? [];
    this.running.delete(w);
    this.idle.push(w);
    jobs.forEach((job, k) => {
      const m = results[k];
      if (!m || m.id !== job.id || m.error !== undefined || !m.digests) {
        job.reject(new ProvenantError('FILE_UNREADABLE', `cannot read ${job.path}: ${m?.error ?? 'no digest'}`));
      } else {
        const d: DigestSet = {};
        job.algs.forEach((a, i) => (d[a] = m.digests![i]));
        job.resolve(d);
      }
    });
    this.pump();
  }

  private fail(w: Worker, e: Error): void {
    const jobs = this.running.get(w) ?? [];
    this.running.delete(w);
    for (const job of jobs) job.reject(new ProvenantError('INTERNAL', `hash worker failed: ${e.message}`));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue) j.reject(new ProvenantError('INTERNAL', 'hash pool closed'));
    this.queue = [];
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

let inlineBuffer: Buffer | undefined;

function unreadable(path: string, e: unknown): ProvenantError {
  const err = e as NodeJS.ErrnoException;
  return new ProvenantError('FILE_UNREADABLE', `cannot read ${path}: ${err?.code ? `${err.code}: ` : ''}${err?.message ?? String(e)}`);
}

/** Hashes the rest of an open file on this thread, every algorithm from one read. */
function hashOpenFile(fd: number, algs: DigestAlgorithm[]): DigestSet {
  inlineBuffer ??= Buffer.allocUnsafe(CHUNK);
  const buf = inlineBuffer;
  const hs = algs.map((a) => createHash(a));
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n <= 0) break;
    const view = n === buf.length ? buf : buf.subarray(0, n);
    for (const h of hs) h.update(view);
  }
  const d: DigestSet = {};
  algs.forEach((a, i) => (d[a] = hs[i].digest('hex')));
  return d;
}

/**
 * Hashes files with every algorithm in one read each. Small files (up to 1 MiB) are hashed on this thread as they
 * come; larger ones go to a pool of worker threads (started only when there is such a file), so several hash at once
 * on every core while this thread goes on with the small ones. A single large file with several algorithms is spread
 * over threads, one algorithm each (each reads the file; the page cache makes the second read cheap), so
 * `sha256,sha512` takes about as long as the slower of the two. Results are in the order of `paths`. The first
 * unreadable file fails the whole call, naming it.
 */
export async function hashFiles(paths: string[], algorithms: DigestAlgorithm[]): Promise<DigestSet[]> {
  if (paths.length === 0) return [];
  const cores = availableParallelism();
  const results: DigestSet[] = new Array(paths.length);
  const pending: Array<Promise<void>> = [];
  let pool: HashPool | undefined;
  const toPool = (path: string, i: number, algs: DigestAlgorithm[]) => {
    pool ??= new HashPool(algorithms, Math.max(1, Math.min(cores, paths.length === 1 ? algorithms.length - 1 : paths.length)));
    const p = pool.hash(path, algs).then((d) => {
      results[i] = { ...results[i], ...d };
    });
    p.catch(() => {}); // awaited below; a rejection after an earlier failure is not unhandled
    pending.push(p);
  };
  try {
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i];
      let fd: number | undefined;
      try {
        fd = openSync(path, 'r');
        const size = fstatSync(fd).size;
        if (size <= INLINE_MAX || (paths.length === 1 && (algorithms.length === 1 || cores < 2))) {
          results[i] = hashOpenFile(fd, algorithms);
        } else if (paths.length === 1) {
          // one large file, several algorithms: the others on workers, the slowest one (sha512/384 on CPUs with
          // SHA extensions) here, started at once
          const mine = algorithms.find((a) => a !== 'sha256') ?? algorithms[0];
          for (const a of algorithms) if (a !== mine) toPool(path, i, [a]);
          results[i] = { ...results[i], ...hashOpenFile(fd, [mine]) };
        } else {
          toPool(path, i, algorithms);
        }
      } catch (e) {
        throw e instanceof ProvenantError ? e : unreadable(path, e);
      } finally {
        if (fd !== undefined) {
          try {
            closeSync(fd);
          } catch {
            // already reported or harmless
          }
        }
      }
    }
    await Promise.all(pending);
  } finally {
    await (pool as HashPool | undefined)?.close();
  }
  // key order as requested, whichever thread finished first
  return results.map((r) => Object.fromEntries(algorithms.map((a) => [a, r[a]])) as DigestSet);
}
