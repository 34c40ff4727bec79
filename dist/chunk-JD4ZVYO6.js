import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  RECORDING_OPTIONS,
  expandArtifactArgs,
  insideDir,
  recordOptions,
  recordWithProgress,
  run,
  signingFrom,
  spreadLists,
  summary,
  validateStepName
} from "./chunk-SUQ54544.js";
import "./chunk-5XJT44WK.js";
import "./chunk-2ULY4KPA.js";
import "./chunk-3FI72NAE.js";
import "./chunk-KH4YHPJR.js";
import "./chunk-2JK5JOOL.js";
import "./chunk-ON2IZKBG.js";
import "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import "./chunk-JYUD5BX7.js";
import "./chunk-RDHYEOJF.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-3ATEJRRA.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";
export {
  RECORDING_OPTIONS,
  expandArtifactArgs,
  insideDir,
  recordOptions,
  recordWithProgress,
  run,
  signingFrom,
  spreadLists,
  summary,
  validateStepName
};
