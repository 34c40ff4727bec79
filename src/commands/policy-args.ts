import { ProvenantError } from '../errors.js';
import type { Policy } from '../verify/index.js';
import type { KeylessSetup } from '../signing/sigstore.js';
import { eventVisibility } from '../slsa/github.js';
import { READ_LIMITS, readRegularFileSync } from '../util/fs.js';
import { GITHUB_ISSUER } from '../verify/result.js';

/** The identity and provenance policy options shared by verify, audit and verify-vsa. */
export const POLICY_OPTIONS = {
  'cert-identity': { type: 'string' },
  'cert-identity-regex': { type: 'string' },
  'cert-oidc-issuer': { type: 'string' },
  'signer-workflow': { type: 'string' },
  'source-repo': { type: 'string' },
  'source-ref': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  owner: { type: 'string' },
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
  // the names gh attestation verify and cosign use (README: naming table)
  'signer-repo': { type: 'string' },
  'predicate-type': { type: 'string' },
  'cert-oidc-issuer-regex': { type: 'string' },
} as const;

/** cosign's --type shorthands (cosign verify-attestation) for --predicate-type. */
const PREDICATE_TYPE_NAMES: Record<string, string> = {
  slsaprovenance: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance02: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance1: 'https://slsa.dev/provenance/v1',
  link: 'https://in-toto.io/attestation/link/v0.3',
  vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
  spdxjson: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
};

/** A predicate type: a URI, or one of cosign's shorthands. */
function predicateTypeFrom(value: string, flag: string): string {
  const v = value.trim();
  if (PREDICATE_TYPE_NAMES[v]) return PREDICATE_TYPE_NAMES[v];
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v)) {
    throw new ProvenantError(
      'USAGE',
      `${flag}: '${v}' is neither a URI nor one of ${Object.keys(PREDICATE_TYPE_NAMES).join(', ')}`,
    );
  }
  return v;
}

type Values = Record<string, string | boolean | string[] | undefined>;

/** A --min-level value: an SLSA Build level 0-3 (a USAGE error otherwise). */
export function minLevelFrom(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 3) throw new ProvenantError('USAGE', `${flag}: '${value}' is not 0-3`);
  return n;
}

/** A regular expression option must compile: a bad one is a USAGE error (exit 2), not a failed verification. */
export function checkRegex(value: string | undefined, flag: string): void {
  if (value === undefined) return;
  try {
    new RegExp(value);
  } catch {
    throw new ProvenantError('USAGE', `${flag}: '${value}' is not a valid regular expression`);
  }
}

