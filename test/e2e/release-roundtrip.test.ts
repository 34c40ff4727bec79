/**
 * Issue 13, point 9: the README's release workflow, run as the runner runs it, then the README's downstream
 * verifications on every published copy.
 *
 * Everything the README shows is read from README.md, never retyped: the release workflow (its trigger, its
 * permissions, the `with:` of the attest step and of the verify step after it), the downstream commands, the key
 * variant's `private-key` input and the CLI's key-verification line. The attest action (dist/attest.js) runs with
 * `INPUT_*` from that YAML, `GITHUB_*` variables and an event file, against a fake GitHub (OIDC token endpoint, REST
 * API, release uploads, the artifact service) and a local Sigstore (@sigstore/mock's Fulcio and Rekor) on 127.0.0.1.
 * The only additions are the local test services: `fulcio-url`/`rekor-url` for signing and `--trusted-root` /
 * `trusted-root` for verifying (as a private Sigstore deployment is used).
 *
 * Each copy is verified: the file on disk, the release asset as uploaded, the attestations API's stored bundle, and
 * the workflow artifact's zip content; with `provenant verify` (dist/cli.js) and the verify action
 * (dist/verify-action.js), keyless and key-signed; plus a `gh attestation verify`-style policy check of the keyless
 * bundle built directly on @sigstore/verify.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { REPO_ROOT } from '../support/paths.js';
import { ensureBuilt, githubEnv, runAction, runCli, type ActionRun } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

// ---------------------------------------------------------------------------------------------------------------
// What the README says
// ---------------------------------------------------------------------------------------------------------------
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const section = (heading: string) => {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README: no section '${heading}'`);
  const next = README.indexOf('\n## ', start + heading.length + 2);
  return README.slice(start, next < 0 ? undefined : next);
};
const RELEASE = section('## Attest in a release workflow');
const CLI = section('## CLI');
const fenced = (text: string, lang: string) =>
  [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\``, 'g'))].map((m) => m[1]);

interface Step {
  uses?: string;
  id?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
}
const WORKFLOW = parse(fenced(RELEASE, 'yaml')[0]) as {
  on: { release?: { types?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const STEPS = Object.values(WORKFLOW.jobs)[0].steps;
const ATTEST_STEP = STEPS.find((s) => s.uses?.endsWith('/provenant@v1'))!;
const VERIFY_STEP = STEPS.find((s) => s.uses?.endsWith('/provenant/verify@v1'))!;
/** The downstream commands, in the README's order (one per line of the block after "Downstream"). */
const DOWNSTREAM = fenced(RELEASE.slice(RELEASE.indexOf('Downstream')), 'sh')[0]
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const words = (line: string) =>
  line
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/);
const DOWNSTREAM_BUNDLE = words(
  DOWNSTREAM.find((l) => l.startsWith('provenant verify') && l.includes('--bundle'))!,
).slice(1);
const DOWNSTREAM_REPO = words(DOWNSTREAM.find((l) => l.startsWith('provenant verify') && l.includes('--repo'))!).slice(
  1,
);
const GH_VERIFY = words(DOWNSTREAM.find((l) => l.startsWith('gh attestation verify'))!);
/** The key variant: "With a key instead (`private-key: ${{ secrets.X }}`" */
const KEY_INPUT = /With a key instead \(`([a-z-]+): (\$\{\{ [^}]+ \}\})`/.exec(RELEASE)!;
/** The CLI's key verification line: `provenant verify dist/app.tar.gz --key key.pub`. */
const CLI_KEY_VERIFY = words(
  fenced(CLI, 'sh')[0]
    .split('\n')
    .find((l) => /^provenant verify \S+ --key \S+\s*(#|$)/.test(l))!,
).slice(1);

/** `${{ expr }}` in a `with:` value, as the runner expands it (only the contexts the README uses). */
function expand(v: unknown, ctx: Record<string, string>): string {
  return String(v).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
    if (!(e in ctx)) throw new Error(`README expression '${e}' is not known to the test`);
    return ctx[e];
  });
}
const withInputs = (step: Step, ctx: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, ctx)]));

