/**
 * Publishing to GitHub through @actions/github's Octokit: the repository attestations API (what `gh attestation
 * verify` reads) and release assets. Every request goes through withRetry.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { getOctokit } from '@actions/github';
import { ProvenantError } from '../errors.js';
import { withRetry, type RequestFailure, type RetryOptions } from './retry.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubTarget {
  token: string;
  apiUrl: string;
  serverUrl: string;
  /** owner/name */
  repository: string;
}

export async function octokitFor(t: GitHubTarget): Promise<Octokit> {
  // loaded on use: @actions/github reads GITHUB_EVENT_PATH when it is imported, and throws on a malformed one.
  // Octokit's own retries are off: withRetry owns the policy (and its report)
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(t.token, { baseUrl: t.apiUrl.replace(/\/+$/, ''), request: { retries: 0 } });
  octokit.hook.before('request', (options) => {
    options.headers.accept = GITHUB_MEDIA_TYPE;
    options.headers['x-github-api-version'] = GITHUB_API_VERSION;
  });
  return octokit;
}

/** GitHub's current REST media type and API version, sent with every request. */
const GITHUB_MEDIA_TYPE = 'application/vnd.github+json';
const GITHUB_API_VERSION = '2022-11-28';

export function classifyOctokitError(e: unknown): RequestFailure {
  const err = e as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined>; data?: unknown };
  };
  const status =
    typeof err.status === 'number' && err.status >= 100 && err.status !== 500
      ? err.status
      : err.status === 500 && err.response
        ? 500
        : undefined;
  const headers = err.response?.headers ?? {};
  const ra = headers['retry-after'];
  const data = err.response?.data as { message?: string } | undefined;
  const message = (data?.message ?? err.message ?? String(e)).split('\n')[0];
  // GitHub's secondary rate limit answers 403 (or 429) with Retry-After, or x-ratelimit-remaining: 0
  const rateLimited =
    status === 403 && (ra !== undefined || headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message));
  const reset = Number(headers['x-ratelimit-reset']);
  let retryAfterSeconds = ra && /^\d+$/.test(ra) ? Number(ra) : undefined;
  if (retryAfterSeconds === undefined && rateLimited && Number.isFinite(reset) && reset > 0) {
    retryAfterSeconds = Math.max(1, Math.ceil(reset - Date.now() / 1000));
  }
  return { status, message, retryAfterSeconds, rateLimited };
}

/** The permission a 403 from a publish target asks for, said in the workflow's own words. */
export function permissionHint(target: 'attestations-api' | 'release' | 'artifact'): string {
  if (target === 'attestations-api')
    return 'the workflow needs `permissions: attestations: write` (and `id-token: write`)';
  if (target === 'release') return 'the workflow needs `permissions: contents: write` to upload release assets';
  return 'the job needs the Actions runtime token (upload-artifact permissions)';
}

function split(repository: string): { owner: string; repo: string } {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new ProvenantError('INPUT_INVALID', `repository '${repository}' is not OWNER/NAME`);
  return { owner, repo };
}

/** POST /repos/{owner}/{repo}/attestations with the bundle; returns the attestation id and its web URL. */
export async function uploadToAttestationsApi(
  t: GitHubTarget,
  bundleFile: string,
  retry: RetryOptions,
): Promise<{ id: string; url: string }> {
  const octokit = await octokitFor(t);
  const bundle = JSON.parse(await readFile(bundleFile, 'utf8')) as Record<string, unknown>;
  const res = await withRetry(
    `attestations API (${basename(bundleFile)})`,
    () =>
      octokit.request('POST /repos/{owner}/{repo}/attestations', { ...split(t.repository), bundle: bundle as never }),
    classifyOctokitError,
    retry,
  );
  const id = String((res.data as { id?: unknown }).id ?? '');
  return { id, url: `${t.serverUrl.replace(/\/+$/, '')}/${t.repository}/attestations/${id}` };
}

export interface ReleaseUpload {
  file: string;
  /** Asset name (default: the file's name). */
  name?: string;
  contentType?: string;
}

/**
 * Uploads files as assets of the release for `tag`. An asset of the same name is replaced only with `overwrite`;
 * otherwise PUBLISH_CONFLICT. Returns each asset's download URL.
 */
export async function uploadReleaseAssets(
  t: GitHubTarget,
  tag: string,
  files: ReleaseUpload[],
  overwrite: boolean,
  retry: RetryOptions,
): Promise<Array<{ name: string; url: string }>> {
  const octokit = await octokitFor(t);
  const { owner, repo } = split(t.repository);
  const release = await withRetry(
    `release ${tag}`,
    () => octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag }),
    classifyOctokitError,
    retry,
  ).catch((e: unknown) => {
    if ((e as { failure?: RequestFailure }).failure?.status === 404) {
      // a configuration error, not retried: the release must exist before its assets are uploaded
      throw new ProvenantError(
        'PUBLISH_FAILED',
        `release: ${t.repository} has no release for tag '${tag}' (create the release first, or set release-tag); ` +
          `the attestation is at ${files[0]?.file}`,
      );
    }
    throw e;
  });
  const assets = (release.data.assets ?? []) as Array<{ id: number; name: string }>;
  const out: Array<{ name: string; url: string }> = [];
  // every name is checked before anything is uploaded: a conflict leaves the release as it was
  const conflicts = files.filter((f) => assets.some((a) => a.name === (f.name ?? basename(f.file))));
  if (conflicts.length && !overwrite) {
    const names = conflicts.map((f) => `'${f.name ?? basename(f.file)}'`).join(', ');
    throw new ProvenantError(
      'PUBLISH_CONFLICT',
      `release ${tag} already has ${conflicts.length === 1 ? 'an asset named' : 'assets named'} ${names} ` +
        `(set overwrite: true to replace them); nothing was uploaded; the attestation is at ${files[0].file}`,
    );
  }
  for (const f of files) {
    const name = f.name ?? basename(f.file);
    const existing = assets.find((a) => a.name === name);
    if (existing) {
      await withRetry(
        `delete asset ${name}`,
        () =>
          octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner,
            repo,
            asset_id: existing.id,
          }),
        classifyOctokitError,
        retry,
      );
    }
    const data = await readFile(f.file);
    const res = await withRetry(
      `release asset ${name}`,
      () =>
        octokit.request({
          method: 'POST',
          url: release.data.upload_url,
          name,
          data,
          headers: { 'content-type': f.contentType ?? 'application/octet-stream', 'content-length': data.length },
        }),
      classifyOctokitError,
      retry,
    );
    out.push({ name, url: String((res.data as { browser_download_url?: unknown }).browser_download_url ?? '') });
  }
  return out;
}
