import { ProvenantError } from '../errors.js';

/** The `permissions:` block a workflow needs for keyless signing (shown when the token cannot be requested). */
export const ID_TOKEN_PERMISSIONS = `permissions:
  id-token: write   # to request the OIDC token that Sigstore's Fulcio exchanges for a signing certificate
  contents: read`;

/**
 * Requests the runner's OIDC token for an audience (GitHub: ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN). The core
 * takes the environment as a plain record; a missing `id-token: write` permission is OIDC_PERMISSION with the
 * exact block to add.
 */
export async function requestGitHubOidcToken(
  env: Record<string, string | undefined>,
  audience = 'sigstore',
): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new ProvenantError(
      'OIDC_PERMISSION',
      `no OIDC token available: the job lacks the id-token permission. Add to the workflow or job:\n` +
        `${ID_TOKEN_PERMISSIONS}`,
    );
  }
  const u = new URL(url);
  u.searchParams.set('audience', audience);
  let res: Response;
  try {
    res = await fetch(u, { headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' } });
  } catch (e) {
    throw new ProvenantError('OIDC_FAILED', `OIDC token request to ${u.origin} failed: ${(e as Error).message}`);
  }
  if (!res.ok) throw new ProvenantError('OIDC_FAILED', `OIDC token request to ${u.origin} answered HTTP ${res.status}`);
  const body = (await res.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value.split('.').length !== 3)
    throw new ProvenantError('OIDC_FAILED', `OIDC token response from ${u.origin} holds no JWT`);
  return body.value;
}

/** The claims of a JWT (not verified here: Fulcio verifies the token; the certificate then carries them). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new ProvenantError('OIDC_FAILED', 'the OIDC token is not a JWT');
  }
}

/** The claims of a GitHub Actions token that describe the run (the provenance follows them over the environment). */
const GITHUB_RUN_CLAIMS = [
  'job_workflow_ref',
  'repository',
  'repository_id',
  'repository_owner_id',
  'ref',
  'sha',
  'event_name',
  'workflow_ref',
  'run_id',
  'run_attempt',
  'runner_environment',
  'repository_visibility',
];

/** The run claims of a GitHub Actions token (one with job_workflow_ref), as strings; undefined for other tokens. */
export function githubRunClaims(raw: Record<string, unknown>): Record<string, string> | undefined {
  if (typeof raw.job_workflow_ref !== 'string') return undefined;
  const claims: Record<string, string> = {};
  for (const k of GITHUB_RUN_CLAIMS)
    if (typeof raw[k] === 'string' || typeof raw[k] === 'number') claims[k] = String(raw[k]);
  return claims;
}

/**
 * The run's facts for a provenance signed with a key (or unsigned): no variable a step can set may decide a signed
 * claim, so when the job may request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, id-token: write) the
 * token's claims are used (builder.id = job_workflow_ref, the reusable workflow when one runs). The token is asked
 * for an audience Fulcio does not accept, so it cannot be exchanged for a signing certificate. Without a token the
 * provenance falls back to the calling workflow (GITHUB_WORKFLOW_REF), and the warning says so. `onToken` receives
 * the token first (the action masks it).
 */
export async function runClaimsForKeySigning(
  env: Record<string, string | undefined>,
  onWarning: (m: string) => void,
  onToken?: (t: string) => void,
): Promise<Record<string, string> | undefined> {
  const fallback = 'builder.id is the calling workflow (GITHUB_WORKFLOW_REF); a reusable workflow would not be named';
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    onWarning(`no OIDC token (the job lacks id-token: write): ${fallback}`);
    return undefined;
  }
  let token: string;
  try {
    token = await requestGitHubOidcToken(env, 'provenant-run-claims');
  } catch (e) {
    onWarning(
      `the OIDC token for the run's claims could not be obtained (${(e as Error).message.split('\n')[0]}): ${fallback}`,
    );
    return undefined;
  }
  onToken?.(token);
  const claims = githubRunClaims(jwtClaims(token));
  if (!claims) onWarning(`the runner's OIDC token has no job_workflow_ref: ${fallback}`);
  return claims;
}
