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
} from "./chunk-UCL5H4NT.js";
import "./chunk-TY3TC76D.js";
import "./chunk-H2FFOOVQ.js";
import "./chunk-DEUSCTGF.js";
import "./chunk-CQTFW4NO.js";
import "./chunk-DQNMAI77.js";
import "./chunk-CGAFRMQB.js";
import "./chunk-LY66DXTL.js";
import "./chunk-JH2WRLMF.js";
import "./chunk-FZPL3MHU.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
import "./chunk-S3JDOXUN.js";
import "./chunk-ZZH6UQOP.js";
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
