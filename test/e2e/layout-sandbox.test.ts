/**
 * Inspections run with a minimal environment (issue 16 point 4): PATH, HOME, locale (LANG, LANGUAGE, LC_*), TMPDIR,
 * TZ, and the variables the verifier names (--inspection-env), never the action's inputs, runtime or OIDC tokens.
 * Through dist/cli.js and dist/verify-action.js as the runner runs them: an inspection dumps its environment to a file.
 * Also: a refused sublayout is said in the CLI's output (issue 16 point 3).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signLegacy } from '../../src/intoto/link.js';
import { parseFunctionaryKey, type LoadedFunctionaryKey } from '../../src/intoto/sslib.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

type Body = Record<string, any>;
let root: string;
let owner: LoadedFunctionaryKey;
let dev: LoadedFunctionaryKey;
let n = 0;

const SECRETS: Record<string, string> = {
  'INPUT_GITHUB-TOKEN': 'ghs_input_token_secret',
  'INPUT_VSA-KEY': 'vsa-private-key-secret',
  'INPUT_PRIVATE-KEY': 'private-key-secret',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
  ACTIONS_RUNTIME_URL: 'https://runtime.example.com/secret',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-secret',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example.com/secret',
  GITHUB_TOKEN: 'ghp_env_token_secret',
  GH_TOKEN: 'gh_token_secret',
  SOME_OTHER_VARIABLE: 'not-for-inspections',
};
const entry = (k: LoadedFunctionaryKey) => {
  const { keyid, ...rest } = k.sslib;
  return [keyid, { keyid, ...rest, keyval: { public: rest.keyval.public } }] as const;
};
const layout = (steps: Body[], inspect: Body[], keys: LoadedFunctionaryKey[]): Body => ({
  _type: 'layout',
  expires: '2099-01-01T00:00:00Z',
  readme: '',
  keys: Object.fromEntries(keys.map(entry)),
  steps,
  inspect,
});
const inspection = (name: string, run: string[]): Body => ({
  _type: 'inspection',
  name,
  run,
  expected_materials: [],
  expected_products: [],
});

/** A folder with a root layout (signed by owner) whose one inspection writes its environment to env.txt. */
function envChain(): string {
  const dir = join(root, `w${n++}`);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'root.layout'),
    JSON.stringify(signLegacy(layout([], [inspection('dump', ['sh', '-c', 'env > env.txt'])], [owner]), owner)),
  );
  // the verify action reads layout keys only inside the workspace (or the runner's temp)
  writeFileSync(join(dir, 'owner.pub'), JSON.stringify(entry(owner)[1]));
  return dir;
}
function readEnv(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) env[line.slice(0, i)] = line.slice(i + 1);
  }
  return env;
}
function expectNoSecrets(env: Record<string, string>): void {
  for (const k of Object.keys(SECRETS)) expect(env[k]).toBeUndefined();
  expect(Object.keys(env).filter((k) => /^(INPUT_|ACTIONS_|GITHUB_)|TOKEN/.test(k))).toEqual([]);
  const text = JSON.stringify(env);
  for (const v of Object.values(SECRETS)) expect(text).not.toContain(v);
}

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'prov-layout-env-'));
  owner = parseFunctionaryKey(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    'ed25519',
  );
  dev = parseFunctionaryKey(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    'ed25519',
  );
  writeFileSync(join(root, 'owner.pub'), JSON.stringify(entry(owner)[1]));
}, 120000);

