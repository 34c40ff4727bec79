import { createHash } from 'node:crypto';
import { basename, relative, sep } from 'node:path';
import { ProvenantError } from '../errors.js';
import type { ResourceDescriptor } from '../intoto/statement.js';
import {
  parseCargoLock,
  parseGoSum,
  parsePipfileLock,
  parsePoetryLock,
  parseRequirements,
  parseUvLock,
} from './formats.js';
import { parseGemfileLock } from './gem.js';
import { parsePnpmLock, parseYarnBerry, parseYarnClassic } from './js-formats.js';
import { parseNpmLock, type LockedPackage } from './npm.js';
import { pushAll } from '../util/array.js';
import { printable } from '../util/escape.js';
import { READ_LIMITS, readContainedFileSync } from '../util/fs.js';

export type { LockedPackage } from './npm.js';

export interface LockfileReport {
  path: string;
  format: string;
  /** distinct (name, version) */
  packages: number;
  allPinned: boolean;
  /** name@version of packages without any digest */
  missingHashes: string[];
  /** transitive entries present (a lockfile), or only top-level requirements */
  fullTree: boolean;
  digestAlgorithms: string[];
}

const KNOWN = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'Pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'Cargo.lock',
  'go.sum',
  'Gemfile.lock',
  'requirements*.txt',
  'requirements*.in',
];

/** Detects the format from the file name (and, for yarn.lock, the content) and parses it. */
export function parseLockfile(path: string, text: string): { format: string; packages: LockedPackage[] } {
  const name = basename(path);
  if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') {
    const r = parseNpmLock(text, path);
    return { format: `npm lockfileVersion ${r.version}`, packages: r.packages };
  }
  if (name === 'yarn.lock')
    return /^__metadata:/m.test(text)
      ? { format: 'yarn berry', packages: parseYarnBerry(text, path) }
      : { format: 'yarn classic', packages: parseYarnClassic(text, path) };
  if (name === 'pnpm-lock.yaml') return { format: 'pnpm', packages: parsePnpmLock(text, path) };
  if (name === 'Pipfile.lock') return { format: 'Pipfile.lock', packages: parsePipfileLock(text, path) };
  if (name === 'poetry.lock') return { format: 'poetry', packages: parsePoetryLock(text, path) };
  if (name === 'uv.lock') return { format: 'uv', packages: parseUvLock(text, path) };
  if (name === 'Cargo.lock') return { format: 'Cargo.lock', packages: parseCargoLock(text, path) };
  if (name === 'go.sum') return { format: 'go.sum', packages: parseGoSum(text, path) };
  if (name === 'Gemfile.lock') return { format: 'Gemfile.lock', packages: parseGemfileLock(text, path) };
  if (/\.(txt|in)$/.test(name)) return { format: 'requirements.txt', packages: parseRequirements(text, path) };
  throw new ProvenantError('LOCKFILE_UNKNOWN', `${path}: not a lockfile format Provenant reads (${KNOWN.join(', ')})`);
}

/** Resolved dependencies from locked packages: purl uri, digests, download location, annotations; duplicates merge. */
export function toResourceDescriptors(pkgs: LockedPackage[], lockfile: string): ResourceDescriptor[] {
  const byPurl = new Map<string, ResourceDescriptor>();
  for (const p of pkgs) {
    const prev = byPurl.get(p.purl);
    if (prev) {
      // a package locked twice: the digests merge; two entries without one leave none (never an empty digest set)
      if (Object.keys(p.digest).length) prev.digest = { ...(prev.digest ?? {}), ...p.digest };
      continue;
    }
    const annotations: Record<string, unknown> = { lockfile };
    if (p.dev) annotations.dev = true;
    if (p.optional) annotations.optional = true;
    if (p.direct) annotations.direct = true;
    byPurl.set(p.purl, {
      uri: p.purl,
      ...(Object.keys(p.digest).length ? { digest: { ...p.digest } } : {}),
      ...(p.downloadLocation ? { downloadLocation: p.downloadLocation } : {}),
      annotations,
    });
  }
  return [...byPurl.values()];
}

