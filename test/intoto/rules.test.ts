import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fnmatch } from '../../src/intoto/fnmatch.js';
import { applyRules, unpackRule } from '../../src/intoto/rules.js';
import type { LinkBody } from '../../src/intoto/metablock.js';

const link = (name: string, materials: Record<string, string>, products: Record<string, string>): LinkBody => ({
  _type: 'link',
  name,
  command: [],
  materials: Object.fromEntries(Object.entries(materials).map(([k, v]) => [k, { sha256: v }])),
  products: Object.fromEntries(Object.entries(products).map(([k, v]) => [k, { sha256: v }])),
  byproducts: {},
  environment: {},
});

describe('Python fnmatch semantics (checked against /usr/bin/python3 at test time)', () => {
  const cases: Array<[string, string]> = [
    ['foo.py', '*.py'],
    ['dir/foo.py', '*.py'],
    ['a/b/c', 'a*c'],
    ['abc', 'a?c'],
    ['a/c', 'a?c'],
    ['abc', '[ab]bc'],
    ['cbc', '[!ab]bc'],
    ['[x', '[x'],
    ['a-b', 'a[-]b'],
    ['b', '[a-c]'],
    ['d', '[a-c]'],
    ['foo', 'FOO'],
    ['x]', 'x]'],
    ['a]', '[]a]'],
    [']', '[]a]'],
    ['.hidden', '*'],
    ['', '*'],
    ['ab', 'a[]b'],
    ['a!b', 'a[!]b'],
    ['a.b', 'a.b'],
    ['axb', 'a.b'],
    ['a+b', 'a+b'],
    ['a(b', 'a(b'],
    ['x/y.tar.gz', '*.tar.gz'],
    ['\\', '\\'],
    ['ü.txt', '?.txt'],
    ['src/a^b', 'src/a^b'],
    ['$x', '$x'],
    ['a{b}', 'a{b}'],
    ['Z', '[!a-z]'],
    ['-', '[a-]'],
    ['b', '[a-]'],
  ];
  test(`${cases.length} names and patterns agree with Python`, () => {
    const py = execFileSync(
      '/usr/bin/python3',
      ['-c', 'import fnmatch,json,sys; print(json.dumps([fnmatch.fnmatch(n,p) for n,p in json.load(sys.stdin)]))'],
      { input: JSON.stringify(cases) },
    ).toString();
    const expected = JSON.parse(py) as boolean[];
    expect(cases.map(([n, p]) => fnmatch(n, p))).toEqual(expected);
  });
});

