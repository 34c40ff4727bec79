import { ProvenantError } from '../errors.js';
import {
  failedArtifact,
  joinReports,
  loadTrust,
  SIDECARS,
  verifyArtifacts,
  withCachedRoot,
  type VerifyReport,
} from '../verify/index.js';
import { parseCommandArgs } from './args.js';
import { POLICY_OPTIONS, SIGSTORE_OPTIONS, keylessFromValues, policyFromValues } from './policy-args.js';
import { DEFAULT_POLICY_URI, effectivePolicy, isEmptyPolicy, writeVsas } from '../slsa/vsa.js';
import { createKeySigner } from '../signing/key-signer.js';
import { readKeyInput } from '../attest/inputs.js';
import type { AttestationSigner } from '../signing/types.js';
import { auditLockfile, lockfileAuditFailures, type LockfileAudit } from '../audit/index.js';
import {
  lockfileAuditJson,
  withAuditProgress,
  renderLockfileAudit,
  registryOptionsFrom,
  REGISTRY_OPTIONS,
} from './audit.js';
import { startProgress } from '../util/progress.js';
import { makeDirs } from '../util/fs.js';
import { LAYOUT_OPTIONS, runLayoutVerify } from './layout-verify.js';
import { join, resolve } from 'node:path';
import { verifyImages } from '../verify/oci.js';
import { isImageRef } from '../oci/ref.js';
import { existsSync, statSync } from 'node:fs';
import { parseDigest } from '../subjects/index.js';
import { alignedTables, artifactResultJson, renderRows, writeJson, type TableRow } from './output.js';
import type { ArtifactResult } from '../verify/index.js';
import { warningChecks } from '../verify/source-state.js';
import { printable as pr } from '../util/escape.js';

export const summary = 'verify attestations offline: signatures, subjects, policy and SLSA Build level';

