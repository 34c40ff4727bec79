// The many-small-files fast path: plain paths and folders are walked without @actions/glob and must find exactly what
// the glob finds; small files hash on the calling thread, large ones on workers, one large file's algorithms on
// several threads; results and errors are those of the one-file-at-a-time reference.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HashStream, hashFiles, resolveSubjects } from '../../src/subjects/index.js';
import { ProvenantError } from '../../src/errors.js';

const hex = (alg: string, b: Buffer | string) => createHash(alg).update(b).digest('hex');
let ws: string;
let outside: string;

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'prov-fast-'));
  outside = mkdtempSync(join(tmpdir(), 'prov-fast-out-'));
  const t = join(ws, 'tree');
  mkdirSync(join(t, 'a', 'b', 'c'), { recursive: true });
  mkdirSync(join(t, '.hidden'), { recursive: true });
  writeFileSync(join(t, 'top.txt'), 'top');
  writeFileSync(join(t, '.dotfile'), 'dot');
  writeFileSync(join(t, '.hidden', 'h.bin'), 'h');
  writeFileSync(join(t, 'a', 'one'), 'one');
  writeFileSync(join(t, 'a', 'b', 'c', 'deep'), 'deep');
  writeFileSync(join(t, 'a', 'b', 'big.bin'), randomBytes(3 * 1024 * 1024 + 5));
  symlinkSync(join(t, 'a', 'b'), join(t, 'linked-dir')); // a symlinked folder inside the workspace: followed
  symlinkSync(join(t, 'a'), join(t, 'a', 'b', 'c', 'loop')); // a cycle back to an ancestor: skipped
  symlinkSync(join(t, 'top.txt'), join(t, 'alias.txt'));
  execFileSync('mkfifo', [join(t, 'a', 'fifo')]); // not a regular file: not a subject
  writeFileSync(join(outside, 'secret'), 'secret');
  mkdirSync(join(outside, 'dir'));
  writeFileSync(join(outside, 'dir', 'f'), 'f');
});
afterAll(() => {
  rmSync(ws, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown>): Promise<ProvenantError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ProvenantError);
    return e as ProvenantError;
  }
  throw new Error('expected a failure');
}

