/**
 * Regression tests of issue 12 (the verify core): each test builds the attack of one finding with a local Sigstore
 * (@sigstore/mock's Fulcio, Rekor and TSA on 127.0.0.1) or with keys, and asserts that verify refuses it, next to the
 * honest bundle that still verifies.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSigstoreSigner } from '../../src/signing/sigstore.js';
import { createKeySigner } from '../../src/signing/key-signer.js';
import {
  loadTrust,
  verifyAttestation,
  type AttestationResult,
  type Policy,
  type Trust,
} from '../../src/verify/index.js';
import type { LoadedAttestation } from '../../src/verify/load.js';
import { run as runVerify } from '../../src/commands/verify.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import { ensureBuilt, githubEnv, runAction } from '../support/runner.js';

const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
const ARTIFACT = Buffer.from('release tarball');
const DIGEST = { sha256: createHash('sha256').update(ARTIFACT).digest('hex') };
const GH = 'https://token.actions.githubusercontent.com';
const DELEGATOR = 'slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@refs/tags/v2.0.0';

let dir: string;
let full: SigstoreInstance; // Fulcio + Rekor + TSA
let tsaOnly: SigstoreInstance; // Fulcio + TSA (GitHub's private instance shape)
let fullTrust: Trust;
let tsaTrust: Trust;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prov-harden-'));
  mkdirSync(join(dir, 'full'));
  mkdirSync(join(dir, 'tsa'));
  full = await startSigstore({ rekor: true, tsa: true, dir: join(dir, 'full') });
  tsaOnly = await startSigstore({ rekor: false, tsa: true, dir: join(dir, 'tsa') });
  fullTrust = loadTrust({ trustedRoot: full.trustedRootPath });
  tsaTrust = loadTrust({ trustedRoot: tsaOnly.trustedRootPath });
  writeFileSync(join(dir, 'app.tgz'), ARTIFACT);
}, 60000);
afterAll(async () => {
  await Promise.all([full?.close(), tsaOnly?.close()]);
});

const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A GitHub Actions OIDC token (unsigned: the mock Fulcio does not check it) for a run of `workflow` in `repo`. */
function token(opts: {
  repo: string;
  workflow?: string;
  ref?: string;
  signer?: string;
  runner?: string;
  iss?: string;
}): string {
  const ref = opts.ref ?? 'refs/tags/v1.2.3';
  const wf = opts.workflow ?? `${opts.repo}/.github/workflows/release.yml@${ref}`;
  const signer = opts.signer ?? wf;
  return `${enc({ alg: 'RS256' })}.${enc({
    iss: opts.iss ?? GH,
    aud: 'sigstore',
    sub: `repo:${opts.repo}:ref:${ref}`,
    fulcio_san: `https://github.com/${signer}`,
    job_workflow_ref: signer,
    workflow_ref: wf,
    repository: opts.repo,
    repository_owner: opts.repo.split('/')[0],
    ref,
    sha: SHA,
    event_name: 'push',
    runner_environment: opts.runner ?? 'github-hosted',
    run_id: '1',
    run_attempt: '1',
  })}.c2ln`;
}

/** SLSA v1 provenance as GitHub's workflow build type writes it. */
function provenance(opts: { repo: string; ref?: string; builderId?: string }): Buffer {
  const ref = opts.ref ?? 'refs/tags/v1.2.3';
  const st = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'app.tgz', digest: DIGEST }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: { ref, repository: `https://github.com/${opts.repo}`, path: '.github/workflows/release.yml' },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '1',
            repository_owner_id: '2',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [{ uri: `git+https://github.com/${opts.repo}@${ref}`, digest: { gitCommit: SHA } }],
      },
      runDetails: {
        builder: { id: opts.builderId ?? `https://github.com/${opts.repo}/.github/workflows/release.yml@${ref}` },
        metadata: { invocationId: `https://github.com/${opts.repo}/actions/runs/1/attempts/1` },
      },
    },
  };
  return Buffer.from(JSON.stringify(st));
}

