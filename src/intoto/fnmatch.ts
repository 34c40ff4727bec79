/**
 * Python's `fnmatch` (POSIX, so case-sensitive) as in-toto artifact rules use it: `*` matches any run of characters
 * including `/`, `?` exactly one character, `[seq]` and `[!seq]` a set, an unclosed `[` is literal; the whole name
 * must match and names are compared by code point.
 *
 * Sets are reproduced in Python's two stages: `fnmatch.translate` first rewrites the bracket text (hyphen chunks,
 * removal of empty ranges such as `z-a`, escaping), then the regular-expression engine reads the result as a class
 * (a leading `]` or `-` is literal, `x-y` a range). Each stage is followed exactly, so odd sets such as `[a--x]`,
 * `[!z-a-c]` or `[]-a]` mean what they mean in Python. Matching is done directly on code points (no RegExp), so no
 * name or pattern can break the matcher.
 */

type Token =
  | { t: 'star' }
  | { t: 'any' }
  | { t: 'never' }
  | { t: 'lit'; c: number }
  | { t: 'set'; negate: boolean; lits: Set<number>; ranges: Array<[number, number]> };

const STAR: Token = { t: 'star' };
const ANY: Token = { t: 'any' };
const cp = (s: string): number => s.codePointAt(0)!;

/** Python's bracket rewriting (fnmatch.translate): returns the text that goes between `[` and `]` of the RE. */
function bracketText(pat: string[], i: number, j: number): string {
  const body = pat.slice(i, j);
  let stuff: string;
  if (!body.includes('-')) stuff = body.map((c) => (c === '\\' ? '\\\\' : c)).join('');
  else {
    const chunks: string[][] = [];
    let k = pat[i] === '!' ? i + 2 : i + 1;
    for (;;) {
      let found = -1;
      for (let x = k; x < j; x++) {
        if (pat[x] === '-') {
          found = x;
          break;
        }
      }
      if (found < 0) break;
      k = found;
      chunks.push(pat.slice(i, k));
      i = k + 1;
      k = k + 3;
    }
    const last = pat.slice(i, j);
    if (last.length) chunks.push(last);
    else chunks[chunks.length - 1].push('-');
    // remove empty ranges (as Python does: they are invalid in its RE)
    for (let m = chunks.length - 1; m > 0; m--) {
      const a = chunks[m - 1];
      const b = chunks[m];
      if (!a.length || !b.length) throw new Error('fnmatch: set cannot be translated (IndexError in Python)');
      if (cp(a[a.length - 1]) > cp(b[0])) {
        chunks[m - 1] = [...a.slice(0, -1), ...b.slice(1)];
        chunks.splice(m, 1);
      }
    }
    stuff = chunks.map((ch) => ch.map((c) => (c === '\\' ? '\\\\' : c === '-' ? '\\-' : c)).join('')).join('-');
  }
  return stuff.replace(/([&~|])/g, '\\$1');
}

/** A character set as Python's RE engine reads one: literals and ranges, `\\x` a literal x. */
export interface PySet {
  negate: boolean;
  lits: Set<number>;
  ranges: Array<[number, number]>;
}

/**
 * Reads the text of a Python RE character class that follows `[` (and `^`, given as `negate`), up to and without
 * its closing `]`, as sre_parse does: a leading `]` is literal, `x-y` is a range, a `-` before the closing `]` is
 * literal, an escaped character is literal. A reversed range is an error, as in Python.
 */
export function parsePySet(text: string, negate: boolean): PySet {
  const src = [...Array.from(text), ']'];
  let pos = 0;
  const lits = new Set<number>();
  const ranges: Array<[number, number]> = [];
  let items = 0;
  const get = (): { lit: number; raw: string } | undefined => {
    if (pos >= src.length) return undefined;
    const c = src[pos++];
    if (c === '\\' && pos < src.length) {
      const n = src[pos++];
      return { lit: cp(n), raw: c + n };
    }
    return { lit: cp(c), raw: c };
  };
  for (;;) {
    const th = get();
    if (!th) throw new Error('unterminated character set');
    if (th.raw === ']' && items > 0) break;
    if (src[pos] === '-') {
      pos++;
      const that = get();
      if (!that) throw new Error('unterminated character set');
      if (that.raw === ']') {
        lits.add(th.lit);
        lits.add(cp('-'));
        items += 2;
        break;
      }
      if (that.lit < th.lit) throw new Error('bad character range');
      ranges.push([th.lit, that.lit]);
      items++;
    } else {
      lits.add(th.lit);
      items++;
    }
  }
  if (pos !== src.length) throw new Error('character set ends early');
  return { negate, lits, ranges };
}

function parseClass(stuff: string): Token {
  const negate = stuff[0] === '!';
  return { t: 'set', ...parsePySet(negate ? stuff.slice(1) : stuff, negate) };
}

function compile(pattern: string): Token[] {
  const pat = Array.from(pattern);
  const n = pat.length;
  const out: Token[] = [];
  let i = 0;
  while (i < n) {
    const c = pat[i++];
    if (c === '*') {
      if (out[out.length - 1] !== STAR) out.push(STAR);
    } else if (c === '?') out.push(ANY);
    else if (c === '[') {
      let j = i;
      if (j < n && pat[j] === '!') j++;
      if (j < n && pat[j] === ']') j++;
      while (j < n && pat[j] !== ']') j++;
      if (j >= n) out.push({ t: 'lit', c: cp('[') });
      else {
        const stuff = bracketText(pat, i, j);
        i = j + 1;
        if (!stuff) out.push({ t: 'never' });
        else if (stuff === '!') out.push(ANY);
        else out.push(parseClass(stuff[0] === '^' || stuff[0] === '[' ? `\\${stuff}` : stuff));
      }
    } else out.push({ t: 'lit', c: cp(c) });
  }
  return out;
}

function one(t: Token, c: number): boolean {
  switch (t.t) {
    case 'any':
      return true;
    case 'never':
      return false;
    case 'lit':
      return t.c === c;
    case 'set': {
      const hit = t.lits.has(c) || t.ranges.some(([lo, hi]) => lo <= c && c <= hi);
      return hit !== t.negate;
    }
    default:
      return false;
  }
}

function run(tokens: Token[], name: number[]): boolean {
  let ti = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  while (si < name.length) {
    const t = tokens[ti];
    if (t && t.t === 'star') {
      starTi = ti++;
      starSi = si;
    } else if (t && one(t, name[si])) {
      ti++;
      si++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      si = ++starSi;
    } else return false;
  }
  while (tokens[ti]?.t === 'star') ti++;
  return ti === tokens.length;
}

const cache = new Map<string, Token[]>();

function tokens(pattern: string): Token[] {
  let t = cache.get(pattern);
  if (!t) {
    t = compile(pattern);
    if (cache.size > 10000) cache.clear();
    cache.set(pattern, t);
  }
  return t;
}

const codePoints = (s: string): number[] => Array.from(s, cp);

/** fnmatch.fnmatch(name, pattern). Throws only where Python raises (a set its RE engine rejects). */
export function fnmatch(name: string, pattern: string): boolean {
  return run(tokens(pattern), codePoints(name));
}

/** fnmatch.filter(names, pattern), in the order given. */
export function fnfilter(names: Iterable<string>, pattern: string): string[] {
  const t = tokens(pattern);
  return [...names].filter((n) => run(t, codePoints(n)));
}
