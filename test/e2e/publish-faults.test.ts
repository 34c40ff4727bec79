/**
 * The release round trip's publishing faults (issue 13, points 1, 4 and 5), run as the runner runs the action
 * (dist/attest.js with INPUT_* / GITHUB_* and an event file) against the local Sigstore and a fake GitHub.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTransient } from '../../src/publish/retry.js';
import { classifyOctokitError } from '../../src/publish/github.js';
import { parsePublishTargets, publishConfigProblems } from '../../src/publish/index.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { actionsClaims } from '../support/github-claims.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';

const claims = actionsClaims({ event_name: 'release', run_attempt: '1' });
const event = {
  repository: { id: 1296269, owner: { id: 583231 }, visibility: 'public' },
  release: { tag_name: 'v1.2.3' },
  action: 'published',
};

let dir: string;
let ws: string;
let sig: SigstoreInstance;
let gh: FakeGitHub;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-pubfault-'));
  ws = join(dir, 'ws');
  execFileSync('mkdir', ['-p', join(ws, 'dist'), join(dir, 'sig')]);
  writeFileSync(join(ws, 'dist', 'app.tar.gz'), 'release tarball');
  sig = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'sig') });
  gh = await startFakeGitHub(claims);
}, 120000);

afterAll(async () => {
  await Promise.all([sig?.close(), gh?.close()]);
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return githubEnv(ws, event, {
    GITHUB_EVENT_NAME: 'release',
    GITHUB_REF: 'refs/tags/v1.2.3',
    ACTIONS_ID_TOKEN_REQUEST_URL: gh.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: gh.oidcRequestToken,
    ACTIONS_RUNTIME_TOKEN: gh.runtimeToken,
    ACTIONS_RESULTS_URL: `${gh.url}/`,
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: 'ghs_faketoken',
    PROVENANT_RETRY_BASE_MS: '20',
    ...extra,
  });
}

const keyless = (out: string, more: Record<string, string> = {}) => ({
  'subject-path': 'dist/app.tar.gz',
  'fulcio-url': sig.fulcioURL,
  'rekor-url': sig.rekorURL!,
  'output-dir': join(dir, out),
  ...more,
});
const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('what attest publishes, verify accepts', () => {
  test('the keyless .intoto.jsonl is the Sigstore bundle as one line, and the README downstream command verifies it', async () => {
    const r = await runAction('attest.js', keyless('out-jsonl', { publish: 'files' }), env());
    expect(errors(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    const jsonl = readFileSync(r.outputs['intoto-jsonl-path'], 'utf8');
    expect(jsonl.endsWith('\n')).toBe(true);
    expect(jsonl.trimEnd().split('\n')).toHaveLength(1);
    const line = JSON.parse(jsonl);
    expect(line.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(line.verificationMaterial.certificate ?? line.verificationMaterial.x509CertificateChain).toBeDefined();
    expect(line.verificationMaterial.tlogEntries).toHaveLength(1);
    // the README's "Downstream" command, on the .intoto.jsonl
    const v = await runCli(
      [
        'verify',
        'dist/app.tar.gz',
        '--bundle',
        r.outputs['intoto-jsonl-path'],
        '--signer-workflow',
        'octo/app/.github/workflows/release.yml',
        '--source-repo',
        'octo/app',
        '--min-level',
        '2',
        '--trusted-root',
        sig.trustedRootPath,
      ],
      { cwd: ws },
    );
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  }, 90000);

  test('unsigned: true on a release event with the default publish: auto writes the Statement and succeeds', async () => {
    const r = await runAction(
      'attest.js',
      { 'subject-path': 'dist/app.tar.gz', unsigned: 'true', 'output-dir': join(dir, 'out-unsigned') },
      env(),
    );
    expect(errors(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    expect(existsSync(r.outputs['statement-path'])).toBe(true);
    expect(
      JSON.parse(r.outputs.published ?? '[]')
        .map((o: { target: string }) => o.target)
        .filter((t: string) => t !== 'files'),
    ).toEqual([]);
    // naming a target that needs a signature is still a clear usage error
    const r2 = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app.tar.gz',
        unsigned: 'true',
        publish: 'release',
        'output-dir': join(dir, 'out-unsigned2'),
      },
      env(),
    );
    expect(r2.code).toBe(1);
    expect(errors(r2.stdout).join('\n')).toMatch(/\[USAGE\] publish: release needs a signed attestation/);
  }, 60000);
});

describe('publishing faults', () => {
  test("a 403 with Retry-After or x-ratelimit-remaining: 0 is GitHub's secondary rate limit: retried like 429", async () => {
    const before = gh.attestations.length;
    gh.inject.push(
      {
        method: 'POST',
        path: /\/attestations$/,
        status: 403,
        times: 1,
        headers: { 'retry-after': '0' },
        message: 'You have exceeded a secondary rate limit',
      },
      {
        method: 'POST',
        path: /\/attestations$/,
        status: 403,
        times: 1,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' },
      },
    );
    const r = await runAction('attest.js', keyless('out-ratelimit', { publish: 'attestations-api' }), env());
    gh.inject.length = 0;
    expect(errors(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    expect(gh.attestations.length).toBe(before + 1);
    expect(r.stdout.match(/::warning::attestations API \(app.tar.gz.sigstore.json\): HTTP 403; retry/g)).toHaveLength(
      2,
    );
  }, 90000);

  test('a plain 403 is not retried and names the permission to add', async () => {
    gh.inject.push({
      method: 'POST',
      path: /\/attestations$/,
      status: 403,
      times: 10,
      message: 'Resource not accessible by integration',
    });
    const posts = () => gh.log.filter((l) => l === 'POST /repos/octo/app/attestations').length;
    const before = posts();
    const r = await runAction('attest.js', keyless('out-403', { publish: 'attestations-api' }), env());
    gh.inject.length = 0;
    expect(r.code).toBe(1);
    expect(posts() - before).toBe(1);
    const err = errors(r.stdout);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/PUBLISH_FAILED.*attestations API: HTTP 403.*attestations: write/);
    expect(err[0]).toContain(join(dir, 'out-403', 'app.tar.gz.sigstore.json'));
  }, 90000);

  test('release asset names are checked before any upload: a conflict on the second file uploads nothing', async () => {
    gh.releases.set('v1.2.3', {
      id: 90,
      tag: 'v1.2.3',
      assets: [{ id: 9, name: 'app.tar.gz.sigstore.json', data: Buffer.from('old'), contentType: 'application/json' }],
    });
    const r = await runAction('attest.js', keyless('out-conflict', { publish: 'release' }), env());
    expect(r.code).toBe(1);
    expect(errors(r.stdout).join('\n')).toMatch(/PUBLISH_CONFLICT.*'app.tar.gz.sigstore.json'.*nothing was uploaded/);
    expect(gh.releases.get('v1.2.3')!.assets.map((a) => a.name)).toEqual(['app.tar.gz.sigstore.json']);
    expect(gh.log.filter((l) => l.startsWith('POST /uploads/repos/octo/app/releases/90'))).toEqual([]);
    gh.releases.delete('v1.2.3');
  }, 90000);

  test('a release that does not exist is a configuration error: not retried, names the tag and the local file', async () => {
    gh.releases.delete('v1.2.3');
    const before = gh.log.filter((l) => l.startsWith('GET /repos/octo/app/releases/tags/')).length;
    const r = await runAction('attest.js', keyless('out-norelease', { publish: 'release' }), env());
    expect(r.code).toBe(1);
    expect(gh.log.filter((l) => l.startsWith('GET /repos/octo/app/releases/tags/')).length - before).toBe(1);
    expect(errors(r.stdout).join('\n')).toMatch(/no release for tag 'v1.2.3'.*out-norelease/);
  }, 90000);

  test("artifact retries do not stack: one Provenant attempt over @actions/artifact's own retries", async () => {
    const creates = () => gh.log.filter((l) => l.endsWith('/CreateArtifact')).length;
    const before = creates();
    gh.inject.push({ method: 'POST', path: /CreateArtifact$/, status: 400, times: 100 });
    const r = await runAction('attest.js', keyless('out-artifact', { publish: 'artifact' }), env());
    gh.inject.length = 0;
    expect(r.code).toBe(1);
    expect(errors(r.stdout).join('\n')).toMatch(/PUBLISH_FAILED.*workflow artifact/);
    // a permanent failure: @actions/artifact makes one call and Provenant does not call again
    expect(creates() - before).toBe(1);
  }, 120000);

  test('every input and publish target is validated before any network call', async () => {
    const start = gh.requests.length;
    // no subject: reported as itself, not as a missing id-token permission
    const e = env();
    delete e.ACTIONS_ID_TOKEN_REQUEST_URL;
    const r1 = await runAction('attest.js', { publish: 'files', 'output-dir': join(dir, 'out-v1') }, e);
    expect(r1.code).toBe(1);
    expect(errors(r1.stdout).join('\n')).toMatch(/\[INPUT_INVALID\] one of subject-path/);
    // publish: artifact without the runtime token: a configuration error before signing
    const e2 = env();
    delete e2.ACTIONS_RUNTIME_TOKEN;
    const r2 = await runAction('attest.js', keyless('out-v2', { publish: 'artifact' }), e2);
    expect(r2.code).toBe(1);
    expect(errors(r2.stdout).join('\n')).toMatch(/publish: artifact needs ACTIONS_RUNTIME_TOKEN/);
    // release on a push with no tag and no release-tag
    const e3 = env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' });
    writeFileSync(e3.GITHUB_EVENT_PATH, JSON.stringify({ repository: event.repository }));
    const r3 = await runAction('attest.js', keyless('out-v3', { publish: 'release' }), e3);
    expect(r3.code).toBe(1);
    expect(errors(r3.stdout).join('\n')).toMatch(
      /publish: release needs a release event, a tag ref or the release-tag input/,
    );
    // a malformed boolean
    const r4 = await runAction('attest.js', keyless('out-v4', { overwrite: 'maybe' }), env());
    expect(r4.code).toBe(1);
    expect(errors(r4.stdout).join('\n')).toMatch(
      /overwrite: 'maybe' is not a boolean \(true, True, TRUE, false, False or FALSE\)/,
    );
    // none of them reached the network (no OIDC token request, no API call)
    expect(gh.requests.slice(start)).toEqual([]);
    for (const d of ['out-v1', 'out-v2', 'out-v3', 'out-v4']) expect(existsSync(join(dir, d))).toBe(false);
  }, 90000);

  test("one annotation per failed target, and GitHub's API version and media type on every request", async () => {
    gh.releases.delete('v1.2.3');
    gh.inject.push({ method: 'POST', path: /\/attestations$/, status: 404, times: 10 });
    const start = gh.requests.length;
    const r = await runAction('attest.js', keyless('out-two', { publish: 'attestations-api, release' }), env());
    gh.inject.length = 0;
    expect(r.code).toBe(1);
    const err = errors(r.stdout);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/attestations API: HTTP 404/);
    expect(err[1]).toMatch(/no release for tag/);
    const api = gh.requests.slice(start).filter((q) => q.path.startsWith('/repos/'));
    expect(api.length).toBeGreaterThanOrEqual(2);
    for (const q of api) {
      expect(q.headers['x-github-api-version']).toBe('2022-11-28');
      expect(q.headers.accept).toBe('application/vnd.github+json');
    }
  }, 90000);
});

describe('publishing rules (unit)', () => {
  test('403 is transient only when rate limited; configuration errors never', () => {
    expect(isTransient({ status: 403, message: '' })).toBe(false);
    expect(isTransient({ status: 403, message: '', rateLimited: true })).toBe(true);
    expect(isTransient({ message: 'no token', permanent: true })).toBe(false);
    const f = classifyOctokitError({
      status: 403,
      message: 'x',
      response: { headers: { 'x-ratelimit-remaining': '0' }, data: {} },
    });
    expect(f.rateLimited).toBe(true);
    expect(classifyOctokitError({ status: 403, message: 'x', response: { headers: {}, data: {} } }).rateLimited).toBe(
      false,
    );
  });
  test('auto follows the signing mode; problems are reported per target', () => {
    expect(parsePublishTargets('auto', { hasRelease: true, keyless: false, hasToken: true, signed: false })).toEqual([
      'files',
    ]);
    expect(parsePublishTargets('', { hasRelease: true, keyless: true, hasToken: true })).toEqual([
      'files',
      'attestations-api',
      'release',
    ]);
    expect(() =>
      parsePublishTargets('artifact', { hasRelease: false, keyless: false, hasToken: true, signed: false }),
    ).toThrow(/needs a signed/);
    const p = publishConfigProblems(['files', 'release', 'artifact', 'attestations-api'], { hasToken: false, env: {} });
    expect(p).toHaveLength(4);
  });
});
