import { ProvenantError } from '../errors.js';

export interface RetryOptions {
  /** Attempts in all (first try included). */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onRetry?: (message: string) => void;
}

/** What a failed request looked like: an HTTP status, or none for a connection failure. */
export interface RequestFailure {
  status?: number;
  message: string;
  retryAfterSeconds?: number;
  /** GitHub's rate limit answered (a 403 with Retry-After or x-ratelimit-remaining: 0): wait and retry. */
  rateLimited?: boolean;
  /** A configuration error (no release, no runtime token, ...): retrying cannot help. */
  permanent?: boolean;
}

/**
 * HTTP 408, 429 and 5xx, GitHub's secondary rate limit (403 with Retry-After or x-ratelimit-remaining: 0), and
 * connection failures (reset, refused, timeout) are transient; other statuses and configuration errors are not.
 */
export function isTransient(f: RequestFailure): boolean {
  if (f.permanent) return false;
  if (f.status === undefined) return true;
  if (f.status === 403) return !!f.rateLimited;
  return f.status === 408 || f.status === 429 || (f.status >= 500 && f.status <= 599);
}

/** A fetch answered with an HTTP status the caller retries or reports (`retryAfterSeconds` from Retry-After). */
export class HttpFailure extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** A Retry-After header in seconds: digits only (an HTTP date or anything else is ignored). */
export function retryAfterSeconds(header: string | null): number | undefined {
  return header && /^\d+$/.test(header) ? Number(header) : undefined;
}

/** The failure of a fetch: an HttpFailure's status, a timeout, or the connection error's code (or message). */
export function classifyFetchError(e: unknown): RequestFailure {
  if (e instanceof HttpFailure) return { status: e.status, message: e.message, retryAfterSeconds: e.retryAfterSeconds };
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const why =
    err.name === 'TimeoutError' || err.name === 'AbortError'
      ? 'timed out'
      : (err.cause?.code ?? err.cause?.message ?? err.message ?? String(e));
  return { message: why };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` until it succeeds, retrying transient failures with bounded exponential backoff (and full jitter; a
 * Retry-After is honoured up to the maximum delay). The last failure is rethrown as `describe` makes it.
 */
export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  classify: (e: unknown) => RequestFailure,
  opts: RetryOptions = {},
): Promise<T> {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? Number(process.env.PROVENANT_RETRY_BASE_MS ?? 1000);
  const max = opts.maxDelayMs ?? 30000;
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      const f = classify(e);
      if (!isTransient(f) || i >= attempts) throw Object.assign(new Error(f.message), { failure: f, attempts: i });
      const backoff = Math.min(max, base * 2 ** (i - 1));
      const delay =
        f.retryAfterSeconds !== undefined
          ? Math.min(max, f.retryAfterSeconds * 1000)
          : Math.round(backoff / 2 + (Math.random() * backoff) / 2);
      opts.onRetry?.(
        `${what}: ${f.status ? `HTTP ${f.status}` : f.message}; retry ${i} of ${attempts - 1} in ${delay} ms`,
      );
      await sleep(delay);
    }
  }
}

/** The failure carried by an error withRetry threw. */
export function failureOf(e: unknown): RequestFailure & { attempts?: number } {
  const x = e as { failure?: RequestFailure; attempts?: number; message?: string };
  return { ...(x.failure ?? { message: x.message ?? String(e) }), attempts: x.attempts };
}
