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
} from "./chunk-AMRBJP46.js";
import "./chunk-J24ICMIL.js";
import "./chunk-6QD52ESS.js";
import "./chunk-RKDDH5J7.js";
import "./chunk-HKF64W56.js";
import "./chunk-C6MYWN5K.js";
import "./chunk-C4DMLUYW.js";
import "./chunk-CHWT7HZC.js";
import "./chunk-JH2WRLMF.js";
import "./chunk-FZPL3MHU.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
import "./chunk-WPINPVJG.js";
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
