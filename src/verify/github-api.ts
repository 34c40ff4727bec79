import { ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { parseAttestations, type LoadedAttestation } from './load.js';
import { cappedFetch, MAX_RESPONSE_BYTES } from '../util/http.js';
import { pushAll } from '../util/array.js';

/** At most this many pages of 100 are followed, and this many attestations kept, per digest. */
const GITHUB_MAX_PAGES = 10;
const GITHUB_MAX_ATTESTATIONS = 1000;

/** The `rel="next"` target of an RFC 8288 Link header. */
function nextLink(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /(^|;)\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/.test(m[2])) return m[1];
  }
  return undefined;
}

/**
 * Downloads the attestations GitHub stores for a digest (`GET /repos/{owner}/{repo}/attestations/{alg}:{hex}`),
 * as `gh attestation verify` does, so they can be verified offline like any file. 404 means none: an empty list.
 * Pagination is bounded: `next` links are followed only on the API's own origin, for at most `maxPages` pages and
 * `maxAttestations` attestations; beyond that the download fails (HTTP_ERROR) rather than run without end.
 */
export async function fetchGitHubAttestations(opts: {
  repo: string;
  digest: DigestSet;
  token: string;
  apiUrl?: string;
  maxPages?: number;
  maxAttestations?: number;
  maxBytes?: number;
  /** per request, headers and body (default 30 s) */
  timeoutMs?: number;
}): Promise<LoadedAttestation[]> {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(opts.repo);
  if (!m) throw new ProvenantError('USAGE', `--repo: '${opts.repo}' is not OWNER/NAME`);
  const alg = opts.digest.sha256 ? 'sha256' : Object.keys(opts.digest)[0];
  const subject = `${alg}:${opts.digest[alg]}`;
  const baseUrl = (opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    throw new ProvenantError('USAGE', `GitHub API URL '${baseUrl}' is not a URL`);
  }
  const maxPages = opts.maxPages ?? GITHUB_MAX_PAGES;
  const maxAttestations = opts.maxAttestations ?? GITHUB_MAX_ATTESTATIONS;
  const what = `GitHub attestations API for ${opts.repo} ${subject}`;
  // loaded on use: @actions/github reads GITHUB_EVENT_PATH when it is imported, and throws on a malformed one
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(opts.token, {
    baseUrl,
    request: { fetch: cappedFetch(opts.maxBytes ?? MAX_RESPONSE_BYTES, what, opts.timeoutMs) },
  });
  const out: LoadedAttestation[] = [];
  let page = 1;
  try {
    let next: string | undefined;
    for (; ; page++) {
      const res = next
        ? await octokit.request({ method: 'GET', url: next } as never)
        : await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner: m[1],
            repo: m[2],
            subject_digest: subject,
            per_page: 100,
          });
      const data = res.data as unknown as { attestations?: Array<{ bundle?: unknown }> } | Array<{ bundle?: unknown }>;
      const items = Array.isArray(data) ? data : data?.attestations;
      if (!Array.isArray(items))
        throw new ProvenantError('BUNDLE_INVALID', `GitHub API: unexpected answer for ${subject}`);
      if (out.length + items.length > maxAttestations) {
        throw new ProvenantError(
          'HTTP_ERROR',
          `${what}: more than ${maxAttestations} attestations; refusing to download more`,
        );
      }
      for (const a of items) {
        pushAll(
          out,
          parseAttestations(
            Buffer.from(JSON.stringify(a?.bundle ?? null)),
            `github:${opts.repo}/attestations/${subject}#${out.length}`,
          ),
        );
      }
      const link = nextLink((res.headers as Record<string, unknown>).link);
      if (!link) break;
      let url: URL;
      try {
        url = new URL(link, next ?? `${baseUrl}/`);
      } catch {
        throw new ProvenantError('HTTP_ERROR', `${what}: the next page link is not a URL`);
      }
      if (url.origin !== origin)
        throw new ProvenantError(
          'HTTP_ERROR',
          `${what}: the next page link leads to another origin (${url.origin}, not ${origin}); not followed`,
        );
      if (page >= maxPages)
        throw new ProvenantError(
          'HTTP_ERROR',
          `${what}: more than ${maxPages} pages of attestations; refusing to follow more`,
        );
      next = url.href;
    }
  } catch (e) {
    if (e instanceof ProvenantError) throw e;
    // an over-size page: Octokit wraps what its fetch threw
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof ProvenantError) throw cause;
    const status = (e as { status?: number }).status;
    // 404 on the first page: no attestation for this digest; on a later page it is an error, not "none"
    if (status === 404 && page === 1) return [];
    throw new ProvenantError('HTTP_ERROR', `${what}: ${status ? `HTTP ${status}` : (e as Error).message}`);
  }
  return out;
}
