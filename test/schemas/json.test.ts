import { describe, expect, test } from '@jest/globals';
import { parseJsonStrict } from '../../src/schemas/index.js';

describe('parseJsonStrict', () => {
  test('parses ordinary JSON like JSON.parse', () => {
    const doc = { a: [1, { b: 'x,"y"' }], c: { d: null, 'e\\"': true } };
    expect(parseJsonStrict(JSON.stringify(doc), 't')).toEqual(doc);
    expect(parseJsonStrict(Buffer.from('\ufeff{"a":1}'), 't')).toEqual({ a: 1 });
  });
  test('rejects duplicate keys at any depth, including escaped spellings', () => {
    expect(() => parseJsonStrict('{"a":1,"a":2}', 'doc')).toThrow(/doc: duplicate key 'a'/);
    expect(() => parseJsonStrict('{"x":[{"k":1,"k":1}]}', 'doc')).toThrow(/duplicate key 'k'/);
    expect(() => parseJsonStrict('{"ab":1,"\\u0061b":2}', 'doc')).toThrow(/duplicate key 'ab'/);
    expect(parseJsonStrict('{"a":{"a":1},"b":{"a":2}}', 'doc')).toEqual({ a: { a: 1 }, b: { a: 2 } });
  });
  test('rejects __proto__ keys, bad UTF-8, deep nesting and syntax errors with JSON_INVALID', () => {
    expect(() => parseJsonStrict('{"__proto__":{"polluted":1}}', 'doc')).toThrow(/__proto__/);
    expect(() => parseJsonStrict(Buffer.from([0x7b, 0xff, 0x7d]), 'doc')).toThrow(/UTF-8/);
    expect(() => parseJsonStrict('['.repeat(300) + ']'.repeat(300), 'doc')).toThrow(/nesting/);
    expect(() => parseJsonStrict('{"a":1', 'doc')).toThrow(expect.objectContaining({ code: 'JSON_INVALID' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
