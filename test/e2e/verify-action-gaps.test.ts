/**
 * The verify action (dist/verify-action.js, run as the runner runs it) in layout mode:
 * - issue 12 finding 11: inputs that do not apply to the mode are usage errors, both ways (as `verify --layout`);
 * - issue 16 point 3: sublayouts run only when the layout or the workflow allows them (`allow-sublayout`,
 *   `allow-sublayouts`), and a refusal names the inputs;
 * - issue 16 point 1: `layout`, `layout-keys` and `links` are read as the attest action reads its inputs: inside the
 *   workspace or the runner's temp after resolving symlinks, regular files only (a layout symlinked to
 *   /proc/self/environ, a FIFO);
 * - the empty-policy warning verify --vsa-out prints, from the action when it writes its VSAs.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signLegacy } from '../../src/intoto/link.js';
import { parseFunctionaryKey, type LoadedFunctionaryKey } from '../../src/intoto/sslib.js';
import {
  checkModeInputs,
  COMMON_INPUTS,
  givenInputs,
  INPUT_DEFAULTS,
  LAYOUT_ONLY_INPUTS,
} from '../../src/verify-action-inputs.js';
import { REPO_ROOT } from '../support/paths.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

type Body = Record<string, any>;
let root: string;
let owner: LoadedFunctionaryKey;
let dev: LoadedFunctionaryKey;
let n = 0;

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
const buildStep = () => ({
  _type: 'step',
  name: 'build',
  threshold: 1,
  pubkeys: [dev.sslib.keyid],
  expected_command: [],
  expected_materials: [],
  expected_products: [],
});

/** A workspace holding owner.pub and a root layout (signed by owner) whose one inspection writes `ran`. */
function workspace(): string {
  const ws = join(root, `ws${n++}`);
  mkdirSync(ws);
  writeFileSync(join(ws, 'owner.pub'), JSON.stringify(entry(owner)[1]));
  const body = layout([], [inspection('mark', ['sh', '-c', 'echo ran > ran'])], [owner]);
  writeFileSync(join(ws, 'root.layout'), JSON.stringify(signLegacy(body, owner)));
  return ws;
}

/** A workspace whose layout has a step `build` for which functionary dev hands in a sublayout, not a link. */
function sublayoutWorkspace(): string {
  const ws = join(root, `ws${n++}`);
  mkdirSync(ws);
  writeFileSync(join(ws, 'owner.pub'), JSON.stringify(entry(owner)[1]));
  writeFileSync(join(ws, 'root.layout'), JSON.stringify(signLegacy(layout([buildStep()], [], [owner, dev]), owner)));
  const sub = layout([], [inspection('payload', ['sh', '-c', 'echo ran > sub-ran'])], [dev]);
  writeFileSync(join(ws, `build.${dev.sslib.keyid.slice(0, 8)}.link`), JSON.stringify(signLegacy(sub, dev)));
  return ws;
}

const run = (ws: string, inputs: Record<string, string>, extra: Record<string, string> = {}) =>
  runAction('verify-action.js', inputs, githubEnv(ws, {}, extra));

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'prov-va-gaps-'));
  const gen = () =>
    parseFunctionaryKey(
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      'ed25519',
    );
  owner = gen();
  dev = gen();
}, 120000);

