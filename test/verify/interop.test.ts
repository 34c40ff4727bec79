/**
 * Interop where real producers differ (issue 12, "Beyond the findings"):
 *  - slsa-github-generator v1.x: keyless .intoto.jsonl envelopes (certificate in Rekor, or in signatures[].cert, and
 *    no log entry in the file) are refused with "needs the Rekor entry: give a bundle"; bundles v0.1/v0.2 with SLSA
 *    provenance v0.2, builder ids at @refs/tags/v1.x and certificates that carry only the legacy 1.1-1.6 Fulcio
 *    extensions verify, and are bound to their repository and commit through those extensions;
 *  - a message signature verified against a digest without the artifact (prehash), through its hashedrekord entry;
 *  - RFC 3161 genTimes with fractional seconds in every DER form (and none other).
 * Bundles are made by a local Sigstore (@sigstore/mock's Fulcio, Rekor, TSA on 127.0.0.1 or in process).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { bundleToJSON } from '@sigstore/bundle';
import { initializeCA, initializeCTLog, initializeTSA } from '@sigstore/mock';
import { createSigstoreSigner } from '../../src/signing/sigstore.js';
import { loadSign } from '../../src/signing/sign-module.js';
import { pae } from '../../src/intoto/dsse.js';
import {
  loadTrust,
  verifyArtifacts,
  verifyAttestation,
  type AttestationResult,
  type Policy,
  type Trust,
} from '../../src/verify/index.js';
import type { LoadedAttestation } from '../../src/verify/load.js';
import { parseDerGeneralizedTime } from '../../src/verify/material.js';
import { CORPUS } from '../support/paths.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';

const GH = 'https://token.actions.githubusercontent.com';
const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
const ARTIFACT = Buffer.from('release tarball v1');
const HEX = createHash('sha256').update(ARTIFACT).digest('hex');
const DIGEST = { sha256: HEX };
const GENERATOR =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml';
const PUBLIC_GOOD = join(CORPUS, 'trust/public-good/trusted_root.json');

const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const att = (json: Record<string, any>): LoadedAttestation => ({
  source: 'bundle.json',
  kind: 'bundle',
  json,
  raw: Buffer.from(JSON.stringify(json)),
});
const failed = (r: AttestationResult) =>
  r.checks
    .filter((c) => !c.ok)
    .map((c) => c.detail)
    .join(' | ');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prov-interop-'));
  writeFileSync(join(dir, 'app.tgz'), ARTIFACT);
});

describe('slsa-github-generator v1 .intoto.jsonl: a keyless DSSE envelope without its log entry', () => {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as {
    cases: Array<Record<string, any>>;
  };
  const cases = manifest.cases.filter((c) => c.kind === 'dsse-envelope' && c.id.startsWith('slsa-gha-'));

  test('the corpus holds the v1.x envelopes (one valid online, one never logged)', () => {
    expect(cases.map((c) => c.id).sort()).toEqual([
      'slsa-gha-generic-v1.10.0-workflow_dispatch-dsse',
      'slsa-gha-no-tlog-upload-dsse',
    ]);
  });

  test.each(['slsa-gha-generic-v1.10.0-workflow_dispatch-dsse', 'slsa-gha-no-tlog-upload-dsse'])(
    '%s: refused, "needs the Rekor entry: give a bundle", never a crash',
    async (id) => {
      const c = cases.find((x) => x.id === id)!;
      const report = await verifyArtifacts({
        artifacts: c.artifact ? [join(CORPUS, c.artifact)] : [],
        bundles: [join(CORPUS, c.path)],
        trustedRoot: PUBLIC_GOOD,
        keys: [],
        policy: { builderId: GENERATOR, noSubjectCheck: !c.artifact, requireIdentity: true },
      });
      expect(report.verified).toBe(false);
      const details = report.results.flatMap((r) => r.checks.filter((x) => !x.ok).map((x) => x.detail));
      expect(details.join(' | ')).toMatch(
        /\[TLOG_INVALID\] .*certificate in signatures\[\]\.cert.*needs the Rekor entry: give a bundle/,
      );
    },
  );

  test('with an unrelated --key: still the Rekor reason (the given key was never going to verify it)', async () => {
    const c = cases.find((x) => x.id === 'slsa-gha-generic-v1.10.0-workflow_dispatch-dsse')!;
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(dir, 'other.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
    const report = await verifyArtifacts({
      artifacts: [join(CORPUS, c.artifact)],
      bundles: [join(CORPUS, c.path)],
      keys: [join(dir, 'other.pub')],
      policy: { builderId: GENERATOR },
    });
    expect(report.verified).toBe(false);
    expect(report.results.flatMap((r) => r.checks.map((x) => x.detail)).join(' | ')).toMatch(
      /\[TLOG_INVALID\] .*no --key verifies it.*needs the Rekor entry: give a bundle/,
    );
  });

  test('a bare envelope with no key id and no certificate (the v1.0-v1.4 shape): same reason', async () => {
    const env = {
      payloadType: 'application/vnd.in-toto+json',
      payload: Buffer.from('{}').toString('base64'),
      signatures: [{ keyid: '', sig: Buffer.from('x').toString('base64') }],
    };
    writeFileSync(join(dir, 'old.intoto.jsonl'), `${JSON.stringify(env)}\n`);
    const report = await verifyArtifacts({
      artifacts: [],
      bundles: [join(dir, 'old.intoto.jsonl')],
      trustedRoot: PUBLIC_GOOD,
      keys: [],
      policy: { builderId: GENERATOR, noSubjectCheck: true },
    });
    expect(report.verified).toBe(false);
    expect(report.results.flatMap((r) => r.checks.map((x) => x.detail)).join(' | ')).toMatch(
      /\[TLOG_INVALID\] .*no key id.*needs the Rekor entry: give a bundle/,
    );
  });
});

describe('slsa-github-generator v1.x bundles: v0.1/v0.2 media types, provenance v0.2, legacy-only certificates', () => {
  let legacy: SigstoreInstance;
  let trust: Trust;
  const BUILDER = 'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v1.2.0';
  const REF = 'refs/tags/v1.0.0';

  beforeAll(async () => {
    mkdirSync(join(dir, 'legacy'));
    // 2022's Fulcio: only the legacy GitHub extensions 1.1-1.6 (no build signer, runner, source repository 1.9+)
    legacy = await startSigstore({
      rekor: true,
      tsa: false,
      dir: join(dir, 'legacy'),
      certExtensions: (e) => e.filter((x) => /^1\.3\.6\.1\.4\.1\.57264\.1\.[1-6]$/.test(x.oid)),
    });
    trust = loadTrust({ trustedRoot: legacy.trustedRootPath });
  }, 60000);
  afterAll(async () => {
    await legacy?.close();
  });

  const token = (repo: string, signer = BUILDER) =>
    `${enc({ alg: 'RS256' })}.${enc({ iss: GH, aud: 'sigstore', sub: `repo:${repo}:ref:${REF}`, fulcio_san: `https://github.com/${signer}`, job_workflow_ref: signer, workflow: 'release', repository: repo, ref: REF, sha: SHA, event_name: 'push' })}.c2ln`;

  /** SLSA provenance v0.2 as slsa-github-generator's generic generator v1.2.0 wrote it. */
  function provenance(repo: string, sha = SHA, builder = BUILDER): Buffer {
    const src = `git+https://github.com/${repo}@${REF}`;
    return Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType: 'https://slsa.dev/provenance/v0.2',
        subject: [{ name: 'app.tgz', digest: DIGEST }],
        predicate: {
          builder: { id: `https://github.com/${builder}` },
          buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
          invocation: {
            configSource: { uri: src, digest: { sha1: sha }, entryPoint: '.github/workflows/release.yml' },
            parameters: {},
            environment: {
              github_event_name: 'push',
              github_ref: REF,
              github_ref_type: 'tag',
              github_repository_owner: repo.split('/')[0],
              github_run_attempt: '1',
              github_run_id: '1',
              github_run_number: '1',
              github_sha1: sha,
            },
          },
          metadata: {
            buildInvocationID: '1-1',
            completeness: { parameters: true, environment: false, materials: false },
            reproducible: false,
          },
          materials: [{ uri: src, digest: { sha1: sha } }],
        },
      }),
    );
  }

  async function sign(
    repo: string,
    payload: Buffer,
    version: '0.1' | '0.2',
    by = BUILDER,
  ): Promise<Record<string, any>> {
    const signer = createSigstoreSigner({
      endpoints: { instance: 'custom', fulcioURL: legacy.fulcioURL, rekorURL: legacy.rekorURL, reason: 'test' },
      identityToken: token(repo, by),
    });
    const b = (await signer.sign(payload, 'application/vnd.in-toto+json')).bundle as Record<string, any>;
    // the v0.1/v0.2 shape: the leaf in x509CertificateChain, the media type with its version parameter
    const vm = b.verificationMaterial;
    const entries = clone(vm.tlogEntries) as Array<Record<string, any>>;
    if (version === '0.1') for (const e of entries) delete e.inclusionProof;
    return {
      mediaType: `application/vnd.dev.sigstore.bundle+json;version=${version}`,
      verificationMaterial: {
        x509CertificateChain: { certificates: [{ rawBytes: vm.certificate.rawBytes }] },
        tlogEntries: entries,
      },
      dsseEnvelope: b.dsseEnvelope,
    };
  }

  test.each(['0.1', '0.2'] as const)(
    'bundle v%s: verified with --builder-id and --source-uri; the legacy extensions answer for the certificate',
    async (version) => {
      const b = await sign('octo/app', provenance('octo/app'), version);
      const r = verifyAttestation(
        att(b),
        trust,
        { builderId: GENERATOR, sourceUri: 'github.com/octo/app', sourceTag: 'v1.0.0', requireIdentity: true },
        { digest: DIGEST },
      );
      expect(failed(r)).toBe('');
      expect(r.verified).toBe(true);
      expect(r.builderId).toBe(`https://github.com/${BUILDER}`);
      expect(r.signer?.identity).toMatchObject({
        san: `https://github.com/${BUILDER}`,
        issuer: GH,
        sourceRepositoryURI: 'https://github.com/octo/app',
        sourceRepositoryDigest: SHA,
        sourceRepositoryRef: REF,
      });
      expect(r.signer?.identity?.buildSignerURI).toBeUndefined();
      expect(r.checks.find((c) => c.code === 'binding')?.detail).toMatch(
        /builder\.id, source repository and commit match the certificate/,
      );
      // signed by slsa-github-generator's released builder workflow itself (which fixes its GitHub-hosted runner)
      expect(r.slsaLevel).toBe(3);
      // a builder id pinned to the release tag matches too; another builder does not
      expect(
        verifyAttestation(att(b), trust, { builderId: `${GENERATOR}@refs/tags/v1.2.0` }, { digest: DIGEST }).verified,
      ).toBe(true);
      expect(
        verifyAttestation(
          att(b),
          trust,
          {
            builderId: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml',
          },
          { digest: DIGEST },
        ).verified,
      ).toBe(false);
    },
    30000,
  );

  test('a legacy certificate of an ordinary workflow (no runner environment): verified, but not above L1', async () => {
    const wf = 'octo/app/.github/workflows/release.yml@refs/tags/v1.0.0';
    const b = await sign('octo/app', provenance('octo/app', SHA, wf), '0.2', wf);
    const r = verifyAttestation(att(b), trust, { certIdentity: `https://github.com/${wf}` }, { digest: DIGEST });
    expect(failed(r)).toBe('');
    expect(r.verified).toBe(true);
    expect(r.slsaLevel).toBe(1);
    expect(r.nextLevel.join(' ')).toMatch(/runner environment 'unknown' is not github-hosted/);
  }, 30000);

  test('a predicate naming another repository than the legacy certificate: BINDING_MISMATCH (and --source-uri of that repository fails)', async () => {
    // octo/app's run signs provenance that claims evil/app
    const b = await sign('octo/app', provenance('evil/app'), '0.2');
    const r = verifyAttestation(
      att(b),
      trust,
      { builderId: GENERATOR, sourceUri: 'github.com/evil/app' },
      { digest: DIGEST },
    );
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(
      /\[BINDING_MISMATCH\] source 'git\+https:\/\/github\.com\/evil\/app@refs\/tags\/v1\.0\.0' is not the certificate's repository 'https:\/\/github\.com\/octo\/app'/,
    );
    expect(failed(r)).toMatch(/\[POLICY_MISMATCH\] source/);
  }, 30000);

  test('a predicate naming another commit than the legacy certificate: BINDING_MISMATCH', async () => {
    const b = await sign('octo/app', provenance('octo/app', 'ffffffffffffffffffffffffffffffffffffffff'), '0.2');
    const r = verifyAttestation(att(b), trust, { builderId: GENERATOR }, { digest: DIGEST });
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(
      /\[BINDING_MISMATCH\] commit ffffffffffffffffffffffffffffffffffffffff is not the certificate's c27d339ee6075c1f744c5d4b200f7901aad2c369/,
    );
  }, 30000);

  test('a tampered v0.2 bundle is still refused (the signature is not weakened)', async () => {
    const b = await sign('octo/app', provenance('octo/app'), '0.2');
    const bad = clone(b);
    const st = JSON.parse(Buffer.from(bad.dsseEnvelope.payload, 'base64').toString('utf8'));
    st.subject[0].digest.sha256 = 'f'.repeat(64);
    bad.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    const r = verifyAttestation(att(bad), trust, { builderId: GENERATOR }, { digest: { sha256: 'f'.repeat(64) } });
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(/\[(TLOG_INVALID|SIGNATURE_INVALID)\]/);
  }, 30000);
});

