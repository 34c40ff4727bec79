import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  reviveTask,
  verifyAttestation
} from "./chunk-TCYTKSFW.js";
import "./chunk-QXAMJTBG.js";
import {
  loadTrust
} from "./chunk-E2GILVC3.js";
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
import {
  formatError
} from "./chunk-4IZNH2SL.js";
import "./chunk-YBP43CYZ.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
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
