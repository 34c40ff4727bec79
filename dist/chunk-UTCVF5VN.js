import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  readCapped
} from "./chunk-VV7USWUH.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/oci/client.ts
import { createHash } from "node:crypto";

// src/publish/retry.ts
function isTransient(f) {
  if (f.permanent) return false;
  if (f.status === void 0) return true;
  if (f.status === 403) return !!f.rateLimited;
  return f.status === 408 || f.status === 429 || f.status >= 500 && f.status <= 599;
}
var HttpFailure = class extends Error {
  constructor(status, message, retryAfterSeconds2) {
    super(message);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds2;
  }
  status;
  retryAfterSeconds;
};
function retryAfterSeconds(header) {
  return header && /^\d+$/.test(header) ? Number(header) : void 0;
}
function classifyFetchError(e) {
  if (e instanceof HttpFailure) return { status: e.status, message: e.message, retryAfterSeconds: e.retryAfterSeconds };
  const err = e;
  const why = err.name === "TimeoutError" || err.name === "AbortError" ? "timed out" : err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
  return { message: why };
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function withRetry(what, fn, classify, opts = {}) {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? Number(process.env.PROVENANT_RETRY_BASE_MS ?? 1e3);
  const max = opts.maxDelayMs ?? 3e4;
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      const f = classify(e);
      if (!isTransient(f) || i >= attempts) throw Object.assign(new Error(f.message), { failure: f, attempts: i });
      const backoff = Math.min(max, base * 2 ** (i - 1));
      const delay = f.retryAfterSeconds !== void 0 ? Math.min(max, f.retryAfterSeconds * 1e3) : Math.round(backoff / 2 + Math.random() * backoff / 2);
      opts.onRetry?.(
        `${what}: ${f.status ? `HTTP ${f.status}` : f.message}; retry ${i} of ${attempts - 1} in ${delay} ms`
      );
      await sleep(delay);
    }
  }
}
function failureOf(e) {
  const x = e;
  return { ...x.failure ?? { message: x.message ?? String(e) }, attempts: x.attempts };
}

// src/oci/credentials.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function canonicalHost(value) {
  const host = value.replace(/^https?:\/\//, "").split("/")[0];
  return HUB.has(host) ? "docker.io" : host;
}
function dockerConfigPath(env = process.env) {
  return env.DOCKER_CONFIG ? join(env.DOCKER_CONFIG, "config.json") : join(env.HOME || homedir(), ".docker", "config.json");
}
function fromDockerConfig(registry, env) {
  const path = dockerConfigPath(env);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
  let cfg;
  try {
    cfg = JSON.parse(text);
  } catch (e) {
    throw new ProvenantError("JSON_INVALID", `docker config ${path}: not JSON (${e.message})`);
  }
  const target = canonicalHost(registry);
  const key = Object.keys(cfg.auths ?? {}).find((k) => canonicalHost(k) === target);
  if (!key) return void 0;
  const entry = cfg.auths[key] ?? {};
  let username = entry.username ?? "";
  let password = entry.password ?? "";
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const i = decoded.indexOf(":");
    if (i < 0)
      throw new ProvenantError(
        "INPUT_INVALID",
        `docker config ${path}: auths["${key}"].auth is not base64 of user:password`
      );
    username = decoded.slice(0, i);
    password = decoded.slice(i + 1);
  }
  if (entry.identitytoken) password = entry.identitytoken;
  if (!username && !password) return void 0;
  return { username, password, source: `docker config ${path} (auths["${key}"])` };
}
function registryCredentials(registry, opts = {}) {
  const env = opts.env ?? process.env;
  let c;
  if (opts.username || opts.password) {
    if (!opts.username || !opts.password)
      throw new ProvenantError(
        "USAGE",
        `${opts.explicitSource ?? "registry credentials"}: give both the user name and the password`
      );
    c = {
      username: opts.username,
      password: opts.password,
      source: opts.explicitSource ?? "registry-username/registry-password"
    };
  } else {
    c = fromDockerConfig(registry, env);
    if (!c && opts.githubToken && canonicalHost(registry) === "ghcr.io")
      c = {
        username: env.GITHUB_ACTOR || "x-access-token",
        password: opts.githubToken,
        source: "github-token (ghcr.io)"
      };
  }
  if (c) {
    opts.onSecret?.(c.password);
    opts.onSecret?.(Buffer.from(`${c.username}:${c.password}`).toString("base64"));
  }
  return c;
}
function describeCredentials(c) {
  return c ? `credentials from ${c.source}` : "no credentials (anonymous; set registry-username/registry-password or docker login)";
}

