/**
 * What a layout may make the verifying machine do (issue 16, points 3 and 4):
 *  - a functionary authorised for a step can hand in a layout signed with its key instead of a link; that sublayout
 *    (and its inspections) is verified only when the root layout allows it for the step
 *    (`"provenant.dev/allow-sublayout": true`) or the verifier does (`allowSublayouts`), otherwise SUBLAYOUT_REFUSED
 *    names the step and the file, and nothing of it runs;
 * (The inspections' environment is tested through dist/cli.js and the verify action: test/e2e/layout-sandbox.test.ts.)
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenantError } from '../../src/errors.js';
import { layoutFromDescription } from '../../src/commands/layout.js';
import { verifyLayout } from '../../src/intoto/layout.js';
import { signLegacy } from '../../src/intoto/link.js';
import { parseFunctionaryKey, type LoadedFunctionaryKey } from '../../src/intoto/sslib.js';

type Body = Record<string, any>;
const K: Record<string, LoadedFunctionaryKey> = {};
let root: string;
let n = 0;

const newKey = (): LoadedFunctionaryKey =>
  parseFunctionaryKey(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    'ed25519',
  );
const pubOf = (k: LoadedFunctionaryKey): LoadedFunctionaryKey => ({ ...k, private: undefined });
const entry = (k: LoadedFunctionaryKey) => {
  const { keyid, ...rest } = k.sslib;
  return [keyid, { keyid, ...rest, keyval: { public: rest.keyval.public } }] as const;
};
const id8 = (k: LoadedFunctionaryKey) => k.sslib.keyid.slice(0, 8);
const layout = (steps: Body[], inspect: Body[], keys: LoadedFunctionaryKey[]): Body => ({
  _type: 'layout',
  expires: '2099-01-01T00:00:00Z',
  readme: '',
  keys: Object.fromEntries(keys.map(entry)),
  steps,
  inspect,
});
const step = (name: string, who: LoadedFunctionaryKey, extra: Body = {}): Body => ({
  _type: 'step',
  name,
  threshold: 1,
  pubkeys: [who.sslib.keyid],
  expected_command: [],
  expected_materials: [],
  expected_products: [],
  ...extra,
});
const inspection = (name: string, run: string[]): Body => ({
  _type: 'inspection',
  name,
  run,
  expected_materials: [],
  expected_products: [],
});
const link = (name: string): Body => ({
  _type: 'link',
  name,
  command: [],
  materials: {},
  products: {},
  byproducts: {},
  environment: {},
});

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof ProvenantError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

/**
 * The root layout (owner) lets dev perform 'build'; dev hands in, instead of a link, a sublayout signed with dev's key
 * whose inspection writes 'pwned' into the inspection folder (and whose one step, 'inner', dev performs).
 */
function sublayoutChain(buildExtra: Body = {}): string {
  const dir = join(root, `s${n++}`);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'root.layout'),
    JSON.stringify(signLegacy(layout([step('build', K.dev, buildExtra)], [], [K.owner, K.dev]), K.owner)),
  );
  const sub = layout([step('inner', K.dev)], [inspection('payload', ['sh', '-c', 'echo ran > pwned'])], [K.dev]);
  writeFileSync(join(dir, `build.${id8(K.dev)}.link`), JSON.stringify(signLegacy(sub, K.dev)));
  mkdirSync(join(dir, `build.${id8(K.dev)}`));
  writeFileSync(
    join(dir, `build.${id8(K.dev)}`, `inner.${id8(K.dev)}.link`),
    JSON.stringify(signLegacy(link('inner'), K.dev)),
  );
  return dir;
}
const verify = (dir: string, extra: Partial<Parameters<typeof verifyLayout>[0]> = {}) =>
  verifyLayout({
    layoutPath: join(dir, 'root.layout'),
    layoutKeys: [pubOf(K.owner)],
    linkDir: dir,
    inspectionDir: dir,
    ...extra,
  });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'prov-layout-sandbox-'));
  K.owner = newKey();
  K.dev = newKey();
});

