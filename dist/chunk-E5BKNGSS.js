import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  require_dist
} from "./chunk-3DXRJ6WR.js";
import "./chunk-VEENTGD5.js";
import "./chunk-XITNYHAL.js";
export default require_dist();
