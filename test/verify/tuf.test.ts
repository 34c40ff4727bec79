/**
 * Trust freshness (issue 12): `provenant trust update` refreshes the trusted root through TUF into a cache that verify
 * prefers over the shipped root, offline; a corrupted or expired cache fails closed (TRUST_ROOT_INVALID), it never
 * falls back to the older shipped root. Against a local TUF repository served on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTufCacheDir } from '../../src/verify/tuf.js';
import { CORPUS } from '../support/paths.js';
import { ensureBuilt, runCli } from '../support/runner.js';
import { startTufRepo, type TufRepo } from '../support/tuf-repo.js';

// a bundle from GitHub's staging instance: it verifies only with GitHub's staging trusted root, never with the
// shipped public-good one, so which root verify used shows in its verdict
const CASE = join(CORPUS, 'sigstore-go/sgo-github-staging-sigstorejs-1.3.0');
const STAGING_ROOT = readFileSync(join(CORPUS, 'trust/github-staging/trusted_root.json'));
const VERIFY = [
  'verify',
  join(CASE, 'sigstore-1.3.0.tgz'),
  '--bundle',
  join(CASE, 'bundle-github-staging-sigstorejs1.3.0.json'),
  '--cert-identity',
  'cody@soyland.com',
  '--cert-oidc-issuer',
  'https://github.com/login/oauth',
  '--json',
];

let repo: TufRepo;
let dir: string;
let rootFile: string;

const env = (cache: string) => ({ XDG_CACHE_HOME: cache });
const cli = (args: string[], cache: string) => runCli(args, { cwd: dir, env: env(cache) });
const update = (cache: string, extra: string[] = []) =>
  cli(['trust', 'update', '--mirror-url', repo.url, '--root', rootFile, '--json', ...extra], cache);
const tufDir = (cache: string, r: TufRepo = repo) =>
  join(cache, 'provenant', 'tuf', encodeURIComponent(new URL(r.url).host));

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-tuf-'));
  repo = await startTufRepo({ 'trusted_root.json': STAGING_ROOT });
  rootFile = join(dir, 'root.json');
  writeFileSync(rootFile, repo.rootJson);
}, 120000);
afterAll(() => repo?.close());

describe("provenant trust update (TUF) and verify's use of the cache", () => {
  test('update fetches the root through TUF; verify prefers the cache, and stays offline', async () => {
    const cache = mkdtempSync(join(dir, 'c-'));
    // no cache: the shipped public-good root, which cannot verify a staging bundle
    const before = await cli(VERIFY, cache);
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout).results[0].checks[0].detail).toMatch(
      /SIGNATURE_INVALID|TLOG_INVALID|TIMESTAMP_INVALID/,
    );
    expect(JSON.parse((await cli(['trust', 'status', '--json'], cache)).stdout).trustedRoot).toBe(
      'sigstore public-good (shipped)',
    );
    const u = await update(cache);
    expect(u.stderr).toBe('');
    expect(u.code).toBe(0);
    const out = JSON.parse(u.stdout);
    expect(out).toMatchObject({ mirrorURL: repo.url, cacheDir: join(cache, 'provenant', 'tuf') });
    expect(out.trustedRootSha256).toBe(createHash('sha256').update(STAGING_ROOT).digest('hex'));
    expect(repo.requests).toEqual(
      expect.arrayContaining([
        'GET /2.root.json',
        'GET /timestamp.json',
        'GET /snapshot.json',
        'GET /targets.json',
        'GET /targets/trusted_root.json',
      ]),
    );
    const seen = repo.requests.length;
    const after = await cli(VERIFY, cache);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).results[0]).toMatchObject({ verified: true });
    expect(repo.requests.length).toBe(seen); // verify never went online
    const status = await cli(['trust', 'status', '--json'], cache);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      mirrorURL: repo.url,
      expires: expect.stringMatching(/^\d{4}-/),
      trustedRoot: expect.stringMatching(/^TUF cache .*, updated \d{4}-/),
    });
    // the verify workers (30 attestations: several threads) load the same cached root
    const many = [...VERIFY];
    many.splice(2, 0, ...Array(29).fill(join(CASE, 'sigstore-1.3.0.tgz')));
    const pooled = await runCli(many, { cwd: dir, env: { ...env(cache), PROVENANT_VERIFY_THREADS: '2' } });
    expect(pooled.code).toBe(0);
    const pr = JSON.parse(pooled.stdout);
    // (the thread count is no longer part of the JSON contract)
    expect(pr.results).toHaveLength(30);
    expect(pr.results.every((x: { verified: boolean }) => x.verified)).toBe(true);
    // an explicit --trusted-root still wins over the cache
    const explicit = await cli(
      [...VERIFY, '--trusted-root', join(CORPUS, 'trust/public-good/trusted_root.json')],
      cache,
    );
    expect(explicit.code).toBe(1);
    // a second update is incremental and succeeds (same versions)
    expect((await update(cache)).code).toBe(0);
  }, 60000);

  test('a corrupted or incomplete cache fails closed with TRUST_ROOT_INVALID (no fallback to the shipped root)', async () => {
    const good = mkdtempSync(join(dir, 'good-'));
    expect((await update(good)).code).toBe(0);
    const variants: Array<[string, (t: string) => void, RegExp]> = [
      [
        'target byte flipped',
        (t) => {
          const f = join(t, 'targets', 'trusted_root.json');
          const b = readFileSync(f);
          b[b.length - 5] ^= 1;
          writeFileSync(f, b);
        },
        /trusted_root\.json does not match the length and hashes the TUF targets metadata signs/,
      ],
      [
        'target swapped for the public-good root',
        (t) => {
          writeFileSync(
            join(t, 'targets', 'trusted_root.json'),
            readFileSync(join(CORPUS, 'trust/public-good/trusted_root.json')),
          );
        },
        /does not match the length and hashes/,
      ],
      [
        'timestamp tampered (signature)',
        (t) => {
          const f = join(t, 'timestamp.json');
          writeFileSync(f, readFileSync(f, 'utf8').replace(/"version":1/, '"version":2'));
        },
        /corrupted or incomplete/,
      ],
      [
        'targets metadata not JSON',
        (t) => writeFileSync(join(t, 'targets.json'), '{'),
        /corrupted or incomplete|targets\.json/,
      ],
      ['root metadata missing', (t) => rmSync(join(t, 'root.json')), /root\.json: cannot read \(ENOENT\)/],
      [
        'target a FIFO',
        (t) => {
          rmSync(join(t, 'targets', 'trusted_root.json'));
          execFileSync('mkfifo', [join(t, 'targets', 'trusted_root.json')]);
        },
        /a FIFO, not a regular file/,
      ],
    ];
    for (const [name, change, re] of variants) {
      const cache = mkdtempSync(join(dir, 'bad-'));
      cpSync(good, cache, { recursive: true });
      change(tufDir(cache));
      const r = await cli(VERIFY, cache);
      // --json: the error is the JSON contract's error object on stdout
      const e = JSON.parse(r.stdout).error as { code: string; message: string };
      expect({ name, code: r.code, error: e.code }).toEqual({ name, code: 1, error: 'TRUST_ROOT_INVALID' });
      const err = `provenant: [${e.code}] ${e.message}\n`;
      expect(err).toMatch(/^provenant: \[TRUST_ROOT_INVALID\] TUF cache .*: /);
      expect(err).toMatch(re);
      expect(err).toMatch(/run 'provenant trust update' to refresh it, or give --trusted-root\n$/);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
      // trust status reports the same failure
      const s = await cli(['trust', 'status'], cache);
      expect(s.code).toBe(1);
      expect(s.stderr).toMatch(/TRUST_ROOT_INVALID/);
      // the explicit escapes: trust reset (back to the shipped root), --trusted-root
      const off = mkdtempSync(join(dir, 'reset-'));
      cpSync(cache, off, { recursive: true });
      const reset = await cli(['trust', 'reset'], off);
      expect(reset.code).toBe(0);
      expect(reset.stdout).toBe('verify uses: sigstore public-good (shipped)\n');
      const shipped = await cli(VERIFY, off);
      expect({ name, code: shipped.code, err: shipped.stderr }).toEqual({ name, code: 1, err: '' });
      expect(shipped.stdout).toMatch(/SIGNATURE_INVALID|TLOG_INVALID|TIMESTAMP_INVALID/);
      const explicit = await cli(
        [...VERIFY, '--trusted-root', join(CORPUS, 'trust/github-staging/trusted_root.json')],
        cache,
      );
      expect({ name, code: explicit.code }).toEqual({ name, code: 0 });
      // trust update repairs it (force-init from the given root)
      const fixed = await update(cache, ['--force-init']);
      expect({ name, code: fixed.code, err: fixed.stderr }).toEqual({ name, code: 0, err: '' });
      expect((await cli(VERIFY, cache)).code).toBe(0);
    }
  }, 120000);

  test('an expired cache fails closed: verify names the expired metadata', async () => {
    const short = await startTufRepo({ 'trusted_root.json': STAGING_ROOT }, { expires: new Date(Date.now() + 4000) });
    try {
      const cache = mkdtempSync(join(dir, 'exp-'));
      const root = join(dir, 'short-root.json');
      writeFileSync(root, short.rootJson);
      const u = await cli(['trust', 'update', '--mirror-url', short.url, '--root', root, '--json'], cache);
      expect(u.code).toBe(0);
      expect((await cli(VERIFY, cache)).code).toBe(0);
      await new Promise((r) =>
        setTimeout(r, Math.max(0, new Date(JSON.parse(u.stdout).expires).getTime() - Date.now()) + 500),
      );
      const r = await cli(VERIFY, cache);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^provenant: \[TRUST_ROOT_INVALID\] TUF cache .*: timestamp\.json expired on \d{4}-.*run 'provenant trust update'/,
      );
      // an image is verified against the same cache: it fails closed too, before any registry is asked (the port
      // below serves nothing), never falling back to the shipped root
      const image = await cli(['verify', 'oci://127.0.0.1:9/app:latest', ...VERIFY.slice(4)], cache);
      expect(image.code).toBe(1);
      expect(JSON.parse(image.stdout).error.code).toBe('TRUST_ROOT_INVALID');
    } finally {
      await short.close();
    }
  }, 60000);

  test('update failures: wrong TUF root, unreachable mirror, no --root for another mirror; the old cache stays in use', async () => {
    const cache = mkdtempSync(join(dir, 'fail-'));
    expect((await update(cache)).code).toBe(0);
    const other = await startTufRepo({ 'trusted_root.json': STAGING_ROOT });
    try {
      // a root of another repository: nothing the mirror serves is signed by its keys
      const wrongRoot = join(dir, 'wrong-root.json');
      writeFileSync(wrongRoot, other.rootJson);
      const fresh = mkdtempSync(join(dir, 'fresh-'));
      const w = await cli(['trust', 'update', '--mirror-url', repo.url, '--root', wrongRoot], fresh);
      expect(w.code).toBe(1);
      expect(w.stderr).toMatch(
        /^provenant: \[TRUST_UPDATE_FAILED\] TUF update from http:\/\/127\.0\.0\.1:\d+ failed: /,
      );
      expect(w.stderr).not.toMatch(/\n\s+at /);
      // no record written: verify still uses the shipped root there
      expect(readdirSync(join(fresh, 'provenant', 'tuf'))).not.toContain('provenant-trust.json');
      expect(JSON.parse((await cli(['trust', 'status', '--json'], fresh)).stdout).trustedRoot).toBe(
        'sigstore public-good (shipped)',
      );
      expect((await cli(VERIFY, fresh)).code).toBe(1);
    } finally {
      await other.close();
    }
    // the mirror fails half-way (no timestamp metadata): the update fails and the cache stays as it was
    const ts = repo.files.get('/timestamp.json')!;
    repo.files.delete('/timestamp.json');
    try {
      const half = await update(cache);
      expect(half.code).toBe(1);
      expect(half.stderr).toMatch(
        /\[TRUST_UPDATE_FAILED\] TUF update from http:\/\/127\.0\.0\.1:\d+ failed: .*Failed to download \(HTTP 404\)/,
      );
    } finally {
      repo.files.set('/timestamp.json', ts);
    }
    expect((await cli(VERIFY, cache)).code).toBe(0);
    expect(readdirSync(join(cache, 'provenant', 'tuf')).filter((n) => n.startsWith('.update-'))).toEqual([]);
    const down = await cli(
      ['trust', 'update', '--mirror-url', 'http://127.0.0.1:9', '--root', rootFile, '--timeout-ms', '2000'],
      cache,
    );
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/\[TRUST_UPDATE_FAILED\] TUF update from http:\/\/127\.0\.0\.1:9 failed/);
    // the earlier, good cache is still what verify uses
    expect((await cli(VERIFY, cache)).code).toBe(0);
    const noRoot = await cli(['trust', 'update', '--mirror-url', repo.url], cache);
    expect(noRoot.code).toBe(2);
    expect(noRoot.stderr).toMatch(/give --root FILE/);
    expect((await cli(['trust'], cache)).code).toBe(2);
    expect((await cli(['trust', 'frobnicate'], cache)).code).toBe(2);
    const fifo = join(dir, 'root-fifo');
    execFileSync('mkfifo', [fifo]);
    const f = await cli(['trust', 'update', '--mirror-url', repo.url, '--root', fifo], cache);
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/\[FILE_NOT_REGULAR\] --root .*root-fifo: a FIFO/);
  }, 60000);

  test('the cache folder: PROVENANT_TUF_CACHE, else an absolute XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultTufCacheDir({ PROVENANT_TUF_CACHE: '/x/tuf', XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/x/tuf');
    expect(defaultTufCacheDir({ XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/c/provenant/tuf');
    expect(defaultTufCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/h' })).toBe('/h/.cache/provenant/tuf');
    expect(defaultTufCacheDir({ HOME: '/h' })).toBe('/h/.cache/provenant/tuf');
  });
});
