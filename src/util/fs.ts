import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, isAbsolute, join, relative, resolve } from 'node:path';
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
    throw new ProvenantError('OUTPUT_UNWRITABLE', `cannot write ${path}: ${err.code ?? ''} ${err.message}`.replace(/\s+/g, ' '), { cause: e });
  }
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

function within(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * Reads an input file the way subject-path treats files: after resolving every symlink it must lie inside one of
 * the roots (SYMLINK_ESCAPE otherwise: a link to /proc/self/environ or /etc is refused), be a regular file (a FIFO,
 * device, socket or folder is FILE_UNREADABLE, never opened for a blocking read), and hold at most maxBytes. The
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
    throw new ProvenantError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `${what}: cannot read ${shown} (${code ?? (e as Error).message})`);
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
    if (!realRoots.some((r) => within(r, real))) {
      throw new ProvenantError('SYMLINK_ESCAPE', `${what}: ${shown} resolves to ${printable(real)}, outside ${realRoots.map(printable).join(' and ')}: refused`);
    }
  }
  let fd: number;
  try {
    fd = openSync(real, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProvenantError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `${what}: cannot open ${shown} (${code ?? (e as Error).message})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const kind = st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : st.isSocket() ? 'a socket' : st.isDirectory() ? 'a folder' : 'not a file';
      throw new ProvenantError('FILE_UNREADABLE', `${what}: ${shown} is ${kind}, not a regular file: refused`);
    }
    if (st.size > opts.maxBytes) {
      throw new ProvenantError('FILE_UNREADABLE', `${what}: ${shown} has ${st.size} bytes, more than the limit of ${opts.maxBytes}: refused`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(opts.maxBytes + 1, 1 << 20));
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      total += n;
      if (total > opts.maxBytes) throw new ProvenantError('FILE_UNREADABLE', `${what}: ${shown} holds more than the limit of ${opts.maxBytes} bytes: refused`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return { path, real, data: Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

/** The async form of readContainedFileSync (same rules). */
export async function readContainedFile(path: string, opts: ContainedReadOptions): Promise<ContainedFile> {
  return readContainedFileSync(path, opts);
}
