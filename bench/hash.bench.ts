// Hashing throughput, measured against baselines in the same run:
//  1. one 1 GiB file: Provenant's hasher vs `openssl dgst -sha256` (target ≥ 0.85× openssl's throughput);
//  2. 10,000 files of 16 KiB: Provenant's pool vs a sequential 64 KiB-chunk stream hasher like the official
//     attest action's (target ≥ 3×); with peak RSS.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync,
  closeSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFiles } from '../src/subjects/index.js';

const dir = mkdtempSync(join(tmpdir(), 'prov-bench-hash-'));
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

function best<T>(n: number, f: () => T): { t: number; v: T } {
  let bt = Infinity;
  let v!: T;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    v = f();
    bt = Math.min(bt, secs(t0));
  }
  return { t: bt, v };
}

async function bestAsync<T>(n: number, f: () => Promise<T>): Promise<{ t: number; v: T }> {
  let bt = Infinity;
  let v!: T;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    v = await f();
    bt = Math.min(bt, secs(t0));
  }
  return { t: bt, v };
}

function sequentialStreamHash(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path, { highWaterMark: 64 * 1024 })
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

try {
  // 1. one 1 GiB file
  const big = join(dir, 'big.bin');
  const fd = openSync(big, 'w');
  const chunk = randomBytes(16 * 1024 * 1024);
  for (let i = 0; i < 64; i++) writeSync(fd, chunk);
  closeSync(fd);
  const size = 1024 * 1024 * 1024;
  const ossl = best(3, () => execFileSync('openssl', ['dgst', '-sha256', '-r', big]).toString().split(' ')[0]);
  const ours = await bestAsync(3, async () => (await hashFiles([big], ['sha256']))[0].sha256);
  if (ours.v !== ossl.v) throw new Error('digest mismatch with openssl');
  const rOssl = size / ossl.t;
  const rOurs = size / ours.t;
  console.log(
    `1 GiB file: openssl ${mb(rOssl)} MiB/s, provenant ${mb(rOurs)} MiB/s → ${(rOurs / rOssl).toFixed(2)}× openssl (target ≥ 0.85×)`,
  );
  rmSync(big);

  // 2. 10,000 files of 16 KiB
  const small = join(dir, 'small');
  mkdirSync(small);
  const files: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const f = join(small, `f${i}`);
    writeFileSync(f, randomBytes(16 * 1024));
    files.push(f);
  }
  const seq = await bestAsync(2, async () => {
    const out: string[] = [];
    for (const f of files) out.push(await sequentialStreamHash(f));
    return out;
  });
  peak = process.memoryUsage().rss;
  const pool = await bestAsync(2, async () => (await hashFiles(files, ['sha256'])).map((d) => d.sha256));
  if (pool.v.some((d, i) => d !== seq.v[i])) throw new Error('digest mismatch');
  console.log(
    `10,000 × 16 KiB: sequential 64 KiB stream ${seq.t.toFixed(2)} s, provenant ${pool.t.toFixed(2)} s → ${(seq.t / pool.t).toFixed(2)}× (target ≥ 3×); peak RSS ${mb(peak)} MiB`,
  );
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
