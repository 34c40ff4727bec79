/**
 * A real OCI registry for tests: Debian's `docker-registry` (the CNCF distribution registry 2.8) on 127.0.0.1 with a
 * throw-away storage folder, optionally behind htpasswd basic auth. Test images are OCI layouts built here by hand
 * (blobs, index.json, oci-layout) and copied into the registry with Debian's `skopeo`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalRegistry {
  /** host:port, e.g. 127.0.0.1:41234 */
  host: string;
  port: number;
  user?: string;
  password?: string;
  /** Stops the registry (SIGTERM to the process this started) and deletes its storage. */
  close(): Promise<void>;
  /** Stops it but keeps the storage (a "registry down" case); start() brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export const sha256hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitUp(url: string, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.status === 200 || r.status === 401) return;
    } catch {
      // not yet listening
    }
    if (Date.now() > end) throw new Error(`registry at ${url} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts docker-registry on a free port; with `auth`, htpasswd basic auth for user/password. */
export async function startRegistry(opts: { auth?: { user: string; password: string } } = {}): Promise<LocalRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'prov-registry-'));
  const port = await freePort();
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
  ];
  if (opts.auth) {
    const h = spawnSync('/usr/bin/htpasswd', ['-Bbn', opts.auth.user, opts.auth.password], { encoding: 'utf8' });
    if (h.status !== 0) throw new Error(`htpasswd failed: ${h.stderr}`);
    writeFileSync(join(dir, 'htpasswd'), h.stdout);
    lines.push('auth:', '  htpasswd:', '    realm: basic-realm', `    path: ${join(dir, 'htpasswd')}`);
  }
  writeFileSync(join(dir, 'config.yml'), `${lines.join('\n')}\n`);
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('/usr/bin/docker-registry', ['serve', join(dir, 'config.yml')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.resume();
    await waitUp(`http://127.0.0.1:${port}/v2/`);
  };
  const stop = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((r) => {
      c.on('exit', () => r());
      c.kill('SIGTERM');
    });
  };
  await start();
  return {
    host: `127.0.0.1:${port}`,
    port,
    user: opts.auth?.user,
    password: opts.auth?.password,
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BuiltImage {
  layoutDir: string;
  /** digest of the manifest (or of the index for a multi-arch image) */
  digest: string;
  manifest: Buffer;
  /** platform manifests of a multi-arch image */
  platforms?: Array<{ digest: string; platform: { os: string; architecture: string } }>;
}

function writeBlob(dir: string, data: Buffer | string): { digest: string; size: number } {
  const b = Buffer.from(data);
  const hex = sha256hex(b);
  writeFileSync(join(dir, 'blobs', 'sha256', hex), b);
  return { digest: `sha256:${hex}`, size: b.length };
}

function imageManifest(dir: string, content: string, arch = 'amd64'): Buffer {
  const config = writeBlob(
    dir,
    JSON.stringify({ architecture: arch, os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const layer = writeBlob(dir, content);
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }],
    }),
  );
}

/**
 * Writes an OCI image layout holding one image (or, with `platforms`, a multi-arch index of one image per
 * architecture) tagged `tag`; `content` makes the layer (and so the digest) unique.
 */
export function buildImageLayout(content: string, tag = 'latest', platforms?: string[]): BuiltImage {
  const dir = mkdtempSync(join(tmpdir(), 'prov-oci-layout-'));
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  let top: Buffer;
  let mediaType: string;
  let plats: BuiltImage['platforms'];
  if (platforms?.length) {
    plats = [];
    const manifests = platforms.map((arch) => {
      const m = imageManifest(dir, `${content} ${arch}`, arch);
      const d = writeBlob(dir, m);
      plats!.push({ digest: d.digest, platform: { os: 'linux', architecture: arch } });
      return {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        ...d,
        platform: { os: 'linux', architecture: arch },
      };
    });
    top = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }),
    );
    mediaType = 'application/vnd.oci.image.index.v1+json';
  } else {
    top = imageManifest(dir, content);
    mediaType = 'application/vnd.oci.image.manifest.v1+json';
  }
  const d = writeBlob(dir, top);
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType, ...d, annotations: { 'org.opencontainers.image.ref.name': tag } }],
    }),
  );
  return { layoutDir: dir, digest: d.digest, manifest: top, platforms: plats };
}

