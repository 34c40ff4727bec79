import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  resolveSubjects,
  parseChecksums,
  parseDigest,
  parseAlgorithms,
  hashFiles,
  splitPatterns,
} from '../../src/subjects/index.js';
import { ProvenantError } from '../../src/errors.js';

const sha = (alg: string, s: string | Buffer) => createHash(alg).update(s).digest('hex');
let ws: string;
let outside: string;

function codeOf(fn: () => unknown): Promise<string> {
  return Promise.resolve()
    .then(fn)
    .then(
      () => 'no error',
      (e) => (e instanceof ProvenantError ? e.code : `not a ProvenantError: ${e}`),
    );
}

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'prov-subj-'));
  outside = mkdtempSync(join(tmpdir(), 'prov-out-'));
  mkdirSync(join(ws, 'a'), { recursive: true });
  mkdirSync(join(ws, 'b', 'deep'), { recursive: true });
  writeFileSync(join(ws, 'a', 'app.tar.gz'), 'first');
  writeFileSync(join(ws, 'b', 'app.tar.gz'), 'second');
  writeFileSync(join(ws, 'b', 'deep', 'x.bin'), 'deep');
  writeFileSync(join(ws, 'b', 'notes.txt'), 'notes');
  writeFileSync(join(outside, 'secret'), 'secret');
});
afterAll(() => {
  rmSync(ws, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('subject-path', () => {
  test('names are workspace-relative paths: same basename in two folders does not collide', async () => {
    const s = await resolveSubjects({ subjectPaths: '**/app.tar.gz', baseDir: ws });
    expect(s).toEqual([
      { name: 'a/app.tar.gz', digest: { sha256: sha('sha256', 'first') } },
      { name: 'b/app.tar.gz', digest: { sha256: sha('sha256', 'second') } },
    ]);
  });
  test('directories expand to files below them; commas and newlines separate; ! excludes', async () => {
    const s = await resolveSubjects({ subjectPaths: 'b\n!b/notes.txt, a/app.tar.gz', baseDir: ws });
    expect(s.map((x) => x.name)).toEqual(['a/app.tar.gz', 'b/app.tar.gz', 'b/deep/x.bin']);
  });
  test('subject-base-dir changes the names', async () => {
    const s = await resolveSubjects({ subjectPaths: 'b/deep/x.bin', baseDir: ws, subjectBaseDir: 'b' });
    expect(s.map((x) => x.name)).toEqual(['deep/x.bin']);
  });
  test('sha256 and sha512 in one read', async () => {
    const s = await resolveSubjects({ subjectPaths: 'a/app.tar.gz', baseDir: ws, algorithms: ['sha256', 'sha512'] });
    expect(s[0].digest).toEqual({ sha256: sha('sha256', 'first'), sha512: sha('sha512', 'first') });
  });
  test('no match: error by default, warn or ignore on request', async () => {
    expect(await codeOf(() => resolveSubjects({ subjectPaths: 'nothing/*.zip', baseDir: ws }))).toBe('NO_FILES_FOUND');
    const warnings: string[] = [];
    const s = await resolveSubjects({
      subjectPaths: 'nothing/*.zip',
      baseDir: ws,
      ifNoFilesFound: 'warn',
      onWarning: (m) => warnings.push(m),
    });
    expect(s).toEqual([]);
    expect(warnings[0]).toMatch(/no files matched 'nothing\/\*\.zip'/);
    expect(await resolveSubjects({ subjectPaths: 'nothing/*.zip', baseDir: ws, ifNoFilesFound: 'ignore' })).toEqual([]);
  });
  test('a symlink resolving outside the workspace is refused, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prov-ln-'));
    symlinkSync(join(outside, 'secret'), join(dir, 'escape'));
    await expect(resolveSubjects({ subjectPaths: 'escape', baseDir: dir })).rejects.toThrow(
      /escape is a symlink to .*outside the workspace/,
    );
    expect(await codeOf(() => resolveSubjects({ subjectPaths: 'escape', baseDir: dir }))).toBe('SYMLINK_ESCAPE');
    rmSync(dir, { recursive: true, force: true });
  });
  test('a symlink inside the workspace is fine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prov-ln2-'));
    writeFileSync(join(dir, 'real'), 'r');
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    const s = await resolveSubjects({ subjectPaths: 'alias', baseDir: dir });
    expect(s).toEqual([{ name: 'alias', digest: { sha256: sha('sha256', 'r') } }]);
    rmSync(dir, { recursive: true, force: true });
  });
  test('unreadable file is reported by name', async () => {
    if (process.getuid?.() === 0) {
      // root reads everything: use a dangling symlink instead
      const dir = mkdtempSync(join(tmpdir(), 'prov-ur-'));
      symlinkSync(join(dir, 'missing'), join(dir, 'dangling'));
      await expect(resolveSubjects({ subjectPaths: 'dangling', baseDir: dir })).rejects.toThrow(/dangling/);
      rmSync(dir, { recursive: true, force: true });
    } else {
      const f = join(ws, 'locked');
      writeFileSync(f, 'x');
      chmodSync(f, 0);
      expect(await codeOf(() => resolveSubjects({ subjectPaths: 'locked', baseDir: ws }))).toBe('FILE_UNREADABLE');
    }
  });
  test('a few thousand real files hash concurrently and correctly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prov-many-'));
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `f${i}`), `content ${i}`);
    const s = await resolveSubjects({ subjectPaths: '*', baseDir: dir });
    expect(s).toHaveLength(3000);
    const byName = new Map(s.map((x) => [x.name, x.digest.sha256]));
    expect(byName.get('f1234')).toBe(sha('sha256', 'content 1234'));
    expect(byName.get('f2999')).toBe(sha('sha256', 'content 2999'));
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('hashFiles', () => {
  test('large file streams in chunks and matches node:crypto', async () => {
    const f = join(ws, 'big');
    const buf = Buffer.alloc(9 * 1024 * 1024 + 7, 0xab);
    writeFileSync(f, buf);
    const [d] = await hashFiles([f], ['sha256', 'sha384']);
    expect(d).toEqual({ sha256: sha('sha256', buf), sha384: sha('sha384', buf) });
  });
  test('empty list and empty file', async () => {
    expect(await hashFiles([], ['sha256'])).toEqual([]);
    writeFileSync(join(ws, 'empty'), '');
    expect((await hashFiles([join(ws, 'empty')], ['sha256']))[0].sha256).toBe(sha('sha256', ''));
  });
});

