import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createHash, hash as hashOnce } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DigestSet } from '../intoto/statement.js';
import { ProvenantError } from '../errors.js';
import { printable } from '../util/escape.js';
import { reportProgress } from '../util/progress.js';

export type DigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** Read size: sequential reads into one reused buffer per thread (memory stays bounded). */
const CHUNK = 1024 * 1024;

/**
 * With a few files, those up to this size are hashed on the calling thread, one after the other: the hand-off to a
 * worker (a message, a thread hop, a reply) costs more than the hashing. Larger ones go to the worker pool.
 */
const INLINE_MAX = 1024 * 1024;

/**
 * The worker is an inline CommonJS source (only node built-ins), so it runs the same from the esbuild bundle,
 * from jest and from benchmarks. Each worker owns one reused buffer and hashes every requested algorithm in a
 * single read of the file.
 */
const WORKER_SOURCE = `
const { parentPort, workerData: algs } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buf = Buffer.allocUnsafe(${CHUNK});
function one(path) {
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
  parentPort.postMessage({ results: m.jobs.map((j) => ({ id: j.id, ...one(j.path) })) });
});
`;

/**
 * The hashing threads keep a few buffers and make short-lived garbage (a Hash, a digest per file): a small young
 * generation keeps their memory small (V8 otherwise sizes it for a large heap, tens of MiB per thread).
 */
