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
export async function requestGitHubOidcToken(env: Record<string, string | undefined>, audience = 'sigstore'): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new ProvenantError('OIDC_PERMISSION', `no OIDC token available: the job lacks the id-token permission. Add to the workflow or job:\n${ID_TOKEN_PERMISSIONS}`);
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
  if (typeof body.value !== 'string' || body.value.split('.').length !== 3) throw new ProvenantError('OIDC_FAILED', `OIDC token response from ${u.origin} holds no JWT`);
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
