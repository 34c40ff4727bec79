import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  withCachedRoot
} from "./chunk-Y57PAN3K.js";
import {
  hashFiles,
  parseDigest
} from "./chunk-3FI72NAE.js";
import {
  MAX_RESPONSE_BYTES,
  cappedFetch
} from "./chunk-VV7USWUH.js";
import {
  gcbEntries,
  isGcbSummary,
  startVerifyWorkers,
  stopVerifyWorkers,
  verifyMany
} from "./chunk-LTORLD57.js";
import {
  loadTrust
} from "./chunk-77FOPMMJ.js";
import {
  READ_LIMITS,
  fileKind,
  readRegularFileSync
} from "./chunk-JYUD5BX7.js";
import {
  pushAll
} from "./chunk-PDHXRQDR.js";
import {
  parseJsonStrict
} from "./chunk-6DWRZXSB.js";
import {
  ProvenantError,
  asProvenantError
} from "./chunk-4IZNH2SL.js";

// src/verify/load.ts
function classify(v, source, raw) {
  if (!v || typeof v !== "object" || Array.isArray(v))
    throw new ProvenantError("BUNDLE_INVALID", `${source}: not a JSON object`);
  const o = v;
  if (typeof o.mediaType === "string" && o.mediaType.startsWith("application/vnd.dev.sigstore.bundle"))
    return [{ source, kind: "bundle", json: o, raw }];
  if ("payloadType" in o && "payload" in o) return [{ source, kind: "envelope", json: o, raw }];
  if ("signed" in o && "signatures" in o) return [{ source, kind: "metablock", json: o, raw }];
  if (Array.isArray(o.attestations)) {
    return o.attestations.flatMap((a, i) => {
      const b = a?.bundle;
      return classify(b, `${source}#attestations[${i}]`, Buffer.from(JSON.stringify(b ?? null))).map((x) => ({
        ...x,
        group: source
      }));
    });
  }
  if (isGcbSummary(o)) {
    return gcbEntries(o, source).map((e) => ({
      source: e.source,
      kind: "gcb",
      json: e.json,
      raw: Buffer.from(JSON.stringify(e.json))
    }));
  }
  if (typeof o._type === "string" && "subject" in o) return [{ source, kind: "statement", json: o, raw }];
  throw new ProvenantError(
    "BUNDLE_INVALID",
    `${source}: neither a Sigstore bundle, a DSSE envelope, an npm attestations document, a Cloud Build provenance summary nor a Statement`
  );
}
function loadAttestations(path) {
  return parseAttestations(readRegularFileSync(path, { maxBytes: READ_LIMITS.attestation, what: "attestation" }), path);
}
function parseAttestations(buf, path) {
  const text = buf.toString("utf8");
  const lines = text.split("\n").filter((l) => l.trim());
  if (lines.length > 1 && lines.every((l) => l.trim().startsWith("{"))) {
    let ok = true;
    const docs = [];
    for (const l of lines) {
      try {
        docs.push(parseJsonStrict(l, path));
      } catch {
        ok = false;
        break;
      }
    }
    if (ok) return docs.flatMap((d, i) => classify(d, `${path}:${i + 1}`, Buffer.from(lines[i])));
  }
  if (lines.length === 0) throw new ProvenantError("BUNDLE_INVALID", `${path}: empty file`);
  return classify(parseJsonStrict(buf, path), path, buf);
}

// src/verify/index.ts
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