async function signKeyless(inst: SigstoreInstance, tok: string, payload: Buffer): Promise<Record<string, any>> {
  const signer = createSigstoreSigner({
    endpoints: {
      instance: 'custom',
      fulcioURL: inst.fulcioURL,
      rekorURL: inst.rekorURL,
      tsaURL: inst.tsaURL,
      reason: 'test',
    },
    identityToken: tok,
  });
  return (await signer.sign(payload, 'application/vnd.in-toto+json')).bundle as Record<string, any>;
}

const att = (json: Record<string, any>): LoadedAttestation => ({
  source: 'bundle.json',
  kind: 'bundle',
  json,
  raw: Buffer.from(JSON.stringify(json)),
});
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const failed = (r: AttestationResult) =>
  r.checks
    .filter((c) => !c.ok)
    .map((c) => c.detail)
    .join(' | ');
function verify(json: Record<string, any>, policy: Policy, trust = fullTrust): AttestationResult {
  return verifyAttestation(att(json), trust, policy, { digest: DIGEST });
}

describe('finding 1: the identity comes from the certificate whose key verified the signature', () => {
  test('a bundle with both `certificate` and `x509CertificateChain` (attacker chain + victim leaf) is rejected', async () => {
    const victim = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    // the attacker signs the victim's claims with a certificate of their own repository
    const attacker = await signKeyless(full, token({ repo: 'evil/app' }), provenance({ repo: 'octo/app' }));
    const policy: Policy = {
      sourceRepo: 'octo/app',
      certIdentity:
        victim.verificationMaterial.certificate &&
        `https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3`,
    };
    expect(verify(victim, policy).verified).toBe(true);
    const mixed = clone(attacker);
    mixed.verificationMaterial.x509CertificateChain = {
      certificates: [{ rawBytes: attacker.verificationMaterial.certificate.rawBytes }],
    };
    mixed.verificationMaterial.certificate = { rawBytes: victim.verificationMaterial.certificate.rawBytes };
    const r = verify(mixed, policy);
    expect(r.verified).toBe(false);
    expect(r.slsaLevel).toBe(0);
    expect(failed(r)).toMatch(/\[BUNDLE_INVALID\] .*verificationMaterial/);
    // the other order of the two members: same verdict
    const swapped = clone(attacker);
    swapped.verificationMaterial = {
      certificate: { rawBytes: victim.verificationMaterial.certificate.rawBytes },
      x509CertificateChain: mixed.verificationMaterial.x509CertificateChain,
      tlogEntries: attacker.verificationMaterial.tlogEntries,
      timestampVerificationData: attacker.verificationMaterial.timestampVerificationData,
    };
    expect(failed(verify(swapped, policy))).toMatch(/\[BUNDLE_INVALID\]/);
    // a victim leaf alone, with the attacker's signature: the signature check fails
    const leafOnly = clone(attacker);
    leafOnly.verificationMaterial.certificate = { rawBytes: victim.verificationMaterial.certificate.rawBytes };
    expect(verify(leafOnly, policy).verified).toBe(false);
  });
  test('unknown members of verificationMaterial or of the bundle are rejected, never ignored', async () => {
    const b = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    const policy: Policy = { sourceRepo: 'octo/app' };
    const extra = clone(b);
    extra.verificationMaterial.publicKey = { hint: 'x' };
    expect(failed(verify(extra, policy))).toMatch(/\[BUNDLE_INVALID\]/);
    const unknown = clone(b);
    unknown.verificationMaterial.certificates = [];
    expect(failed(verify(unknown, policy))).toMatch(/\[BUNDLE_INVALID\]/);
    for (const mt of [
      'application/vnd.dev.sigstore.bundle.v0.3+jsonX',
      'application/vnd.dev.sigstore.bundle.v9.9+json',
      'application/vnd.dev.sigstore.bundle+json;version=0.3;x=1',
    ]) {
      const m = clone(b);
      m.mediaType = mt;
      expect(failed(verify(m, policy))).toMatch(/\[BUNDLE_INVALID\] .*mediaType/);
    }
    // a v0.1-style chain: the leaf, then the trusted root's own CA certificate; never a certificate from elsewhere
    const caRaw = (full.trustedRoot as Record<string, any>).certificateAuthorities[0].certChain.certificates[0]
      .rawBytes as string;
    const asChain = (extra: string) => {
      const m = clone(b);
      m.verificationMaterial.x509CertificateChain = {
        certificates: [{ rawBytes: b.verificationMaterial.certificate.rawBytes }, { rawBytes: extra }],
      };
      delete m.verificationMaterial.certificate;
      m.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
      return m;
    };
    expect(failed(verify(asChain(caRaw), policy))).toBe('');
    const other = (tsaOnly.trustedRoot as Record<string, any>).certificateAuthorities[0].certChain.certificates[0]
      .rawBytes as string;
    expect(failed(verify(asChain(other), policy))).toMatch(
      /\[BUNDLE_INVALID\] .*not a certificate of the trusted root/,
    );
    const keyid = clone(b);
    keyid.dsseEnvelope.signatures[0].keyid = 'octo-release-key';
    expect(failed(verify(keyid, policy))).toMatch(/\[BUNDLE_INVALID\] .*keyid/);
    const top = clone(b);
    top.messageSignature = {
      messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') },
      signature: 'AAAA',
    };
    expect(failed(verify(top, policy))).toMatch(/\[BUNDLE_INVALID\]/);
  });
});

