import { dirname, sep } from 'node:path';
import { withRetry, type RequestFailure, type RetryOptions } from './retry.js';

function classifyArtifactError(e: unknown): RequestFailure {
  const msg = (e as Error)?.message ?? String(e);
  const m = /\b(\d{3})\b/.exec(msg);
  const status = m ? Number(m[1]) : undefined;
  // @actions/artifact already retries its service calls; a name conflict or a bad request is permanent
  return { status: status && status >= 400 && status < 600 ? status : /conflict|already exists|invalid/i.test(msg) ? 409 : undefined, message: msg.split('\n')[0] };
}

/** The deepest folder holding every file (@actions/artifact refuses files outside its root folder). */
export function commonFolder(files: string[]): string {
  let parts = dirname(files[0]).split(sep);
  for (const f of files.slice(1)) {
    const p = dirname(f).split(sep);
    let i = 0;
    while (i < parts.length && i < p.length && parts[i] === p[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

/** Uploads the attestation files as one workflow artifact (@actions/artifact); returns its id. */
export async function uploadWorkflowArtifact(name: string, files: string[], retentionDays: number | undefined, retry: RetryOptions): Promise<{ id: string; size: number }> {
  const { DefaultArtifactClient } = await import('@actions/artifact'); // loaded on use (it imports @actions/github)
  const client = new DefaultArtifactClient();
  const root = commonFolder(files);
  const res = await withRetry(`workflow artifact ${name}`, () => client.uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {}), classifyArtifactError, { ...retry, attempts: Math.min(retry.attempts ?? 3, 3) });
  return { id: String(res.id ?? ''), size: res.size ?? 0 };
}
