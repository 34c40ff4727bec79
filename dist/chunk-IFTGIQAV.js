import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  REGISTRY_OPTIONS,
  lockfileAuditJson,
  registryOptionsFrom,
  renderDir,
  renderLockfileAudit,
  run,
  summary,
  withAuditProgress
} from "./chunk-XSEPNHCP.js";
import "./chunk-DL2L4DQC.js";
import "./chunk-KRPDOPB2.js";
import "./chunk-6QD52ESS.js";
import "./chunk-BCUDP6M2.js";
import "./chunk-EDKH4ZBD.js";
import "./chunk-RKDDH5J7.js";
import "./chunk-HKF64W56.js";
import "./chunk-3HPEI6LZ.js";
import "./chunk-C6MYWN5K.js";
import "./chunk-4YXNMMUJ.js";
import "./chunk-I3AR5DEZ.js";
import "./chunk-P7NTPLKW.js";
import "./chunk-C4DMLUYW.js";
import "./chunk-2VX2DGRR.js";
import "./chunk-CHWT7HZC.js";
import "./chunk-JH2WRLMF.js";
import "./chunk-FZPL3MHU.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-RWZVGBND.js";
import "./chunk-DODU7O3S.js";
import "./chunk-WH73IL2M.js";
import "./chunk-5CWVRUUL.js";
import "./chunk-D45EXXQZ.js";
import "./chunk-YBP43CYZ.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
import "./chunk-VTV2GOS6.js";
import "./chunk-JRWDPCHX.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-WPINPVJG.js";
import "./chunk-ZZH6UQOP.js";
import "./chunk-XITNYHAL.js";
export {
  REGISTRY_OPTIONS,
  lockfileAuditJson,
  registryOptionsFrom,
  renderDir,
  renderLockfileAudit,
  run,
  summary,
  withAuditProgress
};
