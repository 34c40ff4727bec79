import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSigstoreInstance } from '../../src/signing/sigstore.js';
import { ensureBuilt, runCli } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';

describe('Sigstore instance choice', () => {
  test('auto follows the repository visibility: public → public-good (Fulcio + Rekor), private/internal/unknown → GitHub (Fulcio + TSA)', () => {
    expect(resolveSigstoreInstance({ visibility: 'public' })).toMatchObject({
      instance: 'public-good',
      fulcioURL: 'https://fulcio.sigstore.dev',
      rekorURL: 'https://rekor.sigstore.dev',
      tsaURL: undefined,
    });
    for (const v of ['private', 'internal', undefined]) {
      expect(resolveSigstoreInstance({ visibility: v })).toMatchObject({
        instance: 'github',
        fulcioURL: 'https://fulcio.githubapp.com',
        tsaURL: 'https://timestamp.githubapp.com',
        rekorURL: undefined,
      });
    }
    expect(resolveSigstoreInstance({ visibility: 'public', serverUrl: 'https://octo.ghe.com' }).instance).toBe(
      'public-good',
    );
  });
  test('an explicit instance wins; URLs override its endpoints one by one', () => {
    expect(resolveSigstoreInstance({ instance: 'public-good', visibility: 'private' }).instance).toBe('public-good');
    expect(
      resolveSigstoreInstance({ instance: 'github', fulcioURL: 'https://f.example', tsaURL: 'https://t.example/' }),
    ).toMatchObject({
      instance: 'github',
      fulcioURL: 'https://f.example',
      tsaURL: 'https://t.example',
      rekorURL: undefined,
    });
  });
  test('custom / auto with URLs use exactly the given URLs; GitHub Enterprise Server needs them', () => {
    expect(
      resolveSigstoreInstance({
        serverUrl: 'https://ghes.corp',
        fulcioURL: 'https://fulcio.corp',
        tsaURL: 'https://tsa.corp',
      }),
    ).toMatchObject({
      instance: 'custom',
      fulcioURL: 'https://fulcio.corp',
      tsaURL: 'https://tsa.corp',
      rekorURL: undefined,
    });
    expect(() => resolveSigstoreInstance({ serverUrl: 'https://ghes.corp' })).toThrow(
      /GitHub Enterprise Server \(https:\/\/ghes\.corp\) has no default Sigstore instance/,
    );
    expect(() => resolveSigstoreInstance({ instance: 'custom', rekorURL: 'https://r' })).toThrow(/needs fulcio-url/);
    expect(() => resolveSigstoreInstance({ instance: 'custom', fulcioURL: 'https://f' })).toThrow(
      /needs rekor-url or tsa-url/,
    );
    expect(() => resolveSigstoreInstance({ instance: 'staging' })).toThrow(
      /sigstore-instance: 'staging' is not one of/,
    );
    expect(() => resolveSigstoreInstance({ fulcioURL: 'ftp://x' })).toThrow(/not an http\(s\) URL/);
  });
});

describe('provenant attest --sigstore outside GitHub Actions (dist/cli.js)', () => {
  let inst: SigstoreInstance;
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'prov-cli-keyless-'));
    mkdirSync(join(dir, 'root'));
    inst = await startSigstore({ rekor: true, tsa: true, dir: join(dir, 'root') });
    writeFileSync(join(dir, 'pkg.tgz'), 'a package');
  }, 60000);
  afterAll(() => inst?.close());
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const token = `${enc({ alg: 'RS256' })}.${enc({ iss: 'https://gitlab.example.com', sub: 'project_path:grp/pkg:ref_type:tag:ref:v1', fulcio_san: 'https://gitlab.example.com/grp/pkg//.gitlab-ci.yml@refs/tags/v1', aud: 'sigstore' })}.c2ln`;

  test('signs with a token from an environment variable; the bundle carries a Rekor entry and a timestamp and verifies with the identity', async () => {
    const r = await runCli(
      [
        'attest',
        'pkg.tgz',
        '--sigstore',
        '--identity-token-env',
        'SIGSTORE_ID_TOKEN',
        '--fulcio-url',
        inst.fulcioURL,
        '--rekor-url',
        inst.rekorURL!,
        '--tsa-url',
        inst.tsaURL!,
        '--json',
      ],
      { cwd: dir, env: { SIGSTORE_ID_TOKEN: token } },
    );
    expect(r.stderr).toMatch(/keyless signing with custom Sigstore/);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.signer).toMatchObject({
      kind: 'sigstore',
      subject: 'https://gitlab.example.com/grp/pkg//.gitlab-ci.yml@refs/tags/v1',
      issuer: 'https://gitlab.example.com',
    });
    expect(out.signer.tlogIndex).toMatch(/^\d+$/);
    expect(out.signer.timestamp).toMatch(/^\d{4}-/);
    const bundle = JSON.parse(readFileSync(out.bundlePath, 'utf8'));
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    const v = await runCli(
      [
        'verify',
        'pkg.tgz',
        '--trusted-root',
        inst.trustedRootPath,
        '--cert-identity',
        'https://gitlab.example.com/grp/pkg//.gitlab-ci.yml@refs/tags/v1',
        '--cert-oidc-issuer',
        'https://gitlab.example.com',
        '--json',
      ],
      { cwd: dir },
    );
    expect(v.code).toBe(0);
    // a certificate outside GitHub Actions and a local builder: SLSA Build L1, with the reason for L2
    expect(JSON.parse(v.stdout).results[0]).toMatchObject({ verified: true, slsaLevel: 1 });
    const wrong = await runCli(
      [
        'verify',
        'pkg.tgz',
        '--trusted-root',
        inst.trustedRootPath,
        '--cert-identity',
        'https://gitlab.example.com/other',
        '--json',
      ],
      { cwd: dir },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/IDENTITY_MISMATCH/);
  }, 60000);

  test('usage errors: no token, Sigstore options without --sigstore, two signing methods', async () => {
    const none = await runCli(['attest', 'pkg.tgz', '--sigstore'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--sigstore needs an OIDC token/);
    const stray = await runCli(['attest', 'pkg.tgz', '--unsigned', '--fulcio-url', 'https://f'], { cwd: dir });
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/need --sigstore/);
    const two = await runCli(['attest', 'pkg.tgz', '--unsigned', '--sigstore'], { cwd: dir });
    expect(two.code).toBe(2);
    const unreachable = await runCli(
      [
        'attest',
        'pkg.tgz',
        '--sigstore',
        '--identity-token',
        token,
        '--fulcio-url',
        'http://127.0.0.1:9',
        '--rekor-url',
        'http://127.0.0.1:9',
        '--output-dir',
        'never',
      ],
      { cwd: dir },
    );
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/\[SIGNING_FAILED\] keyless signing failed at Fulcio http:\/\/127\.0\.0\.1:9/);
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  }, 120000);
});
