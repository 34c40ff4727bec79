import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root and the test data the project owns (test/fixtures; origins in test/fixtures/SOURCES.md). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = resolve(REPO_ROOT, 'test', 'fixtures');
export const CORPUS = resolve(FIXTURES, 'corpus');
export const LOCKFILES = resolve(FIXTURES, 'lockfiles');
export const TEST_VECTORS = resolve(FIXTURES, 'test-vectors');
export const DIST = resolve(REPO_ROOT, 'dist');
