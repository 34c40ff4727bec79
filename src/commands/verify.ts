import { readFileSync } from 'node:fs';
import { ProvenantError } from '../errors.js';
import { verifyArtifacts, type Policy, type VerifyReport } from '../verify/index.js';
import { parseCommandArgs } from './args.js';

export const summary = 'verify attestations offline: signatures, subjects, policy and SLSA Build level';

const HELP = `Usage: provenant verify ARTIFACT_OR_DIGEST... [options]

Each ARTIFACT is a file, a glob, or sha256:HEX / sha512:HEX. Attestations come from --bundle files, or are
found beside each artifact (<artifact>.intoto.jsonl, <artifact>.sigstore.json, <artifact>.statement.json).
Verification is offline: the Sigstore public-good trusted root ships with Provenant.

Attestations and trust:
  --bundle FILE              Sigstore bundle (v0.1-v0.3), .intoto.jsonl, DSSE envelope, npm attestations document (repeatable)
  --repo OWNER/NAME          download the attestations from the GitHub attestations API (token: GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL for GHES)
  --trusted-root FILE        Sigstore trusted root of another instance (GitHub's, a private one, a test one)
  --key FILE                 trusted public key: PEM, npm keys.json, or a folder of them (repeatable)
  --allow-unsigned           accept an unsigned Statement (SLSA Build L1 at most)
  --no-subject-check         verify signatures and policy without an artifact (level 0)
Certificate identity:
  --cert-identity SAN        --cert-identity-regex RE    --cert-oidc-issuer URL
  --signer-workflow OWNER/REPO/PATH    --source-repo OWNER/REPO|URL    --source-ref REF
  --deny-self-hosted-runners
Provenance:
  --builder-id ID            exact, without @ (any ref), or PREFIX@ (any semver tag)
  --source-uri URI           --source-branch B    --source-tag T    --source-versioned-tag vX[.Y[.Z]]
  --build-workflow-input K=V (repeatable)         --build-type URI (repeatable allowlist)
  --require-material-digests every resolved dependency must carry a digest
  --policy FILE              JSON {"builders": {"<builder id or PREFIX@>": <max level>}}
  --min-level N              fail when an artifact is below SLSA Build level N
Output:
  --json                     {"results":[{"artifact","digest","verified","slsaLevel","builderId","sourceRepo","checks":[{"code","ok","detail"}]}]}
Exit codes: 0 every artifact verified, 1 otherwise, 2 usage.
`;

export function renderTable(report: VerifyReport): string {
  const lines = ['ARTIFACT\tVERIFIED\tSLSA\tBUILDER\tSOURCE'];
  for (const r of report.results) {
    lines.push(`${r.artifact}\t${r.verified ? 'yes' : 'NO'}\tL${r.slsaLevel}\t${r.builderId ?? '-'}\t${r.sourceRepo ?? '-'}`);
    for (const c of r.checks.filter((x) => !x.ok)) lines.push(`  ✗ ${c.code}: ${c.detail}`);
    if (r.materials) lines.push(`  materials: ${r.materials.total} resolved dependencies, ${r.materials.withDigest === r.materials.total ? 'all' : `${r.materials.withDigest}`} with digests`);
    if (r.verified && r.nextLevel.length) lines.push(`  next level: ${r.nextLevel.join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    bundle: { type: 'string', multiple: true },
    'trusted-root': { type: 'string' },
    repo: { type: 'string' },
    key: { type: 'string', multiple: true },
    'allow-unsigned': { type: 'boolean' },
    'no-subject-check': { type: 'boolean' },
    'cert-identity': { type: 'string' },
    'cert-identity-regex': { type: 'string' },
    'cert-oidc-issuer': { type: 'string' },
    'signer-workflow': { type: 'string' },
    'source-repo': { type: 'string' },
    'source-ref': { type: 'string' },
    'deny-self-hosted-runners': { type: 'boolean' },
    'builder-id': { type: 'string' },
    'source-uri': { type: 'string' },
    'source-branch': { type: 'string' },
    'source-tag': { type: 'string' },
    'source-versioned-tag': { type: 'string' },
    'build-workflow-input': { type: 'string', multiple: true },
    'build-type': { type: 'string', multiple: true },
    'require-material-digests': { type: 'boolean' },
    policy: { type: 'string' },
    'min-level': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const inputs: Record<string, string> = {};
  for (const kv of values['build-workflow-input'] ?? []) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new ProvenantError('USAGE', `--build-workflow-input: '${kv}' is not KEY=VALUE`);
    inputs[kv.slice(0, i)] = kv.slice(i + 1);
  }
  let minLevel: number | undefined;
  if (values['min-level'] !== undefined) {
    minLevel = Number(values['min-level']);
    if (!Number.isInteger(minLevel) || minLevel < 0 || minLevel > 3) throw new ProvenantError('USAGE', `--min-level: '${values['min-level']}' is not 0-3`);
  }
  let builderLevels: Record<string, number> | undefined;
  if (values.policy) {
    let doc: { builders?: Record<string, number> };
    try {
      doc = JSON.parse(readFileSync(values.policy, 'utf8'));
    } catch (e) {
      throw new ProvenantError('USAGE', `--policy ${values.policy}: ${(e as Error).message}`);
    }
    if (!doc || typeof doc.builders !== 'object' || Object.values(doc.builders).some((l) => !Number.isInteger(l) || l < 0 || l > 3)) {
      throw new ProvenantError('USAGE', `--policy ${values.policy}: expected {"builders": {"<builder id>": 0-3}}`);
    }
    builderLevels = doc.builders;
  }
  const policy: Policy = {
    certIdentity: values['cert-identity'],
    certIdentityRegex: values['cert-identity-regex'],
    certOidcIssuer: values['cert-oidc-issuer'],
    signerWorkflow: values['signer-workflow'],
    sourceRepo: values['source-repo'],
    sourceRef: values['source-ref'],
    denySelfHostedRunners: values['deny-self-hosted-runners'],
    builderId: values['builder-id'],
    sourceUri: values['source-uri'],
    sourceBranch: values['source-branch'],
    sourceTag: values['source-tag'],
    sourceVersionedTag: values['source-versioned-tag'],
    buildWorkflowInputs: Object.keys(inputs).length ? inputs : undefined,
    buildTypes: values['build-type'],
    allowUnsigned: values['allow-unsigned'],
    noSubjectCheck: values['no-subject-check'],
    requireMaterialDigests: values['require-material-digests'],
    minLevel,
    builderLevels,
  };
  const report = await verifyArtifacts({
    artifacts: positionals,
    bundles: values.bundle,
    trustedRoot: values['trusted-root'],
    keys: values.key,
    policy,
    githubRepo: values.repo,
    githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN,
    githubApiUrl: process.env.GITHUB_API_URL,
  });
  process.stdout.write(values.json ? JSON.stringify({ results: report.results, verified: report.verified, threads: report.threads }, null, 2) + '\n' : renderTable(report));
  return report.verified ? 0 : 1;
}
