/**
 * The attest action's entrypoint (dist/attest.js): reads the action inputs, calls the core (attest, then publish),
 * sets outputs and the job summary. Nothing else lives here.
 */
import * as core from '@actions/core';
import { attest } from './attest/attest.js';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import {
  aliasedInput,
  keySignerFromInputs,
  MAX_KEY_BYTES,
  parseBoolean,
  parseChoice,
  readEventFile,
} from './attest/inputs.js';
import { startProgress } from './util/progress.js';
import { attestSummaryMarkdown } from './attest/summary.js';
import { asProvenantError, formatError, ProvenantError } from './errors.js';
import { parseAlgorithms } from './subjects/index.js';
import { collectMaterials } from './materials/index.js';
import { jwtClaims, requestGitHubOidcToken, runClaimsForKeySigning } from './signing/oidc.js';
import { keylessFromToken } from './signing/sigstore.js';
import type { AttestationSigner } from './signing/types.js';
import {
  parsePublishTargets,
  publish,
  publishConfigProblems,
  releaseTagFrom,
  type PublishOutcome,
} from './publish/index.js';
import { links as linkFiles } from './attest/links.js';
import { printable, printableLines } from './util/escape.js';
import { secretParts } from './util/redact.js';
import { imageSubjects, resolveImage } from './oci/resolve.js';
import type { CredentialOptions } from './oci/credentials.js';

/** core.info writes the line as it is: everything printed through it is made printable (no workflow command). */
const info = (m: string) => core.info(printable(m));
/** Masks a secret in the log: each line of it (the runner masks line by line). */
function mask(secret: string | undefined): void {
  for (const part of secretParts(secret)) core.setSecret(part);
}

/** Inputs that the CLI spells differently are accepted under its name too (README: naming table). */
const ALIASES: Record<string, { names: string[]; dflt?: string }> = {
  'private-key': { names: ['private-key', 'key'] },
  'digest-algorithms': { names: ['digest-algorithms', 'digest'], dflt: 'sha256' },
  'require-lockfile-hashes': { names: ['require-lockfile-hashes', 'require-hashes'], dflt: 'false' },
};
/** The name the workflow used for an aliased input (for messages). */
const used: Record<string, string> = {};

