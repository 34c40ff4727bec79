import { ProvenantError } from '../errors.js';

/** Default cap on one HTTP answer's body (registry documents, API pages). */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * Reads a fetch Response's body, streaming, and stops as soon as it exceeds `maxBytes` (a declared Content-Length
 * beyond it is refused before reading): an over-size answer is an error naming `what`, never held in memory.
 * `refuse` makes that error (given the declared length when that was the reason) where a caller has its own code.
 */
export async function readCapped(
  res: Response,
  maxBytes: number,
  what: string,
  refuse?: (declared?: number) => Error,
): Promise<Buffer> {
  const tooBig = (declared?: number) =>
    refuse?.(declared) ?? new ProvenantError('HTTP_ERROR', `${what}: the answer exceeds ${maxBytes} bytes; refused`);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig(declared);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

/**
 * A fetch whose answers are read under the cap and within `timeoutMs` (headers and body), for clients such as Octokit
 * that buffer whole bodies and set no timeout: a server that never answers, or trickles, ends in a clear error.
 */
export function cappedFetch(maxBytes: number, what: string, timeoutMs = 30000): typeof fetch {
  return (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const res = await fetch(input, { ...init, signal });
      if (!res.body || res.status === 204 || res.status === 304) return res;
      const body = await readCapped(res, maxBytes, what);
      const headers = new Headers(res.headers);
      headers.delete('content-encoding');
      headers.delete('content-length');
      return new Response(body as unknown as BodyInit, { status: res.status, statusText: res.statusText, headers });
    } catch (e) {
      if (timeout.aborted) throw new ProvenantError('HTTP_ERROR', `${what}: no complete answer within ${timeoutMs} ms`);
      throw e;
    }
  }) as typeof fetch;
}
