import { create as createGlob } from '@actions/glob';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DigestSet, Subject } from '../intoto/statement.js';
import { ProvenantError } from '../errors.js';
import { HashPool, type DigestAlgorithm } from './hash.js';
import { parseChecksums, parseDigest } from './parse.js';

export { hashFiles, HashPool, type DigestAlgorithm } from './hash.js';
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

function within(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/** Collects subjects in a map keyed by name; the same name with different digests is an error. */
class SubjectSet {
  private byName = new Map<string, DigestSet>();
  add(name: string, digest: DigestSet, source: string): void {
    const prev = this.byName.get(name);
    if (!prev) {
      this.byName.set(name, { ...digest });
      return;
    }
    for (const [alg, hex] of Object.entries(digest)) {
      if (prev[alg] !== undefined && prev[alg] !== hex) {
        throw new ProvenantError('INPUT_INVALID', `${source}: subject '${name}' appears twice with different ${alg} digests`);
      }
      prev[alg] = hex;
    }
  }
  get size(): number {
    return this.byName.size;
  }
  list(): Subject[] {
    return [...this.byName.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, digest]) => ({ name, digest }));
  }
}

async function expandGlobs(patterns: string[], baseDir: string): Promise<{ files: string[]; matched: number }> {
  // @actions/glob resolves relative patterns against the process cwd: anchor them on the workspace instead.
  const anchored = patterns.map((p) => {
    const neg = p.startsWith('!');
    const body = neg ? p.slice(1) : p;
    const abs = isAbsolute(body) ? body : join(baseDir, body);
    return (neg ? '!' : '') + abs;
  });
  const globber = await createGlob(anchored.join('\n'), {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: false,
  });
  const files: string[] = [];
  try {
    for await (const f of globber.globGenerator()) files.push(f);
  } catch (e) {
    throw new ProvenantError('FILE_UNREADABLE', `subject-path: ${(e as Error).message}`, { cause: e });
  }
  return { files, matched: files.length };
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

  if (opts.subjectChecksums && opts.subjectChecksums.trim()) {
    anyInput = true;
    const value = opts.subjectChecksums;
    let text: string;
    let source: string;
    if (/\r?\n/.test(value.trim()) || /^[0-9A-Fa-f]{64,128} [ *]/.test(value) || /^SHA\d+ ?\(/.test(value)) {
      text = value;
      source = 'subject-checksums';
    } else {
      const path = resolve(baseDir, value.trim());
      source = `subject-checksums ${value.trim()}`;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new ProvenantError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `${source}: cannot read (${code ?? (e as Error).message})`);
      }
    }
    for (const s of parseChecksums(text, source)) set.add(s.name, s.digest, source);
  }

  if (opts.subjectPaths && opts.subjectPaths.trim()) {
    anyInput = true;
    const patterns = splitPatterns(opts.subjectPaths);
    const { files } = await expandGlobs(patterns, baseDir);
    if (files.length === 0) {
      const msg = `subject-path: no files matched ${patterns.map((p) => `'${p}'`).join(', ')} (in ${baseDir})`;
      if (ifNone === 'error') throw new ProvenantError('NO_FILES_FOUND', msg);
      if (ifNone === 'warn') opts.onWarning?.(msg);
    } else {
      const realBase = await realpath(baseDir);
      // refuse anything (a symlink, or a symlinked folder on the way) that resolves outside the workspace
      const checked: string[] = [];
      for (const f of files) {
        let real: string;
        try {
          real = await realpath(f);
          const st = await stat(real);
          if (!st.isFile()) continue;
        } catch (e) {
          throw new ProvenantError('FILE_UNREADABLE', `subject-path: cannot read ${toPosix(relative(baseDir, f))}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
        if (within(baseDir, f) && !within(realBase, real)) {
          throw new ProvenantError('SYMLINK_ESCAPE', `subject-path: ${toPosix(relative(baseDir, f))} is a symlink to ${real}, outside the workspace`);
        }
        checked.push(f);
      }
      const pool = new HashPool(algorithms, Math.min(checked.length, (await import('node:os')).availableParallelism()));
      try {
        const digests = await Promise.all(checked.map((f) => pool.hash(f)));
        checked.forEach((f, i) => {
          const rel = relative(nameBase, f);
          const name = rel.startsWith('..') || isAbsolute(rel) ? toPosix(f) : toPosix(rel);
          set.add(name, digests[i], 'subject-path');
        });
      } finally {
        await pool.close();
      }
    }
  }

  if (!anyInput) {
    throw new ProvenantError('USAGE', 'no subject given: set subject-path, subject-digest with subject-name, or subject-checksums');
  }
  return set.list();
}
