/**
 * Issue 16, the producer side, as a runner runs it: dist/attest.js with INPUT_* and GITHUB_* variables (and a fake
 * GitHub on 127.0.0.1 for the OIDC token, releases and artifacts), dist/cli.js for attest and run (and a local
 * Sigstore for keyless). Each test reproduces one finding on the code before the fix.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import { DIST, LOCKFILES } from '../support/paths.js';

const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
const CALLER = 'octo/app/.github/workflows/release.yml@refs/tags/v1.2.3';
const REUSABLE = 'octo/shared/.github/workflows/build.yml@refs/heads/main';
const FORGED = 'evil/x/.github/workflows/forged.yml@refs/heads/main';
const GH_SECRET = 'ghs_SECRETsecretSECRET0123456789';
const event = { repository: { id: 1296269, owner: { id: 583231 }, visibility: 'public' } };
const claims = {
  iss: 'https://token.actions.githubusercontent.com',
  job_workflow_ref: REUSABLE,
  workflow_ref: CALLER,
  repository: 'octo/app',
  repository_id: '1296269',
  repository_owner_id: '583231',
  ref: 'refs/tags/v1.2.3',
  sha: SHA,
  event_name: 'push',
  run_id: '1536140711',
  run_attempt: '2',
  runner_environment: 'github-hosted',
  repository_visibility: 'public',
};

/** A small npm lockfile v3 with one hashed package. */
const SMALL_LOCK = {
  name: 'x',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'x', version: '1.0.0', dependencies: { ms: '2.1.3' } },
    'node_modules/ms': {
      version: '2.1.3',
      resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
      integrity: 'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
    },
  },
};

let root: string;
let privateKey: string;
let gh: FakeGitHub;

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'prov-producer-'));
  privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  gh = await startFakeGitHub(claims);
}, 120000);

afterAll(async () => {
  await gh?.close();
});

/** A fresh workspace with one subject. */
function workspace(name: string): string {
  const ws = join(root, name);
  mkdirSync(join(ws, 'out'), { recursive: true });
  writeFileSync(join(ws, 'out', 'app.bin'), 'app');
  return ws;
}

const statementOf = (bundlePath: string) =>
  JSON.parse(Buffer.from(JSON.parse(readFileSync(bundlePath, 'utf8')).dsseEnvelope.payload, 'base64').toString());
const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'));
/** Lines the runner would execute as a workflow command (after blanks; \r ends a line too), other than masks. */
const commandLines = (out: string) => out.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l));

/** Runs dist/cli.js synchronously with a time limit (a hang is a failure, not a stuck test). */
function cliSync(args: string[], cwd: string, env: Record<string, string> = {}, timeout = 30000) {
  const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    timedOut: r.error !== undefined || r.signal !== null,
  };
}