const HELP =
  `Usage: provenant verify ARTIFACT_OR_DIGEST... [options]

Each ARTIFACT is a file, a glob, sha256:HEX / sha512:HEX, or a container image oci://REGISTRY/REPO[:TAG|@sha256:HEX].
Attestations of files come from --bundle files, or are found beside each artifact (<artifact>.intoto.jsonl,
<artifact>.sigstore.json, <artifact>.statement.json), else under those names in the current directory and in
$RUNNER_TEMP/provenant (where attest writes), else in any attestation file of those folders whose subjects name the
artifact's digest (e.g. provenance.sigstore.json for several subjects).
Verification is offline: the Sigstore public-good trusted root ships with Provenant.

Container images (oci://REGISTRY/REPO[:TAG|@DIGEST]): the tag is resolved to the manifest digest; the Sigstore
bundles attached to it (referrers API, or the sha256-HEX referrers tag) and cosign's sha256-HEX.att attestations
(with --key, or keyless) are verified with the same policy as files, one result per image. Registry ` +
  `credentials: docker login's
config.json ($DOCKER_CONFIG), GITHUB_TOKEN/GH_TOKEN for ghcr.io, or:
  --registry-username U      with --registry-password-env VAR (the variable holding the password or token)
Attestations and trust:
  --bundle FILE              Sigstore bundle (v0.1-v0.3), .intoto.jsonl, DSSE envelope, npm attestations document,
                             Google Cloud Build provenance summary (gcloud ... --show-provenance) (repeatable)
  --repo OWNER/NAME          download the attestations from the GitHub attestations API (token: GITHUB_TOKEN or ` +
  `GH_TOKEN; GITHUB_API_URL for GHES)
  --trusted-root FILE        Sigstore trusted root of another instance (GitHub's, a private one, a test one)
                             (gh: --custom-trusted-root)
                             (a folder: its trusted_root.json, if any, and its key files, as --key DIR)
  --key FILE                 trusted public key: PEM, npm keys.json, or a folder of them (repeatable)
  --allow-unsigned           accept an unsigned Statement (SLSA Build L1 at most)
  --no-subject-check         verify signatures and policy without an artifact (level 0)
  A certificate must be witnessed as the trusted root says: a root that lists transparency logs (public-good)
  requires a verified log entry; a root without logs (GitHub's private instance) a verified RFC 3161 timestamp.
  --insecure-ignore-tlog     accept a certificate-signed bundle without a log entry (a verified timestamp is
                             still required; log entries present are still verified)
  A key with a validity window (npm keys.json, trusted-root keys) is checked at the signature's trusted time (log
  entry or timestamp); a signature with no trusted time (a key-signed bundle without a log entry, a bare DSSE
  envelope) is checked against the current time.
Certificate identity (a certificate-signed attestation needs at least one of --cert-identity, --cert-identity-regex,
--source-repo, --repo, --owner, --signer-workflow, --signer-repo, --builder-id naming a workflow, --source-uri;
otherwise exit 2):
  --cert-identity SAN        --cert-identity-regex RE    --cert-oidc-issuer URL    --cert-oidc-issuer-regex RE
  (cosign: --certificate-identity, --certificate-identity-regexp, --certificate-oidc-issuer[-regexp])
  --signer-workflow [https://][HOST/]OWNER/REPO/PATH[@REF]   the certificate's whole build-signer URI (host
                             github.com by default); never a suffix
  --source-repo OWNER/REPO|URL    --owner OWNER|HOST/OWNER    --source-ref REF
  --signer-repo OWNER/REPO   the repository of the signing workflow (gh)
  --deny-self-hosted-runners
  With --owner, --repo, --signer-repo or --signer-workflow the issuer defaults to GitHub Actions' (as gh does).
  --insecure-skip-identity   accept a certificate of any signer the trusted root's CA issued (no identity check)
  --repo OWNER/NAME also requires the certificate's source repository to be OWNER/NAME unless --source-repo is given.
Provenance:
  --builder-id ID            exact, without @ (any ref), or PREFIX@ (any semver tag)
  --source-uri URI           --source-branch B    --source-tag T    --source-versioned-tag vX[.Y[.Z]]
                             (each is checked against the predicate and the certificate's source extensions:
                             both must agree)
  --build-workflow-input K=V (repeatable)         --build-type URI (repeatable allowlist)
  --require-material-digests every resolved dependency must carry a digest
  --predicate-type URI       (cosign: --type slsaprovenance|slsaprovenance02|slsaprovenance1|URI) exactly this
                             predicate type (default: any)
  --policy FILE              JSON {"builders": {"<builder id or PREFIX@>": <max level>}}
  --min-level N              fail when an artifact is below SLSA Build level N
in-toto layouts (reference semantics; links as Metablocks, DSSE, link v0.3 Statements or SLSA provenance):
  --layout FILE              (-l) the signed root layout
  --layout-key KEY           (-k, --layout-keys A B) a key that must have signed it: PEM or securesystemslib JSON
                             (repeatable)
  --links DIR                (-d, --link-dir) where the links are (<step>.<keyid8>.link; default .)
  --param KEY=VALUE          parameter substitution (repeatable)
  --inspection-dir DIR       where inspections run and record artifacts (default .)
  --inspection-timeout SECS  time limit of each inspection (default 3600)
  --inspection-env NAME      pass this variable to inspections (repeatable; they get only PATH, HOME, LANG, LC_*,
                             TMPDIR, TZ otherwise; never INPUT_*, ACTIONS_* or GitHub tokens)
  --allow-sublayout STEP     a functionary may hand in a sublayout for STEP of the root layout (repeatable, or
                             STEP,STEP); refused otherwise (SUBLAYOUT_REFUSED) unless the layout allows it for the
                             step ("provenant.dev/allow-sublayout": true)
  --allow-sublayouts         sublayouts allowed for every step at every depth (their inspections run here)
  ARTIFACT...                with --layout: each must be a final product of the supply chain
                             (with --layout only these options and --json apply; any other is a usage error)
Verification Summary Attestations (one signed VSA per artifact, PASSED or FAILED):
  --vsa-out DIR              write <artifact>.vsa.sigstore.json (+ .vsa.intoto.jsonl) into DIR; each records the
                             constraints applied and the trust (root digest, key digests) in policy.annotations
                             ["provenant.dev/effective-policy/v1"], and policy.digest is the sha256 of that record
  --resource-uri URI         the VSA's resourceUri (default: file:<artifact>)
  --vsa-key PEM              sign the VSAs with this private key (a --key file holding a private key also works)
  --vsa-sigstore, --sigstore sign the VSAs keyless (--identity-token, --identity-token-env, --fulcio-url, --rekor-url,
                             --tsa-url, --sigstore-instance as for attest --sigstore)
  --audit-lockfile FILE      audit the npm dependencies of FILE (see provenant audit) and put dependencyLevels ` +
  `in the VSAs;
                             exit 1 when it fails as audit --lockfile does (a registry error, a registry that does
                             not serve attestations, a dependency whose provenance fails verification)
  --registry URL             registry for --audit-lockfile (default https://registry.npmjs.org)
Output:
  --json                     (gh: --format json) ` +
  `{"schemaVersion":1,"verified","results":[{"artifact","digest":{"sha256"},
                             "verified","slsaLevel","minLevel","nextLevel","builderId","sourceRepo",
                             "checks":[{"code","ok","detail"}],…}]} (schemas/cli-verify.json): slsaLevel is the level
                             the evidence supports, verified the verdict (a --min-level miss keeps the level found);
                             a passed check whose detail starts with "warning: " is a note (e.g. source-dirty);
                             "rejected":[{"attestation","failed"}] lists other attestations given for a verified
                             artifact that failed (not part of the verdict);
                             errors: {"schemaVersion":1,"error":{"code","message"}}
  --print-provenance         print each verified Statement (JSON, one per line) to stdout (slsa-verifier's flag)
  --bundle is also spelled --provenance-path (slsa-verifier); verify-artifact is an alias of verify.
Exit codes: 0 every artifact verified, 1 otherwise (a missing artifact is a failure of that artifact), 2 usage.
`;

