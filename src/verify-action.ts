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
import { readEventFile, readKeyInput } from './attest/inputs.js';
import { jwtClaims, requestGitHubOidcToken } from './signing/oidc.js';
import { keylessFromToken } from './signing/sigstore.js';
import type { AttestationSigner } from './signing/types.js';
import { eventVisibility } from './slsa/github.js';
import { minOf } from './util/array.js';
import { html, mdCell, mdCode, printable } from './util/escape.js';
import { SUMMARY_ROWS, verifySummaryMarkdown } from './verify/summary.js';

function list(name: string): string[] {
  return core.getInput(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function bool(name: string): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (!v || v === 'false') return false;
  if (v === 'true') return true;
  throw new Error(`${name}: '${v}' is not true or false`);
}

/** The verify action with `layout`: in-toto supply-chain verification (and, with artifacts, final products). */
async function runLayout(cwd: string): Promise<void> {
  const params: Record<string, string> = {};
  for (const kv of list('layout-params')) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new Error(`layout-params: '${kv}' is not KEY=VALUE`);
    params[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const abs = (p: string) => (isAbsolute(p) ? p : `${cwd}/${p}`);
  const keys = list('layout-keys');
  if (!keys.length) throw new Error('layout-keys: give the key(s) that must have signed the layout');
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
  const inputs: Record<string, string> = {};
  for (const kv of list('build-workflow-inputs')) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new Error(`build-workflow-inputs: '${kv}' is not KEY=VALUE`);
    inputs[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const min = core.getInput('min-slsa-level');
  const minLevel = min ? Number(min) : undefined;
  if (minLevel !== undefined && (!Number.isInteger(minLevel) || minLevel < 0 || minLevel > 3)) throw new Error(`min-slsa-level: '${min}' is not 0-3`);
  const policy: Policy = {
    certIdentity: core.getInput('cert-identity') || undefined,
    certIdentityRegex: core.getInput('cert-identity-regex') || undefined,
    certOidcIssuer: core.getInput('cert-oidc-issuer') || undefined,
    signerWorkflow: core.getInput('signer-workflow') || undefined,
    sourceRepo: core.getInput('source-repo') || core.getInput('repo') || undefined,
    sourceRef: core.getInput('source-ref') || undefined,
    denySelfHostedRunners: bool('deny-self-hosted-runners'),
    owner: core.getInput('owner') || undefined,
    // a certificate-signed attestation needs an identity constraint unless the workflow opts out explicitly
    requireIdentity: true,
    insecureSkipIdentity: bool('insecure-skip-identity'),
    insecureIgnoreTlog: bool('insecure-ignore-tlog'),
    builderId: core.getInput('builder-id') || undefined,
    sourceUri: core.getInput('source-uri') || undefined,
    sourceBranch: core.getInput('source-branch') || undefined,
    sourceTag: core.getInput('source-tag') || undefined,
    sourceVersionedTag: core.getInput('source-versioned-tag') || undefined,
    buildWorkflowInputs: Object.keys(inputs).length ? inputs : undefined,
    allowUnsigned: bool('allow-unsigned'),
    requireMaterialDigests: bool('require-material-digests'),
    minLevel,
  };
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const report = await verifyArtifacts({
    artifacts: list('artifacts'),
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
  });
  const usage = report.results.flatMap((r) => r.checks).find((c) => !c.ok && c.detail.startsWith('[USAGE] '));
  if (usage) throw new ProvenantError('USAGE', usage.detail.slice(8).replace('--insecure-skip-identity', 'insecure-skip-identity: true').replace(/--/g, ''));
  // the dependency audit and the VSAs (each optional)
  let audit: LockfileAudit | undefined;
  const lockfile = core.getInput('audit-lockfile');
  if (lockfile) {
    audit = await auditLockfile(isAbsolute(lockfile) ? lockfile : `${cwd}/${lockfile}`, { registry: core.getInput('registry') || undefined, baseDelayMs: process.env.PROVENANT_RETRY_BASE_MS ? Number(process.env.PROVENANT_RETRY_BASE_MS) : undefined, cacheDir: `${process.env.RUNNER_TEMP || cwd}/provenant-npm-cache` });
  }
  let vsaPaths: string[] = [];
  const vsaDir = core.getInput('vsa');
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
    const written = await writeVsas(report.results, dir, signer, {
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
  await writeFileAtomic(reportPath, JSON.stringify({ results: report.results, verified: report.verified, ...(audit ? { audit } : {}), vsas: vsaPaths }, null, 2) + '\n');
  // slsa-level: the lowest level the evidence supports (a min-slsa-level miss keeps the level found); verified: the
  // verdict
  const level = report.results.length ? minOf(report.results.map((r) => r.slsaLevel), 0) : 0;
  core.setOutput('verified', String(report.verified));
  core.setOutput('slsa-level', String(level));
  core.setOutput('report-path', reportPath);
  // one annotation per failed check; names from files are made printable (no workflow command, one line)
  for (const r of report.results) for (const c of r.checks.filter((x) => !x.ok)) core.error(printable(`${r.artifact}: ${c.code}: ${c.detail}`));
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(verifySummaryMarkdown(report.results, { minLevel, vsaPaths, workspace: cwd })).write();
    if (audit) {
      const t = audit.totals;
      const md: string[] = [`### Dependencies of ${mdCell(lockfile)} (${audit.packages.length} npm packages)`, ''];
      md.push(`L0 ${t.L0} · L1 ${t.L1} · L2 ${t.L2} · L3 ${t.L3} · failed ${t.failed} · registry errors ${t.error}`, '');
      md.push('| Package | SLSA | Status | Builder | Detail |', '|---|---|---|---|---|');
      for (const p of audit.packages.slice(0, SUMMARY_ROWS)) {
        const detail = p.status === 'verified' || p.status === 'no-provenance' ? '' : mdCell(p.detail ?? '');
        md.push(`| ${mdCell(`${p.name}@${p.version}`)} | ${p.level === null ? '-' : `L${p.level}`} | ${mdCell(p.status)} | ${p.builderId ? mdCode(p.builderId) : '-'} | ${detail} |`);
      }
      if (audit.packages.length > SUMMARY_ROWS) md.push(`| … and ${audit.packages.length - SUMMARY_ROWS} more | | | | |`);
      await core.summary.addRaw(md.join('\n') + '\n').write();
    }
  }
  if (!report.verified) core.setFailed(`${report.results.filter((r) => !r.verified).length} of ${report.results.length} artifact(s) failed verification`);
}

run().catch((e: unknown) => core.setFailed(formatError(e)));
