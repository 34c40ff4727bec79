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
} from "./chunk-B37ZSUX2.js";
import "./chunk-QXHVLG7H.js";
import "./chunk-KF3H6E7G.js";
import "./chunk-LQ5D2UZE.js";
import "./chunk-VIZVNU7I.js";
import "./chunk-2GPCKT4Z.js";
import "./chunk-CJZNJHC2.js";
import "./chunk-OVQQWZI2.js";
import "./chunk-I7QW6U62.js";
import "./chunk-QIFK54EX.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
import "./chunk-QQRWMIGU.js";
import "./chunk-LT6ZUDZE.js";
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
