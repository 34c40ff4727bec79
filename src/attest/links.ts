import { create as createGlob } from '@actions/glob';
import { basename, join } from 'node:path';
import { ProvenantError } from '../errors.js';
import { splitPatterns } from '../subjects/index.js';
import { printable } from '../util/escape.js';
import { READ_LIMITS, readContainedFileSync, writeFileAtomic } from '../util/fs.js';

const MAX_LINKS = 1000;

/**
 * The in-toto link files (input `links`) published beside the provenance. Each match must resolve (symlinks
 * included) inside the workspace and be a regular file of at most READ_LIMITS.document (a link file is small
 * JSON; anything larger is not a link): a "link" that is a symlink to /proc/self/environ or a file outside the
 * workspace is refused (SYMLINK_ESCAPE), a FIFO or device too. What was
 * checked is copied into `stageDir` and the copies are what gets published (no second read of the original, and
 * @actions/artifact gets every file under one root folder).
 */
export async function links(patterns: string, baseDir: string, stageDir: string): Promise<string[]> {
  const pats = splitPatterns(patterns).map((p) => (p.startsWith('/') || p.startsWith('!') ? p : `${baseDir}/${p}`));
  const globber = await createGlob(pats.join('\n'), { matchDirectories: false, followSymbolicLinks: false });
  const files: string[] = [];
  for await (const f of globber.globGenerator()) {
    files.push(f);
    if (files.length > MAX_LINKS) {
      throw new ProvenantError('INPUT_INVALID', `links: more than ${MAX_LINKS} files match '${printable(patterns)}'`);
    }
  }
  files.sort();
  if (!files.length) throw new ProvenantError('NO_FILES_FOUND', `links: no file matches '${printable(patterns)}'`);
  const staged: string[] = [];
  const names = new Set<string>();
  for (const f of files) {
    const { data } = readContainedFileSync(f, { root: baseDir, maxBytes: READ_LIMITS.document, what: 'links' });
    const name = basename(f);
    if (names.has(name)) {
      const why = 'release assets and artifacts are named by file name';
      throw new ProvenantError('INPUT_INVALID', `links: two link files are named '${printable(name)}' (${why})`);
    }
    names.add(name);
    const dest = join(stageDir, name);
    await writeFileAtomic(dest, data);
    staged.push(dest);
  }
  return staged;
}
