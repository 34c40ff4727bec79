import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCKFILES } from '../support/paths.js';
import { parseNpmLock, sriToDigest } from '../../src/materials/npm.js';

interface Entry {
  id: string;
  path: string;
  formatKey: string;
  packages: number;
  entries: number;
  withDigest: number;
  withoutDigest: number;
  digestAlgorithms: string[];
  samples: Array<{ purl: string; digest: Record<string, string> }>;
}
const manifest = JSON.parse(readFileSync(join(LOCKFILES, 'MANIFEST.json'), 'utf8')) as { entries: Entry[] };
const npm = manifest.entries.filter((e) => e.formatKey === 'npm-package-lock' || e.formatKey === 'npm-shrinkwrap');

describe('npm package-lock / shrinkwrap against test/fixtures/lockfiles/MANIFEST.json', () => {
  test('there are npm cases', () => expect(npm.length).toBeGreaterThanOrEqual(5));
  for (const e of npm) {
    test(`${e.id}: entries, distinct packages, digests and samples match exactly`, () => {
      const { packages } = parseNpmLock(readFileSync(join(LOCKFILES, e.path), 'utf8'), e.path);
      expect(packages.length).toBe(e.entries);
      const distinct = new Map<string, Record<string, string>>();
      for (const p of packages) {
        const k = `${p.name}@${p.version}`;
        const prev = distinct.get(k) ?? {};
        distinct.set(k, { ...prev, ...p.digest });
      }
      expect(distinct.size).toBe(e.packages);
      const withDigest = [...distinct.values()].filter((d) => Object.keys(d).length > 0).length;
      expect(withDigest).toBe(e.withDigest);
      expect(distinct.size - withDigest).toBe(e.withoutDigest);
      const algs = new Set(packages.flatMap((p) => Object.keys(p.digest)));
      expect([...algs].sort()).toEqual([...e.digestAlgorithms].sort());
      const byPurl = new Map(packages.map((p) => [p.purl, p]));
      for (const s of e.samples) {
        const p = byPurl.get(s.purl);
        expect(p?.purl).toBe(s.purl);
        for (const [alg, hex] of Object.entries(s.digest))
          expect(packages.some((q) => q.purl === s.purl && q.digest[alg] === hex)).toBe(true);
      }
    });
  }
  test('malformed input names the path and the key at fault', () => {
    expect(() => parseNpmLock('{"lockfileVersion": 9}', 'x/package-lock.json')).toThrow(
      /x\/package-lock.json: lockfileVersion 9/,
    );
    expect(() => parseNpmLock('{"lockfileVersion": 3, "packages": {"node_modules/a": {}}}', 'p')).toThrow(
      /packages\["node_modules\/a"\].version/,
    );
    expect(() => sriToDigest('sha512-!!!', 'k')).toThrow(/not SRI/);
    expect(sriToDigest('sha512-AAAA sha1-AAAA', 'k')).toEqual({ sha512: '000000', sha1: '000000' });
  });
});