const SMALL_HEAP = { maxYoungGenerationSizeMb: 4 };

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

  constructor(
    private readonly algorithms: DigestAlgorithm[],
    size = availableParallelism(),
  ) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: algorithms, resourceLimits: SMALL_HEAP });
      w.on('message', (m: { results: Array<{ id: number; digests?: string[]; error?: string }> }) =>
        this.done(w, m.results),
      );
      w.on('error', (e) => this.fail(w, e));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Hashes one file with the pool's algorithms. */
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
      w.postMessage({ jobs: jobs.map((j) => ({ id: j.id, path: j.path })) });
    }
  }

  private done(w: Worker, results: Array<{ id: number; digests?: string[]; error?: string }>): void {
    const jobs = this.running.get(w) ?? [];
    this.running.delete(w);
    this.idle.push(w);
    jobs.forEach((job, k) => {
      const m = results[k];
      if (!m || m.id !== job.id || m.error !== undefined || !m.digests) {
        const why = m?.error ?? 'no digest';
        job.reject(new ProvenantError('FILE_UNREADABLE', `cannot read ${printable(job.path)}: ${why}`));
      } else {
        const d: DigestSet = {};
        this.algorithms.forEach((a, i) => {
          d[a] = m.digests![i];
        });
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
  return new ProvenantError(
    'FILE_UNREADABLE',
    `cannot read ${printable(path)}: ${err?.code ? `${err.code}: ` : ''}${err?.message ?? String(e)}`,
  );
}

/** Hashes the rest of an open file on this thread, every algorithm from one read. */
function hashOpenFile(fd: number, algs: DigestAlgorithm[]): DigestSet {
  inlineBuffer ??= Buffer.allocUnsafe(CHUNK);
  const buf = inlineBuffer;
  const d: DigestSet = {};
  let n = readSync(fd, buf, 0, buf.length, null);
  if (n < buf.length) {
    // read on to the end (a short read is not a promise of one): usually nothing more, and then the whole file is
    // in the buffer and hashes in one call per algorithm, without a Hash object per file
    const more = n > 0 ? readSync(fd, buf, n, buf.length - n, null) : 0;
    if (more <= 0) {
      const view = buf.subarray(0, n);
      for (const a of algs) d[a] = hashOnce(a, view, 'hex');
      return d;
    }
    n += more;
  }
  const hs = algs.map((a) => createHash(a));
  for (;;) {
    const view = n === buf.length ? buf : buf.subarray(0, n);
    for (const h of hs) h.update(view);
    n = readSync(fd, buf, 0, buf.length, null);
    if (n <= 0) break;
  }
  algs.forEach((a, i) => {
    d[a] = hs[i].digest('hex');
  });
  return d;
}

/** Bytes of each digest, as written into the shared results buffer by the helper threads. */
const DIGEST_BYTES: Record<DigestAlgorithm, number> = { sha256: 32, sha384: 48, sha512: 64 };

/**
 * A helper thread for many files. It stays up between calls (a `run` hashes its materials, then its products; the
 * walk that finds the files starts it, see warmHashHelpers) and takes one job per message: it claims the next file
 * index from the job's shared counter (as the calling thread does), hashes it and writes the raw digests into the
 * job's shared buffer, so there is no message per file; it posts the first error, and `done` when the counter runs out.
 */
const HELPER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buf = Buffer.allocUnsafe(${CHUNK});
parentPort.on('message', (job) => {
  const { id, algs, lens } = job;
  // the paths as one UTF-8 buffer and offsets in shared memory (no copy of every path string in this heap)
  const names = Buffer.from(job.names);
  const offsets = new Int32Array(job.offsets);
  const count = offsets.length - 1;
  const next = new Int32Array(job.counter);
  const bytes = new Uint8Array(job.out);
  const done = new Int32Array(job.state);
  const stride = lens.reduce((a, b) => a + b, 0);
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    if (i >= count) break;
    let fd;
    try {
      fd = fs.openSync(names.toString('utf8', offsets[i], offsets[i + 1]), 'r');
      let n = fs.readSync(fd, buf, 0, buf.length, null);
      let off = i * stride;
      const more = n > 0 && n < buf.length ? fs.readSync(fd, buf, n, buf.length - n, null) : -1;
      if (n < buf.length && more <= 0) {
        // the whole file is in the buffer: one call per algorithm, no Hash object
        const view = buf.subarray(0, n);
        for (let k = 0; k < algs.length; k++) {
          bytes.set(crypto.hash(algs[k], view, 'buffer'), off);
          off += lens[k];
        }
      } else {
        if (more > 0) n += more;
        const hs = algs.map((a) => crypto.createHash(a));
        for (;;) {
          const view = n === buf.length ? buf : buf.subarray(0, n);
          for (const h of hs) h.update(view);
          n = fs.readSync(fd, buf, 0, buf.length, null);
          if (n <= 0) break;
        }
        for (let k = 0; k < hs.length; k++) {
          bytes.set(hs[k].digest(), off);
          off += lens[k];
        }
      }
      done[i] = 1;
    } catch (e) {
      Atomics.store(next, 0, count);
      const why = (e && e.code ? e.code + ': ' : '') + (e && e.message ? e.message : String(e));
      parentPort.postMessage({ id, index: i, error: why });
      break;
    } finally {
      if (fd !== undefined) try { fs.closeSync(fd); } catch {}
    }
  }
  parentPort.postMessage({ id, done: true });
});
`;

/** From this many files on, helper threads share the work (below, starting one costs more than it saves). */
export const SHARE_MIN_FILES = 64;

/** An idle helper thread ends after this long (a process that hashes again soon reuses it). */
const HELPER_IDLE_MS = 2000;

interface HelperMessage {
  id: number;
  done?: boolean;
  index?: number;
  error?: string;
}

/** A helper thread: its jobs' listeners by id; `undefined` tells a listener the thread died. */
interface Helper {
  worker: Worker;
  jobs: Map<number, (m: HelperMessage | undefined) => void>;
  dead: boolean;
  idle?: NodeJS.Timeout;
}

let helperPool: Helper[] = [];
let nextJobId = 0;

function startHelper(): Helper {
  const worker = new Worker(HELPER_SOURCE, { eval: true, resourceLimits: SMALL_HEAP });
  worker.unref(); // an idle helper never keeps the process alive; a busy one is ref'd while its job runs
  const h: Helper = { worker, jobs: new Map(), dead: false };
  worker.on('message', (m: HelperMessage) => h.jobs.get(m.id)?.(m));
  const die = () => {
    h.dead = true;
    for (const listener of h.jobs.values()) listener(undefined);
    h.jobs.clear();
  };
  worker.on('error', die);
  worker.on('exit', die);
  return h;
}

/** `count` live helper threads, started if need be. */
function helpers(count: number): Helper[] {
  helperPool = helperPool.filter((h) => !h.dead);
  while (helperPool.length < count) helperPool.push(startHelper());
  return helperPool.slice(0, count);
}

/**
 * Starts the helper threads for many files now, so that they are up when the hashing starts: called by the walks
 * that find files once they have found SHARE_MIN_FILES of them (a thread takes tens of milliseconds to start, time
 * the walk would otherwise not overlap).
 */
export function warmHashHelpers(): void {
  const cores = availableParallelism();
  if (cores > 1) for (const h of helpers(cores - 1)) idleTimer(h);
}

function idleTimer(h: Helper): void {
  clearTimeout(h.idle);
  if (h.jobs.size) return;
  h.worker.unref();
  h.idle = setTimeout(() => {
    if (!h.jobs.size) {
      h.dead = true;
      void h.worker.terminate();
    }
  }, HELPER_IDLE_MS);
  h.idle.unref();
}

/** Runs one hashShared job on a helper; resolves when it is done, or the helper died (its files are then redone). */
function runOnHelper(h: Helper, job: Record<string, unknown>, onError: (index: number, why: string) => void) {
  const id = nextJobId++;
  clearTimeout(h.idle);
  h.worker.ref();
  return new Promise<void>((resolve) => {
    h.jobs.set(id, (m) => {
      if (m?.error !== undefined) onError(m.index!, m.error);
      if (m === undefined || m.done) {
        h.jobs.delete(id);
        if (!h.dead) idleTimer(h);
        resolve();
      }
    });
    h.worker.postMessage({ id, ...job });
  });
}

/**
 * A list of files shared by this thread and the helper threads: each takes the next index from a shared counter
 * until none is left (a large file keeps one thread busy while the others go on); helpers write raw digests into
 * shared memory, so there is no message per file.
 */
class SharedJob {
  readonly next: Int32Array;
  private readonly done: Int32Array;
  private readonly out: SharedArrayBuffer;
  private readonly lens: number[];
  private readonly stride: number;
  private readonly mine: Array<DigestSet | undefined>;
  private finished: Array<Promise<void>> = [];
  failure?: ProvenantError;

  constructor(
    readonly paths: string[],
    private readonly algorithms: DigestAlgorithm[],
  ) {
    this.lens = algorithms.map((a) => DIGEST_BYTES[a]);
    this.stride = this.lens.reduce((a, b) => a + b, 0);
    const counter = new SharedArrayBuffer(4);
    this.out = new SharedArrayBuffer(this.stride * paths.length);
    const state = new SharedArrayBuffer(4 * paths.length);
    this.next = new Int32Array(counter);
    this.done = new Int32Array(state);
    this.mine = new Array(paths.length);
    const offsetsSab = new SharedArrayBuffer(4 * (paths.length + 1));
    const offsets = new Int32Array(offsetsSab);
    let bytes = 0;
    for (let i = 0; i < paths.length; i++) {
      offsets[i] = bytes;
      bytes += Buffer.byteLength(paths[i]);
    }
    offsets[paths.length] = bytes;
    const namesSab = new SharedArrayBuffer(bytes);
    const namesBuf = Buffer.from(namesSab);
    for (let i = 0; i < paths.length; i++) namesBuf.write(paths[i], offsets[i], 'utf8');
    const job = {
      names: namesSab,
      offsets: offsetsSab,
      algs: algorithms,
      lens: this.lens,
      counter,
      out: this.out,
      state,
    };
    const onError = (index: number, why: string) => {
      this.failure ??= new ProvenantError('FILE_UNREADABLE', `cannot read ${printable(paths[index])}: ${why}`);
    };
    const cores = availableParallelism();
    if (cores > 1) this.finished = helpers(cores - 1).map((h) => runOnHelper(h, job, onError));
  }

  /** This thread takes files until none is left, calling `progress` after each. */
  work(progress: () => void): void {
    for (;;) {
      const i = Atomics.add(this.next, 0, 1);
      if (i >= this.paths.length) break;
      this.mine[i] = hashOne(this.paths[i], this.algorithms);
      progress();
    }
  }

  /** No more files are taken (the helpers stop after their current file). */
  stop(): void {
    Atomics.store(this.next, 0, this.paths.length);
  }

  /** Waits for the helpers; the digests in the order of `paths` (a file a helper left undone is hashed here). */
  async results(): Promise<DigestSet[]> {
    await Promise.all(this.finished);
    if (this.failure) throw this.failure;
    const digests = Buffer.from(this.out);
    const results = this.mine;
    for (let i = 0; i < this.paths.length; i++) {
      if (results[i]) continue;
      if (this.done[i] !== 1) {
        results[i] = hashOne(this.paths[i], this.algorithms);
        continue;
      }
      const d: DigestSet = {};
      let off = i * this.stride;
      for (let k = 0; k < this.algorithms.length; k++) {
        d[this.algorithms[k]] = digests.toString('hex', off, off + this.lens[k]);
        off += this.lens[k];
      }
      results[i] = d;
    }
    return results as DigestSet[];
  }
}

/** Many files: this thread and a helper thread per other core share them (see SharedJob). */
async function hashShared(paths: string[], algorithms: DigestAlgorithm[]): Promise<DigestSet[]> {
  const job = new SharedJob(paths, algorithms);
  try {
    // files claimed so far, by every thread
    job.work(() => reportProgress('hashing', Math.min(paths.length, Atomics.load(job.next, 0)), paths.length, 'files'));
    return await job.results();
  } catch (e) {
    job.stop();
    throw e;
  }
}

/** Files a walk has found go to the helper threads in batches of this many. */
const STREAM_BATCH = 512;

/**
 * Hashing files as a walk finds them: every STREAM_BATCH files found are handed to the helper threads at once (they
 * start with the first batch and hash while the walk goes on); finish() hashes what is left on this thread together
 * with them and returns the digests in the order the files were added. Few files in all (or one core): hashFiles.
 * A walk that fails calls abort(), and the helpers stop after their current file.
 */
export class HashStream {
  private readonly jobs: SharedJob[] = [];
  private pending: string[] = [];
  private count = 0;
  private readonly shared = availableParallelism() > 1;

  constructor(private readonly algorithms: DigestAlgorithm[]) {}

  /** Adds a file; returns its index in finish()'s result. */
  add(path: string): number {
    this.pending.push(path);
    if (this.shared && this.pending.length >= STREAM_BATCH) this.flush();
    return this.count++;
  }

  private flush(): void {
    this.jobs.push(new SharedJob(this.pending, this.algorithms));
    this.pending = [];
  }

  async finish(): Promise<DigestSet[]> {
    if (!this.jobs.length) return hashFiles(this.pending, this.algorithms);
    if (this.pending.length) this.flush();
    try {
      let before = 0; // files in the jobs before this one
      for (const job of this.jobs) {
        const n = job.paths.length;
        job.work(() => reportProgress('hashing', before + Math.min(n, Atomics.load(job.next, 0)), this.count, 'files'));
        before += n;
      }
      const out: DigestSet[] = [];
      for (const job of this.jobs) for (const d of await job.results()) out.push(d);
      return out;
    } finally {
      this.abort();
    }
  }

  abort(): void {
    for (const job of this.jobs) job.stop();
  }
}

/**
 * One large file, several algorithms, two threads: a reader thread fills a ring of shared slots with `read`s and
 * hashes sha256, this thread hashes each slot as it is published with the other algorithms. The file is read once
 * and `sha256,sha512` costs about what sha512 alone does. (For one algorithm this thread reads and hashes alone:
 * measured, the hand-over costs more than the overlap of reading and hashing saves.) Synchronisation: a
 * published-chunks counter (index 0, written last by the reader, so the end and an error are seen with it) and a
 * consumed-chunks counter (index 1) in shared memory.
 */
const READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const { fd, algs, slots, slotSize } = workerData;
const ctrl = new Int32Array(workerData.ctrl);
const lens = new Int32Array(workerData.lens);
const hs = algs.map((a) => crypto.createHash(a));
try {
  for (let k = 0; ; k++) {
    for (;;) {
      const c = Atomics.load(ctrl, 1);
      if (k - c < slots || Atomics.load(ctrl, 3)) break;
      Atomics.wait(ctrl, 1, c);
    }
    if (Atomics.load(ctrl, 3)) break;
    const view = Buffer.from(workerData.data, (k % slots) * slotSize, slotSize);
    const n = fs.readSync(fd, view, 0, slotSize, null);
    if (n <= 0) {
      Atomics.store(ctrl, 2, k);
      Atomics.store(ctrl, 0, k + 1);
      Atomics.notify(ctrl, 0);
      break;
    }
    lens[k % slots] = n;
    const chunk = n === slotSize ? view : view.subarray(0, n);
    for (const h of hs) h.update(chunk);
    Atomics.store(ctrl, 0, k + 1);
    Atomics.notify(ctrl, 0);
  }
  parentPort.postMessage({ digests: hs.map((h) => h.digest('hex')) });
} catch (e) {
  Atomics.store(ctrl, 3, 1);
  Atomics.store(ctrl, 0, 0x7fffffff);
  Atomics.notify(ctrl, 0);
  parentPort.postMessage({ error: (e && e.code ? e.code + ': ' : '') + (e && e.message ? e.message : String(e)) });
}
`;

/** A single file at least this large is read and hashed by two threads (below, a thread costs more than it saves). */
const TWO_THREADS_MIN = 16 * 1024 * 1024;
const SLOTS = 8;
const SLOT_SIZE = 1024 * 1024;

/** Atomics.waitAsync (node ≥ 16; the project's TypeScript lib lacks it): this thread's event loop keeps running. */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(a: Int32Array, i: number, v: number): { async: boolean; value: Promise<string> | string };
  }
).waitAsync;

