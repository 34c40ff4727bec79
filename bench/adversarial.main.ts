// The adversarial bench's entry (bundled and run by bench/adversarial.mjs): N seeded mutations over the corpus and
// freshly signed seeds (test/support/adversarial.ts), with the counts the issue asks for.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseline, campaign, corpusSeeds, freshSeeds, type Stats } from '../test/support/adversarial.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('--mutations', 100_000);
const SEED = arg('--seed', 20261201);
// a shard of a sharded run (bench/adversarial.mjs --shards K): its own PRNG stream, its stats as JSON for the parent
const SHARD = arg('--shard', -1);
const statsOut = process.argv.includes('--stats-out')
  ? process.argv[process.argv.indexOf('--stats-out') + 1]
  : undefined;
const rngSeed = SHARD >= 0 ? SEED + SHARD * 7919 : SEED;
const t0 = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'prov-adv-bench-'));
const world = await freshSeeds();
const { seeds: corpus, skipped } = await corpusSeeds();
const seeds = [...corpus, ...world.seeds];
const base = baseline(seeds);
console.log(
  `${SHARD >= 0 ? `[shard ${SHARD}, PRNG seed ${rngSeed}] ` : ''}node ${process.version}; seeds: ${corpus.length} corpus (${skipped.length} skipped), ${world.seeds.length} fresh; seed ${SEED}; ${N} mutations`,
);
if (skipped.length) console.log(`corpus seeds skipped:\n  ${skipped.join('\n  ')}`);
if (base.length) console.log(`baseline problems:\n  ${base.join('\n  ')}`);
let last = performance.now();
const progress = (i: number, s: Stats) => {
  if (performance.now() - last < 30_000) return;
  last = performance.now();
  console.log(
    `  ${SHARD >= 0 ? `[shard ${SHARD}] ` : ''}${i + 1}/${N} (${((performance.now() - t0) / 1000).toFixed(0)} s): accepted-semantic ${s.acceptedSemantic.length}, accepted-strict ${s.acceptedStrict.length}, crashes ${s.crashes.length}`,
  );
};
const s = await campaign(seeds, N, rngSeed, { dir, fileEvery: 500, maxFile: 1000, progress });
if (statsOut)
  writeFileSync(
    statsOut,
    JSON.stringify({ ...s, seconds: s.seconds, wall: (performance.now() - t0) / 1000, baseline: base }),
  );
await world.close();
rmSync(dir, { recursive: true, force: true });
const rejected = Object.values(s.rejectedByCode).reduce((a, b) => a + b, 0);
const list = (name: string, xs: string[]) =>
  xs.length ? `${name} (first 20):\n  ${xs.slice(0, 20).join('\n  ')}\n` : '';
console.log(`
mutations:          ${s.mutations} over ${s.seeds} seeds (seed ${SEED}), ${((performance.now() - t0) / 1000).toFixed(0)} s
accepted-semantic:  ${s.acceptedSemantic.length} (must be 0)
accepted-strict:    ${s.acceptedStrict.length} (must be 0)
accepted-neutral:   ${s.acceptedNeutral} (rejected-neutral ${s.rejectedNeutral})
rejected by code:   ${rejected} ${Object.entries(s.rejectedByCode)
  .sort((a, b) => b[1] - a[1])
  .map(([k, v]) => `${k} ${v}`)
  .join(', ')}
crashes:            ${s.crashes.length} (must be 0); caught INTERNAL ${s.internal.length}
differential:       ${s.differential.length} (must be 0); documented divergence ${s.differentialExcused}
verifyArtifacts:    ${s.fromFile} from files, ${s.disagreements.length} disagreements
seconds:            ${JSON.stringify(s.seconds, (_k, x) => (typeof x === 'number' ? Math.round(x) : x))}
`);
console.log(
  Object.entries(s.byOperator)
    .sort()
    .map(([k, o]) => `  ${k.padEnd(48)} ${String(o.n).padStart(6)} (${o.accepted} accepted)`)
    .join('\n'),
);
process.stdout.write(
  list('accepted-semantic', s.acceptedSemantic) +
    list('accepted-strict', s.acceptedStrict) +
    list('crashes', s.crashes) +
    list('internal', s.internal) +
    list('differential', s.differential) +
    list('disagreements', s.disagreements),
);
process.exitCode =
  s.acceptedSemantic.length ||
  s.acceptedStrict.length ||
  s.crashes.length ||
  s.internal.length ||
  s.differential.length ||
  s.disagreements.length ||
  base.length
    ? 1
    : 0;
