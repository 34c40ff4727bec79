import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DigestSet, Subject } from '../intoto/statement.js';
import { ProvenantError } from '../errors.js';
import { HashStream, SHARE_MIN_FILES, warmHashHelpers, type DigestAlgorithm } from './hash.js';
import { parseChecksums, parseDigest } from './parse.js';
import { printable } from '../util/escape.js';
import { isWithin, pathLimit, READ_LIMITS, readContainedFileSync } from '../util/fs.js';

/**
 * The most paths a subject-path expansion may yield (PROVENANT_MAX_PATHS overrides): symlinked folders are
 * followed, and a 100 KB tree of folders each holding two links to the next one spells 2^22 paths.
 */
function maxPaths(): number {
  return pathLimit(200_000);
}

function tooManyPaths(limit: number): ProvenantError {
  return new ProvenantError(
    'INPUT_INVALID',
    `subject-path: more than ${limit} paths (symlinked folders that fan out?); narrow the patterns or set ` +
      `PROVENANT_MAX_PATHS`,
  );
}

export { hashFiles, HashPool, HashStream, type DigestAlgorithm } from './hash.js';
export { parseAlgorithms, parseChecksums, parseDigest } from './parse.js';

export interface SubjectOptions {
  /** Globs separated by newlines or commas; `!` excludes. Directories expand to the files below them. */
  subjectPaths?: string;
  /** `sha256:HEX` / `sha512:HEX`, with subjectName. */
  subjectDigest?: string;
  subjectName?: string;
  /** A checksum file's path, or inline checksum text. */
  subjectChecksums?: string;
  /** The workspace (GITHUB_WORKSPACE in Actions, the current directory elsewhere). */
  baseDir: string;
  /** Subject names are relative to this instead of baseDir. */
  subjectBaseDir?: string;
  algorithms?: DigestAlgorithm[];
  ifNoFilesFound?: 'error' | 'warn' | 'ignore';
  onWarning?: (msg: string) => void;
}

/** Splits the subject-path input: newlines or commas, trimmed, empty entries dropped. */
export function splitPatterns(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Collects subjects in a map keyed by name; the same name with different digests is an error. */
class SubjectSet {
  private byName = new Map<string, { digest: DigestSet; source: string }>();
  /** `owned`: the digest object is the caller's to give (fresh, not used elsewhere), so it is kept as it is. */
  add(name: string, digest: DigestSet, source: string, owned = false): void {
    const prev = this.byName.get(name);
    if (!prev) {
      this.byName.set(name, { digest: owned ? digest : { ...digest }, source });
      return;
    }
    for (const [alg, hex] of Object.entries(digest)) {
      if (prev.digest[alg] !== undefined && prev.digest[alg] !== hex) {
        throw new ProvenantError(
          'INPUT_INVALID',
          `${source}: subject '${printable(name)}' appears twice with different ${alg} digests`,
        );
      }
    }
    if (prev.source === source) {
      Object.assign(prev.digest, digest);
      return;
    }
    const a = Object.keys(prev.digest).sort().join(',');
    const b = Object.keys(digest).sort().join(',');
    if (a !== b) {
      throw new ProvenantError(
        'INPUT_INVALID',
        `subject '${printable(name)}' is given by ${prev.source} (${a}) and by ${source} (${b}): a subject's ` +
          `digests must come from one source`,
      );
    }
  }
  get size(): number {
    return this.byName.size;
  }
  list(): Subject[] {
    return [...this.byName.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, v]) => ({ name, digest: v.digest }));
  }
}

/**
 * Called for each file found for subject-path with its real path (symlinks resolved), computed only when the file is
 * somewhere a symlink may have taken it: it throws for a file that is not allowed (outside the workspace).
 */
type Check = (path: string, real: () => string) => void;

/** Characters that make a subject-path pattern a glob (minimatch's, as @actions/glob uses it), or an escape. */
const GLOB_SYNTAX = /[*?[\]{}\\]/;

/**
 * The common case, paths and folders without glob syntax or exclusions, walked synchronously: what @actions/glob
 * finds for them (every file at or below each path, hidden ones included, symlinks followed, a symlinked folder that
 * leads back to one of its ancestors skipped, a broken symlink an error) without a stat, a realpath and a promise per
 * file. A folder's real path is resolved once (a plain file below it is that plus its name), and checked once.
 */
