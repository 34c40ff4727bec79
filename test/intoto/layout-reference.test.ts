/**
 * Layout verification against the reference implementation itself: each scenario below (the demo supply chain, then
 * one change at a time: signatures, key ids, expiry, thresholds, tampered links and artifacts, rules, inspections,
 * parameters, sublayouts, malformed metadata) is written to its own folder and verified twice, by
 * in_toto.verifylib.in_toto_verify (Debian in-toto 1.3.1 through /usr/bin/python3, in one process for all
 * scenarios) and by verifyLayout, each in its own copy (inspections write into the folder). The outcome must agree:
 * pass, or fail with the corresponding error (LayoutExpiredError ↔ LAYOUT_EXPIRED, RuleVerificationError ↔
 * RULE_FAILED, …). The few places where Provenant deliberately differs are tested at the end, with the reason.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenantError } from '../../src/errors.js';
import { verifyLayout } from '../../src/intoto/layout.js';
import { signLegacy } from '../../src/intoto/link.js';
import { loadFunctionaryKey, sslibKeyIds, type LoadedFunctionaryKey } from '../../src/intoto/sslib.js';
import { TEST_VECTORS } from '../support/paths.js';

const DEMO = join(TEST_VECTORS, 'in-toto-demo');
let root: string;
let keyDir: string;
const K: Record<string, LoadedFunctionaryKey> = {}; // private keys by name
const PUB: Record<string, string> = {}; // public key file by name
const TYPE: Record<string, string> = {}; // key type for the Python loader

type Body = Record<string, any>;
type Meta = { signed: Body; signatures: Array<{ keyid: string; sig: string }> };

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const layoutKey = (name: string) => {
  const { keyid, ...rest } = K[name].sslib;
  return [keyid, { keyid, ...rest, keyval: { public: rest.keyval.public } }] as const;
};
const id = (name: string) => K[name].sslib.keyid;
const sign = (body: Body, ...signers: string[]): Meta => {
  const out: Meta = { signed: body, signatures: [] };
  for (const s of signers) out.signatures.push(...signLegacy(body, K[s]).signatures);
  return out;
};
const link = (name: string, materials: Body, products: Body, command: string[] = []): Body => ({
  _type: 'link',
  name,
  command,
  materials,
  products,
  byproducts: { stdout: '', stderr: '', 'return-value': 0 },
  environment: {},
});
const step = (name: string, keys: string[], m: string[][], p: string[][], extra: Body = {}): Body => ({
  _type: 'step',
  name,
  threshold: 1,
  pubkeys: keys.map(id),
  expected_command: [],
  expected_materials: m,
  expected_products: p,
  ...extra,
});
const inspection = (name: string, run: string[], m: string[][], p: string[][]): Body => ({
  _type: 'inspection',
  name,
  run,
  expected_materials: m,
  expected_products: p,
});
const layoutBody = (steps: Body[], inspect: Body[], keys: string[], extra: Body = {}): Body => ({
  _type: 'layout',
  expires: '2099-01-01T00:00:00Z',
  readme: '',
  keys: Object.fromEntries(keys.map(layoutKey)),
  steps,
  inspect,
  ...extra,
});

interface Scenario {
  name: string;
  /** Writes the scenario into dir (links and artifacts in dir/work, the layout at dir/root.layout). */
  build(dir: string): { layoutKeys: string[]; params?: Record<string, string> };
}

/** The demo supply chain: files, links, layout; `mutate` hooks change one thing. */
interface Chain {
  work: string;
  foo: string;
  tgz: Buffer;
  layout: Body;
  links: Record<string, { body: Body; signer: string; meta?: Meta; file?: string }>;
}

