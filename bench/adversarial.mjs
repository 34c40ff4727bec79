// `npm run bench -- adversarial [--mutations N] [--seed S]`: the adversarial suite at scale (default 100,000
// mutations): bundles bench/adversarial.main.ts with esbuild into .bench/adversarial/ and runs it. Prints mutations,
// accepted-semantic (must be 0), accepted-strict (must be 0), accepted-neutral, rejections by code, crashes (must
// be 0) and the differential against @sigstore/verify; exits 1 when a rule is broken. The rule and the operators:
// test/support/adversarial.ts. The same engine runs a few thousand mutations in test/verify/adversarial.test.ts.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
// two levels under the repository, so test/support/paths.ts finds the repository root from the bundle
const OUT = join(ROOT, '.bench', 'adversarial', 'main.mjs');
mkdirSync(join(ROOT, '.bench', 'adversarial'), { recursive: true });
await build({
  entryPoints: [join(ROOT, 'bench', 'adversarial.main.ts')], outfile: OUT, bundle: true, platform: 'node', format: 'esm', target: 'node24',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" },
});
const r = spawnSync(process.execPath, [OUT, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ROOT });
process.exit(r.status ?? 1);
