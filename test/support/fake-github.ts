/**
 * A fake of the GitHub endpoints the attest action calls, on 127.0.0.1: the runner's OIDC token endpoint, the REST
 * API (attestations, releases, asset uploads), and the Actions results service @actions/artifact talks to
 * (Twirp CreateArtifact / FinalizeArtifact and the Azure blob block upload). Failures can be injected per route.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Injected {
  method: string;
  /** regular expression over the path */
  path: RegExp;
  status: number;
  /** how many requests fail this way (then the route works) */
  times: number;
  /** response headers (e.g. Retry-After, x-ratelimit-remaining) */
  headers?: Record<string, string>;
  /** the message in the JSON body */
  message?: string;
}

export interface FakeGitHub {
  url: string;
  oidcRequestUrl: string;
  oidcRequestToken: string;
  runtimeToken: string;
  claims: Record<string, unknown>;
  attestations: Array<{ repo: string; body: Buffer; auth: string | undefined }>;
  releases: Map<
    string,
    { id: number; tag: string; assets: Array<{ id: number; name: string; data: Buffer; contentType: string }> }
  >;
  artifacts: Array<{ name: string; retentionDays?: number; blob: Buffer; finalized: boolean; hash?: string }>;
  inject: Injected[];
  log: string[];
  /** every request's method, path and headers, in order */
  requests: Array<{ method: string; path: string; headers: Record<string, string | string[] | undefined> }>;
  close(): Promise<void>;
}

function jwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}.${Buffer.from('not-verified-by-the-mock').toString('base64url')}`;
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

export async function startFakeGitHub(claims: Record<string, unknown>): Promise<FakeGitHub> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  let nextId = 1000;
  const state: FakeGitHub = {
    url,
    oidcRequestUrl: `${url}/oidc/token?api-version=2.0`,
    oidcRequestToken: 'oidc-request-bearer',
    runtimeToken: jwt({
      scp: 'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774',
    }),
    claims,
    attestations: [],
    releases: new Map(),
    artifacts: [],
    inject: [],
    log: [],
    requests: [],
    close: () => new Promise((r) => server.close(() => r())),
  };
  const blocks = new Map<string, Map<string, Buffer>>();
  server.on('request', async (req, res) => {
    const u = new URL(req.url ?? '/', url);
    const data = await body(req);
    const path = u.pathname;
    state.log.push(`${req.method} ${path}`);
    state.requests.push({ method: req.method ?? '', path, headers: req.headers });
    const json = (status: number, v: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(v));
    };
    const inj = state.inject.find((i) => i.method === req.method && i.path.test(path) && i.times > 0);
    if (inj) {
      inj.times--;
      res.writeHead(inj.status, { 'content-type': 'application/json', ...(inj.headers ?? {}) });
      res.end(JSON.stringify({ message: inj.message ?? `injected HTTP ${inj.status}` }));
      return;
    }
    let m: RegExpExecArray | null;
    if (path === '/oidc/token') {
      if (req.headers.authorization !== `Bearer ${state.oidcRequestToken}`) return json(401, { message: 'bad bearer' });
      return json(200, { value: jwt({ ...state.claims, aud: u.searchParams.get('audience') ?? '' }) });
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/attestations$/.exec(path)) && req.method === 'POST') {
      state.attestations.push({ repo: m[1], body: data, auth: req.headers.authorization });
      return json(201, { id: nextId++ });
    }
    if (
      (m = /^\/repos\/([^/]+\/[^/]+)\/attestations\/([a-z0-9]+(?::|%3A)[0-9a-f]+)$/i.exec(path)) &&
      req.method === 'GET'
    ) {
      // what `gh attestation verify` reads: the stored bundles whose subjects name the digest
      const [alg, hex] = decodeURIComponent(m[2]).split(':');
      const found = state.attestations
        .filter((a) => a.repo === m![1])
        .map((a) => (JSON.parse(a.body.toString()) as { bundle: { dsseEnvelope?: { payload?: string } } }).bundle)
        .filter((b) => {
          try {
            const st = JSON.parse(Buffer.from(b.dsseEnvelope?.payload ?? '', 'base64').toString()) as {
              subject?: Array<{ digest?: Record<string, string> }>;
            };
            return (st.subject ?? []).some((x) => x.digest?.[alg] === hex);
          } catch {
            return false;
          }
        });
      if (!found.length) return json(404, { message: 'Not Found' });
      return json(200, { attestations: found.map((bundle) => ({ bundle, repository_id: 1 })) });
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/releases\/tags\/(.+)$/.exec(path)) && req.method === 'GET') {
      const rel = state.releases.get(decodeURIComponent(m[2]));
      if (!rel) return json(404, { message: 'Not Found' });
      return json(200, {
        id: rel.id,
        tag_name: rel.tag,
        upload_url: `${url}/uploads/repos/${m[1]}/releases/${rel.id}/assets{?name,label}`,
        assets: rel.assets.map((a) => ({ id: a.id, name: a.name })),
      });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/releases\/assets\/(\d+)$/.exec(path)) && req.method === 'DELETE') {
      for (const rel of state.releases.values()) rel.assets = rel.assets.filter((a) => a.id !== Number(m![1]));
      res.writeHead(204).end();
      return;
    }
    if ((m = /^\/uploads\/repos\/[^/]+\/[^/]+\/releases\/(\d+)\/assets$/.exec(path)) && req.method === 'POST') {
      const rel = [...state.releases.values()].find((r) => r.id === Number(m![1]));
      const name = u.searchParams.get('name') ?? '';
      if (!rel) return json(404, { message: 'Not Found' });
      if (rel.assets.some((a) => a.name === name)) return json(422, { message: 'Validation Failed: already_exists' });
      const asset = { id: nextId++, name, data, contentType: String(req.headers['content-type'] ?? '') };
      rel.assets.push(asset);
      return json(201, {
        id: asset.id,
        name,
        browser_download_url: `https://github.com/releases/download/${rel.tag}/${name}`,
      });
    }
    if (path === '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact') {
      const req1 = JSON.parse(data.toString()) as { name: string; expires_at?: string; expiresAt?: string };
      const i = state.artifacts.push({ name: req1.name, blob: Buffer.alloc(0), finalized: false }) - 1;
      const exp = req1.expires_at ?? req1.expiresAt;
      if (exp) state.artifacts[i].retentionDays = Math.round((Date.parse(exp) - Date.now()) / 86400000);
      return json(200, { ok: true, signed_upload_url: `${url}/blob/store/artifact-${i}?sig=fake` });
    }
    if (path === '/twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact') {
      const req1 = JSON.parse(data.toString()) as { name: string; hash?: string };
      const a = state.artifacts.find((x) => x.name === req1.name && !x.finalized);
      if (!a) return json(404, { msg: 'no such artifact' });
      a.finalized = true;
      a.hash = req1.hash;
      return json(200, { ok: true, artifact_id: String(nextId++) });
    }
    if ((m = /^\/blob\/store\/artifact-(\d+)$/.exec(path)) && req.method === 'PUT') {
      const i = Number(m[1]);
      const comp = u.searchParams.get('comp');
      const headers = {
        'x-ms-request-id': 'fake',
        'x-ms-version': '2025-01-05',
        etag: '"0x1"',
        'last-modified': new Date().toUTCString(),
      };
      if (comp === 'block') {
        const per = blocks.get(path) ?? new Map();
        per.set(u.searchParams.get('blockid') ?? '', data);
        blocks.set(path, per);
        res.writeHead(201, headers).end();
        return;
      }
      if (comp === 'blocklist') {
        const ids = [...data.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((x) => x[1]);
        const per = blocks.get(path) ?? new Map();
        state.artifacts[i].blob = Buffer.concat(ids.map((id) => per.get(id) ?? Buffer.alloc(0)));
        res.writeHead(201, headers).end();
        return;
      }
      state.artifacts[i].blob = data;
      res.writeHead(201, headers).end();
      return;
    }
    json(404, { message: `fake GitHub: no route ${req.method} ${path}` });
  });
  return state;
}