function baseChain(dir: string): Chain {
  const work = join(dir, 'work');
  mkdirSync(work, { recursive: true });
  const foo = 'print("hello")\n';
  writeFileSync(join(work, 'foo.py'), foo);
  execFileSync('tar', ['zcf', 'foo.tar.gz', 'foo.py'], { cwd: work });
  rmSync(join(work, 'foo.py')); // the inspection extracts it again
  const tgz = readFileSync(join(work, 'foo.tar.gz'));
  const h = { 'foo.py': { sha256: sha(foo) }, 'foo.tar.gz': { sha256: sha(tgz) } };
  return {
    work,
    foo,
    tgz,
    layout: layoutBody(
      [
        step(
          'write-code',
          ['bob'],
          [],
          [
            ['CREATE', 'foo.py'],
            ['DISALLOW', '*'],
          ],
        ),
        step(
          'package',
          ['carl'],
          [
            ['MATCH', 'foo.py', 'WITH', 'PRODUCTS', 'FROM', 'write-code'],
            ['DISALLOW', '*'],
          ],
          [
            ['CREATE', 'foo.tar.gz'],
            ['ALLOW', 'foo.py'],
            ['DISALLOW', '*'],
          ],
          { expected_command: ['tar', 'zcvf', 'foo.tar.gz', 'foo.py'] },
        ),
      ],
      [
        inspection(
          'untar',
          ['tar', 'xfz', 'foo.tar.gz'],
          [
            ['MATCH', 'foo.tar.gz', 'WITH', 'PRODUCTS', 'FROM', 'package'],
            ['DISALLOW', '*'],
          ],
          [
            ['MATCH', 'foo.py', 'WITH', 'PRODUCTS', 'FROM', 'write-code'],
            ['MATCH', 'foo.tar.gz', 'WITH', 'PRODUCTS', 'FROM', 'package'],
            ['DISALLOW', '*'],
          ],
        ),
      ],
      ['bob', 'carl'],
    ),
    links: {
      'write-code': { body: link('write-code', {}, { 'foo.py': h['foo.py'] }), signer: 'bob' },
      package: {
        body: link('package', { 'foo.py': h['foo.py'] }, { 'foo.py': h['foo.py'], 'foo.tar.gz': h['foo.tar.gz'] }, [
          'tar',
          'zcvf',
          'foo.tar.gz',
          'foo.py',
        ]),
        signer: 'carl',
      },
    },
  };
}

function writeChain(dir: string, c: Chain, layoutSigners: string[] = ['alice'], layoutMeta?: Meta): void {
  for (const [stepName, l] of Object.entries(c.links)) {
    const meta = l.meta ?? sign(l.body, l.signer);
    writeFileSync(join(c.work, l.file ?? `${stepName}.${id(l.signer).slice(0, 8)}.link`), JSON.stringify(meta));
  }
  writeFileSync(join(dir, 'root.layout'), JSON.stringify(layoutMeta ?? sign(c.layout, ...layoutSigners)));
}

/** A scenario that starts from the demo chain; `change` edits it before it is written. */
function chainScenario(
  name: string,
  change: (
    c: Chain,
    dir: string,
  ) => { signers?: string[]; layoutKeys?: string[]; params?: Record<string, string>; layoutMeta?: Meta } | undefined,
): Scenario {
  return {
    name,
    build(dir) {
      const c = baseChain(dir);
      const r = change(c, dir) ?? {};
      writeChain(dir, c, r.signers, r.layoutMeta);
      return { layoutKeys: r.layoutKeys ?? ['alice'], params: r.params };
    },
  };
}

const tamper = (m: Meta, f: (m: Meta) => void): Meta => {
  const copy = JSON.parse(JSON.stringify(m)) as Meta;
  f(copy);
  return copy;
};

