import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  collectMaterials,
  lockfileReport,
  materialDigestSummary,
  parseLockfile,
  toResourceDescriptors
} from "./chunk-WLTTIEYU.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-JYUD5BX7.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-6DWRZXSB.js";
import "./chunk-3ATEJRRA.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";
export {
  collectMaterials,
  lockfileReport,
  materialDigestSummary,
  parseLockfile,
  toResourceDescriptors
};
