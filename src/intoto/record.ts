/**
 * Recording artifacts as in-toto does for materials and products: files are hashed (sha256 by default) under their
 * normalized relative path; folders are walked (following symlinks, as the reference does); exclude patterns use
 * gitignore semantics (a pattern without "/" matches a name at any depth); the defaults are the reference's
 * `*.link*`, `.git`, `*.pyc`, `*~`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { ProvenantError } from '../errors.js';
import { hashFiles, type DigestAlgorithm } from '../subjects/index.js';
import type { ArtifactDict } from './metablock.js';
import { fnmatch } from './fnmatch.js';

export const DEFAULT_EXCLUDES = ['*.link*', '.git', '*.pyc', '*~'];

function componentMatcher(pattern: string): (rel: string) => boolean {
  const p = pattern.replace(/\/+$/, '').replace(/^\//, '');
  if (p.includes('/')) {
    // anchored: the pattern names a path (or a folder above it) from the base
    return (rel) => {
      const parts = rel.split('/');
      for (let i = 1; i <= parts.length; i++) if (fnmatch(parts.slice(0, i).join('/'), p)) return true;
      return false;
    };
  }
  // a name at any depth: any component of the path
  return (rel) => rel.split('/').some((c) => fnmatch(c, p));
}

export interface RecordOptions {
  /** The directory paths are relative to (default: the current directory). */
  baseDir?: string;
  excludes?: string[];
  /** Prefixes removed from recorded names (--lstrip-paths). */
  lstrip?: string[];
  algorithms?: DigestAlgorithm[];
  /** Follow symlinked folders (the reference does). */
  followSymlinks?: boolean;
}

export async function recordArtifacts(paths: string[], opts: RecordOptions = {}): Promise<ArtifactDict> {
  const base = opts.baseDir ?? process.cwd();
  const excluded = (opts.excludes ?? DEFAULT_EXCLUDES).map(componentMatcher);
  const isExcluded = (rel: string) => excluded.some((m) => m(rel));
  const files = new Map<string, string>(); // name → absolute path
  const seen = new Set<string>();
  const add = (abs: string, rel: string) => {
    let name = normalize(rel).replace(/\\/g, '/');
    for (const pre of opts.lstrip ?? []) if (name.startsWith(pre)) {
      name = name.slice(pre.length);
      break;
    }
    if (files.has(name) && files.get(name) !== abs) throw new ProvenantError('INPUT_INVALID', `two artifacts are recorded as '${name}' (check --lstrip-paths)`);
    files.set(name, abs);
  };
  const walk = (absDir: string, relDir: string) => {
    let real: string;
    try {
      real = statSync(absDir).ino + ':' + statSync(absDir).dev;
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    for (const e of readdirSync(absDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = join(absDir, e.name);
      const rel = relDir === '.' || relDir === '' ? e.name : `${relDir}/${e.name}`;
      if (isExcluded(rel)) continue;
      let st;
      try {
        st = e.isSymbolicLink() && opts.followSymlinks !== false ? statSync(abs) : e;
      } catch {
        continue; // a broken link
      }
      if (st.isDirectory()) walk(abs, rel);
      else if (st.isFile()) add(abs, rel);
    }
  };
  for (const p of paths) {
    const abs = join(base, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      continue; // the reference skips missing artifacts (with a warning)
    }
    const rel = relative(base, abs) || '.';
    if (rel !== '.' && isExcluded(normalize(rel).replace(/\\/g, '/'))) continue;
    if (st.isDirectory()) walk(abs, rel === '.' ? '' : normalize(rel).replace(/\\/g, '/'));
    else if (st.isFile()) add(abs, normalize(p).replace(/\\/g, '/'));
  }
  const names = [...files.keys()].sort();
  const digests = await hashFiles(names.map((n) => files.get(n)!), opts.algorithms ?? ['sha256']);
  const out: ArtifactDict = {};
  names.forEach((n, i) => (out[n] = digests[i]));
  return out;
}
