import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  fulcioIdentity
} from "./chunk-SHN6S3VD.js";
import {
  loadPrivateKey,
  signBytes
} from "./chunk-FX244IUJ.js";
import {
  READ_LIMITS,
  readContainedFileSync
} from "./chunk-RZPQBP6E.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import {
  require_dist as require_dist2
} from "./chunk-MUM7SL7S.js";
import {
  require_dist
} from "./chunk-HODU54JJ.js";
import {
  __toESM
} from "./chunk-XITNYHAL.js";

// src/util/lazy.ts
function lazyCommonJs(load) {
  let loaded;
  return () => {
    loaded ??= load().then((m) => m.default ?? m);
    return loaded;
  };
}

// src/signing/sign-module.ts
var loadSign = lazyCommonJs(() => import("./chunk-GWD53BZD.js"));

// src/signing/key-signer.ts
var import_bundle = __toESM(require_dist2(), 1);
function createKeySigner(pem, passphrase, source = "private-key") {
  const key = loadPrivateKey(pem, passphrase, source);
  const signer = {
    sign: async (data) => ({
      signature: signBytes(key, data),
      key: { $case: "publicKey", publicKey: key.publicKey.pem, hint: key.publicKey.keyid }
    })
  };
  let builder;
  return {
    kind: "key",
    keyid: key.publicKey.keyid,
    publicKeyPem: key.publicKey.pem,
    async sign(payload, payloadType) {
      builder ??= loadSign().then((m) => new m.DSSEBundleBuilder({ signer, witnesses: [] }));
      const bundle = (0, import_bundle.bundleToJSON)(
        await (await builder).create({ data: payload, type: payloadType })
      );
      const env = bundle.dsseEnvelope;
      const envelope = {
        payload: env.payload,
        payloadType: env.payloadType,
        signatures: env.signatures.map((s) => ({ keyid: key.publicKey.keyid, sig: s.sig }))
      };
      return { bundle, envelope, identity: { kind: "key", subject: key.publicKey.keyid } };
    }
  };
}

// src/attest/inputs.ts
import { readFileSync } from "node:fs";
function readEventFile(path) {
  if (!path) throw new ProvenantError("EVENT_INVALID", "GITHUB_EVENT_PATH is not set");
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ProvenantError(
      "EVENT_INVALID",
      `event file ${path}: cannot read (${e.code ?? e.message})`
    );
  }
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ProvenantError("EVENT_INVALID", `event file ${path}: not JSON (${e.message})`);
  }
  if (!v || typeof v !== "object" || Array.isArray(v))
    throw new ProvenantError("EVENT_INVALID", `event file ${path}: not a JSON object`);
  return v;
}
var MAX_KEY_BYTES = READ_LIMITS.key;
function readKeyInput(value, source, contain) {
  if (value.includes("-----BEGIN")) return value;
  const path = value.trim();
  if (contain) {
    try {
      const maxBytes = contain.maxBytes ?? MAX_KEY_BYTES;
      return readContainedFileSync(path, { root: contain.root, maxBytes, what: source }).data.toString("utf8");
    } catch (e) {
      if (e instanceof ProvenantError && e.code === "FILE_NOT_FOUND") {
        throw new ProvenantError("KEY_INVALID", `${source}: neither PEM text nor a readable file (ENOENT)`);
      }
      throw e;
    }
  }
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new ProvenantError(
      "KEY_INVALID",
      `${source}: neither PEM text nor a readable file (${e.code ?? e.message})`
    );
  }
}
function keySignerFromInputs(key, passphrase, source, contain) {
  if (!key?.trim()) return void 0;
  return createKeySigner(readKeyInput(key, source, contain), passphrase || void 0, source);
}
function parseBoolean(value, name, dflt = false) {
  const v = (value ?? "").trim();
  if (v === "") return dflt;
  if (v === "true" || v === "True" || v === "TRUE") return true;
  if (v === "false" || v === "False" || v === "FALSE") return false;
  throw new ProvenantError(
    "INPUT_INVALID",
    `${name}: '${v}' is not a boolean (true, True, TRUE, false, False or FALSE)`
  );
}
function aliasedInput(get, names, dflt = "") {
  const given = names.map((name) => ({ name, value: get(name).trim() })).filter((g) => g.value !== "");
  const chosen = given.filter((g) => !(g.name === names[0] && dflt !== "" && g.value === dflt));
  if (new Set(chosen.map((g) => g.value)).size > 1) {
    throw new ProvenantError(
      "USAGE",
      `${chosen.map((g) => g.name).join(" and ")} name the same input: give one of them`
    );
  }
  return chosen[0] ?? given[0] ?? { name: names[0], value: "" };
}
function parseChoice(value, name, choices, dflt) {
  const v = (value ?? "").trim();
  if (!v) return dflt;
  if (!choices.includes(v))
    throw new ProvenantError("INPUT_INVALID", `${name}: '${v}' is not one of ${choices.join(", ")}`);
  return v;
}

