import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  checkArtifactArgs,
  renderTable,
  run,
  summary
} from "./chunk-OXEE6YUS.js";
import "./chunk-BF4WXQBA.js";
import "./chunk-JOS5LYUS.js";
import "./chunk-MHDK6JN5.js";
import "./chunk-AOZZXHFB.js";
import "./chunk-TF3PPOR3.js";
import "./chunk-HRJDJVN2.js";
import "./chunk-2RNU2BZ6.js";
import "./chunk-O5HG3M6P.js";
import "./chunk-5CWVRUUL.js";
import "./chunk-D45EXXQZ.js";
import "./chunk-UZOK54GA.js";
import "./chunk-ALDVYWZQ.js";
import "./chunk-BBV3FWKW.js";
import "./chunk-E2BR3FPZ.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-T36G5XOT.js";
import "./chunk-YRPLTWVJ.js";
import "./chunk-VV7USWUH.js";
import "./chunk-Q3QYHR57.js";
import "./chunk-LPY6VA3F.js";
import "./chunk-QTEFJ4MT.js";
import "./chunk-DWBTBAJC.js";
import "./chunk-ZKFWL52V.js";
import "./chunk-4FQTAEZE.js";
import "./chunk-RNBPC7I3.js";
import "./chunk-6EQYQUE3.js";
import "./chunk-ON2IZKBG.js";
import "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-RZPQBP6E.js";
import "./chunk-77L7FFSF.js";
import "./chunk-NUOG672K.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-6DWRZXSB.js";
import "./chunk-3ATEJRRA.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-3DXRJ6WR.js";
import "./chunk-VEENTGD5.js";
import "./chunk-XITNYHAL.js";
export {
  checkArtifactArgs,
  renderTable,
  run,
  summary
};
