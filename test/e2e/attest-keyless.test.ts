/**
 * The attest action as a runner runs it (dist/attest.js, INPUT_* and GITHUB_* variables, an event file,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), signing keyless against a local Sigstore (@sigstore/mock's Fulcio, Rekor,
 * TSA) with a token from a fake OIDC endpoint, and publishing to a fake GitHub (REST API, uploads, artifacts).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { actionsClaims, SHA, WORKFLOW } from '../support/github-claims.js';

const claims = (visibility: string) => actionsClaims({ repository_visibility: visibility });

let dir: string;
let ws: string;
let rekorInstance: SigstoreInstance;
let tsaInstance: SigstoreInstance;
let gh: FakeGitHub;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-keyless-'));
  ws = join(dir, 'ws');
  execFileSync('mkdir', ['-p', join(ws, 'dist'), join(dir, 'rekor'), join(dir, 'tsa')]);
  writeFileSync(join(ws, 'dist', 'app-1.2.3.tar.gz'), 'release tarball');
  writeFileSync(join(ws, 'dist', 'app-1.2.3.whl'), 'release wheel');
  writeFileSync(join(ws, 'dist', 'app-1.2.3.zip'), 'release zip');
  rekorInstance = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'rekor') });
  tsaInstance = await startSigstore({ rekor: false, tsa: true, dir: join(dir, 'tsa') });
  gh = await startFakeGitHub(claims('public'));
}, 120000);

afterAll(async () => {
  await Promise.all([rekorInstance?.close(), tsaInstance?.close(), gh?.close()]);
});

function env(event: Record<string, unknown>, extra: Record<string, string> = {}): Record<string, string> {
  return githubEnv(ws, event, {
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

/** The independent check: @sigstore/verify against the mock instance's trusted root. */
function independentlyVerify(bundlePath: string, inst: SigstoreInstance, tlog: boolean): void {
  const material = toTrustMaterial(TrustedRoot.fromJSON(inst.trustedRoot));
  const b = bundleFromJSON(JSON.parse(readFileSync(bundlePath, 'utf8')));
  new Verifier(material, { tlogThreshold: tlog ? 1 : 0, ctlogThreshold: 1, timestampThreshold: 1 }).verify(
    toSignedEntity(b),
  );
}

const publicEvent = { repository: { id: 1296269, owner: { id: 583231 }, visibility: 'public' } };
const privateEvent = { repository: { id: 1296269, owner: { id: 583231 }, visibility: 'private', private: true } };

