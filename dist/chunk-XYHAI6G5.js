import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  lazyCommonJs
} from "./chunk-T36G5XOT.js";
import {
  MT,
  describeCredentials,
  failureOf,
  imageOfSubject,
  registryCredentials,
  withRetry
} from "./chunk-UTCVF5VN.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/publish/registry.ts
import { readFileSync } from "node:fs";
function classifyOciError(e) {
  let x = e;
  for (let i = 0; x && i < 5; i++) {
    if (typeof x.statusCode === "number")
      return { status: x.statusCode, message: String(x.message ?? "").replace(/^Error fetching /, "") };
    if (typeof x.code === "string" && /^E[A-Z]+/.test(x.code)) return { message: x.code };
    if (!x.cause) break;
    x = x.cause;
  }
  const m = e?.cause?.message ?? e?.message ?? String(e);
  return /Invalid challenge|Invalid image name/.test(m) ? { status: 400, message: m } : { message: m };
}
var loadOci = lazyCommonJs(() => import("./chunk-SHTJJQTQ.js"));
async function pushBundle(opts) {
  const artifact = readFileSync(opts.bundlePath);
  const registry = opts.image.split("/")[0];
  const creds = registryCredentials(registry, opts.credentials);
  const where = `${opts.image}@${opts.digest}`;
  const annotations = {
    // fixed across retries: a retried push writes the same manifest, not a second one
    "org.opencontainers.image.created": (opts.created ?? /* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    "dev.sigstore.bundle.content": "dsse-envelope"
  };
  if (opts.predicateType) annotations["dev.sigstore.bundle.predicateType"] = opts.predicateType;
  let anonymous = !creds;
  const { attachArtifactToImage } = await loadOci();
  const attach = () => attachArtifactToImage({
    imageName: opts.image,
    imageDigest: opts.digest,
    artifact,
    mediaType: MT.BUNDLE_V03,
    annotations,
    // no credentials: no sign-in
    credentials: creds && !anonymous ? { username: creds.username, password: creds.password } : void 0,
    fetchOpts: { retry: { retries: 0 }, timeout: 3e4 }
  }).catch((e) => {
    if (anonymous || !/^Invalid challenge: ?$/.test(classifyOciError(e).message)) throw e;
    anonymous = true;
    return attach();
  });
  try {
    const d = await withRetry(`registry ${where}`, attach, classifyOciError, opts.retry);
    return { name: where, id: d.digest };
  } catch (e) {
    if (e instanceof ProvenantError) throw e;
    const f = failureOf(e);
    const held = `the attestation is still at ${opts.bundlePath}`;
    if (f.status === 401 || f.status === 403) {
      throw new ProvenantError(
        "REGISTRY_AUTH",
        `registry ${where}: HTTP ${f.status}, access denied with ${describeCredentials(creds)}; ${held}`
      );
    }
    if (f.status === 404)
      throw new ProvenantError(
        "IMAGE_NOT_FOUND",
        `registry ${where}: HTTP 404, the image digest is not in the registry; ${held}`
      );
    const how = f.status ? `HTTP ${f.status} (${f.message})` : `connection failed (${f.message})`;
    throw new ProvenantError(
      "PUBLISH_FAILED",
      `registry ${where}: ${how}${f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : ""}; ${held}`
    );
  }
}
async function pushBundles(files, opts = {}) {
  const pushed = [];
  for (const f of files) {
    for (const t of imageTargets(f.subjects, opts.images)) {
      const r = await pushBundle({
        ...t,
        bundlePath: f.bundlePath,
        predicateType: f.predicateType,
        credentials: opts.credentials,
        retry: opts.retry
      });
      pushed.push({ ...r, bundlePath: f.bundlePath });
    }
  }
  return pushed;
}
function imageTargets(subjects, only) {
  const out = [];
  for (const s of subjects) {
    const i = imageOfSubject(s);
    if (!i || only?.length && !only.includes(i.ref.name)) continue;
    if (!out.some((o) => o.image === i.ref.name && o.digest === i.digest))
      out.push({ image: i.ref.name, digest: i.digest });
  }
  return out;
}

export {
  pushBundles,
  imageTargets
};
