// Throughput verifying 1,000 real public-good bundles from test/fixtures/corpus: Provenant's full verification
// (signature, schema, subject, binding, policy, level) vs a plain loop calling @sigstore/verify on the same bundles.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { hashFiles } from '../src/subjects/index.js';
import { loadTrust, verifyAttestation, verifyMany, type VerifyTask } from '../src/verify/index.js';
import { parseAttestations } from '../src/verify/load.js';

const CORPUS = resolve(process.cwd(), 'test', 'fixtures', 'corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as {
  cases: Array<Record<string, any>>;
};
const root = join(CORPUS, 'trust/public-good/trusted_root.json');
const cases = manifest.cases.filter(
  (c) =>
    c.kind === 'sigstore-bundle' &&
    c.expect === 'valid' &&
    c.trustedRoot === 'trust/public-good/trusted_root.json' &&
    c.artifact &&
    !c.container &&
    !c.policyDependent,
);
const trust = loadTrust({ trustedRoot: root });
const items: Array<{ text: string; digest: Record<string, string>; data: Buffer; id: string }> = [];
for (const c of cases) {
  const whole = readFileSync(join(CORPUS, c.path), 'utf8').trim();
  let text = whole;
  try {
    JSON.parse(whole);
  } catch {
    text = whole.split('\n')[0]; // JSON Lines: the first bundle
  }
  if (!/"mediaType"/.test(text)) continue;
  const [digest] = await hashFiles([join(CORPUS, c.artifact)], ['sha256', 'sha512']);
  const item = { text, digest, data: readFileSync(join(CORPUS, c.artifact)), id: c.id };
  let ok = false;
  try {
    ok = parseAttestations(Buffer.from(text), c.id).every(
      (a) => verifyAttestation(a, trust, {}, { digest, data: item.data }).verified,
    );
  } catch {
    ok = false;
  }
  if (ok && parseAttestations(Buffer.from(text), c.id).length === 1) items.push(item);
}
const N = 1000;
console.log(`${items.length} distinct public-good bundles, repeated to ${N}`);

const material = toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(root, 'utf8'))));
function plain(): number {
  let ok = 0;
  for (let i = 0; i < N; i++) {
    const it = items[i % items.length];
    const b = bundleFromJSON(JSON.parse(it.text));
    const isMsg = b.content.$case === 'messageSignature';
    new Verifier(material, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }).verify(
      toSignedEntity(b, isMsg ? it.data : undefined),
    );
    ok++;
  }
  return ok;
}
function ours(): number {
  let ok = 0;
  for (let i = 0; i < N; i++) {
    const it = items[i % items.length];
    for (const a of parseAttestations(Buffer.from(it.text), it.id))
      if (verifyAttestation(a, trust, {}, { digest: it.digest, data: it.data }).verified) ok++;
  }
  return ok;
}
async function pooled(): Promise<number> {
  // what `provenant verify` does with many artifacts: parse everything, then verify on every core
  const tasks: VerifyTask[] = [];
  for (let i = 0; i < N; i++) {
    const it = items[i % items.length];
    for (const att of parseAttestations(Buffer.from(it.text), it.id))
      tasks.push({ att, policy: {}, artifact: { digest: it.digest, data: it.data } });
  }
  const { results: rs } = await verifyMany(tasks, trust, { trustedRoot: root });
  return rs.filter((r) => r.verified).length;
}
const time = async (f: () => number | Promise<number>) => {
  const t0 = process.hrtime.bigint();
  const n = await f();
  return { n, s: Number(process.hrtime.bigint() - t0) / 1e9 };
};
plain();
ours(); // warm-up
const p = await time(plain);
const o = await time(ours);
const w = await time(pooled);
if (o.n !== N || w.n !== N) throw new Error(`expected ${N} verified, got ${o.n} in-thread and ${w.n} pooled`);
console.log(`plain @sigstore/verify loop (1 core): ${(p.n / p.s).toFixed(0)} bundles/s`);
console.log(`provenant, all checks, 1 thread: ${(o.n / o.s).toFixed(0)} bundles/s → ${(p.s / o.s).toFixed(2)}×`);
console.log(
  `provenant, all checks, worker pool (${availableParallelism()} cores, workers started inside the timing): ${(w.n / w.s).toFixed(0)} bundles/s → ${(p.s / w.s).toFixed(2)}× (target ≥ 1.8×)`,
);