describe('keyless attest action against local Sigstore and GitHub fakes', () => {
  test('public repository: Fulcio certificate + Rekor entry; @sigstore/verify accepts it; provenant verify says SLSA Build L2', async () => {
    gh.claims = claims('public');
    const out = join(dir, 'out-public');
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': rekorInstance.fulcioURL,
        'rekor-url': rekorInstance.rekorURL!,
        publish: 'files',
        'output-dir': out,
      },
      env(publicEvent),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    const bundle = JSON.parse(readFileSync(r.outputs['bundle-path'], 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.certificate.rawBytes).toBeTruthy();
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []).toHaveLength(0);
    expect(() => independentlyVerify(r.outputs['bundle-path'], rekorInstance, true)).not.toThrow();
    expect(rekorInstance.requests).toEqual(
      expect.arrayContaining(['POST /api/v2/signingCert', 'POST /api/v1/log/entries']),
    );
    // the summary names the signer identity and the log entry
    expect(r.summary).toContain(`Signed keyless by \`https://github.com/${WORKFLOW}\``);
    expect(r.summary).toMatch(/transparency log entry \d+/);
    // a certificate-signed attestation is verified against an identity (issue 12): none is a usage error
    const anyone = await runCli(
      [
        'verify',
        join(ws, 'dist', 'app-1.2.3.tar.gz'),
        '--bundle',
        r.outputs['bundle-path'],
        '--trusted-root',
        rekorInstance.trustedRootPath,
        '--json',
      ],
      { cwd: ws },
    );
    expect(anyone.code).toBe(2);
    expect(anyone.stderr).toMatch(/\[USAGE\] .*--source-repo/);
    const v = await runCli(
      [
        'verify',
        join(ws, 'dist', 'app-1.2.3.tar.gz'),
        '--bundle',
        r.outputs['bundle-path'],
        '--trusted-root',
        rekorInstance.trustedRootPath,
        '--source-repo',
        'octo/app',
        '--json',
      ],
      { cwd: ws },
    );
    const res = JSON.parse(v.stdout).results[0];
    expect(res).toMatchObject({ verified: true, slsaLevel: 2, builderId: `https://github.com/${WORKFLOW}` });
    expect(v.code).toBe(0);
  }, 60000);

  test("private repository on GitHub's instance shape: Fulcio + TSA, no transparency log; verifies with tlog threshold 0", async () => {
    gh.claims = claims('private');
    const out = join(dir, 'out-private');
    const before = tsaInstance.requests.length;
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'sigstore-instance': 'github',
        'fulcio-url': tsaInstance.fulcioURL,
        'tsa-url': tsaInstance.tsaURL!,
        publish: 'files',
        'output-dir': out,
      },
      env(privateEvent),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/keyless signing with github Sigstore/);
    const bundle = JSON.parse(readFileSync(r.outputs['bundle-path'], 'utf8'));
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    expect(tsaInstance.requests.slice(before)).toEqual(['POST /api/v2/signingCert', 'POST /api/v1/timestamp']);
    expect(() => independentlyVerify(r.outputs['bundle-path'], tsaInstance, false)).not.toThrow();
    expect(r.summary).toMatch(/timestamp \d{4}-\d\d-\d\dT/);
    const v = await runCli(
      [
        'verify',
        join(ws, 'dist', 'app-1.2.3.tar.gz'),
        '--bundle',
        r.outputs['bundle-path'],
        '--trusted-root',
        tsaInstance.trustedRootPath,
        '--signer-workflow',
        WORKFLOW,
        '--json',
      ],
      { cwd: ws },
    );
    expect(JSON.parse(v.stdout).results[0]).toMatchObject({ verified: true, slsaLevel: 2 });
  }, 60000);

  test('the token wins over the environment, with a warning; the certificate and provenance agree', async () => {
    gh.claims = claims('public');
    const out = join(dir, 'out-claims');
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': rekorInstance.fulcioURL,
        'rekor-url': rekorInstance.rekorURL!,
        publish: 'files',
        'output-dir': out,
      },
      env(publicEvent, { GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff' }),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::the OIDC token's sha 'c27d339e[0-9a-f]+' differs from the environment's 'ffff/,
    );
    const st = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(r.outputs['bundle-path'], 'utf8')).dsseEnvelope.payload, 'base64').toString(),
    );
    expect(JSON.stringify(st.predicate.buildDefinition.resolvedDependencies)).toContain(SHA);
    expect(JSON.stringify(st)).not.toContain('ffffffffffffffffffffffffffffffffffffffff');
  }, 60000);

  test('attestation-per-subject: one signed bundle per subject, each verifying', async () => {
    gh.claims = claims('public');
    const out = join(dir, 'out-per');
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/*',
        'attestation-per-subject': 'true',
        'fulcio-url': rekorInstance.fulcioURL,
        'rekor-url': rekorInstance.rekorURL!,
        publish: 'files',
        'output-dir': out,
      },
      env(publicEvent),
    );
    expect(r.code).toBe(0);
    const bundles = r.outputs['attestation-paths'].split('\n').filter((p) => p.endsWith('.sigstore.json'));
    expect(bundles).toHaveLength(3);
    for (const b of bundles) expect(() => independentlyVerify(b, rekorInstance, true)).not.toThrow();
  }, 60000);

  test('publishes to the attestations API, the release and a workflow artifact: byte-identical to the files on disk', async () => {
    gh.claims = claims('public');
    gh.releases.set('v1.2.3', { id: 77, tag: 'v1.2.3', assets: [] });
    const out = join(dir, 'out-publish');
    const event = { ...publicEvent, release: { tag_name: 'v1.2.3' }, action: 'published' };
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': rekorInstance.fulcioURL,
        'rekor-url': rekorInstance.rekorURL!,
        publish: 'files, attestations-api, release, artifact',
        'artifact-name': 'app-provenance',
        'retention-days': '5',
        'output-dir': out,
      },
      env(event, { GITHUB_EVENT_NAME: 'release' }),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    const bundleFile = readFileSync(r.outputs['bundle-path']);
    const jsonlFile = readFileSync(r.outputs['intoto-jsonl-path']);
    // attestations API: the bundle as stored on disk, with the token
    const posted = gh.attestations.at(-1)!;
    expect(posted.repo).toBe('octo/app');
    expect(posted.auth).toBe('token ghs_faketoken');
    expect(`${JSON.stringify(JSON.parse(posted.body.toString()).bundle)}\n`).toBe(bundleFile.toString());
    expect(r.outputs['attestation-id']).toMatch(/^\d+$/);
    expect(r.outputs['attestation-url']).toBe(
      `https://github.com/octo/app/attestations/${r.outputs['attestation-id']}`,
    );
    // release assets: <name>.intoto.jsonl (what Scorecard looks for) and the bundle, byte for byte
    const assets = gh.releases.get('v1.2.3')!.assets;
    expect(assets.map((a) => a.name).sort()).toEqual([
      'app-1.2.3.tar.gz.intoto.jsonl',
      'app-1.2.3.tar.gz.sigstore.json',
    ]);
    expect(assets.find((a) => a.name.endsWith('.intoto.jsonl'))!.data.equals(jsonlFile)).toBe(true);
    expect(assets.find((a) => a.name.endsWith('.sigstore.json'))!.data.equals(bundleFile)).toBe(true);
    // workflow artifact through @actions/artifact: a zip holding both files, finalized
    const art = gh.artifacts.find((a) => a.name === 'app-provenance')!;
    expect(art.finalized).toBe(true);
    expect(art.retentionDays).toBe(5);
    const zip = join(dir, 'artifact.zip');
    writeFileSync(zip, art.blob);
    const listing = execFileSync('/usr/bin/python3', [
      '-c',
      'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))',
      zip,
    ]).toString();
    const files = JSON.parse(listing) as Record<string, string>;
    expect(files['app-1.2.3.tar.gz.sigstore.json']).toBe(bundleFile.toString());
    expect(files['app-1.2.3.tar.gz.intoto.jsonl']).toBe(jsonlFile.toString());
    // each target reported, with links in the summary
    const published = JSON.parse(r.outputs.published) as Array<{ target: string; ok: boolean }>;
    expect(published.map((p) => [p.target, p.ok])).toEqual([
      ['files', true],
      ['attestations-api', true],
      ['release', true],
      ['artifact', true],
    ]);
    expect(r.summary).toContain(`(https://github.com/octo/app/attestations/${r.outputs['attestation-id']})`);
    expect(r.summary).toContain('release: app-1.2.3.tar.gz.intoto.jsonl');
  }, 90000);

  test('an existing release asset is an error without overwrite, replaced with it', async () => {
    gh.claims = claims('public');
    gh.releases.set('v9.9.9', {
      id: 78,
      tag: 'v9.9.9',
      assets: [
        { id: 5, name: 'app-1.2.3.tar.gz.intoto.jsonl', data: Buffer.from('old'), contentType: 'application/jsonl' },
      ],
    });
    const inputs = {
      'subject-path': 'dist/app-1.2.3.tar.gz',
      'fulcio-url': rekorInstance.fulcioURL,
      'rekor-url': rekorInstance.rekorURL!,
      publish: 'release',
      'release-tag': 'v9.9.9',
      'output-dir': join(dir, 'out-conflict'),
    };
    const r = await runAction('attest.js', inputs, env(publicEvent));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::.*PUBLISH_CONFLICT.*already has an asset named 'app-1.2.3.tar.gz.intoto.jsonl'.*overwrite/,
    );
    expect(existsSync(join(dir, 'out-conflict', 'app-1.2.3.tar.gz.intoto.jsonl'))).toBe(true);
    const r2 = await runAction('attest.js', { ...inputs, overwrite: 'true' }, env(publicEvent));
    expect(r2.stdout + r2.stderr).not.toMatch(/::error::/);
    expect(r2.code).toBe(0);
    const asset = gh.releases.get('v9.9.9')!.assets.find((a) => a.name === 'app-1.2.3.tar.gz.intoto.jsonl')!;
    expect(asset.data.equals(readFileSync(join(dir, 'out-conflict', 'app-1.2.3.tar.gz.intoto.jsonl')))).toBe(true);
  }, 90000);

  test('links: in-toto link files are published beside the provenance (files, release)', async () => {
    gh.claims = claims('public');
    gh.releases.set('v5.0.0', { id: 80, tag: 'v5.0.0', assets: [] });
    execFileSync('mkdir', ['-p', join(ws, 'links')]);
    writeFileSync(join(ws, 'links', 'build.776a00e2.link'), '{"signed": {"_type": "link"}, "signatures": []}\n');
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': rekorInstance.fulcioURL,
        'rekor-url': rekorInstance.rekorURL!,
        publish: 'release',
        'release-tag': 'v5.0.0',
        links: 'links/*.link',
        'output-dir': join(dir, 'out-links'),
      },
      env(publicEvent),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    const assets = gh.releases.get('v5.0.0')!.assets;
    expect(assets.map((a) => a.name).sort()).toEqual([
      'app-1.2.3.tar.gz.intoto.jsonl',
      'app-1.2.3.tar.gz.sigstore.json',
      'build.776a00e2.link',
    ]);
    expect(
      assets
        .find((a) => a.name === 'build.776a00e2.link')!
        .data.equals(readFileSync(join(ws, 'links', 'build.776a00e2.link'))),
    ).toBe(true);
    const files = JSON.parse(r.outputs.published).find((p: { target: string }) => p.target === 'files');
    // the link was checked (contained, regular, bounded) and staged beside the attestation: the copy is published
    expect(files.items.map((i: { name: string }) => i.name)).toContain(
      join(dir, 'out-links', 'links', 'build.776a00e2.link'),
    );
  }, 60000);

  test('injected HTTP 500s are retried with backoff until the upload succeeds', async () => {
    gh.claims = claims('public');
    const before = gh.attestations.length;
    gh.inject.push(
      { method: 'POST', path: /\/attestations$/, status: 500, times: 2 },
      { method: 'POST', path: /\/attestations$/, status: 503, times: 1 },
    );
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': rekorInstance.fulcioURL,
        'rekor-url': rekorInstance.rekorURL!,
        publish: 'attestations-api',
        'output-dir': join(dir, 'out-retry'),
      },
      env(publicEvent),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(gh.attestations.length).toBe(before + 1);
    expect(
      r.stdout.match(/::warning::attestations API \(app-1.2.3.tar.gz.sigstore.json\): HTTP 50[03]; retry \d of 4/g),
    ).toHaveLength(3);
    expect(gh.inject.every((i) => i.times === 0)).toBe(true);
  }, 90000);

  test('a permanent 403 fails the step naming the target, the status and the file that still holds the attestation', async () => {
    gh.claims = claims('public');
    gh.releases.set('v1.2.4', { id: 79, tag: 'v1.2.4', assets: [] });
    gh.inject.push({ method: 'POST', path: /\/uploads\/.*\/assets$/, status: 403, times: 100 });
    const out = join(dir, 'out-403');
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': rekorInstance.fulcioURL,
        'rekor-url': rekorInstance.rekorURL!,
        publish: 'release',
        'release-tag': 'v1.2.4',
        'output-dir': out,
      },
      env(publicEvent),
    );
    gh.inject.length = 0;
    expect(r.code).toBe(1);
    const err = r.stdout.split('\n').find((l) => l.startsWith('::error::') && l.includes('PUBLISH_FAILED'))!;
    expect(err).toMatch(/release v1\.2\.4: HTTP 403/);
    expect(err).toContain(join(out, 'app-1.2.3.tar.gz.intoto.jsonl'));
    expect(existsSync(join(out, 'app-1.2.3.tar.gz.intoto.jsonl'))).toBe(true);
    expect(existsSync(join(out, 'app-1.2.3.tar.gz.sigstore.json'))).toBe(true);
    // 403 is permanent: one attempt, no retries
    expect(gh.log.filter((l) => /^POST \/uploads\/repos\/octo\/app\/releases\/79\/assets$/.test(l))).toHaveLength(1);
  }, 90000);

  test('missing id-token permission: the error shows the permissions block to add', async () => {
    const e = env(publicEvent);
    delete e.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete e.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    const r = await runAction(
      'attest.js',
      { 'subject-path': 'dist/app-1.2.3.tar.gz', 'output-dir': join(dir, 'out-noperm') },
      e,
    );
    expect(r.code).toBe(1);
    const err = r.stdout.split('\n').find((l) => l.startsWith('::error::'))!;
    expect(err).toContain('[OIDC_PERMISSION]');
    expect(decodeURIComponent(err.replace(/%0A/g, '\n'))).toMatch(/permissions:\n\s+id-token: write/);
    expect(existsSync(join(dir, 'out-noperm'))).toBe(false);
  }, 60000);

  test('GitHub Enterprise Server: no default instance without URLs; the given Fulcio and TSA URLs are used', async () => {
    gh.claims = claims('private');
    const ghes = { GITHUB_SERVER_URL: 'https://ghes.example.com' };
    const none = await runAction(
      'attest.js',
      { 'subject-path': 'dist/app-1.2.3.tar.gz', publish: 'files', 'output-dir': join(dir, 'out-ghes0') },
      env(privateEvent, ghes),
    );
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(
      /::error::\[INPUT_INVALID\] GitHub Enterprise Server \(https:\/\/ghes\.example\.com\) has no default Sigstore instance/,
    );
    const before = tsaInstance.requests.length;
    tsaInstance.githubServerUrl = 'https://ghes.example.com';
    const r = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': tsaInstance.fulcioURL,
        'tsa-url': tsaInstance.tsaURL!,
        publish: 'files',
        'output-dir': join(dir, 'out-ghes'),
      },
      env(privateEvent, ghes),
    );
    tsaInstance.githubServerUrl = 'https://github.com';
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(tsaInstance.requests.slice(before)).toEqual(['POST /api/v2/signingCert', 'POST /api/v1/timestamp']);
    const st = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(r.outputs['bundle-path'], 'utf8')).dsseEnvelope.payload, 'base64').toString(),
    );
    expect(st.predicate.runDetails.builder.id).toBe(`https://ghes.example.com/${WORKFLOW}`);
    // a certificate that names another host than the provenance is refused before anything is written
    const mismatch = await runAction(
      'attest.js',
      {
        'subject-path': 'dist/app-1.2.3.tar.gz',
        'fulcio-url': tsaInstance.fulcioURL,
        'tsa-url': tsaInstance.tsaURL!,
        publish: 'files',
        'output-dir': join(dir, 'out-ghes-bad'),
      },
      env(privateEvent, ghes),
    );
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toMatch(
      /::error::\[SIGNING_FAILED\] the signing certificate disagrees with the provenance \(build signer 'https:\/\/github\.com\/octo/,
    );
    expect(existsSync(join(dir, 'out-ghes-bad', 'app-1.2.3.tar.gz.sigstore.json'))).toBe(false);
  }, 60000);
});
