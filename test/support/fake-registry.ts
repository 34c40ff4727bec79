/**
 * A fake npm registry on 127.0.0.1 serving the attestations endpoint (`/-/npm/v1/attestations/NAME@VERSION`):
 * real npm provenance documents, 404s, transient 5xx, malformed and slow answers, per package. It counts requests
 * and the peak of concurrent ones.
 */
import { createServer, type Server } from 'node:http';

export type Behavior =
  | { kind: 'doc'; body: Buffer }
  | { kind: 'none' }
  | { kind: 'status'; status: number }
  | { kind: 'malformed' }
  | { kind: 'slow'; ms: number; then: Behavior }
  | { kind: 'flaky'; status: number; times: number; then: Behavior };

export interface FakeRegistry {
  url: string;
  routes: Map<string, Behavior>;
  hits: Map<string, number>;
  peakInFlight: number;
  /** delay added to every answer (benchmarks: a registry's latency) */
  latencyMs: number;
  close(): Promise<void>;
}

export async function startFakeRegistry(routes: Map<string, Behavior> = new Map()): Promise<FakeRegistry> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const reg: FakeRegistry = {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    routes,
    hits: new Map(),
    peakInFlight: 0,
    latencyMs: 0,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
  let inFlight = 0;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  server.on('request', async (req, res) => {
    inFlight++;
    reg.peakInFlight = Math.max(reg.peakInFlight, inFlight);
    try {
      const m = /^\/-\/npm\/v1\/attestations\/(.+)$/.exec(req.url ?? '');
      if (!m) {
        res.writeHead(404).end();
        return;
      }
      const key = decodeURIComponent(m[1]);
      reg.hits.set(key, (reg.hits.get(key) ?? 0) + 1);
      if (reg.latencyMs) await sleep(reg.latencyMs);
      let b: Behavior = reg.routes.get(key) ?? { kind: 'none' };
      for (;;) {
        if (b.kind === 'slow') {
          await sleep(b.ms);
          b = b.then;
        } else if (b.kind === 'flaky') {
          if (b.times > 0) {
            b.times--;
            b = { kind: 'status', status: b.status };
          } else b = b.then;
        } else break;
      }
      if (res.destroyed) return;
      if (b.kind === 'doc') res.writeHead(200, { 'content-type': 'application/json' }).end(b.body);
      else if (b.kind === 'none') res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
      else if (b.kind === 'status') res.writeHead(b.status, { 'content-type': 'application/json' }).end('{"error":"injected"}');
      else if (b.kind === 'malformed') res.writeHead(200, { 'content-type': 'application/json' }).end('{"attestations": [{"predicateType": ');
    } finally {
      inFlight--;
    }
  });
  return reg;
}
