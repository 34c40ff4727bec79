import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  clientFor,
  imageOfSubject,
  imageSubjects,
  resolveImage
} from "./chunk-UTCVF5VN.js";
import "./chunk-VV7USWUH.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";
export {
  clientFor,
  imageOfSubject,
  imageSubjects,
  resolveImage
};
