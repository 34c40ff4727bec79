// `npm run bench -- adversarial [--mutations N] [--seed S] [--shards K]`: the adversarial suite at scale (default 100,000
// mutations): bundles bench/adversarial.main.ts with esbuild into .bench/adversarial/ and runs it. Prints mutations,
// accepted-semantic (must be 0), accepted-strict (must be 0), accepted-neutral, rejections by code, crashes (must
// be 0) and the differential against @sigstore/verify; exits 1 when a rule is broken. The rule and the operators:
// test/support/adversarial.ts. The same engine runs a few thousand mutations in test/verify/adversarial.test.ts.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
// two levels under the repository, so test/support/paths.ts finds the repository root from the bundle
const OUT = join(ROOT, '.bench', 'adversarial', 'main.mjs');
mkdirSync(join(ROOT, '.bench', 'adversarial'), { recursive: true });
await build({
  entryPoints: [join(ROOT, 'bench', 'adversarial.main.ts')],
  outfile: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);",
  },
});
const argv = process.argv.slice(2);
const at = argv.indexOf('--shards');
const shards = at >= 0 ? Number(argv.splice(at, 2)[1]) : 1;
if (shards <= 1) {
  const r = spawnSync(process.execPath, [OUT, ...argv], { stdio: 'inherit', cwd: ROOT });
  process.exit(r.status ?? 1);
}
// --shards K: K processes, shard k with PRNG seed SEED + k·7919 and N/K mutations, each with its own local Sigstore;
// the counts are added up here
const n = Number(argv[argv.indexOf('--mutations') + 1] ?? 100000) || 100000;
const seed = argv.includes('--seed') ? Number(argv[argv.indexOf('--seed') + 1]) : 20261201;
const dir = mkdtempSync(join(tmpdir(), 'prov-adv-shards-'));
const t0 = Date.now();
const codes = await Promise.all(
  Array.from(
    { length: shards },
    (_, k) =>
      new Promise((res) => {
        const per = Math.floor(n / shards) + (k < n % shards ? 1 : 0);
        const child = spawn(
          process.execPath,
          [
            OUT,
            '--mutations',
            String(per),
            '--seed',
            String(seed),
            '--shard',
            String(k),
            '--stats-out',
            join(dir, `${k}.json`),
          ],
          { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
        );
        // progress lines only (each shard's summary is in its stats file)
        child.stdout.on('data', (d) => {
          for (const l of String(d).split('\n')) if (/^\s*\[shard/.test(l)) process.stdout.write(`${l}\n`);
        });
        child.on('close', (c) => res(c));
      }),
  ),
);
const all = Array.from({ length: shards }, (_, k) => JSON.parse(readFileSync(join(dir, `${k}.json`), 'utf8')));
rmSync(dir, { recursive: true, force: true });
const sum = (f) => all.reduce((a, s) => a + f(s), 0);
const cat = (f) => all.flatMap(f);
const byCode = {};
for (const s of all) for (const [k, v] of Object.entries(s.rejectedByCode)) byCode[k] = (byCode[k] ?? 0) + v;
const byOp = {};
for (const s of all)
  for (const [k, o] of Object.entries(s.byOperator)) {
    byOp[k] ??= { n: 0, accepted: 0 };
    byOp[k].n += o.n;
    byOp[k].accepted += o.accepted;
  }
const rejected = Object.values(byCode).reduce((a, b) => a + b, 0);
const list = (name, xs) => (xs.length ? `${name} (first 20):\n  ${xs.slice(0, 20).join('\n  ')}\n` : '');
const r = {
  semantic: cat((s) => s.acceptedSemantic),
  strict: cat((s) => s.acceptedStrict),
  crashes: cat((s) => s.crashes),
  internal: cat((s) => s.internal),
  differential: cat((s) => s.differential),
  disagreements: cat((s) => s.disagreements),
  baseline: cat((s) => s.baseline),
};
console.log(`
mutations:          ${sum((s) => s.mutations)} in ${shards} shards (PRNG seeds ${Array.from({ length: shards }, (_, k) => seed + k * 7919).join(', ')}), ${Math.round((Date.now() - t0) / 1000)} s
accepted-semantic:  ${r.semantic.length} (must be 0)
accepted-strict:    ${r.strict.length} (must be 0)
accepted-neutral:   ${sum((s) => s.acceptedNeutral)} (rejected-neutral ${sum((s) => s.rejectedNeutral)})
rejected by code:   ${rejected} ${Object.entries(byCode)
  .sort((a, b) => b[1] - a[1])
  .map(([k, v]) => `${k} ${v}`)
  .join(', ')}
crashes:            ${r.crashes.length} (must be 0); caught INTERNAL ${r.internal.length}
differential:       ${r.differential.length} (must be 0); documented divergence ${sum((s) => s.differentialExcused)}
verifyArtifacts:    ${sum((s) => s.fromFile)} from files, ${r.disagreements.length} disagreements
`);
console.log(
  Object.entries(byOp)
    .sort()
    .map(([k, o]) => `  ${k.padEnd(48)} ${String(o.n).padStart(6)} (${o.accepted} accepted)`)
    .join('\n'),
);
process.stdout.write(
  list('accepted-semantic', r.semantic) +
    list('accepted-strict', r.strict) +
    list('crashes', r.crashes) +
    list('internal', r.internal) +
    list('differential', r.differential) +
    list('disagreements', r.disagreements) +
    list('baseline', r.baseline),
);
const bad = codes.some((c) => c !== 0) || Object.values(r).some((x) => x.length);
process.exit(bad ? 1 : 0);
