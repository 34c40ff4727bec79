import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  MAX_KEY_BYTES,
  aliasedInput,
  keySignerFromInputs,
  parseBoolean,
  parseChoice,
  readEventFile,
  readKeyInput
} from "./chunk-TF7HWKFO.js";
import "./chunk-7T7ZEMQW.js";
import "./chunk-FX244IUJ.js";
import "./chunk-RZPQBP6E.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-677CPYTD.js";
import "./chunk-VEENTGD5.js";
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