async function run(): Promise<void> {
  const input = (n: string) => {
    if (!ALIASES[n]) return core.getInput(n);
    const r = aliasedInput(core.getInput, ALIASES[n].names, ALIASES[n].dflt);
    used[n] = r.name;
    return r.value;
  };
  const env = process.env;
  const event = readEventFile(env.GITHUB_EVENT_PATH);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  // every secret the action holds is masked before anything could print it
  mask(input('github-token'));
  mask(env.GITHUB_TOKEN);
  // the key: PEM text, or anything that is not an existing path (a key in another encoding is still a secret)
  const pk = input('private-key').trim();
  if (pk && (pk.includes('-----BEGIN') || !existsSync(isAbsolute(pk) ? pk : join(workspace, pk)))) mask(pk);
  mask(input('private-key-passphrase'));
  mask(input('registry-password'));
  const unsigned = parseBoolean(input('unsigned'), 'unsigned');
  // a key path is read only from the workspace or the runner's temp folder, as a regular file of bounded size
  const keyRoots = [workspace, env.RUNNER_TEMP].filter((r): r is string => !!r);
  const keySigner = unsigned
    ? undefined
    : keySignerFromInputs(input('private-key'), input('private-key-passphrase'), used['private-key'], {
        root: keyRoots,
        maxBytes: MAX_KEY_BYTES,
      });
  // every input and publish target is checked before any network call (the OIDC token request included), so a
  // mistake is reported as itself
  if (!['subject-path', 'subject-digest', 'subject-checksums', 'subject-image'].some((n) => input(n).trim())) {
    throw new ProvenantError(
      'INPUT_INVALID',
      'one of subject-path, subject-digest (with subject-name), subject-checksums or subject-image is required',
    );
  }
  let algorithms: ReturnType<typeof parseAlgorithms>;
  try {
    algorithms = parseAlgorithms(input('digest-algorithms'));
  } catch (e) {
    throw new ProvenantError(
      'INPUT_INVALID',
      (e as Error).message.replace(/^digest-algorithms:/, `${used['digest-algorithms']}:`),
    );
  }
  const ifNoFilesFound = parseChoice(
    input('if-no-files-found'),
    'if-no-files-found',
    ['error', 'warn', 'ignore'] as const,
    'error',
  );
  const predicateVersion = parseChoice(input('predicate-version'), 'predicate-version', ['v1', 'v0.2'] as const, 'v1');
  const attestationPerSubject = parseBoolean(input('attestation-per-subject'), 'attestation-per-subject');
  const requireHashes = parseBoolean(input('require-lockfile-hashes'), used['require-lockfile-hashes']);
  const overwrite = parseBoolean(input('overwrite'), 'overwrite');
  const pushToRegistry = parseBoolean(input('push-to-registry'), 'push-to-registry');
  if (pushToRegistry && unsigned)
    throw new ProvenantError('USAGE', 'push-to-registry needs a signed attestation (unsigned is true)');
  const withPlatforms = parseBoolean(input('subject-image-platforms'), 'subject-image-platforms');
  const retention = input('retention-days').trim();
  if (retention && !/^[1-9]\d{0,2}$/.test(retention))
    throw new ProvenantError('INPUT_INVALID', `retention-days: '${retention}' is not a number of days (1-90)`);
  // masked above (the input or GITHUB_TOKEN)
  const ghToken = input('github-token') || env.GITHUB_TOKEN || '';
  const keyless = !unsigned && !keySigner;
  const plannedTag = releaseTagFrom(input('release-tag') || undefined, event, env.GITHUB_REF);
  const hasRelease = (t: string | undefined) => !!t && (env.GITHUB_EVENT_NAME === 'release' || !!input('release-tag'));
  const publishCtx = { keyless, hasToken: !!ghToken, signed: !unsigned };
  const planned = parsePublishTargets(input('publish'), { ...publishCtx, hasRelease: hasRelease(plannedTag) });
  const problems = publishConfigProblems(planned, {
    hasToken: !!ghToken,
    repository: env.GITHUB_REPOSITORY,
    releaseTag: plannedTag,
    env,
  });
  if (problems.length) throw new ProvenantError('INPUT_INVALID', problems.join('; '));
  let signer: AttestationSigner | undefined = keySigner;
  let claims: Record<string, string> | undefined;
  if (keyless) {
    // keyless (the default): the runner's OIDC token, exchanged with Fulcio for a certificate
    const token = await requestGitHubOidcToken(env, 'sigstore');
    mask(token);
    // the instance follows the token's signed repository_visibility claim, never the event file
    const setup = keylessFromToken(token, jwtClaims, {
      instance: input('sigstore-instance') || 'auto',
      serverUrl: env.GITHUB_SERVER_URL,
      fulcioURL: input('fulcio-url') || undefined,
      rekorURL: input('rekor-url') || undefined,
      tsaURL: input('tsa-url') || undefined,
    });
    signer = setup.signer;
    claims = setup.claims;
    info(
      `keyless signing with ${setup.endpoints.instance} Sigstore (${setup.endpoints.reason}): Fulcio ` +
        `${setup.endpoints.fulcioURL}${setup.endpoints.rekorURL ? `, Rekor ${setup.endpoints.rekorURL}` : ''}` +
        `${setup.endpoints.tsaURL ? `, TSA ${setup.endpoints.tsaURL}` : ''}`,
    );
  } else {
    // key or unsigned: the run's facts (builder.id above all) come from the OIDC token's claims when the job may
    // request one, never from a variable an earlier step could have set
    claims = await runClaimsForKeySigning(env, (m) => core.warning(printable(m)), mask);
  }
  // the token's ref is the source of truth once there is one
  const releaseTag = releaseTagFrom(input('release-tag') || undefined, event, claims?.ref ?? env.GITHUB_REF);
  const targets = parsePublishTargets(input('publish'), { ...publishCtx, hasRelease: hasRelease(releaseTag) });
  if (pushToRegistry && !targets.includes('registry')) targets.push('registry');
  // registry credentials: inputs, docker login's config.json, or the GitHub token for ghcr.io; never logged
  const registryUser = input('registry-username');
  // masked with the other secrets at the start
  const registryPass = input('registry-password');
  const registryCreds: CredentialOptions = {
    username: registryUser || undefined,
    password: registryPass || undefined,
    explicitSource: 'inputs registry-username/registry-password',
    githubToken: ghToken || undefined,
    env,
    onSecret: mask,
  };
  const imageRefs = input('subject-image')
    .split(/[\n,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const images: Awaited<ReturnType<typeof resolveImage>>[] = [];
  for (const ref of imageRefs) {
    const img = await resolveImage(ref, {
      credentials: registryCreds,
      retry: { onRetry: (m) => core.warning(printable(m)) },
    });
    info(
      `subject-image ${ref}: ${img.name}@${img.digest} (${img.mediaType}` +
        `${img.platforms.length ? `, ${img.platforms.length} platforms` : ''})`,
    );
    images.push(img);
  }
  const materialInput = input('materials')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const mats = materialInput.length
    ? await collectMaterials({
        patterns: materialInput.includes('auto') ? 'auto' : materialInput,
        baseDir: workspace,
        requireHashes,
        onWarning: (m) => core.warning(printable(m)),
      })
    : undefined;
  const progress = startProgress('attesting', 'files', { stream: process.stdout });
  const result = await attest({
    subjects: {
      subjectPaths: input('subject-path'),
      subjectDigest: input('subject-digest'),
      subjectName: input('subject-name'),
      subjectChecksums: input('subject-checksums'),
      subjectBaseDir: input('subject-base-dir') || undefined,
      baseDir: workspace,
      algorithms,
      ifNoFilesFound,
      onWarning: (m) => core.warning(printable(m)),
    },
    predicateVersion,
    extraSubjects: imageSubjects(images, withPlatforms),
    github: { env, event, claims },
    signer,
    outputDir: input('output-dir') || `${env.RUNNER_TEMP || workspace}/provenant`,
    attestationPerSubject,
    materials: mats?.dependencies,
    onWarning: (m) => core.warning(printable(m)),
  }).finally(() => progress.stop());
  const first = result.attestations[0];
  core.setOutput('subject-count', String(result.subjects.length));
  core.setOutput('bundle-path', first?.bundlePath ?? '');
  core.setOutput('intoto-jsonl-path', first?.intotoJsonlPath ?? '');
  core.setOutput('statement-path', first?.statementPath ?? '');
  core.setOutput('statement-sha256', first?.statementSha256 ?? '');
  core.setOutput(
    'attestation-paths',
    result.attestations.flatMap((a) => [a.bundlePath, a.intotoJsonlPath, a.statementPath].filter(Boolean)).join('\n'),
  );
  core.setOutput('lockfiles', JSON.stringify(mats?.lockfiles ?? []));
  if (result.subjects.length === 0) {
    info('no subjects: nothing attested');
    return;
  }
  for (const a of result.attestations) info(`attestation written: ${a.bundlePath ?? a.statementPath}`);
  // the files are on disk: now publish them
  let outcomes: PublishOutcome[] = [];
  if (!unsigned) {
    const token = ghToken;
    const repository = claims?.repository ?? env.GITHUB_REPOSITORY ?? '';
    const outDir = result.attestations[0]?.bundlePath ? dirname(result.attestations[0].bundlePath) : workspace;
    const extraFiles = input('links') ? await linkFiles(input('links'), workspace, join(outDir, 'links')) : [];
    outcomes = await publish({
      targets,
      files: result.attestations.map((a) => ({
        bundlePath: a.bundlePath!,
        intotoJsonlPath: a.intotoJsonlPath!,
        subjects: a.subjects,
        predicateType: result.predicateType,
      })),
      registry: { credentials: registryCreds },
      extraFiles,
      github:
        token && repository
          ? {
              token,
              repository,
              apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
              serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
            }
          : undefined,
      artifactName: input('artifact-name') || 'provenance',
      retentionDays: retention ? Number(retention) : undefined,
      releaseTag,
      overwrite,
      retry: { onRetry: (m) => core.warning(printable(m)) },
    });
    // the workflow artifact's page: ${server}/${repo}/actions/runs/${run_id}/artifacts/${id}
    const runId = claims?.run_id ?? env.GITHUB_RUN_ID;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    for (const o of outcomes) {
      if (o.target !== 'artifact' || !o.ok || !repository || !runId || !/^\d+$/.test(runId)) continue;
      for (const i of o.items)
        if (i.id && /^\d+$/.test(i.id) && !i.url)
          i.url = `${server}/${repository}/actions/runs/${runId}/artifacts/${i.id}`;
    }
    const api = outcomes.find((o) => o.target === 'attestations-api' && o.ok);
    core.setOutput('attestation-id', api?.items[0]?.id ?? '');
    core.setOutput('attestation-url', api?.items[0]?.url ?? '');
    core.setOutput('published', JSON.stringify(outcomes));
    for (const o of outcomes) {
      if (o.ok) info(`published (${o.target}): ${o.items.map((i) => i.url || i.name).join(', ')}`);
    }
  }
  const linksForSummary = outcomes
    .filter((o) => o.target !== 'files')
    .flatMap((o) =>
      o.ok
        ? o.items.map((i) => ({ target: `${o.target}: ${i.name}`, url: i.url ?? '', ok: true }))
        : [{ target: o.target, url: '', ok: false, detail: o.detail }],
    );
  if (env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(attestSummaryMarkdown(result, linksForSummary, mats?.lockfiles ?? [], { workspace }))
      .write();
  // one annotation per failed target, each naming the file that still holds the attestation
  const failed = outcomes.filter((o) => !o.ok);
  for (const o of failed) core.error(printable(o.detail ?? `publish: ${o.target} failed`));
  if (failed.length) process.exitCode = core.ExitCode.Failure;
}

run().catch((e: unknown) => {
  // the whole message: some carry the exact fix on the following lines (the permissions block)
  const pe = asProvenantError(e);
  core.setFailed(pe.message.includes('\n') ? `[${pe.code}] ${printableLines(pe.message)}` : printable(formatError(pe)));
});