export function lockfileReport(path: string, format: string, pkgs: LockedPackage[], text: string): LockfileReport {
  const distinct = new Map<string, LockedPackage[]>();
  for (const p of pkgs) {
    const k = `${p.name}@${p.version}`;
    const list = distinct.get(k);
    if (list) list.push(p);
    else distinct.set(k, [p]);
  }
  const missing = [...distinct.entries()]
    .filter(([, ps]) => ps.every((p) => !Object.keys(p.digest).length))
    .map(([k]) => k);
  const requirements = format === 'requirements.txt';
  return {
    path,
    format,
    packages: distinct.size,
    allPinned: pkgs.every((p) => p.version !== ''),
    missingHashes: missing,
    // pip-compile output records where each pin comes from ("# via"); a hand-written requirements file does not
    fullTree: !requirements || /#\s+via\b/.test(text),
    digestAlgorithms: [...new Set(pkgs.flatMap((p) => Object.keys(p.digest)))].sort(),
  };
}

export function materialDigestSummary(deps: ResourceDescriptor[]): {
  total: number;
  withDigest: number;
  missing: string[];
} {
  const missing = deps.filter((d) => !d.digest || !Object.keys(d.digest).length).map((d) => d.uri ?? d.name ?? '?');
  return { total: deps.length, withDigest: deps.length - missing.length, missing };
}

/**
 * Finds lockfiles (globs, or 'auto': every known lockfile in the workspace outside node_modules, vendor and
 * .git), parses each, and returns their locked packages as resolvedDependencies plus each lockfile itself with its
 * own digest. A malformed lockfile fails (LOCKFILE_INVALID); an unknown one is skipped with a warning.
 */
export async function collectMaterials(opts: {
  patterns: string[] | 'auto';
  baseDir: string;
  requireHashes?: boolean;
  onWarning?: (m: string) => void;
}): Promise<{ dependencies: ResourceDescriptor[]; lockfiles: LockfileReport[] }> {
  const patterns =
    opts.patterns === 'auto'
      ? [
          ...KNOWN.map((n) => `${opts.baseDir}/**/${n}`),
          `!${opts.baseDir}/**/node_modules/**`,
          `!${opts.baseDir}/**/vendor/**`,
          `!${opts.baseDir}/**/.git/**`,
        ]
      : opts.patterns.map((p) =>
          p.startsWith('!')
            ? `!${p.slice(1).startsWith('/') ? '' : `${opts.baseDir}/`}${p.slice(1)}`
            : p.startsWith('/')
              ? p
              : `${opts.baseDir}/${p}`,
        );
  // symlinked folders are not walked (no fan-out, no leaving the workspace); a symlinked lockfile is matched and
  // then read only if it resolves inside the workspace
  const { create: createGlob } = await import('@actions/glob'); // loaded only when lockfiles are looked for
  const globber = await createGlob(patterns.join('\n'), { matchDirectories: false, followSymbolicLinks: false });
  const files = (await globber.glob()).sort();
  if (!files.length && opts.patterns !== 'auto')
    throw new ProvenantError(
      'NO_FILES_FOUND',
      `materials: no lockfile matched ${opts.patterns.map(printable).join(', ')}`,
    );
  const dependencies: ResourceDescriptor[] = [];
  const lockfiles: LockfileReport[] = [];
  for (const f of files) {
    const rel = relative(opts.baseDir, f).split(sep).join('/');
    // inside the workspace after every symlink, a regular file (a FIFO would hang, /dev/zero never ends), bounded
    const { data: buf } = readContainedFileSync(f, {
      root: opts.baseDir,
      maxBytes: READ_LIMITS.lockfile,
      what: 'materials',
    });
    const text = buf.toString('utf8'); // decoded once: parsed, then counted by lockfileReport
    let parsed: ReturnType<typeof parseLockfile>;
    try {
      parsed = parseLockfile(rel, text);
    } catch (e) {
      if (e instanceof ProvenantError && e.code === 'LOCKFILE_UNKNOWN') {
        opts.onWarning?.(printable(e.message));
        continue;
      }
      throw e;
    }
    const report = lockfileReport(rel, parsed.format, parsed.packages, text);
    lockfiles.push(report);
    dependencies.push({
      name: rel,
      digest: { sha256: createHash('sha256').update(buf).digest('hex') },
      annotations: { lockfile: rel, kind: 'lockfile', format: parsed.format },
    });
    pushAll(dependencies, toResourceDescriptors(parsed.packages, rel));
  }
  if (opts.requireHashes) {
    const missing = lockfiles.flatMap((l) => l.missingHashes.map((m) => `${l.path}: ${m}`));
    if (missing.length) {
      throw new ProvenantError(
        'LOCKFILE_HASHES_MISSING',
        `${missing.length} locked dependencies have no hash: ${missing.slice(0, 10).map(printable).join(', ')}` +
          `${missing.length > 10 ? ', …' : ''}`,
      );
    }
  }
  return { dependencies, lockfiles };
}
