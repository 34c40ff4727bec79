/**
 * Issue 12 finding 2: an npm attestations document ({"attestations":[{"predicateType","bundle"}]}) goes through
 * exactly the same policy as every other container (a bare bundle, JSON Lines). A Statement signed on the local
 * Sigstore by an unrelated identity, wrapped in the npm document form, must be rejected by each policy option; a
 * document lacking the SLSA provenance the policy needs fails; a real-shaped document (registry-signed publish
 * attestation + provenance of the right identity) passes.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeySigner } from '../../src/signing/key-signer.js';
import { createSigstoreSigner } from '../../src/signing/sigstore.js';
import { verifyArtifacts, type Policy } from '../../src/verify/index.js';
import { ensureBuilt, runCli } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';

const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
const VICTIM_WF = 'octo/app/.github/workflows/release.yml@refs/heads/main';
const VICTIM_SAN = `https://github.com/${VICTIM_WF}`;
const GITHUB = 'https://token.actions.githubusercontent.com';

const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${enc({ alg: 'RS256' })}.${enc({ aud: 'sigstore', ...claims })}.c2ln`;
const ghClaims = (repo: string, wf: string, ref: string, runner: string) => ({
  iss: GITHUB,
  sub: `repo:${repo}:ref:${ref}`,
  fulcio_san: `https://github.com/${wf}`,
  job_workflow_ref: wf,
  workflow_ref: wf,
  repository: repo,
  repository_owner: repo.split('/')[0],
  repository_id: '1',
  repository_owner_id: '2',
  ref,
  sha: SHA,
  event_name: 'push',
  run_id: '3',
  run_attempt: '1',
  runner_environment: runner,
  repository_visibility: 'public',
});

let inst: SigstoreInstance;
let dir: string;
let digest: string;
const files: Record<string, string> = {};

function statement(predicateType: string, predicate: Record<string, unknown>) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'pkg:npm/app@1.0.0', digest: { sha256: digest } }],
    predicateType,
    predicate,
  };
}
const provenance = (repo: string, wf: string, ref: string) =>
  statement('https://slsa.dev/provenance/v1', {
    buildDefinition: {
      buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
      externalParameters: {
        workflow: { ref, repository: `https://github.com/${repo}`, path: '.github/workflows/release.yml' },
      },
      internalParameters: {
        github: {
          event_name: 'push',
          repository_id: '1',
          repository_owner_id: '2',
          runner_environment: 'github-hosted',
        },
      },
      resolvedDependencies: [{ uri: `git+https://github.com/${repo}@${ref}`, digest: { gitCommit: SHA } }],
    },
    runDetails: {
      builder: { id: `https://github.com/${wf}` },
      metadata: { invocationId: `https://github.com/${repo}/actions/runs/3/attempts/1` },
    },
  });

async function keyless(token: string, st: object): Promise<Record<string, unknown>> {
  const s = createSigstoreSigner({
    endpoints: { instance: 'custom', fulcioURL: inst.fulcioURL, rekorURL: inst.rekorURL } as never,
    identityToken: token,
  });
  return (await s.sign(Buffer.from(JSON.stringify(st)), 'application/vnd.in-toto+json')).bundle as Record<
    string,
    unknown
  >;
}
const npmDoc = (...members: Array<[string, object]>) =>
  JSON.stringify({ attestations: members.map(([predicateType, bundle]) => ({ predicateType, bundle })) });
const predicateOf = (b: Record<string, any>) =>
  JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString()).predicateType as string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-npmdoc-'));
  mkdirSync(join(dir, 'root'));
  inst = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'root') });
  writeFileSync(join(dir, 'app.tgz'), 'the package');
  digest = createHash('sha256').update('the package').digest('hex');
  // the attacker: another repository's workflow on a self-hosted runner, on a feature branch; and a GitLab identity
  const evil = jwt(
    ghClaims(
      'evil/widget',
      'evil/widget/.github/workflows/release.yml@refs/heads/feature',
      'refs/heads/feature',
      'self-hosted',
    ),
  );
  const gitlab = jwt({
    iss: 'https://gitlab.example.com',
    sub: 'project_path:evil/widget',
    fulcio_san: 'https://gitlab.example.com/evil/widget//.gitlab-ci.yml@refs/heads/main',
  });
  const victim = jwt(ghClaims('octo/app', VICTIM_WF, 'refs/heads/main', 'github-hosted'));
  // the "registry" key signs npm publish attestations (key-signed bundle, as npm's registry does)
  const reg = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, 'registry.pub'), reg.publicKey.export({ type: 'spki', format: 'pem' }));
  const registry = createKeySigner(reg.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, undefined);
  const publish = statement(NPM_PUBLISH, { name: 'app', version: '1.0.0', registry: 'https://registry.npmjs.org' });
  const bundles: Record<string, Record<string, unknown>> = {
    evilPublish: await keyless(evil, publish),
    evilOther: await keyless(evil, statement('https://example.com/anything/v1', { hello: 'world' })),
    evilProvenance: await keyless(
      evil,
      provenance('evil/widget', 'evil/widget/.github/workflows/release.yml@refs/heads/feature', 'refs/heads/feature'),
    ),
    gitlabPublish: await keyless(gitlab, publish),
    victimProvenance: await keyless(victim, provenance('octo/app', VICTIM_WF, 'refs/heads/main')),
    registryPublish: (await registry.sign(Buffer.from(JSON.stringify(publish)), 'application/vnd.in-toto+json'))
      .bundle as Record<string, unknown>,
  };
  for (const [name, b] of Object.entries(bundles)) {
    // the same signed bundle in every container: bare bundle, JSON Lines, npm attestations document
    files[`${name}.bundle`] = join(dir, `${name}.sigstore.json`);
    writeFileSync(files[`${name}.bundle`], JSON.stringify(b));
    files[`${name}.jsonl`] = join(dir, `${name}.intoto.jsonl`);
    writeFileSync(files[`${name}.jsonl`], `${JSON.stringify(b)}\n${JSON.stringify(b)}\n`);
    files[`${name}.npm`] = join(dir, `${name}.npm.json`);
    writeFileSync(files[`${name}.npm`], npmDoc([predicateOf(b), b]));
  }
  // real-shaped documents: publish attestation by the registry key + provenance; and publish attestation alone
  files.realDoc = join(dir, 'real.npm.json');
  writeFileSync(
    files.realDoc,
    npmDoc([NPM_PUBLISH, bundles.registryPublish], ['https://slsa.dev/provenance/v1', bundles.victimProvenance]),
  );
  files.publishOnly = join(dir, 'publish-only.npm.json');
  writeFileSync(files.publishOnly, npmDoc([NPM_PUBLISH, bundles.registryPublish]));
  files.realPlusEvil = join(dir, 'real-plus-evil.npm.json');
  writeFileSync(
    files.realPlusEvil,
    npmDoc(
      [NPM_PUBLISH, bundles.registryPublish],
      ['https://slsa.dev/provenance/v1', bundles.victimProvenance],
      [NPM_PUBLISH, bundles.evilPublish],
    ),
  );
}, 120000);
afterAll(() => inst?.close());

async function judge(file: string, policy: Policy) {
  const r = await verifyArtifacts({
    artifacts: [join(dir, 'app.tgz')],
    bundles: [file],
    trustedRoot: inst.trustedRootPath,
    keys: [join(dir, 'registry.pub')],
    policy,
  });
  const res = r.results[0];
  return {
    verified: r.verified,
    level: res.slsaLevel,
    failed: res.checks
      .filter((c) => !c.ok)
      .map((c) => c.detail)
      .join(' | '),
  };
}

/** Each policy option the attacker's identity must not pass, with the failure it must report. */
const POLICIES: Array<[string, Policy, RegExp]> = [
  ['--cert-identity', { certIdentity: VICTIM_SAN }, /IDENTITY_MISMATCH/],
  ['--signer-workflow', { signerWorkflow: 'octo/app/.github/workflows/release.yml' }, /IDENTITY_MISMATCH/],
  ['--source-repo', { sourceRepo: 'octo/app' }, /IDENTITY_MISMATCH/],
  ['--source-branch', { sourceBranch: 'main' }, /POLICY_MISMATCH|PREDICATE_TYPE/],
  ['--deny-self-hosted-runners', { denySelfHostedRunners: true }, /IDENTITY_MISMATCH/],
  ['--min-level 1', { minLevel: 1 }, /LEVEL_TOO_LOW/],
  ['--min-level 3', { minLevel: 3 }, /LEVEL_TOO_LOW/],
];

