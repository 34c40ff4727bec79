// Audit of a 1,000-package lockfile against a local registry (every answer delayed 20 ms, as a network would):
// bounded concurrency (16) vs one request at a time (the baseline, same code with --concurrency 1), no cache.
// 100 packages answer with a real npm provenance document, the rest 404 (L0). Each document goes through the full
// verification (signatures, certificate chain, transparency log, subject digest against the lockfile integrity) and is
// then rejected by the package-name check, since it is about @laurentsimon/provenance-npm-test, not pkg-N: the work
// measured is that of a real verification; the name check only relabels the verdict ('failed').
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { auditLockfile } from '../src/audit/index.js';
import { startFakeRegistry, type Behavior } from '../test/support/fake-registry.js';

const CORPUS = resolve(process.cwd(), 'test', 'fixtures', 'corpus');
const doc = readFileSync(
  join(CORPUS, 'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz.json'),
);
const tgz = readFileSync(
  join(CORPUS, 'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz'),
);
const integrity = `sha512-${createHash('sha512').update(tgz).digest('base64')}`;
const N = 1000;
const routes = new Map<string, Behavior>();
const packages: Record<string, unknown> = { '': { name: 'bench' } };
for (let i = 0; i < N; i++) {
  const name = `pkg-${i}`;
  packages[`node_modules/${name}`] = {
    version: '1.0.0',
    integrity: i % 10 === 0 ? integrity : `sha512-${Buffer.alloc(64, i % 256).toString('base64')}`,
  };
  if (i % 10 === 0) routes.set(`${name}@1.0.0`, { kind: 'doc', body: doc });
}
const dir = mkdtempSync(join(tmpdir(), 'prov-bench-audit-'));
const lock = join(dir, 'package-lock.json');
writeFileSync(lock, JSON.stringify({ lockfileVersion: 3, packages }));
const reg = await startFakeRegistry(routes);
reg.latencyMs = 20;
async function time(concurrency: number) {
  const t0 = process.hrtime.bigint();
  const a = await auditLockfile(lock, { registry: reg.url, concurrency });
  return { s: Number(process.hrtime.bigint() - t0) / 1e9, totals: a.totals };
}
await time(16); // warm-up (workers, trust)
const par = await time(16);
const seq = await time(1);
await reg.close();
console.log(
  `audit of ${N} npm packages (${N / 10} with provenance documents verified in full, then failed by the package-name check; 20 ms registry latency): totals ${JSON.stringify(par.totals)}`,
);
console.log(
  `one at a time: ${seq.s.toFixed(2)} s; concurrency 16: ${par.s.toFixed(2)} s → ${(seq.s / par.s).toFixed(1)}× faster`,
);
