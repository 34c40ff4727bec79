/**
 * Container images end to end: the attest action (dist/attest.js, as a runner runs it) attests an image in a real
 * local registry (docker-registry + skopeo) by its manifest digest, keyless against the local Sigstore and with a
 * key, pushes the bundle next to it (push-to-registry), and `provenant verify oci://…` (dist/cli.js) finds and
 * verifies it; images without attestations, tampered ones and attestations for another digest are rejected with
 * clear reasons; a registry that is down or refuses the credentials fails the step naming the image, the
 * credential source and the local file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushBundle } from '../../src/publish/registry.js';
import { ensureBuilt, githubEnv, runAction, runCli } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import {
  buildImageLayout,
  getManifest,
  skopeoPush,
  startRegistry,
  type BuiltImage,
  type LocalRegistry,
} from '../support/registry.js';
import { actionsClaims, WORKFLOW } from '../support/github-claims.js';

const claims = actionsClaims();
const PASSWORD = 'registry-s3cret-pa55';
const event = { repository: { id: 1296269, owner: { id: 583231 }, visibility: 'public' } };

let dir: string;
let ws: string;
let reg: LocalRegistry;
let sig: SigstoreInstance;
let gh: FakeGitHub;
let keys: { pub: string; priv: string };
const images: Record<string, BuiltImage> = {};

function env(extra: Record<string, string> = {}): Record<string, string> {
  return githubEnv(ws, event, {
    ACTIONS_ID_TOKEN_REQUEST_URL: gh.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: gh.oidcRequestToken,
    GITHUB_API_URL: gh.url,
    PROVENANT_RETRY_BASE_MS: '20',
    ...extra,
  });
}
const cliEnv = { REGPASS: PASSWORD, PROVENANT_RETRY_BASE_MS: '20' };
const creds = ['--registry-username', 'ci', '--registry-password-env', 'REGPASS'];
/** What a log shows: the runner masks every value registered with ::add-mask:: (core.setSecret), so those lines are not output. */
const shown = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-e2e-oci-'));
  ws = join(dir, 'ws');
  mkdirSync(ws);
  mkdirSync(join(dir, 'sig'));
  reg = await startRegistry({ auth: { user: 'ci', password: PASSWORD } });
  sig = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'sig') });
  gh = await startFakeGitHub(claims);
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  keys = { pub: join(dir, 'key.pub'), priv: kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string };
  writeFileSync(keys.pub, kp.publicKey.export({ type: 'spki', format: 'pem' }));
  for (const [name, tag] of [
    ['keyed', '1.2.3'],
    ['keyless', '1.2.3'],
    ['bare', '1'],
    ['other', '1'],
    ['denied', '1'],
    ['cli', '3'],
  ]) {
    images[name] = buildImageLayout(`${name} image`);
    skopeoPush(reg, images[name], `octo/${name}:${tag}`);
  }
  images.multi = buildImageLayout('multi image', 'latest', ['amd64', 'arm64']);
  skopeoPush(reg, images.multi, 'octo/multi:2');
}, 120000);

afterAll(async () => {
  await Promise.all([reg?.close(), sig?.close(), gh?.close()]);
});

