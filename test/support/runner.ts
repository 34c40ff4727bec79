import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, REPO_ROOT } from './paths.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<DELIM` / `name=value` format. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const buf: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) buf.push(lines[i]);
      out[m[1]] = buf.join('\n');
    } else {
      const kv = /^([^=]+)=(.*)$/.exec(lines[i]);
      if (kv) out[kv[1]] = kv[2];
    }
  }
  return out;
}

/** Standard GITHUB_* variables of a push run in o/r, with a workspace and an event file. */
export function githubEnv(
  workspace: string,
  event: Record<string, unknown>,
  extra: Record<string, string> = {},
): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'prov-runner-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_REPOSITORY_ID: '1296269',
    GITHUB_REPOSITORY_OWNER_ID: '583231',
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_SHA: 'c27d339ee6075c1f744c5d4b200f7901aad2c369',
    GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    GITHUB_RUN_ID: '1536140711',
    GITHUB_RUN_ATTEMPT: '2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    ...extra,
  };
}

/** Runs a bundled entrypoint (dist/<name>.js) with Node 24 as the runner does: INPUT_* and GITHUB_* variables. */
export function runAction(
  entry: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<ActionRun> {
  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const f of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY]) if (f && !existsSync(f)) writeFileSync(f, '');
  const clean: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, entry)], {
      cwd: env.GITHUB_WORKSPACE ?? REPO_ROOT,
      env: { ...clean, ...env, ...inputEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs:
          env.GITHUB_OUTPUT && existsSync(env.GITHUB_OUTPUT)
            ? parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8'))
            : {},
        summary:
          env.GITHUB_STEP_SUMMARY && existsSync(env.GITHUB_STEP_SUMMARY)
            ? readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')
            : '',
      });
    });
  });
}

/** Runs dist/cli.js with arguments. */
export function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, 'cli.js'), ...args], {
      cwd: opts.cwd ?? REPO_ROOT,
      // no progress lines unless a test asks for them (a slow machine would add them to stderr)
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        PROVENANT_PROGRESS: '0',
        ...(opts.env ?? {}),
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let built: Promise<void> | undefined;
/** Builds dist/ once per test process (the build writes each file atomically). */
export function ensureBuilt(): Promise<void> {
  built ??= new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build failed: ${code}`))));
  });
  return built;
}

/** Runs the bundled CLI synchronously; stdout and stderr together. */
export function provSync(args: string[], cwd: string): { code: number; out: string } {
  const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/** Runs a command of the Debian in-toto package (/usr/bin/in-toto-*) synchronously. */
export function referenceTool(cmd: string, args: string[], cwd: string): { code: number; out: string } {
  const r = spawnSync(`/usr/bin/${cmd}`, args, { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: (r.stdout ?? '') + (r.stderr ?? '') };
}
