import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  NPM_PUBLISH_PREDICATE,
  failedArtifact,
  judgeArtifact,
  loadAttestations,
  memberPolicy,
  parseAttestations,
  verifyArtifacts,
  withTrust
} from "./chunk-735GTWG4.js";
import {
  withCachedRoot
} from "./chunk-Y57PAN3K.js";
import {
  POLICY_OPTIONS,
  policyFromValues
} from "./chunk-5XJT44WK.js";
import {
  hashFiles
} from "./chunk-3FI72NAE.js";
import {
  parseLockfile
} from "./chunk-WLTTIEYU.js";
import {
  HttpFailure,
  MT,
  classifyFetchError,
  clientFor,
  digestTag,
  failureOf,
  isDescriptor,
  isImageRef,
  parseImageRef,
  printable as printable2,
  resolveImage,
  retryAfterSeconds,
  withRetry
} from "./chunk-UTCVF5VN.js";
import {
  MAX_RESPONSE_BYTES,
  readCapped
} from "./chunk-VV7USWUH.js";
import {
  alignedTables,
  artifactResultJson,
  renderRows,
  writeJson
} from "./chunk-EJJ4JWML.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import {
  verifyMany
} from "./chunk-LTORLD57.js";
import {
  loadTrust
} from "./chunk-77FOPMMJ.js";
import {
  reportProgress,
  startProgress
} from "./chunk-TL3MPSWU.js";
import {
  fileKind,
  makeDirs,
  writeFileAtomic
} from "./chunk-JYUD5BX7.js";
import {
  pushAll
} from "./chunk-PDHXRQDR.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  parseJsonStrict
} from "./chunk-6DWRZXSB.js";
import {
  ProvenantError,
  asProvenantError
} from "./chunk-4IZNH2SL.js";

// src/commands/audit.ts
import { homedir } from "node:os";
import { join as join3 } from "node:path";

// src/audit/index.ts
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2, relative } from "node:path";

// src/audit/registry.ts
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
var DEFAULT_REGISTRY = "https://registry.npmjs.org";
function attestationsUrl(registry, name, version) {
  return `${registry.replace(/\/+$/, "")}/-/npm/v1/attestations/${name.replace("/", "%2f")}@${encodeURIComponent(version)}`;
}
function manifestUrl(registry, name, version) {
  return `${registry.replace(/\/+$/, "")}/${name.replace("/", "%2f")}/${encodeURIComponent(version)}`;
}
async function fetchOne(url, opts, what = url) {
  try {
    return await withRetry(
      url,
      async () => {
        const res = await fetch(url, {
          headers: { accept: "application/json" },
          signal: AbortSignal.timeout(opts.timeoutMs ?? 15e3)
        });
        if (res.status === 404) {
          await res.arrayBuffer().catch(() => void 0);
          return { kind: "none", cached: false };
        }
        if (!res.ok) {
          await res.arrayBuffer().catch(() => void 0);
          throw new HttpFailure(res.status, `HTTP ${res.status}`, retryAfterSeconds(res.headers.get("retry-after")));
        }
        const body = await readCapped(res, opts.maxBytes ?? MAX_RESPONSE_BYTES, what);
        return { kind: "found", body, cached: false };
      },
      classifyFetchError,
      { attempts: opts.attempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 500, maxDelayMs: 8e3 }
    );
  } catch (e) {
    const f = failureOf(e);
    return {
      kind: "error",
      message: `${f.status ? `HTTP ${f.status}` : f.message}${f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : ""}`
    };
  }
}
function cacheKey(url) {
  return createHash("sha256").update(url).digest("hex");
}
async function fetchCached(url, what, opts) {
  const file = opts.cacheDir ? join(opts.cacheDir, cacheKey(url)) : void 0;
  if (file) {
    const st = await stat(file).catch(() => void 0);
    const fits = !!st && st.isFile() && st.size <= (opts.maxBytes ?? MAX_RESPONSE_BYTES) + 80;
    const cached = fits ? await readFile(file).catch(() => void 0) : void 0;
    if (cached) {
      const nl = cached.indexOf(10);
      const head = cached.subarray(0, nl).toString();
      const body = cached.subarray(nl + 1);
      if (head === "404") return { kind: "none", cached: true };
      if (head === `200 ${createHash("sha256").update(body).digest("hex")}`)
        return { kind: "found", body, cached: true };
    }
  }
  const outcome = await fetchOne(url, opts, what);
  if (file && outcome.kind !== "error") {
    const data = outcome.kind === "none" ? Buffer.from("404\n") : Buffer.concat([
      Buffer.from(`200 ${createHash("sha256").update(outcome.body).digest("hex")}
`),
      outcome.body
    ]);
    await writeFileAtomic(file, data).catch(() => void 0);
  }
  return outcome;
}
async function fetchAttestationDocs(pkgs, opts = {}) {
  const registry = opts.registry ?? DEFAULT_REGISTRY;
  if (opts.cacheDir) await makeDirs(opts.cacheDir);
  let done = 0;
  return mapLimit(pkgs.length, opts.concurrency ?? 16, async (i) => {
    const { name, version } = pkgs[i];
    const outcome = await fetchCached(
      attestationsUrl(registry, name, version),
      `${name}@${version}: attestations`,
      opts
    );
    opts.onProgress?.(++done, pkgs.length);
    return outcome;
  });
}
async function mapLimit(n, concurrency, fn) {
  const out = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, n)) }, worker));
  return out;
}
async function fetchManifests(pkgs, opts = {}) {
  const registry = opts.registry ?? DEFAULT_REGISTRY;
  if (opts.cacheDir) await makeDirs(opts.cacheDir);
  return mapLimit(
    pkgs.length,
    opts.concurrency ?? 16,
    (i) => fetchCached(
      manifestUrl(registry, pkgs[i].name, pkgs[i].version),
      `${pkgs[i].name}@${pkgs[i].version}: manifest`,
      opts
    )
  );
}
function fetchRegistryKeys(opts = {}) {
  const registry = (opts.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, "");
  return fetchOne(`${registry}/-/npm/v1/keys`, opts, `${registry}/-/npm/v1/keys`);
}

