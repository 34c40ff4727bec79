/**
 * The README's container-image workflow and downstream command, run as written: the workflow's steps are played
 * in order against a real local registry standing in for ghcr.io (docker/login-action: the config.json it writes;
 * docker/build-push-action: an image pushed with skopeo and its digest as the step output; the Provenant step:
 * dist/attest.js with the step's `with:` inputs, expressions evaluated, signing keyless against the local Sigstore
 * that stands in for public-good), then the README's `provenant verify oci://…` command with `provenant` the bundled
 * CLI (trusting the local Sigstore's root).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST, REPO_ROOT } from '../support/paths.js';
import { ensureBuilt, githubEnv, runAction } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { buildImageLayout, skopeoPush, startRegistry, type LocalRegistry } from '../support/registry.js';
import { actionsClaims, WORKFLOW } from '../support/github-claims.js';

const claims = actionsClaims();
const TOKEN = 'ghs_registry-token-from-secrets';

/** The fenced block of `lang` in the README whose text contains `marker`. */
function readmeBlock(marker: string, lang: string): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  const start = readme.lastIndexOf(`\`\`\`${lang}\n`, at) + lang.length + 4;
  const end = readme.indexOf('\n```', start) + 1;
  expect(at).toBeLessThan(end);
  return readme.slice(start, end);
}

let dir: string;
let reg: LocalRegistry;
let sig: SigstoreInstance;
let gh: FakeGitHub;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-readme-oci-'));
  mkdirSync(join(dir, 'ws'));
  mkdirSync(join(dir, 'sig'));
  reg = await startRegistry({ auth: { user: 'octocat', password: TOKEN } });
  sig = await startSigstore({ rekor: true, tsa: false, dir: join(dir, 'sig') });
  gh = await startFakeGitHub(claims);
}, 120000);

afterAll(async () => {
  await Promise.all([reg?.close(), sig?.close(), gh?.close()]);
});

