import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, TEST_VECTORS } from '../support/paths.js';
import { validateStatement, schemaErrors } from '../../src/schemas/index.js';

interface Case {
  id: string;
  path: string;
  kind: string;
  expect: string;
}
const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as { cases: Case[] };

/** Every DSSE envelope inside a corpus document: bundle, bare envelope, .intoto.jsonl lines, npm attestations doc. */
function envelopes(doc: unknown): Array<{ payloadType: string; payload: string }> {
  const out: Array<{ payloadType: string; payload: string }> = [];
  const visit = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.payloadType === 'string' && typeof o.payload === 'string')
      out.push(o as { payloadType: string; payload: string });
    else if (o.dsseEnvelope) visit(o.dsseEnvelope);
    else if (Array.isArray(o.attestations))
      for (const a of o.attestations) visit((a as Record<string, unknown>).bundle);
  };
  visit(doc);
  return out;
}

function readDocs(path: string): unknown[] {
  const text = readFileSync(join(CORPUS, path), 'utf8');
  try {
    return [JSON.parse(text)];
  } catch {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => {
        try {
          return [JSON.parse(l)];
        } catch {
          return [];
        }
      });
  }
}

describe('every Statement in the corpus validates against our schemas', () => {
  const statements: Array<{ id: string; expect: string; st: unknown }> = [];
  for (const c of manifest.cases) {
    if (!['sigstore-bundle', 'dsse-envelope', 'intoto-jsonl'].includes(c.kind)) continue;
    for (const doc of readDocs(c.path)) {
      for (const env of envelopes(doc)) {
        if (!env.payloadType.startsWith('application/vnd.in-toto')) continue;
        let st: unknown;
        try {
          st = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'));
        } catch {
          continue; // a tampered payload that is not JSON: not a Statement
        }
        if ((st as { _type?: string })._type === 'link') continue; // legacy in-toto link in DSSE
        statements.push({ id: c.id, expect: c.expect, st });
      }
    }
  }

  test('statements of cases expected valid all validate; failures among invalid cases are listed', () => {
    const failures: string[] = [];
    let ok = 0;
    for (const { id, expect: e, st } of statements) {
      try {
        validateStatement(st, id);
        ok++;
      } catch (err) {
        failures.push(`${e === 'valid' ? 'VALID CASE ' : ''}${(err as Error).message}`);
      }
    }
    // eslint-disable-next-line no-console
    console.log(`corpus statements: ${statements.length}, schema-valid: ${ok}\n${failures.join('\n')}`);
    expect(statements.length).toBeGreaterThan(40);
    expect(failures.filter((f) => f.startsWith('VALID CASE'))).toEqual([]);
  });

  test('the buildtype examples validate', () => {
    const dir = join(TEST_VECTORS, 'github-buildtype-examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(2);
    for (const f of files) {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const st = doc.predicate
        ? doc
        : {
            _type: 'https://in-toto.io/Statement/v1',
            subject: [{ name: 'x', digest: { sha256: 'a'.repeat(64) } }],
            predicateType: 'https://slsa.dev/provenance/v1',
            predicate: doc,
          };
      expect(() => validateStatement(st, f)).not.toThrow();
    }
  });
});

describe('hand-made invalid statements fail with the JSON path of the fault', () => {
  const good = () => ({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'a', digest: { sha256: 'a'.repeat(64) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: { ref: 'refs/heads/main', repository: 'https://github.com/o/r', path: '.github/workflows/r.yml' },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '1',
            repository_owner_id: '2',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/o/r@refs/heads/main', digest: { gitCommit: 'b'.repeat(40) } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/o/r/.github/workflows/r.yml@refs/heads/main' },
        metadata: { invocationId: 'x', finishedOn: '2026-01-01T00:00:00Z' },
      },
    },
  });
  const cases: Array<[string, (s: ReturnType<typeof good>) => void, RegExp]> = [
    [
      'missing subject digest',
      (s) => delete (s.subject[0] as Record<string, unknown>).digest,
      /\/subject\/0\/digest: is required/,
    ],
    ['bad sha256 length', (s) => (s.subject[0].digest.sha256 = 'abc'), /\/subject\/0\/digest\/sha256/],
    ['uppercase hex', (s) => (s.subject[0].digest.sha256 = 'A'.repeat(64)), /\/subject\/0\/digest\/sha256/],
    ['wrong _type', (s) => (s._type = 'https://in-toto.io/Statement/v2'), /\/_type: must be one of/],
    ['empty subject', (s) => (s.subject = []), /\/subject/],
    [
      'missing buildType',
      (s) => delete (s.predicate.buildDefinition as Record<string, unknown>).buildType,
      /\/predicate\/buildDefinition\/buildType: is required/,
    ],
    [
      'GitHub buildType without workflow.ref',
      (s) => delete (s.predicate.buildDefinition.externalParameters.workflow as Record<string, unknown>).ref,
      /\/predicate\/buildDefinition\/externalParameters\/workflow\/ref: is required/,
    ],
    [
      'numeric repository_id',
      (s) => ((s.predicate.buildDefinition.internalParameters.github as Record<string, unknown>).repository_id = 1),
      /repository_id/,
    ],
    [
      'bad timestamp',
      (s) => (s.predicate.runDetails.metadata.finishedOn = '2026-01-01 00:00'),
      /\/predicate\/runDetails\/metadata\/finishedOn/,
    ],
    [
      'missing builder id',
      (s) => delete (s.predicate.runDetails.builder as Record<string, unknown>).id,
      /\/predicate\/runDetails\/builder\/id: is required/,
    ],
    ['predicate missing', (s) => delete (s as Record<string, unknown>).predicate, /\/predicate: is required/],
  ];
  for (const [name, mutate, re] of cases) {
    test(name, () => {
      const s = good();
      expect(() => validateStatement(s, 'ok')).not.toThrow();
      mutate(s);
      expect(() => validateStatement(s, 'doc')).toThrow(re);
      expect(() => validateStatement(s, 'doc')).toThrow(expect.objectContaining({ code: 'SCHEMA_INVALID' }));
    });
  }
  test('VSA with a bad verificationResult and a link without name', () => {
    const vsa = {
      verifier: { id: 'https://provenant.dev/verifier/v1' },
      resourceUri: 'x',
      verificationResult: 'OK',
      verifiedLevels: ['SLSA_BUILD_LEVEL_2'],
    };
    expect(schemaErrors('vsa-v1', vsa).join()).toMatch(/\/verificationResult: must be one of/);
    expect(schemaErrors('vsa-v1', { ...vsa, verificationResult: 'PASSED' })).toEqual([]);
    expect(
      schemaErrors('vsa-v1', { ...vsa, verificationResult: 'PASSED', verifiedLevels: ['SLSA_BUILD_LEVEL_X'] }).length,
    ).toBeGreaterThan(0);
    expect(schemaErrors('link-v0.3', { command: [] }).join()).toMatch(/\/name: is required/);
  });
});