/** The verdicts as a table: aligned on a terminal, tab-separated when piped (details indented below a row). */
export function renderTable(report: Pick<VerifyReport, 'results'>, aligned = alignedTables()): string {
  const rows: TableRow[] = report.results.map((r) => {
    // artifact names, builder ids, repositories and details come from files and attestations: printable, as in audit
    const details = r.checks.filter((x) => !x.ok).map((c) => `  ✗ ${c.code}: ${pr(c.detail)}`);
    for (const c of warningChecks(r.checks)) details.push(`  ! ${c.code}: ${pr(c.detail)}`);
    for (const x of r.rejected ?? [])
      details.push(`  ! another attestation did not verify: ${pr(x.attestation)}: ${pr(x.failed[0] ?? '?')}`);
    if (r.materials && r.materials.total > 0)
      details.push(
        `  materials: ${r.materials.total} resolved dependencies, ` +
          `${r.materials.withDigest === r.materials.total ? 'all' : `${r.materials.withDigest}`} with digests`,
      );
    // why the next level was missed, whatever the verdict (a --min-level miss says what the level found lacks)
    if (r.nextLevel.length) details.push(`  next level: ${r.nextLevel.join('; ')}`);
    return {
      cells: [
        pr(r.artifact),
        r.verified ? 'yes' : 'NO',
        `L${r.slsaLevel}`,
        pr(r.builderId ?? '-'),
        pr(r.sourceRepo ?? '-'),
      ],
      details,
    };
  });
  return renderRows(['ARTIFACT', 'VERIFIED', 'SLSA', 'BUILDER', 'SOURCE'], rows, aligned);
}

/**
 * Sorts the artifact arguments: a malformed ALG:HEX digest is a usage error (exit 2); a file, glob or digest that
 * names nothing is a failure of that artifact in the report (the others are still verified).
 */
