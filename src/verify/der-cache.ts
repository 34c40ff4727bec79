/**
 * @sigstore/core re-encodes an ASN.1 object to DER every time its `toDER()` is called, and @sigstore/verify calls it
 * many times per bundle on the same objects (certificate equality while building the chain, the TBS certificate for
 * each signature check, the public key): about a third of the time of a certificate-chain verification. Parsed
 * ASN.1 objects are never modified, so each one's encoding is kept (weakly: it goes with the object) and returned
 * again. Every check still runs; only the repeated encoding of the same bytes is saved.
 */
import { ASN1Obj } from '@sigstore/core';

type Encoder = { toDER(): Buffer; __provenantDerCache?: true };
const proto = ASN1Obj.prototype as unknown as Encoder;

if (!proto.__provenantDerCache) {
  const encode = proto.toDER;
  const encoded = new WeakMap<object, Buffer>();
  proto.toDER = function toDER(this: object): Buffer {
    let der = encoded.get(this);
    if (der === undefined) {
      der = encode.call(this);
      encoded.set(this, der);
    }
    return der;
  };
  proto.__provenantDerCache = true;
}