// src/verify/github-api.ts
var GITHUB_MAX_PAGES = 10;
var GITHUB_MAX_ATTESTATIONS = 1e3;
function nextLink(header) {
  if (typeof header !== "string") return void 0;
  for (const part of header.split(",")) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /(^|;)\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/.test(m[2])) return m[1];
  }
  return void 0;
}
async function fetchGitHubAttestations(opts) {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(opts.repo);
  if (!m) throw new ProvenantError("USAGE", `--repo: '${opts.repo}' is not OWNER/NAME`);
  const alg = opts.digest.sha256 ? "sha256" : Object.keys(opts.digest)[0];
  const subject = `${alg}:${opts.digest[alg]}`;
  const baseUrl = (opts.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  let origin;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    throw new ProvenantError("USAGE", `GitHub API URL '${baseUrl}' is not a URL`);
  }
  const maxPages = opts.maxPages ?? GITHUB_MAX_PAGES;
  const maxAttestations = opts.maxAttestations ?? GITHUB_MAX_ATTESTATIONS;
  const what = `GitHub attestations API for ${opts.repo} ${subject}`;
  const { getOctokit } = await import("./chunk-67B76SMK.js");
  const octokit = getOctokit(opts.token, {
    baseUrl,
    request: { fetch: cappedFetch(opts.maxBytes ?? MAX_RESPONSE_BYTES, what, opts.timeoutMs) }
  });
  const out = [];
  let page = 1;
  try {
    let next;
    for (; ; page++) {
      const res = next ? await octokit.request({ method: "GET", url: next }) : await octokit.request("GET /repos/{owner}/{repo}/attestations/{subject_digest}", {
        owner: m[1],
        repo: m[2],
        subject_digest: subject,
        per_page: 100
      });
      const data = res.data;
      const items = Array.isArray(data) ? data : data?.attestations;
      if (!Array.isArray(items))
        throw new ProvenantError("BUNDLE_INVALID", `GitHub API: unexpected answer for ${subject}`);
      if (out.length + items.length > maxAttestations) {
        throw new ProvenantError(
          "HTTP_ERROR",
          `${what}: more than ${maxAttestations} attestations; refusing to download more`
        );
      }
      for (const a of items) {
        pushAll(
          out,
          parseAttestations(
            Buffer.from(JSON.stringify(a?.bundle ?? null)),
            `github:${opts.repo}/attestations/${subject}#${out.length}`
          )
        );
      }
      const link = nextLink(res.headers.link);
      if (!link) break;
      let url;
      try {
        url = new URL(link, next ?? `${baseUrl}/`);
      } catch {
        throw new ProvenantError("HTTP_ERROR", `${what}: the next page link is not a URL`);
      }
      if (url.origin !== origin)
        throw new ProvenantError(
          "HTTP_ERROR",
          `${what}: the next page link leads to another origin (${url.origin}, not ${origin}); not followed`
        );
      if (page >= maxPages)
        throw new ProvenantError(
          "HTTP_ERROR",
          `${what}: more than ${maxPages} pages of attestations; refusing to follow more`
        );
      next = url.href;
    }
  } catch (e) {
    if (e instanceof ProvenantError) throw e;
    const cause = e.cause;
    if (cause instanceof ProvenantError) throw cause;
    const status = e.status;
    if (status === 404 && page === 1) return [];
    throw new ProvenantError("HTTP_ERROR", `${what}: ${status ? `HTTP ${status}` : e.message}`);
  }
  return out;
}