describe('README: container images', () => {
  test('the release workflow attests and pushes; the downstream verify oci:// command accepts it', async () => {
    // ghcr.io is the local registry here
    const wf = parse(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, as the README has it
      readmeBlock('subject-digest: ${{ steps.push.outputs.digest }}', 'yaml').replaceAll('ghcr.io', reg.host),
    ) as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { env?: Record<string, string>; steps: Array<{ uses?: string; id?: string; with?: Record<string, unknown> }> }
      >;
    };
    expect(wf.permissions).toMatchObject({ 'id-token': 'write', packages: 'write' });
    const job = Object.values(wf.jobs)[0];
    const ctx: Record<string, string> = {
      'github.repository': 'octo/app',
      'github.actor': 'octocat',
      'github.ref_name': 'v1.2.3',
      'secrets.GITHUB_TOKEN': TOKEN,
    };
    const evaluate = (v: unknown): string =>
      String(v).replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, k: string) => {
        if (!(k in ctx)) throw new Error(`README workflow: unknown expression ${k}`);
        return ctx[k];
      });
    for (const [k, v] of Object.entries(job.env ?? {})) ctx[`env.${k}`] = evaluate(v);
    const dockerConfig = join(dir, 'docker');
    let ran = 0;
    let attestRun: Awaited<ReturnType<typeof runAction>> | undefined;
    for (const step of job.steps) {
      const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(v)]));
      if (step.uses?.startsWith('actions/checkout@')) continue;
      if (step.uses?.startsWith('docker/login-action@')) {
        // what docker login writes
        mkdirSync(dockerConfig, { recursive: true });
        writeFileSync(
          join(dockerConfig, 'config.json'),
          JSON.stringify({
            auths: { [w.registry]: { auth: Buffer.from(`${w.username}:${w.password}`).toString('base64') } },
          }),
        );
        ran++;
      } else if (step.uses?.startsWith('docker/build-push-action@')) {
        expect(w.push).toBe('true');
        const image = buildImageLayout('the README image');
        skopeoPush(reg, image, w.tags.slice(reg.host.length + 1));
        ctx[`steps.${step.id}.outputs.digest`] = image.digest;
        ran++;
      } else if (step.uses?.endsWith('/provenant@v1')) {
        const env = githubEnv(
          join(dir, 'ws'),
          { repository: { id: 1296269, owner: { id: 583231 }, visibility: 'public' } },
          {
            ACTIONS_ID_TOKEN_REQUEST_URL: gh.oidcRequestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: gh.oidcRequestToken,
            GITHUB_API_URL: gh.url,
            DOCKER_CONFIG: dockerConfig,
          },
        );
        // the local Sigstore stands in for public-good
        attestRun = await runAction(
          'attest.js',
          { ...w, 'fulcio-url': sig.fulcioURL, 'rekor-url': sig.rekorURL!, 'output-dir': join(dir, 'out') },
          env,
        );
        ran++;
      } else {
        throw new Error(`README workflow: a step this test cannot play: ${step.uses}`);
      }
    }
    expect(ran).toBe(3);
    expect(attestRun!.stdout + attestRun!.stderr).not.toMatch(/::error::/);
    expect(attestRun!.code).toBe(0);
    const published = JSON.parse(attestRun!.outputs.published) as Array<{
      target: string;
      ok: boolean;
      items: Array<{ name: string }>;
    }>;
    expect(published.find((p) => p.target === 'registry')).toMatchObject({
      ok: true,
      items: [{ name: `${reg.host}/octo/app@${ctx['steps.push.outputs.digest']}` }],
    });

    // downstream, as written, with `provenant` the bundled CLI
    const script = readmeBlock('provenant verify oci://ghcr.io/octo/app:v1.2.3', 'sh').replaceAll('ghcr.io', reg.host);
    const r = spawnSync(
      '/bin/bash',
      [
        '--norc',
        '--noprofile',
        '-ec',
        `provenant() { "${process.execPath}" "${join(DIST, 'cli.js')}" "$@" --trusted-root "${sig.trustedRootPath}"; }\n${script}`,
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: dir, DOCKER_CONFIG: dockerConfig },
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      new RegExp(
        `^ARTIFACT\\tVERIFIED\\tSLSA\\tBUILDER\\tSOURCE\\noci://${reg.host.replace(/\./g, '\\.')}/octo/app:v1\\.2\\.3\\tyes\\tL2\\thttps://github\\.com/${WORKFLOW.replace(/\./g, '\\.')}\\t`,
      ),
    );
    expect(r.status).toBe(0);
    // the same command against an image nobody attested fails, naming why
    const bare = buildImageLayout('not attested');
    skopeoPush(reg, bare, 'octo/app:v9.9.9');
    const r2 = spawnSync(
      '/bin/bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `provenant() { "${process.execPath}" "${join(DIST, 'cli.js')}" "$@" --trusted-root "${sig.trustedRootPath}"; }\n${script.replace('v1.2.3', 'v9.9.9')}`,
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: dir, DOCKER_CONFIG: dockerConfig },
      },
    );
    expect(r2.status).toBe(1);
    expect(r2.stdout).toContain(
      `[ATTESTATION_NOT_FOUND] no attestation attached to ${reg.host}/octo/app@${bare.digest}`,
    );

    // the README's verify action step, as written (credentials from docker login's config.json)
    const step = (
      parse(readmeBlock('artifacts: oci://ghcr.io/octo/app:v1.2.3', 'yaml').replaceAll('ghcr.io', reg.host)) as Array<{
        uses: string;
        with: Record<string, unknown>;
      }>
    )[0];
    expect(step.uses).toMatch(/\/provenant\/verify@v1$/);
    const inputs = Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, String(v)]));
    const verifyEnv = githubEnv(join(dir, 'ws'), {}, { DOCKER_CONFIG: dockerConfig });
    const v = await runAction('verify-action.js', { ...inputs, 'trusted-root': sig.trustedRootPath }, verifyEnv);
    expect(v.stdout + v.stderr).not.toMatch(/::error::/);
    expect(v.code).toBe(0);
    expect(v.outputs.verified).toBe('true');
    const vr = await runAction(
      'verify-action.js',
      { ...inputs, artifacts: inputs.artifacts.replace('v1.2.3', 'v9.9.9'), 'trusted-root': sig.trustedRootPath },
      verifyEnv,
    );
    expect(vr.code).toBe(1);
    expect(vr.outputs.verified).toBe('false');
  }, 120000);
});
