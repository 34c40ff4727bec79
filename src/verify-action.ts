/**
 * The verify action's entrypoint (dist/verify-action.js): reads inputs, calls the verify core, writes the
 * report file, outputs, annotations for failures and a job summary table.
 */
import * as core from '@actions/core';
import { formatError, ProvenantError } from './errors.js';
import { joinReports, loadTrust, verifyArtifacts } from './verify/index.js';
import { verifyImages } from './verify/oci.js';
import { withCachedRoot } from './verify/tuf.js';
import { isWithin, makeDirs, readContainedFileSync, writeFileAtomic } from './util/fs.js';
import { isAbsolute } from 'node:path';
import { realpathSync } from 'node:fs';
import { verifyLayout, type LayoutReport } from './intoto/layout.js';
import { parseFunctionaryKey } from './intoto/sslib.js';
import { checkModeInputs } from './verify-action-inputs.js';
import { warningChecks } from './verify/source-state.js';
import { hashFiles } from './subjects/index.js';
import { auditLockfile, lockfileAuditFailures, type LockfileAudit } from './audit/index.js';
import { effectivePolicy, isEmptyPolicy, writeVsas } from './slsa/vsa.js';
import { createKeySigner } from './signing/key-signer.js';
import { aliasedInput, MAX_KEY_BYTES, parseBoolean, readEventFile, readKeyInput } from './attest/inputs.js';
import { policyFromValues } from './commands/policy-args.js';
import { checkArtifactArgs } from './commands/verify.js';
import { isImageRef } from './oci/ref.js';
import { startProgress } from './util/progress.js';
import { jwtClaims, requestGitHubOidcToken } from './signing/oidc.js';
import { keylessFromToken } from './signing/sigstore.js';
import type { AttestationSigner } from './signing/types.js';
import { eventVisibility } from './slsa/github.js';
import { artifactResultJson, JSON_SCHEMA_VERSION } from './commands/output.js';
import { lockfileAuditJson } from './commands/audit.js';
import { minOf } from './util/array.js';
import { html, mdCell, mdCode, printable } from './util/escape.js';
import { secretParts } from './util/redact.js';
import { SUMMARY_ROWS, verifySummaryMarkdown } from './verify/summary.js';

/**
 * Inputs under their documented name or the CLI's spelling (README: naming table); messages name the one used.
 * The second name of each pair is the CLI option's, so a workflow can be written from a command line and back.
 */
