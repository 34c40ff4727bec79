import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  asProvenantError
} from "./chunk-4IZNH2SL.js";

// src/verify/result.ts
var SLSA_DELEGATOR = new RegExp(
  "^https://github\\.com/slsa-framework/slsa-github-generator/\\.github/workflows/delegator_[a-z-]+_slsa3\\.yml@refs/tags/v\\d+\\.\\d+\\.\\d+$"
);
var GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
function fail(checks, code, e, fallback) {
  const pe = asProvenantError(e, fallback);
  checks.push({ code, ok: false, detail: `[${pe.code}] ${pe.message.split("\n")[0]}` });
}

export {
  SLSA_DELEGATOR,
  GITHUB_ISSUER,
  fail
};
