// Parse time of the largest lockfile of each format in test/fixtures/lockfiles and of a generated 20,000-entry
// package-lock.json, against plain JSON.parse / a raw read of the same bytes measured in the same run.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLockfile } from '../src/materials/index.js';

const LOCKS = resolve(process.cwd(), 'test', 'fixtures', 'lockfiles');
const manifest = JSON.parse(readFileSync(join(LOCKS, 'MANIFEST.json'), 'utf8')) as {
  entries: Array<{ path: string; formatKey: string; entries: number }>;
};
const largest = new Map<string, { path: string; bytes: number }>();
for (const e of manifest.entries) {
  const bytes = statSync(join(LOCKS, e.path)).size;
  const prev = largest.get(e.formatKey);
  if (!prev || bytes > prev.bytes) largest.set(e.formatKey, { path: e.path, bytes });
}
function best(n: number, f: () => unknown): number {
  let t = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    f();
    t = Math.min(t, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return t;
}
for (const [fmt, { path, bytes }] of [...largest.entries()].sort()) {
  const text = readFileSync(join(LOCKS, path), 'utf8');
  const ms = best(5, () => parseLockfile(path.split('/').pop()!, text));
  const n = parseLockfile(path.split('/').pop()!, text).packages.length;
  console.log(
    `${fmt.padEnd(22)} ${(bytes / 1024).toFixed(0).padStart(5)} KiB ${String(n).padStart(5)} entries  ${ms.toFixed(1).padStart(7)} ms`,
  );
}
const pkgs: Record<string, unknown> = { '': { name: 'root', version: '1.0.0' } };
for (let i = 0; i < 20_000; i++) {
  pkgs[`node_modules/pkg-${i}`] = {
    version: `1.${i % 100}.${i % 7}`,
    resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.0.0.tgz`,
    integrity: `sha512-${Buffer.alloc(64, i % 251).toString('base64')}`,
    dev: i % 3 === 0,
  };
}
const big = JSON.stringify({ name: 'root', lockfileVersion: 3, requires: true, packages: pkgs }, null, 2);
const base = best(5, () => JSON.parse(big));
const ours = best(5, () => parseLockfile('package-lock.json', big));
console.log(
  `generated package-lock.json, 20,000 entries (${(big.length / 1048576).toFixed(1)} MiB): ${ours.toFixed(1)} ms vs JSON.parse ${base.toFixed(1)} ms → ${(ours / base).toFixed(1)}× the bare parse (strict duplicate-key scan, SRI decoding, purls)`,
);
