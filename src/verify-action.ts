/**
 * The verify action's entrypoint (dist/verify-action.js): reads inputs, calls the verify core, writes the
 * report file, outputs, annotations for failures and a job summary table.
 */
import * as core from '@actions/core';
import { formatError, ProvenantError } from './errors.js';
import { loadTrust, verifyArtifacts, type Policy } from './verify/index.js';
import { makeDirs, writeFileAtomic } from './util/fs.js';
import { isAbsolute } from 'node:path';
import { verifyLayout, type LayoutReport } from './intoto/layout.js';
import { loadFunctionaryKey } from './intoto/sslib.js';
import { hashFiles } from './subjects/index.js';
import { auditLockfile, type LockfileAudit } from './audit/index.js';
import { effectivePolicy, writeVsas } from './slsa/vsa.js';
import { createKeySigner } from './signing/key-signer.js';
import { aliasedInput, parseBoolean, readEventFile, readKeyInput } from './attest/inputs.js';
import { policyFromValues } from './commands/policy-args.js';
import { checkArtifactArgs } from './commands/verify.js';
import { startProgress } from './util/progress.js';
import { jwtClaims, requestGitHubOidcToken } from './signing/oidc.js';
import { keylessFromToken } from './signing/sigstore.js';
import type { AttestationSigner } from './signing/types.js';
import { eventVisibility } from './slsa/github.js';
import { artifactResultJson, JSON_SCHEMA_VERSION } from './commands/output.js';
import { lockfileAuditJson } from './commands/audit.js';
import { minOf } from './util/array.js';
import { html, mdCell, mdCode } from './util/escape.js';

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
  return input(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
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
  const warnings: string[] = [];
  let report: LayoutReport | undefined;
  let error: string | undefined;
  try {
    report = await verifyLayout({
      layoutPath: abs(core.getInput('layout')),
      layoutKeys: keys.map((k) => loadFunctionaryKey(abs(k))),
      linkDir: abs(core.getInput('links') || '.'),
      params: Object.keys(params).length ? params : undefined,
      inspectionDir: cwd,
      onWarning: (m) => warnings.push(m),
    });
  } catch (e) {
    error = formatError(e);
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
  await writeFileAtomic(reportPath, JSON.stringify({ verified, layout: core.getInput('layout'), steps: report?.steps ?? [], inspections: report?.inspections ?? [], warnings, error: error ?? null, notFinalProducts: missing }, null, 2) + '\n');
  core.setOutput('report-path', reportPath);
  if (process.env.GITHUB_STEP_SUMMARY) {
    core.summary.addHeading('Provenant in-toto layout verification', 2);
    if (report) core.summary.addTable([[{ data: 'Step', header: true }, { data: 'Links', header: true }], ...report.steps.map((s) => [html(s.name), html(s.links.map((l) => l.split('/').pop()).join(', '))]), ...report.inspections.map((i) => [`inspection ${html(i.name)}`, html(i.command.join(' '))])]);
    core.summary.addRaw(verified ? '\n✅ the supply chain verifies\n' : `\n❌ ${mdCell(error ?? `not final products: ${missing.join(', ')}`)}\n`);
    await core.summary.write();
  }
  if (error) core.setFailed(error);
  else if (missing.length) core.setFailed(`[SUBJECT_MISMATCH] not final products of the supply chain: ${missing.join(', ')}`);
}

async function run(): Promise<void> {
  // every secret the action holds is masked in the log before anything could print it
  for (const secret of [core.getInput('github-token'), process.env.GITHUB_TOKEN, core.getInput('vsa-key'), core.getInput('vsa-key-passphrase')]) {
    if (secret) core.setSecret(secret);
  }
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
  for (const n of ['cert-identity', 'cert-identity-regex', 'cert-oidc-issuer', 'cert-oidc-issuer-regex', 'signer-workflow', 'signer-repo', 'owner', 'source-repo', 'source-ref', 'builder-id', 'source-uri', 'source-branch', 'source-tag', 'source-versioned-tag', 'predicate-type', 'repo']) str(n);
  str('min-level', 'min-slsa-level');
  str('policy');
  if (values.policy && !isAbsolute(values.policy as string)) values.policy = `${cwd}/${values.policy}`;
  for (const [opt, name] of [['build-workflow-input', 'build-workflow-inputs'], ['build-type', 'build-type']]) {
    const l = list(name);
    spelled[opt] = used[name];
    if (l.length) values[opt] = l;
  }
  for (const n of ['deny-self-hosted-runners', 'allow-unsigned', 'require-material-digests', 'no-subject-check']) values[n] = bool(n);
  const { policy } = policyFromValues(values, (opt) => spelled[opt] ?? opt);
  // a certificate-signed attestation needs an identity constraint unless the workflow opts out explicitly
  policy.requireIdentity = true;
  policy.insecureSkipIdentity = bool('insecure-skip-identity');
  policy.insecureIgnoreTlog = bool('insecure-ignore-tlog');
  // a missing artifact is a failure of that artifact in the report, as in the CLI
  const { present, missing } = await checkArtifactArgs(list('artifacts'), cwd);
  const progress = startProgress('verifying', 'artifacts', { stream: process.stdout });
  let report: Awaited<ReturnType<typeof verifyArtifacts>> = { results: [], verified: false, trustedRoot: '', threads: 1 };
  if (present.length || !missing.length) {
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
    }).finally(() => progress.stop());
  } else progress.stop();
  const usage = report.results.flatMap((r) => r.checks).find((c) => !c.ok && c.detail.startsWith('[USAGE] '));
  if (usage) throw new ProvenantError('USAGE', usage.detail.slice(8).replace('--insecure-skip-identity', 'insecure-skip-identity: true').replace(/--/g, ''));
  if (missing.length) report = { ...report, results: [...report.results, ...missing], verified: false };
  // the dependency audit and the VSAs (each optional)
  let audit: LockfileAudit | undefined;
  const lockfile = core.getInput('audit-lockfile');
  if (lockfile) {
    audit = await auditLockfile(isAbsolute(lockfile) ? lockfile : `${cwd}/${lockfile}`, { registry: core.getInput('registry') || undefined, baseDelayMs: process.env.PROVENANT_RETRY_BASE_MS ? Number(process.env.PROVENANT_RETRY_BASE_MS) : undefined, cacheDir: `${process.env.RUNNER_TEMP || cwd}/provenant-npm-cache` });
  }
  let vsaPaths: string[] = [];
  let written: Awaited<ReturnType<typeof writeVsas>> = [];
  const vsaDir = input('vsa');
  if (vsaDir) {
    let signer: AttestationSigner;
    const key = core.getInput('vsa-key');
    if (key) signer = createKeySigner(readKeyInput(key, 'vsa-key'), core.getInput('vsa-key-passphrase') || undefined, 'vsa-key');
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
    written = await writeVsas(report.results, dir, signer, {
      resourceUri: core.getInput('resource-uri') || undefined,
      // the whole effective policy and trust, as verify --vsa-out records it
      policy: effectivePolicy(
        policy,
        loadTrust({ trustedRoot: core.getInput('trusted-root') || undefined, keys: list('keys') }),
      ),
      dependencyLevels: audit?.dependencyLevels,
    });
    vsaPaths = written.map((w) => w.path);
  }
  core.setOutput('vsa-paths', vsaPaths.join('\n'));
  const reportPath = core.getInput('report-path') || `${process.env.RUNNER_TEMP || cwd}/provenant-verify.json`;
  // the same document as provenant verify --json (schemas/cli-verify.json)
  await writeFileAtomic(reportPath, JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, verified: report.verified, results: report.results.map(artifactResultJson), ...(audit ? { audit: lockfileAuditJson(audit) } : {}), vsas: written }, null, 2) + '\n');
  const level = report.results.length ? minOf(report.results.map((r) => r.slsaLevel), 0) : 0;
  core.setOutput('verified', String(report.verified));
  core.setOutput('slsa-level', String(level));
  core.setOutput('report-path', reportPath);
  const rows = [
    [{ data: 'Artifact', header: true }, { data: 'Verified', header: true }, { data: 'SLSA', header: true }, { data: 'Builder', header: true }, { data: 'Source', header: true }, { data: 'Failed checks', header: true }],
    ...report.results.map((r) => [
      html(r.artifact),
      r.verified ? '✅' : '❌',
      `L${r.slsaLevel}`,
      html(r.builderId ?? '-'),
      html(r.sourceRepo ?? '-'),
      r.checks.filter((c) => !c.ok).map((c) => html(`${c.code}: ${c.detail}`)).join('<br>') || '-',
    ]),
  ];
  for (const r of report.results) for (const c of r.checks.filter((x) => !x.ok)) core.error(`${r.artifact}: ${c.code}: ${c.detail}`);
  if (process.env.GITHUB_STEP_SUMMARY) {
    core.summary.addHeading('Provenant verification', 2).addTable(rows);
    if (audit) {
      const t = audit.totals;
      core.summary.addHeading(`Dependencies of ${html(lockfile)} (${audit.packages.length} npm packages)`, 3);
      core.summary.addRaw(`L0 ${t.L0} · L1 ${t.L1} · L2 ${t.L2} · L3 ${t.L3} · failed ${t.failed} · registry errors ${t.error}\n\n`);
      core.summary.addTable([
        [{ data: 'Package', header: true }, { data: 'SLSA', header: true }, { data: 'Status', header: true }, { data: 'Builder', header: true }, { data: 'Detail', header: true }],
        ...audit.packages.map((p) => [html(`${p.name}@${p.version}`), p.level === null ? '-' : `L${p.level}`, html(p.status), html(p.builderId ?? '-'), p.status === 'verified' || p.status === 'no-provenance' ? '' : html(p.detail ?? '')]),
      ]);
    }
    if (vsaPaths.length) core.summary.addRaw(`\nVerification Summary Attestations: ${vsaPaths.map((p) => mdCode(p)).join(', ')}\n`);
    await core.summary.write();
  }
  if (!report.verified) core.setFailed(`${report.results.filter((r) => !r.verified).length} of ${report.results.length} artifact(s) failed verification`);
}

run().catch((e: unknown) => core.setFailed(formatError(e)));
