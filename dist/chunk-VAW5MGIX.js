import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  create,
  hashFiles
} from "./chunk-RWZVGBND.js";
import "./chunk-DODU7O3S.js";
import "./chunk-WH73IL2M.js";
import "./chunk-VTV2GOS6.js";
import "./chunk-XITNYHAL.js";
export {
  create,
  hashFiles
};