const SCENARIOS: Scenario[] = [
  chainScenario('the demo chain', () => undefined),
  // layout signatures and expiry
  chainScenario('layout signed by another key', () => ({ signers: ['bob'] })),
  chainScenario('layout not signed', () => ({ signers: [] })),
  chainScenario('layout signed by two keys, both required', () => ({
    signers: ['alice', 'danny'],
    layoutKeys: ['alice', 'danny'],
  })),
  chainScenario('layout signed by one key, two required', () => ({
    signers: ['alice'],
    layoutKeys: ['alice', 'danny'],
  })),
  chainScenario('layout edited after signing', (c) => ({
    layoutMeta: tamper(sign(c.layout, 'alice'), (m) => (m.signed.readme = 'changed')),
  })),
  chainScenario("layout signature's keyid changed", (c) => ({
    layoutMeta: tamper(sign(c.layout, 'alice'), (m) => (m.signatures[0].keyid = id('bob'))),
  })),
  chainScenario('layout: a bad signature by the key first, a good one after it', (c) => ({
    layoutMeta: tamper(sign(c.layout, 'alice'), (m) =>
      m.signatures.unshift({ keyid: m.signatures[0].keyid, sig: sign(c.layout, 'bob').signatures[0].sig }),
    ),
  })),
  chainScenario('layout: a good signature after an unrelated one', (c) => ({
    layoutMeta: tamper(sign(c.layout, 'alice'), (m) => m.signatures.unshift(sign(c.layout, 'bob').signatures[0])),
  })),
  chainScenario('layout expired', (c) => void (c.layout.expires = '2020-01-01T00:00:00Z')),
  chainScenario('layout expires field malformed', (c) => void (c.layout.expires = '2099-01-01 00:00:00')),
  chainScenario('layout expires on an impossible date', (c) => void (c.layout.expires = '2099-02-30T00:00:00Z')),
  // links: presence, signatures, authorization
  chainScenario('a link is missing', (c) => void delete c.links.package),
  chainScenario('a link signed by an unauthorized key (its own name)', (c) => void (c.links.package.signer = 'bob')),
  chainScenario(
    'a link signed by the wrong key under the authorized name',
    (c) =>
      void (c.links.package = { ...c.links.package, signer: 'bob', file: `package.${id('carl').slice(0, 8)}.link` }),
  ),
  chainScenario(
    'a link edited after signing',
    (c) =>
      void (c.links.package.meta = tamper(
        sign(c.links.package.body, 'carl'),
        (m) => (m.signed.products['foo.tar.gz'].sha256 = '0'.repeat(64)),
      )),
  ),
  chainScenario(
    "a link signature's keyid changed",
    (c) =>
      void (c.links.package.meta = tamper(
        sign(c.links.package.body, 'carl'),
        (m) => (m.signatures[0].keyid = id('bob')),
      )),
  ),
  chainScenario(
    'a link signed twice, the right key second',
    (c) => void (c.links.package.meta = tamper(sign(c.links.package.body, 'bob', 'carl'), () => undefined)),
  ),
  chainScenario(
    'a link with a non-hex digest',
    (c) =>
      void (c.links.package.meta = sign(
        {
          ...c.links.package.body,
          products: { ...c.links.package.body.products, 'foo.tar.gz': { sha256: 'not-hex' } },
        },
        'carl',
      )),
  ),
  chainScenario('a link that is not JSON', (c, dir) => {
    c.links.package.file = 'ignored.link';
    writeFileSync(join(c.work, `package.${id('carl').slice(0, 8)}.link`), '{"signed": ');
    void dir;
  }),
  chainScenario('an ed25519 functionary (securesystemslib JSON key)', (c) => {
    c.layout.keys = Object.fromEntries(['bob', 'danny'].map(layoutKey));
    c.layout.steps[1].pubkeys = [id('danny')];
    c.links.package.signer = 'danny';
  }),
  chainScenario('an ECDSA functionary (in-toto-keygen key)', (c) => {
    c.layout.keys = Object.fromEntries(['bob', 'erin'].map(layoutKey));
    c.layout.steps[1].pubkeys = [id('erin')];
    c.links.package.signer = 'erin';
  }),
  chainScenario('keys listed under the current key-id form, links named and signed with it', (c) => {
    const current = (n: string) => sslibKeyIds({ ...K[n].sslib, keyid: undefined })[1];
    c.layout.keys = Object.fromEntries(
      ['bob', 'carl'].map((n) => [current(n), { ...layoutKey(n)[1], keyid: current(n) }]),
    );
    c.layout.steps[0].pubkeys = [current('bob')];
    c.layout.steps[1].pubkeys = [current('carl')];
    for (const [s, n] of [
      ['write-code', 'bob'],
      ['package', 'carl'],
    ]) {
      const m = sign(c.links[s].body, n);
      m.signatures[0].keyid = current(n);
      c.links[s].meta = m;
      c.links[s].file = `${s}.${current(n).slice(0, 8)}.link`;
    }
  }),
  // thresholds
  chainScenario('threshold 2, two agreeing links', (c) => {
    c.layout.keys = Object.fromEntries(['bob', 'carl', 'danny'].map(layoutKey));
    c.layout.steps[1].pubkeys = [id('carl'), id('danny')];
    c.layout.steps[1].threshold = 2;
    c.links['package-danny'] = {
      body: c.links.package.body,
      signer: 'danny',
      file: `package.${id('danny').slice(0, 8)}.link`,
    };
  }),
  chainScenario('threshold 2, one link', (c) => {
    c.layout.keys = Object.fromEntries(['bob', 'carl', 'danny'].map(layoutKey));
    c.layout.steps[1].pubkeys = [id('carl'), id('danny')];
    c.layout.steps[1].threshold = 2;
  }),
  chainScenario('threshold 2, two links that disagree', (c) => {
    c.layout.keys = Object.fromEntries(['bob', 'carl', 'danny'].map(layoutKey));
    c.layout.steps[1].pubkeys = [id('carl'), id('danny')];
    c.layout.steps[1].threshold = 2;
    c.links['package-danny'] = {
      body: { ...c.links.package.body, products: { ...c.links.package.body.products, 'extra.txt': { sha256: 'ab' } } },
      signer: 'danny',
      file: `package.${id('danny').slice(0, 8)}.link`,
    };
  }),
  chainScenario('threshold 2, the second link badly signed', (c) => {
    c.layout.keys = Object.fromEntries(['bob', 'carl', 'danny'].map(layoutKey));
    c.layout.steps[1].pubkeys = [id('carl'), id('danny')];
    c.layout.steps[1].threshold = 2;
    c.links['package-danny'] = {
      body: c.links.package.body,
      signer: 'bob',
      file: `package.${id('danny').slice(0, 8)}.link`,
    };
  }),
  chainScenario('threshold 2 met by the same key listed twice', (c) => {
    c.layout.steps[1].pubkeys = [id('carl'), id('carl')];
    c.layout.steps[1].threshold = 2;
  }),
  chainScenario('threshold 0 and no link', (c) => {
    c.layout.steps[0].threshold = 0;
    delete c.links['write-code'];
  }),
  chainScenario('threshold 0 with its link', (c) => void (c.layout.steps[0].threshold = 0)),
  chainScenario('threshold as a string', (c) => void (c.layout.steps[0].threshold = '1')),
  // artifacts and rules
  chainScenario('a product replaced after the step (inspection rule)', (c) => {
    writeFileSync(join(c.work, 'foo.py'), 'print("evil")\n');
    execFileSync('tar', ['zcf', 'foo.tar.gz', 'foo.py'], { cwd: c.work });
    rmSync(join(c.work, 'foo.py'));
  }),
  chainScenario(
    'a product the layout disallows (DISALLOW *)',
    (c) => void (c.links.package.body.products['evil.sh'] = { sha256: sha('curl evil | sh') }),
  ),
  chainScenario(
    'a material that does not match the previous step (MATCH, then DISALLOW)',
    (c) => void (c.links.package.body.materials['foo.py'] = { sha256: sha('other') }),
  ),
  chainScenario('digests in another key order still match', (c) => {
    const both = { sha512: 'ab'.repeat(64), sha256: sha(c.foo) };
    c.links['write-code'].body.products['foo.py'] = both;
    c.links.package.body.materials['foo.py'] = { sha256: both.sha256, sha512: both.sha512 };
    c.links.package.body.products['foo.py'] = { sha256: both.sha256, sha512: both.sha512 };
    c.layout.inspect[0].expected_products = [['ALLOW', '*']];
  }),
  chainScenario(
    'REQUIRE of a product that is there',
    (c) => void c.layout.steps[1].expected_products.unshift(['REQUIRE', 'foo.tar.gz']),
  ),
  chainScenario(
    'REQUIRE of a product that is not there',
    (c) => void c.layout.steps[1].expected_products.unshift(['REQUIRE', 'foo.zip']),
  ),
  chainScenario(
    'REQUIRE after the artifact was consumed',
    (c) => void c.layout.steps[1].expected_products.splice(1, 0, ['REQUIRE', 'foo.tar.gz']),
  ),
  chainScenario('MATCH with IN prefixes on both sides', (c) => {
    const h = c.links['write-code'].body.products['foo.py'];
    c.links['write-code'].body.products = { 'src/foo.py': h };
    c.links.package.body.materials = { 'build/foo.py': h };
    c.layout.steps[0].expected_products = [
      ['CREATE', 'src/*'],
      ['DISALLOW', '*'],
    ];
    c.layout.steps[1].expected_materials = [
      ['MATCH', '*', 'IN', 'build', 'WITH', 'PRODUCTS', 'IN', 'src', 'FROM', 'write-code'],
      ['DISALLOW', '*'],
    ];
    c.layout.inspect[0].expected_products = [
      ['MATCH', 'foo.tar.gz', 'WITH', 'PRODUCTS', 'FROM', 'package'],
      ['ALLOW', 'foo.py'],
      ['DISALLOW', '*'],
    ];
  }),
  chainScenario(
    'MATCH against a step that has no link (consumes nothing)',
    (c) =>
      void (c.layout.steps[1].expected_materials = [
        ['MATCH', 'foo.py', 'WITH', 'PRODUCTS', 'FROM', 'nowhere'],
        ['DISALLOW', '*'],
      ]),
  ),
  chainScenario('hyphenated file names and globs', (c) => {
    const h = { sha256: sha(c.tgz) };
    c.links.package.body.products = { 'foo.py': c.links.package.body.products['foo.py'], 'foo-1.0.tar.gz': h };
    c.layout.steps[1].expected_products = [
      ['CREATE', 'foo-*.tar.gz'],
      ['ALLOW', 'foo.py'],
      ['DISALLOW', '*'],
    ];
    c.layout.inspect = [];
  }),
  chainScenario('MODIFY and DELETE', (c) => {
    c.links.package.body.materials = {
      'a.txt': { sha256: 'aa' },
      'b.txt': { sha256: 'bb' },
      'foo.py': c.links.package.body.materials['foo.py'],
    };
    c.links.package.body.products = {
      'a.txt': { sha256: 'cc' },
      'foo.tar.gz': c.links.package.body.products['foo.tar.gz'],
      'foo.py': c.links.package.body.products['foo.py'],
    };
    c.layout.steps[1].expected_materials = [
      ['MATCH', 'foo.py', 'WITH', 'PRODUCTS', 'FROM', 'write-code'],
      ['MODIFY', 'a.txt'],
      ['DELETE', 'b.txt'],
      ['DISALLOW', '*'],
    ];
    c.layout.steps[1].expected_products = [
      ['CREATE', 'foo.tar.gz'],
      ['MODIFY', 'a.txt'],
      ['ALLOW', 'foo.py'],
      ['DISALLOW', '*'],
    ];
  }),
  chainScenario(
    'a malformed rule',
    (c) => void c.layout.steps[1].expected_products.push(['MATCH', 'x', 'WITH', 'STUFF', 'FROM', 'y']),
  ),
  chainScenario(
    'a rule keyword with a dotless i',
    (c) =>
      void (c.layout.steps[1].expected_materials = [
        ['MATCH', 'foo.py', 'ın', 'x', 'WITH', 'PRODUCTS', 'FROM', 'write-code'],
      ]),
  ),
  chainScenario('two steps with the same name', (c) => void c.layout.steps.push({ ...c.layout.steps[1] })),
  chainScenario(
    'a command different from the expected one (a warning only)',
    (c) => void (c.layout.steps[1].expected_command = ['make', 'dist']),
  ),
  // inspections
  chainScenario('an inspection that fails', (c) => void (c.layout.inspect[0].run = ['tar', 'xfz', 'missing.tar.gz'])),
  chainScenario(
    'an inspection whose command does not exist',
    (c) => void (c.layout.inspect[0].run = ['no-such-command-here']),
  ),
  chainScenario(
    'an inspection that creates a file its rules disallow',
    (c) =>
      void c.layout.inspect.push(
        inspection('stamp', ['sh', '-c', 'echo x > stamp.txt'], [['ALLOW', '*']], [['DISALLOW', 'stamp.txt']]),
      ),
  ),
  chainScenario(
    'inspection rules that refer to an earlier inspection',
    (c) =>
      void c.layout.inspect.push(
        inspection(
          'check',
          ['true'],
          [
            ['MATCH', 'foo.py', 'WITH', 'PRODUCTS', 'FROM', 'untar'],
            ['DISALLOW', 'foo.py'],
          ],
          [],
        ),
      ),
  ),
  // parameters
  chainScenario('parameters given', (c) => {
    c.layout.steps[1].expected_products = [
      ['CREATE', '{ARCHIVE}'],
      ['ALLOW', 'foo.py'],
      ['DISALLOW', '*'],
    ];
    c.layout.inspect[0].run = ['tar', 'xfz', '{ARCHIVE}'];
    return { params: { ARCHIVE: 'foo.tar.gz' } };
  }),
  chainScenario('parameters: a wrong value', (c) => {
    c.layout.steps[1].expected_products = [
      ['CREATE', '{ARCHIVE}'],
      ['ALLOW', 'foo.py'],
      ['DISALLOW', '*'],
    ];
    return { params: { ARCHIVE: 'other.tgz' } };
  }),
  chainScenario('parameters: one missing', (c) => {
    c.layout.steps[1].expected_products = [
      ['CREATE', '{ARCHIVE}'],
      ['ALLOW', 'foo.py'],
      ['DISALLOW', '*'],
    ];
    return { params: { OTHER: 'x' } };
  }),
  chainScenario('parameters: braces, a format spec and a hyphenated name', (c) => {
    c.layout.steps[1].expected_products = [
      ['CREATE', '{NAME-X:.3}.tar.gz'],
      ['ALLOW', '{{foo}}'],
      ['ALLOW', 'foo.py'],
      ['DISALLOW', '*'],
    ];
    return { params: { 'NAME-X': 'foobar' } };
  }),
  chainScenario(
    'parameters: braces without parameters are literal',
    (c) => void c.layout.steps[1].expected_products.unshift(['ALLOW', '{x}']),
  ),
];