describe('a message signature given as a digest without the artifact (prehash)', () => {
  let full: SigstoreInstance;
  const SAN = 'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3';

  beforeAll(async () => {
    mkdirSync(join(dir, 'full'));
    full = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'full') });
  }, 60000);
  afterAll(async () => {
    await full?.close();
  });

  const token = (repo: string) =>
    `${enc({ alg: 'RS256' })}.${enc({ iss: GH, aud: 'sigstore', sub: `repo:${repo}:ref:refs/tags/v1.2.3`, fulcio_san: `https://github.com/${repo}/.github/workflows/release.yml@refs/tags/v1.2.3`, job_workflow_ref: `${repo}/.github/workflows/release.yml@refs/tags/v1.2.3`, repository: repo, ref: 'refs/tags/v1.2.3', sha: SHA, event_name: 'push', runner_environment: 'github-hosted' })}.c2ln`;

  /** A message-signature bundle (hashedrekord entry in the local Rekor) over `data`. */
  async function signBlob(repo: string, data: Buffer): Promise<Record<string, any>> {
    const m = await loadSign();
    const signer = new m.FulcioSigner({
      fulcioBaseURL: full.fulcioURL,
      identityProvider: { getToken: async () => token(repo) },
    });
    const builder = new m.MessageSignatureBundleBuilder({
      signer,
      witnesses: [new m.RekorWitness({ rekorBaseURL: full.rekorURL })],
    });
    return bundleToJSON(await builder.create({ data })) as unknown as Record<string, any>;
  }

  const write = (name: string, json: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(json));
    return join(dir, name);
  };
  const run = (artifact: string, bundle: string, policy: Policy = { certIdentity: SAN, certOidcIssuer: GH }) =>
    verifyArtifacts({ artifacts: [artifact], bundles: [bundle], trustedRoot: full.trustedRootPath, keys: [], policy });
  const details = (r: Awaited<ReturnType<typeof run>>) =>
    r.results.flatMap((x) => x.checks.map((c) => `${c.ok ? 'ok' : 'FAIL'} ${c.detail}`)).join(' | ');

  test('sha256:HEX --bundle B verifies: the messageDigest is the given digest, the log entry binds signature, digest and key', async () => {
    const b = await signBlob('octo/app', ARTIFACT);
    expect(b.messageSignature.messageDigest.algorithm).toBe('SHA2_256');
    expect(b.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'hashedrekord', version: '0.0.1' });
    const file = write('blob.sigstore.json', b);
    const r = await run(`sha256:${HEX}`, file);
    expect(details(r)).not.toMatch(/FAIL/);
    expect(r.verified).toBe(true);
    expect(details(r)).toMatch(/the signature over sha256:[0-9a-f]{64} is proven by its log entry \(prehash\)/);
    expect(details(r)).toMatch(/the signature covers the given digest sha256:/);
    // the artifact itself still verifies the ordinary way
    expect((await run(join(dir, 'app.tgz'), file)).verified).toBe(true);
  }, 30000);

  test("another digest: SUBJECT_MISMATCH; no digest of the bundle's algorithm: SUBJECT_MISMATCH with the way out", async () => {
    const file = write('blob2.sigstore.json', await signBlob('octo/app', ARTIFACT));
    const other = await run(`sha256:${'0'.repeat(64)}`, file);
    expect(other.verified).toBe(false);
    expect(details(other)).toMatch(
      /\[SUBJECT_MISMATCH\] .*messageDigest sha256:[0-9a-f]{64} is not the given sha256:0{64}/,
    );
    const sha512 = await run(`sha512:${createHash('sha512').update(ARTIFACT).digest('hex')}`, file);
    expect(sha512.verified).toBe(false);
    expect(details(sha512)).toMatch(/\[SUBJECT_MISMATCH\] .*give the artifact file or its sha256 digest/);
  }, 30000);

  test("the bundle's messageDigest rewritten to the given digest: refused (the log entry holds the signed digest)", async () => {
    const b = await signBlob('octo/app', ARTIFACT);
    const forged = clone(b);
    const fake = createHash('sha256').update('malware').digest();
    forged.messageSignature.messageDigest.digest = fake.toString('base64');
    const r = await run(`sha256:${fake.toString('hex')}`, write('forged.sigstore.json', forged));
    expect(r.verified).toBe(false);
    expect(details(r)).toMatch(/\[TLOG_INVALID\] .*digest mismatch/);
  }, 30000);

  test("another signer's certificate with the victim's signature and log entry: refused (the logged key is not the certificate's)", async () => {
    const victim = await signBlob('octo/app', ARTIFACT);
    const attacker = await signBlob('evil/app', Buffer.from('anything'));
    const swapped = clone(victim);
    // (@sigstore/sign writes a message signature as a v0.2 bundle: the leaf in x509CertificateChain)
    swapped.verificationMaterial.x509CertificateChain = attacker.verificationMaterial.x509CertificateChain;
    expect(swapped.verificationMaterial.x509CertificateChain).not.toEqual(
      victim.verificationMaterial.x509CertificateChain,
    );
    const r = await run(`sha256:${HEX}`, write('swapped.sigstore.json', swapped), {
      certIdentity: 'https://github.com/evil/app/.github/workflows/release.yml@refs/tags/v1.2.3',
      certOidcIssuer: GH,
    });
    expect(r.verified).toBe(false);
    expect(details(r)).toMatch(/\[SIGNATURE_INVALID\] .*signature verification failed/);
  }, 30000);

  test("no log entry (or a signature that is not the logged one): refused, never taken on the bundle's word", async () => {
    const b = await signBlob('octo/app', ARTIFACT);
    const noLog = clone(b);
    delete noLog.verificationMaterial.tlogEntries;
    const r1 = await run(`sha256:${HEX}`, write('nolog.sigstore.json', noLog));
    expect(r1.verified).toBe(false);
    expect(details(r1)).toMatch(/\[TLOG_INVALID\]/);
    const otherSig = clone(b);
    const other = await signBlob('octo/app', ARTIFACT);
    otherSig.messageSignature.signature = other.messageSignature.signature;
    const r2 = await run(`sha256:${HEX}`, write('othersig.sigstore.json', otherSig));
    expect(r2.verified).toBe(false);
    expect(details(r2)).toMatch(/\[TLOG_INVALID\] .*signature mismatch/);
  }, 30000);

  test('a Rekor v2 entry (hashedrekord 0.0.2) with a digest alone: refused with the reason; with the artifact it verifies', async () => {
    const base = join(CORPUS, 'sigstore-js/sjs-verify-v0.3-hashedrekord-rekor-v2');
    const root = join(CORPUS, 'trust/sigstore-js/verify-trusted_root-with-mock-tsa.json');
    const policy: Policy = { certIdentity: 'brian@dehamer.com', certOidcIssuer: 'https://github.com/login/oauth' };
    const hex = createHash('sha256')
      .update(readFileSync(join(base, 'artifact.txt')))
      .digest('hex');
    const r = await verifyArtifacts({
      artifacts: [`sha256:${hex}`],
      bundles: [join(base, 'bundle.json')],
      trustedRoot: root,
      keys: [],
      policy,
    });
    expect(r.verified).toBe(false);
    expect(details(r)).toMatch(
      /\[TLOG_INVALID\] .*proven by a Rekor v1 hashedrekord 0\.0\.1 entry; this bundle's is hashedrekord 0\.0\.2: give the artifact file/,
    );
    expect(
      (
        await verifyArtifacts({
          artifacts: [join(base, 'artifact.txt')],
          bundles: [join(base, 'bundle.json')],
          trustedRoot: root,
          keys: [],
          policy,
        })
      ).verified,
    ).toBe(true);
  }, 30000);

  test('the corpus case sgo-othername-scaffolding (digest only, otherName SAN, scaffolding Rekor) verifies; an email policy fails', async () => {
    const bundle = join(CORPUS, 'sigstore-go/sgo-othername-scaffolding/othername.sigstore.json');
    const root = join(CORPUS, 'trust/sigstore-go/scaffolding-trusted_root.json');
    const digest = 'sha256:bc103b4a84971ef6459b294a2b98568a2bfb72cded09d4acd1e16366a401f95b';
    const ok = await verifyArtifacts({
      artifacts: [digest],
      bundles: [bundle],
      trustedRoot: root,
      keys: [],
      policy: { certIdentity: 'foo!oidc.local', certOidcIssuer: 'http://oidc.local:8080' },
    });
    expect(details(ok)).not.toMatch(/FAIL/);
    expect(ok.verified).toBe(true);
    const email = await verifyArtifacts({
      artifacts: [digest],
      bundles: [bundle],
      trustedRoot: root,
      keys: [],
      policy: { certIdentity: 'foo@oidc.local', certOidcIssuer: 'http://oidc.local:8080' },
    });
    expect(email.verified).toBe(false);
    expect(details(email)).toMatch(/\[IDENTITY_MISMATCH\] SAN 'foo!oidc\.local' is not 'foo@oidc\.local'/);
  }, 30000);

  test('the checkpoint line is matched by the signed origin only: another name, or an edited origin, is refused', async () => {
    const src = JSON.parse(
      readFileSync(join(CORPUS, 'sigstore-go/sgo-othername-scaffolding/othername.sigstore.json'), 'utf8'),
    );
    const root = join(CORPUS, 'trust/sigstore-go/scaffolding-trusted_root.json');
    const digest = 'sha256:bc103b4a84971ef6459b294a2b98568a2bfb72cded09d4acd1e16366a401f95b';
    const policy: Policy = { certIdentity: 'foo!oidc.local', certOidcIssuer: 'http://oidc.local:8080' };
    const envelope = src.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope as string;
    expect(envelope).toMatch(/^rekor-00001-deployment-56bf7777c9-jds5x - \d+\n/);
    const renamed = clone(src);
    renamed.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope = envelope.replace(
      '\u2014 rekor-00001-deployment-56bf7777c9-jds5x ',
      '\u2014 another-log ',
    );
    const r1 = await verifyArtifacts({
      artifacts: [digest],
      bundles: [write('renamed.sigstore.json', renamed)],
      trustedRoot: root,
      keys: [],
      policy,
    });
    expect(r1.verified).toBe(false);
    expect(details(r1)).toMatch(/\[TLOG_INVALID\] .*invalid checkpoint signature/);
    const reorigin = clone(src);
    reorigin.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope = envelope.replace(
      /^rekor-00001-deployment-56bf7777c9-jds5x - /,
      'rekor-00001-deployment-56bf7777c9-jds5x - 1',
    );
    const r2 = await verifyArtifacts({
      artifacts: [digest],
      bundles: [write('reorigin.sigstore.json', reorigin)],
      trustedRoot: root,
      keys: [],
      policy,
    });
    expect(r2.verified).toBe(false);
    expect(details(r2)).toMatch(/\[TLOG_INVALID\] .*invalid checkpoint signature/);
  }, 30000);
});

