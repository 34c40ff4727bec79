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
} from "./chunk-QPYNGXQD.js";
import "./chunk-6N2OV5BI.js";
import "./chunk-IFPQGVT5.js";
import "./chunk-KF3H6E7G.js";
import "./chunk-5CPZUBSR.js";
import "./chunk-LQ5D2UZE.js";
import "./chunk-VIZVNU7I.js";
import "./chunk-6LTL7XZZ.js";
import "./chunk-2GPCKT4Z.js";
import "./chunk-RRYKMCBN.js";
import "./chunk-7VB2MFPX.js";
import "./chunk-SR2EI2IZ.js";
import "./chunk-CJZNJHC2.js";
import "./chunk-3BDHF3CI.js";
import "./chunk-OVQQWZI2.js";
import "./chunk-I7QW6U62.js";
import "./chunk-QIFK54EX.js";
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
import "./chunk-IC2HLPON.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-QQRWMIGU.js";
import "./chunk-LT6ZUDZE.js";
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