// src/signing/oidc.ts
var ID_TOKEN_PERMISSIONS = `permissions:
  id-token: write   # to request the OIDC token that Sigstore's Fulcio exchanges for a signing certificate
  contents: read`;
async function requestGitHubOidcToken(env, audience = "sigstore") {
  const url2 = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url2 || !bearer) {
    throw new ProvenantError(
      "OIDC_PERMISSION",
      `no OIDC token available: the job lacks the id-token permission. Add to the workflow or job:
${ID_TOKEN_PERMISSIONS}`
    );
  }
  const u = new URL(url2);
  u.searchParams.set("audience", audience);
  let res;
  try {
    res = await fetch(u, { headers: { authorization: `Bearer ${bearer}`, accept: "application/json" } });
  } catch (e) {
    throw new ProvenantError("OIDC_FAILED", `OIDC token request to ${u.origin} failed: ${e.message}`);
  }
  if (!res.ok) throw new ProvenantError("OIDC_FAILED", `OIDC token request to ${u.origin} answered HTTP ${res.status}`);
  const body = await res.json().catch(() => ({}));
  if (typeof body.value !== "string" || body.value.split(".").length !== 3)
    throw new ProvenantError("OIDC_FAILED", `OIDC token response from ${u.origin} holds no JWT`);
  return body.value;
}
function jwtClaims(token) {
  const part = token.split(".")[1];
  try {
    return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    throw new ProvenantError("OIDC_FAILED", "the OIDC token is not a JWT");
  }
}
var GITHUB_RUN_CLAIMS = [
  "job_workflow_ref",
  "repository",
  "repository_id",
  "repository_owner_id",
  "ref",
  "sha",
  "event_name",
  "workflow_ref",
  "run_id",
  "run_attempt",
  "runner_environment",
  "repository_visibility"
];
function githubRunClaims(raw) {
  if (typeof raw.job_workflow_ref !== "string") return void 0;
  const claims = {};
  for (const k of GITHUB_RUN_CLAIMS)
    if (typeof raw[k] === "string" || typeof raw[k] === "number") claims[k] = String(raw[k]);
  return claims;
}
async function runClaimsForKeySigning(env, onWarning, onToken) {
  const fallback = "builder.id is the calling workflow (GITHUB_WORKFLOW_REF); a reusable workflow would not be named";
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    onWarning(`no OIDC token (the job lacks id-token: write): ${fallback}`);
    return void 0;
  }
  let token;
  try {
    token = await requestGitHubOidcToken(env, "provenant-run-claims");
  } catch (e) {
    onWarning(
      `the OIDC token for the run's claims could not be obtained (${e.message.split("\n")[0]}): ${fallback}`
    );
    return void 0;
  }
  onToken?.(token);
  const claims = githubRunClaims(jwtClaims(token));
  if (!claims) onWarning(`the runner's OIDC token has no job_workflow_ref: ${fallback}`);
  return claims;
}