describe('attest an image, push the attestation to its registry, verify oci://', () => {
  test('with a key: subject-image resolved to its digest, pushed, verified by tag and by digest', async () => {
    const r = await runAction(
      'attest.js',
      {
        'subject-image': `${reg.host}/octo/keyed:1.2.3`,
        'private-key': keys.priv,
        'push-to-registry': 'true',
        publish: 'files',
        'registry-username': 'ci',
        'registry-password': PASSWORD,
        'output-dir': join(dir, 'keyed'),
      },
      env(),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(shown(r.stdout + r.stderr) + JSON.stringify(r.outputs) + r.summary).not.toContain(PASSWORD);
    expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(r.stdout).toContain(
      `subject-image ${reg.host}/octo/keyed:1.2.3: ${reg.host}/octo/keyed@${images.keyed.digest}`,
    );
    const st = JSON.parse(
      Buffer.from(
        JSON.parse(readFileSync(r.outputs['intoto-jsonl-path'], 'utf8')).dsseEnvelope.payload,
        'base64',
      ).toString(),
    );
    expect(st.subject).toEqual([{ name: `${reg.host}/octo/keyed`, digest: { sha256: images.keyed.digest.slice(7) } }]);
    const published = JSON.parse(r.outputs.published) as Array<{
      target: string;
      ok: boolean;
      items: Array<{ name: string; id: string }>;
    }>;
    expect(published.map((p) => [p.target, p.ok])).toEqual([
      ['files', true],
      ['registry', true],
    ]);
    expect(published[1].items[0].name).toBe(`${reg.host}/octo/keyed@${images.keyed.digest}`);
    expect((await getManifest(reg, 'octo/keyed', published[1].items[0].id)).json.subject.digest).toBe(
      images.keyed.digest,
    );
    for (const ref of [`oci://${reg.host}/octo/keyed:1.2.3`, `oci://${reg.host}/octo/keyed@${images.keyed.digest}`]) {
      const v = await runCli(['verify', ref, '--key', keys.pub, ...creds, '--json'], { env: cliEnv });
      expect(v.stderr).toBe('');
      const res = JSON.parse(v.stdout);
      expect(res.results).toHaveLength(1);
      // --json digests are objects (issue 11)
      expect(res.results[0]).toMatchObject({
        artifact: ref,
        digest: { sha256: images.keyed.digest.slice(7) },
        verified: true,
      });
      expect(v.code).toBe(0);
    }
  }, 90000);

  test('verify oci:// --vsa-out: a signed VSA for the image digest, resourceUri the image reference', async () => {
    const keyFile = join(dir, 'vsa-key.pem');
    writeFileSync(keyFile, keys.priv);
    const ref = `oci://${reg.host}/octo/keyed:1.2.3`;
    const v = await runCli(
      ['verify', ref, '--key', keys.pub, ...creds, '--vsa-out', join(dir, 'vsa'), '--vsa-key', keyFile, '--json'],
      { env: cliEnv },
    );
    expect(v.code).toBe(0);
    const out = JSON.parse(v.stdout);
    expect(out.vsas).toHaveLength(1);
    const vsa = JSON.parse(readFileSync(out.vsas[0].path, 'utf8'));
    const st = JSON.parse(Buffer.from(vsa.dsseEnvelope.payload, 'base64').toString());
    expect(st.subject[0].digest.sha256).toBe(images.keyed.digest.slice(7));
    expect(st.predicate).toMatchObject({ resourceUri: ref, verificationResult: 'PASSED' });
  }, 60000);

  test('keyless (local Sigstore), credentials from docker config.json: verified with the signer identity, SLSA Build L2', async () => {
    const cfg = join(dir, 'docker');
    mkdirSync(cfg, { recursive: true });
    writeFileSync(
      join(cfg, 'config.json'),
      JSON.stringify({ auths: { [reg.host]: { auth: Buffer.from(`ci:${PASSWORD}`).toString('base64') } } }),
    );
    const r = await runAction(
      'attest.js',
      {
        'subject-image': `${reg.host}/octo/keyless:1.2.3`,
        'fulcio-url': sig.fulcioURL,
        'rekor-url': sig.rekorURL!,
        publish: 'files, registry',
        'output-dir': join(dir, 'keyless'),
      },
      env({ DOCKER_CONFIG: cfg }),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(shown(r.stdout + r.stderr)).not.toContain(PASSWORD);
    expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
    const v = await runCli(
      [
        'verify',
        `oci://${reg.host}/octo/keyless:1.2.3`,
        '--trusted-root',
        sig.trustedRootPath,
        '--signer-workflow',
        'octo/app/.github/workflows/release.yml',
        '--source-repo',
        'octo/app',
        '--json',
      ],
      { env: { DOCKER_CONFIG: cfg } },
    );
    const res = JSON.parse(v.stdout).results[0];
    expect(res).toMatchObject({
      verified: true,
      slsaLevel: 2,
      builderId: `https://github.com/${WORKFLOW}`,
      digest: { sha256: images.keyless.digest.slice(7) },
    });
    expect(v.code).toBe(0);
    // another signer workflow is refused
    const w = await runCli(
      [
        'verify',
        `oci://${reg.host}/octo/keyless:1.2.3`,
        '--trusted-root',
        sig.trustedRootPath,
        '--signer-workflow',
        'octo/app/.github/workflows/other.yml',
      ],
      { env: { DOCKER_CONFIG: cfg } },
    );
    expect(w.code).toBe(1);
    expect(w.stdout).toMatch(/IDENTITY_MISMATCH|POLICY_MISMATCH/);
  }, 90000);

  test('a multi-arch image: the index digest attested (and each platform with subject-image-platforms), pushed to each', async () => {
    const r = await runAction(
      'attest.js',
      {
        'subject-image': `${reg.host}/octo/multi:2`,
        'subject-image-platforms': 'true',
        'private-key': keys.priv,
        'push-to-registry': 'true',
        publish: 'files',
        'registry-username': 'ci',
        'registry-password': PASSWORD,
        'output-dir': join(dir, 'multi'),
      },
      env(),
    );
    expect(r.stdout + r.stderr).not.toMatch(/::error::/);
    expect(r.outputs['subject-count']).toBe('3');
    const pushed = JSON.parse(r.outputs.published)[1].items.map((i: { name: string }) => i.name.split('@')[1]);
    expect(pushed).toEqual([images.multi.digest, ...images.multi.platforms!.map((p) => p.digest)]);
    const v = await runCli(
      [
        'verify',
        `oci://${reg.host}/octo/multi:2`,
        `oci://${reg.host}/octo/multi@${images.multi.platforms![1].digest}`,
        '--key',
        keys.pub,
        ...creds,
        '--json',
      ],
      { env: cliEnv },
    );
    expect(JSON.parse(v.stdout).results.map((x: { verified: boolean }) => x.verified)).toEqual([true, true]);
  }, 90000);

  test('rejected with clear reasons: no attestation, an attestation for another digest, a tampered attestation', async () => {
    const none = await runCli(['verify', `oci://${reg.host}/octo/bare:1`, '--key', keys.pub, ...creds], {
      env: cliEnv,
    });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain(
      `✗ attestation: [ATTESTATION_NOT_FOUND] no attestation attached to ${reg.host}/octo/bare@${images.bare.digest}`,
    );
    // the keyed image's bundle, attached to another image
    const bundle = join(dir, 'keyed', 'keyed.sigstore.json');
    await pushBundle({
      image: `${reg.host}/octo/other`,
      digest: images.other.digest,
      bundlePath: bundle,
      credentials: { username: 'ci', password: PASSWORD },
    });
    const other = await runCli(['verify', `oci://${reg.host}/octo/other:1`, '--key', keys.pub, ...creds], {
      env: cliEnv,
    });
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/SUBJECT_MISMATCH/);
    // tampered: the subject digest rewritten to the bare image after signing
    const b = JSON.parse(readFileSync(bundle, 'utf8'));
    const st = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
    st.subject = [{ name: `${reg.host}/octo/bare`, digest: { sha256: images.bare.digest.slice(7) } }];
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    writeFileSync(join(dir, 'tampered.sigstore.json'), JSON.stringify(b));
    await pushBundle({
      image: `${reg.host}/octo/bare`,
      digest: images.bare.digest,
      bundlePath: join(dir, 'tampered.sigstore.json'),
      credentials: { username: 'ci', password: PASSWORD },
    });
    const t = await runCli(['verify', `oci://${reg.host}/octo/bare:1`, '--key', keys.pub, ...creds], { env: cliEnv });
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/SIGNATURE_INVALID/);
    // audit takes image references: one verified, one failed
    const a = await runCli(
      ['audit', `oci://${reg.host}/octo/keyed:1.2.3`, `oci://${reg.host}/octo/bare:1`, '--key', keys.pub, '--json'],
      { env: { DOCKER_CONFIG: join(dir, 'docker') } },
    );
    const audit = JSON.parse(a.stdout);
    expect(audit.results.map((x: { artifact: string; verified: boolean }) => [x.artifact, x.verified])).toEqual([
      [`oci://${reg.host}/octo/keyed:1.2.3`, true],
      [`oci://${reg.host}/octo/bare:1`, false],
    ]);
    expect(audit.totals).toMatchObject({ L1: 1, failed: 1 });
    expect(a.code).toBe(1);
  }, 90000);

  test('the verify action takes oci:// artifacts beside files: each verdict from its registry, the password never shown', async () => {
    writeFileSync(join(ws, 'plain.bin'), 'a file without attestation');
    const r = await runAction(
      'verify-action.js',
      {
        artifacts: `oci://${reg.host}/octo/keyed:1.2.3\noci://${reg.host}/octo/bare:1\nplain.bin`,
        keys: keys.pub,
        'registry-username': 'ci',
        'registry-password': PASSWORD,
      },
      env(),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(shown(r.stdout + r.stderr) + JSON.stringify(r.outputs) + r.summary).not.toContain(PASSWORD);
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.results.map((x: { artifact: string; verified: boolean }) => [x.artifact, x.verified])).toEqual([
      ['plain.bin', false],
      [`oci://${reg.host}/octo/keyed:1.2.3`, true],
      [`oci://${reg.host}/octo/bare:1`, false],
    ]);
    expect(JSON.stringify(report.results[2].checks)).toMatch(/SIGNATURE_INVALID/); // the tampered one pushed above
    expect(r.summary).toContain(`oci://${reg.host}/octo/keyed:1.2.3`);
    // an image alone, verified: the step passes
    const ok = await runAction(
      'verify-action.js',
      {
        artifacts: `oci://${reg.host}/octo/keyed@${images.keyed.digest}`,
        keys: keys.pub,
        'registry-username': 'ci',
        'registry-password': PASSWORD,
      },
      env(),
    );
    expect(ok.stdout + ok.stderr).not.toMatch(/::error::/);
    expect(ok.code).toBe(0);
    expect(ok.outputs.verified).toBe('true');
    // wrong credentials: a clear registry error naming the inputs, not the secret
    const denied = await runAction(
      'verify-action.js',
      {
        artifacts: `oci://${reg.host}/octo/keyed:1.2.3`,
        keys: keys.pub,
        'registry-username': 'ci',
        'registry-password': 'wrong-password-456',
      },
      env(),
    );
    expect(denied.code).toBe(1);
    expect(shown(denied.stdout + denied.stderr)).not.toContain('wrong-password-456');
    expect(denied.stdout + JSON.stringify(denied.outputs)).toMatch(
      /REGISTRY_AUTH.*inputs registry-username\/registry-password/,
    );
  }, 90000);

  test('the CLI: provenant attest --subject-image … --push-to-registry, then verify oci://', async () => {
    const keyFile = join(dir, 'key.pem');
    writeFileSync(keyFile, keys.priv);
    const out = join(dir, 'cli');
    const a = await runCli(
      [
        'attest',
        '--subject-image',
        `${reg.host}/octo/cli:3`,
        '--key',
        keyFile,
        '--push-to-registry',
        ...creds,
        '--output-dir',
        out,
        '--json',
      ],
      { env: cliEnv },
    );
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const j = JSON.parse(a.stdout);
    expect(j.subjects).toEqual([{ name: `${reg.host}/octo/cli`, digest: { sha256: images.cli.digest.slice(7) } }]);
    expect(j.pushed).toEqual([
      { image: `${reg.host}/octo/cli@${images.cli.digest}`, artifact: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    ]);
    const v = await runCli(['verify', `oci://${reg.host}/octo/cli:3`, '--key', keys.pub, ...creds], { env: cliEnv });
    expect(v.stdout).toMatch(
      new RegExp(`^ARTIFACT\\tVERIFIED.*\\noci://${reg.host.replace(/\./g, '\\.')}/octo/cli:3\\tyes\\tL1\\t`),
    );
    expect(v.code).toBe(0);
    // a wrong password from the environment: named by its source, exit 1, no stack trace
    const d = await runCli(
      ['attest', '--subject-image', `${reg.host}/octo/cli:3`, '--key', keyFile, ...creds, '--output-dir', out],
      { env: { REGPASS: 'nope-nope' } },
    );
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(
      /\[REGISTRY_AUTH\] .*octo\/cli: manifest 3: HTTP 401 from .* with credentials from --registry-username\/--registry-password-env REGPASS/,
    );
    expect(d.stderr).not.toMatch(/\n\s+at /);
  }, 60000);

  test('401: the step fails naming the credential source, never the secret; the attestation file is named', async () => {
    const out = join(dir, 'denied');
    const r = await runAction(
      'attest.js',
      {
        'subject-name': `${reg.host}/octo/denied`,
        'subject-digest': images.denied.digest,
        'private-key': keys.priv,
        'push-to-registry': 'true',
        publish: 'files',
        'registry-username': 'ci',
        'registry-password': 'wrong-password-123',
        'output-dir': out,
      },
      env(),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error::[REGISTRY_AUTH] registry ${reg.host}/octo/denied@${images.denied.digest}: HTTP 401, access denied with credentials from inputs registry-username/registry-password; the attestation is still at ${join(out, 'denied.sigstore.json')}`,
    );
    expect(shown(r.stdout + r.stderr)).not.toContain('wrong-password-123');
    expect(readFileSync(join(out, 'denied.sigstore.json'), 'utf8')).toMatch(/dsseEnvelope/);
  }, 60000);

  test('registry down: resolving fails with REGISTRY_UNREACHABLE after retries; pushing names the image and the file', async () => {
    const down = await startRegistry({ auth: { user: 'ci', password: PASSWORD } });
    const img = buildImageLayout('down image');
    skopeoPush(down, img, 'octo/down:1');
    await down.stop();
    const r1 = await runAction(
      'attest.js',
      {
        'subject-image': `${down.host}/octo/down:1`,
        'private-key': keys.priv,
        publish: 'files',
        'registry-username': 'ci',
        'registry-password': PASSWORD,
        'output-dir': join(dir, 'down1'),
      },
      env(),
    );
    expect(r1.code).toBe(1);
    expect(r1.stdout).toMatch(/::warning::.*octo\/down manifest 1: ECONNREFUSED; retry 1 of 4/);
    expect(r1.stdout).toMatch(
      /::error::\[REGISTRY_UNREACHABLE\] 127\.0\.0\.1:\d+\/octo\/down: manifest 1: cannot connect to http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\) after 5 attempts/,
    );
    const out = join(dir, 'down2');
    const r2 = await runAction(
      'attest.js',
      {
        'subject-name': `${down.host}/octo/down`,
        'subject-digest': img.digest,
        'private-key': keys.priv,
        'push-to-registry': 'true',
        publish: 'files',
        'registry-username': 'ci',
        'registry-password': PASSWORD,
        'output-dir': out,
      },
      env(),
    );
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain(
      `::error::[PUBLISH_FAILED] registry ${down.host}/octo/down@${img.digest}: connection failed (ECONNREFUSED) after 5 attempts; the attestation is still at ${join(out, 'down.sigstore.json')}`,
    );
    await down.close();
  }, 90000);
});
