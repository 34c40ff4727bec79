/**
 * The attest action's entrypoint (dist/attest.js): reads the action inputs, calls the core (attest, then publish),
 * sets outputs and the job summary. Nothing else lives here.
 */
import * as core from '@actions/core';
import { attest } from './attest/attest.js';
import { aliasedInput, keySignerFromInputs, parseBoolean, parseChoice, readEventFile } from './attest/inputs.js';
import { startProgress } from './util/progress.js';
import { attestSummaryMarkdown } from './attest/summary.js';
import { asProvenantError, formatError, ProvenantError } from './errors.js';
import { parseAlgorithms } from './subjects/index.js';
import { collectMaterials } from './materials/index.js';
import { jwtClaims, requestGitHubOidcToken } from './signing/oidc.js';
import { keylessFromToken } from './signing/sigstore.js';
import type { AttestationSigner } from './signing/types.js';
import { parsePublishTargets, publish, releaseTagFrom, type PublishOutcome } from './publish/index.js';
import { links as linkFiles } from './attest/links.js';
import { eventVisibility } from './slsa/github.js';

/** Inputs that the CLI spells differently are accepted under its name too (README: naming table). */
const ALIASES: Record<string, { names: string[]; dflt?: string }> = {
  'private-key': { names: ['private-key', 'key'] },
  'digest-algorithms': { names: ['digest-algorithms', 'digest'], dflt: 'sha256' },
  'require-lockfile-hashes': { names: ['require-lockfile-hashes', 'require-hashes'], dflt: 'false' },
};
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
  const unsigned = parseBoolean(input('unsigned'), 'unsigned');
  const privateKey = input('private-key');
  const keySigner = unsigned ? undefined : keySignerFromInputs(privateKey, input('private-key-passphrase'), used['private-key']);
  let signer: AttestationSigner | undefined = keySigner;
  let claims: Record<string, string> | undefined;
  if (!unsigned && !keySigner) {
    // keyless (the default): the runner's OIDC token, exchanged with Fulcio for a certificate
    const token = await requestGitHubOidcToken(env, 'sigstore');
    const visibility = eventVisibility(event);
    const setup = keylessFromToken(token, jwtClaims, {
      instance: input('sigstore-instance') || 'auto',
      visibility,
      serverUrl: env.GITHUB_SERVER_URL,
      fulcioURL: input('fulcio-url') || undefined,
      rekorURL: input('rekor-url') || undefined,
      tsaURL: input('tsa-url') || undefined,
    });
    signer = setup.signer;
    claims = setup.claims;
    core.info(`keyless signing with ${setup.endpoints.instance} Sigstore (${setup.endpoints.reason}): Fulcio ${setup.endpoints.fulcioURL}${setup.endpoints.rekorURL ? `, Rekor ${setup.endpoints.rekorURL}` : ''}${setup.endpoints.tsaURL ? `, TSA ${setup.endpoints.tsaURL}` : ''}`);
  }
  const releaseTag = releaseTagFrom(input('release-tag') || undefined, event, claims?.ref ?? env.GITHUB_REF);
  const ghToken = input('github-token') || env.GITHUB_TOKEN || '';
  const targets = parsePublishTargets(input('publish'), { hasRelease: !!releaseTag && (env.GITHUB_EVENT_NAME === 'release' || !!input('release-tag')), keyless: signer?.kind === 'sigstore', hasToken: !!ghToken });
  if (unsigned && targets.some((t) => t !== 'files')) throw new ProvenantError('USAGE', `publish: ${targets.filter((t) => t !== 'files').join(', ')} needs a signed attestation (unsigned is true)`);
  const materialInput = input('materials').split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  const mats = materialInput.length
    ? await collectMaterials({
        patterns: materialInput.includes('auto') ? 'auto' : materialInput,
        baseDir: workspace,
        requireHashes: parseBoolean(input('require-lockfile-hashes'), used['require-lockfile-hashes']),
        onWarning: (m) => core.warning(m),
      })
    : undefined;
  let algorithms: ReturnType<typeof parseAlgorithms>;
  try {
    algorithms = parseAlgorithms(input('digest-algorithms'));
  } catch (e) {
    throw new ProvenantError('INPUT_INVALID', (e as Error).message.replace(/^digest-algorithms:/, `${used['digest-algorithms']}:`));
  }
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
      ifNoFilesFound: parseChoice(input('if-no-files-found'), 'if-no-files-found', ['error', 'warn', 'ignore'] as const, 'error'),
      onWarning: (m) => core.warning(m),
    },
    predicateVersion: parseChoice(input('predicate-version'), 'predicate-version', ['v1', 'v0.2'] as const, 'v1'),
    github: { env, event, claims },
    signer,
    outputDir: input('output-dir') || `${env.RUNNER_TEMP || workspace}/provenant`,
    attestationPerSubject: parseBoolean(input('attestation-per-subject'), 'attestation-per-subject'),
    materials: mats?.dependencies,
    onWarning: (m) => core.warning(m),
  }).finally(() => progress.stop());
  const first = result.attestations[0];
  core.setOutput('subject-count', String(result.subjects.length));
  core.setOutput('bundle-path', first?.bundlePath ?? '');
  core.setOutput('intoto-jsonl-path', first?.intotoJsonlPath ?? '');
  core.setOutput('statement-path', first?.statementPath ?? '');
  core.setOutput('statement-sha256', first?.statementSha256 ?? '');
  core.setOutput('attestation-paths', result.attestations.flatMap((a) => [a.bundlePath, a.intotoJsonlPath, a.statementPath].filter(Boolean)).join('\n'));
  core.setOutput('lockfiles', JSON.stringify(mats?.lockfiles ?? []));
  if (result.subjects.length === 0) {
    core.info('no subjects: nothing attested');
    return;
  }
  for (const a of result.attestations) core.info(`attestation written: ${a.bundlePath ?? a.statementPath}`);
  // the files are on disk: now publish them
  let outcomes: PublishOutcome[] = [];
  if (!unsigned) {
    const token = ghToken;
    const repository = claims?.repository ?? env.GITHUB_REPOSITORY ?? '';
    const extraFiles = input('links') ? await linkFiles(input('links'), workspace) : [];
    outcomes = await publish({
      targets,
      files: result.attestations.map((a) => ({ bundlePath: a.bundlePath!, intotoJsonlPath: a.intotoJsonlPath! })),
      extraFiles,
      github: token && repository ? { token, repository, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' } : undefined,
      artifactName: input('artifact-name') || 'provenance',
      retentionDays: input('retention-days') ? Number(input('retention-days')) : undefined,
      releaseTag,
      overwrite: parseBoolean(input('overwrite'), 'overwrite'),
      retry: { onRetry: (m) => core.warning(m) },
    });
    const api = outcomes.find((o) => o.target === 'attestations-api' && o.ok);
    core.setOutput('attestation-id', api?.items[0]?.id ?? '');
    core.setOutput('attestation-url', api?.items[0]?.url ?? '');
    core.setOutput('published', JSON.stringify(outcomes));
    for (const o of outcomes) {
      if (o.ok) core.info(`published (${o.target}): ${o.items.map((i) => i.url || i.name).join(', ')}`);
    }
  }
  const linksForSummary = outcomes.filter((o) => o.target !== 'files').flatMap((o) => (o.ok ? o.items.map((i) => ({ target: `${o.target}: ${i.name}`, url: i.url ?? '', ok: true })) : [{ target: o.target, url: '', ok: false, detail: o.detail }]));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(attestSummaryMarkdown(result, linksForSummary, mats?.lockfiles ?? [])).write();
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) core.setFailed(failed.map((o) => o.detail).join(' | '));
}

run().catch((e: unknown) => {
  // the whole message: some carry the exact fix on the following lines (the permissions block)
  const pe = asProvenantError(e);
  core.setFailed(pe.message.includes('\n') ? `[${pe.code}] ${pe.message}` : formatError(pe));
});