export async function checkArtifactArgs(
  specs: string[],
  cwd: string,
): Promise<{ present: string[]; missing: ArtifactResult[] }> {
  const present: string[] = [];
  const missing: ArtifactResult[] = [];
  for (const spec of specs) {
    if (existsSync(resolve(cwd, spec))) {
      present.push(spec);
      continue;
    }
    if (/^[A-Za-z][A-Za-z0-9-]*:[^/\\*?[]*$/.test(spec)) {
      try {
        parseDigest(spec, `artifact '${spec}'`);
      } catch (e) {
        throw new ProvenantError('USAGE', (e as Error).message);
      }
      present.push(spec);
      continue;
    }
    const { create } = await import('@actions/glob');
    const files = await (
      await create(spec.startsWith('/') ? spec : `${cwd}/${spec}`, {
        matchDirectories: false,
        implicitDescendants: true,
      })
    ).glob();
    if (files.some((f) => statSync(f).isFile() && !SIDECARS.some((x) => f.endsWith(x)))) {
      present.push(spec);
      continue;
    }
    const detail = `[FILE_NOT_FOUND] '${spec}': no such file, glob match or ALG:HEX digest`;
    missing.push(failedArtifact(spec, {}, { code: 'artifact', ok: false, detail }));
  }
  return { present, missing };
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals, spell } = parseCommandArgs(argv, {
    bundle: { type: 'string', multiple: true },
    'trusted-root': { type: 'string' },
    repo: { type: 'string' },
    key: { type: 'string', multiple: true },
    'allow-unsigned': { type: 'boolean' },
    'no-subject-check': { type: 'boolean' },
    'insecure-ignore-tlog': { type: 'boolean' },
    'insecure-skip-identity': { type: 'boolean' },
    ...POLICY_OPTIONS,
    ...SIGSTORE_OPTIONS,
    ...REGISTRY_OPTIONS,
    'vsa-out': { type: 'string' },
    'resource-uri': { type: 'string' },
    'vsa-key': { type: 'string' },
    'vsa-key-passphrase-env': { type: 'string' },
    'vsa-sigstore': { type: 'boolean' },
    sigstore: { type: 'boolean' },
    'audit-lockfile': { type: 'string' },
    ...LAYOUT_OPTIONS,
    json: { type: 'boolean' },
    'registry-username': { type: 'string' },
    'registry-password-env': { type: 'string' },
    'print-provenance': { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const given = Object.keys(values).filter((k) => (values as Record<string, unknown>)[k] !== undefined);
  if (values.layout) {
    // layout verification reads only its own options: any other would be silently ignored
    const foreign = given.filter((k) => !(k in LAYOUT_OPTIONS) && k !== 'json');
    if (foreign.length)
      throw new ProvenantError(
        'USAGE',
        `--layout verifies a supply chain layout: ${foreign.map((k) => `--${k}`).join(', ')} ` +
          `${foreign.length > 1 ? 'do' : 'does'} not apply`,
      );
    return runLayoutVerify(values, positionals);
  }
  const layoutOnly = given.filter((k) => k in LAYOUT_OPTIONS);
  if (layoutOnly.length)
    throw new ProvenantError(
      'USAGE',
      `${layoutOnly.map((k) => `--${k}`).join(', ')} ${layoutOnly.length > 1 ? 'apply' : 'applies'} only with --layout`,
    );
  // gh's --repo also sets the policy's source repository (policyFromValues: --source-repo, else --repo)
  const { policy, policyFile } = policyFromValues(values, spell);
  policy.requireIdentity = true;
  policy.insecureSkipIdentity = values['insecure-skip-identity'];
  policy.insecureIgnoreTlog = values['insecure-ignore-tlog'];
  const images = positionals.filter(isImageRef);
  // a malformed digest is a usage error; a file or glob that names nothing is a failure of that artifact
  const { present: files, missing } = await checkArtifactArgs(
    positionals.filter((p) => !isImageRef(p)),
    process.cwd(),
  );
  // usage errors before any work
  const passEnv = values['registry-password-env'];
  if (images.length && passEnv && process.env[passEnv] === undefined)
    throw new ProvenantError('USAGE', `--registry-password-env: ${passEnv} is not set`);
  const progress = startProgress('verifying');
  let report: VerifyReport | undefined;
  try {
    report =
      (images.length && !files.length) || (!files.length && missing.length)
        ? undefined
        : await verifyArtifacts({
            artifacts: files,
            bundles: values.bundle,
            trustedRoot: values['trusted-root'],
            keys: values.key,
            policy,
            githubRepo: values.repo,
            githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN,
            githubApiUrl: process.env.GITHUB_API_URL,
            // where attest writes: the current directory (the CLI) and $RUNNER_TEMP/provenant (the attest action)
            searchDirs: [
              process.cwd(),
              ...(process.env.RUNNER_TEMP ? [join(process.env.RUNNER_TEMP, 'provenant')] : []),
            ],
          });
  } finally {
    progress.stop();
  }
  if (images.length) {
    const ir = await verifyImages({
      images,
      trustedRoot: values['trusted-root'],
      keys: values.key,
      policy,
      credentials: {
        username: values['registry-username'],
        password: passEnv ? process.env[passEnv] : undefined,
        explicitSource: `--registry-username/--registry-password-env ${passEnv ?? ''}`.trim(),
        githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN,
      },
      retry: { onRetry: (m) => process.stderr.write(`warning: ${m}\n`) },
    });
    report = report ? joinReports(report, ir) : ir;
  }
  if (missing.length) {
    report = report
      ? joinReports(report, { results: missing, verified: false })
      : { results: missing, verified: false, trustedRoot: values['trusted-root'] ?? 'public-good', threads: 1 };
  }
  if (!report) throw new ProvenantError('INTERNAL', 'nothing verified');
  // how the work was done is no part of the report; PROVENANT_VERBOSE tells
  if (process.env.PROVENANT_VERBOSE)
    process.stderr.write(
      `provenant: verified ${report.threads > 1 ? `on ${report.threads} threads` : 'in 1 thread'}\n`,
    );
  const usage = report.results.flatMap((r) => r.checks).find((c) => !c.ok && c.detail.startsWith('[USAGE] '));
  if (usage) throw new ProvenantError('USAGE', usage.detail.slice('[USAGE] '.length));
  let audit: LockfileAudit | undefined;
  if (values['audit-lockfile']) {
    const lockfile = values['audit-lockfile'];
    audit = await withAuditProgress(() =>
      auditLockfile(lockfile, { ...registryOptionsFrom(values), trustedRoot: undefined }),
    );
  }
  let vsas: Awaited<ReturnType<typeof writeVsas>> | undefined;
  if (values['vsa-out']) {
    let signer: AttestationSigner | undefined;
    if (values['vsa-key']) {
      const pass = values['vsa-key-passphrase-env'] ? process.env[values['vsa-key-passphrase-env']] : undefined;
      signer = createKeySigner(readKeyInput(values['vsa-key'], '--vsa-key'), pass, `--vsa-key ${values['vsa-key']}`);
    } else if (values['vsa-sigstore'] || values.sigstore) {
      signer = (await keylessFromValues(values, '--vsa-sigstore')).signer;
    } else {
      // a --key file that holds a private key signs the VSAs (its public half verified the attestations)
      for (const k of values.key ?? []) {
        const text = readKeyInput(k, `--key ${k}`);
        if (/-----BEGIN (ENCRYPTED |RSA |EC )?PRIVATE KEY-----/.test(text)) {
          signer = createKeySigner(text, undefined, `--key ${k}`);
          break;
        }
      }
    }
    if (!signer)
      throw new ProvenantError(
        'USAGE',
        '--vsa-out: a VSA must be signed: --vsa-key PEM, a private --key, or --vsa-sigstore',
      );
    const dir = resolve(values['vsa-out']);
    await makeDirs(dir);
    // the whole effective policy and trust: every constraint, the trusted root's contents, every trusted key
    // the trust verifyArtifacts used: --trusted-root, else the TUF cache of `trust update`, else the shipped root
    const trust =
      report.trust ?? loadTrust(await withCachedRoot({ trustedRoot: values['trusted-root'], keys: values.key }));
    const effective = effectivePolicy(policy, trust);
    if (isEmptyPolicy(effective) && report.results.some((r) => r.verified && r.slsaLevel >= 1)) {
      process.stderr.write(
        'warning: the VSAs say PASSED under an empty policy (no --cert-identity, --signer-workflow, --source-repo, ' +
          '--source-uri, --builder-id, --policy or --key): verify-vsa refuses them unless --allow-empty-policy\n',
      );
    }
    vsas = await writeVsas(report.results, dir, signer, {
      resourceUri: values['resource-uri'],
      policyUri: policyFile ? `file:${policyFile.path}` : DEFAULT_POLICY_URI,
      policy: effective,
      dependencyLevels: audit?.dependencyLevels,
    });
  }
  if (values['print-provenance']) {
    // as slsa-verifier: the verified Statements on stdout, the verdicts on stderr
    for (const r of report.results)
      if (r.verified && r.statement) process.stdout.write(`${JSON.stringify(r.statement)}\n`);
    process.stderr.write(renderTable(report, alignedTables(process.stderr)));
  } else if (values.json) {
    writeJson({
      verified: report.verified,
      results: report.results.map(artifactResultJson),
      ...(vsas ? { vsas } : {}),
      ...(audit ? { audit: lockfileAuditJson(audit) } : {}),
    });
  } else {
    process.stdout.write(renderTable(report));
    if (audit) process.stdout.write(renderLockfileAudit(audit));
    for (const v of vsas ?? []) process.stdout.write(`VSA (${v.result}) for ${pr(v.artifact)}: ${pr(v.path)}\n`);
  }
  // the dependency audit decides as audit --lockfile does: registry errors and failed verifications fail it
  const auditFailures = audit ? lockfileAuditFailures(audit) : undefined;
  if (audit?.registryNote) process.stderr.write(`warning: ${audit.registryNote}\n`);
  for (const e of auditFailures?.errors ?? []) process.stderr.write(`error: --audit-lockfile: ${e}\n`);
  if (auditFailures?.failed) {
    process.stderr.write(`error: --audit-lockfile: ${auditFailures.failed} package(s) failed verification\n`);
  }
  return report.verified && !auditFailures?.fails ? 0 : 1;
}