describe('finding 3: the trusted root and the policy decide whether a log entry or a timestamp is required', () => {
  test('a keyless bundle stripped of its log entry fails against a root with Rekor logs; --insecure-ignore-tlog accepts it', async () => {
    const b = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    expect(b.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(b.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    const policy: Policy = { sourceRepo: 'octo/app' };
    expect(verify(b, policy).verified).toBe(true);
    const stripped = clone(b);
    stripped.verificationMaterial.tlogEntries = [];
    const r = verify(stripped, policy);
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(/\[TLOG_INVALID\] .*transparency log/);
    const escaped = verify(stripped, { ...policy, insecureIgnoreTlog: true });
    expect(escaped.verified).toBe(true);
    expect(escaped.checks.find((c) => c.code === 'signature')?.detail).toMatch(/--insecure-ignore-tlog/);
  });
  test("a TSA-only root (GitHub's shape) requires a verified RFC 3161 timestamp", async () => {
    const b = await signKeyless(tsaOnly, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    expect(b.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(verify(b, { sourceRepo: 'octo/app' }, tsaTrust).verified).toBe(true);
    const noTs = clone(b);
    noTs.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
    const r = verify(noTs, { sourceRepo: 'octo/app' }, tsaTrust);
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(/\[(TIMESTAMP_INVALID|SIGNATURE_INVALID)\] .*timestamp/);
  });
  test('the CLI documents --insecure-ignore-tlog', async () => {
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => {
      out.push(s);
      return true;
    }) as typeof process.stdout.write;
    try {
      await runVerify(['--help']);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join('')).toMatch(/--insecure-ignore-tlog/);
    expect(out.join('')).toMatch(/--insecure-skip-identity/);
  });
});

describe('finding 4: source ref and every policy input are checked against the certificate', () => {
  test('a run on refs/heads/feature that claims refs/tags/v1.2.3 fails --source-tag, --source-versioned-tag and --source-branch', async () => {
    const lie = await signKeyless(
      full,
      token({
        repo: 'octo/app',
        ref: 'refs/heads/feature',
        workflow: 'octo/app/.github/workflows/release.yml@refs/heads/feature',
      }),
      provenance({
        repo: 'octo/app',
        ref: 'refs/tags/v1.2.3',
        builderId: 'https://github.com/octo/app/.github/workflows/release.yml@refs/heads/feature',
      }),
    );
    const base: Policy = { sourceRepo: 'octo/app' };
    for (const p of [{ sourceTag: 'v1.2.3' }, { sourceVersionedTag: 'v1' }, { sourceBranch: 'feature' }]) {
      const r = verify(lie, { ...base, ...p });
      expect(r.verified).toBe(false);
      expect(failed(r)).toMatch(/refs\/heads\/feature|certificate/);
    }
    // the predicate disagrees with the certificate: a binding failure even with no ref policy
    expect(failed(verify(lie, base))).toMatch(/\[BINDING_MISMATCH\] .*ref/);
    // the honest run passes the same policies
    const honest = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    for (const p of [{ sourceTag: 'v1.2.3' }, { sourceVersionedTag: 'v1' }])
      expect(verify(honest, { ...base, ...p }).verified).toBe(true);
    expect(verify(honest, { ...base, sourceBranch: 'main' }).verified).toBe(false);
  });
  test("--source-uri is checked against the certificate's source repository", async () => {
    const b = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    expect(verify(b, { sourceUri: 'github.com/octo/app' }).verified).toBe(true);
    const r = verify(b, { sourceUri: 'github.com/octo/other' });
    expect(r.verified).toBe(false);
  });
});

describe('finding 6: keyless verification needs an identity constraint', () => {
  test('no identity policy: a failed identity check with USAGE; --insecure-skip-identity accepts', async () => {
    const b = await signKeyless(full, token({ repo: 'evil/app' }), provenance({ repo: 'evil/app' }));
    const r = verify(b, { requireIdentity: true });
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(/\[USAGE\] .*--cert-identity.*--source-repo.*--signer-workflow/);
    expect(verify(b, { requireIdentity: true, insecureSkipIdentity: true }).verified).toBe(true);
    expect(verify(b, { requireIdentity: true, owner: 'evil' }).verified).toBe(true);
    expect(verify(b, { requireIdentity: true, owner: 'octo' }).verified).toBe(false);
    // a builder id that is not a workflow (GitHub's hosted runner) says nothing about the signer
    expect(
      failed(verify(b, { requireIdentity: true, builderId: 'https://github.com/actions/runner/github-hosted' })),
    ).toMatch(/\[USAGE\]/);
    expect(
      verify(b, { requireIdentity: true, builderId: 'https://github.com/evil/app/.github/workflows/release.yml' })
        .verified,
    ).toBe(true);
    expect(
      verify(b, { requireIdentity: true, builderId: 'https://github.com/octo/app/.github/workflows/release.yml' })
        .verified,
    ).toBe(false);
  });
  test('provenant verify: exit 2 (USAGE) without identity options, 0 with --insecure-skip-identity or --owner', async () => {
    const b = await signKeyless(full, token({ repo: 'evil/app' }), provenance({ repo: 'evil/app' }));
    writeFileSync(join(dir, 'evil.sigstore.json'), JSON.stringify(b));
    const args = [
      join(dir, 'app.tgz'),
      '--bundle',
      join(dir, 'evil.sigstore.json'),
      '--trusted-root',
      full.trustedRootPath,
      '--json',
    ];
    const quiet = async (a: string[]) => {
      const write = process.stdout.write;
      process.stdout.write = (() => true) as typeof process.stdout.write;
      try {
        return await runVerify(a);
      } finally {
        process.stdout.write = write;
      }
    };
    await expect(quiet(args)).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringMatching(/--cert-identity.*--insecure-skip-identity/),
    });
    expect(await quiet([...args, '--insecure-skip-identity'])).toBe(0);
    expect(await quiet([...args, '--owner', 'evil'])).toBe(0);
    expect(await quiet([...args, '--source-repo', 'octo/app'])).toBe(1);
  });
});

describe('finding 6 (verify action): the same rule, with the insecure-skip-identity input', () => {
  test('no identity input: the step fails with USAGE; insecure-skip-identity or source-repo passes; insecure-ignore-tlog', async () => {
    await ensureBuilt();
    const b = await signKeyless(full, token({ repo: 'evil/app' }), provenance({ repo: 'evil/app' }));
    writeFileSync(join(dir, 'action.sigstore.json'), JSON.stringify(b));
    const stripped = clone(b);
    stripped.verificationMaterial.tlogEntries = [];
    writeFileSync(join(dir, 'notlog.sigstore.json'), JSON.stringify(stripped));
    const inputs = {
      artifacts: 'app.tgz',
      bundles: join(dir, 'action.sigstore.json'),
      'trusted-root': full.trustedRootPath,
    };
    const none = await runAction('verify-action.js', inputs, githubEnv(dir, {}));
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/::error::\[USAGE\] .*source-repo.*insecure-skip-identity: true/);
    const skip = await runAction(
      'verify-action.js',
      { ...inputs, 'insecure-skip-identity': 'true' },
      githubEnv(dir, {}),
    );
    expect(skip.code).toBe(0);
    expect(skip.outputs.verified).toBe('true');
    const repo = await runAction('verify-action.js', { ...inputs, 'source-repo': 'evil/app' }, githubEnv(dir, {}));
    expect(repo.outputs.verified).toBe('true');
    const notlog = { ...inputs, bundles: join(dir, 'notlog.sigstore.json'), 'source-repo': 'evil/app' };
    expect((await runAction('verify-action.js', notlog, githubEnv(dir, {}))).stdout).toMatch(/TLOG_INVALID/);
    expect(
      (await runAction('verify-action.js', { ...notlog, 'insecure-ignore-tlog': 'true' }, githubEnv(dir, {}))).outputs
        .verified,
    ).toBe('true');
  }, 120000);
});

