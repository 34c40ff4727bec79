import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { ProvenantError } from '../errors.js';

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
