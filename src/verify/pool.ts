/**
 * Verifies many attestations on every core: batches go to worker threads, each holding its own copy of the trust
 * material (loaded once per worker, with the shared CA-chain work cached). Every attestation still gets every check;
 * the results are exactly those of `verifyAttestation` in-thread, in the input order.
 *
 * The workers run `verify-worker.js`, bundled beside the entrypoint in dist/. Where that file does not exist
 * (sources run by jest), or for a handful of attestations, verification stays in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DigestSet } from '../intoto/statement.js';
import type { LoadedAttestation } from './load.js';
import type { Policy } from './policy.js';
import type { Trust, TrustSources } from './trust.js';
import { verifyAttestation, type AttestationResult } from './verify.js';
import { reportProgress } from '../util/progress.js';
import './der-cache.js'; // every thread that verifies (this one and the workers) encodes each certificate once

export interface VerifyTask {
  att: LoadedAttestation;
  policy: Policy;
  /** `path`: read when a message signature needs the bytes (so that they are not all held at once) */
  artifact?: { digest: DigestSet; data?: Buffer; path?: string };
}

/** Below this many attestations, starting workers costs more than it saves. */
const MIN_PARALLEL = 24;
const BATCH = 16;

function workerScript(): string | undefined {
  const here = import.meta.url;
  if (!here.startsWith('file:') || !/\.(m?js)$/.test(here)) return undefined;
  const path = join(dirname(fileURLToPath(here)), 'verify-worker.js');
  return existsSync(path) ? path : undefined;
}

function threadCount(n: number): number {
  const env = process.env.PROVENANT_VERIFY_THREADS;
  const want = env !== undefined && /^\d+$/.test(env) ? Number(env) : availableParallelism();
  return Math.max(0, Math.min(want, Math.ceil(n / BATCH)));
}

/** Buffers come back from structured clone as plain Uint8Arrays. */
export function reviveTask(t: VerifyTask): VerifyTask {
  const att = { ...t.att, raw: Buffer.from(t.att.raw.buffer, t.att.raw.byteOffset, t.att.raw.byteLength) };
  const artifact = t.artifact
    ? {
        digest: t.artifact.digest,
        data: t.artifact.data
          ? Buffer.from(t.artifact.data.buffer, t.artifact.data.byteOffset, t.artifact.data.byteLength)
          : undefined,
        path: t.artifact.path,
      }
    : undefined;
  return { att, policy: t.policy, artifact };
}

/** Verify threads started ahead of the tasks (see startVerifyWorkers); failures are kept until verifyMany looks. */
export interface VerifyWorkers {
  workers: Array<{ worker: Worker; failed?: Error }>;
}

/**
 * Starts the verify threads now, when about `expected` attestations will follow: each loads its code and the trust
 * material (tens of milliseconds) while this thread is still hashing artifacts and reading bundles. Undefined when
 * that many would be verified in this thread anyway. Hand the result to verifyMany, or to stopVerifyWorkers.
 */
export function startVerifyWorkers(expected: number, trustOpts: TrustSources): VerifyWorkers | undefined {
  const script = workerScript();
  const threads = script && expected >= MIN_PARALLEL ? threadCount(expected) : 0;
  if (!script || threads < 2) return undefined;
  return {
    workers: Array.from({ length: threads }, () => {
      const entry: { worker: Worker; failed?: Error } = { worker: new Worker(script, { workerData: { trustOpts } }) };
      // an early failure is not an unhandled event: verifyMany finds it and verifies those tasks in this thread
      entry.worker.on('error', (e) => {
        entry.failed ??= e;
      });
      entry.worker.on('exit', (code) => {
        entry.failed ??= new Error(`verify worker exited with code ${code}`);
      });
      return entry;
    }),
  };
}

export async function stopVerifyWorkers(started: VerifyWorkers | undefined): Promise<void> {
  await Promise.all((started?.workers ?? []).map((w) => w.worker.terminate()));
}

export async function verifyMany(
  tasks: VerifyTask[],
  trust: Trust,
  /** what `trust` was loaded from: each worker loads the same (the TUF cache's checked root included) */
  trustOpts: TrustSources,
  /** threads started ahead (startVerifyWorkers); verifyMany stops them */
  started?: VerifyWorkers,
): Promise<{ results: AttestationResult[]; threads: number }> {
  const script = workerScript();
  const threads = started
    ? started.workers.length
    : script && tasks.length >= MIN_PARALLEL
      ? threadCount(tasks.length)
      : 0;
  if (!script || threads < 2 || tasks.length < MIN_PARALLEL) {
    await stopVerifyWorkers(started);
    return {
      results: tasks.map((t, i) => {
        reportProgress('verifying', i, tasks.length, 'attestations');
        return verifyAttestation(t.att, trust, t.policy, t.artifact);
      }),
      threads: 1,
    };
  }
  let finished = 0;
  const results: AttestationResult[] = new Array(tasks.length);
  let next = 0;
  const workers: Worker[] = [];
  let used = threads;
  // this thread verifies too, one task at a time between the workers' messages: it has nothing else to do, and it
  // starts at once while the workers are still loading their code and trust material
  let stop = false;
  let mine = 0;
  const own = (async () => {
    await new Promise((r) => setImmediate(r));
    while (!stop && next < tasks.length) {
      const i = next++;
      results[i] = verifyAttestation(tasks[i].att, trust, tasks[i].policy, tasks[i].artifact);
      mine++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  try {
    await Promise.all([
      own,
      ...Array.from(
        { length: threads },
        (_, k) =>
          new Promise<void>((resolve, reject) => {
            const ahead = started?.workers[k];
            if (ahead?.failed) {
              workers.push(ahead.worker);
              reject(ahead.failed);
              return;
            }
            const w = ahead?.worker ?? new Worker(script, { workerData: { trustOpts } });
            workers.push(w);
            let pending: number[] = [];
            const feed = () => {
              if (next >= tasks.length) {
                pending = [];
                resolve();
                return;
              }
              pending = [];
              for (let i = 0; i < BATCH && next < tasks.length; i++) pending.push(next++);
              w.postMessage({ tasks: pending.map((i) => tasks[i]) });
            };
            w.on('message', (m: { results?: AttestationResult[]; error?: string }) => {
              if (m.error !== undefined) {
                reject(new Error(m.error));
                return;
              }
              m.results!.forEach((r, k) => {
                results[pending[k]] = r;
              });
              reportProgress('verifying', (finished += m.results!.length), tasks.length, 'attestations');
              feed();
            });
            w.on('error', reject);
            w.on('exit', (code) => {
              if (next < tasks.length || pending.some((i) => results[i] === undefined))
                reject(new Error(`verify worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    ]);
    if (mine > 0) used++;
  } catch {
    stop = true;
    await own;
    used = 1;
    // a worker that cannot start or dies is not a verdict: finish everything still open in this thread
    for (let i = 0; i < tasks.length; i++)
      if (results[i] === undefined)
        results[i] = verifyAttestation(tasks[i].att, trust, tasks[i].policy, tasks[i].artifact);
  } finally {
    stop = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results, threads: used };
}
