/**
 * The attest action's entrypoint (dist/attest.js): reads the action inputs, calls the core, sets outputs and
 * the job summary. Nothing else lives here.
 */
import * as core from '@actions/core';
import { attest } from './attest/attest.js';
import { keySignerFromInputs, parseBoolean, parseChoice, readEventFile } from './attest/inputs.js';
import { attestSummaryMarkdown } from './attest/summary.js';
import { formatError, ProvenantError } from './errors.js';
import { parseAlgorithms } from './subjects/index.js';
import { collectMaterials } from './materials/index.js';

async function run(): Promise<void> {
  const input = (n: string) => core.getInput(n);
  const env = process.env;
  const unsigned = parseBoolean(input('unsigned'), 'unsigned');
  const signer = unsigned ? undefined : keySignerFromInputs(input('private-key'), input('private-key-passphrase'), 'private-key');
  if (!unsigned && !signer) {
    throw new ProvenantError('USAGE', 'no signing method: set private-key, or unsigned: true');
  }
  const event = readEventFile(env.GITHUB_EVENT_PATH);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const materialInput = input('materials').split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  const mats = materialInput.length
    ? await collectMaterials({
        patterns: materialInput.includes('auto') ? 'auto' : materialInput,
        baseDir: workspace,
        requireHashes: parseBoolean(input('require-lockfile-hashes'), 'require-lockfile-hashes'),
        onWarning: (m) => core.warning(m),
      })
    : undefined;
  const result = await attest({
    subjects: {
      subjectPaths: input('subject-path'),
      subjectDigest: input('subject-digest'),
      subjectName: input('subject-name'),
      subjectChecksums: input('subject-checksums'),
      subjectBaseDir: input('subject-base-dir') || undefined,
      baseDir: workspace,
      algorithms: parseAlgorithms(input('digest-algorithms')),
      ifNoFilesFound: parseChoice(input('if-no-files-found'), 'if-no-files-found', ['error', 'warn', 'ignore'] as const, 'error'),
      onWarning: (m) => core.warning(m),
    },
    predicateVersion: parseChoice(input('predicate-version'), 'predicate-version', ['v1', 'v0.2'] as const, 'v1'),
    github: { env, event },
    signer,
    outputDir: input('output-dir') || `${env.RUNNER_TEMP || workspace}/provenant`,
    attestationPerSubject: parseBoolean(input('attestation-per-subject'), 'attestation-per-subject'),
    materials: mats?.dependencies,
    onWarning: (m) => core.warning(m),
  });
  const first = result.attestations[0];
  core.setOutput('subject-count', String(result.subjects.length));
  core.setOutput('bundle-path', first?.bundlePath ?? '');
  core.setOutput('intoto-jsonl-path', first?.intotoJsonlPath ?? '');
  core.setOutput('statement-path', first?.statementPath ?? '');
  core.setOutput('statement-sha256', first?.statementSha256 ?? '');
  core.setOutput('attestation-paths', result.attestations.flatMap((a) => [a.bundlePath, a.intotoJsonlPath, a.statementPath].filter(Boolean)).join('\n'));
  if (result.subjects.length === 0) {
    core.info('no subjects: nothing attested');
    return;
  }
  for (const a of result.attestations) core.info(`attestation written: ${a.bundlePath ?? a.statementPath}`);
  core.setOutput('lockfiles', JSON.stringify(mats?.lockfiles ?? []));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(attestSummaryMarkdown(result, [], mats?.lockfiles ?? [])).write();
}

run().catch((e: unknown) => {
  core.setFailed(formatError(e));
});
