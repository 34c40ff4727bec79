/**
 * Issue 16 point 12: the local buildType records `source.dirty` (a working tree that differed from the commit), and
 * the verifier shows it: a passed check `source-dirty` whose detail starts with "warning: " in the table, the JSON
 * report and the verify action's annotations. It changes neither the verdict nor the level (a local build is L1 at
 * most). Provenance from a clean tree, or another buildType's look-alike field, gets no such check.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_BUILD_TYPE } from '../../src/slsa/provenance.js';
import { checkSourceState, SOURCE_DIRTY_CHECK, warningChecks } from '../../src/verify/source-state.js';
import type { CheckResult } from '../../src/verify/result.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();

beforeAll(async () => {
  await ensureBuilt();
  repo = mkdtempSync(join(tmpdir(), 'prov-dirty-'));
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'app.bin'), 'the artifact');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(repo, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(repo, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  // the attestations written beside the artifact do not make the tree dirty
  writeFileSync(join(repo, '.gitignore'), '*.intoto.jsonl\n*.sigstore.json\n*.statement.json\nout/\n');
  git('add', '.');
  git('commit', '-q', '-m', 'release');
}, 120000);

/** attest (outside GitHub Actions: the local buildType) then verify --json; returns the result of app.bin. */
async function attestAndVerify(extra: string[] = []) {
  const a = await runCli(['attest', 'app.bin', '--key', 'key.pem', ...extra], { cwd: repo });
  expect(a.code).toBe(0);
  const v = await runCli(['verify', 'app.bin', '--key', 'key.pub', '--json'], { cwd: repo });
  expect(v.code).toBe(0);
  return JSON.parse(v.stdout).results[0] as { verified: boolean; slsaLevel: number; checks: CheckResult[] };
}
const statementOf = () =>
  JSON.parse(
    Buffer.from(
      JSON.parse(readFileSync(join(repo, 'app.bin.intoto.jsonl'), 'utf8')).dsseEnvelope.payload,
      'base64',
    ).toString(),
  );

describe('a dirty working tree is shown by verify (local buildType)', () => {
  test('clean tree: dirty false recorded, no source-dirty check', async () => {
    const r = await attestAndVerify();
    expect(statementOf().predicate.buildDefinition.externalParameters.source.dirty).toBe(false);
    expect(r).toMatchObject({ verified: true, slsaLevel: 1 });
    expect(r.checks.map((c) => c.code)).not.toContain(SOURCE_DIRTY_CHECK);
    const t = await runCli(['verify', 'app.bin', '--key', 'key.pub'], { cwd: repo });
    expect(t.stdout).not.toMatch(/source-dirty|dirty working tree/);
  });

  test('dirty tree (an uncommitted change): a warning check in the JSON and the table; verdict and level unchanged', async () => {
    writeFileSync(join(repo, 'uncommitted.txt'), 'a change nobody committed');
    try {
      const r = await attestAndVerify();
      const commit = git('rev-parse', 'HEAD').trim();
      expect(statementOf().predicate.buildDefinition.externalParameters.source).toMatchObject({ commit, dirty: true });
      expect(r).toMatchObject({ verified: true, slsaLevel: 1 });
      const note = r.checks.find((c) => c.code === SOURCE_DIRTY_CHECK);
      expect(note).toEqual({
        code: 'source-dirty',
        ok: true,
        detail: expect.stringMatching(
          new RegExp(`^warning: built from a dirty working tree: .* against commit ${commit.slice(0, 12)} `),
        ),
      });
      const t = await runCli(['verify', 'app.bin', '--key', 'key.pub'], { cwd: repo });
      expect(t.code).toBe(0);
      expect(t.stdout).toMatch(/app\.bin\tyes\tL1/);
      expect(t.stdout).toMatch(/\n {2}! source-dirty: warning: built from a dirty working tree/);
      // the verify action: a warning annotation, the check in the report file
      const act = await runAction(
        'verify-action.js',
        { artifacts: 'app.bin', keys: 'key.pub', 'builder-id': 'https://provenant.dev/builders/local/v1' },
        githubEnv(repo, {}),
      );
      expect(act.code).toBe(0);
      expect(act.stdout).toMatch(/::warning::app\.bin: source-dirty: warning: built from a dirty working tree/);
      const report = JSON.parse(readFileSync(act.outputs['report-path'], 'utf8'));
      expect(report.results[0].checks).toContainEqual(expect.objectContaining({ code: 'source-dirty', ok: true }));
      // v0.2 provenance carries it in invocation.parameters: the same note
      const v02 = await attestAndVerify(['--predicate-version', 'v0.2']);
      expect(statementOf().predicate.invocation.parameters.source.dirty).toBe(true);
      expect(v02.checks.find((c) => c.code === SOURCE_DIRTY_CHECK)?.detail).toMatch(/^warning: built from a dirty/);
    } finally {
      execFileSync('rm', ['-f', join(repo, 'uncommitted.txt')]);
    }
  }, 60000);
});

describe('checkSourceState', () => {
  const st = (buildType: string, source: unknown, v = 'v1') =>
    v === 'v1'
      ? {
          _type: 'https://in-toto.io/Statement/v1',
          subject: [],
          predicateType: 'https://slsa.dev/provenance/v1',
          predicate: { buildDefinition: { buildType, externalParameters: { source } }, runDetails: {} },
        }
      : {
          _type: 'https://in-toto.io/Statement/v0.1',
          subject: [],
          predicateType: 'https://slsa.dev/provenance/v0.2',
          predicate: { buildType, invocation: { parameters: { source } } },
        };
  const run = (s: ReturnType<typeof st>) => {
    const checks: CheckResult[] = [];
    checkSourceState(s as never, checks);
    return checks;
  };
  test('only the local buildType, only dirty: true; the commit is shown only when it is hex', () => {
    expect(run(st(LOCAL_BUILD_TYPE, { commit: 'a'.repeat(40), dirty: true }))).toHaveLength(1);
    expect(run(st(LOCAL_BUILD_TYPE, { commit: 'a'.repeat(40), dirty: true }, 'v0.2'))).toHaveLength(1);
    expect(run(st(LOCAL_BUILD_TYPE, { commit: 'a'.repeat(40), dirty: false }))).toEqual([]);
    expect(run(st(LOCAL_BUILD_TYPE, { commit: 'a'.repeat(40) }))).toEqual([]); // written before `dirty` existed
    expect(run(st(LOCAL_BUILD_TYPE, { dirty: 'yes' }))).toEqual([]);
    expect(run(st('https://example.com/other/v1', { dirty: true }))).toEqual([]);
    const hostile = run(st(LOCAL_BUILD_TYPE, { commit: '\n::stop-commands::x', dirty: true }));
    expect(hostile[0].detail).not.toContain('::');
    expect(hostile[0].detail).not.toContain('\n');
    expect(warningChecks([...hostile, { code: 'x', ok: true, detail: 'fine' }])).toEqual(hostile);
  });
});
