import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeCanonical } from '../../src/intoto/canonical.js';
import { loadFunctionaryKey } from '../../src/intoto/sslib.js';
import { TEST_VECTORS } from '../support/paths.js';

const DEMO = join(TEST_VECTORS, 'in-toto-demo');

/** Seeded random JSON values with the characters and key orders where the fast and the slow writer differ. */
function randomValues(n: number): unknown[] {
  let seed = 42;
  const r = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  // (no lone surrogates: UTF-8 cannot hold them, in Python or here)
  const chars = ['a', 'B', 'é', '\u{1F600}', '\uFFFF', '"', '\\', '\n', '\u0001', '\u007f', '\u2028', '0', '9', ' '];
  const str = () => Array.from({ length: Math.floor(r() * 4) }, () => chars[Math.floor(r() * chars.length)]).join('');
  const value = (depth: number): unknown => {
    const k = r();
    if (depth > 2 || k < 0.3) return str();
    if (k < 0.4) return Math.floor(r() * 2000) - 1000;
    if (k < 0.45) return [true, false, null][Math.floor(r() * 3)];
    if (k < 0.65) return Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = Math.floor(r() * 5); i > 0; i--)
      o[r() < 0.2 ? String(Math.floor(r() * 20)) : str()] = value(depth + 1);
    return o;
  };
  return Array.from({ length: n }, () => value(0));
}

describe('canonical JSON is securesystemslib encode_canonical (compared with the Python package at test time)', () => {
  const values: unknown[] = [
    { b: 1, a: [true, false, null], c: { z: '', y: 'x' } },
    { é: 'ü', '\u{1F600}': 'astral', '\uFFFF': 'bmp', a: '"quoted" and \\backslash\\' },
    // no astral key: the fast (default) sort must give the same order
    { é: 1, '\uFFFF': 2, Z: 3, a: 4, '10': 5, '9': 6, 'a"b': 7, '': 8 },
    { control: '\u0001\n\t\r', emptyObj: {}, emptyArr: [], neg: -42, big: 9007199254740991 },
    JSON.parse(readFileSync(join(DEMO, 'demo.layout.template'), 'utf8')).signed,
    // keys out of order, integer-like keys (JavaScript lists them first), an own __proto__, nested arrays
    JSON.parse('{"b":{"z":1,"a":[{"y":2,"x":"\\\\n"}]},"10":1,"9":2,"__proto__":{"k":"v"},"a\\u0000":"\\u001f"}'),
    ...randomValues(300),
  ];
  test('byte-identical output', () => {
    const py = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import json,sys; from securesystemslib.formats import encode_canonical; print(json.dumps([encode_canonical(v) for v in json.load(sys.stdin)]))',
      ],
      { input: JSON.stringify(values) },
    ).toString();
    const expected = JSON.parse(py) as string[];
    expect(values.map((v) => encodeCanonical(v).toString('utf8'))).toEqual(expected);
  });
  test('floats and undefined are errors, not silently encoded', () => {
    expect(() => encodeCanonical({ a: 1.5 })).toThrow(/CANONICAL|float|canonical/i);
    expect(() => encodeCanonical({ a: undefined })).toThrow();
    // the error names where the value is
    expect(() => encodeCanonical({ x: 1, a: [1, { b: 1.5 }] })).toThrow('found 1.5 at $.a[1].b');
    expect(() => encodeCanonical({ a: { f: () => 1 } })).toThrow('cannot encode a function at $.a.f');
  });
});

describe('key ids: the legacy form of the demo files and the current one (NOTE.txt)', () => {
  test('RSA PEM keys and the ed25519 securesystemslib key answer to both ids', () => {
    expect(loadFunctionaryKey(join(DEMO, 'alice.pub')).ids).toEqual([
      '556caebdc0877eed53d419b60eddb1e57fa773e4e31d70698b588f3e9cc48b35',
      'bd52df425c936c3fe029f3dca48a4575e0ea3e6dba2560405155802f069bb453',
    ]);
    expect(loadFunctionaryKey(join(DEMO, 'bob.pub')).ids[0]).toBe(
      '776a00e29f3559e0141b3b096f696abc6cfb0c657ab40f441132b345b08453f5',
    );
    expect(loadFunctionaryKey(join(DEMO, 'carl.pub')).ids[0]).toBe(
      '2f89b9272acfc8f4a0a0f094d789fdb0ba798b0fe41f2f5f417c12f0085ff498',
    );
    expect(loadFunctionaryKey(join(DEMO, 'danny.pub')).ids[0]).toBe(
      '36a5529f72cf3b1cc096a28887350969212f9d6c46529658ab186fc0cb781699',
    );
    // private keys (PEM RSA, securesystemslib JSON ed25519) carry the same ids and can sign
    const danny = loadFunctionaryKey(join(DEMO, 'danny'));
    expect(danny.ids[0]).toBe('36a5529f72cf3b1cc096a28887350969212f9d6c46529658ab186fc0cb781699');
    expect(danny.private).toBeDefined();
    expect(loadFunctionaryKey(join(DEMO, 'alice')).private?.scheme).toBe('rsassa-pss-sha256');
  });
  test('garbage key files are KEY_INVALID', () => {
    expect(() => loadFunctionaryKey(join(DEMO, 'foo.tar.gz'))).toThrow(/KEY_INVALID|neither a PEM key/);
  });
});
