/**
 * fnmatch against Python's own (the in-toto reference globs with it): fixed cases plus thousands of random patterns
 * and names over an alphabet rich in the characters that matter ([ ] ! - \ ^ & ~ | * ? / and non-ASCII), compared at
 * test time with /usr/bin/python3. Python never raises for a pattern (its rewriting removes
 * the ranges its RE engine would reject), and neither does this.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fnfilter, fnmatch } from '../../src/intoto/fnmatch.js';
import { rng } from '../support/rng.js';

function python(pairs: Array<[string, string]>): Array<boolean | 'error'> {
  const script = `
import fnmatch, json, sys, warnings
warnings.simplefilter('ignore')
out = []
for n, p in json.load(sys.stdin):
    try:
        out.append(fnmatch.fnmatch(n, p))
    except Exception:
        out.append('error')
print(json.dumps(out))`;
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script], {
      input: JSON.stringify(pairs),
      maxBuffer: 64 * 1024 * 1024,
    }).toString(),
  );
}

function ours(pairs: Array<[string, string]>): Array<boolean | 'error'> {
  return pairs.map(([n, p]) => {
    try {
      return fnmatch(n, p);
    } catch {
      return 'error';
    }
  });
}

describe('fnmatch agrees with Python', () => {
  test('names every in-toto user writes: hyphens, dots, folders, brackets', () => {
    const cases: Array<[string, string]> = [
      ['foo-1.0.tar.gz', 'foo-*.tar.gz'],
      ['a-b', 'a-b'],
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
      ['', ''],
      ['ab', 'a[]b'],
      ['a!b', 'a[!]b'],
      ['a.b', 'a.b'],
      ['axb', 'a.b'],
      ['a+b', 'a+b'],
      ['a(b', 'a(b'],
      ['x/y.tar.gz', '*.tar.gz'],
      ['\\', '\\'],
      ['ü.txt', '?.txt'],
      ['😀.txt', '?.txt'],
      ['src/a^b', 'src/a^b'],
      ['$x', '$x'],
      ['a{b}', 'a{b}'],
      ['Z', '[!a-z]'],
      ['-', '[a-]'],
      ['b', '[a-]'],
      ['-', '[a--x]'],
      ['x', '[a--x]'],
      ['c', '[!z-a-c]'],
      ['-', '[!z-a-c]'],
      ['^', '[^]'],
      ['a', '[^a]'],
      ['&', '[&&]'],
      ['~', '[a~]'],
      ['|', '[||]'],
      ['\\', '[\\]'],
      ['b', '[]-a]'],
      [']', '[]-a]'],
      ['line\nbreak', 'line?break'],
      ['a\nb', '*'],
      ['x', '[z-a]'],
      ['x', '[!z-a]'],
      ['y', '[a-cx-z]'],
    ];
    expect(ours(cases)).toEqual(python(cases));
  });

  test('6000 random patterns and names', () => {
    const r = rng(20261122);
    const alpha = [
      'a',
      'b',
      'c',
      'z',
      '-',
      '-',
      '!',
      ']',
      ']',
      '[',
      '[',
      '*',
      '?',
      '\\',
      '^',
      '&',
      '~',
      '|',
      '/',
      '.',
      'é',
      '😀',
      'A',
    ];
    const nameAlpha = ['a', 'b', 'c', 'z', '-', '!', ']', '[', '\\', '^', '&', '/', '.', 'é', '😀', 'A', 'x'];
    const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < 6000; i++) {
      const p = Array.from({ length: 1 + Math.floor(r() * 7) }, () => pick(alpha)).join('');
      const n = Array.from({ length: Math.floor(r() * 5) }, () => pick(nameAlpha)).join('');
      pairs.push([n, p]);
      // and a name built to be close to the pattern
      pairs.push([p.replace(/[[\]*?!]/g, () => pick(nameAlpha)), p]);
    }
    const a = ours(pairs);
    const b = python(pairs);
    const diff = pairs.flatMap(([n, p], i) =>
      a[i] === b[i] ? [] : [{ name: n, pattern: p, ours: a[i], python: b[i] }],
    );
    expect(diff.slice(0, 10)).toEqual([]);
    // the sample matches often enough to mean something (Python's rewriting leaves no set its RE engine rejects)
    expect(b.filter((x) => x === true).length).toBeGreaterThan(500);
    expect(b.filter((x) => x === 'error')).toEqual([]);
  });

  test('filter keeps the order it is given', () => {
    expect(fnfilter(['b.py', 'a.txt', 'a.py'], '*.py')).toEqual(['b.py', 'a.py']);
  });
});