describe('RFC 3161 genTime with fractional seconds: every DER form, and no other', () => {
  test('parseDerGeneralizedTime: DER forms read to the millisecond; non-DER forms refused', () => {
    expect(parseDerGeneralizedTime('20261201154000Z')?.toISOString()).toBe('2026-12-01T15:40:00.000Z');
    expect(parseDerGeneralizedTime('20261201154000.5Z')?.toISOString()).toBe('2026-12-01T15:40:00.500Z');
    expect(parseDerGeneralizedTime('20261201154000.12Z')?.toISOString()).toBe('2026-12-01T15:40:00.120Z');
    expect(parseDerGeneralizedTime('20261201154000.123Z')?.toISOString()).toBe('2026-12-01T15:40:00.123Z');
    expect(parseDerGeneralizedTime('20261201154000.123456789Z')?.toISOString()).toBe('2026-12-01T15:40:00.123Z');
    for (const bad of [
      '20261201154000.120Z',
      '20261201154000.0Z',
      '20261201154000.Z',
      '20261201154000',
      '20261201154000.5',
      '20261201154000,5Z',
      '202612011540Z',
      '20261201154000+0000',
      '20261301154000Z',
      '20260230154000Z',
      '20261201240000Z',
      '20261201154060Z',
      '261201154000Z',
    ]) {
      expect([bad, parseDerGeneralizedTime(bad)]).toEqual([bad, undefined]);
    }
  });

  const SAN = 'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3';
  let clock: Date;
  let ca: Awaited<ReturnType<typeof initializeCA>>;
  let tsa: Awaited<ReturnType<typeof initializeTSA>>;
  let trust: Trust;
  let genTime = '';

  beforeAll(async () => {
    const kp = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
    clock = new Date(Math.floor(Date.now() / 1000) * 1000);
    const ctlog = await initializeCTLog(kp(), clock);
    ca = await initializeCA(kp(), ctlog, clock);
    tsa = await initializeTSA(kp(), clock);
    // the TSA writes the genTime this test chooses, as raw GeneralizedTime bytes, and signs it
    const impl = tsa as unknown as { tstInfo: (req: unknown) => { toSchema: () => asn1js.Sequence } };
    const original = impl.tstInfo.bind(tsa);
    impl.tstInfo = (req: unknown) => {
      const t = original(req);
      const schema = t.toSchema.bind(t);
      t.toSchema = () => {
        const seq = schema();
        seq.valueBlock.value[4] = new asn1js.Primitive({
          idBlock: { tagClass: 1, tagNumber: 24 },
          valueHex: new Uint8Array(Buffer.from(genTime, 'latin1')).buffer,
        });
        return seq;
      };
      return t;
    };
    // every certificate exists: the leaf's notBefore is the next whole second, which then has passed
    clock.setTime(Math.ceil((Date.now() + 1) / 1000) * 1000);
    await new Promise((r) => setTimeout(r, Math.max(0, clock.getTime() - Date.now()) + 1100));
    const b64 = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
    const start = new Date(clock.getTime() - 24 * 3600 * 1000).toISOString();
    const root = {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: 'http://127.0.0.1',
          certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
          validFor: { start },
        },
      ],
      ctlogs: [
        {
          baseUrl: 'http://127.0.0.1',
          hashAlgorithm: 'SHA2_256',
          publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
          logId: { keyId: b64(ctlog.logID) },
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'tsa' },
          uri: 'http://127.0.0.1',
          certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
          validFor: { start },
        },
      ],
    };
    writeFileSync(join(dir, 'tsa_root.json'), JSON.stringify(root));
    trust = loadTrust({ trustedRoot: join(dir, 'tsa_root.json') });
  }, 60000);

  /** GeneralizedTime text of the leaf's notBefore plus `offsetMs`, with `fraction` appended as given. */
  const at = (offsetMs: number, fraction: string) => {
    const d = new Date(clock.getTime() + offsetMs);
    return `${d.toISOString().slice(0, 19).replace(/[-T:]/g, '')}${fraction}`;
  };

  /** A DSSE bundle (Fulcio certificate + RFC 3161 timestamp, no log: GitHub's private-instance shape). */
  async function bundleAt(time: string): Promise<Record<string, any>> {
    genTime = time;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const cert = Buffer.from(
      (
        await ca.issueCertificate({
          publicKey: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })),
          subjectAltName: SAN,
          extensions: [{ oid: '1.3.6.1.4.1.57264.1.8', value: GH }],
        })
      ).buffer as ArrayBuffer,
    );
    const payload = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'app.tgz', digest: DIGEST }],
        predicateType: 'https://example.com/test/v1',
        predicate: {},
      }),
    );
    const sig = cryptoSign('sha256', pae('application/vnd.in-toto+json', payload), privateKey);
    const ts = await tsa.timestamp({
      artifactHash: createHash('sha256').update(sig).digest(),
      hashAlgorithmOID: '2.16.840.1.101.3.4.2.1',
      nonce: 42,
      policyOID: '1.3.6.1.4.1.57264.2',
      certReq: false,
    });
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: cert.toString('base64') },
        timestampVerificationData: {
          rfc3161Timestamps: [
            { signedTimestamp: Buffer.from(ts.buffer, ts.byteOffset, ts.byteLength).toString('base64') },
          ],
        },
      },
      dsseEnvelope: {
        payload: payload.toString('base64'),
        payloadType: 'application/vnd.in-toto+json',
        signatures: [{ sig: sig.toString('base64') }],
      },
    };
  }
  const verify = (b: Record<string, any>) =>
    verifyAttestation(att(b), trust, { certIdentity: SAN, certOidcIssuer: GH }, { digest: DIGEST });

  test.each(['Z', '.5Z', '.12Z', '.123Z', '.000001Z', '.123456Z'])(
    'genTime with %s verifies',
    async (fraction) => {
      const b = await bundleAt(at(0, fraction));
      const r = verify(b);
      expect(failed(r)).toBe('');
      expect(r.verified).toBe(true);
    },
    30000,
  );

  test("the fraction counts: half a second before the certificate's notBefore is refused", async () => {
    const r = verify(await bundleAt(at(-1000, '.5Z')));
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(/\[(CERTIFICATE_INVALID|TIMESTAMP_INVALID)\]/);
  }, 30000);

  test.each(['.120Z', '.50Z', '.0Z', '.Z', '', '.5', ',5Z', '+0000'])(
    'genTime with "%s" (not DER) is refused: TIMESTAMP_INVALID',
    async (fraction) => {
      const r = verify(await bundleAt(at(0, fraction)));
      expect(r.verified).toBe(false);
      expect(failed(r)).toMatch(/\[TIMESTAMP_INVALID\] .*genTime ".*" is not a DER GeneralizedTime/);
    },
    30000,
  );

  test('the signature is not weakened: a genTime edited after signing, or a changed DSSE signature, is refused', async () => {
    const b = await bundleAt(at(0, '.12Z'));
    const edited = clone(b);
    const der = Buffer.from(
      edited.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp,
      'base64',
    );
    const i = der.indexOf(Buffer.from(at(0, '.12Z'), 'latin1'));
    expect(i).toBeGreaterThan(0);
    der.write(at(0, '.13Z'), i, 'latin1');
    edited.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp = der.toString('base64');
    const r1 = verify(edited);
    expect(r1.verified).toBe(false);
    expect(failed(r1)).toMatch(/\[TIMESTAMP_INVALID\]/);
    const badSig = clone(b);
    const other = await bundleAt(at(0, '.12Z'));
    badSig.dsseEnvelope.signatures = other.dsseEnvelope.signatures;
    expect(verify(badSig).verified).toBe(false);
  }, 30000);
});