function walkLiteral(
  paths: string[],
  check: Check,
  dirCheck: (dir: string, real: string) => boolean,
  onFile: (path: string) => void,
): string[] {
  const out: string[] = [];
  const seen = paths.length > 1 ? new Set<string>() : undefined; // overlapping paths: each file once
  // every path visited counts (folders too): symlinked folders that fan out spell 2^n paths from a tiny tree
  const limit = maxPaths();
  let visited = 0;
  const add = (path: string) => {
    if (seen) {
      if (seen.has(path)) return;
      seen.add(path);
    }
    const n = out.push(path);
    onFile(path);
    if (n === SHARE_MIN_FILES) warmHashHelpers(); // they start while the walk goes on
    if (n === MANY_FILES) keepYoungGenerationSmall();
  };
  const brokenLink = (path: string) =>
    new Error(`No information found for the path '${path}'. This may indicate a broken symbolic link.`);
  const followed = (path: string) => {
    try {
      return statSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw brokenLink(path);
      throw e;
    }
  };
  const walkDir = (dir: string, real: string, ancestors: string[]) => {
    if (ancestors.includes(real)) return; // a symlink cycle: skipped, as @actions/glob does
    ancestors.push(real);
    const suspect = dirCheck(dir, real); // files below may be outside the workspace: check each
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (++visited > limit) throw tooManyPaths(limit);
      const path = join(dir, e.name);
      if (e.isFile()) {
        if (suspect) check(path, () => join(real, e.name));
        add(path);
      } else if (e.isDirectory()) walkDir(path, join(real, e.name), ancestors);
      else if (e.isSymbolicLink()) {
        const st = followed(path);
        if (st.isDirectory()) walkDir(path, realpathSync.native(path), ancestors);
        else if (st.isFile()) {
          check(path, () => realpathSync.native(path));
          add(path);
        }
      }
      // sockets, FIFOs, devices: not subjects
    }
    ancestors.pop();
  };
  for (const root of paths) {
    try {
      lstatSync(root);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const st = followed(root);
    if (st.isDirectory()) walkDir(root, realpathSync.native(root), []);
    else if (st.isFile()) {
      check(root, () => realpathSync.native(root));
      add(root);
    }
  }
  return out;
}

/**
 * Glob patterns (or exclusions): @actions/glob, then each file's real path (its folder's, resolved once per folder).
 */