// src/signing/sigstore.ts
var import_bundle2 = __toESM(require_dist2(), 1);
var import_core = __toESM(require_dist(), 1);
var SIGSTORE_INSTANCES = ["auto", "public-good", "github", "custom"];
var PUBLIC_GOOD = { fulcioURL: "https://fulcio.sigstore.dev", rekorURL: "https://rekor.sigstore.dev" };
var GITHUB_INSTANCE = { fulcioURL: "https://fulcio.githubapp.com", tsaURL: "https://timestamp.githubapp.com" };
function url(value, name) {
  if (!value) return void 0;
  let u;
  try {
    u = new URL(value);
  } catch {
    throw new ProvenantError("INPUT_INVALID", `${name}: '${value}' is not a URL`);
  }
  if (u.protocol !== "https:" && u.protocol !== "http:")
    throw new ProvenantError("INPUT_INVALID", `${name}: '${value}' is not an http(s) URL`);
  return value.replace(/\/+$/, "");
}
function resolveSigstoreInstance(opts) {
  const instance = opts.instance || "auto";
  if (!SIGSTORE_INSTANCES.includes(instance))
    throw new ProvenantError(
      "INPUT_INVALID",
      `sigstore-instance: '${opts.instance}' is not one of ${SIGSTORE_INSTANCES.join(", ")}`
    );
  const fulcioURL = url(opts.fulcioURL, "fulcio-url");
  const rekorURL = url(opts.rekorURL, "rekor-url");
  const tsaURL = url(opts.tsaURL, "tsa-url");
  const anyUrl = !!(fulcioURL || rekorURL || tsaURL);
  if (instance === "custom" || instance === "auto" && anyUrl) {
    if (!fulcioURL) throw new ProvenantError("INPUT_INVALID", "a custom Sigstore instance needs fulcio-url");
    if (!rekorURL && !tsaURL)
      throw new ProvenantError(
        "INPUT_INVALID",
        "a custom Sigstore instance needs rekor-url or tsa-url (a signing time must be witnessed)"
      );
    return { instance: "custom", fulcioURL, rekorURL, tsaURL, reason: "custom URLs" };
  }
  let chosen;
  let reason;
  if (instance === "auto") {
    const server = (opts.serverUrl || "https://github.com").replace(/\/+$/, "");
    if (server !== "https://github.com" && !/^https:\/\/[^/]+\.ghe\.com$/.test(server)) {
      throw new ProvenantError(
        "INPUT_INVALID",
        `GitHub Enterprise Server (${server}) has no default Sigstore instance: set fulcio-url and rekor-url or tsa-url to your deployment's`
      );
    }
    chosen = opts.visibility === "public" ? "public-good" : "github";
    reason = opts.visibility ? `the repository is ${opts.visibility}` : "the repository visibility is unknown (treated as private)";
  } else {
    chosen = instance;
    reason = `sigstore-instance: ${instance}`;
  }
  const base = chosen === "public-good" ? { ...PUBLIC_GOOD, tsaURL: void 0 } : { ...GITHUB_INSTANCE, rekorURL: void 0 };
  return {
    instance: chosen,
    fulcioURL: fulcioURL ?? base.fulcioURL,
    rekorURL: rekorURL ?? base.rekorURL,
    tsaURL: tsaURL ?? base.tsaURL,
    reason
  };
}
function describeSignError(e, ep) {
  const err = e;
  const where = err.code?.startsWith("CA_") ? `Fulcio ${ep.fulcioURL}` : err.code?.startsWith("TLOG_") ? `Rekor ${ep.rekorURL}` : err.code?.startsWith("TSA_") ? `timestamp authority ${ep.tsaURL}` : "Sigstore";
  const cause = err.cause?.message ? ` (${err.cause.message})` : "";
  return new ProvenantError(
    "SIGNING_FAILED",
    `keyless signing failed at ${where}: ${err.message ?? String(e)}${cause}`,
    { cause: e }
  );
}
function createSigstoreSigner(opts) {
  const ep = opts.endpoints;
  const timeout = opts.timeoutMs ?? 3e4;
  const retry = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4e3 };
  let builder;
  const makeBuilder = async () => {
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await loadSign();
    const signer = new FulcioSigner({
      fulcioBaseURL: ep.fulcioURL,
      identityProvider: { getToken: async () => opts.identityToken },
      timeout,
      retry
    });
    const witnesses = [];
    if (ep.rekorURL)
      witnesses.push(
        new RekorWitness({
          rekorBaseURL: ep.rekorURL,
          entryType: "dsse",
          fetchOnConflict: true,
          timeout,
          retry
        })
      );
    if (ep.tsaURL)
      witnesses.push(
        new TSAWitness({
          tsaBaseURL: ep.tsaURL,
          timeout,
          retry
        })
      );
    return new DSSEBundleBuilder({ signer, witnesses });
  };
  const self = {
    kind: "sigstore",
    endpoints: ep,
    async sign(payload, payloadType) {
      let bundle;
      try {
        builder ??= makeBuilder();
        bundle = (0, import_bundle2.bundleToJSON)(await (await builder).create({ data: payload, type: payloadType }));
      } catch (e) {
        throw describeSignError(e, ep);
      }
      const vm = bundle.verificationMaterial ?? {};
      const certB64 = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates?.[0]?.rawBytes;
      if (!certB64) throw new ProvenantError("SIGNING_FAILED", `Fulcio ${ep.fulcioURL} returned no certificate`);
      const id = fulcioIdentity(Buffer.from(certB64, "base64"));
      self.lastCertificate = id;
      let timestamp;
      const ts = vm.timestampVerificationData?.rfc3161Timestamps?.[0]?.signedTimestamp;
      if (ts) {
        try {
          timestamp = import_core.RFC3161Timestamp.parse(Buffer.from(ts, "base64")).signingTime.toISOString();
        } catch {
          timestamp = "RFC 3161 timestamp (unparsed)";
        }
      }
      const env = bundle.dsseEnvelope;
      const envelope = {
        payload: env.payload,
        payloadType: env.payloadType,
        signatures: env.signatures.map((s) => ({ keyid: s.keyid ?? "", sig: s.sig }))
      };
      return {
        bundle,
        envelope,
        identity: {
          kind: "sigstore",
          subject: id.san ?? "(no SAN)",
          issuer: id.issuer,
          tlogIndex: vm.tlogEntries?.[0]?.logIndex,
          timestamp,
          certificate: id
        }
      };
    }
  };
  return self;
}
function keylessFromToken(token, claimsOf, opts) {
  const claims = githubRunClaims(claimsOf(token));
  const visibility = claims ? claims.repository_visibility : opts.visibility;
  const endpoints = resolveSigstoreInstance({ ...opts, visibility });
  return { signer: createSigstoreSigner({ endpoints, identityToken: token }), claims, endpoints };
}

export {
  lazyCommonJs,
  createKeySigner,
  readEventFile,
  MAX_KEY_BYTES,
  readKeyInput,
  keySignerFromInputs,
  parseBoolean,
  aliasedInput,
  parseChoice,
  requestGitHubOidcToken,
  jwtClaims,
  runClaimsForKeySigning,
  keylessFromToken
};
