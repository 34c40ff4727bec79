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
} from "./chunk-LE7SG6IB.js";
import "./chunk-UNJKZQKP.js";
import "./chunk-BIWR6QFS.js";
import "./chunk-CYGQNS66.js";
import "./chunk-FD2CYH6V.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-7YJMAPJ7.js";
import "./chunk-VV7USWUH.js";
import "./chunk-QJ2GRJIS.js";
import "./chunk-JLHEGSE2.js";
import "./chunk-ATKVZN4W.js";
import "./chunk-LPY6VA3F.js";
import "./chunk-TCYTKSFW.js";
import "./chunk-QXAMJTBG.js";
import "./chunk-E2GILVC3.js";
import "./chunk-ICKMTZBX.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-NSVFFW77.js";
import "./chunk-SHN6S3VD.js";
import "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import "./chunk-RZPQBP6E.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-F67HYPBJ.js";
import "./chunk-WJWFGXC5.js";
import "./chunk-4IZNH2SL.js";
import "./chunk-RWZVGBND.js";
import "./chunk-DODU7O3S.js";
import "./chunk-WH73IL2M.js";
import "./chunk-5CWVRUUL.js";
import "./chunk-D45EXXQZ.js";
import "./chunk-YBP43CYZ.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
import "./chunk-VTV2GOS6.js";
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
