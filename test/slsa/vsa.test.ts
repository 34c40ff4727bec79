import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../support/runner.js';
import { CORPUS } from '../support/paths.js';
import { validateStatement } from '../../src/schemas/index.js';
import { createKeySigner } from '../../src/signing/key-signer.js';
import { startFakeRegistry, type FakeRegistry } from '../support/fake-registry.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const payloadOf = (file: string) =>
  JSON.parse(Buffer.from(JSON.parse(readFileSync(file, 'utf8')).dsseEnvelope.payload, 'base64').toString());
let dir: string;
let reg: FakeRegistry;
let sig: SigstoreInstance;
let privPem: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-vsa-'));
  writeFileSync(join(dir, 'app.bin'), 'the artifact');
  writeFileSync(join(dir, 'other.bin'), 'not the artifact');
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  privPem = kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  writeFileSync(join(dir, 'key.pem'), privPem);
  writeFileSync(join(dir, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  const vk = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'verifier.pem'), vk.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  writeFileSync(join(dir, 'verifier.pub'), vk.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  expect((await runCli(['attest', 'app.bin', '--key', 'key.pem'], { cwd: dir })).code).toBe(0);
  mkdirSync(join(dir, 'sig'));
  sig = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'sig') });
  const doc = readFileSync(
    join(CORPUS, 'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz.json'),
  );
  const tgz = readFileSync(
    join(CORPUS, 'slsa-verifier/slsa-npm-provenance-npm-test-cli-v02-prega/provenance-npm-test-cli-v02-prega.tgz'),
  );
  reg = await startFakeRegistry(new Map([['@laurentsimon/provenance-npm-test@1.0.3', { kind: 'doc', body: doc }]]));
  // the package's repository (its version manifest): the provenance is bound to it
  reg.manifests.set('@laurentsimon/provenance-npm-test@1.0.3', {
    kind: 'json',
    value: { repository: 'git+https://github.com/laurentsimon/provenance-npm-test.git' },
  });
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'app' },
        'node_modules/@laurentsimon/provenance-npm-test': {
          version: '1.0.3',
          integrity: `sha512-${createHash('sha512').update(tgz).digest('base64')}`,
        },
        'node_modules/left-pad': { version: '1.3.0', integrity: `sha512-${Buffer.alloc(64, 3).toString('base64')}` },
      },
    }),
  );
}, 120000);

afterAll(async () => {
  await Promise.all([reg?.close(), sig?.close()]);
});