const ALIASES: Record<string, string[]> = {
  bundles: ['bundle'],
  keys: ['key'],
  'min-slsa-level': ['min-level'],
  'build-workflow-inputs': ['build-workflow-input'],
  'layout-keys': ['layout-key'],
  'layout-params': ['param'],
  vsa: ['vsa-out'],
};
/** The name the workflow used for each input read (for messages). */
const used: Record<string, string> = {};
function input(name: string): string {
  const r = aliasedInput(core.getInput, [name, ...(ALIASES[name] ?? [])]);
  used[name] = r.name;
  return r.value;
}
function list(name: string): string[] {
  return input(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
function bool(name: string): boolean {
  return parseBoolean(input(name), name);
}

/** The verify action with `layout`: in-toto supply-chain verification (and, with artifacts, final products). */
async function runLayout(cwd: string): Promise<void> {
  const params: Record<string, string> = {};
  for (const kv of list('layout-params')) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new Error(`${used['layout-params']}: '${kv}' is not KEY=VALUE`);
    params[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const abs = (p: string) => (isAbsolute(p) ? p : `${cwd}/${p}`);
  const keys = list('layout-keys');
  if (!keys.length) throw new Error(`${used['layout-keys']}: give the key(s) that must have signed the layout`);
  // sublayouts (and their inspections) run only where the layout or the workflow allows them (issue 16 point 3)
  const allowSublayouts = bool('allow-sublayouts') ? true : list('allow-sublayout');
  // the layout, its keys and the links are read as the attest action reads its inputs: inside the workspace or the
  // runner's temp after resolving symlinks, regular files of bounded size (a link to /proc/self/environ is refused)
  const roots = [cwd, process.env.RUNNER_TEMP].filter((r): r is string => !!r);
  const warnings: string[] = [];
  let report: LayoutReport | undefined;
  let error: string | undefined;
  try {
    const layoutKeys = keys.map((k) => {
      const text = readContainedFileSync(abs(k), { root: roots, maxBytes: MAX_KEY_BYTES, what: 'layout-keys' });
      return parseFunctionaryKey(text.data.toString('utf8'), printable(k));
    });
    const linkDir = containedDir(abs(core.getInput('links') || '.'), roots, 'links');
    report = await verifyLayout({
      layoutPath: abs(core.getInput('layout')),
      layoutKeys,
      linkDir,
      params: Object.keys(params).length ? params : undefined,
      inspectionDir: cwd,
      allowSublayouts: allowSublayouts === true || allowSublayouts.length ? allowSublayouts : undefined,
      contain: roots,
      onWarning: (m) => warnings.push(m),
    });
  } catch (e) {
    // the CLI's option names in a refused sublayout's message, as the action's inputs
    error = formatError(e)
      .replace(/--allow-sublayout (\S+) or --allow-sublayouts/, 'allow-sublayout: $1 or allow-sublayouts: true')
      .replace(/\(--allow-sublayouts\)/, '(allow-sublayouts: true)');
  }
  const missing: string[] = [];
  if (report) {
    const arts = list('artifacts');
    const digests = await hashFiles(arts.map(abs), ['sha256']);
    arts.forEach((a, i) => {
      if (report!.summary.products[a]?.sha256 !== digests[i].sha256) missing.push(a);
    });
  }
  for (const w of warnings) core.warning(w);
  const verified = !!report && !missing.length;
  core.setOutput('verified', String(verified));
  const reportPath = core.getInput('report-path') || `${process.env.RUNNER_TEMP || cwd}/provenant-layout.json`;
  await writeFileAtomic(
    reportPath,
    `${JSON.stringify(
      {
        verified,
        layout: core.getInput('layout'),
        steps: report?.steps ?? [],
        inspections: report?.inspections ?? [],
        warnings,
        error: error ?? null,
        notFinalProducts: missing,
      },
      null,
      2,
    )}\n`,
  );
  core.setOutput('report-path', reportPath);
  if (process.env.GITHUB_STEP_SUMMARY) {
    core.summary.addHeading('Provenant in-toto layout verification', 2);
    if (report)
      core.summary.addTable([
        [
          { data: 'Step', header: true },
          { data: 'Links', header: true },
        ],
        ...report.steps.map((s) => [html(s.name), html(s.links.map((l) => l.split('/').pop()).join(', '))]),
        ...report.inspections.map((i) => [`inspection ${html(i.name)}`, html(i.command.join(' '))]),
      ]);
    core.summary.addRaw(
      verified
        ? '\n✅ the supply chain verifies\n'
        : `\n❌ ${mdCell(error ?? `not final products: ${missing.join(', ')}`)}\n`,
    );
    await core.summary.write();
  }
  if (error) core.setFailed(error);
  else if (missing.length)
    core.setFailed(`[SUBJECT_MISMATCH] not final products of the supply chain: ${missing.join(', ')}`);
}

/** A folder that must lie inside one of the roots after resolving symlinks (SYMLINK_ESCAPE otherwise). */
function containedDir(dir: string, roots: string[], what: string): string {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = `${what}: cannot read ${printable(dir)} (${code})`;
    throw new ProvenantError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', why);
  }
  const inside = roots.some((r) => {
    let root: string;
    try {
      root = realpathSync(r);
    } catch {
      return false;
    }
    return isWithin(root, real);
  });
  if (!inside) {
    const where = `${printable(dir)} resolves to ${printable(real)}`;
    const why = `${what}: ${where}, outside the workspace and the runner's temp: refused`;
    throw new ProvenantError('SYMLINK_ESCAPE', why);
  }
  return dir;
}

async function run(): Promise<void> {
  // every secret the action holds is masked in the log before anything could print it
  for (const secret of [
    core.getInput('github-token'),
    process.env.GITHUB_TOKEN,
    core.getInput('vsa-key'),
    core.getInput('vsa-key-passphrase'),
    core.getInput('registry-password'),
  ]) {
    // each line of a multi-line secret (a PEM key) too: the runner masks line by line
    for (const part of secretParts(secret)) core.setSecret(part);
  }
  // inputs that do not apply to the mode (layout or attestations) are a usage error, never silently ignored
  checkModeInputs(process.env);
  if (core.getInput('layout')) return runLayout(process.env.GITHUB_WORKSPACE || process.cwd());
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  // the same policy as the CLI's, from the same options (input name → CLI option)
  const values: Record<string, string | boolean | string[] | undefined> = {};
  const spelled: Record<string, string> = {};
  const str = (opt: string, name = opt) => {
    const v = input(name);
    spelled[opt] = used[name];
    if (v) values[opt] = v;
  };
  for (const n of [
    'cert-identity',
    'cert-identity-regex',
    'cert-oidc-issuer',
    'cert-oidc-issuer-regex',
    'signer-workflow',
    'signer-repo',
    'owner',
    'source-repo',
    'source-ref',
    'builder-id',
    'source-uri',
    'source-branch',
    'source-tag',
    'source-versioned-tag',
    'predicate-type',
    'repo',
  ])
    str(n);
  str('min-level', 'min-slsa-level');
  str('policy');
  if (values.policy && !isAbsolute(values.policy as string)) values.policy = `${cwd}/${values.policy}`;
  for (const [opt, name] of [
    ['build-workflow-input', 'build-workflow-inputs'],
    ['build-type', 'build-type'],
  ]) {
    const l = list(name);
    spelled[opt] = used[name];
    if (l.length) values[opt] = l;
  }
  for (const n of ['deny-self-hosted-runners', 'allow-unsigned', 'require-material-digests', 'no-subject-check'])
    values[n] = bool(n);
  const { policy } = policyFromValues(values, (opt) => spelled[opt] ?? opt);
  // a certificate-signed attestation needs an identity constraint unless the workflow opts out explicitly
  policy.requireIdentity = true;
  policy.insecureSkipIdentity = bool('insecure-skip-identity');
  policy.insecureIgnoreTlog = bool('insecure-ignore-tlog');
  // container images (oci://REGISTRY/REPO[:TAG|@DIGEST]) are verified from their registry, as by the CLI
  const images = list('artifacts').filter(isImageRef);
  // a missing artifact is a failure of that artifact in the report, as in the CLI
  const { present, missing } = await checkArtifactArgs(
    list('artifacts').filter((a) => !isImageRef(a)),
    cwd,
  );
  const progress = startProgress('verifying', 'artifacts', { stream: process.stdout });
  let report: Awaited<ReturnType<typeof verifyArtifacts>> = {
    results: [],
    verified: false,
    trustedRoot: '',
    threads: 1,
  };
  if (present.length || (!missing.length && !images.length)) {
    report = await verifyArtifacts({
      artifacts: present,
      bundles: list('bundles'),
      trustedRoot: core.getInput('trusted-root') || undefined,
      keys: list('keys'),
      policy,
      cwd,
      githubRepo: core.getInput('repo') || undefined,
      githubToken: core.getInput('github-token') || process.env.GITHUB_TOKEN || undefined,
      githubApiUrl: process.env.GITHUB_API_URL || undefined,
      // where the attest action writes ($RUNNER_TEMP/provenant) and the workspace, as the CLI searches
      searchDirs: [cwd, ...(process.env.RUNNER_TEMP ? [`${process.env.RUNNER_TEMP}/provenant`] : [])],
    }).finally(() => progress.stop());
  } else progress.stop();
  if (images.length) {
    const ir = await verifyImages({
      images,
      trustedRoot: core.getInput('trusted-root') || undefined,
      keys: list('keys'),
      policy,
      // inputs, docker login's config.json, or the github-token for ghcr.io; never logged (masked above)
      credentials: {
        username: core.getInput('registry-username') || undefined,
        password: core.getInput('registry-password') || undefined,
        explicitSource: 'inputs registry-username/registry-password',
        githubToken: core.getInput('github-token') || process.env.GITHUB_TOKEN || undefined,
      },
      retry: { onRetry: (m) => core.warning(m) },
    });
    report = present.length || report.results.length ? joinReports(report, ir) : ir;
  }
  const usage = report.results.flatMap((r) => r.checks).find((c) => !c.ok && c.detail.startsWith('[USAGE] '));
  if (usage)
    throw new ProvenantError(
      'USAGE',
      usage.detail.slice(8).replace('--insecure-skip-identity', 'insecure-skip-identity: true').replace(/--/g, ''),
    );
  if (missing.length) report = joinReports(report, { results: missing, verified: false });
  // the dependency audit and the VSAs (each optional)
  let audit: LockfileAudit | undefined;
  const lockfile = core.getInput('audit-lockfile');
  if (lockfile) {
    audit = await auditLockfile(isAbsolute(lockfile) ? lockfile : `${cwd}/${lockfile}`, {
      registry: core.getInput('registry') || undefined,
      baseDelayMs: process.env.PROVENANT_RETRY_BASE_MS ? Number(process.env.PROVENANT_RETRY_BASE_MS) : undefined,
      cacheDir: `${process.env.RUNNER_TEMP || cwd}/provenant-npm-cache`,
    });
  }
  let vsaPaths: string[] = [];
  let written: Awaited<ReturnType<typeof writeVsas>> = [];
  const vsaDir = input('vsa');
  if (vsaDir) {
    let signer: AttestationSigner;
    const key = core.getInput('vsa-key');
    if (key)
      signer = createKeySigner(
        readKeyInput(key, 'vsa-key'),
        core.getInput('vsa-key-passphrase') || undefined,
        'vsa-key',
      );
    else {
      // keyless: the verifying workflow's identity signs its summaries
      const token = await requestGitHubOidcToken(process.env, 'sigstore');
      core.setSecret(token);
      const event = process.env.GITHUB_EVENT_PATH ? readEventFile(process.env.GITHUB_EVENT_PATH) : {};
      signer = keylessFromToken(token, jwtClaims, {
        instance: core.getInput('sigstore-instance') || 'auto',
        visibility: eventVisibility(event),
        serverUrl: process.env.GITHUB_SERVER_URL,
        fulcioURL: core.getInput('fulcio-url') || undefined,
        rekorURL: core.getInput('rekor-url') || undefined,
        tsaURL: core.getInput('tsa-url') || undefined,
      }).signer;
    }
    const dir = isAbsolute(vsaDir) ? vsaDir : `${cwd}/${vsaDir}`;
    await makeDirs(dir);
    // the whole effective policy and the trust the attestations were verified against (loaded once), as verify
    // --vsa-out records it; loaded here only when no artifact was there to verify
    const effective = effectivePolicy(
      policy,
      report.trust ??
        loadTrust(
          await withCachedRoot({ trustedRoot: core.getInput('trusted-root') || undefined, keys: list('keys') }),
        ),
    );
    if (isEmptyPolicy(effective) && report.results.some((r) => r.verified && r.slsaLevel >= 1)) {
      // as verify --vsa-out warns: a PASSED VSA under no constraint says nothing about who built the artifact
      core.warning(
        'the VSAs say PASSED under an empty policy (no cert-identity, signer-workflow, source-repo, source-uri, ' +
          'builder-id or keys): verify-vsa refuses them unless --allow-empty-policy',
      );
    }
    written = await writeVsas(report.results, dir, signer, {
      resourceUri: core.getInput('resource-uri') || undefined,
      policy: effective,
      dependencyLevels: audit?.dependencyLevels,
    });
    vsaPaths = written.map((w) => w.path);
  }
  core.setOutput('vsa-paths', vsaPaths.join('\n'));
  const reportPath = core.getInput('report-path') || `${process.env.RUNNER_TEMP || cwd}/provenant-verify.json`;
  // the same document as provenant verify --json (schemas/cli-verify.json)
  await writeFileAtomic(
    reportPath,
    `${JSON.stringify(
      {
        schemaVersion: JSON_SCHEMA_VERSION,
        verified: report.verified,
        results: report.results.map(artifactResultJson),
        ...(audit ? { audit: lockfileAuditJson(audit) } : {}),
        vsas: written,
      },
      null,
      2,
    )}\n`,
  );
  // slsa-level: the lowest level the evidence supports (a min-slsa-level miss keeps the level found); verified: the
  // verdict
  const level = report.results.length
    ? minOf(
        report.results.map((r) => r.slsaLevel),
        0,
      )
    : 0;
  core.setOutput('verified', String(report.verified));
  core.setOutput('slsa-level', String(level));
  core.setOutput('report-path', reportPath);
  // one annotation per failed check; names from files are made printable (no workflow command, one line)
  for (const r of report.results)
    for (const c of r.checks.filter((x) => !x.ok)) core.error(printable(`${r.artifact}: ${c.code}: ${c.detail}`));
  for (const r of report.results) {
    for (const c of warningChecks(r.checks)) core.warning(printable(`${r.artifact}: ${c.code}: ${c.detail}`));
  }
  // the dependency audit decides as audit --lockfile does: registry errors and failed verifications fail the step
  const auditFailures = audit ? lockfileAuditFailures(audit) : undefined;
  if (audit?.registryNote) core.warning(`audit-lockfile: ${audit.registryNote}`);
  for (const e of auditFailures?.errors ?? []) core.error(printable(`audit-lockfile: ${e}`));
  if (auditFailures?.failed) core.error(`audit-lockfile: ${auditFailures.failed} package(s) failed verification`);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(verifySummaryMarkdown(report.results, { minLevel: policy.minLevel, vsaPaths, workspace: cwd }))
      .write();
    if (audit) {
      const t = audit.totals;
      const md: string[] = [`### Dependencies of ${mdCell(lockfile)} (${audit.packages.length} npm packages)`, ''];
      md.push(
        `L0 ${t.L0} · L1 ${t.L1} · L2 ${t.L2} · L3 ${t.L3} · failed ${t.failed} · registry errors ${t.error}`,
        '',
      );
      md.push('| Package | SLSA | Status | Builder | Detail |', '|---|---|---|---|---|');
      for (const p of audit.packages.slice(0, SUMMARY_ROWS)) {
        const detail = p.status === 'verified' || p.status === 'no-provenance' ? '' : mdCell(p.detail ?? '');
        md.push(
          `| ${mdCell(`${p.name}@${p.version}`)} | ${p.level === null ? '-' : `L${p.level}`} | ${mdCell(p.status)}` +
            ` | ${p.builderId ? mdCode(p.builderId) : '-'} | ${detail} |`,
        );
      }
      if (audit.packages.length > SUMMARY_ROWS)
        md.push(`| … and ${audit.packages.length - SUMMARY_ROWS} more | | | | |`);
      await core.summary.addRaw(`${md.join('\n')}\n`).write();
    }
  }
  if (!report.verified)
    core.setFailed(
      `${report.results.filter((r) => !r.verified).length} of ${report.results.length} artifact(s) failed verification`,
    );
  else if (auditFailures?.fails) {
    core.setFailed(`audit-lockfile: the dependencies of ${printable(lockfile)} could not all be evaluated or verified`);
  }
}

run().catch((e: unknown) => core.setFailed(formatError(e)));
