// The DER encoder that replaces @sigstore/core's (src/verify/der-cache.ts) must write exactly what the original
// writes: every certificate of the corpus re-encodes to its own bytes, and trees changed after parsing (as
// @sigstore/verify changes a clone to rebuild the precertificate for SCTs) encode as the original algorithm does.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ASN1Obj, ByteStream, X509Certificate } from '@sigstore/core';
import { encodeDer } from '../../src/verify/der-cache.js';
import { CORPUS } from '../support/paths.js';

type Node = { tag: { toDER(): number }; value: Buffer; subs: Node[]; toDER(): Buffer };

/** @sigstore/core 3's ASN1Obj.toDER, as the oracle (its length encoding written out the same way). */
function original(node: Node): Buffer {
  const valueStream = new ByteStream();
  if (node.subs.length > 0) for (const sub of node.subs) valueStream.appendView(original(sub));
  else valueStream.appendView(node.value);
  const value = valueStream.buffer;
  const obj = new ByteStream();
  obj.appendChar(node.tag.toDER());
  let len: number[] = [value.length];
  if (value.length >= 128) {
    let v = BigInt(value.length);
    const bytes: number[] = [];
    while (v > 0n) {
      bytes.unshift(Number(v & 255n));
      v >>= 8n;
    }
    len = [0x80 | bytes.length, ...bytes];
  }
  obj.appendView(Buffer.from(len));
  obj.appendView(value);
  return obj.buffer;
}

/** Every base64 certificate (rawBytes) in the corpus's JSON files. */
function corpusCertificates(): Buffer[] {
  const out = new Map<string, Buffer>();
  const visit = (v: unknown, certField: boolean): void => {
    if (typeof v === 'string' && certField && v.length > 200) {
      const b = Buffer.from(v, 'base64');
      if (b[0] === 0x30) out.set(v, b);
    } else if (Array.isArray(v)) for (const x of v) visit(x, certField);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) visit(x, certField || /cert/i.test(k) || k === 'rawBytes');
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(json|jsonl)$/.test(name) && statSync(p).size < 2_000_000) {
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          try {
            visit(JSON.parse(line), false);
          } catch {
            try {
              visit(JSON.parse(readFileSync(p, 'utf8')), false);
            } catch {
              // not JSON
            }
            break;
          }
        }
      }
    }
  };
  walk(CORPUS);
  return [...out.values()];
}

/** Each certificate freshly parsed (what is not a certificate, a key or a timestamp, is left out). */
function parsed(ders: Buffer[]): X509Certificate[] {
  return ders.flatMap((der) => {
    try {
      return [X509Certificate.parse(der as Buffer<ArrayBuffer>)];
    } catch {
      return [];
    }
  });
}

describe('DER encoding (der-cache)', () => {
  const certs = corpusCertificates();

  test('every corpus certificate re-encodes to its own bytes, as the original encoder does', () => {
    expect(certs.length).toBeGreaterThan(20);
    const all = parsed(certs);
    expect(all.length).toBeGreaterThan(20);
    for (const cert of all) {
      const root = cert.root as unknown as Node;
      expect(encodeDer(root).equals(original(root))).toBe(true);
      expect(root.toDER().equals(original(root))).toBe(true);
    }
  });

  test('a tree changed after parsing (an extension removed, as for an SCT precertificate) encodes as the original', () => {
    const changed = parsed(certs).filter((cert) => cert.extensions.length >= 2);
    expect(changed.length).toBeGreaterThan(10);
    for (const cert of changed) {
      cert.extensions.splice(0, 1);
      const tbs = cert.tbsCertificate as unknown as Node;
      expect(tbs.toDER().equals(original(tbs))).toBe(true);
    }
  });

  test('lengths in short, one-byte, two-byte and three-byte form', () => {
    for (const size of [0, 1, 127, 128, 255, 256, 65535, 65536, 70000]) {
      const node = ASN1Obj.parseBuffer(
        original({
          tag: { toDER: () => 4 },
          value: Buffer.alloc(size, 1),
          subs: [],
        } as unknown as Node) as Buffer<ArrayBuffer>,
      );
      const n = node as unknown as Node;
      expect(encodeDer(n).equals(original(n))).toBe(true);
    }
  });

  test('a parse error still reaches the caller, with its message', () => {
    let message = '';
    try {
      ASN1Obj.parseBuffer(Buffer.from([0x30, 0x05, 0x01]));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/./);
    expect(Error.stackTraceLimit).toBeGreaterThan(0); // restored after the parse
  });
});
