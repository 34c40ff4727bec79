/**
 * Recording and parameters against the reference, at test time through /usr/bin/python3: exclude patterns against
 * pathspec's gitwildmatch (what in-toto uses), recordArtifacts against in_toto.runlib.record_artifacts_as_dict on a
 * tree with folders, symlinks (to files, to folders, broken, a loop), hidden and excluded names, and pyFormat against
 * str.format.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileExcludes, compileNameExcludes } from '../../src/intoto/gitwildmatch.js';
import { FormatError, pyFormat } from '../../src/intoto/pyformat.js';
import { recordArtifacts } from '../../src/intoto/record.js';
import { rng } from '../support/rng.js';

const py = (script: string, input: unknown): any =>
  JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script], {
      input: JSON.stringify(input),
      maxBuffer: 64 * 1024 * 1024,
    }).toString(),
  );

describe('exclude patterns agree with pathspec gitwildmatch', () => {
  test('3000 random pattern lists over random paths', () => {
    const r = rng(77);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
    const segs = [
      'a',
      'b',
      'src',
      'foo.py',
      'x.pyc',
      '.git',
      'foo.link',
      'bar.link-unfinished',
      'a~',
      'dist',
      'ü',
      'c-d',
      '[x]',
    ];
    const pats = [
      '*.link*',
      '.git',
      '*.pyc',
      '*~',
      'src',
      'src/',
      '/src',
      'a/*',
      'a/**',
      '**/b',
      'a/**/b',
      '**',
      '*',
      '?',
      'foo.*',
      '!foo.py',
      '!src',
      '#c',
      '',
      'dist/',
      '[ab]',
      '[!a]*',
      'c-d',
      '\\[x]',
      'src/*.py',
      '*/foo.py',
      'a/b/',
      '**/',
    ];
    const cases: Array<[string[], string[]]> = [];
    for (let i = 0; i < 3000; i++) {
      const patterns = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(pats));
      const paths = Array.from({ length: 6 }, () =>
        Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(segs)).join('/'),
      );
      cases.push([patterns, paths]);
    }
    const expected = py(
      `
import json, sys
from pathspec import PathSpec
out = []
for pats, paths in json.load(sys.stdin):
    spec = PathSpec.from_lines('gitwildmatch', pats)
    m = set(spec.match_files(paths))
    out.append([p in m for p in paths])
print(json.dumps(out))`,
      cases,
    ) as boolean[][];
    const diff: unknown[] = [];
    cases.forEach(([patterns, paths], i) => {
      const ex = compileExcludes(patterns);
      const got = paths.map((p) => ex(p));
      if (JSON.stringify(got) !== JSON.stringify(expected[i]))
        diff.push({ patterns, paths, got, expected: expected[i] });
    });
    expect(diff.slice(0, 5)).toEqual([]);
    // the walk's shortcut: with no `/` and no `!` in the patterns, a path whose folders are kept is excluded exactly
    // when its own name is (checked on every case it applies to, against the whole-path matcher just compared)
    let applied = 0;
    const shortcut: unknown[] = [];
    for (const [patterns, paths] of cases) {
      const byName = compileNameExcludes(patterns);
      const simple = patterns.every((p) => p.trim().startsWith('#') || (!p.includes('/') && !p.trim().startsWith('!')));
      if (simple !== (byName !== undefined) && patterns.some((p) => p.trim() && !p.trim().startsWith('#')))
        shortcut.push({ patterns, byName: byName !== undefined });
      if (!byName) continue;
      const ex = compileExcludes(patterns);
      for (const p of paths) {
        const parts = p.split('/');
        if (parts.slice(0, -1).some((_, i) => ex(parts.slice(0, i + 1).join('/')))) continue; // a folder excluded
        applied++;
        if (byName(parts[parts.length - 1]) !== ex(p)) shortcut.push({ patterns, path: p });
      }
    }
    expect(shortcut.slice(0, 5)).toEqual([]);
    expect(applied).toBeGreaterThan(1000);
  });
});

