import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCKFILES } from '../support/paths.js';
import type { LockedPackage } from '../../src/materials/npm.js';
import { parseYarnClassic, parseYarnBerry, parsePnpmLock } from '../../src/materials/js-formats.js';
import { parseGemfileLock } from '../../src/materials/gem.js';
import {
  parseCargoLock,
  parseGoSum,
  parsePipfileLock,
  parsePoetryLock,
  parseRequirements,
  parseUvLock,
} from '../../src/materials/formats.js';

interface Sample {
  purl: string;
  digest: Record<string, string>;
  digestAnyOf?: Record<string, string[]>;
}
interface Entry {
  id: string;
  path: string;
  formatKey: string;
  packages: number;
  entries: number;
  withDigest: number;
  withoutDigest: number;
  digestAlgorithms: string[];
  allPinned: boolean;
  samples: Sample[];
}
const manifest = JSON.parse(readFileSync(join(LOCKFILES, 'MANIFEST.json'), 'utf8')) as { entries: Entry[] };
const PARSERS: Record<string, (t: string, p: string) => LockedPackage[]> = {
  cargo: parseCargoLock,
  'go-sum': parseGoSum,
  'pipfile-lock': parsePipfileLock,
  poetry: parsePoetryLock,
  uv: parseUvLock,
  'requirements-hashes': parseRequirements,
  'requirements-pins': parseRequirements,
  'requirements-unpinned': parseRequirements,
  'yarn-classic': parseYarnClassic,
  'yarn-berry': parseYarnBerry,
  pnpm: parsePnpmLock,
  'gemfile-lock': parseGemfileLock,
};

describe('lockfile formats against test/fixtures/lockfiles/MANIFEST.json', () => {
  const cases = manifest.entries.filter((e) => PARSERS[e.formatKey]);
  test('cases exist for every implemented format', () =>
    expect(new Set(cases.map((c) => c.formatKey)).size).toBe(Object.keys(PARSERS).length));
  for (const e of cases) {
    test(`${e.id}: entries, packages, digests, pins and samples match exactly`, () => {
      const pkgs = PARSERS[e.formatKey](readFileSync(join(LOCKFILES, e.path), 'utf8'), e.path);
      expect(pkgs.length).toBe(e.entries);
      const distinct = new Map<string, LockedPackage[]>();
      for (const p of pkgs)
        distinct.set(`${p.name}@${p.version}`, [...(distinct.get(`${p.name}@${p.version}`) ?? []), p]);
      expect(distinct.size).toBe(e.packages);
      const withDigest = [...distinct.values()].filter((ps) => ps.some((p) => Object.keys(p.digest).length)).length;
      expect(withDigest).toBe(e.withDigest);
      expect([...new Set(pkgs.flatMap((p) => Object.keys(p.digest)))].sort()).toEqual([...e.digestAlgorithms].sort());
      expect(pkgs.every((p) => p.version !== '')).toBe(e.allPinned);
      for (const s of e.samples) {
        const hits = pkgs.filter((p) => p.purl === s.purl);
        expect(hits.map((h) => h.purl)).toContain(s.purl);
        for (const [alg, hex] of Object.entries(s.digest)) expect(hits.some((h) => h.digest[alg] === hex)).toBe(true);
        for (const [alg, list] of Object.entries(s.digestAnyOf ?? {}))
          expect(
            hits.some(
              (h) => JSON.stringify([...(h.digestAnyOf?.[alg] ?? [])].sort()) === JSON.stringify([...list].sort()),
            ),
          ).toBe(true);
      }
    });
  }
  test('malformed input is reported with the path and the line or key', () => {
    expect(() => parseGoSum('github.com/x/y v1.0.0 h1:abc=\nnonsense\n', 'go.sum')).toThrow(/go.sum: line 2/);
    expect(() => parseGoSum('github.com/x/y v1 h1:abc=\n', 'go.sum')).toThrow(/go.sum: line 1: no valid package URL/);
    expect(() => parseCargoLock('[[package]\nname=', 'Cargo.lock')).toThrow(/Cargo.lock: /);
    expect(() => parseRequirements('flask==1.0 --hash=sha256:zz', 'requirements.txt')).toThrow(
      /requirements.txt: line 1/,
    );
    expect(() => parsePipfileLock('{"default": {"a": {"hashes": ["nope"]}}}', 'Pipfile.lock')).toThrow(
      /Pipfile.lock: default.a/,
    );
  });
});