describe('an npm attestations document goes through the same policy as every container (finding 2)', () => {
  test("control: the attacker's bundles are validly signed (no policy: verified, L0) in every container", async () => {
    for (const name of ['evilPublish', 'evilOther', 'gitlabPublish']) {
      for (const form of ['bundle', 'jsonl', 'npm']) {
        const r = await judge(files[`${name}.${form}`], {});
        expect([name, form, r.verified, r.level, r.failed]).toEqual([name, form, true, 0, '']);
      }
    }
  });

  for (const [label, policy, failure] of POLICIES) {
    test(`${label}: an unrelated identity is rejected in a bare bundle, JSON Lines and an npm document alike`, async () => {
      // the attacker's own consistent provenance is SLSA Build L1 (self-hosted runner): it meets --min-level 1 in
      // every container alike, and is checked for that below
      const names =
        policy.minLevel === 1 ? ['evilPublish', 'evilOther'] : ['evilPublish', 'evilOther', 'evilProvenance'];
      for (const name of names) {
        for (const form of ['bundle', 'jsonl', 'npm']) {
          const r = await judge(files[`${name}.${form}`], policy);
          expect([name, form, r.verified]).toEqual([name, form, false]);
          expect(r.failed).toMatch(failure);
          // a --min-level miss alone keeps the level the evidence supports (issue 13): the attacker's provenance is L1
          expect(r.level).toBe(name === 'evilProvenance' && policy.minLevel !== undefined ? 1 : 0);
        }
      }
    });
  }

  test("the attacker's own provenance (L1) gets the same verdict in every container", async () => {
    for (const policy of [{ minLevel: 1 }, { minLevel: 2 }, {}] as Policy[]) {
      const got = [];
      for (const form of ['bundle', 'jsonl', 'npm']) got.push(await judge(files[`evilProvenance.${form}`], policy));
      expect(got[1]).toEqual(got[0]);
      expect(got[2]).toEqual(got[0]);
      expect(got[0].verified).toBe(policy.minLevel !== 2);
      // the level the evidence supports, whatever the verdict (issue 13: a --min-level miss no longer says L0)
      expect(got[0].level).toBe(1);
    }
  });

  test('--cert-oidc-issuer: a GitLab identity in an npm document is rejected', async () => {
    for (const form of ['bundle', 'jsonl', 'npm']) {
      const r = await judge(files[`gitlabPublish.${form}`], { certOidcIssuer: GITHUB });
      expect([form, r.verified]).toEqual([form, false]);
      expect(r.failed).toMatch(/IDENTITY_MISMATCH.*issuer 'https:\/\/gitlab\.example\.com'/);
    }
  });

  test('a real-shaped document (registry publish attestation + provenance of the right identity) passes the policy', async () => {
    const policy: Policy = {
      certIdentity: VICTIM_SAN,
      certOidcIssuer: GITHUB,
      signerWorkflow: 'octo/app/.github/workflows/release.yml',
      sourceRepo: 'octo/app',
      sourceBranch: 'main',
      denySelfHostedRunners: true,
      minLevel: 2,
    };
    const r = await judge(files.realDoc, policy);
    expect(r).toEqual({ verified: true, level: 2, failed: '' });
    // one more member signed by the attacker: the document stands or falls as a whole
    const bad = await judge(files.realPlusEvil, policy);
    expect(bad.verified).toBe(false);
    expect(bad.failed).toMatch(/IDENTITY_MISMATCH/);
  });

  test('a document lacking the SLSA provenance the policy needs fails; with no policy it is L0', async () => {
    expect(await judge(files.publishOnly, {})).toEqual({ verified: true, level: 0, failed: '' });
    for (const policy of [
      { minLevel: 1 },
      { sourceRepo: 'octo/app' },
      { certIdentity: VICTIM_SAN },
      { sourceUri: 'github.com/octo/app' },
      { builderId: VICTIM_SAN },
      { sourceBranch: 'main' },
      // the options the publish attestation's relaxed checks drop must count as needing the provenance too
      { owner: 'octo' },
      { signerRepo: 'octo/app' },
      { certOidcIssuerRegex: '^https://token\\.actions\\.githubusercontent\\.com$' },
      { predicateTypes: ['https://slsa.dev/provenance/v1'] },
    ] as Policy[]) {
      const r = await judge(files.publishOnly, policy);
      expect([policy, r.verified]).toEqual([policy, false]);
      expect(r.failed).toMatch(/ATTESTATION_NOT_FOUND.*no SLSA provenance/);
    }
  });

  test('CLI: --min-level 3 on an unrelated identity wrapped in an npm document exits 1 (was 0 at L0)', async () => {
    // no identity constraint at all needs the explicit opt-out now; the level gate still applies to the document
    const r = await runCli(
      [
        'verify',
        'app.tgz',
        '--bundle',
        files['evilPublish.npm'],
        '--trusted-root',
        inst.trustedRootPath,
        '--min-level',
        '3',
        '--insecure-skip-identity',
        '--json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ verified: false, slsaLevel: 0 });
    const id = await runCli(
      [
        'verify',
        'app.tgz',
        '--bundle',
        files['evilPublish.npm'],
        '--trusted-root',
        inst.trustedRootPath,
        '--cert-identity',
        VICTIM_SAN,
      ],
      { cwd: dir },
    );
    expect(id.code).toBe(1);
    expect(id.stdout).toMatch(/IDENTITY_MISMATCH/);
  });
});