describe('rules', () => {
  test('parsing: every form of the grammar, keywords case-insensitive; malformed rules are LAYOUT_INVALID', () => {
    expect(unpackRule(['MATCH', '*.py', 'WITH', 'PRODUCTS', 'FROM', 'write-code'], 'r')).toEqual({
      type: 'match',
      pattern: '*.py',
      sourcePrefix: '',
      destType: 'products',
      destPrefix: '',
      destName: 'write-code',
    });
    expect(
      unpackRule(['match', '*', 'IN', 'src', 'with', 'materials', 'in', 'build/src', 'from', 'x'], 'r'),
    ).toMatchObject({ sourcePrefix: 'src', destType: 'materials', destPrefix: 'build/src', destName: 'x' });
    expect(unpackRule(['require', 'foo'], 'r')).toEqual({ type: 'require', pattern: 'foo' });
    for (const bad of [
      [],
      ['CREATE'],
      ['MATCH', 'x', 'WITH', 'STUFF', 'FROM', 'y'],
      ['MATCH', 'x', 'FROM', 'y'],
      ['ALLOW', 'a', 'b'],
      ['EXPLODE', 'x'],
      'ALLOW x',
      [1, 2],
    ]) {
      expect(() => unpackRule(bad, 'step s')).toThrow(/LAYOUT_INVALID|malformed rule|list of strings/);
    }
  });
  test('CREATE, DELETE, MODIFY consume only what they describe; DISALLOW fails on the rest; implicit ALLOW *', () => {
    const links = { s: link('s', { kept: 'a', gone: 'b', changed: 'c' }, { kept: 'a', changed: 'd', made: 'e' }) };
    expect(() =>
      applyRules(
        's',
        'products',
        [
          ['CREATE', 'made'],
          ['MODIFY', 'changed'],
          ['ALLOW', 'kept'],
          ['DISALLOW', '*'],
        ],
        links,
        'step',
      ),
    ).not.toThrow();
    expect(() =>
      applyRules(
        's',
        'products',
        [
          ['CREATE', 'made'],
          ['DISALLOW', '*'],
        ],
        links,
        'step',
      ),
    ).toThrow(/step 's': expected_products rule 'DISALLOW \*' matched 'changed', 'kept'/);
    expect(() =>
      applyRules(
        's',
        'products',
        [
          ['CREATE', 'kept'],
          ['DISALLOW', 'kept'],
        ],
        links,
        'step',
      ),
    ).toThrow(/matched 'kept'/); // kept is not new
    expect(() =>
      applyRules(
        's',
        'materials',
        [
          ['DELETE', 'gone'],
          ['MODIFY', 'changed'],
          ['ALLOW', 'kept'],
          ['DISALLOW', '*'],
        ],
        links,
        'step',
      ),
    ).not.toThrow();
    expect(() =>
      applyRules(
        's',
        'materials',
        [
          ['MODIFY', 'kept'],
          ['DISALLOW', 'kept'],
        ],
        links,
        'step',
      ),
    ).toThrow(/RULE_FAILED|matched 'kept'/);
    expect(() => applyRules('s', 'products', [], links, 'step')).not.toThrow(); // implicit ALLOW *
  });
  test('REQUIRE needs the literal name in the queue (not a glob, not consumed)', () => {
    const links = { s: link('s', {}, { 'foo.tar.gz': 'a' }) };
    expect(() => applyRules('s', 'products', [['REQUIRE', 'foo.tar.gz']], links, 'step')).not.toThrow();
    expect(() => applyRules('s', 'products', [['REQUIRE', '*.tar.gz']], links, 'step')).toThrow(
      /did not find '\*\.tar\.gz'/,
    );
    expect(() =>
      applyRules(
        's',
        'products',
        [
          ['ALLOW', '*'],
          ['REQUIRE', 'foo.tar.gz'],
        ],
        links,
        'step',
      ),
    ).toThrow(/did not find 'foo\.tar\.gz'/);
  });
  test('MATCH: equal digests consume, with IN prefixes on either side; a missing destination link consumes nothing', () => {
    const links = {
      build: link('build', { 'src/a.c': '1', 'src/b.c': '2', 'src/c.c': '3' }, { 'out/app': '9' }),
      checkout: link('checkout', {}, { 'a.c': '1', 'b.c': 'X' }),
    };
    // a.c matches, b.c differs, c.c is missing: the last two stay for DISALLOW
    expect(() =>
      applyRules(
        'build',
        'materials',
        [
          ['MATCH', '*.c', 'IN', 'src', 'WITH', 'PRODUCTS', 'FROM', 'checkout'],
          ['DISALLOW', '*'],
        ],
        links,
        'step',
      ),
    ).toThrow(/matched 'src\/b\.c', 'src\/c\.c'/);
    expect(() =>
      applyRules(
        'build',
        'materials',
        [
          ['MATCH', '*.c', 'WITH', 'PRODUCTS', 'FROM', 'nowhere'],
          ['DISALLOW', 'src/a.c'],
        ],
        links,
        'step',
      ),
    ).toThrow(/matched 'src\/a\.c'/);
    const l2 = { ...links, pkg: link('pkg', { 'dist/a.c': '1' }, {}) };
    expect(() =>
      applyRules(
        'pkg',
        'materials',
        [
          ['MATCH', 'a.c', 'IN', 'dist', 'WITH', 'MATERIALS', 'IN', 'src', 'FROM', 'build'],
          ['DISALLOW', '*'],
        ],
        l2,
        'step',
      ),
    ).not.toThrow();
  });
});
