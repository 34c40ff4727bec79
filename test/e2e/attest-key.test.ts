import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync, createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, readdirSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';
import { DEFINED_EXTERNAL_PARAMETERS } from '../../src/slsa/provenance.js';
import { loadPublicKey, verifyBytes } from '../../src/intoto/keys.js';
import { verifyEnvelope } from '../../src/intoto/dsse.js';
import { validateStatement } from '../../src/schemas/index.js';

const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
let ws: string;
let keys: { publicKey: string; privateKey: string; encrypted: string };

beforeAll(async () => {
  await ensureBuilt();
  ws = mkdtempSync(join(tmpdir(), 'prov-e2e-'));
  mkdirSync(join(ws, 'out', 'linux'), { recursive: true });
  mkdirSync(join(ws, 'out', 'darwin'), { recursive: true });
  writeFileSync(join(ws, 'out', 'linux', 'app.tar.gz'), 'linux build');
  writeFileSync(join(ws, 'out', 'darwin', 'app.tar.gz'), 'darwin build');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  keys = {
    publicKey: kp.publicKey.export({ type: 'spki', format: 'pem' }) as string,
    privateKey: kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    encrypted: kp.privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 's3cret',
    }) as string,
  };
}, 120000);

const pushEvent = { repository: { id: 1296269, owner: { id: 583231 }, visibility: 'public' } };

