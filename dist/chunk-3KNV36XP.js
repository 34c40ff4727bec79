import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  MAX_LOCKFILE_BYTES,
  collectMaterials,
  lockfileReport,
  materialDigestSummary,
  parseLockfile,
  toResourceDescriptors
} from "./chunk-IC2HLPON.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-QQRWMIGU.js";
import "./chunk-LT6ZUDZE.js";
import "./chunk-XITNYHAL.js";
export {
  MAX_LOCKFILE_BYTES,
  collectMaterials,
  lockfileReport,
  materialDigestSummary,
  parseLockfile,
  toResourceDescriptors
};