/** A sublayout: carl performs package through a layout of his own, whose functionary is bob. */
function sublayoutScenario(name: string, change: (sub: { layout: Body; link: Body; dir: string }) => void): Scenario {
  return {
    name,
    build(dir) {
      const c = baseChain(dir);
      const subLayout = layoutBody(
        [
          step(
            'tarball',
            ['bob'],
            [['ALLOW', 'foo.py']],
            [
              ['CREATE', 'foo.tar.gz'],
              ['ALLOW', 'foo.py'],
              ['DISALLOW', '*'],
            ],
          ),
        ],
        [],
        ['bob'],
      );
      const subLink = { ...c.links.package.body, name: 'tarball' };
      const subDir = join(c.work, `package.${id('carl').slice(0, 8)}`);
      mkdirSync(subDir);
      const sub: { layout: Body; link: Body; dir: string } = { layout: subLayout, link: subLink, dir: subDir };
      change(sub);
      c.links.package.meta = sign(sub.layout, 'carl');
      const { _signer, ...body } = sub.link;
      mkdirSync(sub.dir, { recursive: true });
      writeFileSync(
        join(sub.dir, `tarball.${id('bob').slice(0, 8)}.link`),
        JSON.stringify(sign(body, _signer ?? 'bob')),
      );
      writeChain(dir, c);
      return { layoutKeys: ['alice'] };
    },
  };
}