describe('subject-digest', () => {
  const hex = 'a'.repeat(64);
  test('sha256 and sha512 with length checks', async () => {
    expect(
      await resolveSubjects({ subjectDigest: `sha256:${hex.toUpperCase()}`, subjectName: 'img', baseDir: ws }),
    ).toEqual([{ name: 'img', digest: { sha256: hex } }]);
    expect(parseDigest(`sha512:${'b'.repeat(128)}`, 'x').algorithm).toBe('sha512');
    expect(() => parseDigest(`sha256:${'a'.repeat(63)}`, 'subject-digest')).toThrow(/64 hex characters/);
    expect(() => parseDigest('md5:abcd', 'subject-digest')).toThrow(/unsupported/);
    expect(() => parseDigest('sha256-abc', 'subject-digest')).toThrow(/ALGORITHM:HEX/);
    expect(await codeOf(() => resolveSubjects({ subjectDigest: 'sha256:zz', subjectName: 'n', baseDir: ws }))).toBe(
      'DIGEST_INVALID',
    );
    expect(await codeOf(() => resolveSubjects({ subjectDigest: `sha256:${hex}`, baseDir: ws }))).toBe('USAGE');
  });
});

describe('subject-checksums', () => {
  const h1 = sha('sha256', '1');
  const h2 = sha('sha512', '2');
  test('GNU text and binary markers, escaped names, BSD format, comments', () => {
    const text = [
      `${h1}  dist/one.tgz`,
      `${h2} *two.bin`,
      '# comment',
      '',
      `\\${h1}  we\\\\ird\\nname`,
      `SHA256 (three.zip) = ${h1}`,
    ].join('\n');
    expect(parseChecksums(text, 'sums')).toEqual([
      { name: 'dist/one.tgz', digest: { sha256: h1 } },
      { name: 'two.bin', digest: { sha512: h2 } },
      { name: 'we\\ird\nname', digest: { sha256: h1 } },
      { name: 'three.zip', digest: { sha256: h1 } },
    ]);
  });
  test('a malformed line is reported with its line number', () => {
    expect(() => parseChecksums(`${h1}  ok\nnot a checksum line`, 'sums.txt')).toThrow(/sums.txt: line 2/);
    expect(() => parseChecksums(`abc  short`, 's')).toThrow(/line 1/);
    expect(() => parseChecksums(`SHA256 (x) = abcd`, 's')).toThrow(/line 1: sha256 digest must have 64/);
  });
  test('from a file or inline; duplicates collapse; conflicting duplicates fail', async () => {
    writeFileSync(join(ws, 'SHA256SUMS'), `${h1}  one\n${h1}  one\n`);
    expect(await resolveSubjects({ subjectChecksums: 'SHA256SUMS', baseDir: ws })).toEqual([
      { name: 'one', digest: { sha256: h1 } },
    ]);
    expect(await resolveSubjects({ subjectChecksums: `${h1}  inline\n`, baseDir: ws })).toEqual([
      { name: 'inline', digest: { sha256: h1 } },
    ]);
    expect(await codeOf(() => resolveSubjects({ subjectChecksums: 'missing.txt', baseDir: ws }))).toBe(
      'FILE_NOT_FOUND',
    );
    const other = sha('sha256', 'other');
    expect(await codeOf(() => resolveSubjects({ subjectChecksums: `${h1}  x\n${other}  x\n`, baseDir: ws }))).toBe(
      'INPUT_INVALID',
    );
  });
  test('100,000 subjects in one go (no cap)', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`${sha('sha256', String(i))}  pkg/file-${i}.bin`);
    const s = await resolveSubjects({ subjectChecksums: lines.join('\n'), baseDir: ws });
    expect(s).toHaveLength(100_000);
    expect(s.find((x) => x.name === 'pkg/file-99999.bin')?.digest.sha256).toBe(sha('sha256', '99999'));
  });
});

describe('inputs', () => {
  test('algorithms and pattern splitting', () => {
    expect(parseAlgorithms('sha256, sha512')).toEqual(['sha256', 'sha512']);
    expect(parseAlgorithms('')).toEqual(['sha256']);
    expect(() => parseAlgorithms('md5')).toThrow(/unsupported algorithm 'md5'/);
    expect(splitPatterns('a,b\n c \n\n!d')).toEqual(['a', 'b', 'c', '!d']);
  });
  test('no subject input at all is a usage error', async () => {
    expect(await codeOf(() => resolveSubjects({ baseDir: ws }))).toBe('USAGE');
  });
});
