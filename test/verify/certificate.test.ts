import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASN1Obj } from '@sigstore/core';
import { loadTrust, verifyAttestation } from '../../src/verify/index.js';
import { parseAttestations } from '../../src/verify/load.js';
import { hashFiles } from '../../src/subjects/index.js';
import { CORPUS } from '../support/paths.js';

const DIR = join(CORPUS, 'sigstore-go/sgo-github-staging-sigstorejs-1.3.0');

describe('certificate checks beyond @sigstore/verify', () => {
  test("GitHub's staging root (CA chain ending at an intermediate) anchors there; a flipped outer signatureAlgorithm is refused", async () => {
    const trust = loadTrust({ trustedRoot: join(CORPUS, 'trust/github-staging/trusted_root.json') });
    const text = readFileSync(join(DIR, 'bundle-github-staging-sigstorejs1.3.0.json'));
    const [digest] = await hashFiles([join(DIR, 'sigstore-1.3.0.tgz')], ['sha256', 'sha512']);
    const ok = verifyAttestation(parseAttestations(text, 'staging')[0], trust, {}, { digest });
    expect(ok.checks.filter((c) => !c.ok)).toEqual([]);
    expect(ok.verified).toBe(true);
    // the outer AlgorithmIdentifier is outside the signed TBS part: change its OID's last byte
    const json = JSON.parse(text.toString());
    const vm = json.verificationMaterial;
    const holder = vm.certificate ?? vm.x509CertificateChain.certificates[0];
    const der = Buffer.from(holder.rawBytes, 'base64');
    const outer = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>).subs[1].toDER();
    expect(der.lastIndexOf(outer)).toBeGreaterThan(der.length - 100);
    // the bit flip the mutation test found: ecdsa-with-SHA256's OID becomes an unknown one, which @sigstore/core
    // would map to no algorithm at all (and node then verifies with its default digest)
    expect(holder.rawBytes).toContain('KoZIzj0EAwIDRwAwRA');
    holder.rawBytes = holder.rawBytes.replace('KoZIzj0EAwIDRwAwRA', 'KoZIzj0ESwIDRwAwRA');
    const r = verifyAttestation(
      parseAttestations(Buffer.from(JSON.stringify(json)), 'flipped')[0],
      trust,
      {},
      { digest },
    );
    expect(r.verified).toBe(false);
    expect(r.checks.find((c) => !c.ok)?.detail).toMatch(/CERTIFICATE_INVALID.*signatureAlgorithm differs/);
  });
});