describe('recordArtifacts agrees with record_artifacts_as_dict', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'prov-record-ref-'));
    const f = (p: string, c = p) => {
      mkdirSync(join(base, p, '..'), { recursive: true });
      writeFileSync(join(base, p), c);
    };
    for (const p of [
      'foo.py',
      'foo.pyc',
      'foo.py~',
      'step.776a00e2.link',
      '.hidden',
      'src/a.c',
      'src/b.c',
      'src/sub/c.h',
      'src/sub/deep/d.txt',
      '.git/HEAD',
      'dist/app-1.0.tgz',
      'other/x.txt',
      'c-d/e f.txt',
      'ü/ä.txt',
    ])
      f(p);
    symlinkSync('foo.py', join(base, 'link-to-file'));
    symlinkSync('src', join(base, 'link-to-dir'));
    symlinkSync('nowhere', join(base, 'broken-link'));
    symlinkSync('..', join(base, 'src', 'sub', 'loop'));
  });
  const cases: Array<{ artifacts: string[]; exclude?: string[]; lstrip?: string[]; follow?: boolean }> = [
    { artifacts: ['.'] },
    { artifacts: ['.'], follow: true },
    { artifacts: ['src', 'foo.py', './foo.py', 'src/../foo.py', 'missing'] },
    { artifacts: ['.'], exclude: ['src/sub', '*.txt'] },
    { artifacts: ['.'], exclude: ['*.c', '!a.c'] },
    { artifacts: ['src', 'dist'], lstrip: ['src/', 'dist/'] },
    { artifacts: ['src/sub'], lstrip: ['src/sub/'] },
    { artifacts: ['link-to-file', 'link-to-dir', 'broken-link'] },
    { artifacts: ['.'], exclude: ['**/deep/**', 'c-d/'] },
    { artifacts: [join('/', 'nonexistent-abs')] },
  ];
  test(`${cases.length} recordings of a tree with symlinks, excluded and hidden names`, async () => {
    const expected = py(
      `
import json, sys, logging
logging.disable(logging.CRITICAL)
from in_toto.runlib import record_artifacts_as_dict
out = []
base, cases = json.load(sys.stdin)
for c in cases:
    # the loop link makes os.walk recurse without end when following: cap it as Provenant does is not possible,
    # so following runs without the loop below
    out.append(record_artifacts_as_dict(c['artifacts'], exclude_patterns=c.get('exclude'), base_path=base,
        follow_symlink_dirs=c.get('follow', False), lstrip_paths=c.get('lstrip')))
print(json.dumps(out))`,
      [
        base,
        cases.map((c) =>
          c.follow ? { ...c, exclude: ['loop', ...(c.exclude ?? ['*.link*', '.git', '*.pyc', '*~'])] } : c,
        ),
      ],
    ) as Array<Record<string, unknown>>;
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      const got = await recordArtifacts(c.artifacts, {
        baseDir: base,
        excludes: c.follow ? ['loop', ...(c.exclude ?? ['*.link*', '.git', '*.pyc', '*~'])] : c.exclude,
        lstrip: c.lstrip,
        followSymlinkDirs: c.follow ?? false,
      });
      expect({ case: c, got }).toEqual({ case: c, got: expected[i] });
    }
  });
  test('a symlink back to a folder being walked is not entered again when following (Python recurses until it fails)', async () => {
    // following is the default (in-toto-run, in-toto-record and inspections follow)
    const got = await recordArtifacts(['src'], { baseDir: base });
    expect(Object.keys(got)).toEqual(['src/a.c', 'src/b.c', 'src/sub/c.h', 'src/sub/deep/d.txt']);
    // a symlinked folder that is not an ancestor is walked under the link's name
    expect(Object.keys(await recordArtifacts(['link-to-dir'], { baseDir: base, followSymlinkDirs: true }))).toEqual([
      'link-to-dir/a.c',
      'link-to-dir/b.c',
      'link-to-dir/sub/c.h',
      'link-to-dir/sub/deep/d.txt',
    ]);
  });
  test('--lstrip-paths: overlapping prefixes and resulting duplicate names are errors, as in the reference', async () => {
    await expect(recordArtifacts(['src'], { baseDir: base, lstrip: ['src/', 'src/sub/'] })).rejects.toThrow(
      /prefix of the other/,
    );
    await expect(
      recordArtifacts(['src/a.c', 'other/x.txt', 'src/sub/deep/d.txt'], {
        baseDir: base,
        lstrip: ['src/sub/deep/', 'other/'],
      }),
    ).resolves.toMatchObject({ 'x.txt': expect.anything(), 'd.txt': expect.anything() });
    mkdirSync(join(base, 'twin', 'src'), { recursive: true });
    writeFileSync(join(base, 'twin', 'a.c'), 'x');
    await expect(
      recordArtifacts(['src/a.c', 'twin/a.c'], { baseDir: base, lstrip: ['src/', 'twin/'] }),
    ).rejects.toThrow(/two artifacts are recorded as 'a.c'/);
  });
});

describe('parameter substitution is str.format', () => {
  test('values, braces, format specs, and the errors Python raises', () => {
    const params = { a: 'ab', w: '4', 'a-b': 'h', ' a': 'sp', long: 'ünïcödé' };
    const formats = [
      '{a}',
      'x{a}y{a}',
      '{a:05}',
      '{a:>5}',
      '{a:*^6}',
      '{a:.1}',
      '{a:0>4}',
      '{a:=5}',
      '{a:+}',
      '{a:05s}',
      '{a:x}',
      '{a!s:>3}',
      '{a:{w}}',
      '{a:,}',
      '{a:<0}',
      '{a:00}',
      '{a:^}',
      '{}',
      '{0}',
      'x}',
      '{a',
      '{{a}}',
      '{a-b}',
      '{ a}',
      '{missing}',
      '{long:.3}',
      '{long:~^11}',
      '}}{{',
      'plain',
      '{a:#}',
      '{a:_}',
      '{a!x}',
      '{a!s}',
    ];
    const expected = py(
      `
import json, sys
params, formats = json.load(sys.stdin)
out = []
for f in formats:
    try: out.append(f.format(**params))
    except Exception as e: out.append(None)
print(json.dumps(out))`,
      [params, formats],
    ) as Array<string | null>;
    const got = formats.map((f) => {
      try {
        return pyFormat(f, params);
      } catch (e) {
        if (e instanceof FormatError) return null;
        throw e;
      }
    });
    expect(got).toEqual(expected);
  });
});
