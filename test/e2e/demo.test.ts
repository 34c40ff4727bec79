// `npm run demo` (the README's first command after npm ci) works end to end: attest, verify with a VSA,
// verify-vsa, and the tampered artifact rejected.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { ensureBuilt } from '../support/runner.js';

beforeAll(() => ensureBuilt(), 120000);

describe('npm run demo', () => {
  test('attests, verifies (L1), writes and checks a VSA, rejects the tampered artifact, exits 0', () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'demo.mjs')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/attested 1 subject\(s\)/);
    expect(out).toMatch(/hello-1\.0\.0\.tar\.gz\tyes\tL1\t/);
    expect(out).toMatch(/VSA \(PASSED\) for hello-1\.0\.0\.tar\.gz/);
    expect(out).toMatch(/VSA holds: SLSA Build L1/);
    expect(out).toMatch(/tampered\.tar\.gz\tNO\tL0\t/);
    expect(out).toMatch(/\[SUBJECT_MISMATCH\]/);
    expect(out).toMatch(/the tampered artifact is rejected/);
    expect(r.status).toBe(0);
  }, 120000);
});
