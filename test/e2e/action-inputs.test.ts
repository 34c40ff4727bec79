// The actions and the CLI name things alike: each action accepts the CLI's name of an input (key, min-level,
// digest, …), messages name the input the workflow used, the verify action has the CLI's policy inputs, and both
// actions read booleans as GitHub does (true/True/TRUE, false/False/FALSE; anything else is a clear error).
import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Ajv2020Module from 'ajv/dist/2020.js';
import { CORPUS, REPO_ROOT } from '../support/paths.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

const Ajv2020 = ((m: any) =>
  typeof m === 'function' ? m : typeof m.default === 'function' ? m.default : m.default.default)(Ajv2020Module);
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
for (const f of ['cli-common', 'cli-verify'])
  ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', `${f}.json`), 'utf8')));

let ws: string;
const TRUST = join(CORPUS, 'trust', 'public-good', 'trusted_root.json');

beforeAll(async () => {
  await ensureBuilt();
  ws = mkdtempSync(join(tmpdir(), 'prov-inputs-'));
  writeFileSync(join(ws, 'app.tgz'), 'release');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(ws, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(ws, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  expect((await runCli(['attest', 'app.tgz', '--key', 'key.pem'], { cwd: ws })).code).toBe(0);
  copyFileSync(join(CORPUS, 'slsa-verifier', 'slsa-bcr-module-bazel', 'MODULE.bazel'), join(ws, 'MODULE.bazel'));
  copyFileSync(
    join(CORPUS, 'slsa-verifier', 'slsa-bcr-module-bazel', 'MODULE.bazel.intoto.jsonl'),
    join(ws, 'MODULE.bazel.intoto.jsonl'),
  );
}, 120000);

const verify = (inputs: Record<string, string>) => runAction('verify-action.js', inputs, githubEnv(ws, {}));
const outcome = (r: { code: number; outputs: Record<string, string> }) => ({
  code: r.code,
  verified: r.outputs.verified,
  level: r.outputs['slsa-level'],
});

describe('verify action inputs', () => {
  test("the CLI's names are aliases: key = keys, min-level = min-slsa-level, bundle = bundles", async () => {
    const ours = outcome(
      await verify({ artifacts: 'app.tgz', keys: 'key.pub', 'min-slsa-level': '1', bundles: 'app.tgz.sigstore.json' }),
    );
    expect(ours).toEqual({ code: 0, verified: 'true', level: '1' });
    expect(
      outcome(
        await verify({ artifacts: 'app.tgz', key: 'key.pub', 'min-level': '1', bundle: 'app.tgz.sigstore.json' }),
      ),
    ).toEqual(ours);
    const low = outcome(await verify({ artifacts: 'app.tgz', keys: 'key.pub', 'min-slsa-level': '2' }));
    expect(outcome(await verify({ artifacts: 'app.tgz', key: 'key.pub', 'min-level': '2' }))).toEqual(low);
    expect(low.code).toBe(1);
  });

  test('messages name the input used; the same input under two names with different values is an error', async () => {
    const a = await verify({ artifacts: 'app.tgz', keys: 'key.pub', 'min-level': '7' });
    expect(a.code).toBe(1);
    expect(a.stdout).toMatch(/::error::\[USAGE\] min-level: '7' is not 0-3/);
    const b = await verify({ artifacts: 'app.tgz', keys: 'key.pub', 'min-slsa-level': '7' });
    expect(b.stdout).toMatch(/::error::\[USAGE\] min-slsa-level: '7' is not 0-3/);
    const both = await verify({ artifacts: 'app.tgz', keys: 'key.pub', key: 'other.pub' });
    expect(both.code).toBe(1);
    expect(both.stdout).toMatch(/keys and key name the same input/);
  });

  test('booleans as GitHub reads them: True and TRUE work, yes is an error naming the input', async () => {
    await runCli(['attest', 'app.tgz', '--unsigned', '--output-name', 'plain'], { cwd: ws });
    for (const t of ['true', 'True', 'TRUE']) {
      expect(
        outcome(await verify({ artifacts: 'app.tgz', bundles: 'plain.statement.json', 'allow-unsigned': t })),
      ).toEqual({ code: 0, verified: 'true', level: '1' });
    }
    expect(
      outcome(await verify({ artifacts: 'app.tgz', bundles: 'plain.statement.json', 'allow-unsigned': 'False' })).code,
    ).toBe(1);
    const yes = await verify({ artifacts: 'app.tgz', bundles: 'plain.statement.json', 'allow-unsigned': 'yes' });
    expect(yes.code).toBe(1);
    expect(yes.stdout).toMatch(
      /::error::\[INPUT_INVALID\] allow-unsigned: 'yes' is not a boolean \(true, True, TRUE, false, False or FALSE\)/,
    );
  });

  test("the CLI's policy inputs: owner, signer-repo, predicate-type, cert-oidc-issuer-regex, build-type, policy", async () => {
    // a certificate needs an identity constraint (source-repo here); each case adds its own check
    const base = { artifacts: 'MODULE.bazel', 'trusted-root': TRUST, 'source-repo': 'aspect-build/rules_lint' };
    expect(
      outcome(
        await verify({
          ...base,
          owner: 'aspect-build',
          'signer-repo': 'bazel-contrib/publish-to-bcr',
          'predicate-type': 'slsaprovenance1',
          'cert-oidc-issuer-regex': '^https://token\\.actions\\.',
        }),
      ),
    ).toEqual({ code: 0, verified: 'true', level: '2' });
    for (const bad of <Array<Record<string, string>>>[
      { owner: 'octo' },
      { 'signer-repo': 'octo/app' },
      { 'predicate-type': 'slsaprovenance02' },
      { 'cert-oidc-issuer-regex': '^https://gitlab' },
      { 'build-type': 'https://example.com/other' },
    ]) {
      const r = await verify({ ...base, ...bad });
      expect({ bad, code: r.code, verified: r.outputs.verified }).toEqual({ bad, code: 1, verified: 'false' });
    }
    writeFileSync(
      join(ws, 'policy.json'),
      JSON.stringify({
        builders: { 'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml': 3 },
      }),
    );
    expect(outcome(await verify({ ...base, policy: 'policy.json' }))).toEqual({
      code: 0,
      verified: 'true',
      level: '3',
    });
  });

  test('the report file is the document of provenant verify --json (schemas/cli-verify.json); a missing artifact is one failed verdict', async () => {
    const r = await verify({ artifacts: 'app.tgz\ngone.tgz', keys: 'key.pub' });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    const v = ajv.getSchema('https://provenant.dev/schemas/cli-verify.json')!;
    expect({ ok: v(report), errors: v.errors ?? null }).toEqual({ ok: true, errors: null });
    expect(report.results.map((x: { artifact: string; verified: boolean }) => [x.artifact, x.verified])).toEqual([
      ['app.tgz', true],
      ['gone.tgz', false],
    ]);
    expect(r.stdout).toMatch(/::error::gone\.tgz: artifact: \[FILE_NOT_FOUND\]/);
  });
});

describe("progress in the actions' logs", () => {
  test('long work prints a plain progress line every interval (here 1 ms) in the log', async () => {
    const many = mkdtempSync(join(ws, 'many-'));
    for (let i = 0; i < 30; i++) writeFileSync(join(many, `a${i}.bin`), `artifact ${i}`);
    const rel = many.slice(ws.length + 1);
    expect((await runCli(['attest', `${rel}/*.bin`, '--unsigned', '--output-name', 'many'], { cwd: ws })).code).toBe(0);
    const env = { ...githubEnv(ws, {}), PROVENANT_PROGRESS_INTERVAL_MS: '1' };
    const r = await runAction(
      'verify-action.js',
      { artifacts: `${rel}/*.bin`, bundles: 'many.statement.json', 'allow-unsigned': 'true' },
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^provenant: (hashing|verifying): \d+\/\d+ (files|attestations) \(\d+%\), \d+s$/m);
    expect(r.stdout).not.toMatch(/\x1b\[K/);
  });
});

describe('attest action inputs', () => {
  const attest = (inputs: Record<string, string>) =>
    runAction(
      'attest.js',
      {
        'subject-path': 'app.tgz',
        publish: 'files',
        'output-dir': join(ws, `att-${Math.random().toString(36).slice(2)}`),
        ...inputs,
      },
      githubEnv(ws, { repository: { visibility: 'public' } }),
    );

  test('key = private-key, digest = digest-algorithms', async () => {
    const a = await attest({ key: join(ws, 'key.pem'), digest: 'sha512' });
    expect(a.code).toBe(0);
    const b = await attest({ 'private-key': join(ws, 'key.pem'), 'digest-algorithms': 'sha512' });
    expect(b.code).toBe(0);
    const payload = (line: { payload?: string; dsseEnvelope?: { payload: string } }) =>
      line.dsseEnvelope?.payload ?? line.payload ?? '';
    const subjects = (r: typeof a) =>
      JSON.parse(
        Buffer.from(payload(JSON.parse(readFileSync(r.outputs['intoto-jsonl-path'], 'utf8'))), 'base64').toString(),
      ).subject;
    expect(subjects(a)).toEqual(subjects(b));
    expect(Object.keys(subjects(a)[0].digest)).toEqual(['sha512']);
    // the action.yml default of digest-algorithms (sha256) does not override the alias
    const c = await attest({ key: join(ws, 'key.pem'), 'digest-algorithms': 'sha256', digest: 'sha512' });
    expect(subjects(c)).toEqual(subjects(a));
  });

  test('errors name the input used; booleans as the verify action reads them', async () => {
    const d = await attest({ key: join(ws, 'key.pem'), digest: 'md5' });
    expect(d.code).toBe(1);
    expect(d.stdout).toMatch(/::error::\[INPUT_INVALID\] digest: unsupported algorithm 'md5'/);
    const u = await attest({ unsigned: 'TRUE' });
    expect(u.code).toBe(0);
    expect(u.outputs['statement-path']).toMatch(/\.statement\.json$/);
    const y = await attest({ unsigned: 'yes' });
    expect(y.code).toBe(1);
    expect(y.stdout).toMatch(/::error::\[INPUT_INVALID\] unsigned: 'yes' is not a boolean/);
  });
});
