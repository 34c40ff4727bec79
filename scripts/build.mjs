// Bundles each entrypoint into one ESM file in dist/ for node24 (the runtime GitHub uses for the action).
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, existsSync, writeFileSync, renameSync } from 'node:fs';

const entries = {
  attest: 'src/attest.ts',
  cli: 'src/cli.ts',
  'verify-action': 'src/verify-action.ts',
  'verify-worker': 'src/verify-worker.ts',
};
mkdirSync('dist', { recursive: true });
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  // write:false + rename: a test reading dist/ while another build runs never sees a half-written file
  const result = await build({
    entryPoints: [entry],
    outfile: `dist/${name}.js`,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: (name === 'cli' ? '#!/usr/bin/env node\n' : '') +
        "import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __filename = __provenantFileURLToPath(import.meta.url); const __dirname = __provenantDirname(__filename);",
    },
  });
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    if (name === 'cli') chmodSync(tmp, 0o755); // the package's bin runs directly
    renameSync(tmp, file.path);
  }
}
// Trust material shipped with the bundle (offline verification by default).
if (existsSync('src/verify/trust')) cpSync('src/verify/trust', 'dist/trust', { recursive: true });
