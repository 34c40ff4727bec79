import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../support/paths.js';
import { verifyArtifacts, type Policy } from '../../src/verify/index.js';

interface Case {
  id: string;
  path: string;
  kind: string;
  expect: 'valid' | 'invalid';
  trustedRoot?: string | null;
  artifact?: string | null;
  expectedBuilderId?: string | null;
  expectedSourceRepo?: string | null;
  expectedIdentity?: { san?: string; issuer?: string } | null;
  offlineVerifiable?: boolean;
  policyDependent?: boolean;
  expectCrypto?: 'valid' | 'invalid';
  verificationKey?: string;
  npmKeys?: string;
  container?: string;
  artifactDigest?: string | Record<string, string>;
  why?: string;
}
const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as { cases: Case[] };
const inCorpus = (p: string) => join(CORPUS, p.replace(/^public\//, ''));

/** Why a case cannot be run offline here (null when it can). */
function skipReason(c: Case): string | null {
  if (!['sigstore-bundle', 'dsse-envelope', 'intoto-jsonl'].includes(c.kind))
    return `kind ${c.kind}: verified against its layout in test/e2e/intoto-interop.test.ts and intoto-reference.test.ts`;
  if (c.offlineVerifiable === false) return 'needs an online Rekor lookup';
  const hasKey = !!(c.verificationKey || c.npmKeys);
  if (!c.trustedRoot && !hasKey) return 'no trust material in the corpus';
  if (c.trustedRoot && !existsSync(inCorpus(c.trustedRoot))) return `trusted root ${c.trustedRoot} is not a file`;
  return null;
}

function corpusPolicy(c: Case): Policy {
  return {
    builderId: c.expectedBuilderId ?? undefined,
    sourceUri: c.expectedSourceRepo ?? undefined,
    certIdentity: c.expectedIdentity?.san,
    certOidcIssuer: c.expectedIdentity?.issuer,
    noSubjectCheck: !c.artifact && !c.artifactDigest,
    // as provenant verify: a certificate needs an identity constraint the certificate answers; a case that names no
    // SAN opts out explicitly (its expectation is about the signature and the binding, not the signer; an old
    // certificate without the source extensions cannot answer --source-uri)
    requireIdentity: true,
    insecureSkipIdentity: !c.expectedIdentity?.san,
  };
}

describe('verifier agrees with the corpus (test/fixtures/corpus/MANIFEST.json)', () => {
  const runnable = manifest.cases.filter((c) => skipReason(c) === null);
  const skipped = manifest.cases.filter(
    (c) => c.kind !== 'trusted-root' && c.kind !== 'artifact' && skipReason(c) !== null,
  );

  test('every offline-verifiable case with trust material: agreement, and zero false accepts', async () => {
    const rows: string[] = [];
    const falseAccepts: string[] = [];
    const falseRejects: string[] = [];
    for (const c of runnable) {
      // a trustedRoot may be a folder of keys (Cloud Build's attestor keys): --trusted-root DIR takes its key files
      const keys = [c.verificationKey, c.npmKeys].filter((k): k is string => !!k).map(inCorpus);
      const ad = c.artifactDigest;
      const artifacts = c.artifact
        ? [inCorpus(c.artifact)]
        : typeof ad === 'string'
          ? [ad]
          : ad
            ? Object.entries(ad)
                .map(([a, h]) => `${a}:${h}`)
                .slice(0, 1)
            : [];
      let verified = false;
      let detail = '';
      try {
        const report = await verifyArtifacts({
          artifacts,
          bundles: [inCorpus(c.path)],
          trustedRoot: c.trustedRoot ? inCorpus(c.trustedRoot) : undefined,
          keys,
          policy: corpusPolicy(c),
        });
        verified = report.verified;
        detail = report.results.flatMap((r) => r.checks.filter((x) => !x.ok).map((x) => x.detail)).join(' | ');
        for (const r of report.results)
          for (const ch of r.checks) if (!ch.ok) expect(ch.detail).toMatch(/^\[[A-Z_]+\] /);
      } catch (e) {
        detail = `threw: ${(e as Error).message}`;
        expect(`${c.id}: ${(e as { code?: string }).code} ${(e as Error).message}`).toMatch(/^[^:]+: [A-Z_]+ /);
      }
      const got = verified ? 'valid' : 'invalid';
      // policy-dependent cases (the source verifier's own policy decided): Provenant's policy accepts Sigstore bundles
      // v0.1-v0.3 (issue 4), so the cryptographic expectation is the one to agree with
      const want = c.policyDependent && c.expectCrypto && got === c.expectCrypto ? c.expectCrypto : c.expect;
      if (got === 'valid' && want === 'invalid') falseAccepts.push(`${c.id}: ${c.why ?? ''}`);
      if (got === 'invalid' && want === 'valid') falseRejects.push(`${c.id}: ${detail.slice(0, 300)}`);
      rows.push(
        `${got === want ? 'agree   ' : 'DISAGREE'} ${want.padEnd(7)} ${c.id}${want !== c.expect ? ' (policy-dependent: expectCrypto)' : ''}${got !== want ? `  — ${detail.slice(0, 200)}` : ''}`,
      );
    }
    const agree = runnable.length - falseAccepts.length - falseRejects.length;
    // eslint-disable-next-line no-console
    console.log(
      `corpus agreement: ${agree}/${runnable.length} (false accepts ${falseAccepts.length}, false rejects ${falseRejects.length}); skipped ${skipped.length}\n` +
        rows.join('\n') +
        '\n\nskipped:\n' +
        skipped.map((c) => `  ${c.id}: ${skipReason(c)}`).join('\n'),
    );
    expect(runnable.length).toBeGreaterThan(80);
    expect(falseAccepts).toEqual([]);
    // the agreement floor is raised as support grows; false rejects are listed above
    expect(agree / runnable.length).toBeGreaterThanOrEqual(0.95);
  }, 300000);
});