// src/oci/ref.ts
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var REPO_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
var HOST_LABEL = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var HOST_RE = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*(?::[0-9]{1,5})?$`);
var TAG_RE = /^[\w][\w.-]{0,127}$/;
var DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
function printable(s, max = 300) {
  const t = s.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return t.length > max ? `${t.slice(0, max)}\u2026` : t;
}
function hasRegistryHost(first) {
  return first.includes(".") || first.includes(":") || first === "localhost";
}
function isImageRef(s) {
  return s.startsWith("oci://");
}
function parseImageRef(input, source = "image") {
  const bad = (why) => new ProvenantError(
    "IMAGE_REF_INVALID",
    `${source}: '${printable(input)}' ${why} (expected REGISTRY/REPO[:TAG][@sha256:HEX])`
  );
  let s = input.trim();
  if (s.startsWith("oci://")) s = s.slice("oci://".length);
  if (!s || s.length > 1024) throw bad("is empty or too long");
  let digest;
  const at = s.indexOf("@");
  if (at >= 0) {
    digest = s.slice(at + 1);
    s = s.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw bad("has a digest that is not sha256:<64 lowercase hex>");
  }
  let tag;
  const slash = s.lastIndexOf("/");
  const colon = s.lastIndexOf(":");
  if (colon > slash) {
    tag = s.slice(colon + 1);
    s = s.slice(0, colon);
    if (!TAG_RE.test(tag)) throw bad("has an invalid tag");
  }
  const parts = s.split("/");
  let registry;
  let repository;
  if (parts.length > 1 && hasRegistryHost(parts[0])) {
    registry = parts[0];
    repository = parts.slice(1).join("/");
  } else {
    registry = "docker.io";
    repository = parts.length === 1 ? `library/${s}` : s;
  }
  if (!HOST_RE.test(registry)) throw bad("has an invalid registry host");
  if (!REPO_RE.test(repository)) throw bad("has an invalid repository name (lowercase letters, digits, separators)");
  return { registry, repository, tag, digest, name: `${registry}/${repository}` };
}
function formatRef(ref, digest = ref.digest) {
  return `${ref.name}${digest ? `@${digest}` : ref.tag ? `:${ref.tag}` : ""}`;
}
function digestTag(digest) {
  return digest.replace(":", "-");
}

// src/oci/client.ts
var MT = {
  OCI_INDEX: "application/vnd.oci.image.index.v1+json",
  OCI_MANIFEST: "application/vnd.oci.image.manifest.v1+json",
  DOCKER_MANIFEST: "application/vnd.docker.distribution.manifest.v2+json",
  DOCKER_LIST: "application/vnd.docker.distribution.manifest.list.v2+json",
  BUNDLE_V03: "application/vnd.dev.sigstore.bundle.v0.3+json",
  DSSE: "application/vnd.dsse.envelope.v1+json"
};
var MANIFEST_ACCEPT = [MT.OCI_INDEX, MT.OCI_MANIFEST, MT.DOCKER_MANIFEST, MT.DOCKER_LIST].join(",");
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var MAX_BLOB_BYTES = 32 * 1024 * 1024;
var sha256Digest = (b) => `sha256:${createHash("sha256").update(b).digest("hex")}`;
function parseChallenge(h) {
  const m = /^(\w+)\s*(.*)$/.exec(h.trim());
  if (!m) return void 0;
  const params = {};
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1].toLowerCase()] = p[2];
  return { scheme: m[1].toLowerCase(), params };
}
function readBounded(r, max, what) {
  return readCapped(
    r,
    max,
    what,
    (declared) => declared !== void 0 ? new ProvenantError("MANIFEST_INVALID", `${what}: ${declared} bytes, more than the limit of ${max}`) : new ProvenantError("MANIFEST_INVALID", `${what}: more than the limit of ${max} bytes`)
  );
}
var basicAuth = (c) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
var RegistryClient = class {
  constructor(registry, repository, opts = {}) {
    this.registry = registry;
    this.repository = repository;
    this.opts = opts;
    const host = new URL(`http://${registry}`).hostname;
    const http = host === "localhost" || host === "127.0.0.1" || host === "[::1]";
    const api = ["docker.io", "index.docker.io"].includes(registry) ? "registry-1.docker.io" : registry;
    this.base = `${http ? "http" : "https"}://${api}`;
  }
  registry;
  repository;
  opts;
  base;
  #auth;
  #triedAuth = false;
  get image() {
    return `${this.registry}/${this.repository}`;
  }
  /** One request with auth and retries; returns the response for any status the caller handles (2xx, 404). */
  async request(path, init = {}, what = path) {
    const url = `${this.base}/v2/${path}`;
    const once = async () => {
      const headers = { ...init.headers ?? {} };
      if (this.#auth) headers.authorization = this.#auth;
      const r2 = await fetch(url, {
        method: init.method ?? "GET",
        headers,
        redirect: "follow",
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 3e4)
      });
      if (r2.status === 401 && !this.#triedAuth) {
        await r2.body?.cancel();
        this.#triedAuth = true;
        await this.#answer(r2.headers.get("www-authenticate") ?? "");
        return once();
      }
      if (r2.status === 408 || r2.status === 429 || r2.status >= 500) {
        await r2.body?.cancel();
        throw new HttpFailure(r2.status, `HTTP ${r2.status}`, retryAfterSeconds(r2.headers.get("retry-after")));
      }
      return r2;
    };
    let r;
    try {
      r = await withRetry(`${this.image} ${what}`, once, classifyFetchError, this.opts.retry);
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      const f = failureOf(e);
      throw new ProvenantError(
        "REGISTRY_UNREACHABLE",
        `${this.image}: ${what}: ${f.status ? `HTTP ${f.status}` : `cannot connect to ${this.base} (${f.message})`}${f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : ""}`
      );
    }
    if (r.status === 401 || r.status === 403) {
      await r.body?.cancel();
      throw new ProvenantError(
        "REGISTRY_AUTH",
        `${this.image}: ${what}: HTTP ${r.status} from ${this.registry} with ${describeCredentials(this.opts.credentials)}`
      );
    }
    return r;
  }
  async #answer(header) {
    const ch = parseChallenge(header);
    const c = this.opts.credentials;
    if (ch?.scheme === "basic") {
      if (c) this.#auth = basicAuth(c);
      return;
    }
    if (ch?.scheme === "bearer" && ch.params.realm) {
      const u = new URL(ch.params.realm);
      if (ch.params.service) u.searchParams.set("service", ch.params.service);
      u.searchParams.set("scope", ch.params.scope || `repository:${this.repository}:pull`);
      const headers = {};
      if (c) headers.authorization = basicAuth(c);
      let r;
      try {
        r = await fetch(u, { headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 3e4) });
      } catch (e) {
        throw new ProvenantError(
          "REGISTRY_UNREACHABLE",
          `${this.image}: token service ${u.origin}: ${classifyFetchError(e).message}`
        );
      }
      if (r.status !== 200) {
        await r.body?.cancel();
        throw new ProvenantError(
          "REGISTRY_AUTH",
          `${this.image}: token service ${u.origin} answered HTTP ${r.status} with ${describeCredentials(c)}`
        );
      }
      const j = await r.json().catch(() => ({}));
      const t = j.token ?? j.access_token;
      if (!t) throw new ProvenantError("REGISTRY_AUTH", `${this.image}: token service ${u.origin} returned no token`);
      this.#auth = `Bearer ${t}`;
    }
  }
  /**
   * GET a manifest by tag or digest: its bytes hashed (and compared with the digest asked for and the registry's
   * Docker-Content-Digest), size-bounded, parsed and checked for shape. null when the registry has none (404).
   */
  async getManifest(reference, accept = MANIFEST_ACCEPT) {
    const what = `manifest ${printable(reference)}`;
    const r = await this.request(
      `${this.repository}/manifests/${/^[\w.:-]+$/.test(reference) ? reference : encodeURIComponent(reference)}`,
      { headers: { accept } },
      what
    );
    if (r.status === 404) {
      await r.body?.cancel();
      return null;
    }
    if (r.status !== 200) {
      await r.body?.cancel();
      throw new ProvenantError("HTTP_ERROR", `${this.image}: ${what}: HTTP ${r.status}`);
    }
    const raw = await readBounded(r, MAX_MANIFEST_BYTES, `${this.image}: ${what}`);
    const digest = sha256Digest(raw);
    if (DIGEST_RE.test(reference) && reference !== digest)
      throw new ProvenantError(
        "MANIFEST_INVALID",
        `${this.image}: the registry's manifest for ${reference} hashes to ${digest}`
      );
    const header = r.headers.get("docker-content-digest");
    if (header && DIGEST_RE.test(header) && header !== digest)
      throw new ProvenantError(
        "MANIFEST_INVALID",
        `${this.image}: ${what}: the registry says ${header}, the bytes hash to ${digest}`
      );
    let json;
    try {
      json = JSON.parse(raw.toString("utf8"));
    } catch (e) {
      throw new ProvenantError("MANIFEST_INVALID", `${this.image}: ${what}: not JSON (${e.message})`);
    }
    if (!json || typeof json !== "object" || Array.isArray(json))
      throw new ProvenantError("MANIFEST_INVALID", `${this.image}: ${what}: not a JSON object`);
    const o = json;
    const mediaType = typeof o.mediaType === "string" ? o.mediaType : (r.headers.get("content-type") ?? "").split(";")[0].trim();
    checkManifestShape(o, mediaType, `${this.image}: ${what}`);
    return { mediaType, digest, raw, json: o };
  }
  /** GET a blob, hashed and compared with its digest, size-bounded. */
  async getBlob(d, max = MAX_BLOB_BYTES) {
    const what = `blob ${printable(d.digest)}`;
    if (!DIGEST_RE.test(d.digest))
      throw new ProvenantError("MANIFEST_INVALID", `${this.image}: ${what}: not a sha256 digest`);
    if (d.size > max)
      throw new ProvenantError(
        "MANIFEST_INVALID",
        `${this.image}: ${what}: ${d.size} bytes, more than the limit of ${max}`
      );
    const r = await this.request(`${this.repository}/blobs/${d.digest}`, {}, what);
    if (r.status !== 200) {
      await r.body?.cancel();
      throw new ProvenantError(
        r.status === 404 ? "IMAGE_NOT_FOUND" : "HTTP_ERROR",
        `${this.image}: ${what}: HTTP ${r.status}`
      );
    }
    const b = await readBounded(r, Math.min(max, d.size), `${this.image}: ${what}`);
    if (sha256Digest(b) !== d.digest)
      throw new ProvenantError("MANIFEST_INVALID", `${this.image}: ${what}: the bytes hash to ${sha256Digest(b)}`);
    return b;
  }
  /** The referrers API (OCI 1.1): the descriptors referring to `digest`, or null where the registry lacks it (404). */
  async referrers(digest) {
    const r = await this.request(
      `${this.repository}/referrers/${digest}`,
      { headers: { accept: MT.OCI_INDEX } },
      `referrers of ${digest}`
    );
    if (r.status !== 200) {
      await r.body?.cancel();
      return null;
    }
    const raw = await readBounded(r, MAX_MANIFEST_BYTES, `${this.image}: referrers of ${digest}`);
    let j;
    try {
      j = JSON.parse(raw.toString("utf8"));
    } catch {
      throw new ProvenantError("MANIFEST_INVALID", `${this.image}: the referrers index of ${digest} is not JSON`);
    }
    if (!Array.isArray(j.manifests))
      throw new ProvenantError(
        "MANIFEST_INVALID",
        `${this.image}: the referrers index of ${digest} has no manifests list`
      );
    return j.manifests.filter(isDescriptor);
  }
};
function isDescriptor(d) {
  const o = d;
  return !!o && typeof o === "object" && typeof o.mediaType === "string" && typeof o.digest === "string" && DIGEST_RE.test(o.digest) && Number.isSafeInteger(o.size) && o.size >= 0;
}
var isIndex = (mt) => mt === MT.OCI_INDEX || mt === MT.DOCKER_LIST;
function checkManifestShape(o, mediaType, what) {
  const bad = (why) => new ProvenantError("MANIFEST_INVALID", `${what}: ${why}`);
  if (o.schemaVersion !== 2) throw bad(`schemaVersion ${printable(String(o.schemaVersion))} (only 2 is supported)`);
  if (isIndex(mediaType)) {
    if (!Array.isArray(o.manifests) || !o.manifests.every(isDescriptor))
      throw bad("an index whose manifests are not all descriptors");
  } else if (mediaType === MT.OCI_MANIFEST || mediaType === MT.DOCKER_MANIFEST) {
    if (!isDescriptor(o.config)) throw bad("no config descriptor");
    if (!Array.isArray(o.layers) || !o.layers.every(isDescriptor)) throw bad("layers that are not all descriptors");
  } else {
    throw bad(`media type '${printable(mediaType)}' is not an OCI or Docker v2 manifest or index`);
  }
}

