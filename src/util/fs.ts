import { randomBytes } from 'node:crypto';
import * as fsSync from 'node:fs';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ProvenantError } from '../errors.js';
import { printable } from './escape.js';

/**
 * mkdir -p with a bounded walk: node's own `recursive: true` spins forever when the kernel answers ENOENT for
 * a path it will never create (e.g. under /proc), so each level is created once, parents first.
 */
export async function makeDirs(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT') throw e;
  }
  const parent = dirname(dir);
  if (parent === dir) throw new Error(`cannot create ${dir}`);
  await makeDirs(parent);
  try {
    await mkdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

/** Writes a file through a temporary sibling and a rename: never a half-written file. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await makeDirs(dir);
    await writeFile(tmp, data, mode === undefined ? undefined : { mode });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new ProvenantError(
      'OUTPUT_UNWRITABLE',
      `cannot write ${path}: ${err.code ?? ''} ${err.message}`.replace(/\s+/g, ' '),
      { cause: e },
    );
  }
}

/**
 * The most paths one folder walk may visit: PROVENANT_MAX_PATHS when it is a positive integer, else `fallback`.
 * Symlinked folders that fan out spell 2^n paths from a tiny tree; past the limit a walk fails instead of running on.
 */
export function pathLimit(fallback: number): number {
  const n = Number(process.env.PROVENANT_MAX_PATHS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Size limits of the files Provenant reads whole (verify, audit, attest). A file over its limit is refused before
 * it is read, so a hostile input can neither exhaust memory nor keep the process busy.
 */
export const READ_LIMITS = {
  /** an attestation document: bundle, envelope, JSON Lines, npm attestations document, Cloud Build summary */
  attestation: 64 * 1024 * 1024,
  /** a key file: PEM, securesystemslib JSON or a keys.json document */
  key: 1024 * 1024,
  /** a Sigstore trusted root (the public-good root is ~10 KiB) */
  trustedRoot: 16 * 1024 * 1024,
  /** a lockfile (large monorepo lockfiles reach tens of MiB) */
  lockfile: 128 * 1024 * 1024,
  /** a policy, layout or other small JSON/YAML document */
  document: 16 * 1024 * 1024,
  /** a checksum file (subject-checksums): larger is not a checksum file */
  checksums: 64 * 1024 * 1024,
} as const;

export interface ReadRegularOptions {
  /** refuse the file when it holds more bytes than this */
  maxBytes: number;
  /** what the file is, for messages: e.g. "--trusted-root", "attestation", "--key" */
  what: string;
}

function kindOf(st: fsSync.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function openError(path: string, what: string, e: unknown): ProvenantError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code ?? (e as Error).message;
  return new ProvenantError(
    code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
    `${what} ${path}: cannot read (${why})`,
    {
      cause: e,
    },
  );
}

function tooLarge(path: string, what: string, maxBytes: number, size?: number): ProvenantError {
  const mib = (n: number) => (n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0);
  const got = size === undefined ? 'more than' : `${size} bytes, over`;
  return new ProvenantError('FILE_TOO_LARGE', `${what} ${path}: ${got} the limit of ${mib(maxBytes)} MiB`);
}

/**
 * Reads a whole file only if it is a regular file (after following symlinks) of at most `maxBytes`: a FIFO, device,
 * socket or folder is refused (FILE_NOT_REGULAR) without blocking, a larger file is refused (FILE_TOO_LARGE) before
 * it is read, and a file that grows past the limit while it is read is refused too. The file is opened once
 * (O_NONBLOCK, so opening a FIFO never waits for a writer) and every check is made on that descriptor.
 */
export function readRegularFileSync(path: string, opts: ReadRegularOptions): Buffer {
  let fd: number;
  try {
    fd = fsSync.openSync(path, fsSync.constants.O_RDONLY | fsSync.constants.O_NONBLOCK);
  } catch (e) {
    throw openError(path, opts.what, e);
  }
  try {
    const st = fsSync.fstatSync(fd);
    checkStat(st, path, opts);
    return readBounded(
      fd,
      st.size,
      opts.maxBytes,
      () => tooLarge(path, opts.what, opts.maxBytes),
      (e) => openError(path, opts.what, e),
    );
  } finally {
    fsSync.closeSync(fd);
  }
}

/**
 * The bytes of an open file, read to its end but never more than maxBytes: the first read is sized by what the file
 * claims (`size`; /proc files say 0), the rest in 64 KiB chunks; one byte past the limit is `over()`.
 */
function readBounded(
  fd: number,
  size: number,
  maxBytes: number,
  over: () => ProvenantError,
  readError: (e: unknown) => ProvenantError,
): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(Math.max(size, 64 * 1024), maxBytes + 1);
  for (;;) {
    const buf = Buffer.allocUnsafe(want);
    let got: number;
    try {
      got = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      throw readError(e);
    }
    if (got === 0) break;
    total += got;
    if (total > maxBytes) throw over();
    chunks.push(buf.subarray(0, got));
    want = Math.min(64 * 1024, maxBytes + 1 - total);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

function checkStat(st: fsSync.Stats, path: string, opts: ReadRegularOptions): void {
  if (!st.isFile()) {
    throw new ProvenantError('FILE_NOT_REGULAR', `${opts.what} ${path}: ${kindOf(st)}, not a regular file`);
  }
  if (st.size > opts.maxBytes) throw tooLarge(path, opts.what, opts.maxBytes, st.size);
}

export interface ContainedReadOptions {
  /** The folder(s) the file must be inside after every symlink is resolved; none = anywhere (an explicit CLI path). */
  root?: string | string[];
  /** Larger files are refused (the read stops at maxBytes + 1, whatever the size claims: /proc files say 0). */
  maxBytes: number;
  /** What the file is, for messages ("links", "materials", "private-key"). */
  what: string;
}

export interface ContainedFile {
  /** The path as given. */
  path: string;
  /** The path with every symlink resolved. */
  real: string;
  data: Buffer;
}

/**
 * `p` at or below `root` (both absolute): a prefix test, with path.relative only when unsure (a root not normalised).
 * The one containment test: subject-path, materials, links, keys and layouts use it.
 */
export function isWithin(root: string, p: string): boolean {
  if (p === root || p.startsWith(root.endsWith(sep) ? root : root + sep)) return true;
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * Reads an input file the way subject-path treats files: after resolving every symlink it must lie inside one of
 * the roots (SYMLINK_ESCAPE otherwise: a link to /proc/self/environ or /etc is refused), be a regular file (a FIFO,
 * device, socket or folder is FILE_NOT_REGULAR, never opened for a blocking read), and hold at most maxBytes. The
 * checks are made on the opened descriptor (O_NOFOLLOW | O_NONBLOCK), so a file swapped after the check is not read.
 */
export function readContainedFileSync(path: string, opts: ContainedReadOptions): ContainedFile {
  const what = opts.what;
  const shown = printable(path);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProvenantError(
      code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
      `${what}: cannot read ${shown} (${code ?? (e as Error).message})`,
    );
  }
  const roots = opts.root === undefined ? [] : Array.isArray(opts.root) ? opts.root : [opts.root];
  if (roots.length) {
    const realRoots = roots.filter(Boolean).map((r) => {
      try {
        return realpathSync(r);
      } catch {
        return resolve(r);
      }
    });
    if (!realRoots.some((r) => isWithin(r, real))) {
      throw new ProvenantError(
        'SYMLINK_ESCAPE',
        `${what}: ${shown} resolves to ${printable(real)}, outside ${realRoots.map(printable).join(' and ')}: refused`,
      );
    }
  }
  let fd: number;
  try {
    fd = openSync(real, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProvenantError(
      code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
      `${what}: cannot open ${shown} (${code ?? (e as Error).message})`,
    );
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const kind = st.isFIFO()
        ? 'a FIFO'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'a device'
          : st.isSocket()
            ? 'a socket'
            : st.isDirectory()
              ? 'a folder'
              : 'not a file';
      throw new ProvenantError('FILE_NOT_REGULAR', `${what}: ${shown} is ${kind}, not a regular file: refused`);
    }
    if (st.size > opts.maxBytes) {
      throw new ProvenantError(
        'FILE_TOO_LARGE',
        `${what}: ${shown} has ${st.size} bytes, more than the limit of ${opts.maxBytes}: refused`,
      );
    }
    const data = readBounded(
      fd,
      st.size,
      opts.maxBytes,
      () =>
        new ProvenantError(
          'FILE_TOO_LARGE',
          `${what}: ${shown} holds more than the limit of ${opts.maxBytes} bytes: refused`,
        ),
      (e) =>
        new ProvenantError(
          'FILE_UNREADABLE',
          `${what}: cannot read ${shown} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        ),
    );
    return { path, real, data };
  } finally {
    closeSync(fd);
  }
}

/** What a path is after symlinks: 'file', 'folder', or a description of anything else ('a FIFO', ...). */
export function fileKind(p: string): string {
  let st: fsSync.Stats;
  try {
    st = fsSync.statSync(p);
  } catch (e) {
    return `unreadable (${(e as NodeJS.ErrnoException).code})`;
  }
  return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : kindOf(st);
}
