/**
 * Recording materials and products as the in-toto reference does (runlib.record_artifacts_as_dict): each given path
 * is normalized (os.path.normpath) relative to the base path; exclude patterns (gitignore style, default `*.link*`,
 * `.git`, `*.pyc`, `*~`) drop given paths, folders (not descended into) and files; a file is recorded under its
 * normalized path, a folder is walked; symlinks to files are hashed, symlinked folders are followed (in-toto-run,
 * in-toto-record and inspections pass follow_symlink_dirs=True; a link back to a folder being walked is not entered
 * again) unless `followSymlinkDirs` is false; broken links and missing paths are skipped; `lstrip` removes the first
 * matching prefix and a resulting duplicate name is an error. Digests are sha256 unless other algorithms are asked for.
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ProvenantError } from '../errors.js';
import { HashStream, type DigestAlgorithm } from '../subjects/index.js';
import { compileExcludes, compileNameExcludes } from './gitwildmatch.js';
import type { ArtifactDict } from './metablock.js';
import { printable } from '../util/escape.js';
import { pathLimit } from '../util/fs.js';

export const DEFAULT_EXCLUDES = ['*.link*', '.git', '*.pyc', '*~'];

/**
 * The most paths one recording visits (PROVENANT_MAX_PATHS overrides). Symlinked folders are followed as the
 * reference does, and folders holding two links each to the next one fan out: 22 levels (a 100 KB tree) spell 2^22
 * paths. Past the limit the recording fails, naming the limit, instead of running for hours.
 */
export function maxRecordPaths(): number {
  return pathLimit(1_000_000);
}

export interface RecordOptions {
  /** The directory paths are relative to (default: the current directory). */
  baseDir?: string;
  /** gitignore-style patterns; default DEFAULT_EXCLUDES (an empty list excludes nothing). */
  excludes?: string[];
  /** Prefixes removed from recorded names (--lstrip-paths). */
  lstrip?: string[];
  algorithms?: DigestAlgorithm[];
  /** Walk into symlinked folders (default true, as in-toto-run, in-toto-record and inspections do). */
  followSymlinkDirs?: boolean;
}

/** Python's os.path.normpath on POSIX. */
export function pyNormpath(p: string): string {
  if (p === '') return '.';
  const initial = p.startsWith('/') ? (p.startsWith('//') && !p.startsWith('///') ? 2 : 1) : 0;
  const out: string[] = [];
  for (const comp of p.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && !out.length) || (out.length && out[out.length - 1] === '..')) out.push(comp);
    else if (out.length) out.pop();
  }
  const s = '/'.repeat(initial) + out.join('/');
  return s || '.';
}