async function hashLargeFile(path: string, fd: number, algorithms: DigestAlgorithm[]): Promise<DigestSet> {
  const readerAlgs: DigestAlgorithm[] =
    algorithms.length > 1 ? [algorithms.includes('sha256') ? 'sha256' : algorithms[0]] : [];
  const mine = algorithms.filter((a) => !readerAlgs.includes(a));
  const ctrlSab = new SharedArrayBuffer(16);
  const ctrl = new Int32Array(ctrlSab);
  ctrl[2] = -1;
  const data = new SharedArrayBuffer(SLOTS * SLOT_SIZE);
  const lensSab = new SharedArrayBuffer(4 * SLOTS);
  const lens = new Int32Array(lensSab);
  let failure: string | undefined;
  const abort = (why: string) => {
    failure ??= why;
    Atomics.store(ctrl, 3, 1);
    Atomics.store(ctrl, 0, 0x7fffffff);
    Atomics.store(ctrl, 1, 0x7fffffff);
    Atomics.notify(ctrl, 0);
    Atomics.notify(ctrl, 1);
  };
  const workerData = { fd, algs: readerAlgs, slots: SLOTS, slotSize: SLOT_SIZE, ctrl: ctrlSab, lens: lensSab, data };
  const worker = new Worker(READER_SOURCE, { eval: true, workerData, resourceLimits: SMALL_HEAP });
  const theirs = new Promise<string[]>((resolve) => {
    worker.on('message', (m: { digests?: string[]; error?: string }) => {
      if (m.error !== undefined) abort(m.error);
      resolve(m.digests ?? []);
    });
    worker.on('error', (e) => {
      abort(`hash worker failed: ${e.message}`);
      resolve([]);
    });
    worker.on('exit', () => {
      if (Atomics.load(ctrl, 2) < 0) abort('hash worker stopped');
      resolve([]);
    });
  });
  try {
    const hs = mine.map((a) => createHash(a));
    for (let k = 0; ; k++) {
      for (;;) {
        const p = Atomics.load(ctrl, 0);
        if (p > k) break;
        const w = waitAsync(ctrl, 0, p);
        if (w.async) await w.value;
      }
      if (Atomics.load(ctrl, 3)) break;
      if (Atomics.load(ctrl, 2) === k) break;
      const n = lens[k % SLOTS];
      if (hs.length) {
        const chunk = Buffer.from(data, (k % SLOTS) * SLOT_SIZE, n);
        for (const h of hs) h.update(chunk);
      }
      Atomics.store(ctrl, 1, k + 1);
      Atomics.notify(ctrl, 1);
    }
    const other = await theirs;
    if (failure !== undefined)
      throw new ProvenantError('FILE_UNREADABLE', `cannot read ${printable(path)}: ${failure}`);
    const d: DigestSet = {};
    for (const a of algorithms)
      d[a] = readerAlgs.includes(a) ? other[readerAlgs.indexOf(a)] : hs[mine.indexOf(a)].digest('hex');
    return d;
  } finally {
    abort(failure ?? 'done');
    await worker.terminate();
  }
}

