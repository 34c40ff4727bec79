import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  loadSign
} from "./chunk-T36G5XOT.js";
import {
  githubRunClaims
} from "./chunk-QIQA72TO.js";
import {
  fulcioIdentity
} from "./chunk-DA7VHEYQ.js";
import {
  require_dist
} from "./chunk-NUOG672K.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import {
  require_dist as require_dist2
} from "./chunk-3DXRJ6WR.js";
import {
  __toESM
} from "./chunk-XITNYHAL.js";

// src/signing/sigstore.ts
var import_bundle = __toESM(require_dist2(), 1);
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
        bundle = (0, import_bundle.bundleToJSON)(await (await builder).create({ data: payload, type: payloadType }));
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
  SIGSTORE_INSTANCES,
  PUBLIC_GOOD,
  GITHUB_INSTANCE,
  resolveSigstoreInstance,
  createSigstoreSigner,
  keylessFromToken
};
