import { ProvenantError } from '../errors.js';

/**
 * Canonical JSON as securesystemslib `encode_canonical` (the OLPC form, not RFC 8785):
 * object keys sorted by Unicode code point, no whitespace, only `"` and `\` escaped,
 * integers/booleans/null/strings only (a float is an error), UTF-8 output.
 */
export function encodeCanonical(value: unknown): Buffer {
  let text: string;
  try {
    text = write(value);
  } catch (e) {
    if (e !== NOT_CANONICAL) throw e;
    throw notCanonical(value, '$')!;
  }
  return Buffer.from(text, 'utf8');
}

const NOT_CANONICAL = Symbol('not canonical');

/** The error for the first value canonical JSON cannot hold, naming where it is (looked for only on failure). */
function notCanonical(v: unknown, path: string): ProvenantError | undefined {
  if (typeof v === 'number' && !Number.isSafeInteger(v))
    return new ProvenantError('CANONICAL_JSON', `canonical JSON allows only integers, found ${v} at ${path}`);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const e = notCanonical(v[i], `${path}[${i}]`);
      if (e) return e;
    }
    return undefined;
  }
  if (v !== null && typeof v === 'object') {
    for (const k of sortKeys(Object.keys(v))) {
      const e = notCanonical((v as Record<string, unknown>)[k], `${path}.${k}`);
      if (e) return e;
    }
    return undefined;
  }
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return undefined;
  return new ProvenantError('CANONICAL_JSON', `canonical JSON cannot encode a ${typeof v} at ${path}`);
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

const SURROGATE = /[\uD800-\uDFFF]/;
const ESCAPED = /["\\]/;

/**
 * Keys in code point order. Without surrogates (astral characters) among them, UTF-16 unit order is code point
 * order, and the default sort (no comparator call per comparison) gives it.
 */
function sortKeys(keys: string[]): string[] {
  return keys.some((k) => SURROGATE.test(k)) ? keys.sort(compareCodePoints) : keys.sort();
}

function writeString(s: string): string {
  return ESCAPED.test(s) ? `"${s.replace(/(["\\])/g, '\\$1')}"` : `"${s}"`;
}

// strings are built by concatenation (V8 ropes, flattened once by Buffer.from), not a part per token
function write(v: unknown): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return writeString(v);
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw NOT_CANONICAL;
    return String(v);
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + write(v[i]);
    return `${out}]`;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length > 1) sortKeys(keys); // (a digest set has one key)
    let out = '{';
    for (let i = 0; i < keys.length; i++) out += `${i ? ',' : ''}${writeString(keys[i])}:${write(o[keys[i]])}`;
    return `${out}}`;
  }
  throw NOT_CANONICAL;
}
