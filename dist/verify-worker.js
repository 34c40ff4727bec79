import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenantFile = __provenantFileURLToPath(import.meta.url); const __provenantDir = __provenantDirname(__provenantFile);
import {
  loadTrust,
  reviveTask,
  verifyAttestation
} from "./chunk-4YCFGS6M.js";
import "./chunk-DJFU3L73.js";
import "./chunk-MOIYPU6I.js";
import "./chunk-JRODEHCZ.js";
import "./chunk-5YGBSWXY.js";
import "./chunk-6VF7C5ZK.js";
import {
  formatError
} from "./chunk-3MDDHOCJ.js";
import "./chunk-Z34B5TAI.js";
import "./chunk-RLJTOO4S.js";
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
