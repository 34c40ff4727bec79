/**
 * Exclude patterns for recording artifacts, as the in-toto reference applies them: pathspec's `gitwildmatch`
 * (gitignore) patterns, matched against normalized paths relative to the base path. A pattern without a slash
 * matches at any depth, `*` and `?` stop at `/`, `**` spans folders, a matched folder excludes everything below it,
 * `!` re-includes, `#` starts a comment, the last matching pattern wins.
 */
import { ProvenantError } from '../errors.js';
import { parsePySet } from './fnmatch.js';

const lit = (c: string): string => `\\u{${c.codePointAt(0)!.toString(16)}}`;
const ANYCHAR = '[^\\n]'; // Python's "." without DOTALL

function setToRegex(text: string, negate: boolean): string {
  const s = parsePySet(text, negate);
  const items = [
    ...[...s.lits].map((c) => lit(String.fromCodePoint(c))),
    ...s.ranges.map(([a, b]) => `${lit(String.fromCodePoint(a))}-${lit(String.fromCodePoint(b))}`),
  ];
  return `[${negate ? '^' : ''}${items.join('')}]`;
}

/** pathspec's segment glob translation. */
function segmentGlob(seg: string[]): string {
  let escaped = false;
  let out = '';
  let i = 0;
  const end = seg.length;
  while (i < end) {
    const c = seg[i++];
    if (escaped) {
      escaped = false;
      out += lit(c);
    } else if (c === '\\') escaped = true;
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      let j = i;
      if (j < end && seg[j] === '!') j++;
      if (j < end && seg[j] === ']') j++;
      while (j < end && seg[j] !== ']') j++;
      if (j < end) {
        j++;
        let negate = false;
        let text = '';
        if (seg[i] === '!') {
          negate = true;
          i++;
        } else if (seg[i] === '^') {
          text = '\\^';
          i++;
        }
        text += seg
          .slice(i, j - 1)
          .map((x) => (x === '\\' ? '\\\\' : x))
          .join('');
        out += setToRegex(text, negate);
        i = j;
      } else out += lit('[');
    } else out += lit(c);
  }
  if (escaped) throw new Error('escape character with no next character');
  return out;
}

/** One pattern → [regex source, include] or undefined for a no-op (comment, blank, "/"). */
function patternToRegex(original: string): [string, boolean] | undefined {
  let pattern = original.trim();
  if (!pattern || pattern.startsWith('#') || pattern === '/') return undefined;
  let include = true;
  if (pattern.startsWith('!')) {
    include = false;
    pattern = pattern.slice(1);
  }
  const segs = pattern.split('/');
  for (let i = segs.length - 1; i > 0; i--) if (segs[i - 1] === '**' && segs[i] === '**') segs.splice(i, 1);
  if (segs.length === 2 && segs[0] === '**' && !segs[1]) return [`^${ANYCHAR}+/${ANYCHAR}*$`, include];
  if (!segs[0]) segs.shift();
  else if (segs.length === 1 || (segs.length === 2 && !segs[1])) {
    if (segs[0] !== '**') segs.unshift('**');
  }
  if (!segs.length) throw new Error('invalid git pattern');
  if (!segs[segs.length - 1] && segs.length > 1) segs[segs.length - 1] = '**';
  let out = '^';
  let needSlash = false;
  const end = segs.length - 1;
  segs.forEach((seg, i) => {
    if (seg === '**') {
      if (i === 0 && i === end) out += `[^/]+(?:/${ANYCHAR}*)?`;
      else if (i === 0) {
        out += `(?:${ANYCHAR}+/)?`;
        needSlash = false;
      } else if (i === end) out += `/${ANYCHAR}*`;
      else {
        out += `(?:/${ANYCHAR}+)?`;
        needSlash = true;
      }
    } else if (seg === '*') {
      if (needSlash) out += '/';
      out += '[^/]+';
      if (i === end) out += `(?:/${ANYCHAR}*)?`;
      needSlash = true;
    } else {
      if (needSlash) out += '/';
      out += segmentGlob(Array.from(seg));
      if (i === end) out += `(?:/${ANYCHAR}*)?`;
      needSlash = true;
    }
  });
  return [`${out}$`, include];
}

/** Compiles exclude patterns; the matcher takes a normalized relative path ("a/b.txt") and says if it is excluded. */
export function compileExcludes(patterns: string[]): (path: string) => boolean {
  const compiled: Array<[RegExp, boolean]> = [];
  for (const p of patterns) {
    let r: [string, boolean] | undefined;
    try {
      r = patternToRegex(p);
    } catch (e) {
      throw new ProvenantError('INPUT_INVALID', `exclude pattern '${p}': ${(e as Error).message}`);
    }
    if (r) compiled.push([new RegExp(r[0], 'u'), r[1]]);
  }
  return (path: string) => {
    let p = path;
    if (p.startsWith('/')) p = p.slice(1);
    else if (p.startsWith('./')) p = p.slice(2);
    let excluded = false;
    for (const [re, include] of compiled) if (re.test(p)) excluded = include;
    return excluded;
  };
}

/**
 * A matcher on an entry's own name, for walks that list a folder only after its path was kept: when no pattern has a
 * `/` or a `!`, every pattern matches a path exactly when it matches one of the path's names (`X` compiles to
 * `^(?:.+/)?X(?:/.*)?$`, and `*`, `?` and sets never match `/`), and the folders above were kept, so the last name
 * decides. Otherwise (or with no patterns) undefined: match whole paths with compileExcludes.
 */
export function compileNameExcludes(patterns: string[]): ((name: string) => boolean) | undefined {
  const active = patterns.map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  if (!active.length || active.some((p) => p.includes('/') || p.startsWith('!'))) return undefined;
  return compileExcludes(active);
}
