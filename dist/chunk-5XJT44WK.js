import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  eventVisibility
} from "./chunk-ON2IZKBG.js";
import {
  READ_LIMITS,
  readRegularFileSync
} from "./chunk-JYUD5BX7.js";
import {
  GITHUB_ISSUER
} from "./chunk-RDHYEOJF.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/commands/policy-args.ts
var POLICY_OPTIONS = {
  "cert-identity": { type: "string" },
  "cert-identity-regex": { type: "string" },
  "cert-oidc-issuer": { type: "string" },
  "signer-workflow": { type: "string" },
  "source-repo": { type: "string" },
  "source-ref": { type: "string" },
  "deny-self-hosted-runners": { type: "boolean" },
  owner: { type: "string" },
  "builder-id": { type: "string" },
  "source-uri": { type: "string" },
  "source-branch": { type: "string" },
  "source-tag": { type: "string" },
  "source-versioned-tag": { type: "string" },
  "build-workflow-input": { type: "string", multiple: true },
  "build-type": { type: "string", multiple: true },
  "require-material-digests": { type: "boolean" },
  policy: { type: "string" },
  "min-level": { type: "string" },
  // the names gh attestation verify and cosign use (README: naming table)
  "signer-repo": { type: "string" },
  "predicate-type": { type: "string" },
  "cert-oidc-issuer-regex": { type: "string" }
};
var PREDICATE_TYPE_NAMES = {
  slsaprovenance: "https://slsa.dev/provenance/v0.2",
  slsaprovenance02: "https://slsa.dev/provenance/v0.2",
  slsaprovenance1: "https://slsa.dev/provenance/v1",
  link: "https://in-toto.io/attestation/link/v0.3",
  vuln: "https://cosign.sigstore.dev/attestation/vuln/v1",
  spdxjson: "https://spdx.dev/Document",
  cyclonedx: "https://cyclonedx.org/bom"
};
function predicateTypeFrom(value, flag) {
  const v = value.trim();
  if (PREDICATE_TYPE_NAMES[v]) return PREDICATE_TYPE_NAMES[v];
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v)) {
    throw new ProvenantError(
      "USAGE",
      `${flag}: '${v}' is neither a URI nor one of ${Object.keys(PREDICATE_TYPE_NAMES).join(", ")}`
    );
  }
  return v;
}
function minLevelFrom(value, flag) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 3) throw new ProvenantError("USAGE", `${flag}: '${value}' is not 0-3`);
  return n;
}
function checkRegex(value, flag) {
  if (value === void 0) return;
  try {
    new RegExp(value);
  } catch {
    throw new ProvenantError("USAGE", `${flag}: '${value}' is not a valid regular expression`);
  }
}
function policyFromValues(values, spell = (n) => `--${n}`) {
  const v = values;
  const inputs = {};
  for (const kv of v["build-workflow-input"] ?? []) {
    const i = kv.indexOf("=");
    if (i <= 0) throw new ProvenantError("USAGE", `${spell("build-workflow-input")}: '${kv}' is not KEY=VALUE`);
    inputs[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const minLevel = minLevelFrom(v["min-level"], spell("min-level"));
  for (const re of ["cert-identity-regex", "cert-oidc-issuer-regex"]) checkRegex(v[re], spell(re));
  const githubIdentity = v.owner || v["signer-repo"] || v["signer-workflow"] || v.repo;
  const certOidcIssuer = v["cert-oidc-issuer"] ?? (githubIdentity && !v["cert-oidc-issuer-regex"] ? GITHUB_ISSUER : void 0);
  let builderLevels;
  let policyFile;
  if (v.policy) {
    let doc;
    const text = readRegularFileSync(v.policy, { maxBytes: READ_LIMITS.document, what: "--policy" }).toString("utf8");
    try {
      policyFile = { path: v.policy, text };
      doc = JSON.parse(policyFile.text);
    } catch (e) {
      throw new ProvenantError("USAGE", `${spell("policy")} ${v.policy}: ${e.message}`);
    }
    if (!doc || typeof doc.builders !== "object" || Object.values(doc.builders).some((l) => !Number.isInteger(l) || l < 0 || l > 3)) {
      throw new ProvenantError("USAGE", `${spell("policy")} ${v.policy}: expected {"builders": {"<builder id>": 0-3}}`);
    }
    builderLevels = doc.builders;
  }
  const policy = {
    certIdentity: v["cert-identity"],
    certIdentityRegex: v["cert-identity-regex"],
    certOidcIssuer,
    signerWorkflow: v["signer-workflow"],
    // gh: --repo downloads the attestations and also enforces the source repository
    sourceRepo: v["source-repo"] ?? v.repo,
    sourceRef: v["source-ref"],
    denySelfHostedRunners: v["deny-self-hosted-runners"],
    owner: v.owner,
    builderId: v["builder-id"],
    sourceUri: v["source-uri"],
    sourceBranch: v["source-branch"],
    sourceTag: v["source-tag"],
    sourceVersionedTag: v["source-versioned-tag"],
    buildWorkflowInputs: Object.keys(inputs).length ? inputs : void 0,
    buildTypes: v["build-type"],
    allowUnsigned: v["allow-unsigned"],
    noSubjectCheck: v["no-subject-check"],
    requireMaterialDigests: v["require-material-digests"],
    minLevel,
    builderLevels,
    signerRepo: v["signer-repo"],
    certOidcIssuerRegex: v["cert-oidc-issuer-regex"],
    predicateTypes: v["predicate-type"] !== void 0 ? [predicateTypeFrom(v["predicate-type"], spell("predicate-type"))] : void 0
  };
  return { policy, policyFile };
}
var SIGSTORE_OPTIONS = {
  "sigstore-instance": { type: "string" },
  "fulcio-url": { type: "string" },
  "rekor-url": { type: "string" },
  "tsa-url": { type: "string" },
  "identity-token": { type: "string" },
  "identity-token-env": { type: "string" }
};
async function keylessFromValues(values, flag) {
  const v = values;
  const [{ jwtClaims, requestGitHubOidcToken }, { keylessFromToken }, { readEventFile }] = await Promise.all([
    import("./chunk-KZS6AW5Q.js"),
    import("./chunk-TSM3O7RK.js"),
    import("./chunk-7TOJVXQX.js")
  ]);
  const inActions = process.env.GITHUB_ACTIONS === "true";
  let token = v["identity-token"];
  if (v["identity-token-env"]) {
    token = process.env[v["identity-token-env"]];
    if (!token) throw new ProvenantError("USAGE", `--identity-token-env: ${v["identity-token-env"]} is not set`);
  }
  if (!token) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL && !inActions)
      throw new ProvenantError(
        "USAGE",
        `${flag} needs an OIDC token: --identity-token, --identity-token-env, or a GitHub Actions job with id-token: write`
      );
    token = await requestGitHubOidcToken(process.env, "sigstore");
  }
  const event = inActions && process.env.GITHUB_EVENT_PATH ? readEventFile(process.env.GITHUB_EVENT_PATH) : {};
  const visibility = eventVisibility(event);
  const explicitUrls = v["fulcio-url"] || v["rekor-url"] || v["tsa-url"];
  const setup = keylessFromToken(token, jwtClaims, {
    // outside GitHub Actions there is no repository visibility: public-good unless told otherwise
    instance: v["sigstore-instance"] ?? (inActions || explicitUrls ? "auto" : "public-good"),
    visibility,
    serverUrl: inActions ? process.env.GITHUB_SERVER_URL : void 0,
    fulcioURL: v["fulcio-url"],
    rekorURL: v["rekor-url"],
    tsaURL: v["tsa-url"]
  });
  process.stderr.write(
    `keyless signing with ${setup.endpoints.instance} Sigstore (${setup.endpoints.reason}): Fulcio ${setup.endpoints.fulcioURL}${setup.endpoints.rekorURL ? `, Rekor ${setup.endpoints.rekorURL}` : ""}${setup.endpoints.tsaURL ? `, TSA ${setup.endpoints.tsaURL}` : ""}
`
  );
  return setup;
}

export {
  POLICY_OPTIONS,
  minLevelFrom,
  checkRegex,
  policyFromValues,
  SIGSTORE_OPTIONS,
  keylessFromValues
};
