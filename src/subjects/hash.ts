import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { DigestSet } from '../intoto/statement.js';
import { ProvenantError } from '../errors.js';
import { reportProgress } from '../util/progress.js';

export type DigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** Read size: large sequential reads into one reused buffer per worker (memory stays bounded). */
const CHUNK = 4 * 1024 * 1024;

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
  parentPort.postMessage({ results: m.jobs.map((j) => ({ id: j.id, ...one(j.path, m.algs) })) });
});
`;

/** Files per message: enough to amortise the round trip for small files, small enough to keep every core busy. */
const MAX_BATCH = 64;

interface Job {
  id: number;
  path: string;
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

  hash(path: string): Promise<DigestSet> {
    if (this.closed) return Promise.reject(new ProvenantError('INTERNAL', 'hash pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(this.queue.length / this.workers.length)));
      const jobs = this.queue.splice(0, size);
      this.running.set(w, jobs);
      w.postMessage({ jobs: jobs.map((j) => ({ id: j.id, path: j.path })), algs: this.algorithms });
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
        this.algorithms.forEach((a, i) => (d[a] = m.digests![i]));
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

/**
 * Hashes files with every algorithm in one read each, concurrently on every core.
 * Results are in the order of `paths`. The first unreadable file fails the whole call, naming it.
 */
export async function hashFiles(paths: string[], algorithms: DigestAlgorithm[]): Promise<DigestSet[]> {
  if (paths.length === 0) return [];
  const pool = new HashPool(algorithms, Math.min(availableParallelism(), paths.length));
  try {
    let done = 0;
    return await Promise.all(paths.map((p) => pool.hash(p).then((d) => (reportProgress('hashing', ++done, paths.length, 'files'), d))));
  } finally {
    await pool.close();
  }
}