async function expandGlobs(
  patterns: string[],
  baseDir: string,
  check: Check,
  onFile: (path: string) => void,
): Promise<string[]> {
  const { create: createGlob } = await import('@actions/glob');
  const globber = await createGlob(patterns.join('\n'), {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: false,
  });
  const files: string[] = [];
  const limit = maxPaths();
  try {
    for await (const f of globber.globGenerator()) {
      if (files.push(f) === SHARE_MIN_FILES) warmHashHelpers();
      if (files.length > limit) throw tooManyPaths(limit);
    }
  } catch (e) {
    if (e instanceof ProvenantError) throw e;
    throw new ProvenantError('FILE_UNREADABLE', `subject-path: ${printable((e as Error).message)}`, { cause: e });
  }
  const realDirs = new Map<string, string>();
  const out: string[] = [];
  for (const f of files) {
    let real: string;
    try {
      const l = lstatSync(f);
      if (l.isSymbolicLink()) {
        real = realpathSync.native(f);
        if (!statSync(real).isFile()) continue;
      } else {
        if (!l.isFile()) continue;
        const dir = dirname(f);
        let rd = realDirs.get(dir);
        if (rd === undefined) realDirs.set(dir, (rd = realpathSync.native(dir)));
        real = join(rd, basename(f));
      }
    } catch (e) {
      throw new ProvenantError(
        'FILE_UNREADABLE',
        `subject-path: cannot read ${printable(toPosix(relative(baseDir, f)))}: ` +
          `${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    check(f, () => real);
    if (out.push(f) === MANY_FILES) keepYoungGenerationSmall();
    onFile(f);
  }
  return out;
}

/**
 * The files subject-path names, each once. Anything (a symlink, or a symlinked folder on the way) that resolves
 * outside the workspace is refused, naming it. `onFile` is called with each file as it is found (the hashing starts
 * while the walk goes on).
 */
async function findFiles(patterns: string[], baseDir: string, onFile: (path: string) => void): Promise<string[]> {
  let realBase: string;
  try {
    realBase = await realpath(baseDir);
  } catch {
    realBase = baseDir; // a workspace that does not exist: nothing will be found in it
  }
  const check: Check = (path, real) => {
    if (!isWithin(baseDir, path)) return;
    const r = real();
    if (!isWithin(realBase, r)) {
      throw new ProvenantError(
        'SYMLINK_ESCAPE',
        `subject-path: ${printable(toPosix(relative(baseDir, path)))} is a symlink to ` +
          `${printable(r)}, outside the workspace`,
      );
    }
  };
  // @actions/glob resolves relative patterns against the process cwd: anchor them on the workspace instead.
  const anchored = patterns.map((p) => {
    const neg = p.startsWith('!');
    const body = neg ? p.slice(1) : p;
    const abs = isAbsolute(body) ? body : join(baseDir, body);
    return (neg ? '!' : '') + abs;
  });
  if (anchored.every((p) => !p.startsWith('!') && !GLOB_SYNTAX.test(p) && !p.endsWith('/'))) {
    try {
      // a folder inside the workspace whose real path is outside it: its files are checked one by one
      return walkLiteral(
        anchored.map((p) => resolve(p)),
        check,
        (dir, real) => isWithin(baseDir, dir) && !isWithin(realBase, real),
        onFile,
      );
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      throw new ProvenantError('FILE_UNREADABLE', `subject-path: ${printable((e as Error).message)}`, { cause: e });
    }
  }
  return expandGlobs(anchored, baseDir, check, onFile);
}

/**
 * From this many files on, memory is kept in check (see keepYoungGenerationSmall). Below, the larger young
 * generation saves time: at 5,000, 10,000 small files spent ~15 ms more in scavenges (attest 0.99× → 0.93× xargs).
 */
const MANY_FILES = 20_000;

/**
 * Many subjects: V8 sizes its young generation by the rate at which objects survive it, and here everything does
 * (every path, digest and subject, then the Statement) while hashing makes short-lived garbage: it grows to ~100 MiB
 * of RSS for 100,000 files. Kept at its size (from the 20,000th file found) for the rest of this (one-shot) process,
 * peak RSS for 100,000 subjects drops from ~320 to ~180 MiB.
 */
function keepYoungGenerationSmall(): void {
  try {
    setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // an engine without the flag: more memory, same result
  }
}

/**
 * Resolves every subject input into a deterministic, de-duplicated list of subjects (sorted by name).
 * Files are hashed concurrently on every core with all requested algorithms in one read.
 */
export async function resolveSubjects(opts: SubjectOptions): Promise<Subject[]> {
  const algorithms = opts.algorithms?.length ? opts.algorithms : (['sha256'] as DigestAlgorithm[]);
  const baseDir = resolve(opts.baseDir);
  const nameBase = resolve(baseDir, opts.subjectBaseDir ?? '.');
  const ifNone = opts.ifNoFilesFound ?? 'error';
  const set = new SubjectSet();
  let anyInput = false;

  if (opts.subjectDigest || opts.subjectName) {
    anyInput = true;
    if (!opts.subjectDigest) throw new ProvenantError('USAGE', 'subject-name needs subject-digest');
    if (!opts.subjectName) throw new ProvenantError('USAGE', 'subject-digest needs subject-name');
    const d = parseDigest(opts.subjectDigest, 'subject-digest');
    set.add(opts.subjectName, { [d.algorithm]: d.hex }, 'subject-digest');
  }

  if (opts.subjectChecksums?.trim()) {
    anyInput = true;
    const value = opts.subjectChecksums;
    let text: string;
    let source: string;
    if (/\r?\n/.test(value.trim()) || /^[0-9A-Fa-f]{64,128} [ *]/.test(value) || /^SHA\d+ ?\(/.test(value)) {
      text = value;
      source = 'subject-checksums';
    } else {
      const path = resolve(baseDir, value.trim());
      source = `subject-checksums ${printable(value.trim())}`;
      // as subject-path: a file in the workspace must not resolve outside it; a regular file of bounded size
      text = readContainedFileSync(path, {
        root: isWithin(baseDir, path) ? baseDir : undefined,
        maxBytes: READ_LIMITS.checksums,
        what: 'subject-checksums',
      }).data.toString('utf8');
    }
    for (const s of parseChecksums(text, source)) set.add(s.name, s.digest, source);
  }

  if (opts.subjectPaths?.trim()) {
    anyInput = true;
    const patterns = splitPatterns(opts.subjectPaths);
    const hashing = new HashStream(algorithms);
    let files: string[];
    try {
      files = await findFiles(patterns, baseDir, (f) => hashing.add(f));
    } catch (e) {
      hashing.abort();
      throw e;
    }
    if (files.length === 0) {
      const msg =
        `subject-path: no files matched ${patterns.map((p) => `'${printable(p)}'`).join(', ')} (in ` +
        `${printable(baseDir)})`;
      if (ifNone === 'error') throw new ProvenantError('NO_FILES_FOUND', msg);
      if (ifNone === 'warn') opts.onWarning?.(msg);
    } else {
      const digests = await hashing.finish();
      const prefix = nameBase.endsWith(sep) ? nameBase : nameBase + sep;
      for (let i = 0; i < files.length; i++) {
        const f = files[i];
        const rel = f.startsWith(prefix) ? f.slice(prefix.length) : relative(nameBase, f);
        const name = rel.startsWith('..') || isAbsolute(rel) ? toPosix(f) : toPosix(rel);
        set.add(name, digests[i], 'subject-path', true);
      }
    }
  }

  if (!anyInput) {
    throw new ProvenantError(
      'USAGE',
      'no subject given: set subject-path, subject-digest with subject-name, or subject-checksums',
    );
  }
  return set.list();
}