/** Copies an OCI layout's tag into the registry with skopeo (`repo:tag`); --all for multi-arch indexes. */
export function skopeoPush(reg: LocalRegistry, layout: BuiltImage, repoTag: string, tag = 'latest'): void {
  const args = [
    'copy',
    '--all',
    '--preserve-digests',
    `oci:${layout.layoutDir}:${tag}`,
    `docker://${reg.host}/${repoTag}`,
    '--dest-tls-verify=false',
  ];
  if (reg.user) args.push('--dest-creds', `${reg.user}:${reg.password}`);
  const r = spawnSync('/usr/bin/skopeo', args, {
    encoding: 'utf8',
    env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'prov-skopeo-')) },
  });
  if (r.status !== 0) throw new Error(`skopeo copy failed: ${r.stderr}`);
}

/** Basic auth header for the registry's test user, if any. */
export function authHeader(reg: LocalRegistry): Record<string, string> {
  return reg.user ? { authorization: `Basic ${Buffer.from(`${reg.user}:${reg.password}`).toString('base64')}` } : {};
}

/** Uploads a blob (POST then PUT ?digest=) with the raw registry API. */
export async function putBlob(
  reg: LocalRegistry,
  repo: string,
  data: Buffer | string,
): Promise<{ digest: string; size: number }> {
  const b = Buffer.from(data);
  const digest = `sha256:${sha256hex(b)}`;
  const p = await fetch(`http://${reg.host}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: authHeader(reg) });
  if (p.status !== 202) throw new Error(`blob upload start: HTTP ${p.status}`);
  const loc = new URL(p.headers.get('location')!, `http://${reg.host}`);
  loc.searchParams.set('digest', digest);
  const r = await fetch(loc, {
    method: 'PUT',
    body: b,
    headers: { ...authHeader(reg), 'content-type': 'application/octet-stream' },
  });
  if (r.status !== 201) throw new Error(`blob upload: HTTP ${r.status}`);
  return { digest, size: b.length };
}

/** Uploads a manifest under a tag or its digest with the raw registry API. */
export async function putManifest(
  reg: LocalRegistry,
  repo: string,
  ref: string,
  body: Buffer | string,
  mediaType: string,
): Promise<string> {
  const r = await fetch(`http://${reg.host}/v2/${repo}/manifests/${ref}`, {
    method: 'PUT',
    body: Buffer.from(body),
    headers: { ...authHeader(reg), 'content-type': mediaType },
  });
  if (r.status !== 201) throw new Error(`manifest upload: HTTP ${r.status} ${await r.text()}`);
  return r.headers.get('docker-content-digest') ?? '';
}

/** Fetches a manifest (raw bytes and parsed) with the raw registry API. */
export async function getManifest(
  reg: LocalRegistry,
  repo: string,
  ref: string,
): Promise<{ status: number; raw: Buffer; json: any }> {
  const accept = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
  ].join(',');
  const r = await fetch(`http://${reg.host}/v2/${repo}/manifests/${ref}`, { headers: { ...authHeader(reg), accept } });
  const raw = Buffer.from(await r.arrayBuffer());
  let json: any;
  try {
    json = JSON.parse(raw.toString());
  } catch {
    json = undefined;
  }
  return { status: r.status, raw, json };
}

/** Fetches a blob with the raw registry API. */
export async function getBlob(reg: LocalRegistry, repo: string, digest: string): Promise<Buffer> {
  const r = await fetch(`http://${reg.host}/v2/${repo}/blobs/${digest}`, { headers: authHeader(reg) });
  if (r.status !== 200) throw new Error(`blob ${digest}: HTTP ${r.status}`);
  return Buffer.from(await r.arrayBuffer());
}