describe('finding 11 for the verify action: inputs that do not apply to the mode are usage errors', () => {
  test.each([
    ['min-slsa-level', '3'],
    ['bundles', 'app.intoto.jsonl'],
    ['cert-identity', 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main'],
    ['source-repo', 'o/r'],
    ['signer-workflow', 'o/r/.github/workflows/release.yml'],
    ['repo', 'o/r'],
    ['keys', 'owner.pub'],
    ['trusted-root', 'root.json'],
    ['allow-unsigned', 'true'],
    ['insecure-skip-identity', 'true'],
    ['vsa', 'vsas'],
    ['audit-lockfile', 'package-lock.json'],
    ['builder-id', 'https://github.com/o/r'],
  ])('layout with %s: exit 1, [USAGE] naming the input, nothing of the layout runs', async (name, value) => {
    const ws = workspace();
    const r = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub', [name]: value });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::[USAGE] layout verifies a supply chain layout: ${name} does not apply`);
    expect(existsSync(join(ws, 'ran'))).toBe(false);
  });

  test('several inputs that do not apply are named together', async () => {
    const ws = workspace();
    const r = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub', 'min-slsa-level': '2', bundles: 'x' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::[USAGE] layout verifies a supply chain layout: bundles, min-slsa-level do not',
    );
  });

  test('inputs holding their action.yml default (the runner sets them) and github-token do not count', async () => {
    const ws = workspace();
    const r = await run(ws, {
      layout: 'root.layout',
      'layout-keys': 'owner.pub',
      'github-token': 'ghs_default_token',
      'allow-unsigned': 'false',
      'insecure-skip-identity': 'false',
      'insecure-ignore-tlog': 'false',
      'deny-self-hosted-runners': 'false',
      'require-material-digests': 'false',
      'sigstore-instance': 'auto',
      'allow-sublayouts': 'false',
      'min-slsa-level': '',
    });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(existsSync(join(ws, 'ran'))).toBe(true);
  });

  test.each([
    ['layout-keys', 'owner.pub'],
    ['links', '.'],
    ['layout-params', 'A=B'],
    ['allow-sublayout', 'build'],
    ['allow-sublayouts', 'true'],
  ])('%s without layout: exit 1, [USAGE] applies only with layout', async (name, value) => {
    const ws = workspace();
    writeFileSync(join(ws, 'app.tgz'), 'x');
    const r = await run(ws, { artifacts: 'app.tgz', keys: 'owner.pub', [name]: value });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::[USAGE] ${name} applies only with layout`);
  });

  test('every input of verify/action.yml is classified, and INPUT_DEFAULTS are its defaults', () => {
    const yml = readFileSync(join(REPO_ROOT, 'verify', 'action.yml'), 'utf8');
    const inputsBlock = yml.slice(yml.indexOf('\ninputs:\n'), yml.indexOf('\noutputs:\n'));
    const defaults: Record<string, string | undefined> = {};
    let current = '';
    for (const line of inputsBlock.split('\n')) {
      const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
      if (name) defaults[(current = name[1])] = undefined;
      const d = /^ {4}default:\s*'?([^']*)'?\s*$/.exec(line);
      if (d && current) defaults[current] = d[1];
    }
    expect(Object.keys(defaults)).toEqual(expect.arrayContaining(['layout', 'layout-keys', 'allow-sublayouts']));
    for (const [name, d] of Object.entries(defaults)) {
      if (d === undefined || name === 'github-token') expect(INPUT_DEFAULTS[name]).toBeUndefined();
      else expect([name, INPUT_DEFAULTS[name]]).toEqual([name, d]);
    }
    // the layout inputs exist under their documented names (layout-key and param are the CLI's spellings)
    for (const name of [...LAYOUT_ONLY_INPUTS.filter((x) => x !== 'layout-key' && x !== 'param'), ...COMMON_INPUTS]) {
      expect(Object.keys(defaults)).toContain(name);
    }
  });

  test('givenInputs / checkModeInputs on an environment', () => {
    const env = { 'INPUT_MIN-SLSA-LEVEL': '2', INPUT_LAYOUT: 'l', 'INPUT_ALLOW-UNSIGNED': 'FALSE', INPUT_KEYS: ' ' };
    expect(givenInputs(env)).toEqual(['layout', 'min-slsa-level']);
    expect(
      givenInputs({ INPUT_LAYOUT: 'l', 'INPUT_SOME-NEW-SWITCH': 'False', 'INPUT_SIGSTORE-INSTANCE': 'github' }),
    ).toEqual(['layout', 'sigstore-instance']);
    expect(() => checkModeInputs(env)).toThrow(/\[?min-slsa-level does not apply/);
    expect(() => checkModeInputs({ INPUT_LAYOUT: 'l', 'INPUT_LAYOUT-KEYS': 'k', INPUT_ARTIFACTS: 'a' })).not.toThrow();
    expect(() => checkModeInputs({ INPUT_LINKS: 'd' })).toThrow(/links applies only with layout/);
    expect(() => checkModeInputs({ INPUT_ARTIFACTS: 'a', INPUT_KEYS: 'k' })).not.toThrow();
  });
});

describe('sublayouts in the verify action (allow-sublayout, allow-sublayouts)', () => {
  test('refused without either input: the message names the inputs; nothing of the sublayout runs', async () => {
    const ws = sublayoutWorkspace();
    const r = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::\[SUBLAYOUT_REFUSED\] step 'build': .* is a sublayout/);
    expect(r.stdout).toContain('allow-sublayout: build or allow-sublayouts: true');
    expect(r.stdout).not.toContain('--allow-sublayout');
    expect(existsSync(join(ws, 'sub-ran'))).toBe(false);
    // another step named: still refused
    const other = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub', 'allow-sublayout': 'test' });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('[SUBLAYOUT_REFUSED]');
    expect(existsSync(join(ws, 'sub-ran'))).toBe(false);
  });

  test('allow-sublayout: build lets the sublayout stand for the step (its inspection runs)', async () => {
    const ws = sublayoutWorkspace();
    const r = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub', 'allow-sublayout': 'test, build' });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(readFileSync(join(ws, 'sub-ran'), 'utf8')).toBe('ran\n');
  });

  test('allow-sublayouts: true allows every step', async () => {
    const ws = sublayoutWorkspace();
    const r = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub', 'allow-sublayouts': 'true' });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(existsSync(join(ws, 'sub-ran'))).toBe(true);
  });
});

describe('layout, layout-keys and links are read inside the workspace or the runner temp, regular files only', () => {
  const SECRET = 'sekrit-environ-value-4711';
  const expectNoSecret = (r: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }) => {
    expect(r.stdout + r.stderr + r.summary).not.toContain(SECRET);
    if (r.outputs['report-path']) expect(readFileSync(r.outputs['report-path'], 'utf8')).not.toContain(SECRET);
  };

  test('a layout symlinked to /proc/self/environ: SYMLINK_ESCAPE, nothing of it read or printed', async () => {
    const ws = workspace();
    symlinkSync('/proc/self/environ', join(ws, 'evil.layout'));
    const r = await run(ws, { layout: 'evil.layout', 'layout-keys': 'owner.pub' }, { MY_SECRET: SECRET });
    expect(r.code).toBe(1);
    expect(r.outputs.verified).toBe('false');
    expect(r.stdout).toMatch(/::error::\[SYMLINK_ESCAPE\] layout: .*evil\.layout resolves to \/proc\/\d+\/environ/);
    expect(JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')).error).toMatch(/^\[SYMLINK_ESCAPE\]/);
    expectNoSecret(r);
  });

  test('a layout that is a FIFO: refused at once (no writer ever comes), not a regular file', async () => {
    const ws = workspace();
    execFileSync('mkfifo', [join(ws, 'fifo.layout')]);
    const r = await run(ws, { layout: 'fifo.layout', 'layout-keys': 'owner.pub' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::\[FILE_NOT_REGULAR\] layout: .*fifo\.layout is a FIFO, not a regular file/);
    // the CLI (no containment: an explicit path) refuses it too, as a regular-file rule
    const cli = await runCli(['verify', '--layout', 'fifo.layout', '--layout-key', 'owner.pub'], { cwd: ws });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/REJECTED\n {2}✗ \[FILE_NOT_REGULAR\] layout fifo\.layout: a FIFO, not a regular file/);
  }, 60000);

  test('a layout outside the workspace (absolute path) is refused; one in the runner temp is read', async () => {
    const ws = workspace();
    const outside = join(root, `outside${n++}`);
    mkdirSync(outside);
    cpSync(join(ws, 'root.layout'), join(outside, 'root.layout'));
    const r = await run(ws, { layout: join(outside, 'root.layout'), 'layout-keys': 'owner.pub' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::[SYMLINK_ESCAPE] layout:');
    const env = githubEnv(ws, {});
    cpSync(join(ws, 'root.layout'), join(env.RUNNER_TEMP, 'root.layout'));
    const temp = await runAction(
      'verify-action.js',
      { layout: join(env.RUNNER_TEMP, 'root.layout'), 'layout-keys': 'owner.pub' },
      env,
    );
    expect(temp.stdout).not.toMatch(/::error::/);
    expect(temp.code).toBe(0);
  });

  test('layout-keys symlinked out of the workspace, or a FIFO: refused', async () => {
    const ws = workspace();
    writeFileSync(join(root, 'owner-outside.pub'), JSON.stringify(entry(owner)[1]));
    symlinkSync(join(root, 'owner-outside.pub'), join(ws, 'linked.pub'));
    const r = await run(ws, { layout: 'root.layout', 'layout-keys': 'linked.pub' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::\[SYMLINK_ESCAPE\] layout-keys: \S*linked\.pub resolves to \S*owner-outside\.pub/,
    );
    expect(existsSync(join(ws, 'ran'))).toBe(false);
    execFileSync('mkfifo', [join(ws, 'fifo.pub')]);
    const f = await run(ws, { layout: 'root.layout', 'layout-keys': 'fifo.pub' });
    expect(f.code).toBe(1);
    expect(f.stdout).toMatch(/::error::\[FILE_NOT_REGULAR\] layout-keys: \S*fifo\.pub is a FIFO/);
    // a key file over its size limit (1 MiB) is refused before it is read
    writeFileSync(join(ws, 'huge.pub'), Buffer.alloc(1024 * 1024 + 1, 0x20));
    const big = await run(ws, { layout: 'root.layout', 'layout-keys': 'huge.pub' });
    expect(big.code).toBe(1);
    expect(big.stdout).toMatch(/::error::\[FILE_TOO_LARGE\] layout-keys: \S*huge\.pub has 1048577 bytes, more than/);
  }, 60000);

  test('links: a folder outside the workspace, or a link file symlinked to /proc/self/environ, is refused', async () => {
    const ws = join(root, `ws${n++}`);
    mkdirSync(ws);
    writeFileSync(join(ws, 'owner.pub'), JSON.stringify(entry(owner)[1]));
    writeFileSync(join(ws, 'root.layout'), JSON.stringify(signLegacy(layout([buildStep()], [], [owner, dev]), owner)));
    const outside = join(root, `links${n++}`);
    mkdirSync(outside);
    const dir = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub', links: outside });
    expect(dir.code).toBe(1);
    expect(dir.stdout).toContain(`::error::[SYMLINK_ESCAPE] links: ${outside} resolves to`);
    symlinkSync(outside, join(ws, 'linkdir'));
    const viaLink = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub', links: 'linkdir' });
    expect(viaLink.code).toBe(1);
    expect(viaLink.stdout).toContain('::error::[SYMLINK_ESCAPE] links:');
    symlinkSync('/proc/self/environ', join(ws, `build.${dev.sslib.keyid.slice(0, 8)}.link`));
    const file = await run(ws, { layout: 'root.layout', 'layout-keys': 'owner.pub' }, { MY_SECRET: SECRET });
    expect(file.code).toBe(1);
    expect(file.stdout).toMatch(/::error::\[SYMLINK_ESCAPE\] link: .*build\.[0-9a-f]{8}\.link resolves to \/proc\//);
    expectNoSecret(file);
  });
});

describe('the verify action warns when its VSAs say PASSED under an empty policy (as verify --vsa-out)', () => {
  test('an unsigned Statement accepted by allow-unsigned, no key, no constraint: a warning; with keys: none', async () => {
    const ws = join(root, `vsa${n++}`);
    mkdirSync(ws);
    writeFileSync(join(ws, 'app.bin'), 'the artifact');
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(ws, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    writeFileSync(join(ws, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    expect((await runCli(['attest', 'app.bin', '--unsigned'], { cwd: ws })).code).toBe(0);
    const empty = await run(ws, {
      artifacts: 'app.bin',
      'allow-unsigned': 'true',
      vsa: 'vsa',
      'vsa-key': join(ws, 'key.pem'),
    });
    expect(empty.code).toBe(0);
    expect(empty.outputs['slsa-level']).toBe('1');
    expect(empty.stdout).toContain('::warning::the VSAs say PASSED under an empty policy');
    expect(empty.stdout).toContain('verify-vsa refuses them unless --allow-empty-policy');
    // key-signed and verified with the key: the policy is not empty, no warning
    expect((await runCli(['attest', 'app.bin', '--key', 'key.pem'], { cwd: ws })).code).toBe(0);
    const keyed = await run(ws, {
      artifacts: 'app.bin',
      bundles: 'app.bin.intoto.jsonl',
      keys: 'key.pub',
      vsa: 'vsa2',
      'vsa-key': join(ws, 'key.pem'),
    });
    expect(keyed.stdout).not.toMatch(/::error::/);
    expect(keyed.code).toBe(0);
    expect(keyed.stdout).not.toContain('empty policy');
  }, 60000);
});