SCENARIOS.push(
  sublayoutScenario('a sublayout', () => undefined),
  sublayoutScenario(
    'a sublayout whose step reports another archive',
    (s) => void (s.link.products = { ...s.link.products, 'foo.tar.gz': { sha256: '0'.repeat(64) } }),
  ),
  sublayoutScenario(
    "a sublayout's link signed by carl instead of bob",
    (s) => void (s.link = { ...s.link, _signer: 'carl' }),
  ),
  sublayoutScenario('a sublayout without its link folder', (s) => void (s.dir = join(s.dir, 'elsewhere'))),
  sublayoutScenario(
    'a sublayout whose rule fails',
    (s) => void s.layout.steps[0].expected_products.unshift(['REQUIRE', 'missing']),
  ),
  sublayoutScenario('an expired sublayout', (s) => void (s.layout.expires = '2020-01-01T00:00:00Z')),
  sublayoutScenario(
    'a sublayout with a brace in a rule (no parameters in sublayouts)',
    (s) => void s.layout.steps[0].expected_products.unshift(['ALLOW', '{x}']),
  ),
);

const PY = `
import json, os, sys, logging
logging.disable(logging.CRITICAL)
from securesystemslib import interface
from in_toto.models.metadata import Metablock
from in_toto.verifylib import in_toto_verify
out = []
for s in json.load(sys.stdin):
    os.chdir(s['dir'])
    try:
        keys = {}
        for path, kind in s['keys']:
            k = interface.import_rsa_publickey_from_file(path) if kind == 'rsa' else interface.import_publickeys_from_file([path], [kind])
            keys.update({k['keyid']: k} if kind == 'rsa' else k)
        layout = Metablock.load(s['layout'])
        in_toto_verify(layout, keys, link_dir_path=s['dir'], substitution_parameters=s['params'])
        out.append('ok')
    except Exception as e:
        out.append(type(e).__name__)
print(json.dumps(out))`;

