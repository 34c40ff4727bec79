import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  GITHUB_RUN_CLAIMS,
  ID_TOKEN_PERMISSIONS,
  githubRunClaims,
  jwtClaims,
  requestGitHubOidcToken,
  runClaimsForKeySigning
} from "./chunk-LM57RID2.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";
export {
  GITHUB_RUN_CLAIMS,
  ID_TOKEN_PERMISSIONS,
  githubRunClaims,
  jwtClaims,
  requestGitHubOidcToken,
  runClaimsForKeySigning
};