describe('attest action (dist/attest.js) with a key', () => {
  test('signs both subjects; outputs, files, summary and the provenance content are right', async () => {
    const env = githubEnv(ws, pushEvent);
    const r = await runAction(
      'attest.js',
      { 'subject-path': 'out/**/*.tar.gz', 'private-key': keys.privateKey, 'output-dir': join(ws, 'att1') },
      env,
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs['subject-count']).toBe('2');
    const bundle = JSON.parse(readFileSync(r.outputs['bundle-path'], 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const line = readFileSync(r.outputs['intoto-jsonl-path'], 'utf8');
    expect(line.trim().split('\n')).toHaveLength(1);
    // .intoto.jsonl holds the Sigstore bundle (one line), the same bytes as the .sigstore.json file
    expect(line).toBe(readFileSync(r.outputs['bundle-path'], 'utf8'));
    const env0 = JSON.parse(line).dsseEnvelope;
    const pub = loadPublicKey(keys.publicKey);
    const v = verifyEnvelope(env0, [{ keyid: pub.keyid, verify: (d, s) => verifyBytes(pub, d, s) }]);
    expect(sha256(v.payload)).toBe(r.outputs['statement-sha256']);
    const st = validateStatement(JSON.parse(v.payload.toString()), 'statement') as unknown as Record<string, any>;
    expect(st.subject).toEqual([
      { name: 'out/darwin/app.tar.gz', digest: { sha256: sha256('darwin build') } },
      { name: 'out/linux/app.tar.gz', digest: { sha256: sha256('linux build') } },
    ]);
    const bd = st.predicate.buildDefinition;
    expect(bd.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');
    expect(bd.externalParameters.workflow).toEqual({
      ref: 'refs/tags/v1.2.3',
      repository: 'https://github.com/octo/app',
      path: '.github/workflows/release.yml',
    });
    expect(bd.internalParameters.github).toEqual({
      event_name: 'push',
      repository_id: '1296269',
      repository_owner_id: '583231',
      runner_environment: 'github-hosted',
    });
    expect(bd.resolvedDependencies[0]).toEqual({
      uri: 'git+https://github.com/octo/app@refs/tags/v1.2.3',
      digest: { gitCommit: 'c27d339ee6075c1f744c5d4b200f7901aad2c369' },
    });
    expect(st.predicate.runDetails.builder.id).toBe(
      'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    );
    expect(st.predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/octo/app/actions/runs/1536140711/attempts/2',
    );
    expect(st.predicate.runDetails.metadata.finishedOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(r.summary).toMatch(/\| out\/linux\/app.tar.gz \|/);
    expect(r.summary).toMatch(new RegExp(`Signed with key \`${pub.keyid}\``));
  });

  test('workflow_dispatch inputs are recorded; v0.2 on request; encrypted key with passphrase', async () => {
    const env = githubEnv(
      ws,
      { ...pushEvent, inputs: { version: '1.2.3', dry: 'false' } },
      { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    );
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'out/linux/app.tar.gz',
        'private-key': keys.encrypted,
        'private-key-passphrase': 's3cret',
        'output-dir': join(ws, 'att2'),
      },
      env,
    );
    expect(r.code).toBe(0);
    const st = JSON.parse(
      Buffer.from(
        JSON.parse(readFileSync(r.outputs['intoto-jsonl-path'], 'utf8')).dsseEnvelope.payload,
        'base64',
      ).toString(),
    );
    // the buildType defines externalParameters.workflow alone (consumers SHOULD reject unknown keys): the inputs
    // are under Provenant's own key in internalParameters, and a consumer applying that rule accepts the result
    const bd = st.predicate.buildDefinition;
    expect(bd.internalParameters['provenant.dev/workflow_inputs']).toEqual({ version: '1.2.3', dry: 'false' });
    const defined = DEFINED_EXTERNAL_PARAMETERS[bd.buildType];
    expect(Object.keys(bd.externalParameters).filter((k) => !defined.includes(k))).toEqual([]);
    // and the verifier's workflow-input policy reads them from there
    writeFileSync(join(ws, 'inputs-key.pub'), keys.publicKey);
    const policyArgs = [
      'verify',
      'out/linux/app.tar.gz',
      '--bundle',
      r.outputs['bundle-path'],
      '--key',
      'inputs-key.pub',
    ];
    const want = await runCli([...policyArgs, '--build-workflow-input', 'version=1.2.3'], { cwd: ws });
    expect(want.stdout).toMatch(/\tyes\t/);
    expect(want.code).toBe(0);
    const other = await runCli([...policyArgs, '--build-workflow-input', 'version=9'], { cwd: ws });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain("version='1.2.3' (want '9')");
    expect(bd.internalParameters.github).toEqual({
      event_name: 'workflow_dispatch',
      repository_id: '1296269',
      repository_owner_id: '583231',
      runner_environment: 'github-hosted',
    });
    const r2 = await runAction(
      'attest.js',
      {
        'subject-path': 'out/linux/app.tar.gz',
        unsigned: 'true',
        'predicate-version': 'v0.2',
        'output-dir': join(ws, 'att3'),
      },
      env,
    );
    expect(r2.code).toBe(0);
    const st2 = JSON.parse(readFileSync(r2.outputs['statement-path'], 'utf8'));
    expect(st2._type).toBe('https://in-toto.io/Statement/v0.1');
    expect(st2.predicateType).toBe('https://slsa.dev/provenance/v0.2');
    expect(st2.predicate.invocation.parameters).toEqual({ version: '1.2.3', dry: 'false' });
  });

  const bad: Array<[string, Record<string, string>, Record<string, string>, RegExp]> = [
    ['glob matching nothing', { 'subject-path': 'nope/*.zip', unsigned: 'true' }, {}, /NO_FILES_FOUND.*nope\/\*\.zip/],
    [
      'malformed checksum line',
      { 'subject-checksums': 'abc  x\nnot-a-line\n', unsigned: 'true' },
      {},
      /CHECKSUM_LINE_INVALID.*line 1/,
    ],
    [
      'malformed digest',
      { 'subject-digest': 'sha256:xyz', 'subject-name': 'n', unsigned: 'true' },
      {},
      /DIGEST_INVALID.*subject-digest/,
    ],
    [
      'unparseable key',
      { 'subject-path': 'out', 'private-key': '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' },
      {},
      /KEY_INVALID.*private-key/,
    ],
    [
      'wrong passphrase',
      { 'subject-path': 'out', 'private-key': 'ENCRYPTED', 'private-key-passphrase': 'wrong' },
      {},
      /KEY_PASSPHRASE.*private-key/,
    ],
    [
      'event file missing',
      { 'subject-path': 'out', unsigned: 'true' },
      { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      /EVENT_INVALID.*event.json/,
    ],
    [
      'event file not JSON',
      { 'subject-path': 'out', unsigned: 'true' },
      { GITHUB_EVENT_PATH: 'NOTJSON' },
      /EVENT_INVALID.*not JSON/,
    ],
    [
      'unwritable output dir',
      { 'subject-path': 'out', unsigned: 'true', 'output-dir': '/proc/provenant-cannot-write' },
      {},
      /OUTPUT_UNWRITABLE/,
    ],
    ['symlink escaping the workspace', { 'subject-path': 'escape', unsigned: 'true' }, {}, /SYMLINK_ESCAPE.*escape/],
  ];
  for (const [name, inputs, envOver, re] of bad) {
    test(`bad input: ${name} → one-line error, exit 1, no output file`, async () => {
      if (name.startsWith('symlink') && !existsSync(join(ws, 'escape')))
        symlinkSync('/etc/hostname', join(ws, 'escape'));
      const env = githubEnv(ws, pushEvent);
      if (envOver.GITHUB_EVENT_PATH === 'NOTJSON') {
        writeFileSync(env.GITHUB_EVENT_PATH, '{not json');
      } else Object.assign(env, envOver);
      const ins = { ...inputs };
      if (ins['private-key'] === 'ENCRYPTED') ins['private-key'] = keys.encrypted;
      const outDir = ins['output-dir'] ?? join(ws, `bad-${name.replace(/\W+/g, '-')}`);
      ins['output-dir'] = outDir;
      const r = await runAction('attest.js', ins, env);
      expect(r.code).toBe(1);
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(re);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
      expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
    });
  }
});

describe('CLI attest (dist/cli.js)', () => {
  test('--json, local buildType with git facts absent, key signing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prov-cli-'));
    writeFileSync(join(dir, 'a.bin'), 'A');
    writeFileSync(join(dir, 'key.pem'), keys.privateKey);
    const r = await runCli(['attest', 'a.bin', '--key', 'key.pem', '--digest', 'sha256,sha512', '--json'], {
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.subjects).toEqual([
      { name: 'a.bin', digest: { sha256: sha256('A'), sha512: createHash('sha512').update('A').digest('hex') } },
    ]);
    expect(existsSync(out.bundlePath)).toBe(true);
    const st = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(out.intotoJsonlPath, 'utf8')).dsseEnvelope.payload, 'base64').toString(),
    );
    expect(st.predicate.buildDefinition.buildType).toBe('https://provenant.dev/buildtypes/local/v1');
    expect(st.predicate.buildDefinition.externalParameters.workingDirectory).toBe(dir);
  });
  test('usage errors exit 2; --help exits 0; failures exit 1', async () => {
    expect((await runCli(['attest', '--bogus'])).code).toBe(2);
    expect((await runCli(['attest', 'x'])).code).toBe(2); // no signing choice
    const h = await runCli(['attest', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--subject-checksums/);
    const f = await runCli(['attest', 'does-not-exist-*', '--unsigned'], { cwd: tmpdir() });
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/^provenant: \[NO_FILES_FOUND\]/);
  });
});