const CODE_OF: Record<string, string[]> = {
  ok: ['ok'],
  SignatureVerificationError: ['LAYOUT_SIGNATURE'],
  LayoutExpiredError: ['LAYOUT_EXPIRED'],
  LinkNotFoundError: ['THRESHOLD_NOT_MET'],
  ThresholdVerificationError: ['THRESHOLD_NOT_MET'],
  RuleVerificationError: ['RULE_FAILED'],
  BadReturnValueError: ['INSPECTION_FAILED'],
  FileNotFoundError: ['INSPECTION_FAILED'],
  FormatError: ['LAYOUT_INVALID', 'LINK_INVALID', 'JSON_INVALID'],
  JSONDecodeError: ['LINK_INVALID', 'JSON_INVALID'],
  KeyError: ['LAYOUT_INVALID'],
  IndexError: ['THRESHOLD_NOT_MET'],
  ValueError: ['LAYOUT_INVALID'],
};

/** Provenant's verdict; sublayouts allowed, as the reference always does (refusing them is tested in layout-sandbox). */
async function ours(dir: string, keys: string[], params?: Record<string, string>): Promise<string> {
  try {
    await verifyLayout({
      layoutPath: join(dir, '..', 'root.layout'),
      layoutKeys: keys.map((k) => loadFunctionaryKey(PUB[k])),
      linkDir: dir,
      inspectionDir: dir,
      params,
      allowSublayouts: true,
    });
    return 'ok';
  } catch (e) {
    if (e instanceof ProvenantError) return e.code;
    throw e;
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'prov-layout-ref-'));
  keyDir = join(root, 'keys');
  mkdirSync(keyDir);
  for (const n of ['alice', 'bob', 'carl']) {
    K[n] = loadFunctionaryKey(join(DEMO, n));
    PUB[n] = join(DEMO, `${n}.pub`);
    TYPE[n] = 'rsa';
  }
  K.danny = loadFunctionaryKey(join(DEMO, 'danny'));
  PUB.danny = join(DEMO, 'danny.pub');
  TYPE.danny = 'ed25519';
  execFileSync('/usr/bin/in-toto-keygen', ['-t', 'ecdsa', join(keyDir, 'erin')], { cwd: keyDir });
  K.erin = loadFunctionaryKey(join(keyDir, 'erin'));
  PUB.erin = join(keyDir, 'erin.pub');
  TYPE.erin = 'ecdsa';
}, 60000);

