import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  GITHUB_INSTANCE,
  PUBLIC_GOOD,
  SIGSTORE_INSTANCES,
  createSigstoreSigner,
  keylessFromToken,
  resolveSigstoreInstance
} from "./chunk-MFLHOPTN.js";
import "./chunk-7T7ZEMQW.js";
import "./chunk-LM57RID2.js";
import "./chunk-E3Y2V2P3.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-NUOG672K.js";
import "./chunk-677CPYTD.js";
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