describe('finding 1: every input that reads files is contained in the workspace', () => {
  test('a link symlinked to /proc/self/environ is refused: nothing published, no secret anywhere', async () => {
    const ws = workspace('f1-environ');
    mkdirSync(join(ws, 'links'));
    symlinkSync('/proc/self/environ', join(ws, 'links', 'build.776a00e2.link'));
    gh.releases.set('v7.0.0', { id: 90, tag: 'v7.0.0', assets: [] });
    const env = githubEnv(ws, event, { GITHUB_API_URL: gh.url, ACTIONS_RUNTIME_TOKEN: 'runtime-secret-token-123' });
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'out/app.bin',
        'private-key': privateKey,
        'github-token': GH_SECRET,
        publish: 'release',
        'release-tag': 'v7.0.0',
        links: 'links/*.link',
        'output-dir': join(ws, 'att'),
      },
      env,
    );
    expect(r.code).toBe(1);
    expect(errorLines(r.stdout)).toHaveLength(1);
    expect(errorLines(r.stdout)[0]).toMatch(
      /^::error::\[SYMLINK_ESCAPE\] links: .*build\.776a00e2\.link resolves to \/proc\/\d+\/environ, outside/,
    );
    expect(gh.releases.get('v7.0.0')!.assets).toEqual([]);
    const everything = [
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
    ].join('\n');
    expect(everything).not.toContain(GH_SECRET);
    expect(everything).not.toContain('runtime-secret-token-123');
    expect(everything).not.toContain('BEGIN PRIVATE KEY');
  }, 60000);

  test('private-key as a path: a symlink out of the workspace is refused; a key file in RUNNER_TEMP is used', async () => {
    const ws = workspace('f1-key');
    const elsewhere = mkdtempSync(join(tmpdir(), 'prov-key-elsewhere-'));
    writeFileSync(join(elsewhere, 'key.pem'), privateKey);
    symlinkSync(join(elsewhere, 'key.pem'), join(ws, 'key.pem'));
    const env = githubEnv(ws, event);
    const r = await runAction(
      'attest.js',
      { 'subject-path': 'out/app.bin', 'private-key': 'key.pem', publish: 'files', 'output-dir': join(ws, 'att') },
      { ...env },
    );
    expect(r.code).toBe(1);
    expect(errorLines(r.stdout)[0]).toMatch(
      /^::error::\[SYMLINK_ESCAPE\] private-key: key\.pem resolves to .*key\.pem, outside/,
    );
    expect(existsSync(join(ws, 'att'))).toBe(false);
    writeFileSync(join(env.RUNNER_TEMP, 'key.pem'), privateKey);
    const ok = await runAction(
      'attest.js',
      {
        'subject-path': 'out/app.bin',
        'private-key': join(env.RUNNER_TEMP, 'key.pem'),
        publish: 'files',
        'output-dir': join(ws, 'att2'),
      },
      env,
    );
    expect(errorLines(ok.stdout)).toEqual([]);
    expect(ok.code).toBe(0);
  }, 60000);

  test('subject-checksums symlinked out of the workspace, or a FIFO, is refused', async () => {
    const ws = workspace('f1-checksums');
    const elsewhere = mkdtempSync(join(tmpdir(), 'prov-sums-elsewhere-'));
    writeFileSync(join(elsewhere, 'SHA256SUMS'), `${'a'.repeat(64)}  secret-name\n`);
    symlinkSync(join(elsewhere, 'SHA256SUMS'), join(ws, 'SHA256SUMS'));
    execFileSync('mkfifo', [join(ws, 'fifo-sums')]);
    const env = githubEnv(ws, event);
    const r = await runAction(
      'attest.js',
      { 'subject-checksums': 'SHA256SUMS', unsigned: 'true', 'output-dir': join(ws, 'att') },
      env,
    );
    expect(r.code).toBe(1);
    expect(errorLines(r.stdout)[0]).toMatch(
      /^::error::\[SYMLINK_ESCAPE\] subject-checksums: .*SHA256SUMS resolves to .*, outside/,
    );
    const f = await runAction(
      'attest.js',
      { 'subject-checksums': 'fifo-sums', unsigned: 'true', 'output-dir': join(ws, 'att') },
      env,
    );
    expect(f.code).toBe(1);
    expect(errorLines(f.stdout)[0]).toMatch(
      /^::error::\[FILE_NOT_REGULAR\] subject-checksums: .*fifo-sums is a FIFO, not a regular file/,
    );
  }, 60000);
});

describe('finding 1: the CLI key file is a regular file', () => {
  test('attest --key FIFO and run --key /dev/zero are refused at once', () => {
    const dir = join(root, 'f1-cli-key');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.bin'), 'A');
    execFileSync('mkfifo', [join(dir, 'key.pem')]);
    const a = cliSync(['attest', 'a.bin', '--key', 'key.pem'], dir, {}, 20000);
    expect(a.timedOut).toBe(false);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(
      /^provenant: \[FILE_NOT_REGULAR\] --key key\.pem: key\.pem is a FIFO, not a regular file: refused\n$/,
    );
    const r = cliSync(['run', '--step', 's', '--key', '/dev/zero', '--', 'true'], dir, {}, 20000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^provenant: \[FILE_NOT_REGULAR\] key: \/dev\/zero is a device, not a regular file: refused\n$/,
    );
  });
});

