// Long work reports progress on stderr: a live line on a terminal, a plain line every few seconds elsewhere (the
// interval is PROVENANT_PROGRESS_INTERVAL_MS, small here). Tables are aligned on a terminal and TSV when piped.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportProgress, startProgress } from '../../src/util/progress.js';
import { renderRows } from '../../src/commands/output.js';
import { renderTable } from '../../src/commands/verify.js';
import { DIST } from '../support/paths.js';
import { ensureBuilt, runCli } from '../support/runner.js';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } };
}

describe('the progress reporter', () => {
  test('not a terminal: one plain line per interval while the work lasts, none for work that ends sooner', () => {
    let t = 0;
    const s = sink(false);
    const p = startProgress('verifying', 'artifacts', { stream: s.stream, intervalMs: 1000, now: () => t });
    p.update(1, 10);
    t = 500;
    p.update(2, 10);
    expect(s.out).toEqual([]);
    t = 1200;
    reportProgress('hashing', 3, 10, 'files'); // the core's report reaches the running reporter
    t = 1500;
    p.update(4, 10);
    t = 2300;
    p.update(5, 10);
    p.stop();
    reportProgress('hashing', 6, 10, 'files'); // after stop: nothing
    expect(s.out).toEqual(['provenant: hashing: 3/10 files (30%), 1s\n', 'provenant: hashing: 5/10 files (50%), 2s\n']);
    const quick = sink(false);
    const q = startProgress('verifying', 'artifacts', { stream: quick.stream, intervalMs: 1000, now: () => 0 });
    q.update(10, 10);
    q.stop();
    expect(quick.out).toEqual([]);
  });

  test('not a terminal, the event loop free: the timer prints the line', async () => {
    const s = sink(false);
    const p = startProgress('auditing', 'packages', { stream: s.stream, intervalMs: 20 });
    p.update(7, 9);
    await new Promise((r) => setTimeout(r, 120));
    p.stop();
    expect(s.out.length).toBeGreaterThanOrEqual(2);
    expect(s.out[0]).toMatch(/^provenant: auditing: 7\/9 packages \(77%\), \d+s\n$/);
  });

  test('a terminal: one live line rewritten in place (throttled), erased at the end', () => {
    let t = 0;
    const s = sink(true);
    const p = startProgress('hashing', 'files', { stream: s.stream, now: () => t });
    p.update(1, 3);
    t = 50;
    p.update(2, 3); // within 100 ms of the last: skipped
    t = 1000;
    p.update(3, 3);
    p.stop();
    expect(s.out).toEqual([
      '\r\x1b[Kprovenant: hashing: 1/3 files (33%), 0s',
      '\r\x1b[Kprovenant: hashing: 3/3 files (100%), 1s',
      '\r\x1b[K',
    ]);
  });

  test('PROVENANT_PROGRESS=0 turns it off', () => {
    process.env.PROVENANT_PROGRESS = '0';
    try {
      const s = sink(false);
      const p = startProgress('x', 'y', { stream: s.stream, intervalMs: 1, now: () => 5000 });
      p.update(1, 2);
      p.stop();
      expect(s.out).toEqual([]);
    } finally {
      delete process.env.PROVENANT_PROGRESS;
    }
  });
});