describe('sublayouts run only when allowed (issue 16 point 3)', () => {
  test("a functionary's sublayout is refused by default: SUBLAYOUT_REFUSED names the step and the file, its inspection never runs", async () => {
    const dir = sublayoutChain();
    const r = await outcome(verify(dir));
    expect(r).toMatch(/^SUBLAYOUT_REFUSED: /);
    expect(r).toContain(`step 'build'`);
    expect(r).toContain(join(dir, `build.${id8(K.dev)}.link`));
    expect(r).toMatch(/--allow-sublayouts/);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });
  test('the verifier allows it: for every step, or for that step by name (another step named does not)', async () => {
    const all = sublayoutChain();
    expect(await outcome(verify(all, { allowSublayouts: true }))).toBe('ok');
    expect(readFileSync(join(all, 'pwned'), 'utf8')).toBe('ran\n');
    const named = sublayoutChain();
    expect(await outcome(verify(named, { allowSublayouts: ['build'] }))).toBe('ok');
    const other = sublayoutChain();
    expect(await outcome(verify(other, { allowSublayouts: ['test'] }))).toMatch(/^SUBLAYOUT_REFUSED: .*step 'build'/);
    expect(existsSync(join(other, 'pwned'))).toBe(false);
  });
  test('the root layout allows it for the step ("provenant.dev/allow-sublayout": true, signed by the owner)', async () => {
    const dir = sublayoutChain({ 'provenant.dev/allow-sublayout': true });
    const r = await verify(dir);
    expect(r.steps).toEqual([
      { name: 'build', links: [join(dir, `build.${id8(K.dev)}.link`)], keyids: [K.dev.sslib.keyid] },
    ]);
    expect(existsSync(join(dir, 'pwned'))).toBe(true);
    // anything but true is not an opt-in
    const no = sublayoutChain({ 'provenant.dev/allow-sublayout': 'yes' });
    expect(await outcome(verify(no))).toMatch(/^LAYOUT_INVALID: .*provenant\.dev\/allow-sublayout/);
  });
  test("a sublayout nested in an allowed sublayout needs its own allowance (the verifier's flag for all steps, or the sublayout's field)", async () => {
    // dev's sublayout delegates 'inner' once more, to a sub-sublayout signed by dev
    const make = (innerExtra: Body) => {
      const dir = join(root, `nested${n++}`);
      mkdirSync(dir);
      writeFileSync(
        join(dir, 'root.layout'),
        JSON.stringify(
          signLegacy(
            layout([step('build', K.dev, { 'provenant.dev/allow-sublayout': true })], [], [K.owner, K.dev]),
            K.owner,
          ),
        ),
      );
      const d1 = join(dir, `build.${id8(K.dev)}`);
      mkdirSync(join(d1, `inner.${id8(K.dev)}`), { recursive: true });
      writeFileSync(
        join(dir, `build.${id8(K.dev)}.link`),
        JSON.stringify(signLegacy(layout([step('inner', K.dev, innerExtra)], [], [K.dev]), K.dev)),
      );
      writeFileSync(
        join(d1, `inner.${id8(K.dev)}.link`),
        JSON.stringify(
          signLegacy(
            layout([step('leaf', K.dev)], [inspection('deep', ['sh', '-c', 'echo ran > deep'])], [K.dev]),
            K.dev,
          ),
        ),
      );
      writeFileSync(
        join(d1, `inner.${id8(K.dev)}`, `leaf.${id8(K.dev)}.link`),
        JSON.stringify(signLegacy(link('leaf'), K.dev)),
      );
      return dir;
    };
    const refused = make({});
    expect(await outcome(verify(refused))).toMatch(/^SUBLAYOUT_REFUSED: sublayout of step 'build'.*step 'inner'/);
    expect(existsSync(join(refused, 'deep'))).toBe(false);
    expect(await outcome(verify(make({ 'provenant.dev/allow-sublayout': true })))).toBe('ok');
    expect(await outcome(verify(make({}), { allowSublayouts: true }))).toBe('ok');
    // a step named by the verifier is a step of the root layout only
    expect(await outcome(verify(make({}), { allowSublayouts: ['build', 'inner'] }))).toMatch(
      /^SUBLAYOUT_REFUSED: .*step 'inner'/,
    );
  });
});

describe('authoring the opt-in', () => {
  test("layout new: 'sublayout: true' on a step writes the field; anything but a boolean is LAYOUT_INVALID", async () => {
    const dir = join(root, `author${n++}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'dev.pub'), JSON.stringify(entry(K.dev)[1]));
    const desc = (sublayout: unknown) => ({
      keys: { dev: 'dev.pub' },
      steps: [{ name: 'build', functionaries: ['dev'], sublayout }],
    });
    const l = layoutFromDescription(desc(true), dir) as Body;
    expect(l.steps[0]['provenant.dev/allow-sublayout']).toBe(true);
    expect((layoutFromDescription(desc(undefined), dir) as Body).steps[0]).not.toHaveProperty(
      'provenant.dev/allow-sublayout',
    );
    expect(() => layoutFromDescription(desc('yes'), dir)).toThrow(/sublayout is not true or false/);
  });
});
