import { ProvenantError } from '../errors.js';

const MAX_DEPTH = 200;

/**
 * JSON.parse for untrusted documents: the same grammar, plus it rejects duplicate object keys (which parsers
 * resolve differently, a classic signature-confusion vector), `__proto__` keys, invalid UTF-8, and nesting
 * deeper than 200. Errors are JSON_INVALID with the byte offset.
 */
export function parseJsonStrict(input: string | Uint8Array, source: string): unknown {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new ProvenantError('JSON_INVALID', `${source}: not valid UTF-8`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  scan(text, source);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ProvenantError('JSON_INVALID', `${source}: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
}

function fail(source: string, pos: number, what: string): never {
  throw new ProvenantError('JSON_INVALID', `${source}: ${what} at offset ${pos}`);
}

/** A structural pass: checks keys of every object for duplicates and `__proto__`, and the nesting depth. */
function scan(t: string, source: string): void {
  const keys: Array<Set<string> | null> = []; // null for arrays
  let i = 0;
  const n = t.length;
  let expectKey = false;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      i++;
      let hasEscape = false;
      while (i < n) {
        const d = t.charCodeAt(i);
        if (d === 0x5c) {
          hasEscape = true;
          i += 2;
          continue;
        }
        if (d === 0x22) break;
        i++;
      }
      if (i >= n) fail(source, start, 'unterminated string');
      i++;
      const top = keys[keys.length - 1];
      if (expectKey && top) {
        let key: string;
        try {
          key = hasEscape ? (JSON.parse(t.slice(start, i)) as string) : t.slice(start + 1, i - 1);
        } catch {
          fail(source, start, 'invalid string');
        }
        if (key === '__proto__') fail(source, start, "forbidden key '__proto__'");
        if (top.has(key)) fail(source, start, `duplicate key '${key.slice(0, 60)}'`);
        top.add(key);
        expectKey = false;
      }
      continue;
    }
    if (c === 0x7b /* { */) {
      keys.push(new Set());
      if (keys.length > MAX_DEPTH) fail(source, i, `nesting deeper than ${MAX_DEPTH}`);
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      keys.push(null);
      if (keys.length > MAX_DEPTH) fail(source, i, `nesting deeper than ${MAX_DEPTH}`);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      keys.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = keys[keys.length - 1] !== null && keys.length > 0;
    }
    i++;
  }
}