describe('finding 12 (with 1): publish artifact with links', () => {
  test('the workflow artifact holds the attestation files and the staged link copies', async () => {
    const ws = workspace('f12-artifact');
    mkdirSync(join(ws, 'links'));
    writeFileSync(join(ws, 'links', 'build.776a00e2.link'), '{"signed": {"_type": "link"}, "signatures": []}\n');
    const env = githubEnv(ws, event, {
      ACTIONS_RUNTIME_TOKEN: gh.runtimeToken,
      ACTIONS_RESULTS_URL: `${gh.url}/`,
      GITHUB_API_URL: gh.url,
    });
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'out/app.bin',
        'private-key': privateKey,
        publish: 'files, artifact',
        'artifact-name': 'prov-with-links',
        links: 'links/*.link',
        'output-dir': join(ws, 'att'),
      },
      env,
    );
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    const art = gh.artifacts.find((a) => a.name === 'prov-with-links')!;
    expect(art.finalized).toBe(true);
    const zip = join(ws, 'a.zip');
    writeFileSync(zip, art.blob);
    const names = JSON.parse(
      execFileSync('/usr/bin/python3', [
        '-c',
        'import sys,zipfile,json; print(json.dumps(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))',
        zip,
      ]).toString(),
    );
    expect(names).toEqual(['app.bin.intoto.jsonl', 'app.bin.sigstore.json', 'links/build.776a00e2.link']);
  }, 60000);
});

describe('finding 2: secrets are never recorded', () => {
  let sig: SigstoreInstance;
  beforeAll(async () => {
    const d = join(root, 'sigstore');
    mkdirSync(d);
    sig = await startSigstore({ rekor: true, tsa: false, dir: d });
  }, 60000);
  afterAll(async () => {
    await sig?.close();
  });

  test('attest --sigstore --identity-token TOKEN: the token is not in the signed local buildType', async () => {
    const dir = join(root, 'f2-attest');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.bin'), 'A');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const jwt = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: 'https://oidc.example.com', sub: 'dev@example.com', email: 'dev@example.com', email_verified: true, aud: 'sigstore', iat: now, exp: now + 600 })}.c2ln`;
    for (const form of [['--identity-token', jwt], [`--identity-token=${jwt}`]]) {
      const r = await runCli(
        [
          'attest',
          'a.bin',
          '--sigstore',
          ...form,
          '--fulcio-url',
          sig.fulcioURL,
          '--rekor-url',
          sig.rekorURL!,
          '--output-dir',
          join(dir, 'att'),
          '--json',
        ],
        { cwd: dir },
      );
      expect(r.stderr).not.toMatch(/\[[A-Z_]+\]/);
      expect(r.code).toBe(0);
      const bundleText = readFileSync(JSON.parse(r.stdout).bundlePath, 'utf8');
      const st = statementOf(JSON.parse(r.stdout).bundlePath);
      expect(JSON.stringify(st)).not.toContain(jwt.split('.')[1]);
      expect(bundleText).not.toContain(jwt);
      const cmd = st.predicate.buildDefinition.externalParameters.command as string[];
      expect(cmd.slice(0, 3)).toEqual(['provenant', 'attest', 'a.bin']);
      expect(cmd).toContain(form.length === 2 ? '***' : '--identity-token=***');
    }
  }, 60000);

  test('run: secret options and secret environment values are *** in the link (command and recorded streams)', () => {
    const dir = join(root, 'f2-run');
    mkdirSync(dir);
    writeFileSync(join(dir, 'key.pem'), privateKey);
    const env = { MY_API_TOKEN: 'supersecretvalue42' };
    const r = cliSync(
      [
        'run',
        '--step',
        'build',
        '--key',
        'key.pem',
        '--legacy',
        '-s',
        '--',
        'sh',
        '-c',
        'echo "$1"',
        'sh',
        'supersecretvalue42',
        '--password',
        'pw-123456',
        '--identity-token=abcdef123',
      ],
      dir,
      env,
    );
    expect(r.stderr).not.toMatch(/\[[A-Z_]+\]/);
    expect(r.code).toBe(0);
    const file = readdirSync(dir).find((f) => f.endsWith('.link'))!;
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).not.toContain('supersecretvalue42');
    expect(text).not.toContain('pw-123456');
    expect(text).not.toContain('abcdef123');
    const link = JSON.parse(text).signed;
    expect(link.command).toEqual(['sh', '-c', 'echo "$1"', 'sh', '***', '--password', '***', '--identity-token=***']);
    expect(link.byproducts.stdout).toBe('***\n');
  });
});

