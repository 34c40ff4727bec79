// `npm run bench -- in-process [NAME...]`: bundles every bench/*.bench.ts with esbuild and runs each in its own node process
// (so peak-memory figures are per benchmark). Each benchmark prints its own figures, measured against a
// baseline in the same run, as ratios. Pass names to run a subset: npm run bench -- in-process hash verify
import { build } from 'esbuild';
import { readdirSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
mkdirSync('.bench', { recursive: true });
// the verify pool's worker, bundled beside the benchmarks as it is beside the entrypoints in dist/
await build({
  entryPoints: ['src/verify-worker.ts'],
  outfile: '.bench/verify-worker.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
let failed = 0;
for (const f of files) {
  const out = `.bench/${f.replace(/\.ts$/, '.mjs')}`;
  await build({
    entryPoints: [`bench/${f}`],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);",
    },
  });
  console.log(`\n### ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`benchmark ${f} failed (exit ${r.status})`);
  }
}
process.exitCode = failed ? 1 : 0;
