// dist/ validates with ajv standalone code generated at build time (scripts/build.mjs), the sources with ajv compiling
// the schemas: both must give the same verdicts and the same messages.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateStatement } from '../../src/schemas/index.js';
import { LINK_V03, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1, VSA_V1 } from '../../src/intoto/statement.js';
import { ensureBuilt, runCli } from '../support/runner.js';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-precompiled-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const subject = (name: string, data: string) => [
  { name, digest: { sha256: createHash('sha256').update(data).digest('hex') } },
];
const st = (predicateType: string, predicate: unknown, extra: Record<string, unknown> = {}) => ({
  _type: 'https://in-toto.io/Statement/v1',
  predicateType,
  predicate,
  ...extra,
});

const CASES: Array<[string, (name: string, data: string) => unknown]> = [
  [
    'valid SLSA v1',
    (n, d) =>
      st(
        SLSA_PROVENANCE_V1,
        {
          buildDefinition: { buildType: 'https://x.example/t', externalParameters: {} },
          runDetails: { builder: { id: 'https://x.example/b' } },
        },
        { subject: subject(n, d) },
      ),
  ],
  [
    'SLSA v1, wrong types and missing fields',
    (n, d) =>
      st(
        SLSA_PROVENANCE_V1,
        {
          buildDefinition: { buildType: 5, externalParameters: [] },
          runDetails: { builder: {}, metadata: { startedOn: 'yesterday' } },
        },
        { subject: subject(n, d) },
      ),
  ],
  [
    'SLSA v1, bad resource descriptors',
    (n, d) =>
      st(
        SLSA_PROVENANCE_V1,
        {
          buildDefinition: {
            buildType: 'https://x.example/t',
            externalParameters: {},
            resolvedDependencies: [{ digest: { sha256: 'nothex' } }, {}],
          },
          runDetails: { builder: { id: 'https://x.example/b' } },
        },
        { subject: subject(n, d) },
      ),
  ],
  [
    'SLSA v0.2, missing builder',
    (n, d) =>
      st(
        SLSA_PROVENANCE_V02,
        { buildType: 'https://x.example/t' },
        { _type: 'https://in-toto.io/Statement/v0.1', subject: subject(n, d) },
      ),
  ],
  [
    'link v0.3, wrong shapes',
    (n, d) => st(LINK_V03, { name: 7, command: 'make', materials: {} }, { subject: subject(n, d) }),
  ],
  [
    'VSA v1, bad result',
    (n, d) =>
      st(
        VSA_V1,
        {
          verifier: { id: 'https://v.example' },
          timeVerified: 'now',
          resourceUri: 'file:x',
          policy: {},
          verificationResult: 'MAYBE',
          verifiedLevels: ['L9'],
        },
        { subject: subject(n, d) },
      ),
  ],
  [
    'Statement: a subject without digest, unknown _type',
    (n) => ({
      _type: 'https://in-toto.io/Statement/v9',
      subject: [{ name: n, digest: {} }],
      predicateType: 'https://x.example/p',
    }),
  ],
];

describe('standalone validators in dist/ vs ajv on the sources', () => {
  test('same verdict and message for every case', async () => {
    const expected: string[] = [];
    CASES.forEach(([, make], i) => {
      const name = `a${i}.txt`;
      const doc = make(name, `data ${i}`);
      writeFileSync(join(dir, name), `data ${i}`);
      writeFileSync(join(dir, `${name}.statement.json`), JSON.stringify(doc));
      try {
        validateStatement(doc, 'src');
        expected.push('valid');
      } catch (e) {
        expected.push((e as Error).message.replace(/^src: /, ''));
      }
    });
    expect(expected.filter((e) => e === 'valid')).toHaveLength(1);
    const r = await runCli(['verify', '--allow-unsigned', '--json', ...CASES.map((_, i) => `a${i}.txt`)], { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      results: Array<{ artifact: string; checks: Array<{ code: string; ok: boolean; detail: string }> }>;
    };
    CASES.forEach(([label], i) => {
      const res = report.results.find((x) => x.artifact === `a${i}.txt`)!;
      const schema = res.checks.find((c) => c.code === 'schema');
      if (expected[i] === 'valid') {
        expect([label, schema?.ok ?? true]).toEqual([label, true]);
      } else {
        expect([label, schema?.ok]).toEqual([label, false]);
        expect([label, schema!.detail.replace(/^\[SCHEMA_INVALID\] a\d\.txt\.statement\.json payload: /, '')]).toEqual([
          label,
          expected[i],
        ]);
      }
    });
  });
});
