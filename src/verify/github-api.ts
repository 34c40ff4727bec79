import { ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { parseAttestations, type LoadedAttestation } from './load.js';

/**
 * Downloads the attestations GitHub stores for a digest (`GET /repos/{owner}/{repo}/attestations/{alg}:{hex}`),
 * as `gh attestation verify` does, so they can be verified offline like any file. 404 means none: an empty list.
 */
export async function fetchGitHubAttestations(opts: { repo: string; digest: DigestSet; token: string; apiUrl?: string }): Promise<LoadedAttestation[]> {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(opts.repo);
  if (!m) throw new ProvenantError('USAGE', `--repo: '${opts.repo}' is not OWNER/NAME`);
  const alg = opts.digest.sha256 ? 'sha256' : Object.keys(opts.digest)[0];
  const subject = `${alg}:${opts.digest[alg]}`;
  // loaded on use: @actions/github reads GITHUB_EVENT_PATH when it is imported, and throws on a malformed one
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(opts.token, { baseUrl: (opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '') });
  const out: LoadedAttestation[] = [];
  try {
    const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner: m[1],
      repo: m[2],
      subject_digest: subject,
      per_page: 100,
    });
    for await (const page of pages) {
      const items = (page.data as unknown as { attestations?: Array<{ bundle?: unknown }> }).attestations ?? (page.data as unknown as Array<{ bundle?: unknown }>);
      if (!Array.isArray(items)) throw new ProvenantError('BUNDLE_INVALID', `GitHub API: unexpected answer for ${subject}`);
      items.forEach((a, i) => {
        out.push(...parseAttestations(Buffer.from(JSON.stringify(a?.bundle ?? null)), `github:${opts.repo}/attestations/${subject}#${out.length + i}`));
      });
    }
  } catch (e) {
    if (e instanceof ProvenantError) throw e;
    const status = (e as { status?: number }).status;
    if (status === 404) return [];
    throw new ProvenantError('HTTP_ERROR', `GitHub attestations API for ${opts.repo} ${subject}: ${status ? `HTTP ${status}` : (e as Error).message}`);
  }
  return out;
}
