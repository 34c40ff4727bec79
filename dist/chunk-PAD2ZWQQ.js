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
} from "./chunk-4ST4VUM2.js";
import "./chunk-J5DP47FW.js";
import "./chunk-VCIYANXZ.js";
import "./chunk-H2FFOOVQ.js";
import "./chunk-GVMIGINS.js";
import "./chunk-DEUSCTGF.js";
import "./chunk-CQTFW4NO.js";
import "./chunk-A6J4RMLZ.js";
import "./chunk-DQNMAI77.js";
import "./chunk-6OAWEO4X.js";
import "./chunk-P7IBAHU6.js";
import "./chunk-NDVQKIOQ.js";
import "./chunk-CGAFRMQB.js";
import "./chunk-LECXLIBE.js";
import "./chunk-LY66DXTL.js";
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
import "./chunk-HBYBYTG3.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-S3JDOXUN.js";
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