describe('verifyLayout agrees with in_toto_verify, scenario by scenario', () => {
  test(`${SCENARIOS.length} scenarios`, async () => {
    const runs = SCENARIOS.map((s, i) => {
      const dir = join(root, `s${i}`);
      mkdirSync(dir);
      const r = s.build(dir);
      // each verifier gets its own copy (inspections extract files into it)
      for (const who of ['py', 'ts']) {
        mkdirSync(join(dir, who));
        cpSync(join(dir, 'work'), join(dir, who, 'work'), { recursive: true });
        cpSync(join(dir, 'root.layout'), join(dir, who, 'root.layout'));
      }
      return { s, dir, ...r };
    });
    const reference = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', PY], {
        input: JSON.stringify(
          runs.map((r) => ({
            dir: join(r.dir, 'py', 'work'),
            layout: join(r.dir, 'py', 'root.layout'),
            keys: r.layoutKeys.map((k) => [PUB[k], TYPE[k]]),
            params: r.params ?? null,
          })),
        ),
        maxBuffer: 64 * 1024 * 1024,
      }).toString(),
    ) as string[];
    const rows: string[] = [];
    const disagree: string[] = [];
    for (let i = 0; i < runs.length; i++) {
      const got = await ours(join(runs[i].dir, 'ts', 'work'), runs[i].layoutKeys, runs[i].params);
      const expected = CODE_OF[reference[i]] ?? [`(unmapped ${reference[i]})`];
      const ok = expected.includes(got);
      rows.push(`${ok ? 'agree   ' : 'DISAGREE'} ${runs[i].s.name}: reference ${reference[i]}, provenant ${got}`);
      if (!ok) disagree.push(rows[rows.length - 1]);
    }
    console.log(rows.join('\n'));
    expect(disagree).toEqual([]);
    // the matrix has both outcomes in plenty
    expect(reference.filter((x) => x === 'ok').length).toBeGreaterThan(10);
    expect(reference.filter((x) => x !== 'ok').length).toBeGreaterThan(25);
  }, 300000);
});

