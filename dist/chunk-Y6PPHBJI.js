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
} from "./chunk-G7TBCGAO.js";
import "./chunk-DTRPWTRH.js";
import "./chunk-NFDVPRY6.js";
import "./chunk-4NPJBYWN.js";
import "./chunk-FD2CYH6V.js";
import "./chunk-QNAXLAI6.js";
import "./chunk-7YJMAPJ7.js";
import "./chunk-VV7USWUH.js";
import "./chunk-ALDVYWZQ.js";
import "./chunk-ATKVZN4W.js";
import "./chunk-LPY6VA3F.js";
import "./chunk-ZJISSGFO.js";
import "./chunk-L5KEMJAL.js";
import "./chunk-ZFMC76BH.js";
import "./chunk-4FQTAEZE.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-E3Y2V2P3.js";
import "./chunk-S543JQEK.js";
import "./chunk-ON2IZKBG.js";
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
import "./chunk-RNBPC7I3.js";
import "./chunk-NUOG672K.js";
import "./chunk-677CPYTD.js";
import "./chunk-VEENTGD5.js";
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
