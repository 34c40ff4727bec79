import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  checkArtifactArgs,
  renderTable,
  run,
  summary
} from "./chunk-AYAN63GA.js";
import "./chunk-ZSGWS3Z6.js";
import "./chunk-6TKYACEM.js";
import "./chunk-735GTWG4.js";
import "./chunk-Y57PAN3K.js";
import "./chunk-5XJT44WK.js";
import "./chunk-XZI2HPAB.js";
import "./chunk-2ULY4KPA.js";
import "./chunk-5CWVRUUL.js";
import "./chunk-D45EXXQZ.js";
import "./chunk-GRJZ2FQD.js";
import "./chunk-3FI72NAE.js";
import "./chunk-3BXE65HV.js";
import "./chunk-WLTTIEYU.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-T36G5XOT.js";
import "./chunk-UTCVF5VN.js";
import "./chunk-VV7USWUH.js";
import "./chunk-EJJ4JWML.js";
import "./chunk-KH4YHPJR.js";
import "./chunk-LTORLD57.js";
import "./chunk-77FOPMMJ.js";
import "./chunk-SXQKF4HH.js";
import "./chunk-2JK5JOOL.js";
import "./chunk-RNBPC7I3.js";
import "./chunk-JFMEGE4D.js";
import "./chunk-ON2IZKBG.js";
import "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import "./chunk-JYUD5BX7.js";
import "./chunk-DA7VHEYQ.js";
import "./chunk-RDHYEOJF.js";
import "./chunk-NUOG672K.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-PDHXRQDR.js";
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
