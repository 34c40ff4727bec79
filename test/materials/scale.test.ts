/**
 * Issue 12, finding 15: lockfile scale. A valid 200k-package lockfile must parse (no call-stack overflow from a
 * spread of an unbounded array) and 50,000 duplicate name@version entries must not take quadratic time.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectMaterials, lockfileReport, parseLockfile, toResourceDescriptors } from '../../src/materials/index.js';
import { npmPackagesOf } from '../../src/audit/index.js';

const INTEGRITY = `sha512-${Buffer.alloc(64, 3).toString('base64')}`;

/** A package-lock v3: `n` distinct packages, or `n` copies of one name@version nested under distinct parents. */
function lockText(n: number, duplicates: boolean): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
  for (let i = 0; i < n; i++) {
    const key = duplicates ? `node_modules/p${i}/node_modules/same` : `node_modules/pkg-${i}`;
    packages[key] = { version: '1.0.0', resolved: `https://registry.npmjs.org/x/-/x-1.0.0.tgz`, integrity: INTEGRITY };
  }
  return JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages });
}

let big: string;
let dup: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'prov-scale-'));
  mkdirSync(join(dir, 'big'));
  mkdirSync(join(dir, 'dup'));
  big = join(dir, 'big', 'package-lock.json');
  dup = join(dir, 'dup', 'package-lock.json');
  writeFileSync(big, lockText(200_000, false));
  writeFileSync(dup, lockText(50_000, true));
});

describe('lockfile scale (linear, no spread of unbounded arrays)', () => {
  test('a valid 200k-package npm lockfile parses: materials, lockfile report and audit --lockfile package list', async () => {
    const m = await collectMaterials({ patterns: [big], baseDir: '/' });
    expect(m.lockfiles[0].packages).toBe(200_000);
    expect(m.dependencies).toHaveLength(200_001); // the lockfile itself + every package
    expect(m.dependencies[1]).toMatchObject({ uri: 'pkg:npm/pkg-0@1.0.0' });
    const { packages } = npmPackagesOf(big);
    expect(packages).toHaveLength(200_000);
    expect(packages[199_999]).toMatchObject({ name: 'pkg-199999', version: '1.0.0' });
  }, 300000);

  test('50,000 duplicate name@version entries collapse to one, in linear time', async () => {
    const text = lockText(50_000, true);
    const parsed = parseLockfile(dup, text);
    expect(parsed.packages).toHaveLength(50_000);
    const report = lockfileReport(dup, parsed.format, parsed.packages, text);
    expect(report).toMatchObject({ packages: 1, missingHashes: [], allPinned: true });
    expect(toResourceDescriptors(parsed.packages, 'package-lock.json')).toHaveLength(1);
    const m = await collectMaterials({ patterns: [dup], baseDir: '/' });
    expect(m.lockfiles[0].packages).toBe(1);
    expect(npmPackagesOf(dup).packages).toHaveLength(1);
  }, 300000);
});
