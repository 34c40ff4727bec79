/**
 * A local TUF repository for tests, served by a real HTTP server on 127.0.0.1: metadata built with @tufjs/models
 * and @tufjs/repo-mock's key pair (as @tufjs/repo-mock's own builder does, with the expiry under the test's control),
 * laid out as a mirror (`/N.root.json`, `/timestamp.json`, `/snapshot.json`, `/targets.json`, `/targets/NAME`).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Metadata, MetaFile, Root, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models';
import { KeyPair } from '@tufjs/repo-mock/dist/key.js';

export interface TufRepo {
  url: string;
  /** The repository's root.json (what `trust update --root` starts from). */
  rootJson: string;
  requests: string[];
  /** What the server answers, by path (a test may remove or change an entry). */
  files: Map<string, string | Buffer>;
  close(): Promise<void>;
}

const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

export async function startTufRepo(
  targets: Record<string, string | Buffer>,
  opts: { expires?: Date } = {},
): Promise<TufRepo> {
  const key = new KeyPair();
  const sign = (m: Metadata<any>) => m.sign((data: Buffer) => key.sign(data));
  const expires = (opts.expires ?? new Date(Date.now() + 365 * 24 * 3600 * 1000)).toISOString();
  const far = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
  const targetsMeta = new Metadata(new Targets({ version: 1, specVersion: '1.0.0', expires: far }));
  for (const [name, content] of Object.entries(targets)) {
    targetsMeta.signed.addTarget(
      new TargetFile({ path: name, length: Buffer.byteLength(content), hashes: { sha256: sha256(content) } }),
    );
  }
  sign(targetsMeta);
  const text = (m: Metadata<any>) => JSON.stringify(m.toJSON());
  const metaFile = (m: Metadata<any>) =>
    new MetaFile({ version: 1, length: Buffer.byteLength(text(m)), hashes: { sha256: sha256(text(m)) } });
  const snapshot = new Metadata(
    new Snapshot({ version: 1, specVersion: '1.0.0', expires: far, meta: { 'targets.json': metaFile(targetsMeta) } }),
  );
  sign(snapshot);
  const timestamp = new Metadata(
    new Timestamp({ version: 1, specVersion: '1.0.0', expires, snapshotMeta: metaFile(snapshot) }),
  );
  sign(timestamp);
  const root = new Metadata(new Root({ version: 1, specVersion: '1.0.0', expires: far, consistentSnapshot: false }));
  for (const role of ['root', 'snapshot', 'targets', 'timestamp']) root.signed.addKey(key.publicKey, role);
  sign(root);
  const files = new Map<string, string | Buffer>([
    ['/1.root.json', text(root)],
    ['/timestamp.json', text(timestamp)],
    ['/snapshot.json', text(snapshot)],
    ['/targets.json', text(targetsMeta)],
    ...Object.entries(targets).map(([n, c]) => [`/targets/${n}`, c] as [string, string | Buffer]),
  ]);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    requests.push(`${req.method} ${path}`);
    const body = files.get(path);
    if (req.method !== 'GET' || body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    rootJson: text(root),
    requests,
    files,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
