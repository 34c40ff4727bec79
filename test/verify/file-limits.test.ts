/**
 * Issue 12 finding 13 (files): verify reads attestation, key and trusted-root files only when they are regular files
 * (after symlinks) within a size limit; a FIFO or /dev/zero is refused at once with a code, never a hang or OOM.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../support/runner.js';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-files-'));
  writeFileSync(join(dir, 'app.bin'), 'the artifact');
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  symlinkSync('/dev/zero', join(dir, 'zero.json'));
  writeFileSync(join(dir, 'big.json'), '');
  truncateSync(join(dir, 'big.json'), 64 * 1024 * 1024 + 1);
  writeFileSync(join(dir, 'big-root.json'), '');
  truncateSync(join(dir, 'big-root.json'), 16 * 1024 * 1024 + 1);
  writeFileSync(join(dir, 'big.pub'), '');
  truncateSync(join(dir, 'big.pub'), 1024 * 1024 + 1);
  // a sidecar beside the artifact, symlinked to /dev/zero (the case that ran verify out of memory)
  writeFileSync(join(dir, 'side.bin'), 'another artifact');
  symlinkSync('/dev/zero', join(dir, 'side.bin.sigstore.json'));
  // a folder where a glob matches a regular file and a FIFO
  mkdirSync(join(dir, 'g'));
  writeFileSync(join(dir, 'g', 'a.bin'), 'x');
  execFileSync('mkfifo', [join(dir, 'g', 'p.bin')]);
}, 120000);

const run = (args: string[]) => runCli(['verify', ...args], { cwd: dir });

describe('verify reads only regular files within limits (finding 13)', () => {
  test('a sidecar symlinked to /dev/zero: exit 1, FILE_NOT_REGULAR, no OOM', async () => {
    const r = await run(['side.bin']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '[FILE_NOT_REGULAR] attestation side.bin.sigstore.json: a character device, not a regular file',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 20000);
  test('--bundle FIFO: exit 1 at once, no hang; --bundle /dev/zero symlink too', async () => {
    const r = await run(['app.bin', '--bundle', 'fifo.json', '--bundle', 'zero.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[FILE_NOT_REGULAR] attestation fifo.json: a FIFO, not a regular file');
    expect(r.stdout).toContain('[FILE_NOT_REGULAR] attestation zero.json: a character device, not a regular file');
  }, 20000);
  test('an attestation over 64 MiB: FILE_TOO_LARGE', async () => {
    const r = await run(['app.bin', '--bundle', 'big.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[FILE_TOO_LARGE] attestation big.json: 67108865 bytes, over the limit of 64 MiB');
  }, 20000);
  test('--trusted-root: FIFO, /dev/zero and over 16 MiB are refused with a code (exit 1)', async () => {
    for (const [f, msg] of [
      ['fifo.json', '[FILE_NOT_REGULAR] --trusted-root fifo.json: a FIFO, not a regular file'],
      ['zero.json', '[FILE_NOT_REGULAR] --trusted-root zero.json: a character device, not a regular file'],
      ['big-root.json', '[FILE_TOO_LARGE] --trusted-root big-root.json: 16777217 bytes, over the limit of 16 MiB'],
    ]) {
      const r = await run(['app.bin', '--trusted-root', f]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`provenant: ${msg}\n`);
    }
  }, 30000);
  test('--key: FIFO, /dev/zero and over 1 MiB are refused with a code (exit 1)', async () => {
    for (const [f, msg] of [
      ['fifo.json', '[FILE_NOT_REGULAR] key fifo.json: a FIFO, not a regular file'],
      ['zero.json', '[FILE_NOT_REGULAR] key zero.json: a character device, not a regular file'],
      ['big.pub', '[FILE_TOO_LARGE] key big.pub: 1048577 bytes, over the limit of 1 MiB'],
    ]) {
      const r = await run(['app.bin', '--key', f]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`provenant: ${msg}\n`);
    }
  }, 30000);
  test('an artifact that is a FIFO or /dev/zero (also through a glob) is refused at once, not hashed forever', async () => {
    for (const [args, msg] of [
      [['fifo.json'], '[FILE_NOT_REGULAR] artifact fifo.json: a FIFO, not a regular file'],
      [['zero.json'], '[FILE_NOT_REGULAR] artifact zero.json: a character device, not a regular file'],
      [['g/*.bin'], "[FILE_NOT_REGULAR] artifact g/p.bin (matched by 'g/*.bin'): a FIFO, not a regular file"],
    ] as Array<[string[], string]>) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`provenant: ${msg}\n`);
    }
  }, 30000);
  test('--policy, --layout and --layout-key files: a FIFO or device is refused with FILE_NOT_REGULAR', async () => {
    const p = await run(['app.bin', '--policy', 'fifo.json']);
    expect(p.code).toBe(1);
    expect(p.stderr).toBe('provenant: [FILE_NOT_REGULAR] --policy fifo.json: a FIFO, not a regular file\n');
    const l = await run(['app.bin', '--layout', 'fifo.json', '--layout-key', 'zero.json']);
    expect(l.code).toBe(1);
    expect(l.stdout + l.stderr).toMatch(/\[FILE_NOT_REGULAR\] key: zero\.json is a device, not a regular file/);
  }, 30000);
  test('verify-vsa: a FIFO artifact or VSA file is refused at once', async () => {
    const a = await runCli(
      ['verify-vsa', 'app.bin', 'fifo.json', '--cert-identity', 'x', '--cert-oidc-issuer', 'https://issuer.example'],
      { cwd: dir },
    );
    expect(a.code).toBe(1);
    expect(a.stderr).toBe('provenant: [FILE_NOT_REGULAR] artifact fifo.json: a FIFO, not a regular file\n');
    const v = await runCli(
      [
        'verify-vsa',
        'fifo.json',
        'app.bin',
        '--cert-identity',
        'x',
        '--cert-oidc-issuer',
        'https://issuer.example',
        '--json',
      ],
      { cwd: dir },
    );
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/\[FILE_NOT_REGULAR\] attestation fifo\.json: a FIFO, not a regular file/);
  }, 30000);
  test('audit of a FIFO, or of a glob matching one, is refused at once', async () => {
    const a = await runCli(['audit', 'fifo.json'], { cwd: dir });
    expect(a.code).toBe(1);
    expect(a.stderr).toBe('provenant: [FILE_NOT_REGULAR] audit: fifo.json: a FIFO, not a regular file\n');
    const g = await runCli(['audit', 'g/*.bin'], { cwd: dir });
    expect(g.code).toBe(1);
    expect(g.stderr).toMatch(/^provenant: \[FILE_NOT_REGULAR\] audit: .*g\/p\.bin: a FIFO, not a regular file\n$/);
  }, 30000);
});
