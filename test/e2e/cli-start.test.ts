// A fast start: `provenant --help` and `provenant CMD --help` answer from the entry file and the help table the build
// generates (src/cli-help.ts), without loading any command's module graph; the texts are the commands' own.
import { describe, expect, test, beforeAll } from '@jest/globals';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, REPO_ROOT } from '../support/paths.js';
import { ensureBuilt } from '../support/runner.js';

const COMMANDS = ['attest', 'verify', 'verify-vsa', 'audit', 'run', 'record', 'layout'];
let dir: string;
let hook: string;

/** Runs dist/cli.js with a resolve hook that lists every module loaded; returns stdout and the dist files loaded. */
function traced(args: string[]): { code: number; stdout: string; loaded: string[] } {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, join(DIST, 'cli.js'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', TRACE_OUT: join(dir, 'trace.txt') },
  });
  const trace = spawnSync('cat', [join(dir, 'trace.txt')], { encoding: 'utf8' }).stdout;
  rmSync(join(dir, 'trace.txt'), { force: true });
  const loaded = [
    ...new Set(
      trace
        .split('\n')
        .filter((u) => u.startsWith('file:'))
        .map((u) => fileURLToPath(u)),
    ),
  ].filter((p) => p.startsWith(DIST));
  return { code: r.status ?? -1, stdout: r.stdout, loaded };
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-cli-start-'));
  hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
      'registerHooks({ resolve(s, c, next) {\n' +
      `  const r = next(s, c); appendFileSync(process.env.TRACE_OUT, r.url + '\\n'); return r;\n` +
      '} });\n',
  );
  return () => rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('provenant start-up (dist/cli.js)', () => {
  test('--help lists every command with its summary and loads under 64 KiB of the bundle', () => {
    const r = traced(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    const bytes = r.loaded.reduce((n, p) => n + statSync(p).size, 0);
    expect(r.loaded).toContain(join(DIST, 'cli.js'));
    expect(bytes).toBeLessThan(64 * 1024);
  });

  test.each(COMMANDS)("%s --help prints the command's own help text without loading the command", (c) => {
    const fast = traced([c, '--help']);
    expect(fast.code).toBe(0);
    expect(fast.stdout).toMatch(/^Usage: provenant /);
    expect(fast.loaded.reduce((n, p) => n + statSync(p).size, 0)).toBeLessThan(64 * 1024);
    // two arguments: the command module itself answers (it parses its options); the texts must be the same
    const slow = traced([c, '--help', '--help']);
    expect(slow.code).toBe(0);
    expect(slow.stdout).toBe(fast.stdout);
    expect(slow.loaded.reduce((n, p) => n + statSync(p).size, 0)).toBeGreaterThan(64 * 1024);
  });

  test('every chunk of the split bundle loads (no clash between a module and the banner, no missing import)', () => {
    const script = [
      `const dir = ${JSON.stringify(DIST)};`,
      "const chunks = require('node:fs').readdirSync(dir).filter((f) => /^chunk-.*\\.js$/.test(f));",
      "(async () => { for (const f of chunks) await import(dir + '/' + f); console.log(chunks.length); })()",
      '  .catch((e) => { console.error(e.message); process.exit(1); });',
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(5);
  });

  test('an unknown command is a usage error that lists the commands', () => {
    const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'nonsense'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'nonsense'");
    expect(r.stderr).toMatch(/^ {2}verify +\S/m);
  });
});