// src/oci/resolve.ts
function clientFor(ref, opts = {}) {
  const credentials = registryCredentials(ref.registry, opts.credentials);
  return new RegistryClient(ref.registry, ref.repository, { credentials, retry: opts.retry });
}
function platformName(d) {
  const p = d.platform ?? {};
  return [p.os ?? "?", p.architecture ?? "?", p.variant].filter(Boolean).join("/");
}
async function resolveImage(input, opts = {}, client) {
  const ref = typeof input === "string" ? parseImageRef(input, "subject-image") : input;
  const c = client ?? clientFor(ref, opts);
  const reference = ref.digest ?? ref.tag ?? "latest";
  const m = await c.getManifest(reference);
  if (!m)
    throw new ProvenantError(
      "IMAGE_NOT_FOUND",
      `${formatRef(ref) || ref.name}: the registry has no manifest for ${reference}`
    );
  const platforms = isIndex(m.mediaType) ? m.json.manifests.filter((d) => !d.annotations?.["vnd.docker.reference.type"]).map((d) => ({ digest: d.digest, platform: platformName(d) })) : [];
  return { ref, name: ref.name, digest: m.digest, mediaType: m.mediaType, platforms, credentials: c.opts.credentials };
}
function imageSubjects(images, withPlatforms = false) {
  const out = [];
  for (const img of images) {
    out.push({ name: img.name, digest: { sha256: img.digest.slice("sha256:".length) } });
    if (withPlatforms)
      for (const p of img.platforms) out.push({ name: img.name, digest: { sha256: p.digest.slice("sha256:".length) } });
  }
  return out;
}
function imageOfSubject(s) {
  if (!s.digest.sha256 || !/^[0-9a-f]{64}$/.test(s.digest.sha256)) return void 0;
  const first = s.name.split("/")[0];
  if (!s.name.includes("/") || !hasRegistryHost(first)) return void 0;
  try {
    const ref = parseImageRef(s.name, "subject");
    if (ref.tag || ref.digest) return void 0;
    return { ref, digest: `sha256:${s.digest.sha256}` };
  } catch {
    return void 0;
  }
}

export {
  HttpFailure,
  retryAfterSeconds,
  classifyFetchError,
  withRetry,
  failureOf,
  registryCredentials,
  describeCredentials,
  printable,
  isImageRef,
  parseImageRef,
  digestTag,
  MT,
  isDescriptor,
  clientFor,
  resolveImage,
  imageSubjects,
  imageOfSubject
};
