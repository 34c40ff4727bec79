import { create as createGlob } from '@actions/glob';
import { ProvenantError } from '../errors.js';
import { splitPatterns } from '../subjects/index.js';

/** The in-toto link files (input `links`) published beside the provenance. */
export async function links(patterns: string, baseDir: string): Promise<string[]> {
  const pats = splitPatterns(patterns).map((p) => (p.startsWith('/') || p.startsWith('!') ? p : `${baseDir}/${p}`));
  const files = (await (await createGlob(pats.join('\n'), { matchDirectories: false })).glob()).sort();
  if (!files.length) throw new ProvenantError('NO_FILES_FOUND', `links: no file matches '${patterns}'`);
  return files;
}
