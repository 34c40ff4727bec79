import { describe, expect, test } from '@jest/globals';
import { builderIdMatches, normalizeRepo, sourceRepoTarget, versionedTagMatches } from '../../src/verify/policy.js';
import { checkMaterialDigests, checkProvenancePolicy } from '../../src/verify/provenance-policy.js';
import type { CheckResult } from '../../src/verify/result.js';

describe('provenance policy matching (slsa-verifier semantics)', () => {
  test('builder ids: exact; PREFIX@ for a vX.Y.Z tag; without @ for any ref', () => {
    const wf = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml';
    expect(builderIdMatches(`${wf}@refs/tags/v2.1.0`, `${wf}@refs/tags/v2.1.0`)).toBe(true);
    expect(builderIdMatches(`${wf}@`, `${wf}@refs/tags/v2.1.0`)).toBe(true);
    expect(builderIdMatches(`${wf}@`, `${wf}@refs/heads/main`)).toBe(false);
    expect(builderIdMatches(wf, `${wf}@refs/heads/main`)).toBe(true);
    expect(builderIdMatches(wf, `${wf}x@refs/heads/main`)).toBe(false);
    expect(builderIdMatches(`${wf}@refs/tags/v2.1.0`, `${wf}@refs/tags/v2.1.1`)).toBe(false);
    expect(
      builderIdMatches(
        'https://cloudbuild.googleapis.com/GoogleHostedWorker',
        'https://cloudbuild.googleapis.com/GoogleHostedWorker@v0.3',
      ),
    ).toBe(true);
  });
  test('versioned tags: major, minor, patch as given; shorthand provenance tags read as Go semver.Canonical (v39 = v39.0.0)', () => {
    expect(versionedTagMatches('v1', 'refs/tags/v1.4.2')).toBe(true);
    expect(versionedTagMatches('v1.4', 'refs/tags/v1.4.2')).toBe(true);
    expect(versionedTagMatches('v1.5', 'refs/tags/v1.4.2')).toBe(false);
    expect(versionedTagMatches('v1.4.2', 'refs/tags/v1.4.2')).toBe(true);
    expect(versionedTagMatches('v2', 'refs/tags/v1.4.2')).toBe(false);
    expect(versionedTagMatches('v39', 'refs/tags/v39')).toBe(true);
    expect(versionedTagMatches('v39.0', 'refs/tags/v39')).toBe(true);
    expect(versionedTagMatches('v39.1', 'refs/tags/v39')).toBe(false);
    expect(versionedTagMatches('v1.2.0', 'refs/tags/v1.2')).toBe(true);
    expect(versionedTagMatches('v1', 'refs/heads/v1.0.0')).toBe(false);
    expect(versionedTagMatches('v1', 'refs/tags/latest')).toBe(false);
    expect(versionedTagMatches('v1', undefined)).toBe(false);
    expect(() => versionedTagMatches('latest', 'refs/tags/v1.0.0')).toThrow(/not vMAJOR/);
  });
  test('repositories compare without scheme, git+, .git, @ref, case and trailing slash', () => {
    expect(normalizeRepo('git+https://github.com/Khalkie/gcb-prod-prov@refs/heads/main')).toBe(
      'github.com/khalkie/gcb-prod-prov',
    );
    expect(normalizeRepo('https://github.com/o/r.git/')).toBe('github.com/o/r');
    expect(normalizeRepo('github.com/o/r')).toBe('github.com/o/r');
  });
});

describe('--source-repo / --signer-repo values', () => {
  test('OWNER/REPO is on github.com whatever the repository name holds; HOST/OWNER/REPO and URLs as given', () => {
    expect(sourceRepoTarget('octo/app')).toBe('github.com/octo/app');
    expect(sourceRepoTarget('octo/my.repo')).toBe('github.com/octo/my.repo'); // was read as a host before
    expect(sourceRepoTarget('Octo/App.git')).toBe('github.com/octo/app');
    expect(sourceRepoTarget('github.com/octo/app')).toBe('github.com/octo/app');
    expect(sourceRepoTarget('ghe.example.com/octo/app')).toBe('ghe.example.com/octo/app');
    expect(sourceRepoTarget('https://ghe.example.com/octo/app/')).toBe('ghe.example.com/octo/app');
    expect(sourceRepoTarget('git+https://github.com/octo/app@refs/heads/main')).toBe('github.com/octo/app');
    // never equal to another repository
    expect(sourceRepoTarget('octo/app')).not.toBe(sourceRepoTarget('octo/app2'));
    expect(sourceRepoTarget('evil.com/octo/app')).not.toBe(sourceRepoTarget('octo/app'));
  });
});

describe('--require-material-digests', () => {
  test('an attestation that is not SLSA provenance (no materials to check) fails it, never passes unchecked', () => {
    const checks: CheckResult[] = [];
    checkProvenancePolicy(undefined, { requireMaterialDigests: true }, checks);
    checkMaterialDigests(undefined, { requireMaterialDigests: true }, checks);
    expect(checks).toEqual([
      expect.objectContaining({ ok: false, detail: expect.stringMatching(/^\[PREDICATE_TYPE\]/) }),
    ]);
  });
  test('provenance: checked against its resolved dependencies, nothing added by the policy step', () => {
    const claims = { dependencies: [{ uri: 'git+https://github.com/o/r', digest: { gitCommit: 'a'.repeat(40) } }] };
    const checks: CheckResult[] = [];
    checkProvenancePolicy(claims, { requireMaterialDigests: true }, checks);
    checkMaterialDigests(claims, { requireMaterialDigests: true }, checks);
    expect(checks.map((c) => [c.code, c.ok])).toEqual([['material-digests', true]]);
  });
});