// ---------------------------------------------------------------------------------------------------------------
// The run: repository o/r (the README's), a release of v1.2.3
// ---------------------------------------------------------------------------------------------------------------
const REPO = 'o/r';
const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
const claims = (tag: string) => ({
  iss: 'https://token.actions.githubusercontent.com',
  sub: `repo:${REPO}:ref:refs/tags/${tag}`,
  // the mock Fulcio's certificate SAN (real Fulcio takes it from job_workflow_ref)
  fulcio_san: `https://github.com/${REPO}/.github/workflows/release.yml@refs/tags/${tag}`,
  job_workflow_ref: `${REPO}/.github/workflows/release.yml@refs/tags/${tag}`,
  workflow_ref: `${REPO}/.github/workflows/release.yml@refs/tags/${tag}`,
  repository: REPO,
  repository_owner: 'o',
  repository_id: '1296269',
  repository_owner_id: '583231',
  ref: `refs/tags/${tag}`,
  sha: SHA,
  event_name: 'release',
  run_id: '1536140711',
  run_attempt: '1',
  runner_environment: 'github-hosted',
  repository_visibility: 'public',
});

let dir: string;
let inst: SigstoreInstance;
let gh: FakeGitHub;
let keyPem: string;
let keyPub: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-roundtrip-'));
  mkdirSync(join(dir, 'sigstore'));
  inst = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'sigstore') });
  gh = await startFakeGitHub(claims('v1.2.3'));
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  keyPem = kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  keyPub = join(dir, 'key.pub');
  writeFileSync(keyPub, kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
}, 120000);
afterAll(async () => {
  await Promise.all([inst?.close(), gh?.close()]);
});

/** A checkout after `make dist`: dist/app.tar.gz and a lockfile (materials: auto). */
function workspace(name: string, content: string): string {
  const ws = join(dir, name);
  mkdirSync(join(ws, 'dist'), { recursive: true });
  writeFileSync(join(ws, 'dist', 'app.tar.gz'), content);
  const integrity = `sha512-${createHash('sha512').update('left-pad').digest('base64')}`;
  writeFileSync(
    join(ws, 'package-lock.json'),
    JSON.stringify({
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app' },
        'node_modules/left-pad': {
          version: '1.3.0',
          resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
          integrity,
        },
      },
    }),
  );
  return ws;
}

