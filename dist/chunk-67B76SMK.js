import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  context,
  getOctokit
} from "./chunk-X3ZCWTJC.js";
import "./chunk-WH73IL2M.js";
import "./chunk-VTV2GOS6.js";
import "./chunk-XITNYHAL.js";
export {
  context,
  getOctokit
};