describe('where Provenant deliberately differs from in-toto 1.3.1', () => {
  async function both(
    name: string,
    change: (c: Chain, dir: string) => void,
  ): Promise<{ reference: string; provenant: string }> {
    const dir = join(root, `diff-${name}`);
    mkdirSync(dir);
    const c = baseChain(dir);
    change(c, dir);
    writeChain(dir, c);
    for (const who of ['py', 'ts']) {
      mkdirSync(join(dir, who));
      cpSync(join(dir, 'work'), join(dir, who, 'work'), { recursive: true });
      cpSync(join(dir, 'root.layout'), join(dir, who, 'root.layout'));
    }
    const reference = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', PY], {
        input: JSON.stringify([
          {
            dir: join(dir, 'py', 'work'),
            layout: join(dir, 'py', 'root.layout'),
            keys: [[PUB.alice, 'rsa']],
            params: null,
          },
        ]),
      }).toString(),
    )[0];
    return { reference, provenant: await ours(join(dir, 'ts', 'work'), ['alice']) };
  }
  test("a link recording another step's name is not accepted for a step (the reference takes any link under the file name)", async () => {
    // bob performs both steps; his write-code link copied as the package link would pass the reference's signature
    // check, so the rules of one step would be applied to another step's evidence
    const r = await both('name', (c) => {
      c.layout.steps[1].pubkeys = [id('bob')];
      c.layout.steps[1].expected_materials = [];
      c.layout.steps[1].expected_products = [];
      c.layout.inspect = [];
      c.links.package = { body: c.links['write-code'].body, signer: 'bob' };
    });
    expect(r).toEqual({ reference: 'ok', provenant: 'THRESHOLD_NOT_MET' });
  });
  test('fields the reference model does not know (in-toto-golang rootcas): the signature covers the bytes as signed', async () => {
    // in-toto 1.3.1 re-serializes its model (dropping unknown fields) before checking the signature; in-toto-golang and
    // Provenant check the signed bytes, so the corpus case intoto-go-demo-layout verifies
    const r = await both('extra', (c) => void (c.layout.rootcas = {}));
    expect(r).toEqual({ reference: 'SignatureVerificationError', provenant: 'ok' });
  });
  test('a link file named by the key id form the layout does not use is found (both forms are recognised)', async () => {
    const r = await both(
      'form',
      (c) =>
        void (c.links.package.file = `package.${sslibKeyIds({ ...K.carl.sslib, keyid: undefined })[1].slice(0, 8)}.link`),
    );
    expect(r).toEqual({ reference: 'LinkNotFoundError', provenant: 'ok' });
  });
});
