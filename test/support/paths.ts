import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root and the read-only shared folder beside it (../shared; CI has it there too). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const CORPUS = resolve(SHARED, 'corpus');
export const LOCKFILES = resolve(SHARED, 'lockfiles');
export const TEST_VECTORS = resolve(SHARED, 'specs', 'test-vectors');
export const DIST = resolve(REPO_ROOT, 'dist');
