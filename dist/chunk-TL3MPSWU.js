import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/intoto/dsse.ts
var INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
function pae(payloadType, body) {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, "ascii"),
    type,
    Buffer.from(` ${body.length} `, "ascii"),
    body
  ]);
}
var B64 = /^[A-Za-z0-9+/]*={0,2}$/;
var B64URL = /^[A-Za-z0-9_-]*={0,2}$/;
function decodeBase64(s, what) {
  if (typeof s !== "string") throw new ProvenantError("ENVELOPE_INVALID", `${what} is not a base64 string`);
  if (!(B64.test(s) || B64URL.test(s))) throw new ProvenantError("ENVELOPE_INVALID", `${what} is not valid base64`);
  const unpadded = s.replace(/=+$/, "");
  if (unpadded.length % 4 === 1)
    throw new ProvenantError("ENVELOPE_INVALID", `${what} has an impossible base64 length`);
  if (s.includes("=") && s.length % 4 !== 0)
    throw new ProvenantError("ENVELOPE_INVALID", `${what} has wrong base64 padding`);
  return Buffer.from(unpadded, B64.test(s) ? "base64" : "base64url");
}
function parseEnvelope(value, source = "envelope") {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ProvenantError("ENVELOPE_INVALID", `${source}: a DSSE envelope must be a JSON object`);
  }
  const v = value;
  if (typeof v.payloadType !== "string")
    throw new ProvenantError("ENVELOPE_INVALID", `${source}: payloadType missing or not a string`);
  if (typeof v.payload !== "string")
    throw new ProvenantError("ENVELOPE_INVALID", `${source}: payload missing or not a string`);
  if (!Array.isArray(v.signatures))
    throw new ProvenantError("ENVELOPE_INVALID", `${source}: signatures missing or not an array`);
  const signatures = v.signatures.map((s, i) => {
    if (typeof s !== "object" || s === null || typeof s.sig !== "string") {
      throw new ProvenantError("ENVELOPE_INVALID", `${source}: signatures[${i}].sig missing or not a string`);
    }
    const keyid = s.keyid;
    if (keyid !== void 0 && keyid !== null && typeof keyid !== "string") {
      throw new ProvenantError("ENVELOPE_INVALID", `${source}: signatures[${i}].keyid is not a string`);
    }
    return { sig: s.sig, ...typeof keyid === "string" ? { keyid } : {} };
  });
  decodeBase64(v.payload, `${source}: payload`);
  return { payload: v.payload, payloadType: v.payloadType, signatures };
}
function verifyEnvelope(env, verifiers, threshold = 1, source = "envelope") {
  if (threshold < 1) throw new ProvenantError("INPUT_INVALID", `${source}: threshold must be at least 1`);
  if (env.signatures.length === 0)
    throw new ProvenantError("SIGNATURE_MISSING", `${source}: the envelope has no signature`);
  if (verifiers.length === 0)
    throw new ProvenantError("KEY_UNTRUSTED", `${source}: no trusted key to verify the envelope with`);
  const payload = decodeBase64(env.payload, `${source}: payload`);
  const data = pae(env.payloadType, payload);
  const ok = /* @__PURE__ */ new Set();
  for (const s of env.signatures) {
    let sig;
    try {
      sig = decodeBase64(s.sig, `${source}: signature`);
    } catch {
      continue;
    }
    for (const v of verifiers) {
      if (ok.has(v.keyid)) continue;
      if (v.verify(data, sig)) ok.add(v.keyid);
    }
  }
  if (ok.size < threshold) {
    throw new ProvenantError(
      "SIGNATURE_INVALID",
      `${source}: ${ok.size} valid signature(s) from trusted keys, ${threshold} required`
    );
  }
  return { payload, payloadType: env.payloadType, keyids: [...ok] };
}

// src/util/progress.ts
var LIVE_MS = 100;
var Reporter = class {
  constructor(verb, unit, stream, live, intervalMs, now) {
    this.stream = stream;
    this.live = live;
    this.intervalMs = intervalMs;
    this.now = now;
    this.phase = verb;
    this.unit = unit;
    this.started = now();
    this.lastWrite = this.started;
    if (!live) {
      this.timer = setInterval(() => this.plain(), intervalMs);
      this.timer.unref();
    }
  }
  stream;
  live;
  intervalMs;
  now;
  done = 0;
  total;
  phase;
  unit;
  started;
  lastWrite = 0;
  liveShown = false;
  timer;
  stopped = false;
  line() {
    const secs = Math.round((this.now() - this.started) / 1e3);
    const count = this.total !== void 0 ? `${this.done}/${this.total} ${this.unit}${this.total > 0 ? ` (${Math.floor(100 * this.done / this.total)}%)` : ""}` : `${this.done} ${this.unit}`;
    return `provenant: ${this.phase}: ${count}, ${secs}s`;
  }
  plain() {
    if (this.stopped) return;
    this.lastWrite = this.now();
    this.stream.write(`${this.line()}
`);
  }
  update(done, total, phase, unit) {
    if (this.stopped) return;
    this.done = done;
    if (total !== void 0) this.total = total;
    if (phase) this.phase = phase;
    if (unit) this.unit = unit;
    const t = this.now();
    if (this.live) {
      if (this.liveShown && t - this.lastWrite < LIVE_MS) return;
      this.lastWrite = t;
      this.liveShown = true;
      this.stream.write(`\r\x1B[K${this.line()}`);
    } else if (t - this.lastWrite >= this.intervalMs) this.plain();
  }
  stop() {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.liveShown) this.stream.write("\r\x1B[K");
    if (active === this) active = void 0;
  }
};
var OFF = { update() {
}, stop() {
} };
var active;
function startProgress(verb, unit = "items", opts = {}) {
  if (process.env.PROVENANT_PROGRESS === "0") return OFF;
  const stream = opts.stream ?? process.stderr;
  const live = (opts.tty ?? !!stream.isTTY) && process.env.PROVENANT_PROGRESS !== "plain";
  const env = Number(process.env.PROVENANT_PROGRESS_INTERVAL_MS);
  const intervalMs = opts.intervalMs ?? (Number.isFinite(env) && env > 0 ? env : 5e3);
  active?.stop();
  active = new Reporter(verb, unit, stream, live, intervalMs, opts.now ?? Date.now);
  return active;
}
function reportProgress(phase, done, total, unit) {
  active?.update(done, total, phase, unit);
}

export {
  INTOTO_PAYLOAD_TYPE,
  pae,
  decodeBase64,
  parseEnvelope,
  verifyEnvelope,
  startProgress,
  reportProgress
};
