/**
 * Two costs of @sigstore/core's ASN.1 code, removed without changing a result:
 *
 * - It re-encodes an ASN.1 object to DER every time its `toDER()` is called, and @sigstore/verify calls it many times
 *   per bundle on the same objects (certificate equality while building the chain, the TBS certificate for each
 *   signature check, the public key). Parsed ASN.1 objects are never modified in place once encoded, so each one's
 *   encoding is kept (weakly: it goes with the object) and returned again. The encoding itself is the same bytes
 *   written once into a buffer of the right size, instead of 1 KiB zero-filled growth blocks per nested object
 *   (two thirds of the encoding time).
 * - Parsing tries every OCTET STRING as nested DER and catches the failure: an Error with a captured stack trace per
 *   plain octet string (a tenth of a bundle's verification). Stacks are not captured while a buffer is parsed; the
 *   errors, their messages and what is thrown to callers are unchanged (Provenant never prints a stack).
 *
 * Every check still runs.
 */
import { ASN1Obj } from '@sigstore/core';

interface Node {
  tag: { toDER(): number };
  value: Buffer;
  subs: Node[];
  toDER(): Buffer;
}
type Patched = { toDER(): Buffer; __provenantDerCache?: true };
const proto = ASN1Obj.prototype as unknown as Patched;
const statics = ASN1Obj as unknown as { parseBuffer(buf: Buffer): ASN1Obj };

/** DER length octets (X.690 8.1.3): short form below 128, else 0x80 | n and n big-endian bytes. */
function lengthOctets(len: number): number[] {
  if (len < 128) return [len];
  const bytes: number[] = [];
  for (let v = len; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** The object's DER: tag, length, then its subs' encodings (or its value), as @sigstore/core writes it. */
export function encodeDer(node: Node): Buffer {
  const parts = node.subs.length > 0 ? node.subs.map((s) => s.toDER()) : [node.value];
  let len = 0;
  for (const p of parts) len += p.length;
  const head = [node.tag.toDER() & 0xff, ...lengthOctets(len)];
  const out = Buffer.allocUnsafe(head.length + len);
  for (let i = 0; i < head.length; i++) out[i] = head[i];
  let o = head.length;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

if (!proto.__provenantDerCache) {
  const encoded = new WeakMap<object, Buffer>();
  proto.toDER = function toDER(this: Node): Buffer {
    let der = encoded.get(this);
    if (der === undefined) {
      der = encodeDer(this);
      encoded.set(this, der);
    }
    return der;
  };
  const parse = statics.parseBuffer;
  statics.parseBuffer = function parseBuffer(buf: Buffer): ASN1Obj {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return parse.call(this, buf);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
  proto.__provenantDerCache = true;
}
