import { ProvenantError } from '../errors.js';

/**
 * Canonical JSON as securesystemslib `encode_canonical` (the OLPC form, not RFC 8785):
 * object keys sorted by Unicode code point, no whitespace, only `"` and `\` escaped,
 * integers/booleans/null/strings only (a float is an error), UTF-8 output.
 */
export function encodeCanonical(value: unknown): Buffer {
  const parts: string[] = [];
  write(value, parts, '$');
  return Buffer.from(parts.join(''), 'utf8');
}

function compareCodePoints(a: string, b: string): number {
  // JS string comparison is by UTF-16 unit; code point order differs for astral characters.
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
}

function writeString(s: string, out: string[]): void {
  out.push('"', s.replace(/(["\\])/g, '\\$1'), '"');
}

function write(v: unknown, out: string[], path: string): void {
  if (v === null) out.push('null');
  else if (v === true) out.push('true');
  else if (v === false) out.push('false');
  else if (typeof v === 'string') writeString(v, out);
  else if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) {
      throw new ProvenantError('CANONICAL_JSON', `canonical JSON allows only integers, found ${v} at ${path}`);
    }
    out.push(String(v));
  } else if (Array.isArray(v)) {
    out.push('[');
    v.forEach((item, i) => {
      if (i) out.push(',');
      write(item, out, `${path}[${i}]`);
    });
    out.push(']');
  } else if (typeof v === 'object') {
    const keys = Object.keys(v as object).sort(compareCodePoints);
    out.push('{');
    keys.forEach((k, i) => {
      if (i) out.push(',');
      writeString(k, out);
      out.push(':');
      write((v as Record<string, unknown>)[k], out, `${path}.${k}`);
    });
    out.push('}');
  } else {
    throw new ProvenantError('CANONICAL_JSON', `canonical JSON cannot encode a ${typeof v} at ${path}`);
  }
}
