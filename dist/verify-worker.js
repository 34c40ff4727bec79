import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  reviveTask,
  verifyAttestation
} from "./chunk-4YXNMMUJ.js";
import "./chunk-I3AR5DEZ.js";
import {
  loadTrust
} from "./chunk-P7NTPLKW.js";
import "./chunk-C4DMLUYW.js";
import "./chunk-2VX2DGRR.js";
import "./chunk-CHWT7HZC.js";
import "./chunk-JH2WRLMF.js";
import "./chunk-FZPL3MHU.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-YBP43CYZ.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-WPINPVJG.js";
import {
  formatError
} from "./chunk-ZZH6UQOP.js";
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
