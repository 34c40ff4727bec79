import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  reviveTask,
  verifyAttestation
} from "./chunk-LTORLD57.js";
import {
  loadTrust
} from "./chunk-77FOPMMJ.js";
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
import {
  formatError
} from "./chunk-4IZNH2SL.js";
import "./chunk-3DXRJ6WR.js";
import "./chunk-VEENTGD5.js";
import "./chunk-XITNYHAL.js";

// src/verify-worker.ts
import { parentPort, workerData } from "node:worker_threads";
if (parentPort) {
  const port = parentPort;
  try {
    const trust = loadTrust(workerData.trustOpts);
    port.on("message", (m) => {
      try {
        port.postMessage({
          results: m.tasks.map(reviveTask).map((t) => verifyAttestation(t.att, trust, t.policy, t.artifact))
        });
      } catch (e) {
        port.postMessage({ error: formatError(e) });
      }
    });
  } catch (e) {
    port.on("message", () => port.postMessage({ error: formatError(e) }));
  }
}
