import { attest } from '../attest/attest.js';
import { keySignerFromInputs, readEventFile } from '../attest/inputs.js';
import { ProvenantError } from '../errors.js';
import { parseAlgorithms } from '../subjects/index.js';
import { parseCommandArgs } from './args.js';
import { SIGSTORE_OPTIONS, keylessFromValues } from './policy-args.js';
import type { AttestationSigner } from '../signing/types.js';

export const summary = 'hash build outputs and write signed SLSA provenance';

const HELP = `Usage: provenant attest [GLOB...] [options]

Hashes build outputs and writes an in-toto Statement with a SLSA Provenance predicate, signed with a key
(or unsigned), as <name>.sigstore.json (Sigstore bundle v0.3) and <name>.intoto.jsonl (DSSE envelope).
Inside GitHub Actions (GITHUB_ACTIONS=true) it records the GitHub workflow buildType; elsewhere Provenant's
local buildType (command line, working directory, git commit).

Subjects:
  GLOB...                       files, directories or globs (! excludes); names are relative to the base dir
  --subject-digest ALG:HEX      a digest (sha256:… or sha512:…), with --subject-name
  --subject-name NAME
  --subject-checksums FILE      sha256sum/sha512sum or BSD-format checksum file
  --subject-base-dir DIR        subject names relative to DIR (default: the current directory)
  --digest LIST                 digest algorithms, e.g. sha256,sha512 (default sha256)
  --if-no-files-found MODE      error | warn | ignore (default error)
Signing:
  --key PEM                     private key file (ed25519, ECDSA P-256, RSA-PSS; PEM)
  --key-passphrase-env VAR      environment variable holding the key's passphrase
  --unsigned                    write the Statement alone (<name>.statement.json, SLSA Build L1)
  --sigstore                    keyless: an OIDC identity token is exchanged with Fulcio for a certificate
  --sigstore-instance I         auto | public-good | github | custom (auto: in GitHub Actions by repository
                                visibility, elsewhere public-good)
  --fulcio-url U  --rekor-url U  --tsa-url U   a private Sigstore deployment or GitHub Enterprise Server
  --identity-token TOKEN        the OIDC token (audience sigstore); or
  --identity-token-env VAR      an environment variable holding it (GitLab SIGSTORE_ID_TOKEN, Buildkite, …);
                                in GitHub Actions it is requested from the runner (id-token: write)
Materials:
  --materials GLOB|auto         lockfiles whose locked packages become resolvedDependencies (repeatable; auto = every
                                known lockfile in the workspace outside node_modules, vendor, .git)
  --require-hashes              fail when a locked dependency has no hash, naming it
Output:
  --predicate-version V         v1 (default) or v0.2
  --output-dir DIR              where to write (default: the current directory)
  --output-name NAME            base file name (default: the subject's file name, or "provenance")
  --attestation-per-subject     one attestation per subject
  --json                        print {"bundlePath","intotoJsonlPath","subjects":[{"name","digest"}]}
Exit codes: 0 ok, 1 failure, 2 usage.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    'subject-digest': { type: 'string' },
    'subject-name': { type: 'string' },
    'subject-checksums': { type: 'string' },
    'subject-base-dir': { type: 'string' },
    digest: { type: 'string' },
    'if-no-files-found': { type: 'string' },
    key: { type: 'string' },
    'key-passphrase-env': { type: 'string' },
    unsigned: { type: 'boolean' },
    'predicate-version': { type: 'string' },
    'output-dir': { type: 'string' },
    'output-name': { type: 'string' },
    'attestation-per-subject': { type: 'boolean' },
    json: { type: 'boolean' },
    materials: { type: 'string', multiple: true },
    'require-hashes': { type: 'boolean' },
    sigstore: { type: 'boolean' },
    ...SIGSTORE_OPTIONS,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const ifNone = values['if-no-files-found'] ?? 'error';
  if (!['error', 'warn', 'ignore'].includes(ifNone)) throw new ProvenantError('USAGE', `--if-no-files-found: '${ifNone}' is not error, warn or ignore`);
  const pv = values['predicate-version'] ?? 'v1';
  if (pv !== 'v1' && pv !== 'v0.2') throw new ProvenantError('USAGE', `--predicate-version: '${pv}' is not v1 or v0.2`);
  const methods = [values.unsigned && '--unsigned', values.key && '--key', values.sigstore && '--sigstore'].filter(Boolean);
  if (methods.length === 0) throw new ProvenantError('USAGE', 'choose how to sign: --key PEM, --sigstore or --unsigned');
  if (methods.length > 1) throw new ProvenantError('USAGE', `${methods.join(' and ')} exclude each other`);
  if (!values.sigstore && Object.keys(SIGSTORE_OPTIONS).some((k) => values[k as keyof typeof values] !== undefined)) {
    throw new ProvenantError('USAGE', 'the Sigstore options need --sigstore');
  }
  let passphrase: string | undefined;
  if (values['key-passphrase-env']) {
    passphrase = process.env[values['key-passphrase-env']];
    if (passphrase === undefined) throw new ProvenantError('USAGE', `--key-passphrase-env: ${values['key-passphrase-env']} is not set`);
  }
  let signer: AttestationSigner | undefined = values.key ? keySignerFromInputs(values.key, passphrase, `--key ${values.key}`) : undefined;
  const cwd = process.cwd();
  const inActions = process.env.GITHUB_ACTIONS === 'true';
  let claims: Record<string, string> | undefined;
  let event: Record<string, unknown> | undefined;
  if (inActions) event = readEventFile(process.env.GITHUB_EVENT_PATH);
  if (values.sigstore) {
    const setup = await keylessFromValues(values, '--sigstore');
    signer = setup.signer;
    if (inActions) claims = setup.claims;
  }
  const warn = (m: string) => process.stderr.write(`warning: ${m}\n`);
  const mats = values.materials?.length
    ? await (await import('../materials/index.js')).collectMaterials({ // the lockfile parsers load only when asked for
        patterns: values.materials.includes('auto') ? 'auto' : values.materials,
        baseDir: inActions && process.env.GITHUB_WORKSPACE ? process.env.GITHUB_WORKSPACE : cwd,
        requireHashes: values['require-hashes'],
        onWarning: warn,
      })
    : undefined;
  const result = await attest({
    subjects: {
      subjectPaths: positionals.join('\n'),
      subjectDigest: values['subject-digest'],
      subjectName: values['subject-name'],
      subjectChecksums: values['subject-checksums'],
      subjectBaseDir: values['subject-base-dir'],
      baseDir: inActions && process.env.GITHUB_WORKSPACE ? process.env.GITHUB_WORKSPACE : cwd,
      algorithms: parseAlgorithms(values.digest),
      ifNoFilesFound: ifNone as 'error' | 'warn' | 'ignore',
      onWarning: warn,
    },
    predicateVersion: pv,
    ...(inActions ? { github: { env: process.env, event: event!, claims } } : { local: { argv: ['provenant', 'attest', ...argv], cwd } }),
    signer,
    outputDir: values['output-dir'] ?? cwd,
    outputName: values['output-name'],
    attestationPerSubject: values['attestation-per-subject'],
    materials: mats?.dependencies,
    onWarning: warn,
  });
  const first = result.attestations[0];
  if (values.json) {
    process.stdout.write(
      JSON.stringify({
        signer: result.identity ? { kind: result.identity.kind, subject: result.identity.subject, issuer: result.identity.issuer ?? null, tlogIndex: result.identity.tlogIndex ?? null, timestamp: result.identity.timestamp ?? null } : null,
        bundlePath: first?.bundlePath ?? null,
        intotoJsonlPath: first?.intotoJsonlPath ?? null,
        statementPath: first?.statementPath ?? null,
        statementSha256: first?.statementSha256 ?? null,
        attestations: result.attestations.map((a) => ({ bundlePath: a.bundlePath ?? null, intotoJsonlPath: a.intotoJsonlPath ?? null, statementPath: a.statementPath ?? null, subjects: a.subjects.length })),
        subjects: result.subjects.map((s) => ({ name: s.name, digest: s.digest })),
        lockfiles: mats?.lockfiles ?? [],
      }) + '\n',
    );
  } else {
    for (const a of result.attestations) {
      process.stdout.write(`attested ${a.subjects.length} subject(s): ${[a.bundlePath, a.intotoJsonlPath, a.statementPath].filter(Boolean).join(', ')}\n`);
    }
    if (result.subjects.length === 0) process.stdout.write('no subjects: nothing attested\n');
    for (const l of mats?.lockfiles ?? []) {
      process.stdout.write(`lockfile ${l.path} (${l.format}): ${l.packages} packages, pinned ${l.allPinned ? 'all' : 'NOT all'}, ${l.missingHashes.length} without hash, ${l.fullTree ? 'full tree' : 'top-level only'}\n`);
    }
  }
  return 0;
}
