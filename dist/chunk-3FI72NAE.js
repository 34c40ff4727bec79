import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  reportProgress
} from "./chunk-TL3MPSWU.js";
import {
  READ_LIMITS,
  isWithin,
  pathLimit,
  readContainedFileSync
} from "./chunk-JYUD5BX7.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/subjects/hash.ts
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { createHash, hash as hashOnce } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var CHUNK = 1024 * 1024;
var INLINE_MAX = 1024 * 1024;
var WORKER_SOURCE = `
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
var SMALL_HEAP = { maxYoungGenerationSizeMb: 4 };
var MAX_BATCH = 64;
var HashPool = class {
  constructor(algorithms, size = availableParallelism()) {
    this.algorithms = algorithms;
    for (let i = 0; i < Math.max(1, size); i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: algorithms, resourceLimits: SMALL_HEAP });
      w.on(
        "message",
        (m) => this.done(w, m.results)
      );
      w.on("error", (e) => this.fail(w, e));
      this.workers.push(w);
      this.idle.push(w);
    }
  }
  algorithms;
  workers = [];
  idle = [];
  queue = [];
  running = /* @__PURE__ */ new Map();
  nextId = 0;
  closed = false;
  /** Hashes one file with the pool's algorithms. */
  hash(path) {
    if (this.closed) return Promise.reject(new ProvenantError("INTERNAL", "hash pool closed"));
    return new Promise((resolve2, reject) => {
      this.queue.push({ id: this.nextId++, path, resolve: resolve2, reject });
      this.pump();
    });
  }
  pump() {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop();
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(this.queue.length / this.workers.length)));
      const jobs = this.queue.splice(0, size);
      this.running.set(w, jobs);
      w.postMessage({ jobs: jobs.map((j) => ({ id: j.id, path: j.path })) });
    }
  }
  done(w, results) {
    const jobs = this.running.get(w) ?? [];
    this.running.delete(w);
    this.idle.push(w);
    jobs.forEach((job, k) => {
      const m = results[k];
      if (!m || m.id !== job.id || m.error !== void 0 || !m.digests) {
        const why = m?.error ?? "no digest";
        job.reject(new ProvenantError("FILE_UNREADABLE", `cannot read ${printable(job.path)}: ${why}`));
      } else {
        const d = {};
        this.algorithms.forEach((a, i) => {
          d[a] = m.digests[i];
        });
        job.resolve(d);
      }
    });
    this.pump();
  }
  fail(w, e) {
    const jobs = this.running.get(w) ?? [];
    this.running.delete(w);
    for (const job of jobs) job.reject(new ProvenantError("INTERNAL", `hash worker failed: ${e.message}`));
  }
  async close() {
    this.closed = true;
    for (const j of this.queue) j.reject(new ProvenantError("INTERNAL", "hash pool closed"));
    this.queue = [];
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
var inlineBuffer;
function unreadable(path, e) {
  const err = e;
  return new ProvenantError(
    "FILE_UNREADABLE",
    `cannot read ${printable(path)}: ${err?.code ? `${err.code}: ` : ""}${err?.message ?? String(e)}`
  );
}
function hashOpenFile(fd, algs) {
  inlineBuffer ??= Buffer.allocUnsafe(CHUNK);
  const buf = inlineBuffer;
  const d = {};
  let n = readSync(fd, buf, 0, buf.length, null);
  if (n < buf.length) {
    const more = n > 0 ? readSync(fd, buf, n, buf.length - n, null) : 0;
    if (more <= 0) {
      const view = buf.subarray(0, n);
      for (const a of algs) d[a] = hashOnce(a, view, "hex");
      return d;
    }
    n += more;
  }
  const hs = algs.map((a) => createHash(a));
  for (; ; ) {
    const view = n === buf.length ? buf : buf.subarray(0, n);
    for (const h of hs) h.update(view);
    n = readSync(fd, buf, 0, buf.length, null);
    if (n <= 0) break;
  }
  algs.forEach((a, i) => {
    d[a] = hs[i].digest("hex");
  });
  return d;
}
var DIGEST_BYTES = { sha256: 32, sha384: 48, sha512: 64 };
var HELPER_SOURCE = `
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
var SHARE_MIN_FILES = 64;
var HELPER_IDLE_MS = 2e3;
var helperPool = [];
var nextJobId = 0;
function startHelper() {
  const worker = new Worker(HELPER_SOURCE, { eval: true, resourceLimits: SMALL_HEAP });
  worker.unref();
  const h = { worker, jobs: /* @__PURE__ */ new Map(), dead: false };
  worker.on("message", (m) => h.jobs.get(m.id)?.(m));
  const die = () => {
    h.dead = true;
    for (const listener of h.jobs.values()) listener(void 0);
    h.jobs.clear();
  };
  worker.on("error", die);
  worker.on("exit", die);
  return h;
}
function helpers(count) {
  helperPool = helperPool.filter((h) => !h.dead);
  while (helperPool.length < count) helperPool.push(startHelper());
  return helperPool.slice(0, count);
}
function warmHashHelpers() {
  const cores = availableParallelism();
  if (cores > 1) for (const h of helpers(cores - 1)) idleTimer(h);
}
function idleTimer(h) {
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
function runOnHelper(h, job, onError) {
  const id = nextJobId++;
  clearTimeout(h.idle);
  h.worker.ref();
  return new Promise((resolve2) => {
    h.jobs.set(id, (m) => {
      if (m?.error !== void 0) onError(m.index, m.error);
      if (m === void 0 || m.done) {
        h.jobs.delete(id);
        if (!h.dead) idleTimer(h);
        resolve2();
      }
    });
    h.worker.postMessage({ id, ...job });
  });
}
var SharedJob = class {
  constructor(paths, algorithms) {
    this.paths = paths;
    this.algorithms = algorithms;
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
    for (let i = 0; i < paths.length; i++) namesBuf.write(paths[i], offsets[i], "utf8");
    const job = {
      names: namesSab,
      offsets: offsetsSab,
      algs: algorithms,
      lens: this.lens,
      counter,
      out: this.out,
      state
    };
    const onError = (index, why) => {
      this.failure ??= new ProvenantError("FILE_UNREADABLE", `cannot read ${printable(paths[index])}: ${why}`);
    };
    const cores = availableParallelism();
    if (cores > 1) this.finished = helpers(cores - 1).map((h) => runOnHelper(h, job, onError));
  }
  paths;
  algorithms;
  next;
  done;
  out;
  lens;
  stride;
  mine;
  finished = [];
  failure;
  /** This thread takes files until none is left, calling `progress` after each. */
  work(progress) {
    for (; ; ) {
      const i = Atomics.add(this.next, 0, 1);
      if (i >= this.paths.length) break;
      this.mine[i] = hashOne(this.paths[i], this.algorithms);
      progress();
    }
  }
  /** No more files are taken (the helpers stop after their current file). */
  stop() {
    Atomics.store(this.next, 0, this.paths.length);
  }
  /** Waits for the helpers; the digests in the order of `paths` (a file a helper left undone is hashed here). */
  async results() {
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
      const d = {};
      let off = i * this.stride;
      for (let k = 0; k < this.algorithms.length; k++) {
        d[this.algorithms[k]] = digests.toString("hex", off, off + this.lens[k]);
        off += this.lens[k];
      }
      results[i] = d;
    }
    return results;
  }
};
async function hashShared(paths, algorithms) {
  const job = new SharedJob(paths, algorithms);
  try {
    job.work(() => reportProgress("hashing", Math.min(paths.length, Atomics.load(job.next, 0)), paths.length, "files"));
    return await job.results();
  } catch (e) {
    job.stop();
    throw e;
  }
}
var STREAM_BATCH = 512;
var HashStream = class {
  constructor(algorithms) {
    this.algorithms = algorithms;
  }
  algorithms;
  jobs = [];
  pending = [];
  count = 0;
  shared = availableParallelism() > 1;
  /** Adds a file; returns its index in finish()'s result. */
  add(path) {
    this.pending.push(path);
    if (this.shared && this.pending.length >= STREAM_BATCH) this.flush();
    return this.count++;
  }
  flush() {
    this.jobs.push(new SharedJob(this.pending, this.algorithms));
    this.pending = [];
  }
  async finish() {
    if (!this.jobs.length) return hashFiles(this.pending, this.algorithms);
    if (this.pending.length) this.flush();
    try {
      let before = 0;
      for (const job of this.jobs) {
        const n = job.paths.length;
        job.work(() => reportProgress("hashing", before + Math.min(n, Atomics.load(job.next, 0)), this.count, "files"));
        before += n;
      }
      const out = [];
      for (const job of this.jobs) for (const d of await job.results()) out.push(d);
      return out;
    } finally {
      this.abort();
    }
  }
  abort() {
    for (const job of this.jobs) job.stop();
  }
};
var READER_SOURCE = `
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
var TWO_THREADS_MIN = 16 * 1024 * 1024;
var SLOTS = 8;
var SLOT_SIZE = 1024 * 1024;
var waitAsync = Atomics.waitAsync;
async function hashLargeFile(path, fd, algorithms) {
  const readerAlgs = algorithms.length > 1 ? [algorithms.includes("sha256") ? "sha256" : algorithms[0]] : [];
  const mine = algorithms.filter((a) => !readerAlgs.includes(a));
  const ctrlSab = new SharedArrayBuffer(16);
  const ctrl = new Int32Array(ctrlSab);
  ctrl[2] = -1;
  const data = new SharedArrayBuffer(SLOTS * SLOT_SIZE);
  const lensSab = new SharedArrayBuffer(4 * SLOTS);
  const lens = new Int32Array(lensSab);
  let failure;
  const abort = (why) => {
    failure ??= why;
    Atomics.store(ctrl, 3, 1);
    Atomics.store(ctrl, 0, 2147483647);
    Atomics.store(ctrl, 1, 2147483647);
    Atomics.notify(ctrl, 0);
    Atomics.notify(ctrl, 1);
  };
  const workerData = { fd, algs: readerAlgs, slots: SLOTS, slotSize: SLOT_SIZE, ctrl: ctrlSab, lens: lensSab, data };
  const worker = new Worker(READER_SOURCE, { eval: true, workerData, resourceLimits: SMALL_HEAP });
  const theirs = new Promise((resolve2) => {
    worker.on("message", (m) => {
      if (m.error !== void 0) abort(m.error);
      resolve2(m.digests ?? []);
    });
    worker.on("error", (e) => {
      abort(`hash worker failed: ${e.message}`);
      resolve2([]);
    });
    worker.on("exit", () => {
      if (Atomics.load(ctrl, 2) < 0) abort("hash worker stopped");
      resolve2([]);
    });
  });
  try {
    const hs = mine.map((a) => createHash(a));
    for (let k = 0; ; k++) {
      for (; ; ) {
        const p = Atomics.load(ctrl, 0);
        if (p > k) break;
        const w = waitAsync(ctrl, 0, p);
        if (w.async) await w.value;
      }
      if (Atomics.load(ctrl, 3)) break;
      if (Atomics.load(ctrl, 2) === k) break;
      const n = lens[k % SLOTS];
      if (hs.length) {
        const chunk = Buffer.from(data, k % SLOTS * SLOT_SIZE, n);
        for (const h of hs) h.update(chunk);
      }
      Atomics.store(ctrl, 1, k + 1);
      Atomics.notify(ctrl, 1);
    }
    const other = await theirs;
    if (failure !== void 0)
      throw new ProvenantError("FILE_UNREADABLE", `cannot read ${printable(path)}: ${failure}`);
    const d = {};
    for (const a of algorithms)
      d[a] = readerAlgs.includes(a) ? other[readerAlgs.indexOf(a)] : hs[mine.indexOf(a)].digest("hex");
    return d;
  } finally {
    abort(failure ?? "done");
    await worker.terminate();
  }
}
function hashOne(path, algorithms) {
  let fd;
  try {
    fd = openSync(path, "r");
    return hashOpenFile(fd, algorithms);
  } catch (e) {
    throw unreadable(path, e);
  } finally {
    if (fd !== void 0) {
      try {
        closeSync(fd);
      } catch {
      }
    }
  }
}
async function hashFiles(paths, algorithms) {
  if (paths.length === 0) return [];
  const cores = availableParallelism();
  if (paths.length >= SHARE_MIN_FILES && cores > 1) return hashShared(paths, algorithms);
  const results = new Array(paths.length);
  const pending = [];
  let pool;
  const toPool = (path, i) => {
    pool ??= new HashPool(algorithms, Math.max(1, Math.min(cores, paths.length)));
    const p = pool.hash(path).then((d) => {
      results[i] = d;
    });
    p.catch(() => {
    });
    pending.push(p);
  };
  try {
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i];
      let fd;
      try {
        fd = openSync(path, "r");
        const size = fstatSync(fd).size;
        if (paths.length === 1 && size >= TWO_THREADS_MIN && cores > 1 && algorithms.length > 1) {
          results[i] = await hashLargeFile(path, fd, algorithms);
        } else if (size <= INLINE_MAX || cores < 2 || paths.length === 1) {
          results[i] = hashOpenFile(fd, algorithms);
        } else {
          toPool(path, i);
        }
        reportProgress("hashing", i + 1, paths.length, "files");
      } catch (e) {
        throw e instanceof ProvenantError ? e : unreadable(path, e);
      } finally {
        if (fd !== void 0) {
          try {
            closeSync(fd);
          } catch {
          }
        }
      }
    }
    await Promise.all(pending);
  } finally {
    await pool?.close();
  }
  return results;
}

// src/subjects/parse.ts
var DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
var BY_LENGTH = { 64: "sha256", 96: "sha384", 128: "sha512" };
function parseAlgorithms(text) {
  const out = [];
  for (const raw of (text ?? "").split(/[\s,]+/)) {
    const a = raw.trim().toLowerCase().replace("-", "");
    if (!a) continue;
    if (!(a in DIGEST_HEX_LENGTH)) {
      throw new ProvenantError(
        "INPUT_INVALID",
        `digest-algorithms: unsupported algorithm '${raw}' (use sha256, sha384, sha512)`
      );
    }
    if (!out.includes(a)) out.push(a);
  }
  return out.length ? out : ["sha256"];
}
function parseDigest(text, source) {
  const m = /^\s*([A-Za-z0-9-]+):([0-9A-Fa-f]+)\s*$/.exec(text);
  if (!m) throw new ProvenantError("DIGEST_INVALID", `${source}: '${text}' is not ALGORITHM:HEX (e.g. sha256:\u2026)`);
  const algorithm = m[1].toLowerCase().replace("-", "");
  if (!(algorithm in DIGEST_HEX_LENGTH)) {
    throw new ProvenantError(
      "DIGEST_INVALID",
      `${source}: unsupported digest algorithm '${m[1]}' (use sha256, sha384, sha512)`
    );
  }
  if (m[2].length !== DIGEST_HEX_LENGTH[algorithm]) {
    throw new ProvenantError(
      "DIGEST_INVALID",
      `${source}: a ${algorithm} digest has ${DIGEST_HEX_LENGTH[algorithm]} hex characters, '${text.trim()}' has ${m[2].length}`
    );
  }
  return { algorithm, hex: m[2].toLowerCase() };
}
function unescapeGnu(name) {
  return name.replace(/\\(\\|n|r)/g, (_, c) => c === "n" ? "\n" : c === "r" ? "\r" : "\\");
}
function parseChecksums(text, source) {
  const out = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith("#")) return;
    const where = `${source}: line ${i + 1}`;
    const bsd = /^(SHA256|SHA384|SHA512|SHA2-256|SHA2-512) ?\((.*)\) ?= ?([0-9A-Fa-f]+)\s*$/.exec(line);
    if (bsd) {
      const alg2 = bsd[1].replace("SHA2-", "SHA").toLowerCase();
      const hex = bsd[3];
      if (hex.length !== DIGEST_HEX_LENGTH[alg2]) {
        throw new ProvenantError(
          "CHECKSUM_LINE_INVALID",
          `${where}: ${alg2} digest must have ${DIGEST_HEX_LENGTH[alg2]} hex characters`
        );
      }
      if (!bsd[2]) throw new ProvenantError("CHECKSUM_LINE_INVALID", `${where}: empty file name`);
      out.push({ name: bsd[2], digest: { [alg2]: hex.toLowerCase() } });
      return;
    }
    const escaped = line.startsWith("\\");
    const gnu = /^([0-9A-Fa-f]+) ([ *])(.+)$/.exec(escaped ? line.slice(1) : line);
    if (!gnu) {
      throw new ProvenantError(
        "CHECKSUM_LINE_INVALID",
        `${where}: expected 'HEX  name', 'HEX *name' or 'SHA256 (name) = HEX'`
      );
    }
    const alg = BY_LENGTH[gnu[1].length];
    if (!alg) {
      throw new ProvenantError(
        "CHECKSUM_LINE_INVALID",
        `${where}: digest of ${gnu[1].length} hex characters is not sha256/384/512`
      );
    }
    const name = escaped ? unescapeGnu(gnu[3]) : gnu[3];
    out.push({ name, digest: { [alg]: gnu[1].toLowerCase() } });
  });
  return out;
}

// src/subjects/index.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { setFlagsFromString } from "node:v8";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function maxPaths() {
  return pathLimit(2e5);
}
function tooManyPaths(limit) {
  return new ProvenantError(
    "INPUT_INVALID",
    `subject-path: more than ${limit} paths (symlinked folders that fan out?); narrow the patterns or set PROVENANT_MAX_PATHS`
  );
}
function splitPatterns(input) {
  return input.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0);
}
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
var SubjectSet = class {
  byName = /* @__PURE__ */ new Map();
  /** `owned`: the digest object is the caller's to give (fresh, not used elsewhere), so it is kept as it is. */
  add(name, digest, source, owned = false) {
    const prev = this.byName.get(name);
    if (!prev) {
      this.byName.set(name, { digest: owned ? digest : { ...digest }, source });
      return;
    }
    for (const [alg, hex] of Object.entries(digest)) {
      if (prev.digest[alg] !== void 0 && prev.digest[alg] !== hex) {
        throw new ProvenantError(
          "INPUT_INVALID",
          `${source}: subject '${printable(name)}' appears twice with different ${alg} digests`
        );
      }
    }
    if (prev.source === source) {
      Object.assign(prev.digest, digest);
      return;
    }
    const a = Object.keys(prev.digest).sort().join(",");
    const b = Object.keys(digest).sort().join(",");
    if (a !== b) {
      throw new ProvenantError(
        "INPUT_INVALID",
        `subject '${printable(name)}' is given by ${prev.source} (${a}) and by ${source} (${b}): a subject's digests must come from one source`
      );
    }
  }
  get size() {
    return this.byName.size;
  }
  list() {
    return [...this.byName.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, v]) => ({ name, digest: v.digest }));
  }
};
var GLOB_SYNTAX = /[*?[\]{}\\]/;
function walkLiteral(paths, check, dirCheck, onFile) {
  const out = [];
  const seen = paths.length > 1 ? /* @__PURE__ */ new Set() : void 0;
  const limit = maxPaths();
  let visited = 0;
  const add = (path) => {
    if (seen) {
      if (seen.has(path)) return;
      seen.add(path);
    }
    const n = out.push(path);
    onFile(path);
    if (n === SHARE_MIN_FILES) warmHashHelpers();
    if (n === MANY_FILES) keepYoungGenerationSmall();
  };
  const brokenLink = (path) => new Error(`No information found for the path '${path}'. This may indicate a broken symbolic link.`);
  const followed = (path) => {
    try {
      return statSync(path);
    } catch (e) {
      if (e.code === "ENOENT") throw brokenLink(path);
      throw e;
    }
  };
  const walkDir = (dir, real, ancestors) => {
    if (ancestors.includes(real)) return;
    ancestors.push(real);
    const suspect = dirCheck(dir, real);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (++visited > limit) throw tooManyPaths(limit);
      const path = join(dir, e.name);
      if (e.isFile()) {
        if (suspect) check(path, () => join(real, e.name));
        add(path);
      } else if (e.isDirectory()) walkDir(path, join(real, e.name), ancestors);
      else if (e.isSymbolicLink()) {
        const st = followed(path);
        if (st.isDirectory()) walkDir(path, realpathSync.native(path), ancestors);
        else if (st.isFile()) {
          check(path, () => realpathSync.native(path));
          add(path);
        }
      }
    }
    ancestors.pop();
  };
  for (const root of paths) {
    try {
      lstatSync(root);
    } catch (e) {
      if (e.code === "ENOENT") continue;
      throw e;
    }
    const st = followed(root);
    if (st.isDirectory()) walkDir(root, realpathSync.native(root), []);
    else if (st.isFile()) {
      check(root, () => realpathSync.native(root));
      add(root);
    }
  }
  return out;
}
async function expandGlobs(patterns, baseDir, check, onFile) {
  const { create: createGlob } = await import("./chunk-VAW5MGIX.js");
  const globber = await createGlob(patterns.join("\n"), {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: false
  });
  const files = [];
  const limit = maxPaths();
  try {
    for await (const f of globber.globGenerator()) {
      if (files.push(f) === SHARE_MIN_FILES) warmHashHelpers();
      if (files.length > limit) throw tooManyPaths(limit);
    }
  } catch (e) {
    if (e instanceof ProvenantError) throw e;
    throw new ProvenantError("FILE_UNREADABLE", `subject-path: ${printable(e.message)}`, { cause: e });
  }
  const realDirs = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of files) {
    let real;
    try {
      const l = lstatSync(f);
      if (l.isSymbolicLink()) {
        real = realpathSync.native(f);
        if (!statSync(real).isFile()) continue;
      } else {
        if (!l.isFile()) continue;
        const dir = dirname(f);
        let rd = realDirs.get(dir);
        if (rd === void 0) realDirs.set(dir, rd = realpathSync.native(dir));
        real = join(rd, basename(f));
      }
    } catch (e) {
      throw new ProvenantError(
        "FILE_UNREADABLE",
        `subject-path: cannot read ${printable(toPosix(relative(baseDir, f)))}: ${e.code ?? e.message}`
      );
    }
    check(f, () => real);
    if (out.push(f) === MANY_FILES) keepYoungGenerationSmall();
    onFile(f);
  }
  return out;
}
async function findFiles(patterns, baseDir, onFile) {
  let realBase;
  try {
    realBase = await realpath(baseDir);
  } catch {
    realBase = baseDir;
  }
  const check = (path, real) => {
    if (!isWithin(baseDir, path)) return;
    const r = real();
    if (!isWithin(realBase, r)) {
      throw new ProvenantError(
        "SYMLINK_ESCAPE",
        `subject-path: ${printable(toPosix(relative(baseDir, path)))} is a symlink to ${printable(r)}, outside the workspace`
      );
    }
  };
  const anchored = patterns.map((p) => {
    const neg = p.startsWith("!");
    const body = neg ? p.slice(1) : p;
    const abs = isAbsolute(body) ? body : join(baseDir, body);
    return (neg ? "!" : "") + abs;
  });
  if (anchored.every((p) => !p.startsWith("!") && !GLOB_SYNTAX.test(p) && !p.endsWith("/"))) {
    try {
      return walkLiteral(
        anchored.map((p) => resolve(p)),
        check,
        (dir, real) => isWithin(baseDir, dir) && !isWithin(realBase, real),
        onFile
      );
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      throw new ProvenantError("FILE_UNREADABLE", `subject-path: ${printable(e.message)}`, { cause: e });
    }
  }
  return expandGlobs(anchored, baseDir, check, onFile);
}
var MANY_FILES = 2e4;
function keepYoungGenerationSmall() {
  try {
    setFlagsFromString("--semi-space-growth-factor=1");
  } catch {
  }
}
async function resolveSubjects(opts) {
  const algorithms = opts.algorithms?.length ? opts.algorithms : ["sha256"];
  const baseDir = resolve(opts.baseDir);
  const nameBase = resolve(baseDir, opts.subjectBaseDir ?? ".");
  const ifNone = opts.ifNoFilesFound ?? "error";
  const set = new SubjectSet();
  let anyInput = false;
  if (opts.subjectDigest || opts.subjectName) {
    anyInput = true;
    if (!opts.subjectDigest) throw new ProvenantError("USAGE", "subject-name needs subject-digest");
    if (!opts.subjectName) throw new ProvenantError("USAGE", "subject-digest needs subject-name");
    const d = parseDigest(opts.subjectDigest, "subject-digest");
    set.add(opts.subjectName, { [d.algorithm]: d.hex }, "subject-digest");
  }
  if (opts.subjectChecksums?.trim()) {
    anyInput = true;
    const value = opts.subjectChecksums;
    let text;
    let source;
    if (/\r?\n/.test(value.trim()) || /^[0-9A-Fa-f]{64,128} [ *]/.test(value) || /^SHA\d+ ?\(/.test(value)) {
      text = value;
      source = "subject-checksums";
    } else {
      const path = resolve(baseDir, value.trim());
      source = `subject-checksums ${printable(value.trim())}`;
      text = readContainedFileSync(path, {
        root: isWithin(baseDir, path) ? baseDir : void 0,
        maxBytes: READ_LIMITS.checksums,
        what: "subject-checksums"
      }).data.toString("utf8");
    }
    for (const s of parseChecksums(text, source)) set.add(s.name, s.digest, source);
  }
  if (opts.subjectPaths?.trim()) {
    anyInput = true;
    const patterns = splitPatterns(opts.subjectPaths);
    const hashing = new HashStream(algorithms);
    let files;
    try {
      files = await findFiles(patterns, baseDir, (f) => hashing.add(f));
    } catch (e) {
      hashing.abort();
      throw e;
    }
    if (files.length === 0) {
      const msg = `subject-path: no files matched ${patterns.map((p) => `'${printable(p)}'`).join(", ")} (in ${printable(baseDir)})`;
      if (ifNone === "error") throw new ProvenantError("NO_FILES_FOUND", msg);
      if (ifNone === "warn") opts.onWarning?.(msg);
    } else {
      const digests = await hashing.finish();
      const prefix = nameBase.endsWith(sep) ? nameBase : nameBase + sep;
      for (let i = 0; i < files.length; i++) {
        const f = files[i];
        const rel = f.startsWith(prefix) ? f.slice(prefix.length) : relative(nameBase, f);
        const name = rel.startsWith("..") || isAbsolute(rel) ? toPosix(f) : toPosix(rel);
        set.add(name, digests[i], "subject-path", true);
      }
    }
  }
  if (!anyInput) {
    throw new ProvenantError(
      "USAGE",
      "no subject given: set subject-path, subject-digest with subject-name, or subject-checksums"
    );
  }
  return set.list();
}

export {
  warmHashHelpers,
  HashStream,
  hashFiles,
  parseAlgorithms,
  parseDigest,
  splitPatterns,
  resolveSubjects
};
