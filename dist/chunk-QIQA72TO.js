import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/signing/oidc.ts
var ID_TOKEN_PERMISSIONS = `permissions:
  id-token: write   # to request the OIDC token that Sigstore's Fulcio exchanges for a signing certificate
  contents: read`;
async function requestGitHubOidcToken(env, audience = "sigstore") {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new ProvenantError(
      "OIDC_PERMISSION",
      `no OIDC token available: the job lacks the id-token permission. Add to the workflow or job:
${ID_TOKEN_PERMISSIONS}`
    );
  }
  const u = new URL(url);
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

export {
  ID_TOKEN_PERMISSIONS,
  requestGitHubOidcToken,
  jwtClaims,
  githubRunClaims,
  runClaimsForKeySigning
};