/** The runner's environment for the README's trigger and permissions. */
function runnerEnv(ws: string, tag: string): Record<string, string> {
  expect(WORKFLOW.on.release?.types).toContain('published');
  const perms = WORKFLOW.permissions;
  expect(perms).toMatchObject({ 'id-token': 'write', contents: 'write', attestations: 'write' });
  const event = {
    action: 'published',
    release: { tag_name: tag },
    repository: { full_name: REPO, visibility: 'public' },
  };
  return githubEnv(ws, event, {
    GITHUB_EVENT_NAME: 'release',
    GITHUB_REPOSITORY: REPO,
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_SHA: SHA,
    GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/release.yml@refs/tags/${tag}`,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: 'ghs_faketoken',
    // id-token: write
    ...(perms['id-token'] === 'write'
      ? { ACTIONS_ID_TOKEN_REQUEST_URL: gh.oidcRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: gh.oidcRequestToken }
      : {}),
    ACTIONS_RUNTIME_TOKEN: gh.runtimeToken,
    ACTIONS_RESULTS_URL: `${gh.url}/`,
    PROVENANT_RETRY_BASE_MS: '20',
  });
}

/** The next step of the same job: same runner (RUNNER_TEMP, workspace), its own outputs and summary. */
function nextStep(env: Record<string, string>, name: string): Record<string, string> {
  return {
    ...env,
    GITHUB_OUTPUT: join(env.RUNNER_TEMP, `${name}.output`),
    GITHUB_STEP_SUMMARY: join(env.RUNNER_TEMP, `${name}.md`),
  };
}

interface Copies {
  run: ActionRun;
  ws: string;
  env: Record<string, string>;
  /** each published copy of the .intoto.jsonl / bundle, as a file a user would hold */
  files: Record<'disk' | 'release' | 'artifact' | 'api', string>;
}

/** Runs the README's attest step, then collects every published copy as the user downstream would get it. */
async function releaseRun(
  name: string,
  tag: string,
  extra: Record<string, string>,
  secrets: Record<string, string>,
): Promise<Copies> {
  gh.claims = claims(tag);
  gh.releases.set(tag, { id: 100 + gh.releases.size, tag, assets: [] });
  const ws = workspace(name, `the ${name} release tarball`);
  const env = runnerEnv(ws, tag);
  const ctx = { 'github.workflow_ref': env.GITHUB_WORKFLOW_REF, ...secrets };
  const inputs = { ...withInputs(ATTEST_STEP, ctx), ...extra };
  expect(inputs.publish).toBe('files, attestations-api, release, artifact');
  const run = await runAction('attest.js', inputs, env);
  expect(run.stdout + run.stderr).not.toMatch(/::error::/);
  expect(run.code).toBe(0);
  const copies = join(dir, `${name}-copies`);
  for (const c of ['release', 'artifact', 'api']) mkdirSync(join(copies, c), { recursive: true });
  // the release asset as uploaded
  const asset = gh.releases.get(tag)!.assets.find((a) => a.name === 'app.tar.gz.intoto.jsonl')!;
  writeFileSync(join(copies, 'release', asset.name), asset.data);
  // the workflow artifact's zip, unzipped
  const published = JSON.parse(run.outputs.published) as Array<{ target: string; items: Array<{ id?: string }> }>;
  const artifactId = published.find((p) => p.target === 'artifact')!.items[0].id;
  const art = gh.artifacts.filter((a) => a.name === 'provenance' && a.finalized).at(-1)!;
  const zip = join(copies, 'artifact.zip');
  writeFileSync(zip, art.blob);
  execFileSync('/usr/bin/python3', [
    '-c',
    'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
    zip,
    join(copies, 'artifact'),
  ]);
  // the attestations API's stored bundle, downloaded by digest as gh does
  const digest = createHash('sha256')
    .update(readFileSync(join(ws, 'dist', 'app.tar.gz')))
    .digest('hex');
  const res = await fetch(`${gh.url}/repos/${REPO}/attestations/sha256:${digest}`);
  expect(res.status).toBe(200);
  const stored = (await res.json()) as { attestations: Array<{ bundle: unknown }> };
  expect(stored.attestations).toHaveLength(1);
  writeFileSync(join(copies, 'api', 'app.tar.gz.sigstore.json'), JSON.stringify(stored.attestations[0].bundle));
  expect(artifactId).toMatch(/^\d+$/);
  return {
    run,
    ws,
    env,
    files: {
      disk: run.outputs['intoto-jsonl-path'],
      release: join(copies, 'release', 'app.tar.gz.intoto.jsonl'),
      artifact: join(copies, 'artifact', 'app.tar.gz.intoto.jsonl'),
      api: join(copies, 'api', 'app.tar.gz.sigstore.json'),
    },
  };
}

/** A user's download folder: the release's app.tar.gz and one copy of its attestation, under the README's name. */
function downloadFolder(c: Copies, copy: keyof Copies['files']): string {
  const d = mkdtempSync(join(dir, `dl-${copy}-`));
  copyFileSync(join(c.ws, 'dist', 'app.tar.gz'), join(d, 'app.tar.gz'));
  copyFileSync(c.files[copy], join(d, 'app.tar.gz.intoto.jsonl'));
  return d;
}

/** `gh attestation verify ARTIFACT --repo OWNER/REPO`, built on @sigstore/verify: signature, log, SAN, issuer, source repository. */
function ghAttestationVerify(bundleJson: unknown, artifact: Buffer, args: string[]): { predicateType: string } {
  const repo = args[args.indexOf('--repo') + 1];
  const material = toTrustMaterial(TrustedRoot.fromJSON(inst.trustedRoot));
  const bundle = bundleFromJSON(bundleJson);
  const der = (s: string) => Buffer.concat([Buffer.from([0x0c, Buffer.byteLength(s)]), Buffer.from(s)]);
  const escaped = repo.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  new Verifier(material, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }).verify(
    toSignedEntity(bundle),
    {
      // gh's default: the signer workflow lives in the repository, issued by GitHub Actions
      subjectAlternativeName: new RegExp(`^https://github\\.com/${escaped}/`),
      extensions: { issuer: 'https://token.actions.githubusercontent.com' },
      // Source Repository URI (1.3.6.1.4.1.57264.1.12)
      oids: [{ oid: { id: [1, 3, 6, 1, 4, 1, 57264, 1, 12] }, value: der(`https://github.com/${repo}`) }],
    },
  );
  const st = JSON.parse(
    Buffer.from((bundleJson as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64').toString(),
  );
  const digest = createHash('sha256').update(artifact).digest('hex');
  if (!st.subject.some((s: { digest: Record<string, string> }) => s.digest.sha256 === digest))
    throw new Error('artifact digest is not a subject');
  return { predicateType: st.predicateType };
}

describe('the README release workflow, then every published copy verifies', () => {
  let keyless: Copies;

  test('the README snippets are what this test runs', () => {
    expect(ATTEST_STEP.id).toBe('attest');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, as the README has it
    expect(VERIFY_STEP.with?.bundles).toBe('${{ steps.attest.outputs.bundle-path }}');
    expect(DOWNSTREAM_BUNDLE.slice(0, 4)).toEqual(['verify', 'app.tar.gz', '--bundle', 'app.tar.gz.intoto.jsonl']);
    expect(DOWNSTREAM_REPO).toContain('--repo');
    expect(GH_VERIFY.slice(0, 4)).toEqual(['gh', 'attestation', 'verify', 'app.tar.gz']);
    expect(KEY_INPUT[1]).toBe('private-key');
    expect(CLI_KEY_VERIFY).toEqual(['verify', 'dist/app.tar.gz', '--key', 'key.pub']);
  });

  test('keyless: the attest step publishes files, attestations API, release and artifact; the job summary links each copy', async () => {
    keyless = await releaseRun('keyless', 'v1.2.3', { 'fulcio-url': inst.fulcioURL, 'rekor-url': inst.rekorURL! }, {});
    const published = JSON.parse(keyless.run.outputs.published) as Array<{
      target: string;
      ok: boolean;
      items: Array<{ id?: string; url?: string }>;
    }>;
    expect(published.map((p) => [p.target, p.ok])).toEqual([
      ['files', true],
      ['attestations-api', true],
      ['release', true],
      ['artifact', true],
    ]);
    // issue 13, point 6, through dist/attest.js: a separate Published table, a link for every copy (the workflow
    // artifact's page included), workspace-relative lockfile paths, no <br> in the subject table
    const s = keyless.run.summary;
    const artifactId = published.find((p) => p.target === 'artifact')!.items[0].id;
    const artifactUrl = `https://github.com/${REPO}/actions/runs/1536140711/artifacts/${artifactId}`;
    expect(published.find((p) => p.target === 'artifact')!.items[0].url).toBe(artifactUrl);
    const lines = s.split('\n');
    const pub = lines.indexOf('| Published | Where |');
    expect(pub).toBeGreaterThan(lines.findIndex((l) => l.startsWith('| Lockfile |')));
    expect(lines[pub - 1]).toBe('');
    expect(s).toContain(`| artifact: provenance | [${artifactUrl}](${artifactUrl}) |`);
    expect(s).toContain(`(https://github.com/${REPO}/attestations/${keyless.run.outputs['attestation-id']})`);
    expect(s).toContain('(https://github.com/releases/download/v1.2.3/app.tar.gz.intoto.jsonl)');
    expect(s).toContain('| package-lock.json | npm lockfileVersion 3 |');
    expect(s).not.toContain('<br>');
  }, 120000);

  test('keyless: the verify step of the same job (bundles: steps.attest.outputs.bundle-path) says L2', async () => {
    const env = nextStep(keyless.env, 'verify');
    const ctx = {
      'steps.attest.outputs.bundle-path': keyless.run.outputs['bundle-path'],
      'github.workflow_ref': env.GITHUB_WORKFLOW_REF,
    };
    const r = await runAction(
      'verify-action.js',
      { ...withInputs(VERIFY_STEP, ctx), 'trusted-root': inst.trustedRootPath },
      env,
    );
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ verified: 'true', 'slsa-level': '2' });
  }, 60000);

  test.each(['disk', 'release', 'artifact'] as const)(
    'keyless, the %s copy: the README downstream command verifies it (provenant verify, L2)',
    async (copy) => {
      const d = downloadFolder(keyless, copy);
      const r = await runCli([...DOWNSTREAM_BUNDLE, '--trusted-root', inst.trustedRootPath], { cwd: d });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /^app\.tar\.gz\tyes\tL2\thttps:\/\/github\.com\/o\/r\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3\t/m,
      );
    },
    60000,
  );

  test('keyless, the attestations API copy: the README --repo command downloads and verifies it (L2)', async () => {
    const d = downloadFolder(keyless, 'disk');
    const r = await runCli([...DOWNSTREAM_REPO, '--trusted-root', inst.trustedRootPath], {
      cwd: d,
      env: { GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'ghs_reader' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^app\.tar\.gz\tyes\tL2\t/m);
    // and the stored bundle, as a file, with the README's --bundle command
    const f = await runCli(
      [
        ...DOWNSTREAM_BUNDLE.map((a) => (a === 'app.tar.gz.intoto.jsonl' ? keyless.files.api : a)),
        '--trusted-root',
        inst.trustedRootPath,
      ],
      { cwd: d },
    );
    expect(f.code).toBe(0);
  }, 60000);

  test.each(['disk', 'release', 'artifact', 'api'] as const)(
    'keyless, the %s copy: the verify action accepts it (L2)',
    async (copy) => {
      const env = nextStep(runnerEnv(keyless.ws, 'v1.2.3'), `verify-${copy}`);
      const ctx = {
        'steps.attest.outputs.bundle-path': keyless.files[copy],
        'github.workflow_ref': env.GITHUB_WORKFLOW_REF,
      };
      const inputs: Record<string, string> = { ...withInputs(VERIFY_STEP, ctx), 'trusted-root': inst.trustedRootPath };
      const r = await runAction('verify-action.js', inputs, env);
      expect(r.stdout).not.toMatch(/::error::/);
      expect(r.outputs).toMatchObject({ verified: 'true', 'slsa-level': '2' });
      expect(r.code).toBe(0);
      if (copy === 'api') {
        // the repo input instead of bundles: the verify action downloads the API's copy itself
        const { bundles: _unused, ...rest } = inputs;
        const viaApi = await runAction(
          'verify-action.js',
          { ...rest, repo: REPO, 'github-token': 'ghs_reader' },
          nextStep(env, 'verify-api-repo'),
        );
        expect(viaApi.outputs).toMatchObject({ verified: 'true', 'slsa-level': '2' });
      }
    },
    60000,
  );

  test('keyless: gh attestation verify (as @sigstore/verify policy: SAN, issuer, source repository) accepts the API copy', async () => {
    const bundle = JSON.parse(readFileSync(keyless.files.api, 'utf8'));
    const artifact = readFileSync(join(keyless.ws, 'dist', 'app.tar.gz'));
    expect(ghAttestationVerify(bundle, artifact, GH_VERIFY)).toEqual({
      predicateType: 'https://slsa.dev/provenance/v1',
    });
    // the release asset and the artifact's file are the same bundle: the same policy accepts them
    for (const copy of ['release', 'artifact', 'disk'] as const) {
      expect(() =>
        ghAttestationVerify(JSON.parse(readFileSync(keyless.files[copy], 'utf8')), artifact, GH_VERIFY),
      ).not.toThrow();
    }
    // the policy is a real constraint: another repository, or another artifact, is refused
    expect(() => ghAttestationVerify(bundle, artifact, ['--repo', 'o/other'])).toThrow(
      /certificate identity error|UNTRUSTED_SIGNER|identity/i,
    );
    expect(() => ghAttestationVerify(bundle, Buffer.from('another file'), GH_VERIFY)).toThrow(/not a subject/);
  }, 60000);

  describe("key-signed (the README's private-key variant)", () => {
    let keyed: Copies;
    test('the same workflow with private-key publishes every copy', async () => {
      const secret = /\$\{\{\s*(\S+)\s*\}\}/.exec(KEY_INPUT[2])![1];
      keyed = await releaseRun('keyed', 'v2.0.0', { [KEY_INPUT[1]]: expand(KEY_INPUT[2], { [secret]: keyPem }) }, {});
      expect(JSON.parse(readFileSync(keyed.files.disk, 'utf8')).verificationMaterial.publicKey).toBeTruthy();
      // the PEM never reaches the log or the outputs
      // (the ::add-mask:: commands carry it to the runner, which removes them from the log)
      const log = (keyed.run.stdout + keyed.run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
      expect(log.join('\n') + JSON.stringify(keyed.run.outputs)).not.toContain(keyPem.split('\n')[1]);
    }, 120000);

    test.each(['disk', 'release', 'artifact', 'api'] as const)(
      'key-signed, the %s copy: the README CLI line and the verify action accept it (L1)',
      async (copy) => {
        const d = mkdtempSync(join(dir, `dl-key-${copy}-`));
        mkdirSync(join(d, 'dist'));
        copyFileSync(join(keyed.ws, 'dist', 'app.tar.gz'), join(d, 'dist', 'app.tar.gz'));
        copyFileSync(keyPub, join(d, 'key.pub'));
        // the disk copy: found where the attest step wrote it ($RUNNER_TEMP/provenant), as the README line says
        const args = copy === 'disk' ? CLI_KEY_VERIFY : [...CLI_KEY_VERIFY, '--bundle', keyed.files[copy]];
        const r = await runCli([...args, '--json'], {
          cwd: d,
          env: copy === 'disk' ? { RUNNER_TEMP: keyed.env.RUNNER_TEMP } : {},
        });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).results[0]).toMatchObject({
          artifact: 'dist/app.tar.gz',
          verified: true,
          slsaLevel: 1,
        });
        const env = nextStep(runnerEnv(keyed.ws, 'v2.0.0'), `verify-key-${copy}`);
        const v = await runAction(
          'verify-action.js',
          { artifacts: String(VERIFY_STEP.with!.artifacts), bundles: keyed.files[copy], keys: keyPub },
          env,
        );
        expect(v.stdout).not.toMatch(/::error::/);
        expect(v.outputs).toMatchObject({ verified: 'true', 'slsa-level': '1' });
        // the README's min-slsa-level: 2 is not met by a key: the level found (L1) and the verdict are reported apart
        const min = await runAction(
          'verify-action.js',
          {
            artifacts: String(VERIFY_STEP.with!.artifacts),
            bundles: keyed.files[copy],
            keys: keyPub,
            'min-slsa-level': String(VERIFY_STEP.with!['min-slsa-level']),
          },
          nextStep(env, 'min'),
        );
        expect(min.code).toBe(1);
        expect(min.outputs).toMatchObject({ verified: 'false', 'slsa-level': '1' });
      },
      60000,
    );
  });
});
