import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenantFile = __provenantFileURLToPath(import.meta.url); const __provenantDir = __provenantDirname(__provenantFile);
import {
  reviveTask,
  verifyAttestation
} from "./chunk-75YNQU5V.js";
import {
  loadTrust
} from "./chunk-J2DDJWEI.js";
import "./chunk-GQYZMBKC.js";
import "./chunk-QK5CNMAR.js";
import "./chunk-5GNAQVWJ.js";
import "./chunk-JRODEHCZ.js";
import "./chunk-VRSSJM2U.js";
import "./chunk-UJJZ73W3.js";
import "./chunk-WWTTNMRP.js";
import "./chunk-GQPLPN5W.js";
import {
  formatError
} from "./chunk-3MDDHOCJ.js";
import "./chunk-DH2RVTFS.js";
import "./chunk-LUX63NMB.js";
import "./chunk-5GOOETJX.js";
import "./chunk-6RTGYRQV.js";

// src/verify-worker.ts
import { parentPort, workerData } from "node:worker_threads";
if (parentPort) {
  const port = parentPort;
  try {
    const trust = loadTrust(workerData.trustOpts);
    port.on("message", (m) => {
      try {
        port.postMessage({ results: m.tasks.map(reviveTask).map((t) => verifyAttestation(t.att, trust, t.policy, t.artifact)) });
      } catch (e) {
        port.postMessage({ error: formatError(e) });
      }
    });
  } catch (e) {
    port.on("message", () => port.postMessage({ error: formatError(e) }));
  }
}
