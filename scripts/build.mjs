// Bundles the entrypoints into dist/ for node24 (the runtime GitHub uses for the action), as ESM with code splitting:
// each entrypoint is a small file, the code the entrypoints share sits in dist/chunk-*.js, and the CLI's commands
// (imported dynamically by src/cli.ts) are chunks of their own, so a command loads only what it uses.
import { build } from 'esbuild';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  renameSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const entries = {
  attest: 'src/attest.ts',
  cli: 'src/cli.ts',
  'verify-action': 'src/verify-action.ts',
  'verify-worker': 'src/verify-worker.ts',
};

/**
 * src/cli-help.ts as generated at build time: every command's `summary` and `HELP` (its --help text), read by
 * bundling and importing the command modules themselves (so a text built from constants comes out the same), so that
 * help loads no command at run time.
 */
async function commandHelp() {
  const cli = readFileSync('src/cli.ts', 'utf8');
  const cmds = [...cli.matchAll(/'?([\w-]+)'?: \(\) => import\('\.\/commands\/([\w-]+)\.js'\)/g)].map((m) => ({
    name: m[1],
    file: m[2],
  }));
  const imports = cmds.map((c, i) => `import * as c${i} from './src/commands/${c.file}.ts';`).join('\n');
  const table = cmds.map((c, i) => `${JSON.stringify(c.name)}: { summary: c${i}.summary, help: c${i}.HELP }`);
  const entry = `${imports}\nexport default { ${table.join(', ')} };\n`;
  const tmp = mkdtempSync(join(tmpdir(), 'provenant-build-'));
  try {
    await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      outfile: join(tmp, 'help.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      plugins: [
        {
          name: 'export-help',
          setup(b) {
            b.onLoad({ filter: /[\\/]src[\\/]commands[\\/][\w-]+\.ts$/ }, (a) => {
              const src = readFileSync(a.path, 'utf8');
              return { contents: /^const HELP\b/m.test(src) ? `${src}\nexport { HELP };\n` : src, loader: 'ts' };
            });
          },
        },
      ],
    });
    const table = (await import(pathToFileURL(join(tmp, 'help.mjs')).href)).default;
    for (const [k, v] of Object.entries(table)) {
      if (typeof v.summary !== 'string')
        delete table[k]; // cli.ts loads the module for it
      else if (typeof v.help !== 'string') delete v.help;
    }
    return `export const COMMAND_HELP = ${JSON.stringify(table, null, 2)};\n`;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * src/schemas/validators.ts as generated at build time: ajv's standalone code for every schema, made by the module's
 * own createAjv (same schemas, same options), so that dist/ neither loads ajv nor compiles a schema at run time.
 */
async function standaloneValidators() {
  const entry = `import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv, SCHEMAS } from './src/schemas/validators.ts';
export default function generate() {
  const ajv = createAjv({ source: true, esm: true });
  const names = Object.keys(SCHEMAS);
  const exports = Object.fromEntries(names.map((n, i) => ['v' + i, SCHEMAS[n].$id]));
  return { code: standaloneCode(ajv, exports), names };
}
`;
  const tmp = mkdtempSync(join(tmpdir(), 'provenant-build-'));
  try {
    await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      outfile: join(tmp, 'gen.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const { code, names } = (await import(pathToFileURL(join(tmp, 'gen.mjs')).href)).default();
    return (
      `${code}\nconst VALIDATORS = { ${names.map((n, i) => `${JSON.stringify(n)}: v${i}`).join(', ')} };\n` +
      'export function getValidator(name) { return VALIDATORS[name]; }\n'
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const validatorsPlugin = {
  name: 'provenant-standalone-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]schemas[\\/]validators\.ts$/ }, async () => ({
      contents: await standaloneValidators(),
      loader: 'js',
      resolveDir: join(process.cwd(), 'src', 'schemas'),
    }));
  },
};

const helpPlugin = {
  name: 'provenant-command-help',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli-help\.ts$/ }, async () => ({ contents: await commandHelp(), loader: 'js' }));
  },
};

/**
 * `import … from 'node:http'` in an ES module makes node build the builtin's ESM facade, which reads every export,
 * lazy ones included: node:http's WebSocket/MessageEvent getters load node's internal undici (~40 ms at every start,
 * whether or not anything is fetched). Served as CommonJS (`require`), the module's properties are read when used.
 */
const builtinAsCjsPlugin = {
  name: 'builtin-http-as-cjs',
  setup(b) {
    b.onResolve({ filter: /^(node:)?https?$/ }, (a) =>
      a.namespace === 'builtin-cjs'
        ? { path: a.path, external: true }
        : { path: a.path.replace(/^node:/, ''), namespace: 'builtin-cjs' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-cjs' }, (a) => ({
      contents: `module.exports = require('node:${a.path}');`,
      loader: 'js',
    }));
  },
};

mkdirSync('dist', { recursive: true });
const present = Object.fromEntries(Object.entries(entries).filter(([, e]) => existsSync(e)));
// write:false + rename: a test reading dist/ while another build runs never sees a half-written file
const result = await build({
  entryPoints: present,
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [helpPlugin, validatorsPlugin, builtinAsCjsPlugin],
  // __filename/__dirname as `var`: a bundled ES module may declare them itself (@azure/storage-common's crc64.js
  // has `var __filename;`), and `const` would then be a SyntaxError for the whole chunk (publish: artifact failed)
  banner: {
    js: [
      "import { createRequire as __provenantCreateRequire } from 'node:module';",
      "import { fileURLToPath as __provenantFileURLToPath } from 'node:url';",
      "import { dirname as __provenantDirname } from 'node:path';",
      'const require = __provenantCreateRequire(import.meta.url);',
      'const __provenant_filename = __provenantFileURLToPath(import.meta.url);',
      'const __provenant_dirname = __provenantDirname(__provenant_filename);',
    ].join(' '),
  },
  // CommonJS code's free __filename/__dirname, under names no bundled module declares (with code splitting a chunk
  // can hold a module's own top-level `var __filename`, which would clash with the banner's)
  define: { __filename: '__provenant_filename', __dirname: '__provenant_dirname' },
});
const written = new Set();
for (const file of result.outputFiles) {
  const name = basename(file.path);
  const isCli = name === 'cli.js';
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, isCli ? Buffer.concat([Buffer.from('#!/usr/bin/env node\n'), file.contents]) : file.contents);
  if (isCli) chmodSync(tmp, 0o755); // the package's bin runs directly
  renameSync(tmp, file.path);
  written.add(name);
}
// chunks of earlier builds
for (const f of readdirSync('dist'))
  if (/^chunk-[\w-]+\.js$/.test(f) && !written.has(f)) rmSync(join('dist', f), { force: true }); // force: a concurrent build (tests build too) may have removed it
// Trust material shipped with the bundle (offline verification by default).
if (existsSync('src/verify/trust')) cpSync('src/verify/trust', 'dist/trust', { recursive: true });
