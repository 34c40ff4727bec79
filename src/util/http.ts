import { ProvenantError } from '../errors.js';

/** Default cap on one HTTP answer's body (registry documents, API pages). */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * Reads a fetch Response's body, streaming, and stops as soon as it exceeds `maxBytes` (a declared Content-Length
 * beyond it is refused before reading): an over-size answer is an error naming `what`, never held in memory.
 */
export async function readCapped(res: Response, maxBytes: number, what: string): Promise<Buffer> {
  const tooBig = () => new ProvenantError('HTTP_ERROR', `${what}: the answer exceeds ${maxBytes} bytes; refused`);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig();
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

/** A fetch whose answers are read under the cap (for clients such as Octokit that buffer whole bodies). */
export function cappedFetch(maxBytes: number, what: string): typeof fetch {
  return (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const res = await fetch(input, init);
    if (!res.body || res.status === 204 || res.status === 304) return res;
    const body = await readCapped(res, maxBytes, what);
    const headers = new Headers(res.headers);
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(body as unknown as BodyInit, { status: res.status, statusText: res.statusText, headers });
  }) as typeof fetch;
}