describe('Verification Summary Attestations (dist/cli.js)', () => {
  test('verify --vsa-out writes a signed, schema-valid VSA with every field; verify-vsa accepts it', async () => {
    const r = await runCli(
      [
        'verify',
        'app.bin',
        '--bundle',
        'app.bin.sigstore.json',
        '--key',
        'key.pub',
        '--vsa-out',
        'vsa',
        '--vsa-key',
        'verifier.pem',
        '--resource-uri',
        'https://example.com/releases/app.bin',
        '--json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.vsas).toEqual([
      { artifact: 'app.bin', path: join(dir, 'vsa', 'app.bin.vsa.sigstore.json'), result: 'PASSED' },
    ]);
    const st = validateStatement(payloadOf(join(dir, 'vsa', 'app.bin.vsa.sigstore.json')), 'vsa') as any;
    expect(st.predicateType).toBe('https://slsa.dev/verification_summary/v1');
    expect(st.subject).toEqual([
      {
        name: 'app.bin',
        digest: { sha256: sha256('the artifact'), sha512: createHash('sha512').update('the artifact').digest('hex') },
      },
    ]);
    expect(st.predicate).toMatchObject({
      verifier: { id: 'https://provenant.dev/verifier/v1', version: { provenant: expect.any(String) } },
      resourceUri: 'https://example.com/releases/app.bin',
      policy: {
        uri: 'https://provenant.dev/policy/command-line/v1',
        digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
      inputAttestations: [
        { name: 'app.bin.sigstore.json', digest: { sha256: sha256(readFileSync(join(dir, 'app.bin.sigstore.json'))) } },
      ],
      verificationResult: 'PASSED',
      verifiedLevels: ['SLSA_BUILD_LEVEL_1'],
      slsaVersion: '1.0',
    });
    expect(st.predicate.timeVerified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(st.predicate.dependencyLevels).toBeUndefined();
    const v = await runCli(
      [
        'verify-vsa',
        'vsa/app.bin.vsa.sigstore.json',
        'app.bin',
        '--key',
        'verifier.pub',
        '--resource-uri',
        'https://example.com/releases/app.bin',
        '--min-level',
        '1',
        '--json',
      ],
      { cwd: dir },
    );
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ verified: true, slsaLevel: 1 });
    // the same checks from the digest alone, and from the DSSE line
    expect(
      (
        await runCli(
          [
            'verify-vsa',
            'vsa/app.bin.vsa.intoto.jsonl',
            '--digest',
            `sha256:${sha256('the artifact')}`,
            '--key',
            'verifier.pub',
          ],
          { cwd: dir },
        )
      ).code,
    ).toBe(0);
    // a different policy gives a different policy digest
    const r2 = await runCli(
      [
        'verify',
        'app.bin',
        '--bundle',
        'app.bin.sigstore.json',
        '--key',
        'key.pub',
        '--builder-id',
        'https://provenant.dev/builders/local/v1',
        '--vsa-out',
        'vsa2',
        '--vsa-key',
        'verifier.pem',
      ],
      { cwd: dir },
    );
    expect(r2.code).toBe(0);
    expect(payloadOf(join(dir, 'vsa2', 'app.bin.vsa.sigstore.json')).predicate.policy.digest.sha256).not.toBe(
      st.predicate.policy.digest.sha256,
    );
  }, 60000);

  test('rejected: a tampered VSA, another verifier id, a FAILED result, another resource, another artifact, a level too high, an untrusted key', async () => {
    const check = async (file: string, extra: string[] = [], artifact = 'app.bin') =>
      runCli(['verify-vsa', file, artifact, '--key', 'verifier.pub', ...extra, '--json'], { cwd: dir });
    // tampered: the level raised in the payload
    const b = JSON.parse(readFileSync(join(dir, 'vsa', 'app.bin.vsa.sigstore.json'), 'utf8'));
    const st = payloadOf(join(dir, 'vsa', 'app.bin.vsa.sigstore.json'));
    st.predicate.verifiedLevels = ['SLSA_BUILD_LEVEL_3'];
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    writeFileSync(join(dir, 'tampered.vsa.json'), JSON.stringify(b));
    const t = await check('tampered.vsa.json');
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/SIGNATURE_INVALID/);
    // another verifier, properly signed by the trusted key
    const other = payloadOf(join(dir, 'vsa', 'app.bin.vsa.sigstore.json'));
    other.predicate.verifier.id = 'https://verifier.example.com/v1';
    const signed = await createKeySigner(readFileSync(join(dir, 'verifier.pem')), undefined).sign(
      Buffer.from(JSON.stringify(other)),
      'application/vnd.in-toto+json',
    );
    writeFileSync(join(dir, 'other-verifier.vsa.json'), JSON.stringify(signed.bundle));
    const o = await check('other-verifier.vsa.json');
    expect(o.code).toBe(1);
    expect(o.stdout).toMatch(
      /VSA_INVALID\] verifier\.id 'https:\/\/verifier\.example\.com\/v1' is not 'https:\/\/provenant\.dev\/verifier\/v1'/,
    );
    expect((await check('other-verifier.vsa.json', ['--verifier-id', 'https://verifier.example.com/v1'])).code).toBe(0);
    // a FAILED VSA: verification of a modified artifact fails, and says so in its VSA
    writeFileSync(join(dir, 'app2.bin'), 'modified');
    const f = await runCli(
      [
        'verify',
        'app2.bin',
        '--bundle',
        'app.bin.sigstore.json',
        '--key',
        'key.pub',
        '--vsa-out',
        'vsa-failed',
        '--vsa-key',
        'verifier.pem',
        '--json',
      ],
      { cwd: dir },
    );
    expect(f.code).toBe(1);
    const failed = payloadOf(join(dir, 'vsa-failed', 'app2.bin.vsa.sigstore.json'));
    expect(failed.predicate).toMatchObject({
      verificationResult: 'FAILED',
      verifiedLevels: ['FAILED'],
      inputAttestations: [],
    });
    const fv = await check('vsa-failed/app2.bin.vsa.sigstore.json', [], 'app2.bin');
    expect(fv.code).toBe(1);
    expect(fv.stdout).toMatch(/verificationResult is FAILED/);
    const res = await check('vsa/app.bin.vsa.sigstore.json', [
      '--resource-uri',
      'https://example.com/releases/other.bin',
    ]);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/resourceUri 'https:\/\/example\.com\/releases\/app\.bin' is not/);
    const art = await check('vsa/app.bin.vsa.sigstore.json', [], 'other.bin');
    expect(art.code).toBe(1);
    expect(art.stdout).toMatch(/SUBJECT_MISMATCH/);
    const lvl = await check('vsa/app.bin.vsa.sigstore.json', ['--min-level', '2']);
    expect(lvl.code).toBe(1);
    expect(lvl.stdout).toMatch(/do not reach SLSA_BUILD_LEVEL_2/);
    const key = await runCli(['verify-vsa', 'vsa/app.bin.vsa.sigstore.json', 'app.bin', '--key', 'key.pub'], {
      cwd: dir,
    });
    expect(key.code).toBe(1);
    expect((await runCli(['verify-vsa', 'vsa/app.bin.vsa.sigstore.json', 'app.bin'], { cwd: dir })).code).toBe(2);
    writeFileSync(join(dir, 'garbage.json'), '{"mediaType": 5');
    const g = await check('garbage.json');
    expect(g.code).toBe(1);
    expect(g.stdout).toMatch(/JSON_INVALID/);
  }, 60000);

  test('--vsa-key that is a FIFO or a device is refused (FILE_NOT_REGULAR), never read', async () => {
    execFileSync('mkfifo', [join(dir, 'vsa-key.fifo')]);
    for (const k of ['vsa-key.fifo', '/dev/zero']) {
      const r = await runCli(
        [
          'verify',
          'app.bin',
          '--bundle',
          'app.bin.sigstore.json',
          '--key',
          'key.pub',
          '--vsa-out',
          'vsa-x',
          '--vsa-key',
          k,
        ],
        { cwd: dir },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/\[FILE_NOT_REGULAR\] --vsa-key/);
    }
  }, 60000);
  test('a VSA needs a signer; --key with a private key signs it; --audit-lockfile puts dependencyLevels in it', async () => {
    const none = await runCli(['verify', 'app.bin', '--key', 'key.pub', '--vsa-out', 'vsa3'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/a VSA must be signed/);
    const r = await runCli(
      [
        'verify',
        'app.bin',
        '--key',
        'key.pem',
        '--vsa-out',
        'vsa4',
        '--audit-lockfile',
        'package-lock.json',
        '--registry',
        reg.url,
        '--no-cache',
        '--json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.audit.totals).toMatchObject({ L0: 1, L2: 1 });
    const st = payloadOf(join(dir, 'vsa4', 'app.bin.vsa.sigstore.json'));
    expect(st.predicate.dependencyLevels).toEqual({ SLSA_BUILD_LEVEL_2: 1, SLSA_BUILD_LEVEL_0: 1 });
    expect(
      (await runCli(['verify-vsa', 'vsa4/app.bin.vsa.sigstore.json', 'app.bin', '--key', 'key.pub'], { cwd: dir }))
        .code,
    ).toBe(0);
  }, 60000);

  test('keyless VSA: signed with an OIDC identity against a local Sigstore; verify-vsa checks the identity', async () => {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${enc({ alg: 'RS256' })}.${enc({ iss: 'https://issuer.example.com', sub: 'verifier', fulcio_san: 'https://ci.example.com/verify-pipeline', aud: 'sigstore' })}.c2ln`;
    const r = await runCli(
      [
        'verify',
        'app.bin',
        '--key',
        'key.pub',
        '--vsa-out',
        'vsa-keyless',
        '--vsa-sigstore',
        '--identity-token',
        token,
        '--fulcio-url',
        sig.fulcioURL,
        '--rekor-url',
        sig.rekorURL!,
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const ok = await runCli(
      [
        'verify-vsa',
        'vsa-keyless/app.bin.vsa.sigstore.json',
        'app.bin',
        '--trusted-root',
        sig.trustedRootPath,
        '--cert-identity',
        'https://ci.example.com/verify-pipeline',
        '--cert-oidc-issuer',
        'https://issuer.example.com',
      ],
      { cwd: dir },
    );
    expect(ok.stdout).toMatch(/VSA holds/);
    expect(ok.code).toBe(0);
    // the .vsa.intoto.jsonl line is the bundle too: a keyless VSA verifies from it
    const line = await runCli(
      [
        'verify-vsa',
        'vsa-keyless/app.bin.vsa.intoto.jsonl',
        'app.bin',
        '--trusted-root',
        sig.trustedRootPath,
        '--cert-identity',
        'https://ci.example.com/verify-pipeline',
        '--cert-oidc-issuer',
        'https://issuer.example.com',
      ],
      { cwd: dir },
    );
    expect(line.stdout).toMatch(/VSA holds/);
    expect(line.code).toBe(0);
    const wrong = await runCli(
      [
        'verify-vsa',
        'vsa-keyless/app.bin.vsa.sigstore.json',
        'app.bin',
        '--trusted-root',
        sig.trustedRootPath,
        '--cert-identity',
        'https://ci.example.com/other',
        '--cert-oidc-issuer',
        'https://issuer.example.com',
      ],
      { cwd: dir },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/IDENTITY_MISMATCH/);
    // trusting a key does not let a certificate signed by anyone through: the identity must be said
    const keyOnly = await runCli(
      [
        'verify-vsa',
        'vsa-keyless/app.bin.vsa.sigstore.json',
        'app.bin',
        '--trusted-root',
        sig.trustedRootPath,
        '--key',
        'key.pub',
      ],
      { cwd: dir },
    );
    expect(keyOnly.code).toBe(2);
    expect(keyOnly.stderr).toMatch(/\[USAGE\] .*signed with a certificate: say whose it must be with --cert-identity/);
    expect(keyOnly.stdout).not.toMatch(/VSA holds/);
    expect(
      (
        await runCli(
          [
            'verify-vsa',
            'vsa-keyless/app.bin.vsa.sigstore.json',
            'app.bin',
            '--trusted-root',
            sig.trustedRootPath,
            '--cert-identity',
            'x',
          ],
          { cwd: dir },
        )
      ).code,
    ).toBe(2);
  }, 60000);
});
