/**
 * Python's fnmatch (POSIX: case-sensitive), as in-toto rules use it: `*` matches any run of characters including
 * `/`, `?` one character, `[seq]` and `[!seq]` a set; an unclosed `[` is literal. The whole name must match.
 */
const cache = new Map<string, RegExp>();

function escape(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

export function translate(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let out = '';
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i++];
    if (c === '*') {
      out += '[\\s\\S]*';
      while (pattern[i] === '*') i++;
    } else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      let j = i;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < n && pattern[j] !== ']') j++;
      if (j >= n) out += '\\[';
      else {
        let body = pattern.slice(i, j);
        i = j + 1;
        let neg = false;
        if (body.startsWith('!')) {
          neg = true;
          body = body.slice(1);
        }
        // ranges stay ranges; everything else is literal inside the class
        let cls = '';
        for (let k = 0; k < body.length; k++) {
          if (body[k + 1] === '-' && k + 2 < body.length) {
            const lo = body[k];
            const hi = body[k + 2];
            if (lo <= hi) cls += `${escape(lo)}-${escape(hi)}`;
            k += 2;
          } else cls += escape(body[k]);
        }
        out += cls === '' ? (neg ? '[\\s\\S]' : '(?!)') : `[${neg ? '^' : ''}${cls}]`;
      }
    } else out += escape(c);
  }
  const re = new RegExp(`^${out}$`, 'u');
  if (cache.size > 10000) cache.clear();
  cache.set(pattern, re);
  return re;
}

export function fnmatch(name: string, pattern: string): boolean {
  return translate(pattern).test(name);
}

export function fnfilter(names: Iterable<string>, pattern: string): string[] {
  const re = translate(pattern);
  return [...names].filter((n) => re.test(n));
}
