import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createPublicKey } from 'node:crypto';
import { pae, verifyEnvelope, decodeBase64, parseEnvelope } from '../../src/intoto/dsse.js';
import { describePublicKey, verifyBytes } from '../../src/intoto/keys.js';

const VEC = new URL('../fixtures/test-vectors/dsse/', import.meta.url);

describe('DSSE PAE', () => {
  test('hello-world vector: PAE bytes and the official signature verify', () => {
    const v = JSON.parse(readFileSync(new URL('dsse-hello-world-vector.json', VEC), 'utf8'));
    const data = pae(v.payloadType, Buffer.from(v.payload_utf8));
    expect(data.toString('hex')).toBe(v.pae_hex);
    const pub = describePublicKey(createPublicKey(v.key.public_pem));
    expect(pub.scheme).toBe('ecdsa-sha2-nistp256');
    // the vector's signature is DER-equivalent; our verifier speaks DER (Sigstore/securesystemslib convention)
    const env = parseEnvelope({ ...v.envelope_protocol_md, signatures: [{ sig: v.signature_der_b64_equivalent }] });
    const res = verifyEnvelope(env, [{ keyid: pub.keyid, verify: (d, s) => verifyBytes(pub, d, s) }]);
    expect(res.payload.toString()).toBe('hello world');
    const tampered = { ...env, payload: Buffer.from('hello world!').toString('base64') };
    expect(() => verifyEnvelope(tampered, [{ keyid: pub.keyid, verify: (d, s) => verifyBytes(pub, d, s) }])).toThrow(
      /0 valid/,
    );
  });
  test('derived PAE edge cases (empty type and body, non-ASCII type, binary body)', () => {
    const v = JSON.parse(readFileSync(new URL('pae-derived-edge-cases.json', VEC), 'utf8')) as {
      cases: Array<{ payloadType: string; payload_hex: string; pae_hex: string }>;
    };
    expect(v.cases.length).toBeGreaterThanOrEqual(3);
    for (const c of v.cases)
      expect(pae(c.payloadType, Buffer.from(c.payload_hex, 'hex')).toString('hex')).toBe(c.pae_hex);
  });
  test('LEN counts bytes, not characters', () => {
    expect(pae('é', Buffer.from('ü')).toString('utf8')).toBe('DSSEv1 2 é 2 ü');
  });
  test('strict base64 rejects junk', () => {
    expect(() => decodeBase64('ab$c', 'x')).toThrow(/base64/);
    expect(decodeBase64('aGk', 'x').toString()).toBe('hi');
    expect(decodeBase64('_-8', 'x')).toEqual(Buffer.from([0xff, 0xef]));
  });
  test('envelope without signatures fails closed', () => {
    const env = parseEnvelope({ payload: 'aGk=', payloadType: 't', signatures: [] });
    expect(() => verifyEnvelope(env, [{ keyid: 'k', verify: () => true }])).toThrow(/no signature/);
  });
});
