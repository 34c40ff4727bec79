import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenantError } from '../../src/errors.js';
import { READ_LIMITS, readRegularFileSync } from '../../src/util/fs.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rrf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ProvenantError);
    return `${(e as ProvenantError).code}: ${(e as Error).message}`;
  }
  throw new Error('did not throw');
}

describe('readRegularFile', () => {
  const opts = { maxBytes: 1024, what: 'attestation' };

  test('reads a regular file, also through a symlink', () => {
    const f = join(dir, 'ok.json');
    writeFileSync(f, '{"a":1}');
    symlinkSync(f, join(dir, 'ok-link.json'));
    expect(readRegularFileSync(f, opts).toString()).toBe('{"a":1}');
    expect(readRegularFileSync(join(dir, 'ok-link.json'), opts).toString()).toBe('{"a":1}');
    writeFileSync(join(dir, 'empty'), '');
    expect(readRegularFileSync(join(dir, 'empty'), opts).length).toBe(0);
    writeFileSync(join(dir, 'exact'), Buffer.alloc(1024, 0x61));
    expect(readRegularFileSync(join(dir, 'exact'), opts).length).toBe(1024);
  });

  test('a FIFO is refused at once (no hang)', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(codeOf(() => readRegularFileSync(fifo, opts))).toBe(
      `FILE_NOT_REGULAR: attestation ${fifo}: a FIFO, not a regular file`,
    );
    expect(codeOf(() => readRegularFileSync(fifo, opts))).toMatch(/^FILE_NOT_REGULAR: .*a FIFO/);
  }, 5000);

  test('a symlink to /dev/zero is refused (no unbounded read)', () => {
    const link = join(dir, 'zero.sigstore.json');
    symlinkSync('/dev/zero', link);
    expect(codeOf(() => readRegularFileSync(link, opts))).toBe(
      `FILE_NOT_REGULAR: attestation ${link}: a character device, not a regular file`,
    );
    expect(codeOf(() => readRegularFileSync(link, opts))).toMatch(/^FILE_NOT_REGULAR: .*character device/);
  }, 5000);

  test('a folder is refused', () => {
    expect(codeOf(() => readRegularFileSync(dir, opts))).toMatch(/^FILE_NOT_REGULAR: .*a folder/);
  });

  test('a file over the limit is refused before it is read (sparse 1 GiB file)', () => {
    const big = join(dir, 'big');
    writeFileSync(big, '');
    truncateSync(big, 1024 * 1024 * 1024);
    expect(codeOf(() => readRegularFileSync(big, { maxBytes: READ_LIMITS.attestation, what: 'attestation' }))).toBe(
      `FILE_TOO_LARGE: attestation ${big}: 1073741824 bytes, over the limit of 64 MiB`,
    );
    writeFileSync(join(dir, 'over'), Buffer.alloc(1025));
    expect(codeOf(() => readRegularFileSync(join(dir, 'over'), opts))).toMatch(/^FILE_TOO_LARGE: /);
  });

  test('a missing file and an unreadable one have their own codes', () => {
    expect(codeOf(() => readRegularFileSync(join(dir, 'nope'), opts))).toMatch(
      /^FILE_NOT_FOUND: attestation .*nope: cannot read \(ENOENT\)/,
    );
    expect(codeOf(() => readRegularFileSync(join(dir, 'ok.json', 'x'), opts))).toMatch(/^FILE_UNREADABLE: .*ENOTDIR/);
  });

  test('the documented limits', () => {
    expect(READ_LIMITS.attestation).toBe(64 * 1024 * 1024);
    expect(READ_LIMITS.key).toBe(1024 * 1024);
    expect(READ_LIMITS.trustedRoot).toBe(16 * 1024 * 1024);
  });
});