describe('tables', () => {
  const rows = [
    { cells: ['a-long-name.tar.gz', 'yes', 'L3'] },
    { cells: ['b', 'NO', 'L0'], details: ['  ✗ SUBJECT_MISMATCH: x'] },
  ];
  test('aligned for a terminal, TSV when piped (tabs inside a cell become spaces)', () => {
    expect(renderRows(['ARTIFACT', 'VERIFIED', 'SLSA'], rows, true)).toBe(
      'ARTIFACT            VERIFIED  SLSA\na-long-name.tar.gz  yes       L3\nb                   NO        L0\n  ✗ SUBJECT_MISMATCH: x\n',
    );
    expect(renderRows(['ARTIFACT', 'VERIFIED', 'SLSA'], [...rows, { cells: ['c\td', 'yes', 'L1'] }], false)).toBe(
      'ARTIFACT\tVERIFIED\tSLSA\na-long-name.tar.gz\tyes\tL3\nb\tNO\tL0\n  ✗ SUBJECT_MISMATCH: x\nc d\tyes\tL1\n',
    );
    // 300,000 rows (an audit of a big lockfile): aligned and piped, without one call argument per row
    const many = Array.from({ length: 300_000 }, (_, i) => ({ cells: [`pkg-${i}`, 'yes', 'L1'] }));
    const aligned = renderRows(['ARTIFACT', 'VERIFIED', 'SLSA'], many, true).split('\n');
    expect(aligned[1]).toBe(`pkg-0${' '.repeat('pkg-299999'.length - 'pkg-0'.length)}  yes       L1`);
    expect(renderRows(['ARTIFACT', 'VERIFIED', 'SLSA'], many, false).split('\n')[300_000]).toBe('pkg-299999\tyes\tL1');
  });
  test('verify: names, builder ids and details from files and attestations are printed escaped', () => {
    const out = renderTable(
      {
        results: [
          {
            artifact: 'a\u001b[2Jb',
            verified: false,
            slsaLevel: 0,
            builderId: 'https://x\u001b]0;title\u0007',
            sourceRepo: 'r\u202e',
            checks: [{ code: 'policy', ok: false, detail: 'bad\u001b[31m\nnext' }],
            nextLevel: [],
            materials: null,
          },
        ],
      } as unknown as Parameters<typeof renderTable>[0],
      true,
    );
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).toContain('a\\x1b[2Jb');
    expect(out).toContain('  ✗ policy: bad\\x1b[31m\\nnext\n');
  });
});

describe('the CLI (dist/cli.js)', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'prov-progress-'));
    mkdirSync(join(dir, 'rel'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'rel', `f${String(i).padStart(2, '0')}.bin`), `file ${i}`);
    const r = await runCli(['attest', 'rel', '--unsigned', '--output-dir', 'rel'], { cwd: dir });
    expect(r.code).toBe(0);
  }, 120000);

  test('piped: periodic plain progress lines on stderr, a TSV table on stdout', async () => {
    const r = await runCli(['verify', 'rel/*.bin', '--bundle', 'rel/provenance.statement.json', '--allow-unsigned'], {
      cwd: dir,
      env: { PROVENANT_PROGRESS: '1', PROVENANT_PROGRESS_INTERVAL_MS: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^provenant: (hashing|verifying): \d+\/\d+ (files|attestations) \(\d+%\), \d+s$/m);
    expect(r.stderr).not.toMatch(/\r|\x1b/);
    expect(r.stdout.split('\n')[0]).toBe('ARTIFACT\tVERIFIED\tSLSA\tBUILDER\tSOURCE');
    expect(r.stdout).toMatch(/^rel\/f00\.bin\tyes\tL1\t/m);
    // the default interval is seconds: a quick run prints no progress at all
    const quiet = await runCli(
      ['verify', 'rel/f00.bin', '--bundle', 'rel/provenance.statement.json', '--allow-unsigned'],
      { cwd: dir, env: { PROVENANT_PROGRESS: '1' } },
    );
    expect(quiet.stderr).toBe('');
    // --json keeps stdout one JSON document while the progress goes to stderr
    const j = await runCli(
      ['verify', 'rel/*.bin', '--bundle', 'rel/provenance.statement.json', '--allow-unsigned', '--json'],
      { cwd: dir, env: { PROVENANT_PROGRESS: '1', PROVENANT_PROGRESS_INTERVAL_MS: '1' } },
    );
    expect(JSON.parse(j.stdout).results).toHaveLength(40);
  });

  test('on a terminal (a pseudo-terminal from script(1)): the live line, then an aligned table', () => {
    const cmd = `cd '${dir}' && '${process.execPath}' '${join(DIST, 'cli.js')}' audit rel --allow-unsigned`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'dumb' },
    });
    expect(r.status).toBe(0);
    const out = r.stdout.replace(/\r\n/g, '\n');
    expect(out).toMatch(/\r\x1b\[Kprovenant: (hashing|verifying): /);
    expect(out).toMatch(/ARTIFACT +LEVEL +VERIFIED +BUILDER +SOURCE\n/);
    expect(out).toMatch(/\nf00\.bin +L1 +yes +https:\/\/provenant\.dev\/builders\/local\/v1 {2}-\n/);
    expect(out).not.toMatch(/ARTIFACT\tLEVEL/);
  });
});
