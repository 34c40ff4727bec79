/**
 * Layout verification where the reference has no opinion or Provenant goes beyond it (see layout-reference.test.ts
 * for everything compared with in_toto_verify): DSSE links (the reference link in DSSE, link v0.3 Statements, SLSA
 * provenance standing for a step), subkeys, key ids of every form, the report and its warnings, nesting limits,
 * parameter names, inspection time limits, and links whose names or formats are wrong. Keys are generated here.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenantError } from '../../src/errors.js';
import { describePublicKey } from '../../src/intoto/keys.js';
import { verifyLayout, type LayoutReport } from '../../src/intoto/layout.js';
import { linkStatement, serializeLink, signDsse, signLegacy } from '../../src/intoto/link.js';
import type { LinkBody } from '../../src/intoto/metablock.js';
import { parseFunctionaryKey, sslibKeyIds, type LoadedFunctionaryKey } from '../../src/intoto/sslib.js';

type Body = Record<string, any>;
const K: Record<string, LoadedFunctionaryKey> = {};
let root: string;
let n = 0;

function newKey(kind: 'ed25519' | 'ec' | 'rsa'): LoadedFunctionaryKey {
  const kp =
    kind === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : kind === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : generateKeyPairSync('ed25519');
  return parseFunctionaryKey(kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, kind);
}
const pubOf = (k: LoadedFunctionaryKey): LoadedFunctionaryKey => ({ ...k, private: undefined });
const entry = (k: LoadedFunctionaryKey) => {
  const { keyid, ...rest } = k.sslib;
  return [keyid, { keyid, ...rest, keyval: { public: rest.keyval.public } }] as const;
};
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const link = (name: string, materials: Body, products: Body): LinkBody => ({
  _type: 'link',
  name,
  command: [],
  materials,
  products,
  byproducts: {},
  environment: {},
});

function layout(steps: Body[], inspect: Body[] = [], keys = Object.values(K), extra: Body = {}): Body {
  return {
    _type: 'layout',
    expires: '2099-01-01T00:00:00Z',
    readme: '',
    keys: Object.fromEntries(keys.map(entry)),
    steps,
    inspect,
    ...extra,
  };
}
const step = (
  name: string,
  who: LoadedFunctionaryKey[],
  m: string[][] = [],
  p: string[][] = [],
  extra: Body = {},
): Body => ({
  _type: 'step',
  name,
  threshold: 1,
  pubkeys: who.map((k) => k.sslib.keyid),
  expected_command: [],
  expected_materials: m,
  expected_products: p,
  ...extra,
});

/** A fresh folder with the layout signed by owner and the given files. */
function setup(l: Body, files: Record<string, unknown>): string {
  const dir = join(root, `t${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'root.layout'), JSON.stringify(signLegacy(l, K.owner)));
  for (const [f, v] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), typeof v === 'string' ? v : JSON.stringify(v));
  }
  return dir;
}
const file = (stepName: string, k: LoadedFunctionaryKey) => `${stepName}.${k.sslib.keyid.slice(0, 8)}.link`;
async function verify(dir: string, extra: Partial<Parameters<typeof verifyLayout>[0]> = {}): Promise<LayoutReport> {
  return verifyLayout({
    layoutPath: join(dir, 'root.layout'),
    layoutKeys: [pubOf(K.owner)],
    linkDir: dir,
    inspectionDir: dir,
    ...extra,
  });
}
async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof ProvenantError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'prov-layout-'));
  K.owner = newKey('ed25519');
  K.dev = newKey('ec');
  K.ci = newKey('rsa');
  K.other = newKey('ed25519');
});

describe('links in DSSE envelopes', () => {
  const h = { sha256: sha('app') };
  const strict = () =>
    layout([
      step(
        'build',
        [K.ci],
        [],
        [
          ['CREATE', 'app.tgz'],
          ['DISALLOW', '*'],
        ],
      ),
    ]);
  test('a link v0.3 Statement (provenant run), the reference link body in DSSE, SLSA provenance: each stands for the step', async () => {
    const body = link('build', {}, { 'app.tgz': h });
    const v03 = signDsse(Buffer.from(JSON.stringify(await linkStatement(body))), K.ci);
    const ite5 = signDsse(Buffer.from(JSON.stringify(body)), K.ci);
    const prov = signDsse(
      Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name: 'app.tgz', digest: h }],
          predicateType: 'https://slsa.dev/provenance/v1',
          predicate: {
            buildDefinition: { buildType: 'https://example.com/b', externalParameters: {}, resolvedDependencies: [] },
            runDetails: { builder: { id: 'https://example.com/builder' } },
          },
        }),
      ),
      K.ci,
    );
    for (const env of [v03, ite5, prov]) {
      const r = await verify(setup(strict(), { [file('build', K.ci)]: env }));
      expect(r.summary.products).toEqual({ 'app.tgz': h });
    }
  });
  test('serializeLink without products envelopes the link body (a Statement needs subjects), and it verifies', async () => {
    const warnings: string[] = [];
    const s = await serializeLink(link('check', { 'app.tgz': h }, {}), {
      key: K.ci,
      onWarning: (w) => warnings.push(w),
    });
    expect(warnings.join()).toMatch(/no products/);
    const l = layout([step('check', [K.ci], [['ALLOW', 'app.tgz']], [])]);
    await expect(verify(setup(l, { [s.fileName]: s.data }))).resolves.toBeTruthy();
  });
  test("a DSSE signature is recognised by the key's SPKI hash (provenant attest --key) and without a keyid; a wrong keyid is not", async () => {
    const env = signDsse(Buffer.from(JSON.stringify(await linkStatement(link('build', {}, { 'app.tgz': h })))), K.ci);
    const spki = describePublicKey(K.ci.verify.key).keyid;
    for (const keyid of [spki, undefined]) {
      const e = { ...env, signatures: env.signatures.map((x) => (keyid ? { ...x, keyid } : { sig: x.sig })) };
      await expect(verify(setup(strict(), { [file('build', K.ci)]: e }))).resolves.toBeTruthy();
    }
    const wrong = { ...env, signatures: env.signatures.map((x) => ({ ...x, keyid: K.other.sslib.keyid })) };
    expect(await code(verify(setup(strict(), { [file('build', K.ci)]: wrong })))).toMatch(/THRESHOLD_NOT_MET/);
  });
  test("a Statement with another predicate cannot stand for a step; a link recording another step's name does not count", async () => {
    const other = signDsse(
      Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name: 'app.tgz', digest: h }],
          predicateType: 'https://example.com/x',
          predicate: {},
        }),
      ),
      K.ci,
    );
    expect(await code(verify(setup(strict(), { [file('build', K.ci)]: other })))).toMatch(
      /LINK_INVALID.*cannot stand for a step/,
    );
    const warnings: string[] = [];
    const misnamed = signLegacy(link('test', {}, { 'app.tgz': h }) as unknown as Body, K.ci);
    expect(
      await code(verify(setup(strict(), { [file('build', K.ci)]: misnamed }), { onWarning: (w) => warnings.push(w) })),
    ).toMatch(/THRESHOLD_NOT_MET/);
    expect(warnings.join('\n')).toMatch(/it is the link of step 'test'/);
  });
});

describe('keys and thresholds', () => {
  const h = { sha256: sha('x') };
  test('subkeys: a link by a subkey counts for its main key, and two subkeys of one key count once', async () => {
    const sub1 = newKey('ed25519');
    const sub2 = newKey('ec');
    const main = { ...entry(K.dev)[1], subkeys: Object.fromEntries([sub1, sub2].map(entry)) };
    const l = layout([step('s', [K.dev])]);
    l.keys[K.dev.sslib.keyid] = main;
    const body = link('s', {}, { x: h }) as unknown as Body;
    await expect(verify(setup(l, { [file('s', sub1)]: signLegacy(body, sub1) }))).resolves.toBeTruthy();
    const l2 = { ...l, steps: [{ ...l.steps[0], threshold: 2 }] };
    const warnings: string[] = [];
    expect(
      await code(
        verify(setup(l2, { [file('s', sub1)]: signLegacy(body, sub1), [file('s', sub2)]: signLegacy(body, sub2) }), {
          onWarning: (w) => warnings.push(w),
        }),
      ),
    ).toMatch(/THRESHOLD_NOT_MET.*requires 2.*found 1/);
    expect(warnings.join('\n')).toMatch(/several subkeys/);
  });
  test('a threshold of 2 is not met by one key listed under both of its key-id forms', async () => {
    const [legacy, current] = sslibKeyIds({ ...K.ci.sslib, keyid: undefined });
    const l = layout([{ ...step('s', []), pubkeys: [legacy, current], threshold: 2 }]);
    l.keys[current] = { ...entry(K.ci)[1], keyid: current };
    const body = link('s', {}, { x: h }) as unknown as Body;
    const second = signLegacy(body, K.ci);
    second.signatures[0].keyid = current;
    const dir = setup(l, {
      [`s.${legacy.slice(0, 8)}.link`]: signLegacy(body, K.ci),
      [`s.${current.slice(0, 8)}.link`]: second,
    });
    expect(await code(verify(dir))).toMatch(/THRESHOLD_NOT_MET.*found 1/);
  });
  test('an ECDSA key is recognised under either spelling of its key type (ecdsa, ecdsa-sha2-nistp256)', async () => {
    const old = { ...K.dev.sslib, keytype: 'ecdsa-sha2-nistp256', keyid: undefined };
    const oldId = sslibKeyIds(old)[0];
    expect(sslibKeyIds({ ...K.dev.sslib, keyid: undefined })).toContain(oldId);
    const body = link('s', {}, { x: h }) as unknown as Body;
    const signed = signLegacy(body, K.dev);
    signed.signatures[0].keyid = oldId;
    await expect(
      verify(setup(layout([step('s', [K.dev])]), { [`s.${oldId.slice(0, 8)}.link`]: signed })),
    ).resolves.toBeTruthy();
  });
  test('every given layout key must have signed, and one key at least is needed', async () => {
    const l = layout([]);
    const dir = setup(l, {});
    expect(await code(verify(dir, { layoutKeys: [pubOf(K.owner), pubOf(K.dev)] }))).toMatch(
      /LAYOUT_SIGNATURE.*not signed by layout key/,
    );
    expect(await code(verify(dir, { layoutKeys: [] }))).toMatch(/USAGE/);
  });
});

describe('the report', () => {
  test('steps with their links and key ids, inspections, warnings, and the summary link', async () => {
    const h = { sha256: sha('a') };
    const l = layout(
      [
        step('a', [K.dev], [], [['CREATE', 'a']], { expected_command: ['make'] }),
        step('b', [K.ci], [['MATCH', 'a', 'WITH', 'PRODUCTS', 'FROM', 'a']], []),
      ],
      [{ _type: 'inspection', name: 'look', run: ['true'], expected_materials: [], expected_products: [] }],
    );
    const la = { ...link('a', {}, { a: h }), command: ['make', 'all'], byproducts: { 'return-value': 0 } };
    const lb = { ...link('b', { a: h }, { 'b.out': h }), command: ['pack'] };
    const warnings: string[] = [];
    const r = await verify(
      setup(l, { [file('a', K.dev)]: signLegacy(la, K.dev), [file('b', K.ci)]: signLegacy(lb, K.ci) }),
      { onWarning: (w) => warnings.push(w) },
    );
    expect(r.steps).toEqual([
      { name: 'a', links: [expect.stringMatching(/a\.\w{8}\.link$/)], keyids: [K.dev.sslib.keyid] },
      { name: 'b', links: [expect.stringMatching(/b\.\w{8}\.link$/)], keyids: [K.ci.sslib.keyid] },
    ]);
    expect(r.inspections).toEqual([{ name: 'look', command: ['true'], returnValue: 0 }]);
    expect(r.warnings).toEqual(warnings);
    expect(warnings).toEqual([
      "step 'a': command [make all] differs from the expected [make]",
      "step 'b': command [pack] differs from the expected []",
    ]);
    expect(r.summary).toMatchObject({ _type: 'link', materials: {}, products: { 'b.out': h }, command: ['pack'] });
  });
  test('a rule failure names the step, the rule and the artifacts', async () => {
    const l = layout([
      step(
        'a',
        [K.dev],
        [],
        [
          ['CREATE', 'a'],
          ['DISALLOW', '*'],
        ],
      ),
    ]);
    const dir = setup(l, {
      [file('a', K.dev)]: signLegacy(
        link('a', {}, { a: { sha256: 'aa' }, 'b c': { sha256: 'bb' }, z: { sha256: 'cc' } }) as unknown as Body,
        K.dev,
      ),
    });
    expect(await code(verify(dir))).toBe(
      "RULE_FAILED: step 'a': expected_products rule 'DISALLOW *' matched 'b c', 'z' (not consumed by an earlier rule)",
    );
  });
});

describe('limits and bad input', () => {
  test('a step name that is not a file name is LAYOUT_INVALID: links are never read from outside the link folder', async () => {
    for (const name of ['../outside', 'a/b', '..', '.', '', 'x\\y', 'new\nline']) {
      // refused when the layout is checked, before any link file is looked for
      const dir = setup(layout([step(name, [K.dev])]), {});
      expect(await code(verify(dir))).toMatch(/LAYOUT_INVALID.*is not a file name/);
    }
  });
  test('parameter names as the reference allows them; a parameter in a command that is not a string', async () => {
    const dir = setup(layout([step('a', [K.dev], [], [['ALLOW', '{X}']])]), {
      [file('a', K.dev)]: signLegacy(link('a', {}, {}) as unknown as Body, K.dev),
    });
    expect(await code(verify(dir, { params: { 'X Y': 'v' } }))).toMatch(/USAGE.*parameter name 'X Y'/);
    await expect(verify(dir, { params: { X: 'v' } })).resolves.toBeTruthy();
    const dir2 = setup(layout([step('a', [K.dev], [], [], { expected_command: ['make', 3] })]), {
      [file('a', K.dev)]: signLegacy(link('a', {}, {}) as unknown as Body, K.dev),
    });
    expect(await code(verify(dir2, { params: {} }))).toMatch(/LAYOUT_INVALID.*not a string/);
    await expect(verify(dir2)).resolves.toBeTruthy();
  });
  test('an inspection that does not finish in time fails', async () => {
    const dir = setup(
      layout(
        [],
        [{ _type: 'inspection', name: 'slow', run: ['sleep', '5'], expected_materials: [], expected_products: [] }],
      ),
      {},
    );
    expect(await code(verify(dir, { inspectionTimeout: 0.3 }))).toMatch(
      /INSPECTION_FAILED.*did not finish within 0.3s/,
    );
  });
  test('sublayouts nested without end are cut off', async () => {
    // a sublayout that names itself: package.<id8>/package.<id8>.link …
    const sub = layout([step('s', [K.dev])], [], [K.dev]);
    const signed = signLegacy(sub, K.dev);
    const files: Record<string, unknown> = {};
    let p = '';
    for (let i = 0; i < 20; i++) {
      files[`${p}${file('s', K.dev)}`] = signed;
      p += `s.${K.dev.sslib.keyid.slice(0, 8)}/`;
    }
    const dir = setup(layout([step('s', [K.dev])]), files);
    expect(await code(verify(dir, { allowSublayouts: true }))).toMatch(/LAYOUT_INVALID.*nested more than 16 deep/);
  });
  test('link files that are not links: a folder of that name is skipped, a GPG signature or bad hex is LINK_INVALID', async () => {
    const l = layout([step('a', [K.dev], [], [])]);
    const dir = setup(l, {});
    mkdirSync(join(dir, file('a', K.dev)));
    expect(await code(verify(dir))).toMatch(/THRESHOLD_NOT_MET.*found 0/);
    const body = link('a', {}, {}) as unknown as Body;
    const gpg = { signed: body, signatures: [{ keyid: 'ab', signature: 'cd', other_headers: 'ef' }] };
    expect(await code(verify(setup(l, { [file('a', K.dev)]: gpg })))).toMatch(/LINK_INVALID.*GPG/);
    const nothex = { signed: body, signatures: [{ keyid: K.dev.sslib.keyid, sig: 'xyz' }] };
    expect(await code(verify(setup(l, { [file('a', K.dev)]: nothex })))).toMatch(/LINK_INVALID.*hex sig/);
    expect(
      await code(verify(setup(l, { [file('a', K.dev)]: { signed: { ...body, materials: [] }, signatures: [] } }))),
    ).toMatch(/LINK_INVALID.*materials is not an object/);
  });
  test('a layout missing fields or with an impossible date is LAYOUT_INVALID before anything runs', async () => {
    expect(await code(verify(setup({ ...layout([]), expires: '2099-13-01T00:00:00Z' }, {})))).toMatch(
      /LAYOUT_INVALID.*expires/,
    );
    expect(await code(verify(setup({ ...layout([]), keys: { 'not-hex': {} } }, {})))).toMatch(
      /LAYOUT_INVALID.*not hex/,
    );
    expect(await code(verify(setup({ ...layout([step('a', [K.dev])]), readme: 3 }, {})))).toMatch(
      /LAYOUT_INVALID.*readme/,
    );
  });
});
