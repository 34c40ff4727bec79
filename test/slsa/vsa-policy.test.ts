/**
 * VSAs say what they were verified against, and a consumer does not take an old, foreign or policy-less one
 * (issue 16 point 9):
 *  - `policy.digest` is the sha256 of the canonical JSON of the whole effective policy and trust, which the VSA
 *    records in `policy.annotations["provenant.dev/effective-policy/v1"]`: every constraint applied, the trusted
 *    root's contents (digest), every trusted key (SPKI digest and validity); no file paths;
 *  - `verify-vsa` refuses a VSA whose timeVerified is older than --max-age (default 7d), one whose resourceUri does not
 *    name the artifact given, and one that says PASSED at level ≥ 1 under an empty (or unrecorded) policy unless
 *    --allow-empty-policy.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeCanonical } from '../../src/intoto/canonical.js';
import { validateStatement } from '../../src/schemas/index.js';
import { createKeySigner } from '../../src/signing/key-signer.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';

const EFFECTIVE = 'provenant.dev/effective-policy/v1';
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const payloadOf = (file: string) =>
  JSON.parse(Buffer.from(JSON.parse(readFileSync(file, 'utf8')).dsseEnvelope.payload, 'base64').toString());
const spki = (pem: string) => sha256(createPublicKey(pem).export({ type: 'spki', format: 'der' }));
let dir: string;
let sig: SigstoreInstance;
let n = 0;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-vsa-policy-'));
  writeFileSync(join(dir, 'app.bin'), 'the artifact');
  for (const name of ['key', 'other']) {
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(dir, `${name}.pem`), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    writeFileSync(join(dir, `${name}.pub`), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  }
  const vk = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'verifier.pem'), vk.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(dir, 'verifier.pub'), vk.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  expect((await runCli(['attest', 'app.bin', '--key', 'key.pem'], { cwd: dir })).code).toBe(0);
  mkdirSync(join(dir, 'sig'));
  sig = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'sig') });
  mkdirSync(join(dir, 'roots'));
  copyFileSync(sig.trustedRootPath, join(dir, 'roots', 'a.json'));
  copyFileSync(sig.trustedRootPath, join(dir, 'roots', 'b.json'));
}, 120000);
afterAll(async () => {
  await sig?.close();
});

/** verify --vsa-out with these options; the VSA's predicate. */
async function vsaWith(args: string[]): Promise<Record<string, any>> {
  const out = `vsa${n++}`;
  const r = await runCli(
    ['verify', 'app.bin', '--bundle', 'app.bin.sigstore.json', '--vsa-out', out, '--vsa-key', 'verifier.pem', ...args],
    { cwd: dir },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const st = validateStatement(payloadOf(join(dir, out, 'app.bin.vsa.sigstore.json')), 'vsa') as any;
  return st.predicate;
}

/** A VSA for app.bin signed by the verifier's key, with the predicate changed. */
async function craft(change: (p: Record<string, any>) => void): Promise<string> {
  const st = payloadOf(join(dir, 'vsa-base', 'app.bin.vsa.sigstore.json'));
  change(st.predicate);
  validateStatement(st, 'crafted vsa');
  const signed = await createKeySigner(readFileSync(join(dir, 'verifier.pem')), undefined).sign(
    Buffer.from(JSON.stringify(st)),
    'application/vnd.in-toto+json',
  );
  const file = `crafted${n++}.vsa.json`;
  writeFileSync(join(dir, file), JSON.stringify(signed.bundle));
  return file;
}
const check = (file: string, extra: string[] = [], artifact = 'app.bin') =>
  runCli(['verify-vsa', file, artifact, '--key', 'verifier.pub', ...extra, '--json'], { cwd: dir });

describe('policy.digest covers the whole effective policy and trust', () => {
  test('the VSA records the constraints applied and the trust; the digest is the canonical JSON of that record', async () => {
    const p = await vsaWith([
      '--key',
      'key.pub',
      '--builder-id',
      'https://provenant.dev/builders/local/v1',
      '--min-level',
      '1',
    ]);
    const eff = p.policy.annotations[EFFECTIVE];
    expect(eff.constraints).toEqual({
      builderId: 'https://provenant.dev/builders/local/v1',
      minLevel: 1,
      requireIdentity: true,
    });
    expect(eff.trust.keys).toEqual([{ spkiSha256: spki(readFileSync(join(dir, 'key.pub'), 'utf8')) }]);
    expect(eff.trust.trustedRoot.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(eff)).not.toContain(dir); // no local paths
    expect(p.policy.digest).toEqual({ sha256: sha256(encodeCanonical(eff)) });
  }, 60000);
  test("the digest changes with a trusted key, a constraint or the trusted root's contents, not with a path", async () => {
    const digest = async (args: string[]) => (await vsaWith(args)).policy.digest.sha256 as string;
    const base = await digest(['--key', 'key.pub']);
    expect(await digest(['--key', 'key.pub'])).toBe(base); // deterministic
    const moreKeys = await digest(['--key', 'key.pub', '--key', 'other.pub']);
    const constraint = await digest(['--key', 'key.pub', '--builder-id', 'https://provenant.dev/builders/local/v1']);
    const inputs = await digest(['--key', 'key.pub', '--require-material-digests']);
    const root = await digest(['--key', 'key.pub', '--trusted-root', 'roots/a.json']);
    expect(new Set([base, moreKeys, constraint, inputs, root]).size).toBe(5);
    expect(await digest(['--key', 'key.pub', '--trusted-root', 'roots/b.json'])).toBe(root); // same contents elsewhere
  }, 120000);
  test('the verify action writes the same record (keys and constraints) into its VSAs', async () => {
    const env = githubEnv(dir, {});
    const r = await runAction(
      'verify-action.js',
      {
        artifacts: 'app.bin',
        keys: join(dir, 'key.pub'),
        'builder-id': 'https://provenant.dev/builders/local/v1',
        vsa: 'vsa-action',
        'vsa-key': join(dir, 'verifier.pem'),
      },
      env,
    );
    expect(r.code).toBe(0);
    const p = payloadOf(r.outputs['vsa-paths']).predicate;
    const eff = p.policy.annotations[EFFECTIVE];
    expect(eff.constraints).toEqual({ builderId: 'https://provenant.dev/builders/local/v1', requireIdentity: true });
    expect(eff.trust.keys).toEqual([{ spkiSha256: spki(readFileSync(join(dir, 'key.pub'), 'utf8')) }]);
    expect(p.policy.digest).toEqual({ sha256: sha256(encodeCanonical(eff)) });
    expect((await check(r.outputs['vsa-paths'])).code).toBe(0);
  }, 60000);
});

describe('verify-vsa refuses an old, foreign or policy-less VSA', () => {
  beforeAll(async () => {
    const r = await runCli(
      [
        'verify',
        'app.bin',
        '--bundle',
        'app.bin.sigstore.json',
        '--key',
        'key.pub',
        '--vsa-out',
        'vsa-base',
        '--vsa-key',
        'verifier.pem',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
  }, 60000);
  test('a fresh VSA for the artifact holds', async () => {
    const r = await check('vsa-base/app.bin.vsa.sigstore.json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).checks.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['vsa-time', 'vsa-resource', 'vsa-policy']),
    );
  });
  test('a VSA from 2001 is refused (timeVerified older than --max-age, 7 days by default); --max-age widens it', async () => {
    const old = await craft((p) => void (p.timeVerified = '2001-09-09T01:46:40Z'));
    const r = await check(old);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).checks).toContainEqual({
      code: 'vsa-time',
      ok: false,
      detail: expect.stringMatching(/^\[VSA_INVALID\] timeVerified 2001-09-09T01:46:40Z is older than 7d/),
    });
    expect((await check(old, ['--max-age', '5000d'])).code).toBe(1);
    expect((await check(old, ['--max-age', '100000d'])).code).toBe(0);
    const week = await craft(
      (p) => void (p.timeVerified = new Date(Date.now() - 8 * 86400e3).toISOString().replace(/\.\d{3}Z$/, 'Z')),
    );
    expect((await check(week)).code).toBe(1);
    expect((await check(week, ['--max-age', '9d'])).code).toBe(0);
    expect((await check(week, ['--max-age', '12h'])).code).toBe(1);
    // no timeVerified, or one in the future, is refused too
    const none = await craft((p) => void delete p.timeVerified);
    expect(JSON.parse((await check(none)).stdout).checks).toContainEqual({
      code: 'vsa-time',
      ok: false,
      detail: "[VSA_INVALID] no timeVerified: the VSA's age cannot be checked",
    });
    const future = await craft((p) => void (p.timeVerified = '2099-01-01T00:00:00Z'));
    expect((await check(future)).stdout).toMatch(/timeVerified 2099-01-01T00:00:00Z is in the future/);
    expect(
      (await runCli(['verify-vsa', old, 'app.bin', '--key', 'verifier.pub', '--max-age', 'soon'], { cwd: dir })).code,
    ).toBe(2);
  }, 60000);
  test('a VSA for another package is refused when the artifact is given (its digest matching is not enough)', async () => {
    const other = await craft((p) => void (p.resourceUri = 'pkg:npm/other-package@1.0.0'));
    const r = await check(other);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).checks).toContainEqual({
      code: 'vsa-resource',
      ok: false,
      detail: expect.stringMatching(/resourceUri 'pkg:npm\/other-package@1.0.0' does not name the artifact app\.bin/),
    });
    expect((await check(other, ['--resource-uri', 'pkg:npm/other-package@1.0.0'])).code).toBe(0); // asked for
    // a URL or a file: URI naming the artifact's file is accepted; another file name is not
    expect((await check(await craft((p) => void (p.resourceUri = 'https://example.com/releases/app.bin')))).code).toBe(
      0,
    );
    expect((await check(await craft((p) => void (p.resourceUri = 'file:dist/app.bin')))).code).toBe(0);
    expect(
      (await check(await craft((p) => void (p.resourceUri = 'https://example.com/releases/app.bin.evil')))).code,
    ).toBe(1);
  }, 60000);
  test('end to end: a keyless attestation verified with no identity, builder or source constraint and no key gives a VSA verify-vsa refuses', async () => {
    const sub = join(dir, 'keyless');
    mkdirSync(sub);
    writeFileSync(join(sub, 'app.bin'), 'the artifact');
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${enc({ alg: 'RS256' })}.${enc({ iss: 'https://issuer.example.com', sub: 'anyone', fulcio_san: 'https://ci.example.com/anyone', aud: 'sigstore' })}.c2ln`;
    const a = await runCli(
      [
        'attest',
        'app.bin',
        '--sigstore',
        '--identity-token',
        token,
        '--fulcio-url',
        sig.fulcioURL,
        '--rekor-url',
        sig.rekorURL!,
      ],
      { cwd: sub },
    );
    expect(a.code).toBe(0);
    const v = await runCli(
      [
        'verify',
        'app.bin',
        '--trusted-root',
        sig.trustedRootPath,
        '--vsa-out',
        'vsa',
        '--vsa-key',
        join(dir, 'verifier.pem'),
        '--insecure-skip-identity',
        '--json',
      ],
      { cwd: sub },
    );
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).results[0]).toMatchObject({ verified: true, slsaLevel: 1 });
    expect(v.stderr).toMatch(/warning: the VSAs say PASSED under an empty policy/);
    const eff = payloadOf(join(sub, 'vsa', 'app.bin.vsa.sigstore.json')).predicate.policy.annotations[EFFECTIVE];
    expect(eff).toMatchObject({
      constraints: { requireIdentity: true, insecureSkipIdentity: true },
      trust: { keys: [] },
    });
    const r = await runCli(
      ['verify-vsa', 'vsa/app.bin.vsa.sigstore.json', 'app.bin', '--key', join(dir, 'verifier.pub'), '--json'],
      { cwd: sub },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/PASSED SLSA_BUILD_LEVEL_1 under an empty policy/);
    // the same artifact verified with an identity constraint: a VSA that holds
    const pinned = await runCli(
      [
        'verify',
        'app.bin',
        '--trusted-root',
        sig.trustedRootPath,
        '--cert-identity',
        'https://ci.example.com/anyone',
        '--cert-oidc-issuer',
        'https://issuer.example.com',
        '--vsa-out',
        'vsa2',
        '--vsa-key',
        join(dir, 'verifier.pem'),
      ],
      { cwd: sub },
    );
    expect(pinned.code).toBe(0);
    expect(pinned.stderr).not.toMatch(/empty policy/);
    expect(
      (
        await runCli(['verify-vsa', 'vsa2/app.bin.vsa.sigstore.json', 'app.bin', '--key', join(dir, 'verifier.pub')], {
          cwd: sub,
        })
      ).code,
    ).toBe(0);
  }, 60000);
  test('the human report prints what the VSA says through printable (no terminal escapes from the file)', async () => {
    const evil = await craft((p) => void (p.resourceUri = 'pkg:npm/x\u001b]0;pwned\u0007@1'));
    const r = await runCli(['verify-vsa', evil, 'app.bin', '--key', 'verifier.pub'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("resourceUri 'pkg:npm/x\\x1b]0;pwned\\x07@1'");
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
  }, 60000);

  test('PASSED at level ≥ 1 under an empty policy (or one the VSA does not record) is refused unless --allow-empty-policy', async () => {
    const empty = await craft((p) => {
      p.verifiedLevels = ['SLSA_BUILD_LEVEL_3'];
      const eff = { constraints: {}, trust: { trustedRoot: { sha256: '1'.repeat(64) }, keys: [] } };
      p.policy = {
        uri: p.policy.uri,
        digest: { sha256: sha256(encodeCanonical(eff)) },
        annotations: { [EFFECTIVE]: eff },
      };
    });
    const r = await check(empty);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).checks).toContainEqual({
      code: 'vsa-policy',
      ok: false,
      detail: expect.stringMatching(/^\[VSA_INVALID\] PASSED SLSA_BUILD_LEVEL_3 under an empty policy/),
    });
    expect((await check(empty, ['--allow-empty-policy'])).code).toBe(0);
    const unrecorded = await craft((p) => void (p.policy = { uri: p.policy.uri, digest: p.policy.digest }));
    expect((await check(unrecorded)).stdout).toMatch(/does not record the policy it applied/);
    expect((await check(unrecorded, ['--allow-empty-policy'])).code).toBe(0);
    // a record that does not hash to policy.digest is refused
    const mismatch = await craft((p) => void (p.policy.annotations[EFFECTIVE].constraints = { builderId: 'x' }));
    expect((await check(mismatch)).stdout).toMatch(/policy\.digest is not the digest of the recorded policy/);
    // FAILED or level 0 under an empty policy claims nothing: not refused for it
    const l0 = await craft((p) => {
      p.verifiedLevels = ['SLSA_BUILD_LEVEL_0'];
      const eff = { constraints: {}, trust: { trustedRoot: { sha256: '1'.repeat(64) }, keys: [] } };
      p.policy = {
        uri: p.policy.uri,
        digest: { sha256: sha256(encodeCanonical(eff)) },
        annotations: { [EFFECTIVE]: eff },
      };
    });
    expect((await check(l0)).code).toBe(0);
  }, 60000);
});