// src/verify/index.ts
var SIDECARS = [".intoto.jsonl", ".sigstore.json", ".sigstore", ".statement.json"];
async function expandArtifacts(specs, cwd) {
  const out = [];
  for (const spec of specs) {
    if (/^[a-z0-9-]+:[0-9a-fA-F]+$/i.test(spec) && !existsSync(spec)) {
      const d = parseDigest(spec, `artifact ${spec}`);
      out.push({ name: spec, digest: { [d.algorithm]: d.hex } });
      continue;
    }
    if (existsSync(spec)) {
      const kind = fileKind(spec);
      if (kind === "file") {
        out.push({ name: spec, path: spec });
        continue;
      }
      if (kind !== "folder")
        throw new ProvenantError("FILE_NOT_REGULAR", `artifact ${spec}: ${kind}, not a regular file`);
    }
    const { create: createGlob } = await import("./chunk-VAW5MGIX.js");
    const g = await createGlob(spec.startsWith("/") ? spec : `${cwd}/${spec}`, {
      matchDirectories: false,
      implicitDescendants: true
    });
    const files = (await g.glob()).filter((f) => !SIDECARS.some((s) => f.endsWith(s))).sort();
    if (!files.length)
      throw new ProvenantError("FILE_NOT_FOUND", `artifact '${spec}': no such file, glob match or ALG:HEX digest`);
    for (const f of files) {
      const name = f.startsWith(`${cwd}/`) ? f.slice(cwd.length + 1) : f;
      const kind = fileKind(f);
      if (kind !== "file")
        throw new ProvenantError(
          "FILE_NOT_REGULAR",
          `artifact ${name} (matched by '${spec}'): ${kind}, not a regular file`
        );
      out.push({ name, path: f });
    }
  }
  return out;
}
var NPM_PUBLISH_PREDICATE = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1";
var SLSA_PROVENANCE = /^https:\/\/slsa\.dev\/provenance\//;
function isPublishMember(a) {
  if (!a.group || a.kind !== "bundle") return false;
  const j = a.json;
  if (!j.verificationMaterial?.publicKey) return false;
  try {
    const st = JSON.parse(Buffer.from(String(j.dsseEnvelope?.payload ?? ""), "base64").toString("utf8"));
    return st.predicateType === NPM_PUBLISH_PREDICATE;
  } catch {
    return false;
  }
}
function policyRequirements(policy) {
  const out = [];
  const opt = [
    [policy.certIdentity, "--cert-identity"],
    [policy.certIdentityRegex, "--cert-identity-regex"],
    [policy.certOidcIssuer, "--cert-oidc-issuer"],
    [policy.certOidcIssuerRegex, "--cert-oidc-issuer-regex"],
    [policy.owner, "--owner"],
    [policy.signerWorkflow, "--signer-workflow"],
    [policy.signerRepo, "--signer-repo"],
    [policy.sourceRepo, "--source-repo"],
    [policy.sourceRef, "--source-ref"],
    [policy.denySelfHostedRunners, "--deny-self-hosted-runners"],
    [policy.builderId, "--builder-id"],
    [policy.sourceUri, "--source-uri"],
    [policy.sourceBranch, "--source-branch"],
    [policy.sourceTag, "--source-tag"],
    [policy.sourceVersionedTag, "--source-versioned-tag"],
    [policy.buildWorkflowInputs && Object.keys(policy.buildWorkflowInputs).length, "--build-workflow-input"],
    [policy.buildTypes?.length, "--build-type"],
    [policy.requireMaterialDigests, "--require-material-digests"],
    // the publish attestation is itself of one predicate type: asking for that one is met
    [
      policy.predicateTypes?.length && !policy.predicateTypes.includes(NPM_PUBLISH_PREDICATE),
      `--predicate-type ${policy.predicateTypes?.join(",")}`
    ],
    [(policy.minLevel ?? 0) > 0, `--min-level ${policy.minLevel}`]
  ];
  for (const [v, name] of opt) if (v) out.push(name);
  return out;
}
function primaryDigest(d) {
  const alg = d.sha256 ? "sha256" : Object.keys(d)[0];
  return alg ? `${alg}:${d[alg]}` : "";
}
function failedArtifact(name, digest, check, extra = {}) {
  return {
    ...toArtifactResult(name, digest, void 0, [check]),
    attestation: extra.attestation ?? null,
    nextLevel: extra.nextLevel ?? []
  };
}
function toArtifactResult(name, digest, best, checks) {
  return {
    artifact: name,
    digest: primaryDigest(digest),
    verified: best?.verified ?? false,
    // the evidenced level: verifyAttestation's finish() already zeroed it for any failure but a --min-level miss
    slsaLevel: best?.slsaLevel ?? 0,
    builderId: best?.builderId ?? null,
    sourceRepo: best?.sourceRepo ?? null,
    predicateType: best?.predicateType ?? null,
    attestation: best?.source ?? null,
    nextLevel: best?.nextLevel ?? [],
    materials: best?.materials ?? null,
    checks: best?.checks ?? checks,
    digests: digest,
    inputAttestations: []
  };
}
function memberPolicy(att, policy) {
  return isPublishMember(att) ? { allowUnsigned: policy.allowUnsigned, noSubjectCheck: policy.noSubjectCheck } : policy;
}
var fromMember = (f, c) => ({
  code: c.code,
  ok: false,
  detail: c.detail.replace(/^(\[[A-Z_]+\]) /, `$1 ${f.source}: `)
});
function judgeArtifact(name, digest, atts, verdicts, checks, policy) {
  if (!atts.length) {
    const none = toArtifactResult(name, digest, void 0, checks);
    none.nextLevel = ["L1: no attestation found for this artifact"];
    if (policy.minLevel !== void 0) none.minLevel = policy.minLevel;
    return none;
  }
  let rs = verdicts;
  const groups = new Set(atts.map((a) => a.group).filter((g) => !!g));
  for (const g of groups) {
    const idx = atts.map((a, i) => a.group === g ? i : -1).filter((i) => i >= 0);
    const members = idx.map((i) => verdicts[i]);
    const relaxed = new Set(idx.filter((i) => isPublishMember(atts[i])).map((i) => verdicts[i]));
    const full = members.filter((r) => !relaxed.has(r));
    const main = full.find((r) => r.predicateType && SLSA_PROVENANCE.test(r.predicateType)) ?? full[0] ?? members[0];
    const problems = [];
    for (const r of relaxed) {
      if (r.verified && (r.signer?.kind !== "key" || r.predicateType !== NPM_PUBLISH_PREDICATE)) {
        problems.push({
          code: "attestation",
          ok: false,
          detail: `[POLICY_MISMATCH] ${r.source}: held to the publish attestation's checks, but it is not a key-signed ${NPM_PUBLISH_PREDICATE} attestation`
        });
      }
    }
    for (const f of members)
      if (!f.verified && f !== main) problems.push(...f.checks.filter((x) => !x.ok).map((c) => fromMember(f, c)));
    if (!full.length) {
      const needs = policyRequirements(policy);
      if (needs.length)
        problems.push({
          code: "attestation",
          ok: false,
          detail: `[ATTESTATION_NOT_FOUND] ${g}: the npm attestations document has no SLSA provenance (only the publish attestation), which ${needs.join(", ")} needs`
        });
    }
    if (problems.length) {
      main.verified = false;
      main.slsaLevel = 0;
      main.nextLevel = [
        `L1: failed checks ${[...new Set(problems.map((c) => c.code))].join(", ")} (npm attestations document)`
      ];
      main.checks.push(...problems);
    }
    rs = rs.filter((r) => !members.includes(r) || r === main);
  }
  const ok = rs.filter((r) => r.verified).sort((x, y) => y.slsaLevel - x.slsaLevel);
  const failed = [...rs].sort((x, y) => y.slsaLevel - x.slsaLevel);
  const best = ok[0] ?? failed.find((r) => r.slsaLevel > 0) ?? rs.find((r) => r.checks.some((c) => c.code === "subject" && c.ok)) ?? rs[0];
  const res = toArtifactResult(name, digest, best, checks);
  if (best?.verified && best.statement)
    Object.defineProperty(res, "statement", { value: best.statement, enumerable: false });
  if (policy.minLevel !== void 0) res.minLevel = policy.minLevel;
  if (!ok.length && checks.length) res.checks = [...checks, ...res.checks];
  const used = best?.verified ? atts.filter(
    (a, i) => verdicts[i] === best || best && a.group && a.group === atts[verdicts.indexOf(best)]?.group
  ) : [];
  res.inputAttestations = used.map((a) => ({
    name: a.source,
    digest: { sha256: createHash("sha256").update(a.raw).digest("hex") }
  }));
  if (best?.verified) {
    const rejected = rs.filter((r) => !r.verified && !r.checks.some((c) => c.code === "subject" && !c.ok)).map((r) => ({
      attestation: r.source,
      failed: r.checks.filter((c) => !c.ok).map((c) => `${c.code}: ${c.detail}`)
    }));
    if (rejected.length) res.rejected = rejected;
  }
  return res;
}
var SCAN_MAX_FILES = 500;
function claimedDigests(atts) {
  const out = /* @__PURE__ */ new Set();
  for (const att of atts) {
    try {
      const j = att.json;
      const payload = att.kind === "statement" ? att.raw.toString("utf8") : typeof (j.dsseEnvelope?.payload ?? j.payload) === "string" ? Buffer.from(String(j.dsseEnvelope?.payload ?? j.payload), "base64").toString("utf8") : void 0;
      if (!payload) continue;
      const st = JSON.parse(payload);
      for (const sub of Array.isArray(st.subject) ? st.subject : []) {
        for (const [alg, hex] of Object.entries(sub?.digest ?? {}))
          if (typeof hex === "string") out.add(`${alg}:${hex.toLowerCase()}`);
      }
    } catch {
    }
  }
  return out;
}
var SidecarSearch = class {
  constructor(dirs) {
    this.dirs = dirs;
  }
  dirs;
  scanned = /* @__PURE__ */ new Map();
  get hasDirs() {
    return this.dirs.length > 0;
  }
  scan(dir) {
    let hit = this.scanned.get(dir);
    if (hit) return hit;
    hit = [];
    this.scanned.set(dir, hit);
    let names = [];
    try {
      names = readdirSync(dir).filter((n) => SIDECARS.some((s) => n.endsWith(s)) && !/\.vsa\./.test(n)).sort().slice(0, SCAN_MAX_FILES);
    } catch {
      return hit;
    }
    for (const n of names) {
      const file = join(dir, n);
      try {
        const atts = loadAttestations(file);
        hit.push({ file, atts, digests: claimedDigests(atts) });
      } catch {
      }
    }
    return hit;
  }
  /** The attestations found and every path (or folder scan) tried, in order. */
  find(path, digest, checks) {
    const tried = [];
    const atts = [];
    const seen = /* @__PURE__ */ new Set();
    const load = (f) => {
      const key = resolve(f);
      if (seen.has(key)) return;
      seen.add(key);
      tried.push(f);
      if (!existsSync(f)) return;
      try {
        pushAll(atts, loadAttestations(f));
      } catch (e) {
        const pe = asProvenantError(e, "BUNDLE_INVALID");
        checks.push({ code: "load", ok: false, detail: `[${pe.code}] ${pe.message}` });
      }
    };
    if (path) for (const s of SIDECARS) load(path + s);
    if (atts.length) return { atts, tried };
    const dirs = [.../* @__PURE__ */ new Set([...path ? [dirname(resolve(path))] : [], ...this.dirs.map((d) => resolve(d))])];
    if (path) for (const d of this.dirs) for (const s of SIDECARS) load(join(d, basename(path) + s));
    if (atts.length) return { atts, tried };
    const mine = new Set(Object.entries(digest).map(([a, h]) => `${a}:${String(h).toLowerCase()}`));
    for (const d of dirs) {
      tried.push(`${d}/* (any attestation naming ${primaryDigest(digest)})`);
      for (const c of this.scan(d)) {
        if (seen.has(resolve(c.file)) || ![...c.digests].some((x) => mine.has(x))) continue;
        seen.add(resolve(c.file));
        pushAll(atts, c.atts);
      }
    }
    return { atts, tried };
  }
};
async function verifyArtifacts(opts) {
  const cwd = opts.cwd ?? process.cwd();
  if (!opts.artifacts.length && !opts.policy.noSubjectCheck)
    throw new ProvenantError("USAGE", "name at least one artifact (file, glob or ALG:HEX), or pass --no-subject-check");
  const sources = await withCachedRoot(
    { trustedRoot: opts.trustedRoot, keys: opts.keys, npmRegistryKeys: opts.npmRegistryKeys },
    opts.tufCacheDir
  );
  const trust = loadTrust(sources);
  const shared = [];
  const loadErrors = [];
  for (const b of opts.bundles ?? []) {
    try {
      pushAll(shared, loadAttestations(b));
    } catch (e) {
      const pe = asProvenantError(e, "BUNDLE_INVALID");
      loadErrors.push({ code: "load", ok: false, detail: `[${pe.code}] ${pe.message}` });
    }
  }
  const artifacts = await expandArtifacts(opts.artifacts, cwd);
  const ahead = opts.githubRepo ? void 0 : startVerifyWorkers(artifacts.length, sources);
  const paths = artifacts.filter((a) => a.path && !opts.digests?.has(a.path)).map((a) => a.path);
  try {
    return await verifyPrepared(opts, trust, sources, artifacts, paths, loadErrors, shared, ahead);
  } catch (e) {
    await stopVerifyWorkers(ahead);
    throw e;
  }
}
async function verifyPrepared(opts, trust, sources, artifacts, paths, loadErrors, shared, ahead) {
  const digests = await hashFiles(paths, ["sha256", "sha512"]);
  const byPath = new Map([...opts.digests ?? [], ...paths.map((p, i) => [p, digests[i]])]);
  const targets = artifacts.length ? artifacts : [{ name: "(none)", digest: {} }];
  const pending = [];
  const tasks = [];
  const search = new SidecarSearch(opts.searchDirs ?? []);
  const tried = /* @__PURE__ */ new Map();
  const routed = new Map(
    [...opts.routed ?? []].map(([f, atts]) => [f, { atts }])
  );
  for (const a of targets) {
    const digest = a.digest ?? byPath.get(a.path);
    let atts = shared;
    const checks = [...loadErrors];
    if (opts.githubRepo) {
      if (!opts.githubToken) throw new ProvenantError("USAGE", "--repo needs a token (GITHUB_TOKEN or GH_TOKEN)");
      atts = await fetchGitHubAttestations({
        repo: opts.githubRepo,
        digest,
        token: opts.githubToken,
        apiUrl: opts.githubApiUrl
      });
    } else if (opts.route) {
      atts = [];
      for (const f of opts.route({ path: a.path, digest })) {
        let got = routed.get(f);
        if (!got) {
          try {
            got = { atts: loadAttestations(f) };
          } catch (e) {
            const pe = asProvenantError(e, "BUNDLE_INVALID");
            got = { atts: [], error: { code: "load", ok: false, detail: `[${pe.code}] ${pe.message}` } };
          }
          routed.set(f, got);
        }
        pushAll(atts, got.atts);
        if (got.error) checks.push(got.error);
      }
    } else if (!(opts.bundles ?? []).length && (a.path || search.hasDirs)) {
      const found = search.find(a.path, digest, checks);
      atts = found.atts;
      tried.set(a.name, found.tried);
    }
    pending.push({ name: a.name, digest, atts, checks, first: tasks.length });
    if (!atts.length) continue;
    const target = artifacts.length ? { digest, path: a.path } : void 0;
    for (const att of atts) tasks.push({ att, policy: memberPolicy(att, opts.policy), artifact: target });
  }
  const { results: verdicts, threads } = await verifyMany(tasks, trust, sources, ahead);
  const results = [];
  for (const p of pending) {
    if (!p.atts.length) {
      const where = opts.githubRepo ? ` in the GitHub attestations of ${opts.githubRepo}` : (opts.bundles ?? []).length ? "" : tried.get(p.name)?.length ? ` (looked for ${tried.get(p.name).join(", ")}); give the attestation with --bundle FILE (verify action: bundles)` : "; give the attestation with --bundle FILE (verify action: bundles)";
      p.checks.push({
        code: "attestation",
        ok: false,
        detail: `[ATTESTATION_NOT_FOUND] no attestation for ${basename(p.name)}${where}`
      });
    }
    results.push(
      judgeArtifact(p.name, p.digest, p.atts, verdicts.slice(p.first, p.first + p.atts.length), p.checks, opts.policy)
    );
  }
  return withTrust(
    {
      results,
      verified: results.length > 0 && results.every((r) => r.verified),
      trustedRoot: trust.rootSource,
      threads
    },
    trust
  );
}
function withTrust(report, trust) {
  return trust ? Object.defineProperty(report, "trust", { value: trust, enumerable: false }) : report;
}
function joinReports(a, b) {
  return withTrust(
    { ...a, results: [...a.results, ...b.results], verified: a.verified && b.verified },
    a.trust ?? b.trust
  );
}

export {
  loadAttestations,
  parseAttestations,
  SIDECARS,
  NPM_PUBLISH_PREDICATE,
  failedArtifact,
  memberPolicy,
  judgeArtifact,
  verifyArtifacts,
  withTrust,
  joinReports
};
