import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  safeFileName
} from "./chunk-GRJZ2FQD.js";
import {
  encodeCanonical
} from "./chunk-2JK5JOOL.js";
import {
  INTOTO_PAYLOAD_TYPE
} from "./chunk-TL3MPSWU.js";
import {
  writeFileAtomic
} from "./chunk-JYUD5BX7.js";
import {
  VERSION
} from "./chunk-AYU2T7WH.js";
import {
  maxOf
} from "./chunk-PDHXRQDR.js";
import {
  validateStatement
} from "./chunk-6DWRZXSB.js";
import {
  STATEMENT_V1,
  VSA_V1
} from "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import {
  require_dist
} from "./chunk-VEENTGD5.js";
import {
  __toESM
} from "./chunk-XITNYHAL.js";

// src/slsa/vsa.ts
var import_protobuf_specs = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { join } from "node:path";
var VERIFIER_ID = "https://provenant.dev/verifier/v1";
var DEFAULT_POLICY_URI = "https://provenant.dev/policy/command-line/v1";
var EFFECTIVE_POLICY = "provenant.dev/effective-policy/v1";
var PINNING = [
  "certIdentity",
  "certIdentityRegex",
  "signerWorkflow",
  "sourceRepo",
  "sourceUri",
  "builderId",
  "builderLevels"
];
function isEmptyPolicy(eff) {
  return !Object.keys(eff.constraints).some((k) => PINNING.includes(k)) && !eff.trust.keys.length;
}
function effectivePolicy(policy, trust) {
  const constraints = {};
  for (const [k, v] of Object.entries(policy)) {
    if (v === void 0 || v === null || v === false || Array.isArray(v) && !v.length) continue;
    constraints[k] = v;
  }
  const rootJson = JSON.parse(JSON.stringify(import_protobuf_specs.TrustedRoot.toJSON(trust.root)));
  const root = createHash("sha256").update(encodeCanonical(rootJson)).digest("hex");
  const keys = /* @__PURE__ */ new Map();
  for (const k of trust.keys) {
    const entry = {
      spkiSha256: k.info.keyid,
      ...k.validFrom ? { validFrom: k.validFrom.toISOString() } : {},
      ...k.validUntil ? { validUntil: k.validUntil.toISOString() } : {}
    };
    keys.set(JSON.stringify(entry), entry);
  }
  const sorted = [...keys.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, v]) => v);
  return JSON.parse(JSON.stringify({ constraints, trust: { trustedRoot: { sha256: root }, keys: sorted } }));
}
function policyDigest(policy) {
  return {
    sha256: createHash("sha256").update(encodeCanonical(JSON.parse(JSON.stringify(policy ?? null)))).digest("hex")
  };
}
function buildVsa(r, opts) {
  const name = r.artifact.split("/").pop() || r.artifact;
  const predicate = {
    verifier: { id: VERIFIER_ID, version: { provenant: VERSION } },
    timeVerified: (opts.now ?? /* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    resourceUri: opts.resourceUri ?? (/^[a-z][a-z0-9+.-]*:/i.test(r.artifact) && !/^sha(256|384|512):/.test(r.artifact) ? r.artifact : `file:${r.artifact}`),
    policy: {
      uri: opts.policyUri ?? DEFAULT_POLICY_URI,
      digest: policyDigest(opts.policy),
      annotations: { [EFFECTIVE_POLICY]: opts.policy }
    },
    inputAttestations: r.inputAttestations.map((a) => ({ name: a.name, digest: a.digest })),
    verificationResult: r.verified ? "PASSED" : "FAILED",
    verifiedLevels: r.verified ? [`SLSA_BUILD_LEVEL_${r.slsaLevel}`] : ["FAILED"],
    slsaVersion: "1.0"
  };
  if (opts.dependencyLevels) predicate.dependencyLevels = opts.dependencyLevels;
  const st = {
    _type: STATEMENT_V1,
    subject: [{ name, digest: r.digests }],
    predicateType: VSA_V1,
    predicate
  };
  return validateStatement(st, "generated VSA");
}
async function writeVsas(results, outDir, signer, opts) {
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (const r of results) {
    if (!Object.keys(r.digests).length) continue;
    const st = buildVsa(r, opts);
    let base = safeFileName(r.artifact.split("/").pop() || "artifact");
    for (let i = 2; used.has(base); i++) base = `${safeFileName(r.artifact)}-${i}`;
    used.add(base);
    const signed = await signer.sign(Buffer.from(JSON.stringify(st), "utf8"), INTOTO_PAYLOAD_TYPE);
    const path = join(outDir, `${base}.vsa.sigstore.json`);
    await writeFileAtomic(path, `${JSON.stringify(signed.bundle)}
`);
    await writeFileAtomic(join(outDir, `${base}.vsa.intoto.jsonl`), `${JSON.stringify(signed.bundle)}
`);
    out.push({ artifact: r.artifact, path, result: r.verified ? "PASSED" : "FAILED" });
  }
  return out;
}
var DEFAULT_MAX_AGE = { ms: 7 * 24 * 3600 * 1e3, label: "7d" };
var SKEW_MS = 5 * 60 * 1e3;
function parseMaxAge(v) {
  const m = /^(\d+)([smhdw])$/.exec(v.trim());
  if (!m) {
    throw new ProvenantError("USAGE", `--max-age: '${v}' is not a duration such as 7d, 12h, 90m (units s m h d w)`);
  }
  const unit = { s: 1, m: 60, h: 3600, d: 86400, w: 7 * 86400 }[m[2]];
  return { ms: Number(m[1]) * unit * 1e3, label: `${m[1]}${m[2]}` };
}
function uriNames(uri, name) {
  const bare = uri.replace(/[?#].*$/, "");
  let last = bare.slice(Math.max(bare.lastIndexOf("/"), bare.lastIndexOf(":")) + 1);
  try {
    last = decodeURIComponent(last);
  } catch {
    return false;
  }
  return last === name;
}
function checkVsa(att, expect) {
  const checks = att.checks;
  const st = att.statement;
  if (!att.verified || !st) return att;
  const fail = (code, detail) => {
    checks.push({ code, ok: false, detail: `[VSA_INVALID] ${detail}` });
    att.verified = false;
  };
  if (st.predicateType !== VSA_V1) {
    fail("vsa", `predicateType '${st.predicateType}' is not ${VSA_V1}`);
    return att;
  }
  const p = st.predicate;
  const wantId = expect.verifierId ?? VERIFIER_ID;
  if (p.verifier.id !== wantId) fail("vsa-verifier", `verifier.id '${p.verifier.id}' is not '${wantId}'`);
  else checks.push({ code: "vsa-verifier", ok: true, detail: `verifier ${wantId}` });
  if (expect.resourceUri !== void 0) {
    if (p.resourceUri !== expect.resourceUri)
      fail("vsa-resource", `resourceUri '${p.resourceUri}' is not '${expect.resourceUri}'`);
    else checks.push({ code: "vsa-resource", ok: true, detail: `resourceUri ${p.resourceUri}` });
  } else if (expect.artifactName !== void 0) {
    const name = expect.artifactName;
    if (!uriNames(p.resourceUri, name)) {
      fail(
        "vsa-resource",
        `resourceUri '${p.resourceUri}' does not name the artifact ${name} (a VSA for another resource; --resource-uri URI accepts that resource)`
      );
    } else checks.push({ code: "vsa-resource", ok: true, detail: `resourceUri ${p.resourceUri} names ${name}` });
  }
  const maxAge = expect.maxAge ?? DEFAULT_MAX_AGE;
  const now = (expect.now ?? /* @__PURE__ */ new Date()).getTime();
  const tv = st.predicate.timeVerified;
  const t = typeof tv === "string" ? Date.parse(tv) : NaN;
  if (tv === void 0) fail("vsa-time", "no timeVerified: the VSA's age cannot be checked");
  else if (Number.isNaN(t)) fail("vsa-time", `timeVerified ${JSON.stringify(tv)} is not a time`);
  else if (t > now + SKEW_MS) fail("vsa-time", `timeVerified ${tv} is in the future`);
  else if (now - t > maxAge.ms) fail("vsa-time", `timeVerified ${tv} is older than ${maxAge.label} (--max-age)`);
  else checks.push({ code: "vsa-time", ok: true, detail: `verified at ${tv}, within ${maxAge.label}` });
  if (p.verificationResult !== "PASSED") fail("vsa-result", `verificationResult is ${p.verificationResult}`);
  else checks.push({ code: "vsa-result", ok: true, detail: "verificationResult PASSED" });
  const levels = p.verifiedLevels.map((l) => /^SLSA_BUILD_LEVEL_(\d)$/.exec(l)).filter((m) => !!m).map((m) => Number(m[1]));
  const level = maxOf(levels, 0);
  if (expect.minLevel !== void 0) {
    if (level < expect.minLevel)
      fail(
        "vsa-level",
        `verifiedLevels [${p.verifiedLevels.join(", ")}] do not reach SLSA_BUILD_LEVEL_${expect.minLevel}`
      );
    else checks.push({ code: "vsa-level", ok: true, detail: `SLSA_BUILD_LEVEL_${level} \u2265 ${expect.minLevel}` });
  }
  const pol = st.predicate.policy;
  const eff = pol?.annotations?.[EFFECTIVE_POLICY];
  const claims = p.verificationResult === "PASSED" && level >= 1;
  const claim = `PASSED SLSA_BUILD_LEVEL_${level}`;
  const recorded = !!eff && typeof eff === "object" && !!eff.constraints && typeof eff.constraints === "object" && Array.isArray(eff.trust?.keys);
  if (eff !== void 0 && (!recorded || policyDigest(eff).sha256 !== pol?.digest?.sha256)) {
    fail(
      "vsa-policy",
      `policy.digest is not the digest of the recorded policy (policy.annotations["${EFFECTIVE_POLICY}"])`
    );
  } else if (!recorded) {
    if (claims && !expect.allowEmptyPolicy) {
      fail(
        "vsa-policy",
        `the VSA does not record the policy it applied: its ${claim} may rest on an empty policy (--allow-empty-policy accepts it)`
      );
    } else {
      const detail = claims ? "policy not recorded (accepted: --allow-empty-policy)" : "policy not recorded; the VSA claims no level";
      checks.push({ code: "vsa-policy", ok: true, detail });
    }
  } else {
    const keys = eff.trust.keys.length;
    if (claims && isEmptyPolicy(eff) && !expect.allowEmptyPolicy) {
      fail(
        "vsa-policy",
        `${claim} under an empty policy: no identity, builder or source constraint and no trusted key, so any attestation the trusted root accepts passes (--allow-empty-policy accepts it)`
      );
    } else {
      const listed = Object.keys(eff.constraints);
      const what = listed.length ? listed.join(", ") : "no constraints";
      checks.push({
        code: "vsa-policy",
        ok: true,
        detail: `policy ${pol?.digest?.sha256?.slice(0, 12)}: ${what}; ${keys} trusted key(s)`
      });
    }
  }
  att.slsaLevel = att.verified ? level : 0;
  return att;
}

export {
  VERIFIER_ID,
  DEFAULT_POLICY_URI,
  isEmptyPolicy,
  effectivePolicy,
  writeVsas,
  DEFAULT_MAX_AGE,
  parseMaxAge,
  checkVsa
};