describe('finding 5: names from files never command the runner', () => {
  test('the attest action: link files named "a\\n::add-mask::x" and "b\\n::stop-commands::tok" are printed escaped', async () => {
    const ws = workspace('f5-action');
    mkdirSync(join(ws, 'links'));
    writeFileSync(join(ws, 'links', 'a\n::add-mask::x.link'), '{}\n');
    writeFileSync(join(ws, 'links', 'b\n::stop-commands::tok.link'), '{}\n');
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'out/app.bin',
        'private-key': privateKey,
        publish: 'files',
        links: 'links/*.link',
        'output-dir': join(ws, 'att'),
      },
      githubEnv(ws, event),
    );
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    const injected = commandLines(`${r.stdout}\n${r.stderr}`).filter((l) =>
      /::add-mask::x\.link|::stop-commands::/.test(l),
    );
    expect(injected).toEqual([]);
    expect(r.stdout).toContain('a\\n::add-mask::x.link');
    expect(r.stdout).toContain('b\\n::stop-commands::tok.link');
  }, 60000);

  test('the CLI: a lockfile folder named "x\\n::add-mask::y" and a "::stop-commands::" subject are printed escaped', () => {
    const dir = join(root, 'f5-cli');
    mkdirSync(join(dir, 'x\n::add-mask::y'), { recursive: true });
    mkdirSync(join(dir, '::stop-commands::tok'), { recursive: true });
    writeFileSync(join(dir, 'x\n::add-mask::y', 'package-lock.json'), JSON.stringify(SMALL_LOCK));
    writeFileSync(join(dir, '::stop-commands::tok', 'c\n::error::z'), 'C');
    const r = cliSync(
      [
        'attest',
        '::stop-commands::tok',
        '--unsigned',
        '--materials',
        'auto',
        '--output-dir',
        join(root, 'f5-cli-out'),
        '--output-name',
        'p',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(commandLines(`${r.stdout}\n${r.stderr}`)).toEqual([]);
    expect(r.stdout).toContain('lockfile x\\n::add-mask::y/package-lock.json');
    // a failure naming the file: still no command line
    const f = cliSync(['attest', 'a.bin', '--unsigned', '--materials', 'none\n::add-mask::q'], dir);
    expect(f.code).toBe(1);
    expect(commandLines(`${f.stdout}\n${f.stderr}`)).toEqual([]);
    expect(f.stderr).toContain('none\\n::add-mask::q');
  });
});

describe('finding 5: the CLI output guard (every line dist/cli.js prints)', () => {
  test('verify\'s table with an artifact named "x\\n::add-mask::y": no line starts a command', () => {
    const dir = join(root, 'f5-verify');
    mkdirSync(dir);
    writeFileSync(join(dir, 'x\n::add-mask::y'), 'A');
    writeFileSync(join(dir, '::stop-commands::tok'), 'B');
    const r = cliSync(['verify', 'x\n::add-mask::y', '::stop-commands::tok', '--bundle', 'missing.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ARTIFACT/);
    expect(commandLines(`${r.stdout}\n${r.stderr}`)).toEqual([]);
    expect(r.stdout).toContain('\\x3a:stop-commands::tok');
  });
});

describe('finding 6: run records streams only when asked', () => {
  test('no stdout/stderr in the link by default; -s / --record-streams records them', () => {
    const dir = join(root, 'f6');
    mkdirSync(dir);
    writeFileSync(join(dir, 'key.pem'), privateKey);
    const r = cliSync(
      ['run', '--step', 'quiet', '--key', 'key.pem', '--legacy', '--', 'sh', '-c', 'echo masked-in-log; echo err >&2'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('masked-in-log'); // streamed through as before
    const quiet = JSON.parse(
      readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('quiet.'))!), 'utf8'),
    ).signed;
    expect(quiet.byproducts).toEqual({ 'return-value': 0 });
    expect(
      cliSync(
        [
          'run',
          '--step',
          'loud',
          '--key',
          'key.pem',
          '--legacy',
          '--record-streams',
          '--',
          'sh',
          '-c',
          'echo out; echo err >&2',
        ],
        dir,
      ).code,
    ).toBe(0);
    const loud = JSON.parse(
      readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('loud.'))!), 'utf8'),
    ).signed;
    expect(loud.byproducts).toEqual({ stdout: 'out\n', stderr: 'err\n', 'return-value': 0 });
  });
});

