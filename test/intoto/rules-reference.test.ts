/**
 * Artifact rules against the reference implementation itself: thousands of random items (materials, products, the
 * links of other steps) and random rule lists are run through in_toto.verifylib.verify_item_rules (Debian in-toto,
 * /usr/bin/python3) and through applyRules; pass, RULE_FAILED (and which rule kind failed) and LAYOUT_INVALID (a
 * malformed rule) must agree case by case.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { applyRules } from '../../src/intoto/rules.js';
import type { LinkBody } from '../../src/intoto/metablock.js';
import { rng } from '../support/rng.js';

interface Case {
  links: Record<
    string,
    { materials: Record<string, Record<string, string>>; products: Record<string, Record<string, string>> }
  >;
  item: string;
  kind: 'materials' | 'products';
  rules: string[][];
}

const PY = `
import json, sys, logging
logging.disable(logging.CRITICAL)
import securesystemslib.exceptions as sx
from in_toto.models.link import Link
from in_toto.models.metadata import Metablock
from in_toto.verifylib import verify_item_rules
from in_toto.exceptions import RuleVerificationError
out = []
for c in json.load(sys.stdin):
    links = {n: Metablock(signed=Link(name=n, materials=l['materials'], products=l['products'])) for n, l in c['links'].items()}
    try:
        verify_item_rules(c['item'], c['kind'], c['rules'], links)
        out.append('ok')
    except RuleVerificationError as e:
        out.append('fail:' + str(e).split()[0].strip("'").upper())
    except sx.FormatError:
        out.append('invalid')
    except Exception as e:
        out.append('fail:' + type(e).__name__)
print(json.dumps(out))`;

function reference(cases: Case[]): string[] {
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', PY], {
      input: JSON.stringify(cases),
      maxBuffer: 256 * 1024 * 1024,
    }).toString(),
  );
}

function ours(cases: Case[]): string[] {
  return cases.map((c) => {
    const links: Record<string, LinkBody> = {};
    for (const [n, l] of Object.entries(c.links))
      links[n] = {
        _type: 'link',
        name: n,
        command: [],
        materials: l.materials,
        products: l.products,
        byproducts: {},
        environment: {},
      };
    try {
      applyRules(c.item, c.kind, c.rules, links, 'step');
      return 'ok';
    } catch (e) {
      const m = (e as Error).message;
      if (/LAYOUT_INVALID/.test((e as { code?: string }).code ?? '')) return 'invalid';
      if (/cannot look up/.test(m)) return 'fail:KeyError';
      const kw = /rule '(\w+)/.exec(m);
      return `fail:${kw ? kw[1].toUpperCase() : m}`;
    }
  });
}

function generate(seed: number, n: number): Case[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const paths = [
    'foo.py',
    'foo.tar.gz',
    'src/a.c',
    'src/b.c',
    'src/sub/c.h',
    'build/src/a.c',
    'build/src/b.c',
    'dist/app-1.0.tgz',
    'README',
    'a-b.txt',
    'x/y/z',
    'a.c',
    'b.c',
    'sub/c.h',
    'src\\w.c',
  ];
  const digests = (): Record<string, string> => {
    const v = pick(['aa', 'bb', 'cc']);
    if (r() < 0.2) return r() < 0.5 ? { sha256: v, sha512: 'dd' } : { sha512: 'dd', sha256: v };
    return { sha256: v };
  };
  const artifacts = () => Object.fromEntries(paths.filter(() => r() < 0.3).map((p) => [p, digests()]));
  const patterns = [
    '*',
    '*.py',
    'src/*',
    'src/?.c',
    '*.c',
    'foo*',
    '[ab]*',
    '[!a]*',
    'README',
    'nothing',
    'a-b.txt',
    'x/*',
    '*/*',
    '?.c',
    'dist/app-*.tgz',
    'sub/*',
  ];
  const prefixes = ['src', 'src/', 'build/src', 'build', 'sub', 'x', 'nope', ''];
  const rule = (): string[] => {
    const x = r();
    if (x < 0.55)
      return [pick(['CREATE', 'DELETE', 'MODIFY', 'ALLOW', 'DISALLOW', 'allow', 'Disallow']), pick(patterns)];
    if (x < 0.65) return [pick(['REQUIRE', 'require']), pick([...paths, '*.py'])];
    if (x < 0.97) {
      const p = pick(patterns);
      const dt = pick(['MATERIALS', 'PRODUCTS', 'products']);
      const dn = pick(['build', 'checkout', 'missing', 'item']);
      const form = Math.floor(r() * 4);
      if (form === 0) return ['MATCH', p, 'WITH', dt, 'FROM', dn];
      if (form === 1) return ['MATCH', p, 'IN', pick(prefixes), 'WITH', dt, 'FROM', dn];
      if (form === 2) return ['match', p, 'with', dt, 'in', pick(prefixes), 'from', dn];
      return ['MATCH', p, 'IN', pick(prefixes), 'WITH', dt, 'IN', pick(prefixes), 'FROM', dn];
    }
    // malformed ones
    return pick([
      ['MATCH', '*', 'WITH', 'STUFF', 'FROM', 'x'],
      ['CREATE'],
      ['ALLOW', 'a', 'b'],
      ['MATCH', '*', 'ın', 'src', 'WITH', 'PRODUCTS', 'FROM', 'x'],
      ['EXPLODE', '*'],
    ]);
  };
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const links: Case['links'] = {
      item: { materials: artifacts(), products: artifacts() },
      build: { materials: artifacts(), products: artifacts() },
      checkout: { materials: artifacts(), products: artifacts() },
    };
    // make MATCH meaningful: often copy some digests across
    for (const [p, d] of Object.entries(links.build.products))
      if (r() < 0.5) links.item.materials[p.replace(/^build\//, '')] = { ...d };
    cases.push({
      links,
      item: 'item',
      kind: r() < 0.5 ? 'materials' : 'products',
      rules: Array.from({ length: 1 + Math.floor(r() * 5) }, rule),
    });
  }
  return cases;
}

describe('applyRules agrees with in_toto.verifylib.verify_item_rules', () => {
  test('4000 random items and rule lists', () => {
    const cases = generate(5, 4000);
    const a = ours(cases);
    const b = reference(cases);
    const diff = cases.flatMap((c, i) => (a[i] === b[i] ? [] : [{ case: c, ours: a[i], reference: b[i] }]));
    expect(diff.slice(0, 3)).toEqual([]);
    // the sample covers every outcome
    for (const o of ['ok', 'fail:DISALLOW', 'fail:REQUIRE', 'invalid'])
      expect(b.filter((x) => x === o).length).toBeGreaterThan(20);
  });
});
