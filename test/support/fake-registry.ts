/**
 * A fake npm registry on 127.0.0.1 serving the attestations endpoint (`/-/npm/v1/attestations/NAME@VERSION`):
 * real npm provenance documents, 404s, transient 5xx, malformed, slow and over-size answers, per package. It counts
 * requests and the peak of concurrent ones. It also serves version manifests (`/NAME/VERSION`, from `manifests`)
 * and the registry's signing keys (`/-/npm/v1/keys`, from `keys`); 404 where none is set.
 */
import { createServer, type Server } from 'node:http';

export type Behavior =
  | { kind: 'doc'; body: Buffer }
  | { kind: 'none' }
  | { kind: 'status'; status: number }
  | { kind: 'malformed' }
  | { kind: 'json'; value: unknown }
  | { kind: 'huge'; bytes: number }
  | { kind: 'slow'; ms: number; then: Behavior }
  | { kind: 'flaky'; status: number; times: number; then: Behavior };

export interface FakeRegistry {
  url: string;
  routes: Map<string, Behavior>;
  /** name@version → the version manifest answer (`GET /NAME/VERSION`) */
  manifests: Map<string, Behavior>;
  /** the answer of `GET /-/npm/v1/keys` */
  keys?: Behavior;
  hits: Map<string, number>;
  /** `GET /NAME/VERSION` requests per name@version, and of the keys endpoint ('keys') */
  otherHits: Map<string, number>;
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
    manifests: new Map(),
    hits: new Map(),
    otherHits: new Map(),
    peakInFlight: 0,
    latencyMs: 0,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  let inFlight = 0;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  server.on('request', async (req, res) => {
    inFlight++;
    reg.peakInFlight = Math.max(reg.peakInFlight, inFlight);
    try {
      const url = (req.url ?? '').split('?')[0];
      const m = /^\/-\/npm\/v1\/attestations\/(.+)$/.exec(url);
      const manifest = /^\/((?:@[^/]+(?:\/|%2f))?[^/@]+)\/([^/]+)$/i.exec(url);
      let first: Behavior | undefined;
      if (m) {
        const key = decodeURIComponent(m[1]);
        reg.hits.set(key, (reg.hits.get(key) ?? 0) + 1);
        first = reg.routes.get(key) ?? { kind: 'none' };
      } else if (url === '/-/npm/v1/keys') {
        reg.otherHits.set('keys', (reg.otherHits.get('keys') ?? 0) + 1);
        first = reg.keys ?? { kind: 'none' };
      } else if (manifest) {
        const key = `${decodeURIComponent(manifest[1])}@${decodeURIComponent(manifest[2])}`;
        reg.otherHits.set(key, (reg.otherHits.get(key) ?? 0) + 1);
        first = reg.manifests.get(key) ?? { kind: 'none' };
      }
      if (!first) {
        res.writeHead(404).end();
        return;
      }
      if (reg.latencyMs) await sleep(reg.latencyMs);
      let b: Behavior = first;
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
      else if (b.kind === 'none')
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
      else if (b.kind === 'status')
        res.writeHead(b.status, { 'content-type': 'application/json' }).end('{"error":"injected"}');
      else if (b.kind === 'json')
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(b.value));
      else if (b.kind === 'huge') {
        // streamed in chunks, without a Content-Length: the client must stop reading at its cap
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let left = b.bytes;
        while (left > 0 && !res.destroyed) {
          const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
          left -= part.length;
          if (!res.write(part)) await new Promise((r) => res.once('drain', r).once('close', r));
        }
        res.end();
      } else if (b.kind === 'malformed')
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"attestations": [{"predicateType": ');
    } finally {
      inFlight--;
    }
  });
  return reg;
}
