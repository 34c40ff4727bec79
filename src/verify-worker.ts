/**
 * Worker thread of the verify pool (dist/verify-worker.js): loads the trust material once, then verifies the
 * batches of attestations it is sent and posts the results back in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatError } from './errors.js';
import { reviveTask, type VerifyTask } from './verify/pool.js';
import { loadTrust, type TrustSources } from './verify/trust.js';
import { verifyAttestation } from './verify/verify.js';

if (parentPort) {
  const port = parentPort;
  try {
    const trust = loadTrust((workerData as { trustOpts: TrustSources }).trustOpts);
    port.on('message', (m: { tasks: VerifyTask[] }) => {
      try {
        port.postMessage({
          results: m.tasks.map(reviveTask).map((t) => verifyAttestation(t.att, trust, t.policy, t.artifact)),
        });
      } catch (e) {
        port.postMessage({ error: formatError(e) });
      }
    });
  } catch (e) {
    port.on('message', () => port.postMessage({ error: formatError(e) }));
  }
}
