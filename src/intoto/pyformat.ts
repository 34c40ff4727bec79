/**
 * Python's `str.format(**params)` for layout parameter substitution (the reference's substitute_parameters):
 * `{name}` is replaced by the parameter's value, `{{` and `}}` are braces, a format spec (`{name:>10}`, `{name:.3}`,
 * fill, alignment, width, precision, type `s`) is applied as Python applies it to a string. What Python rejects is
 * rejected: a missing parameter (KeyError), a positional field (`{}`, `{0}`: IndexError), a single `}` or an
 * unclosed `{`. Attribute or index access (`{a.b}`, `{a[0]}`) and `!r`/`!a` conversions are not supported.
 */

export class FormatError extends Error {}

/** securesystemslib PARAMETER_DICTIONARY_KEY: `[a-zA-Z0-9_-]+`. */
export const PARAMETER_KEY = /^[a-zA-Z0-9_-]+$/;

function applySpec(value: string, spec: string): string {
  if (!spec) return value;
  // [[fill]align][sign][z][#][0][width][grouping][.precision][type]
  const chars = Array.from(spec);
  let fill = ' ';
  let align: string | undefined;
  let rest = spec;
  if (chars.length >= 2 && '<>=^'.includes(chars[1])) {
    fill = chars[0];
    align = chars[1];
    rest = chars.slice(2).join('');
  } else if (chars.length >= 1 && '<>=^'.includes(chars[0])) {
    align = chars[0];
    rest = chars.slice(1).join('');
  }
  const r = /^([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/.exec(rest);
  if (!r) throw new FormatError('Invalid format specifier');
  const [, sign, z, alt, zero, width, grouping, precision, type] = r;
  if (type !== undefined && type !== 's')
    throw new FormatError(`Unknown format code '${type}' for object of type 'str'`);
  if (sign) throw new FormatError('Sign not allowed in string format specifier');
  if (z) throw new FormatError('Negative zero coercion (z) not allowed in format specifier');
  if (alt) throw new FormatError('Alternate form (#) not allowed in string format specifier');
  if (grouping) throw new FormatError(`Cannot specify '${grouping}' with 's'.`);
  if (align === '=') throw new FormatError("'=' alignment not allowed in string format specifier");
  if (zero && align === undefined) fill = fill === ' ' ? '0' : fill;
  let s = Array.from(value);
  if (precision !== undefined) s = s.slice(0, Number(precision));
  const w = width !== undefined ? Number(width) : 0;
  const pad = Math.max(0, w - s.length);
  const a = align ?? '<';
  if (a === '<') return s.join('') + fill.repeat(pad);
  if (a === '>') return fill.repeat(pad) + s.join('');
  const left = Math.floor(pad / 2);
  return fill.repeat(left) + s.join('') + fill.repeat(pad - left);
}

function field(text: string, params: Record<string, string>, depth: number): string {
  // field_name [! conversion] [: spec]; '!' and ':' inside [...] belong to the name
  let i = 0;
  let inBracket = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '[') inBracket = true;
    else if (c === ']') inBracket = false;
    else if (!inBracket && (c === '!' || c === ':')) break;
    i++;
  }
  const name = text.slice(0, i);
  let spec = '';
  if (text[i] === '!') {
    const conv = text[i + 1];
    if (conv === undefined) throw new FormatError('end of string while looking for conversion specifier');
    if (i + 2 < text.length && text[i + 2] !== ':') throw new FormatError("expected ':' after conversion specifier");
    if (conv === 'r' || conv === 'a') throw new FormatError(`the !${conv} conversion is not supported`);
    if (conv !== 's') throw new FormatError(`Unknown conversion specifier ${conv}`);
    spec = text.slice(i + 3);
  } else if (text[i] === ':') spec = text.slice(i + 1);
  const arg = /^[^.[]*/.exec(name)![0];
  if (arg.length !== name.length) throw new FormatError(`attribute or index access in '{${name}}' is not supported`);
  if (arg === '' || /^\d+$/.test(arg))
    throw new FormatError(`'{${name}}' is a positional field (IndexError in Python): name the parameter`);
  if (!Object.hasOwn(params, arg)) throw new FormatError(`parameter '{${arg}}' has no value`);
  if (spec.includes('{')) {
    if (depth >= 2) throw new FormatError('Max string recursion exceeded');
    spec = pyFormat(spec, params, depth + 1);
  }
  return applySpec(params[arg], spec);
}

/** `s.format(**params)`; throws FormatError where Python raises. */
export function pyFormat(s: string, params: Record<string, string>, depth = 0): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '{') {
      if (s[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let d = 1;
      let j = i + 1;
      while (j < s.length && d > 0) {
        if (s[j] === '{') d++;
        else if (s[j] === '}') d--;
        j++;
      }
      if (d > 0) throw new FormatError("expected '}' before end of string");
      out += field(s.slice(i + 1, j - 1), params, depth);
      i = j;
    } else if (c === '}') {
      if (s[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw new FormatError("Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