function kind(abs: string): 'file' | 'dir' | undefined {
  try {
    const st = statSync(abs); // follows symlinks, as os.path.isfile/isdir do
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

export async function recordArtifacts(paths: string[], opts: RecordOptions = {}): Promise<ArtifactDict> {
  if (!paths.length) return {};
  const base = opts.baseDir ?? process.cwd();
  const patterns = opts.excludes ?? DEFAULT_EXCLUDES;
  const excluded = compileExcludes(patterns);
  // in a walk, a folder's path was kept before its entries are listed: when no pattern has a slash or a `!`, an
  // entry's own name decides (see compileNameExcludes), else its whole path
  const byName = compileNameExcludes(patterns);
  // `distinct`: names from one readdir, which need no de-duplication
  const keep = (names: string[], distinct = false) =>
    patterns.length ? (distinct ? names : [...new Set(names)]).filter((n) => !excluded(n)).sort() : names;
  const lstrip = opts.lstrip ?? [];
  for (let i = 0; i < lstrip.length; i++) {
    for (let j = i + 1; j < lstrip.length; j++) {
      if (lstrip[i].startsWith(lstrip[j]) || lstrip[j].startsWith(lstrip[i])) {
        throw new ProvenantError(
          'INPUT_INVALID',
          `--lstrip-paths '${lstrip[i]}' and '${lstrip[j]}': one is a prefix of the other`,
        );
      }
    }
  }
  // a normalized relative name that does not climb is the base plus a slash plus the name (no join per file)
  const baseSlash = resolve(base).replace(/\/?$/, '/');
  const abs = (rel: string) =>
    isAbsolute(rel) ? rel : rel === '.' || rel.startsWith('..') ? join(base, rel) : baseSlash + rel;
  // files are hashed as the walk finds them (by helper threads while it goes on; see HashStream)
  const hashing = new HashStream(opts.algorithms ?? ['sha256']);
  const files = new Map<string, number>(); // recorded name → its index in the hashing
  const add = (rel: string) => {
    let name = rel;
    if (lstrip.length) {
      const pre = lstrip.find((x) => name.startsWith(x));
      if (pre !== undefined) name = name.slice(pre.length);
      if (files.has(name))
        throw new ProvenantError('INPUT_INVALID', `--lstrip-paths: two artifacts are recorded as '${name}'`);
    } else if (files.has(name)) return; // a file given and also found in a folder given
    files.set(name, hashing.add(abs(rel)));
  };
  const limit = maxRecordPaths();
  let visited = 0;
  const walk = (root: string, seen: Set<string>) => {
    const dirPath = abs(root);
    let entries: Dirent[];
    try {
      entries = readdirSync(dirPath, { withFileTypes: true });
    } catch {
      return;
    }
    const dirs: string[] = [];
    const fileNames: string[] = [];
    const links = new Set<string>();
    visited += entries.length;
    if (visited > limit) {
      throw new ProvenantError(
        'INPUT_INVALID',
        `recording ${printable(root)}: more than ${limit} paths (symlinked folders that fan out?); use ` +
          `--no-follow-symlink-dirs, --exclude, or set PROVENANT_MAX_PATHS`,
      );
    }
    // root is normalized: a name (never '.' or '..' from readdir) below it needs no normpath but after '.' or '/'
    const under = root === '.' ? '' : root.endsWith('/') ? undefined : `${root}/`;
    for (const e of entries) {
      if (byName?.(e.name)) continue;
      const rel = under === undefined ? pyNormpath(`${root}/${e.name}`) : under + e.name;
      // a plain file by its directory entry: no stat needed to know
      if (e.isFile()) fileNames.push(rel);
      else if (e.isDirectory()) dirs.push(rel);
      else if (e.isSymbolicLink()) {
        links.add(rel);
        const k = kind(abs(rel));
        if (k === 'dir') dirs.push(rel);
        else if (k === 'file') fileNames.push(rel); // a broken link is skipped
      }
      // anything else (a FIFO, socket or device) is not a file to record; readdir lstat's an entry whose type the
      // file system did not tell, so no type is unknown here
    }
    for (const f of under === undefined || !byName ? keep(fileNames, true) : fileNames.sort()) add(f);
    for (const d of byName ? dirs.sort() : keep(dirs, true)) {
      if (links.has(d) && opts.followSymlinkDirs === false) continue;
      let id: string;
      try {
        const st = statSync(abs(d));
        id = `${st.dev}:${st.ino}`;
      } catch {
        continue;
      }
      if (seen.has(id)) continue; // a symlink loop (Python would recurse until it fails)
      walk(d, new Set([...seen, id]));
    }
  };
  try {
    for (const artifact of keep(paths.map(pyNormpath))) {
      const k = kind(abs(artifact));
      if (k === 'file') add(artifact);
      else if (k === 'dir') {
        let id = '';
        try {
          const st = statSync(abs(artifact));
          id = `${st.dev}:${st.ino}`;
        } catch {
          /* vanished */
        }
        walk(artifact, new Set([id]));
      }
      // a missing path is skipped, as the reference does
    }
  } catch (e) {
    hashing.abort();
    throw e;
  }
  const digests = await hashing.finish();
  const names = [...files.keys()].sort();
  const out: ArtifactDict = {};
  for (const n of names) out[n] = digests[files.get(n)!];
  return out;
}
