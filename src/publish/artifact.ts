import { dirname, sep } from 'node:path';
import { ProvenantError } from '../errors.js';
import { withRetry, type RequestFailure, type RetryOptions } from './retry.js';

function classifyArtifactError(e: unknown): RequestFailure {
  const msg = (e as Error)?.message ?? String(e);
  const m = /\b(\d{3})\b/.exec(msg);
  const status = m ? Number(m[1]) : undefined;
  // @actions/artifact already retries its service calls; a name conflict or a bad request is permanent
  const known = status && status >= 400 && status < 600 ? status : undefined;
  return {
    status: known ?? (/conflict|already exists|invalid/i.test(msg) ? 409 : undefined),
    message: msg.split('\n')[0],
  };
}

/** The deepest folder holding every file (@actions/artifact refuses files outside its root folder). */
function commonFolder(files: string[]): string {
  let parts = dirname(files[0]).split(sep);
  for (const f of files.slice(1)) {
    const p = dirname(f).split(sep);
    let i = 0;
    while (i < parts.length && i < p.length && parts[i] === p[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

/** The variables @actions/artifact needs that are not set (both are set only inside an Actions job). */
export function missingArtifactEnv(env: Record<string, string | undefined> = process.env): string[] {
  return ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((v) => !env[v]);
}

/**
 * Uploads the attestation files as one workflow artifact (@actions/artifact); returns its id. @actions/artifact
 * retries each service call itself (5 attempts with backoff), so Provenant makes one attempt: retries that stack
 * (3 × 5 calls over minutes for a service that keeps failing) only delay the report. A missing runtime token or
 * results URL is a configuration error, reported at once.
 */
export async function uploadWorkflowArtifact(
  name: string,
  files: string[],
  retentionDays: number | undefined,
  retry: RetryOptions,
  env: Record<string, string | undefined> = process.env,
): Promise<{ id: string; size: number }> {
  const missing = missingArtifactEnv(env);
  if (missing.length) {
    throw new ProvenantError(
      'PUBLISH_FAILED',
      `workflow artifact '${name}': ${missing.join(' and ')} not set (publish: artifact runs only inside a GitHub ` +
        `Actions job); the attestation is at ${files[0]}`,
    );
  }
  const { DefaultArtifactClient } = await import('@actions/artifact'); // loaded on use (it imports @actions/github)
  const client = new DefaultArtifactClient();
  const root = commonFolder(files);
  const res = await withRetry(
    `workflow artifact ${name}`,
    () => client.uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {}),
    classifyArtifactError,
    { ...retry, attempts: 1 },
  );
  return { id: String(res.id ?? ''), size: res.size ?? 0 };
}
