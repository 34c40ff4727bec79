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
} from "./chunk-2JTVX7EJ.js";
import "./chunk-2RNU2BZ6.js";
import "./chunk-O5HG3M6P.js";
import "./chunk-ALDVYWZQ.js";
import "./chunk-LPY6VA3F.js";
import "./chunk-4FQTAEZE.js";
import "./chunk-ON2IZKBG.js";
import "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import "./chunk-RZPQBP6E.js";
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