describe('finding 7: lockfiles are regular files inside the workspace', () => {
  const lockText = () => readFileSync(join(LOCKFILES, 'npm', 'npm-lock-v3-sigstore-js', 'package-lock.json'));
  const setup = (name: string) => {
    const dir = join(root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.bin'), 'A');
    return dir;
  };
  test('a FIFO named package-lock.json: refused at once (no hang)', () => {
    const dir = setup('f7-fifo');
    execFileSync('mkfifo', [join(dir, 'package-lock.json')]);
    for (const m of ['package-lock.json', 'auto']) {
      const r = cliSync(
        ['attest', 'a.bin', '--unsigned', '--materials', m, '--output-dir', join(dir, 'o')],
        dir,
        {},
        20000,
      );
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^provenant: \[FILE_NOT_REGULAR\] materials: .*package-lock\.json is a FIFO, not a regular file: refused\n$/,
      );
    }
  });
  test('/dev/zero as yarn.lock: refused (no bad_alloc)', () => {
    const dir = setup('f7-zero');
    symlinkSync('/dev/zero', join(dir, 'yarn.lock'));
    const r = cliSync(
      ['attest', 'a.bin', '--unsigned', '--materials', 'yarn.lock', '--output-dir', join(dir, 'o')],
      dir,
      {},
      20000,
    );
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^provenant: \[SYMLINK_ESCAPE\] materials: .*yarn\.lock resolves to \/dev\/zero, outside/);
  });
  test('a symlink to a lockfile outside the workspace: refused, not parsed into the provenance', () => {
    const dir = setup('f7-outside');
    const elsewhere = mkdtempSync(join(tmpdir(), 'prov-lock-elsewhere-'));
    writeFileSync(join(elsewhere, 'package-lock.json'), lockText());
    symlinkSync(join(elsewhere, 'package-lock.json'), join(dir, 'package-lock.json'));
    for (const m of ['package-lock.json', 'auto']) {
      const r = cliSync(['attest', 'a.bin', '--unsigned', '--materials', m, '--output-dir', join(dir, 'o')], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^provenant: \[SYMLINK_ESCAPE\] materials: .*package-lock\.json resolves to .*prov-lock-elsewhere-.*, outside/,
      );
      expect(existsSync(join(dir, 'o'))).toBe(false);
    }
  });
});

describe('findings 10 and 11: no variable a step can set decides a signed claim', () => {
  test('with a key and no OIDC token: builder.id is the calling workflow, never GITHUB_JOB_WORKFLOW_REF, with a warning', async () => {
    const ws = workspace('f10-noid');
    const env = githubEnv(ws, event, { GITHUB_JOB_WORKFLOW_REF: FORGED });
    const r = await runAction(
      'attest.js',
      { 'subject-path': 'out/app.bin', 'private-key': privateKey, publish: 'files', 'output-dir': join(ws, 'att') },
      env,
    );
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    const st = statementOf(r.outputs['bundle-path']);
    expect(st.predicate.runDetails.builder.id).toBe(`https://github.com/${CALLER}`);
    expect(JSON.stringify(st)).not.toContain('forged.yml');
    expect(r.stdout).toMatch(
      /::warning::no OIDC token \(the job lacks id-token: write\): builder\.id is the calling workflow/,
    );
  }, 60000);

  test('with a key and id-token: write: builder.id is the token job_workflow_ref (the reusable workflow); the token is masked', async () => {
    const ws = workspace('f10-token');
    gh.claims = { ...claims };
    const env = githubEnv(ws, event, {
      GITHUB_JOB_WORKFLOW_REF: FORGED,
      ACTIONS_ID_TOKEN_REQUEST_URL: gh.oidcRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: gh.oidcRequestToken,
    });
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'out/app.bin',
        'private-key': privateKey,
        'github-token': GH_SECRET,
        publish: 'files',
        'output-dir': join(ws, 'att'),
      },
      env,
    );
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    expect(statementOf(r.outputs['bundle-path']).predicate.runDetails.builder.id).toBe(
      `https://github.com/${REUSABLE}`,
    );
    const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toContain(`::add-mask::${GH_SECRET}`);
    const token = masks.find((l) => /^::add-mask::[\w-]+\.[\w-]+\.[\w-]+$/.test(l)); // the OIDC token
    expect(token).toBeDefined();
    // asked for an audience Fulcio does not accept: the token cannot be exchanged for a signing certificate
    expect(JSON.parse(Buffer.from(token!.split('.')[1], 'base64url').toString()).aud).toBe('provenant-run-claims');
  }, 60000);
});