describe('subject-path without glob syntax (walked directly)', () => {
  test('finds what @actions/glob finds for the same folder: hidden files, symlinked folders, no cycles', async () => {
    const walked = await resolveSubjects({ subjectPaths: 'tree', baseDir: ws, algorithms: ['sha256', 'sha512'] });
    const globbed = await resolveSubjects({ subjectPaths: 'tree/**', baseDir: ws, algorithms: ['sha256', 'sha512'] });
    expect(walked).toEqual(globbed);
    const names = walked.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'tree/.dotfile',
        'tree/.hidden/h.bin',
        'tree/alias.txt',
        'tree/linked-dir/big.bin',
        'tree/linked-dir/c/deep',
      ]),
    );
    expect(names.some((n) => n.includes('fifo'))).toBe(false);
    expect(names.some((n) => n.includes('loop/b/c/loop'))).toBe(false);
    const big = readFileSync(join(ws, 'tree', 'a', 'b', 'big.bin'));
    expect(walked.find((s) => s.name === 'tree/a/b/big.bin')!.digest).toEqual({
      sha256: hex('sha256', big),
      sha512: hex('sha512', big),
    });
    expect(walked.find((s) => s.name === 'tree/alias.txt')!.digest).toEqual({
      sha256: hex('sha256', 'top'),
      sha512: hex('sha512', 'top'),
    });
  });

  test('several paths, overlapping, and a missing one', async () => {
    const s = await resolveSubjects({ subjectPaths: 'tree/a, tree/a/one\ntree/nothing-here', baseDir: ws });
    const g = await resolveSubjects({ subjectPaths: 'tree/a/**, tree/a/on[e]\ntree/nothing-here*', baseDir: ws });
    expect(s).toEqual(g);
    expect(s.filter((x) => x.name === 'tree/a/one')).toHaveLength(1);
  });

  test('a symlinked folder or file leading outside the workspace is refused, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prov-fast-esc-'));
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(outside, 'dir'), join(dir, 'out', 'away'));
    symlinkSync(join(outside, 'secret'), join(dir, 'secret-link'));
    const e1 = await errorOf(resolveSubjects({ subjectPaths: 'out', baseDir: dir }));
    expect(e1.code).toBe('SYMLINK_ESCAPE');
    expect(e1.message).toContain('out/away/f');
    const e2 = await errorOf(resolveSubjects({ subjectPaths: 'secret-link', baseDir: dir }));
    expect(e2.code).toBe('SYMLINK_ESCAPE');
    rmSync(dir, { recursive: true, force: true });
  });

  test('a broken symlink below a folder fails the call, naming it, as the glob does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prov-fast-broken-'));
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'ok'), 'ok');
    symlinkSync(join(dir, 'missing'), join(dir, 'd', 'dangling'));
    for (const p of ['d', 'd/**']) {
      const e = await errorOf(resolveSubjects({ subjectPaths: p, baseDir: dir }));
      expect(e.code).toBe('FILE_UNREADABLE');
      expect(e.message).toContain('dangling');
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('hashFiles: inline small files, workers for large ones', () => {
  // 40 files: this thread and the pool; 150: this thread and helpers sharing a counter
  test.each([40, 150])('a mix of small and large files with three algorithms, in order (%i files)', async (count) => {
    const dir = mkdtempSync(join(tmpdir(), 'prov-fast-mix-'));
    const contents: Buffer[] = [];
    const paths: string[] = [];
    for (let i = 0; i < count; i++) {
      const b = randomBytes(i % 7 === 3 ? 2 * 1024 * 1024 + i : i * 997);
      contents.push(b);
      paths.push(join(dir, `f${i}`));
      writeFileSync(paths[i], b);
    }
    const ds = await hashFiles(paths, ['sha256', 'sha384', 'sha512']);
    ds.forEach((d, i) => {
      expect(Object.keys(d)).toEqual(['sha256', 'sha384', 'sha512']);
      expect(d).toEqual({
        sha256: hex('sha256', contents[i]),
        sha384: hex('sha384', contents[i]),
        sha512: hex('sha512', contents[i]),
      });
    });
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([5, 17])('one large file (%i MiB): one read, any algorithms (two threads from 16 MiB on)', async (mib) => {
    const f = join(ws, `one-big-${mib}`);
    const b = randomBytes(mib * 1024 * 1024 + 3);
    writeFileSync(f, b);
    expect(await hashFiles([f], ['sha256'])).toEqual([{ sha256: hex('sha256', b) }]);
    expect(await hashFiles([f], ['sha512'])).toEqual([{ sha512: hex('sha512', b) }]);
    expect(await hashFiles([f], ['sha256', 'sha512'])).toEqual([
      { sha256: hex('sha256', b), sha512: hex('sha512', b) },
    ]);
    const three = await hashFiles([f], ['sha512', 'sha256', 'sha384']);
    expect(three).toEqual([{ sha512: hex('sha512', b), sha256: hex('sha256', b), sha384: hex('sha384', b) }]);
    expect(Object.keys(three[0])).toEqual(['sha512', 'sha256', 'sha384']);
    rmSync(f);
  });

  test('an unreadable file among large ones fails the call, naming it', async () => {
    const big = join(ws, 'tree', 'a', 'b', 'big.bin');
    const e = await errorOf(hashFiles([big, join(ws, 'no-such-file'), big], ['sha256']));
    expect(e.code).toBe('FILE_UNREADABLE');
    expect(e.message).toContain('no-such-file');
    const d = await errorOf(hashFiles([big, join(ws, 'tree')], ['sha256']));
    expect(d.code).toBe('FILE_UNREADABLE');
    expect(d.message).toContain('EISDIR');
  });

  test('an unreadable file among many fails the call, naming it, whichever thread meets it', async () => {
    const small = join(ws, 'tree', 'a', 'one');
    for (const at of [0, 99, 199]) {
      const paths = Array.from({ length: 200 }, (_, i) => (i === at ? join(ws, `missing-${at}`) : small));
      const e = await errorOf(hashFiles(paths, ['sha256', 'sha512']));
      expect(e.code).toBe('FILE_UNREADABLE');
      expect(e.message).toContain(`missing-${at}`);
      expect(e.message).toContain('ENOENT');
    }
    const ok = await hashFiles(
      Array.from({ length: 200 }, () => small),
      ['sha512'],
    );
    expect(new Set(ok.map((d) => d.sha512))).toEqual(new Set([hex('sha512', 'one')]));
  });
});

describe('HashStream: files hashed as a walk finds them', () => {
  let dir: string;
  const contents: Buffer[] = [];
  const paths: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'prov-stream-'));
    // 1,300 files: batches of 512 go to the helper threads while more are added; a few span several reads
    for (let i = 0; i < 1300; i++) {
      const b = randomBytes(i % 250 === 7 ? 1024 * 1024 + 11 * i : (i * 131) % 20000);
      contents.push(b);
      paths.push(join(dir, `f${i}`));
      writeFileSync(paths[i], b);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('digests in the order files were added, every algorithm, the helpers reused by the next stream', async () => {
    for (const algs of [['sha256', 'sha512'], ['sha384']] as const) {
      const s = new HashStream([...algs]);
      paths.forEach((p, i) => {
        expect(s.add(p)).toBe(i);
      });
      const ds = await s.finish();
      expect(ds).toHaveLength(paths.length);
      ds.forEach((d, i) => {
        expect(Object.keys(d)).toEqual([...algs]);
        for (const a of algs) expect(d[a]).toBe(hex(a, contents[i]));
      });
    }
  });

  test('a few files (no batch handed over) hash the same way', async () => {
    const s = new HashStream(['sha256']);
    for (const p of paths.slice(0, 10)) s.add(p);
    expect(await s.finish()).toEqual(contents.slice(0, 10).map((b) => ({ sha256: hex('sha256', b) })));
  });

  test('an unreadable file in any batch fails the stream, naming it; an aborted stream leaves the helpers usable', async () => {
    for (const at of [3, 700, 1299]) {
      const s = new HashStream(['sha256']);
      paths.forEach((p, i) => {
        s.add(i === at ? join(dir, `missing-${at}`) : p);
      });
      const e = await errorOf(s.finish());
      expect(e.code).toBe('FILE_UNREADABLE');
      expect(e.message).toContain(`missing-${at}`);
    }
    const aborted = new HashStream(['sha256']);
    for (const p of paths) aborted.add(p);
    aborted.abort(); // a walk that failed: the helpers stop after their current file
    const s = new HashStream(['sha256']);
    for (const p of paths) s.add(p);
    const ds = await s.finish();
    expect(ds[1299]).toEqual({ sha256: hex('sha256', contents[1299]) });
  });
});
