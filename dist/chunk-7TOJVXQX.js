import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  MAX_KEY_BYTES,
  aliasedInput,
  keySignerFromInputs,
  parseBoolean,
  parseChoice,
  readEventFile,
  readKeyInput
} from "./chunk-3BXE65HV.js";
import "./chunk-T36G5XOT.js";
import "./chunk-FX244IUJ.js";
import "./chunk-JYUD5BX7.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";
export {
  MAX_KEY_BYTES,
  aliasedInput,
  keySignerFromInputs,
  parseBoolean,
  parseChoice,
  readEventFile,
  readKeyInput
};