describe("inspections never see the action's secrets", () => {
  test('verify --layout: an inspection dumping its environment sees PATH, HOME, locale, TMPDIR and nothing secret', async () => {
    const dir = envChain();
    const env = { ...SECRETS, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TMPDIR: tmpdir(), TZ: 'UTC', MY_SETTING: 'wanted' };
    const r = await runCli(['verify', '--layout', 'root.layout', '--layout-key', join(root, 'owner.pub')], {
      cwd: dir,
      env,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const seen = readEnv(join(dir, 'env.txt'));
    expectNoSecrets(seen);
    expect(seen.PATH).toBe(process.env.PATH);
    expect(seen.HOME).toBe(process.env.HOME ?? '/root');
    expect(seen).toMatchObject({ LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TMPDIR: tmpdir(), TZ: 'UTC' });
    expect(seen.MY_SETTING).toBeUndefined();
  });
  test("--inspection-env NAME passes a variable on; naming one of the action's secrets is a usage error", async () => {
    const dir = envChain();
    const env = { ...SECRETS, MY_SETTING: 'wanted' };
    const r = await runCli(
      ['verify', '--layout', 'root.layout', '--layout-key', join(root, 'owner.pub'), '--inspection-env', 'MY_SETTING'],
      { cwd: dir, env },
    );
    expect(r.code).toBe(0);
    expect(readEnv(join(dir, 'env.txt')).MY_SETTING).toBe('wanted');
    for (const name of [
      'INPUT_GITHUB-TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'GITHUB_TOKEN',
      'GH_TOKEN',
    ]) {
      const bad = await runCli(
        ['verify', '--layout', 'root.layout', '--layout-key', join(root, 'owner.pub'), '--inspection-env', name],
        { cwd: envChain(), env },
      );
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`[USAGE] --inspection-env ${name}`);
    }
  });
  test('the verify action with a layout: the inspection gets neither the inputs nor the runtime and OIDC tokens', async () => {
    const ws = envChain();
    const env = githubEnv(
      ws,
      {},
      { ...Object.fromEntries(Object.entries(SECRETS).filter(([k]) => !k.startsWith('INPUT_'))), LANG: 'C.UTF-8' },
    );
    const r = await runAction(
      'verify-action.js',
      {
        layout: 'root.layout',
        'layout-keys': 'owner.pub',
        // with layout, inputs of attestation mode (vsa-key, …) are usage errors: the token is the input given
        'github-token': SECRETS['INPUT_GITHUB-TOKEN'],
      },
      env,
    );
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('true');
    const seen = readEnv(join(ws, 'env.txt'));
    expectNoSecrets(seen);
    expect(seen.LANG).toBe('C.UTF-8');
    expect(seen.PATH).toBe(process.env.PATH);
    expect(seen.TMPDIR).toBe(env.RUNNER_TEMP); // the runner's temp folder, outside the workspace
  });
});

describe('a refused sublayout is said in the output', () => {
  test('verify --layout and the verify action: SUBLAYOUT_REFUSED with the step and the link file; --allow-sublayout STEP lets it run', async () => {
    const dir = join(root, 'sub');
    mkdirSync(dir);
    const id8 = dev.sslib.keyid.slice(0, 8);
    const step = {
      _type: 'step',
      name: 'build',
      threshold: 1,
      pubkeys: [dev.sslib.keyid],
      expected_command: [],
      expected_materials: [],
      expected_products: [],
    };
    writeFileSync(join(dir, 'root.layout'), JSON.stringify(signLegacy(layout([step], [], [owner, dev]), owner)));
    writeFileSync(
      join(dir, `build.${id8}.link`),
      JSON.stringify(signLegacy(layout([], [inspection('payload', ['sh', '-c', 'echo ran > pwned'])], [dev]), dev)),
    );
    // the verify action refuses it too, and says so (annotation, report file); nothing of the sublayout runs
    writeFileSync(join(dir, 'owner.pub'), JSON.stringify(entry(owner)[1]));
    const env = githubEnv(dir, {});
    const act = await runAction('verify-action.js', { layout: 'root.layout', 'layout-keys': 'owner.pub' }, env);
    expect(act.code).toBe(1);
    expect(act.outputs.verified).toBe('false');
    expect(act.stdout).toContain(
      `::error::[SUBLAYOUT_REFUSED] step 'build': ${join(dir, `build.${id8}.link`)} is a sublayout`,
    );
    expect(JSON.parse(readFileSync(act.outputs['report-path'], 'utf8')).error).toMatch(/^\[SUBLAYOUT_REFUSED\]/);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    const r = await runCli(['verify', '--layout', 'root.layout', '--layout-key', join(root, 'owner.pub')], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `✗ [SUBLAYOUT_REFUSED] step 'build': build.${id8}.link is a sublayout signed by functionary ${id8}`,
    );
    const j = await runCli(['verify', '--layout', 'root.layout', '--layout-key', join(root, 'owner.pub'), '--json'], {
      cwd: dir,
    });
    expect(JSON.parse(j.stdout)).toMatchObject({ verified: false, error: { code: 'SUBLAYOUT_REFUSED' } });
    const ok = await runCli(
      ['verify', '--layout', 'root.layout', '--layout-key', join(root, 'owner.pub'), '--allow-sublayout', 'build'],
      { cwd: dir },
    );
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'pwned'), 'utf8')).toBe('ran\n');
    const all = await runCli(
      ['verify', '--layout', 'root.layout', '--layout-key', join(root, 'owner.pub'), '--allow-sublayouts'],
      { cwd: dir },
    );
    expect(all.code).toBe(0);
  });
});
