import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/util/http.ts
var MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
async function readCapped(res, maxBytes, what, refuse) {
  const tooBig = (declared2) => refuse?.(declared2) ?? new ProvenantError("HTTP_ERROR", `${what}: the answer exceeds ${maxBytes} bytes; refused`);
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => void 0);
    throw tooBig(declared);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw tooBig();
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}
function cappedFetch(maxBytes, what, timeoutMs = 3e4) {
  return (async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const res = await fetch(input, { ...init, signal });
      if (!res.body || res.status === 204 || res.status === 304) return res;
      const body = await readCapped(res, maxBytes, what);
      const headers = new Headers(res.headers);
      headers.delete("content-encoding");
      headers.delete("content-length");
      return new Response(body, { status: res.status, statusText: res.statusText, headers });
    } catch (e) {
      if (timeout.aborted) throw new ProvenantError("HTTP_ERROR", `${what}: no complete answer within ${timeoutMs} ms`);
      throw e;
    }
  });
}

export {
  MAX_RESPONSE_BYTES,
  readCapped,
  cappedFetch
};
