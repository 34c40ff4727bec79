import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  reviveTask,
  verifyAttestation
} from "./chunk-RRYKMCBN.js";
import {
  loadTrust
} from "./chunk-7VB2MFPX.js";
import "./chunk-SR2EI2IZ.js";
import "./chunk-CJZNJHC2.js";
import "./chunk-3BDHF3CI.js";
import "./chunk-OVQQWZI2.js";
import "./chunk-I7QW6U62.js";
import "./chunk-QIFK54EX.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-YBP43CYZ.js";
import "./chunk-MUM7SL7S.js";
import "./chunk-HODU54JJ.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-QQRWMIGU.js";
import {
  formatError
} from "./chunk-LT6ZUDZE.js";
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
