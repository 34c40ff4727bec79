import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  GITHUB_INSTANCE,
  PUBLIC_GOOD,
  SIGSTORE_INSTANCES,
  createSigstoreSigner,
  keylessFromToken,
  resolveSigstoreInstance
} from "./chunk-V4DGCJ5R.js";
import "./chunk-T36G5XOT.js";
import "./chunk-QIQA72TO.js";
import "./chunk-DA7VHEYQ.js";
import "./chunk-RDHYEOJF.js";
import "./chunk-NUOG672K.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-3DXRJ6WR.js";
import "./chunk-VEENTGD5.js";
import "./chunk-XITNYHAL.js";
export {
  GITHUB_INSTANCE,
  PUBLIC_GOOD,
  SIGSTORE_INSTANCES,
  createSigstoreSigner,
  keylessFromToken,
  resolveSigstoreInstance
};