// src/audit/index.ts
var ATTESTATION_SUFFIXES = [
  ".intoto.jsonl",
  ".sigstore.json",
  ".sigstore",
  ".statement.json",
  ".att.json",
  ".vsa.sigstore.json",
  ".vsa.intoto.jsonl"
];
function tallyResult(r, totals) {
  if (r.verified) {
    totals[`L${r.slsaLevel}`] += 1;
    return;
  }
  const failed2 = r.checks.filter((c) => !c.ok);
  if (failed2.length && failed2.every((c) => /ATTESTATION_NOT_FOUND/.test(c.detail))) totals.L0 += 1;
  else if (failed2.some((c) => c.code === "registry")) totals.error += 1;
  else totals.failed += 1;
}
function emptyTotals() {
  return { L0: 0, L1: 0, L2: 0, L3: 0, failed: 0, error: 0 };
}
function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    const p = join2(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}
async function auditDir(target, opts) {
  let files = [];
  let st;
  try {
    st = statSync(target);
  } catch {
    st = void 0;
  }
  if (st?.isDirectory()) walk(target, files);
  else if (st) files = [target];
  else {
    const { create } = await import("./chunk-VAW5MGIX.js");
    files = await (await create(target, { matchDirectories: false })).glob();
    if (!files.length)
      throw new ProvenantError("FILE_NOT_FOUND", `audit: '${target}' is not a file, folder or matching glob`);
  }
  for (const f of files) {
    const kind = fileKind(f);
    if (kind !== "file") throw new ProvenantError("FILE_NOT_REGULAR", `audit: ${f}: ${kind}, not a regular file`);
  }
  files.sort();
  const attestations = files.filter((f) => ATTESTATION_SUFFIXES.some((s) => f.endsWith(s)));
  const isAttestation = new Set(attestations);
  const artifacts = files.filter((f) => !isAttestation.has(f));
  if (!artifacts.length) throw new ProvenantError("NO_FILES_FOUND", `audit: no artifact in '${target}'`);
  const claims = [];
  const unreadable = [];
  const loaded = /* @__PURE__ */ new Map();
  for (const f of attestations) {
    const digests = /* @__PURE__ */ new Set();
    let beside;
    try {
      const atts = loadAttestations(f);
      for (const att of atts) {
        const json = att.json;
        const payload = att.kind === "statement" ? att.raw : json.dsseEnvelope?.payload ?? json.payload;
        if (json.messageSignature)
          beside = ATTESTATION_SUFFIXES.reduce((x, s) => x.endsWith(s) ? x.slice(0, -s.length) : x, f);
        if (payload === void 0) continue;
        const st2 = JSON.parse(
          typeof payload === "string" ? Buffer.from(payload, "base64").toString("utf8") : payload.toString("utf8")
        );
        for (const sub of st2.subject ?? [])
          for (const [alg, hex] of Object.entries(sub.digest ?? {})) digests.add(`${alg}:${String(hex).toLowerCase()}`);
      }
      claims.push({ file: f, digests, beside });
      loaded.set(f, atts);
    } catch (e) {
      const detail = `[BUNDLE_INVALID] unreadable attestation: ${e.message.split("\n")[0]}`;
      unreadable.push(failedArtifact(f, {}, { code: "load", ok: false, detail }, { attestation: f }));
    }
  }
  const hashes = await hashFiles(artifacts, ["sha256", "sha512"]);
  const byDigest = /* @__PURE__ */ new Map();
  const byArtifact = /* @__PURE__ */ new Map();
  const index = (map, key, file) => {
    const list = map.get(key);
    if (!list) map.set(key, [file]);
    else if (list[list.length - 1] !== file) list.push(file);
  };
  for (const c of claims) {
    if (c.beside) index(byArtifact, c.beside, c.file);
    for (const d of c.digests) index(byDigest, d, c.file);
  }
  const routeOf = (path, digests) => {
    const files2 = new Set(byArtifact.get(path) ?? []);
    for (const [alg, hex] of Object.entries(digests)) for (const f of byDigest.get(`${alg}:${hex}`) ?? []) files2.add(f);
    return [...files2].sort();
  };
  const results = [];
  const routed = [];
  for (let i = 0; i < artifacts.length; i++) {
    if (routeOf(artifacts[i], hashes[i]).length) {
      routed.push(artifacts[i]);
      continue;
    }
    const detail = "[ATTESTATION_NOT_FOUND] no attestation in the folder names this artifact";
    results.push(
      failedArtifact(
        artifacts[i],
        hashes[i],
        { code: "attestation", ok: false, detail },
        { nextLevel: ["L1: no attestation in the folder names this artifact"] }
      )
    );
  }
  if (routed.length) {
    const report2 = await verifyArtifacts({
      artifacts: routed,
      trustedRoot: opts.trustedRoot,
      keys: opts.keys,
      npmRegistryKeys: true,
      policy: opts.policy,
      route: ({ path, digest }) => path ? routeOf(path, digest) : [],
      routed: loaded,
      digests: new Map(artifacts.map((a, i) => [a, hashes[i]]))
    });
    pushAll(results, report2.results);
  }
  results.sort((x, y) => x.artifact < y.artifact ? -1 : x.artifact > y.artifact ? 1 : 0);
  const report = { results: [...results, ...unreadable] };
  const base = st?.isDirectory() ? target : process.cwd();
  for (const r of report.results) r.artifact = relative(base, r.artifact) || r.artifact;
  const totals = emptyTotals();
  for (const r of report.results) tallyResult(r, totals);
  return { results: report.results, totals };
}
function repositoryKey(v) {
  let s = typeof v === "string" ? v : v && typeof v === "object" && typeof v.url === "string" ? v.url : void 0;
  if (!s) return void 0;
  s = s.trim();
  const hosts = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" };
  const short = /^(github|gitlab|bitbucket):(.+)$/.exec(s);
  if (short) s = `${hosts[short[1]]}/${short[2]}`;
  else if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(s)) s = `github.com/${s}`;
  s = s.replace(/^git\+/, "").replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^[^@/]+@/, "");
  s = s.replace(/^([^/:]+):(\d+\/)?/, "$1/");
  s = s.replace(/[#?].*$/, "").replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, "").replace(/^www\./, "").toLowerCase();
  return /^[^/]+\/[^/]+\/[^/]+/.test(s) ? s : void 0;
}
function certificateRepository(v) {
  return v.signer?.kind === "certificate" ? v.signer.identity?.sourceRepositoryURI : void 0;
}
async function registryKeysFile(opts) {
  const none = () => void 0;
  if (opts.registryKeys) return { file: opts.registryKeys, source: opts.registryKeys, cleanup: none };
  const registry = (opts.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, "");
  if (registry === DEFAULT_REGISTRY) return { source: "npm registry keys (shipped)", cleanup: none };
  const got = await fetchRegistryKeys(opts);
  if (got.kind !== "found")
    return {
      source: `npm registry keys (shipped); ${registry}/-/npm/v1/keys: ${got.kind === "none" ? "HTTP 404" : got.message}`,
      cleanup: none
    };
  const dir = mkdtempSync(join2(tmpdir(), "provenant-registry-keys-"));
  const file = join2(dir, "keys.json");
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(file, got.body);
    const doc = parseJsonStrict(got.body, `${registry}/-/npm/v1/keys`);
    if (!doc || !Array.isArray(doc.keys)) throw new ProvenantError("KEY_INVALID", "not a keys document");
    loadTrust({ keys: [file] });
  } catch (e) {
    cleanup();
    const why = e.message.split("\n")[0].slice(0, 160);
    return { source: `npm registry keys (shipped); ${registry}/-/npm/v1/keys unusable: ${why}`, cleanup: none };
  }
  return { file, source: `npm registry keys (shipped) and ${registry}/-/npm/v1/keys`, cleanup };
}
var PROBE = 20;
function npmPackagesOf(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ProvenantError(
      "FILE_NOT_FOUND",
      `--lockfile ${path}: cannot read (${e.code})`
    );
  }
  const base = path.split("/").pop() ?? path;
  const known = /^(package-lock|npm-shrinkwrap)\.json$|^yarn\.lock$|^pnpm-lock\.yaml$/.test(base);
  const sniffed = known ? path : /^\s*\{[\s\S]*"lockfileVersion"/.test(text) ? "package-lock.json" : /^lockfileVersion:/m.test(text) ? "pnpm-lock.yaml" : /^(# yarn lockfile v1|__metadata:)/m.test(text) ? "yarn.lock" : path;
  const { format, packages } = parseLockfile(sniffed === path ? path : join2(path, "..", sniffed), text);
  const seen = /* @__PURE__ */ new Map();
  for (const p of packages) {
    if (!p.purl.startsWith("pkg:npm/")) continue;
    const k = `${p.name}@${p.version}`;
    if (!seen.has(k)) seen.set(k, { name: p.name, version: p.version, purl: p.purl, digest: p.digest });
  }
  if (!seen.size && !packages.length) throw new ProvenantError("LOCKFILE_INVALID", `${path}: no locked packages`);
  if (!seen.size)
    throw new ProvenantError(
      "LOCKFILE_UNKNOWN",
      `${path}: ${format} lists no npm packages (audit --lockfile covers the npm registry)`
    );
  return { format, packages: [...seen.values()] };
}
async function auditLockfile(path, opts = {}) {
  const { format, packages } = npmPackagesOf(path);
  const keys = await registryKeysFile(opts);
  try {
    return await auditPackages(path, format, packages, opts, keys);
  } finally {
    keys.cleanup();
  }
}
async function auditPackages(path, format, packages, opts, keys) {
  const trustOpts = await withCachedRoot({
    trustedRoot: opts.trustedRoot,
    keys: keys.file ? [keys.file] : [],
    npmRegistryKeys: true
  });
  const trust = loadTrust(trustOpts);
  const docs = await fetchAttestationDocs(packages, opts);
  const policy = opts.policy ?? {};
  const out = packages.map((p) => ({
    name: p.name,
    version: p.version,
    purl: p.purl,
    level: null,
    status: "error"
  }));
  let registryProblem;
  let registryNote;
  if (docs.length && docs.every((d) => d.kind === "none")) {
    const sample = packages.slice(0, PROBE);
    const manifests2 = await fetchManifests(sample, opts);
    const listed = manifests2.filter((m) => m.kind === "found" && manifestOf(m.body)?.dist?.attestations).length;
    const known = manifests2.filter((m) => m.kind === "found").length;
    if (listed)
      registryProblem = `the registry does not serve attestations: GET /-/npm/v1/attestations answers 404 for every package, yet ${listed} of ${sample.length} manifests read list attestations`;
    else if (!known)
      registryProblem = `the registry does not serve attestations or manifests: 404 for every package (${sample.length} manifests read)`;
    else if ((opts.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, "") !== DEFAULT_REGISTRY)
      registryNote = "every package answered 404 at the attestations endpoint and no manifest read lists attestations; if this registry is a mirror, it may not serve them (the packages are reported L0)";
  }
  const tasks = [];
  const spans = [];
  docs.forEach((d, i) => {
    const a = out[i];
    const p = packages[i];
    if (registryProblem) {
      a.detail = `registry: ${registryProblem}`;
      return;
    }
    if (d.kind === "error") {
      a.detail = `registry: ${d.message}`;
      return;
    }
    a.cached = d.cached;
    if (d.kind === "none") {
      a.status = "no-provenance";
      a.level = 0;
      a.detail = "the registry has no attestations for this version";
      return;
    }
    let atts;
    try {
      atts = parseAttestations(d.body, `${p.name}@${p.version}`);
      if (!atts.length || !atts.every((x) => x.group))
        throw new ProvenantError("BUNDLE_INVALID", "not an npm attestations document");
    } catch (e) {
      a.detail = `registry: malformed attestations document (${e.message.split("\n")[0].slice(0, 160)})`;
      return;
    }
    if (!Object.keys(p.digest).length) {
      a.status = "failed";
      a.detail = "[SUBJECT_MISMATCH] the lockfile records no integrity to match the attestations against";
      return;
    }
    spans.push({ i, atts, first: tasks.length });
    for (const att of atts) tasks.push({ att, policy: memberPolicy(att, policy), artifact: { digest: p.digest } });
  });
  const { results } = await verifyMany(tasks, trust, trustOpts);
  const toBind = [];
  for (const s of spans) {
    const p = packages[s.i];
    const verdicts = results.slice(s.first, s.first + s.atts.length);
    const purl = decodeURIComponent(p.purl);
    for (const v of verdicts) {
      const names = (v.statement?.subject ?? []).map((x) => decodeURIComponent(x.name ?? ""));
      if (v.verified && names.length && !names.includes(purl)) {
        v.verified = false;
        v.slsaLevel = 0;
        v.checks.push({
          code: "subject-name",
          ok: false,
          detail: `[SUBJECT_MISMATCH] the attestation is about ${names.join(", ")}, not ${purl}`
        });
      }
      const pred = v.statement?.predicate;
      if (v.verified && v.predicateType === NPM_PUBLISH_PREDICATE && (pred?.name !== p.name || pred?.version !== p.version)) {
        v.verified = false;
        v.slsaLevel = 0;
        v.checks.push({
          code: "publish",
          ok: false,
          detail: `[SUBJECT_MISMATCH] the publish attestation is about ${String(pred?.name)}@${String(pred?.version)}, not ${p.name}@${p.version}`
        });
      }
    }
    const r = judgeArtifact(`${p.name}@${p.version}`, p.digest, s.atts, verdicts, [], policy);
    const a = out[s.i];
    a.builderId = r.builderId ?? void 0;
    a.sourceRepo = r.sourceRepo ?? void 0;
    if (!r.verified) {
      a.status = "failed";
      a.detail = r.checks.filter((c) => !c.ok).map((c) => c.detail).join("; ");
      continue;
    }
    a.status = "verified";
    a.level = r.slsaLevel;
    a.detail = r.nextLevel[0];
    const provenances = verdicts.filter((v) => v.predicateType?.startsWith("https://slsa.dev/provenance/"));
    if (!provenances.length) continue;
    const publish = verdicts.find(
      (v) => v.verified && v.predicateType === NPM_PUBLISH_PREDICATE && v.signer?.kind === "key"
    );
    if (!publish) {
      unbind(
        a,
        `no npm publish attestation signed by the registry (${keys.source}): the provenance is not bound to this package's publication`
      );
      continue;
    }
    toBind.push({ i: s.i, provenances });
  }
  const manifests = await fetchManifests(
    toBind.map((b) => packages[b.i]),
    opts
  );
  toBind.forEach((b, k) => {
    const a = out[b.i];
    const m = manifests[k];
    if (m.kind !== "found") {
      a.status = "error";
      a.level = null;
      a.detail = `registry: manifest of ${a.name}@${a.version}: ${m.kind === "none" ? "HTTP 404" : m.message}`;
      return;
    }
    const manifest = manifestOf(m.body);
    if (!manifest) {
      a.status = "error";
      a.level = null;
      a.detail = `registry: malformed manifest of ${a.name}@${a.version}`;
      return;
    }
    const want = repositoryKey(manifest.repository);
    if (!want) {
      unbind(a, `the package's manifest names no source repository to bind the provenance to`);
      return;
    }
    for (const v of b.provenances) {
      const certRepo = certificateRepository(v);
      const got = certRepo ? repositoryKey(certRepo) : void 0;
      if (!got) unbind(a, `the provenance's certificate names no source repository`);
      else if (got !== want)
        unbind(
          a,
          `the provenance was built from ${certRepo}, not from the package's repository ${repositoryText(manifest.repository)}`
        );
      if (a.status === "unbound") return;
    }
  });
  const totals = emptyTotals();
  const dependencyLevels = {};
  const bump = (k) => dependencyLevels[k] = (dependencyLevels[k] ?? 0) + 1;
  for (const a of out) {
    if (a.status === "error") {
      totals.error++;
      bump("SLSA_BUILD_LEVEL_UNEVALUATED");
    } else if (a.status === "failed") {
      totals.failed++;
      bump("FAILED");
    } else {
      totals[`L${a.level}`]++;
      bump(`SLSA_BUILD_LEVEL_${a.level}`);
    }
  }
  return {
    lockfile: path,
    format,
    packages: out,
    totals,
    dependencyLevels,
    ...registryProblem ? { registryProblem } : {},
    ...registryNote ? { registryNote } : {},
    registryKeys: keys.source
  };
}
function lockfileAuditFailures(a) {
  const errors = [];
  if (a.registryProblem) errors.push(a.registryProblem);
  else if (a.totals.error) {
    errors.push(`${a.totals.error} of ${a.packages.length} package(s) could not be evaluated (registry errors)`);
  }
  return { errors, failed: a.totals.failed, fails: errors.length > 0 || a.totals.failed > 0 };
}
function repositoryText(r) {
  return String(typeof r === "string" ? r : r?.url);
}
function unbind(a, reason) {
  a.status = "unbound";
  a.level = 0;
  a.detail = `[BINDING_MISMATCH] ${reason}`;
}
function manifestOf(body) {
  try {
    const m = parseJsonStrict(body, "manifest");
    return m && typeof m === "object" && !Array.isArray(m) ? m : void 0;
  } catch {
    return void 0;
  }
}

// src/oci/cosign.ts
var COSIGN_CERT = "dev.sigstore.cosign/certificate";
var COSIGN_BUNDLE = "dev.sigstore.cosign/bundle";
function pemBlocks(pem) {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map(
    (m) => Buffer.from(m[1].replace(/\s+/g, ""), "base64").toString("base64")
  );
}
function cosignKeylessToBundle(envelope, annotations, source) {
  const bad = (why) => new ProvenantError("BUNDLE_INVALID", `${source}: keyless cosign attestation: ${why}`);
  const certs = pemBlocks(annotations[COSIGN_CERT] ?? "");
  if (certs.length !== 1) throw bad(`${COSIGN_CERT} is not one PEM certificate`);
  let env;
  let rekor;
  try {
    env = JSON.parse(envelope.toString("utf8"));
    rekor = JSON.parse(annotations[COSIGN_BUNDLE] ?? "");
  } catch (e) {
    throw bad(`not JSON (${e.message})`);
  }
  const p = rekor?.Payload;
  if (!p || typeof rekor.SignedEntryTimestamp !== "string" || typeof p.body !== "string" || !Number.isSafeInteger(p.integratedTime) || !Number.isSafeInteger(p.logIndex) || typeof p.logID !== "string" || !/^[0-9a-f]{64}$/.test(p.logID)) {
    throw bad(`${COSIGN_BUNDLE} lacks SignedEntryTimestamp, Payload.body, integratedTime, logIndex or logID`);
  }
  let body;
  try {
    body = JSON.parse(Buffer.from(p.body, "base64").toString("utf8"));
  } catch {
    throw bad("the Rekor entry body is not base64 JSON");
  }
  if (typeof body.kind !== "string" || typeof body.apiVersion !== "string") throw bad("the Rekor entry has no kind");
  const bundle = {
    mediaType: "application/vnd.dev.sigstore.bundle+json;version=0.1",
    verificationMaterial: {
      x509CertificateChain: { certificates: certs.map((rawBytes) => ({ rawBytes })) },
      tlogEntries: [
        {
          logIndex: String(p.logIndex),
          logId: { keyId: Buffer.from(p.logID, "hex").toString("base64") },
          kindVersion: { kind: body.kind, version: body.apiVersion },
          integratedTime: String(p.integratedTime),
          inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
          canonicalizedBody: p.body
        }
      ],
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    dsseEnvelope: env
  };
  return Buffer.from(JSON.stringify(bundle));
}

// src/oci/discover.ts
function problemOf(e, where) {
  if (e instanceof ProvenantError && ["REGISTRY_AUTH", "REGISTRY_UNREACHABLE"].includes(e.code)) throw e;
  return `${where}: ${e instanceof ProvenantError ? `[${e.code}] ${e.message}` : e.message}`;
}
var isBundleType = (t) => !!t && t.startsWith("application/vnd.dev.sigstore.bundle");
var MAX_REFERRERS = 64;
async function discoverAttestations(client, digest, opts = {}) {
  const at = `oci://${client.image}@${digest}`;
  const out = { found: [], looked: [], problems: [] };
  let refs = await client.referrers(digest);
  if (refs) out.looked.push("the referrers API");
  else {
    out.looked.push(`the referrers tag ${digestTag(digest)}`);
    const idx = await client.getManifest(digestTag(digest), MT.OCI_INDEX);
    refs = idx ? idx.json.manifests ?? [] : [];
  }
  const candidates = refs.filter(
    (d) => isDescriptor(d) && (isBundleType(d.artifactType) || d.artifactType === void 0)
  );
  for (const d of candidates.slice(0, MAX_REFERRERS)) {
    const src = `${at} (referrer ${d.digest})`;
    try {
      const m = await client.getManifest(d.digest);
      if (!m) throw new ProvenantError("IMAGE_NOT_FOUND", "listed but not in the registry");
      const j = m.json;
      const type = j.artifactType ?? j.config?.mediaType;
      if (!isBundleType(type)) continue;
      if (j.subject?.digest !== digest)
        throw new ProvenantError(
          "MANIFEST_INVALID",
          `its subject is ${printable2(String(j.subject?.digest))}, not ${digest}`
        );
      const layers = (j.layers ?? []).filter((l) => isBundleType(l.mediaType));
      if (!layers.length) throw new ProvenantError("MANIFEST_INVALID", "no Sigstore bundle layer");
      for (const l of layers) out.found.push({ source: src, raw: await client.getBlob(l), origin: "sigstore-bundle" });
    } catch (e) {
      out.problems.push(problemOf(e, src));
    }
  }
  if (candidates.length > MAX_REFERRERS)
    out.problems.push(`${at}: ${candidates.length} referrers, only the first ${MAX_REFERRERS} read`);
  if (opts.cosign !== false) {
    const tag = `${digestTag(digest)}.att`;
    out.looked.push(`cosign's ${tag}`);
    try {
      const m = await client.getManifest(tag);
      const layers = (m?.json.layers ?? []).filter((l) => l.mediaType === MT.DSSE);
      for (const l of layers.slice(0, MAX_REFERRERS)) {
        const src = `${at} (cosign ${tag} layer ${l.digest})`;
        if (l.annotations?.[COSIGN_CERT]) {
          try {
            const raw = cosignKeylessToBundle(await client.getBlob(l), l.annotations, src);
            out.found.push({ source: src, raw, origin: "cosign-attestation" });
          } catch (e) {
            out.problems.push(problemOf(e, src));
          }
          continue;
        }
        out.found.push({ source: src, raw: await client.getBlob(l), origin: "cosign-attestation" });
      }
    } catch (e) {
      out.problems.push(problemOf(e, `${at} (cosign ${tag})`));
    }
  }
  return out;
}

// src/verify/oci.ts
function failed(name, digest, checks, policy) {
  return judgeArtifact(name, digest, [], [], checks, policy);
}
async function verifyImages(opts) {
  const sources = await withCachedRoot({ trustedRoot: opts.trustedRoot, keys: opts.keys });
  const trust = loadTrust(sources);
  const pending = [];
  const tasks = [];
  const results = [];
  for (const spec of opts.images) {
    let name = spec;
    let digest = {};
    try {
      const ref = parseImageRef(spec, "image");
      const client = clientFor(ref, { credentials: opts.credentials, retry: opts.retry });
      const img = await resolveImage(ref, {}, client);
      name = `oci://${ref.name}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
      digest = { sha256: img.digest.slice("sha256:".length) };
      const found = await discoverAttestations(client, img.digest);
      const checks = found.problems.map((p2) => ({ code: "load", ok: false, detail: p2 }));
      const atts = [];
      for (const f of found.found) {
        try {
          pushAll(atts, parseAttestations(f.raw, f.source));
        } catch (e) {
          const pe = asProvenantError(e, "BUNDLE_INVALID");
          checks.push({ code: "load", ok: false, detail: `[${pe.code}] ${pe.message}` });
        }
      }
      if (!atts.length) {
        checks.push({
          code: "attestation",
          ok: false,
          detail: `[ATTESTATION_NOT_FOUND] no attestation attached to ${ref.name}@${img.digest} (looked in ${found.looked.join(", ")})`
        });
      }
      const p = { name, digest, atts, checks, first: tasks.length };
      for (const att of atts) tasks.push({ att, policy: memberPolicy(att, opts.policy), artifact: { digest } });
      pending.push(p);
      results.push(p);
    } catch (e) {
      const pe = asProvenantError(e, "INTERNAL");
      results.push(
        failed(name, digest, [{ code: "registry", ok: false, detail: `[${pe.code}] ${pe.message}` }], opts.policy)
      );
    }
  }
  const { results: verdicts, threads } = await verifyMany(tasks, trust, sources);
  const out = results.map(
    (r) => "first" in r ? judgeArtifact(r.name, r.digest, r.atts, verdicts.slice(r.first, r.first + r.atts.length), r.checks, opts.policy) : r
  );
  return withTrust(
    { results: out, verified: out.length > 0 && out.every((r) => r.verified), trustedRoot: trust.rootSource, threads },
    trust
  );
}

// src/commands/audit.ts
var summary = "SLSA Build levels across a release folder, or across the npm dependencies of a lockfile";
var HELP = `Usage: provenant audit DIR|FILE... [options]
       provenant audit --lockfile FILE [--registry URL] [options]
       provenant audit oci://REGISTRY/REPO[:TAG|@DIGEST]... [options]

A folder: every file that is not an attestation is an artifact, verified against every attestation in the folder
(*.intoto.jsonl, *.sigstore.json, *.sigstore, *.statement.json); a table of artifacts with level, builder and
source, and totals per level.

oci://\u2026: each container image's attached attestations (Sigstore bundles, cosign .att) verified as by
provenant verify oci://\u2026, in the same table (registry credentials as for verify; images without attestations L0).

--lockfile: every npm package locked in FILE (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml)
has its provenance fetched from the registry (GET /-/npm/v1/attestations/NAME@VERSION) and verified offline against
the Sigstore public-good trusted root and the npm registry's keys, matched to the lockfile's integrity. Packages
without provenance are L0; a registry failure is reported for that package and never becomes a level.
Provenance counts only when it is bound to the package, as npm's registry and \`npm audit signatures\` bind it: the
document carries the registry's publish attestation (predicate npm/attestation publish/v0.1) signed with the
registry's key, and the provenance's certificate names the package's own source repository (the \`repository\` of
its version manifest, GET /NAME/VERSION). Otherwise the package is L0 (status unbound) with the reason.
Registry keys: npm's, shipped with Provenant (Sigstore TUF root); for another --registry also what its
/-/npm/v1/keys serves, or instead the keys of --registry-keys FILE. Each registry answer is read up to 32 MiB.
A registry that answers 404 for every package while its manifests list attestations (a mirror without the
attestations endpoint) is reported as "the registry does not serve attestations": every package is an error.

Options:
  --lockfile FILE          audit a lockfile's npm dependencies
  --registry URL           npm registry (default https://registry.npmjs.org)
  --registry-keys FILE     the registry's signing keys (keys.json, as GET /-/npm/v1/keys serves them)
  --concurrency N          parallel registry requests (default 16)
  --timeout-ms N           per request (default 15000); transient failures are retried with backoff
  --cache DIR              on-disk cache of registry answers (default ~/.cache/provenant/npm-attestations)
  --no-cache               do not read or write the cache
  --trusted-root FILE      Sigstore trusted root (folder audits and --lockfile; default public-good)
  --key FILE               trusted keys for folder audits (as in verify)
  --min-level N            exit 1 when any artifact or dependency is below SLSA Build level N (errors count as below)
  (identity and provenance policy options as in provenant verify)
  --json                   machine-readable report (schemas/cli-audit.json; --format json also works)
On a terminal a progress line is shown on stderr (elsewhere a plain line every few seconds); tables are aligned
on a terminal and tab-separated when piped.
Exit codes: 0 every artifact or dependency was evaluated, none failed, --min-level met (L0 alone is not a failure);
  1 a verification failed, a dependency could not be evaluated (a registry error for any package, every request
  failed, or the registry does not serve attestations), or --min-level not met; 2 usage.
`;
var REGISTRY_OPTIONS = {
  registry: { type: "string" },
  "registry-keys": { type: "string" },
  concurrency: { type: "string" },
  "timeout-ms": { type: "string" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" }
};
function positiveInt(v, name) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new ProvenantError("USAGE", `--${name}: '${v}' is not a positive integer`);
  return n;
}
function registryOptionsFrom(values) {
  const v = values;
  const cacheDir = v["no-cache"] ? void 0 : v.cache ?? join3(process.env.XDG_CACHE_HOME || join3(homedir(), ".cache"), "provenant", "npm-attestations");
  return {
    registry: v.registry,
    registryKeys: v["registry-keys"],
    concurrency: positiveInt(v.concurrency, "concurrency"),
    timeoutMs: positiveInt(v["timeout-ms"], "timeout-ms"),
    baseDelayMs: process.env.PROVENANT_RETRY_BASE_MS ? Number(process.env.PROVENANT_RETRY_BASE_MS) : void 0,
    cacheDir,
    // to the running progress reporter (withAuditProgress's; a no-op when none runs)
    onProgress: (done, total) => reportProgress("auditing", done, total, "packages")
  };
}
function lockfileAuditJson(a) {
  return {
    lockfile: a.lockfile,
    format: a.format,
    packages: a.packages,
    totals: a.totals,
    dependencyLevels: a.dependencyLevels,
    registryKeys: a.registryKeys,
    ...a.registryProblem ? { registryProblem: a.registryProblem } : {},
    ...a.registryNote ? { registryNote: a.registryNote } : {}
  };
}
async function withAuditProgress(fn) {
  const p = startProgress("auditing", "packages");
  try {
    return await fn();
  } finally {
    p.stop();
  }
}
function totalsLine(t) {
  return `totals: L0 ${t.L0}, L1 ${t.L1}, L2 ${t.L2}, L3 ${t.L3}, failed ${t.failed}, errors ${t.error}`;
}
function renderLockfileAudit(a, aligned = alignedTables()) {
  const rows = a.packages.map((p) => ({
    cells: [
      `${printable(p.name)}@${printable(p.version)}`,
      p.level === null ? "-" : `L${p.level}`,
      p.status,
      printable(p.builderId ?? "-"),
      printable(p.sourceRepo ?? "-")
    ],
    details: p.status === "failed" || p.status === "error" || p.status === "unbound" ? [`  \u2717 ${printable(p.detail)}`] : []
  }));
  const head = `${printable(a.lockfile)} (${a.format}): ${a.packages.length} npm packages
`;
  const problem = a.registryProblem ? `\u2717 ${printable(a.registryProblem)}
` : "";
  return head + renderRows(["PACKAGE", "LEVEL", "STATUS", "BUILDER", "SOURCE"], rows, aligned) + problem + totalsLine(a.totals) + "\n";
}
function renderDir(a, aligned = alignedTables()) {
  const rows = a.results.map((r) => ({
    cells: [
      printable(r.artifact),
      `L${r.slsaLevel}`,
      r.verified ? "yes" : "NO",
      printable(r.builderId ?? "-"),
      printable(r.sourceRepo ?? "-")
    ],
    details: r.checks.filter((c) => !c.ok).map((c) => `  \u2717 ${printable(c.detail)}`)
  }));
  const header = ["ARTIFACT", "LEVEL", "VERIFIED", "BUILDER", "SOURCE"];
  return `${renderRows(header, rows, aligned) + totalsLine(a.totals)}
`;
}
async function run(argv) {
  const { values, positionals, spell } = parseCommandArgs(argv, {
    lockfile: { type: "string" },
    ...REGISTRY_OPTIONS,
    "trusted-root": { type: "string" },
    key: { type: "string", multiple: true },
    "allow-unsigned": { type: "boolean" },
    ...POLICY_OPTIONS,
    json: { type: "boolean" }
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const { policy } = policyFromValues(values, spell);
  const minLevel = policy.minLevel;
  const verifyPolicy = {
    ...policy,
    minLevel: void 0,
    allowUnsigned: values["allow-unsigned"]
  };
  if (values.lockfile) {
    if (positionals.length) throw new ProvenantError("USAGE", "--lockfile audits a lockfile: give no folders with it");
    const lockfile = values.lockfile;
    const opts = {
      ...registryOptionsFrom(values),
      trustedRoot: values["trusted-root"],
      policy: verifyPolicy
    };
    const a = await withAuditProgress(() => auditLockfile(lockfile, opts));
    const below2 = minLevel === void 0 ? [] : a.packages.filter((p) => p.level === null || p.level < minLevel);
    if (values.json)
      writeJson({
        kind: "lockfile",
        ...lockfileAuditJson(a),
        minLevel: minLevel ?? null,
        belowMinLevel: below2.map((p) => `${p.name}@${p.version}`)
      });
    else process.stdout.write(renderLockfileAudit(a));
    if (!values.json && below2.length)
      process.stdout.write(`${below2.length} package(s) below SLSA Build L${minLevel}
`);
    if (a.registryNote) process.stderr.write(`warning: ${a.registryNote}
`);
    const failures = lockfileAuditFailures(a);
    for (const e of failures.errors) process.stderr.write(`error: ${e}
`);
    return failures.fails || below2.length ? 1 : 0;
  }
  if (!positionals.length) throw new ProvenantError("USAGE", "name a folder (or files) to audit, or --lockfile FILE");
  const results = { results: [], totals: { L0: 0, L1: 0, L2: 0, L3: 0, failed: 0, error: 0 } };
  const images = positionals.filter(isImageRef);
  if (images.length) {
    const ir = await verifyImages({
      images,
      trustedRoot: values["trusted-root"],
      keys: values.key,
      policy: verifyPolicy,
      credentials: { githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN }
    });
    for (const r of ir.results) {
      results.results.push(r);
      tallyResult(r, results.totals);
    }
  }
  const dirs = positionals.filter((x) => !isImageRef(x));
  const progress = startProgress("auditing", "folders");
  try {
    for (const [i, p] of dirs.entries()) {
      progress.update(i, dirs.length);
      const a = await auditDir(p, {
        trustedRoot: values["trusted-root"],
        keys: values.key,
        policy: verifyPolicy
      });
      pushAll(results.results, a.results);
      for (const k of Object.keys(results.totals)) results.totals[k] += a.totals[k];
    }
  } finally {
    progress.stop();
  }
  const below = minLevel === void 0 ? [] : results.results.filter((r) => !r.verified || r.slsaLevel < minLevel);
  if (values.json)
    writeJson({
      kind: "folder",
      results: results.results.map(artifactResultJson),
      totals: results.totals,
      minLevel: minLevel ?? null,
      belowMinLevel: below.map((r) => r.artifact)
    });
  else process.stdout.write(renderDir(results));
  if (!values.json && below.length) process.stdout.write(`${below.length} artifact(s) below SLSA Build L${minLevel}
`);
  return results.totals.failed || results.totals.error || below.length ? 1 : 0;
}

export {
  auditLockfile,
  lockfileAuditFailures,
  verifyImages,
  summary,
  REGISTRY_OPTIONS,
  registryOptionsFrom,
  lockfileAuditJson,
  withAuditProgress,
  renderLockfileAudit,
  renderDir,
  run
};