describe('finding 12: the smaller ones', () => {
  /** Folders each holding two links to the next: 2^levels paths to the one file at the bottom. */
  function fanOut(dir: string, levels: number): void {
    for (let i = 0; i <= levels; i++) mkdirSync(join(dir, `d${i}`), { recursive: true });
    for (let i = 0; i < levels; i++) {
      symlinkSync(`../d${i + 1}`, join(dir, `d${i}`, 'a'));
      symlinkSync(`../d${i + 1}`, join(dir, `d${i}`, 'b'));
    }
    writeFileSync(join(dir, `d${levels}`, 'leaf.txt'), 'leaf');
  }

  test('a symlinked-folder fan-out stops at the path limit: attest (action) and run', async () => {
    const ws = workspace('f12-fanout');
    fanOut(join(ws, 'tree'), 11);
    const env = githubEnv(ws, event, { PROVENANT_MAX_PATHS: '500' });
    const r = await runAction(
      'attest.js',
      { 'subject-path': 'tree/d0', unsigned: 'true', 'output-dir': join(ws, 'att') },
      env,
    );
    expect(r.code).toBe(1);
    expect(errorLines(r.stdout)[0]).toMatch(
      /^::error::\[INPUT_INVALID\] subject-path: more than 500 paths \(symlinked folders that fan out\?\)/,
    );
    writeFileSync(join(ws, 'key.pem'), privateKey);
    const run = cliSync(['run', '--step', 's', '--key', 'key.pem', '--materials', 'tree/d0', '--', 'true'], ws, {
      PROVENANT_MAX_PATHS: '500',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^provenant: \[INPUT_INVALID\] recording .*: more than 500 paths \(symlinked folders that fan out\?\)/,
    );
    expect(readdirSync(ws).filter((f) => f.endsWith('.link'))).toEqual([]);
  }, 60000);

  test('the local buildType records whether the git tree is dirty', () => {
    const repo = join(root, 'f12-git');
    mkdirSync(repo);
    const git = (...a: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...a],
        { cwd: repo },
      );
    git('init', '-q');
    writeFileSync(join(repo, 'a.bin'), 'A');
    git('add', 'a.bin');
    git('commit', '-qm', 'one');
    const source = (out: string) =>
      JSON.parse(readFileSync(join(root, out, 'p.statement.json'), 'utf8')).predicate.buildDefinition.externalParameters
        .source;
    expect(
      cliSync(
        ['attest', 'a.bin', '--unsigned', '--output-dir', join(root, 'f12-git-clean'), '--output-name', 'p'],
        repo,
      ).code,
    ).toBe(0);
    expect(source('f12-git-clean')).toMatchObject({ dirty: false, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    writeFileSync(join(repo, 'a.bin'), 'changed');
    expect(
      cliSync(
        ['attest', 'a.bin', '--unsigned', '--output-dir', join(root, 'f12-git-dirty'), '--output-name', 'p'],
        repo,
      ).code,
    ).toBe(0);
    expect(source('f12-git-dirty').dirty).toBe(true);
  });

  test('run --step ../.. does not write outside --output-dir', () => {
    const dir = join(root, 'f12-step', 'a', 'b');
    mkdirSync(join(dir, 'links'), { recursive: true });
    writeFileSync(join(dir, 'key.pem'), privateKey);
    for (const step of ['../..', '../escape', '/tmp/abs']) {
      const r = cliSync(['run', '--step', step, '--key', 'key.pem', '--output-dir', 'links', '--', 'true'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^provenant: \[USAGE\] --step '.*': a step name is a file name/);
    }
    expect(readdirSync(join(root, 'f12-step'))).toEqual(['a']);
    expect(readdirSync(join(dir, 'links'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['key.pem', 'links']);
  });
});