/** The Policy from parsed options; `policyFile` carries the --policy file's text (for the VSA's policy digest). */
export function policyFromValues(
  values: Values,
  spell: (name: string) => string = (n) => `--${n}`,
): { policy: Policy; policyFile?: { path: string; text: string } } {
  const v = values as Record<string, any>;
  const inputs: Record<string, string> = {};
  for (const kv of v['build-workflow-input'] ?? []) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new ProvenantError('USAGE', `${spell('build-workflow-input')}: '${kv}' is not KEY=VALUE`);
    inputs[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const minLevel = minLevelFrom(v['min-level'], spell('min-level'));
  for (const re of ['cert-identity-regex', 'cert-oidc-issuer-regex']) checkRegex(v[re], spell(re));
  const githubIdentity = v.owner || v['signer-repo'] || v['signer-workflow'] || v.repo;
  const certOidcIssuer =
    v['cert-oidc-issuer'] ?? (githubIdentity && !v['cert-oidc-issuer-regex'] ? GITHUB_ISSUER : undefined);
  let builderLevels: Record<string, number> | undefined;
  let policyFile: { path: string; text: string } | undefined;
  if (v.policy) {
    let doc: { builders?: Record<string, number> };
    const text = readRegularFileSync(v.policy, { maxBytes: READ_LIMITS.document, what: '--policy' }).toString('utf8');
    try {
      policyFile = { path: v.policy, text };
      doc = JSON.parse(policyFile.text);
    } catch (e) {
      throw new ProvenantError('USAGE', `${spell('policy')} ${v.policy}: ${(e as Error).message}`);
    }
    if (
      !doc ||
      typeof doc.builders !== 'object' ||
      Object.values(doc.builders).some((l) => !Number.isInteger(l) || l < 0 || l > 3)
    ) {
      throw new ProvenantError('USAGE', `${spell('policy')} ${v.policy}: expected {"builders": {"<builder id>": 0-3}}`);
    }
    builderLevels = doc.builders;
  }
  const policy: Policy = {
    certIdentity: v['cert-identity'],
    certIdentityRegex: v['cert-identity-regex'],
    certOidcIssuer,
    signerWorkflow: v['signer-workflow'],
    // gh: --repo downloads the attestations and also enforces the source repository
    sourceRepo: v['source-repo'] ?? v.repo,
    sourceRef: v['source-ref'],
    denySelfHostedRunners: v['deny-self-hosted-runners'],
    owner: v.owner,
    builderId: v['builder-id'],
    sourceUri: v['source-uri'],
    sourceBranch: v['source-branch'],
    sourceTag: v['source-tag'],
    sourceVersionedTag: v['source-versioned-tag'],
    buildWorkflowInputs: Object.keys(inputs).length ? inputs : undefined,
    buildTypes: v['build-type'],
    allowUnsigned: v['allow-unsigned'],
    noSubjectCheck: v['no-subject-check'],
    requireMaterialDigests: v['require-material-digests'],
    minLevel,
    builderLevels,
    signerRepo: v['signer-repo'],
    certOidcIssuerRegex: v['cert-oidc-issuer-regex'],
    predicateTypes:
      v['predicate-type'] !== undefined ? [predicateTypeFrom(v['predicate-type'], spell('predicate-type'))] : undefined,
  };
  return { policy, policyFile };
}

/** Options of keyless signing (attest --sigstore, verify --vsa-sigstore). */
export const SIGSTORE_OPTIONS = {
  'sigstore-instance': { type: 'string' },
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'tsa-url': { type: 'string' },
  'identity-token': { type: 'string' },
  'identity-token-env': { type: 'string' },
} as const;

/** A keyless signer from the options: the token from a flag, a variable, or the GitHub Actions runner. */
export async function keylessFromValues(values: Values, flag: string): Promise<KeylessSetup> {
  const v = values as Record<string, string | undefined>;
  // the signing stack (@sigstore/sign, @sigstore/core, …) loads when keyless signing is asked for, not when a
  // command that may sign starts
  const [{ jwtClaims, requestGitHubOidcToken }, { keylessFromToken }, { readEventFile }] = await Promise.all([
    import('../signing/oidc.js'),
    import('../signing/sigstore.js'),
    import('../attest/inputs.js'),
  ]);
  const inActions = process.env.GITHUB_ACTIONS === 'true';
  let token = v['identity-token'];
  if (v['identity-token-env']) {
    token = process.env[v['identity-token-env']];
    if (!token) throw new ProvenantError('USAGE', `--identity-token-env: ${v['identity-token-env']} is not set`);
  }
  if (!token) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL && !inActions)
      throw new ProvenantError(
        'USAGE',
        `${flag} needs an OIDC token: --identity-token, --identity-token-env, or a GitHub Actions job ` +
          `with id-token: write`,
      );
    token = await requestGitHubOidcToken(process.env, 'sigstore');
  }
  const event = inActions && process.env.GITHUB_EVENT_PATH ? readEventFile(process.env.GITHUB_EVENT_PATH) : {};
  const visibility = eventVisibility(event);
  const explicitUrls = v['fulcio-url'] || v['rekor-url'] || v['tsa-url'];
  const setup = keylessFromToken(token, jwtClaims, {
    // outside GitHub Actions there is no repository visibility: public-good unless told otherwise
    instance: v['sigstore-instance'] ?? (inActions || explicitUrls ? 'auto' : 'public-good'),
    visibility,
    serverUrl: inActions ? process.env.GITHUB_SERVER_URL : undefined,
    fulcioURL: v['fulcio-url'],
    rekorURL: v['rekor-url'],
    tsaURL: v['tsa-url'],
  });
  process.stderr.write(
    `keyless signing with ${setup.endpoints.instance} Sigstore (${setup.endpoints.reason}): Fulcio ` +
      `${setup.endpoints.fulcioURL}${setup.endpoints.rekorURL ? `, Rekor ${setup.endpoints.rekorURL}` : ''}` +
      `${setup.endpoints.tsaURL ? `, TSA ${setup.endpoints.tsaURL}` : ''}\n`,
  );
  return setup;
}