describe('finding 7: --signer-workflow is anchored (https://HOST/OWNER/REPO/PATH, host github.com by default)', () => {
  test('no suffix match, no host dropped', async () => {
    const honest = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    for (const w of [
      'octo/app/.github/workflows/release.yml',
      'github.com/octo/app/.github/workflows/release.yml',
      'https://github.com/octo/app/.github/workflows/release.yml',
      'octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    ]) {
      expect([w, verify(honest, { signerWorkflow: w }).verified]).toEqual([w, true]);
    }
    for (const w of [
      'app/.github/workflows/release.yml',
      '.github/workflows/release.yml',
      'release.yml',
      'octo/app/.github/workflows/release.yml@refs/heads/main',
    ]) {
      expect([w, verify(honest, { signerWorkflow: w }).verified]).toEqual([w, false]);
    }
    // a signer whose path ends with the victim's (a nested project, as GitLab allows)
    const nested = await signKeyless(
      full,
      token({ repo: 'evil/octo', workflow: 'evil/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3' }),
      provenance({ repo: 'evil/octo' }),
    );
    const r = verify(nested, { signerWorkflow: 'octo/app/.github/workflows/release.yml' });
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(/\[IDENTITY_MISMATCH\] signer workflow/);
    // another host with the same path
    full.githubServerUrl = 'https://gitlab.example';
    try {
      const other = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
      expect(verify(other, { signerWorkflow: 'octo/app/.github/workflows/release.yml' }).verified).toBe(false);
      expect(
        verify(other, {
          signerWorkflow: 'https://gitlab.example/octo/app/.github/workflows/release.yml',
          insecureSkipIdentity: true,
        }).checks.find((c) => c.code === 'identity')?.ok,
      ).toBe(true);
    } finally {
      full.githubServerUrl = 'https://github.com';
    }
  });
});

describe('finding 8: a key with a validity window and no trusted time is checked against the current time', () => {
  function keysJson(pub: string, validFor: { start: string; end?: string }): string {
    const der = Buffer.from(pub.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    return JSON.stringify({
      keys: [
        {
          keyId: 'SHA256:test-key',
          keyUsage: 'npm:signatures',
          publicKey: { rawBytes: der.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        },
      ],
    });
  }
  test('expired in 2020: refused (bundle and bare envelope); valid until 2099: accepted', async () => {
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const signer = createKeySigner(
      kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      undefined,
      'test key',
    );
    const signed = await signer.sign(provenance({ repo: 'octo/app' }), 'application/vnd.in-toto+json');
    const bundle = signed.bundle as Record<string, any>;
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    const pub = kp.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    writeFileSync(
      join(dir, 'expired.json'),
      keysJson(pub, { start: '2019-01-01T00:00:00Z', end: '2020-01-01T00:00:00Z' }),
    );
    writeFileSync(
      join(dir, 'valid.json'),
      keysJson(pub, { start: '2019-01-01T00:00:00Z', end: '2099-01-01T00:00:00Z' }),
    );
    writeFileSync(join(dir, 'future.json'), keysJson(pub, { start: '2098-01-01T00:00:00Z' }));
    const expired = loadTrust({ keys: [join(dir, 'expired.json')] });
    const valid = loadTrust({ keys: [join(dir, 'valid.json')] });
    const future = loadTrust({ keys: [join(dir, 'future.json')] });
    const env: LoadedAttestation = {
      source: 'env.json',
      kind: 'envelope',
      json: signed.envelope as unknown as Record<string, unknown>,
      raw: Buffer.from(JSON.stringify(signed.envelope)),
    };
    for (const t of [expired, future]) {
      const r = verify(bundle, {}, t);
      expect(r.verified).toBe(false);
      expect(failed(r)).toMatch(/\[KEY_UNTRUSTED\] .*valid/);
      const e = verifyAttestation(env, t, {}, { digest: DIGEST });
      expect(e.verified).toBe(false);
      expect(failed(e)).toMatch(/\[KEY_UNTRUSTED\] .*valid/);
    }
    expect(verify(bundle, {}, valid).verified).toBe(true);
    expect(verifyAttestation(env, valid, {}, { digest: DIGEST }).verified).toBe(true);
  });
});

describe("finding 8 (log keys): an entry proven by its inclusion proof alone is checked at the bundle's time", () => {
  test('a Rekor key whose window ended in 2020 fails; the same key valid now passes', async () => {
    const b = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
    const proofOnly = clone(b);
    // as Rekor v2 writes it: no promise, no integrated time, the entry's index is the proof's (the mock's tree of
    // one: 0, omitted as proto3 JSON omits defaults)
    delete proofOnly.verificationMaterial.tlogEntries[0].inclusionPromise;
    delete proofOnly.verificationMaterial.tlogEntries[0].integratedTime;
    proofOnly.verificationMaterial.tlogEntries[0].logIndex =
      proofOnly.verificationMaterial.tlogEntries[0].inclusionProof.logIndex ?? '0';
    expect(failed(verify(proofOnly, { sourceRepo: 'octo/app' }))).toBe('');
    const root = clone(full.trustedRoot) as Record<string, any>;
    root.tlogs[0].publicKey.validFor = { start: '2019-01-01T00:00:00Z', end: '2020-01-01T00:00:00Z' };
    writeFileSync(join(dir, 'expired-log-root.json'), JSON.stringify(root));
    const expiredLog = loadTrust({ trustedRoot: join(dir, 'expired-log-root.json') });
    const r = verify(proofOnly, { sourceRepo: 'octo/app' }, expiredLog);
    expect(r.verified).toBe(false);
    expect(failed(r)).toMatch(/\[TLOG_INVALID\] .*log key .*not valid/);
  });
});

describe('finding 10: --policy builder caps apply to BYOB delegator-signed builds', () => {
  test('a cap of L1 reports L1 and fails --min-level 3', async () => {
    const builder = 'https://github.com/octo/builder/.github/workflows/builder.yml@refs/tags/v1.0.0';
    const b = await signKeyless(
      full,
      token({ repo: 'octo/app', signer: DELEGATOR }),
      provenance({ repo: 'octo/app', builderId: builder }),
    );
    const uncapped = verify(b, { sourceRepo: 'octo/app', minLevel: 3 });
    expect(failed(uncapped)).toBe('');
    expect(uncapped.slsaLevel).toBe(3);
    const capped = verify(b, { sourceRepo: 'octo/app', minLevel: 3, builderLevels: { [builder]: 1 } });
    expect(capped.slsaLevel).toBe(1);
    expect(capped.verified).toBe(false);
    expect(failed(capped)).toMatch(/\[LEVEL_TOO_LOW\] SLSA Build L1 < required L3/);
    // a cap on the delegator itself applies too
    const delegatorCap = verify(b, {
      sourceRepo: 'octo/app',
      builderLevels: { [`https://github.com/${DELEGATOR}`]: 2 },
    });
    expect(delegatorCap.slsaLevel).toBe(2);
  });
});

describe('finding 11: options that do not apply to layout mode are usage errors', () => {
  test.each([
    ['--min-level', '3'],
    ['--bundle', 'x.json'],
    ['--cert-identity', 'x'],
    ['--trusted-root', 'x.json'],
    ['--vsa-out', 'out'],
    ['--no-subject-check'],
  ])('verify --layout with %s', async (...opt) => {
    await expect(
      runVerify(['--layout', 'root.layout', '--layout-key', 'k.pub', ...opt.filter((x) => x !== undefined)]),
    ).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(/--layout/) });
  });
  test('layout options without --layout', async () => {
    await expect(runVerify(['app.tgz', '--links', 'dir'])).rejects.toMatchObject({ code: 'USAGE' });
  });
});

describe('finding 12: every bundle field is canonical and checked', () => {
  let b: Record<string, any>;
  const policy: Policy = { sourceRepo: 'octo/app' };
  beforeAll(async () => {
    b = await signKeyless(full, token({ repo: 'octo/app' }), provenance({ repo: 'octo/app' }));
  });
  test('the honest bundle verifies', () => {
    expect(failed(verify(b, policy))).toBe('');
  });
  test('junk after base64 padding in payload, signature and certificate', () => {
    const cases: Array<(x: Record<string, any>) => void> = [
      // junk after the padding (a payload without padding gets one '=' first)
      (x) => (x.dsseEnvelope.payload += x.dsseEnvelope.payload.endsWith('=') ? 'AA==' : '=AAA'),
      (x) => (x.dsseEnvelope.payload += 'A'),
      (x) => (x.dsseEnvelope.signatures[0].sig += x.dsseEnvelope.signatures[0].sig.endsWith('=') ? 'QQ' : '=QQ'),
      // padding dropped (or, unpadded, one padding character too many)
      (x) =>
        (x.dsseEnvelope.payload = x.dsseEnvelope.payload.endsWith('=')
          ? x.dsseEnvelope.payload.replace(/=*$/, '')
          : `${x.dsseEnvelope.payload}=`),
      // non-zero trailing bits: the same bytes under another spelling
      (x) =>
        (x.verificationMaterial.certificate.rawBytes = x.verificationMaterial.certificate.rawBytes.endsWith('=')
          ? x.verificationMaterial.certificate.rawBytes.replace(
              /([A-Za-z0-9+/])(=+)$/,
              (_m: string, c: string, p: string) => String.fromCharCode(c.charCodeAt(0) + 1) + p,
            )
          : `${x.verificationMaterial.certificate.rawBytes}=`),
      (x) =>
        (x.dsseEnvelope.payload =
          x.dsseEnvelope.payload.replace(/\+/g, '-').replace(/\//g, '_') +
          (/[+/]/.test(x.dsseEnvelope.payload) ? '' : '!')),
      (x) => (x.dsseEnvelope.payload = ` ${x.dsseEnvelope.payload}`),
      (x) => (x.verificationMaterial.certificate.rawBytes += '=='),
    ];
    for (const [i, mutate] of cases.entries()) {
      const m = clone(b);
      mutate(m);
      const r = verify(m, policy);
      expect([i, r.verified]).toEqual([i, false]);
      expect(failed(r)).toMatch(/\[BUNDLE_INVALID\] .*base64/);
    }
  });
  test('inclusionProof: a flipped rootHash or treeSize+1 fails', () => {
    const proof = b.verificationMaterial.tlogEntries[0].inclusionProof;
    expect(proof).toBeDefined();
    const root = Buffer.from(proof.rootHash, 'base64');
    root[0] ^= 1;
    const flipped = clone(b);
    flipped.verificationMaterial.tlogEntries[0].inclusionProof.rootHash = root.toString('base64');
    expect(failed(verify(flipped, policy))).toMatch(/\[TLOG_INVALID\] .*root hash/);
    const bigger = clone(b);
    bigger.verificationMaterial.tlogEntries[0].inclusionProof.treeSize = String(BigInt(proof.treeSize) + 1n);
    expect(failed(verify(bigger, policy))).toMatch(/\[TLOG_INVALID\] .*tree size/);
    // without a signed promise, the entry's index and time are signed by nothing: they must be the proof's (none)
    const proofOnly = clone(b);
    delete proofOnly.verificationMaterial.tlogEntries[0].inclusionPromise;
    proofOnly.verificationMaterial.tlogEntries[0].logIndex = proof.logIndex ?? '0';
    const idx = clone(proofOnly);
    idx.verificationMaterial.tlogEntries[0].logIndex = String(BigInt(proof.logIndex ?? '0') + 7n);
    expect(failed(verify(idx, policy))).toMatch(/\[TLOG_INVALID\] .*logIndex/);
    expect(failed(verify(proofOnly, policy))).toMatch(/\[TLOG_INVALID\] .*integratedTime/);
    proofOnly.verificationMaterial.tlogEntries[0].integratedTime = '0';
    expect(failed(verify(proofOnly, policy))).toBe('');
  });
  test('a flipped algorithm OID inside the RFC 3161 timestamp fails', () => {
    const ts = Buffer.from(
      b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp,
      'base64',
    );
    // every OID of the SignedData's algorithm identifiers: sha256 (2.16.840.1.101.3.4.2.1) and ecdsa-with-SHA256
    // (1.2.840.10045.4.3.2); flip the last arc of each occurrence, one at a time
    const oids = [Buffer.from('0609608648016503040201', 'hex'), Buffer.from('06082a8648ce3d040302', 'hex')];
    let tried = 0;
    for (const oid of oids) {
      for (let at = ts.indexOf(oid); at >= 0; at = ts.indexOf(oid, at + 1)) {
        for (const arc of [0x02, 0x03, 0x09]) {
          const m = Buffer.from(ts);
          if (m[at + oid.length - 1] === arc) continue;
          m[at + oid.length - 1] = arc;
          const x = clone(b);
          x.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp = m.toString('base64');
          const r = verify(x, policy);
          expect([oid.toString('hex'), at, arc, r.verified]).toEqual([oid.toString('hex'), at, arc, false]);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThanOrEqual(6);
  });
});

describe("level 2 needs GitHub's issuer, not a host that begins like it", () => {
  test("…githubusercontent.com.evil.example stays at L1; an enterprise issuer below GitHub's reaches L2", async () => {
    const evil = await signKeyless(
      full,
      token({ repo: 'octo/app', iss: `${GH}.evil.example` }),
      provenance({ repo: 'octo/app' }),
    );
    const r = verify(evil, { certOidcIssuer: `${GH}.evil.example`, sourceRepo: 'octo/app' });
    expect(r.slsaLevel).toBe(1);
    expect(r.nextLevel.join(' ')).toContain(`issuer '${GH}.evil.example' is not GitHub Actions`);
    const enterprise = await signKeyless(
      full,
      token({ repo: 'octo/app', iss: `${GH}/octo-enterprise` }),
      provenance({ repo: 'octo/app' }),
    );
    const e = verify(enterprise, { certOidcIssuer: `${GH}/octo-enterprise`, sourceRepo: 'octo/app' });
    expect(e.nextLevel.join(' ')).not.toContain('is not GitHub Actions');
    expect(e.slsaLevel).toBeGreaterThanOrEqual(2);
  });
});

describe('--source-repo OWNER/REPO with a dot in the repository name', () => {
  test('octo/my.repo matches its certificate; octo/my does not', async () => {
    const b = await signKeyless(full, token({ repo: 'octo/my.repo' }), provenance({ repo: 'octo/my.repo' }));
    expect(failed(verify(b, { sourceRepo: 'octo/my.repo' }))).toBe('');
    expect(failed(verify(b, { sourceRepo: 'octo/my' }))).toMatch(/IDENTITY_MISMATCH.*is not 'octo\/my'/);
    expect(failed(verify(b, { signerRepo: 'octo/my.repo' }))).toBe('');
  });
});
