import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  ID_TOKEN_PERMISSIONS,
  githubRunClaims,
  jwtClaims,
  requestGitHubOidcToken,
  runClaimsForKeySigning
} from "./chunk-QIQA72TO.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";
export {
  ID_TOKEN_PERMISSIONS,
  githubRunClaims,
  jwtClaims,
  requestGitHubOidcToken,
  runClaimsForKeySigning
};
