import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/slsa/github.ts
function eventVisibility(event) {
  const repo = event.repository ?? {};
  return typeof repo.visibility === "string" ? repo.visibility : repo.private === true ? "private" : repo.private === false ? "public" : void 0;
}
function need(env, name) {
  const v = env[name];
  if (!v) throw new ProvenantError("ENV_INVALID", `${name} is not set: is this running in GitHub Actions?`);
  return v;
}
function githubContext(env, event, claims, onWarning) {
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repo = event.repository ?? {};
  if (!claims?.job_workflow_ref && env.GITHUB_JOB_WORKFLOW_REF && env.GITHUB_JOB_WORKFLOW_REF !== env.GITHUB_WORKFLOW_REF) {
    onWarning?.(
      `GITHUB_JOB_WORKFLOW_REF is set ('${env.GITHUB_JOB_WORKFLOW_REF}') but the runner never sets it: ignored; builder.id is the calling workflow`
    );
  }
  const ctx = {
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    repository: need(env, "GITHUB_REPOSITORY"),
    repositoryId: env.GITHUB_REPOSITORY_ID || (repo.id !== void 0 ? String(repo.id) : ""),
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID || (repo.owner && repo.owner.id !== void 0 ? String(repo.owner.id) : ""),
    ref: need(env, "GITHUB_REF"),
    sha: need(env, "GITHUB_SHA"),
    eventName: need(env, "GITHUB_EVENT_NAME"),
    workflowRef: need(env, "GITHUB_WORKFLOW_REF"),
    // builder.id is the token's job_workflow_ref; without a token, the calling workflow. Never GITHUB_JOB_WORKFLOW_REF:
    // the runner does not set it, so any earlier step could (through $GITHUB_ENV) and a real key would sign it.
    jobWorkflowRef: need(env, "GITHUB_WORKFLOW_REF"),
    runId: need(env, "GITHUB_RUN_ID"),
    runAttempt: env.GITHUB_RUN_ATTEMPT || "1",
    runnerEnvironment: env.RUNNER_ENVIRONMENT || "github-hosted",
    visibility: eventVisibility(event)
  };
  const inputs = event.inputs;
  if (inputs && typeof inputs === "object" && !Array.isArray(inputs)) ctx.inputs = inputs;
  if (claims) {
    const pairs = [
      ["jobWorkflowRef", "job_workflow_ref"],
      ["workflowRef", "workflow_ref"],
      ["repository", "repository"],
      ["repositoryId", "repository_id"],
      ["repositoryOwnerId", "repository_owner_id"],
      ["ref", "ref"],
      ["sha", "sha"],
      ["eventName", "event_name"],
      ["runId", "run_id"],
      ["runAttempt", "run_attempt"],
      ["runnerEnvironment", "runner_environment"],
      ["visibility", "repository_visibility"]
    ];
    for (const [field, claim] of pairs) {
      const c = claims[claim];
      if (c === void 0 || c === "") continue;
      const before = ctx[field];
      if (before && before !== c && field !== "jobWorkflowRef") {
        onWarning?.(`the OIDC token's ${claim} '${c}' differs from the environment's '${before}': using the token's`);
      }
      ctx[field] = String(c);
    }
  }
  if (!ctx.repositoryId || !ctx.repositoryOwnerId) {
    throw new ProvenantError(
      "ENV_INVALID",
      "GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY_OWNER_ID are not set and the event has no repository ids"
    );
  }
  return ctx;
}
function workflowPath(workflowRef, repository) {
  let rest = workflowRef.startsWith(`${repository}/`) ? workflowRef.slice(repository.length + 1) : workflowRef.replace(/^[^/]+\/[^/]+\//, "");
  const at = rest.indexOf("@");
  if (at >= 0) rest = rest.slice(0, at);
  return rest;
}

// src/util/redact.ts
var REDACTED = "***";
var SECRET_WORD = new RegExp(
  "token|passw(or)?d|passphrase|secret|private[-_]?key|api[-_]?key|credential|(^|[-_])auth($|[-_])|authorization|cookie",
  "i"
);
var NAMES_A_PLACE = /-(env|file|path|dir)$/i;
var SECRET_ENV = /TOKEN|SECRET|PASSW(OR)?D|PASSPHRASE|PRIVATE[-_]?KEY|API[-_]?KEY|CREDENTIAL|^INPUT_/i;
function isSecretOption(name) {
  const n = name.replace(/^-+/, "");
  return SECRET_WORD.test(n) && !NAMES_A_PLACE.test(n);
}
var PATTERNS = [
  [/-----BEGIN [A-Z0-9 ]*-----[\s\S]*?(-----END [A-Z0-9 ]*-----\s*|$)/g, REDACTED],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
  [/\b(gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED],
  [/^((?:proxy-)?authorization\s*:\s*)(.*)$/gim, (_m, h) => `${h}${REDACTED}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]*@/gi, (_m, pre) => `${pre}${REDACTED}@`]
];
function secretParts(secret, minLine = 4) {
  if (!secret) return [];
  const out = [secret];
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= minLine) out.push(line.trim());
  return out;
}
function secretValues(env = process.env) {
  const out = /* @__PURE__ */ new Set();
  for (const [k, v] of Object.entries(env)) {
    if (!v || v.length < 6 || !SECRET_ENV.test(k)) continue;
    if (/^(INPUT_)/i.test(k) && !SECRET_WORD.test(k.slice(6))) continue;
    for (const part of secretParts(v, 6)) out.add(part);
  }
  return [...out].sort((a, b) => b.length - a.length);
}
function redactText(s, secrets = secretValues()) {
  let out = s;
  for (const v of secrets) if (out.includes(v)) out = out.split(v).join(REDACTED);
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep);
  return out;
}
function redactArgv(argv, env = process.env) {
  const secrets = secretValues(env);
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const opt = /^(--?[A-Za-z][\w.-]*)=(.*)$/s.exec(a);
    if (opt && isSecretOption(opt[1])) {
      out.push(`${opt[1]}=${REDACTED}`);
      continue;
    }
    const kv = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s.exec(a);
    if (kv && (SECRET_ENV.test(kv[1]) || SECRET_WORD.test(kv[1])) && kv[2] !== "") {
      out.push(`${kv[1]}=${REDACTED}`);
      continue;
    }
    out.push(redactText(a, secrets));
    if (/^--?[A-Za-z][\w.-]*$/.test(a) && isSecretOption(a) && i + 1 < argv.length && !/^--?[A-Za-z]/.test(argv[i + 1])) {
      out.push(REDACTED);
      i++;
    }
  }
  return out;
}

export {
  eventVisibility,
  githubContext,
  workflowPath,
  secretParts,
  secretValues,
  redactText,
  redactArgv
};