/** One file on this thread; a failure names it. */
function hashOne(path: string, algorithms: DigestAlgorithm[]): DigestSet {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return hashOpenFile(fd, algorithms);
  } catch (e) {
    throw unreadable(path, e);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to add to the digest or the error
      }
    }
  }
}

/**
 * Hashes files with every algorithm in one read each. One file: on this thread, or, when it is large and several
 * algorithms are asked for, with a second thread (see hashLargeFile). A few files: small ones on this thread, large
 * ones on a worker pool. Many files: on this thread and a helper per other core, sharing a counter (no message per
 * file). Results are in the order of `paths`. An unreadable file fails the whole call, naming it.
 */
export async function hashFiles(paths: string[], algorithms: DigestAlgorithm[]): Promise<DigestSet[]> {
  if (paths.length === 0) return [];
  const cores = availableParallelism();
  if (paths.length >= SHARE_MIN_FILES && cores > 1) return hashShared(paths, algorithms);
  const results: DigestSet[] = new Array(paths.length);
  const pending: Array<Promise<void>> = [];
  let pool: HashPool | undefined;
  const toPool = (path: string, i: number) => {
    pool ??= new HashPool(algorithms, Math.max(1, Math.min(cores, paths.length)));
    const p = pool.hash(path).then((d) => {
      results[i] = d;
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
        if (paths.length === 1 && size >= TWO_THREADS_MIN && cores > 1 && algorithms.length > 1) {
          results[i] = await hashLargeFile(path, fd, algorithms);
        } else if (size <= INLINE_MAX || cores < 2 || paths.length === 1) {
          results[i] = hashOpenFile(fd, algorithms);
        } else {
          toPool(path, i);
        }
        reportProgress('hashing', i + 1, paths.length, 'files');
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
  return results;
}
