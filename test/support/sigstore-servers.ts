/**
 * A local Sigstore instance for tests: @sigstore/mock's Fulcio (with a CT log), Rekor and TSA handlers served by
 * one real HTTP server on 127.0.0.1, and the TrustedRoot JSON that verifies what they issue.
 * Workarounds for @sigstore/mock defects, in the test servers only (the product never sees them):
 *  - Rekor v1 stores a dsse entry as proposed; real Rekor stores envelopeHash, payloadHash, signatures[]: the
 *    proposal is canonicalized here before it is logged.
 *  - the TSA drops trailing zeros of milliseconds: every clock is set to a whole second, taken after the mock's
 *    certificates were made (their notBefore is the real time of creation).
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';

export interface SigstoreInstance {
  /** The host Fulcio writes into the GitHub URI extensions (a GHES instance writes its own). */
  githubServerUrl: string;
  url: string;
  fulcioURL: string;
  rekorURL?: string;
  tsaURL?: string;
  trustedRoot: Record<string, unknown>;
  trustedRootPath: string;
  requests: string[];
  close(): Promise<void>;
}

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const b64 = (b: ArrayBufferView | Buffer) =>
  Buffer.from(
    (b as Buffer).buffer
      ? Buffer.from((b as Buffer).buffer, (b as Buffer).byteOffset, (b as Buffer).byteLength)
      : (b as Buffer),
  ).toString('base64');

function canonicalDsse(proposed: Record<string, any>): Record<string, any> {
  const pc = proposed.spec?.proposedContent;
  if (proposed.kind !== 'dsse' || !pc) return proposed;
  const env = JSON.parse(pc.envelope) as { payload: string; signatures: Array<{ sig: string }> };
  const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
  return {
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(pc.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(env.payload, 'base64')) },
      signatures: env.signatures.map((s, i) => ({ signature: s.sig, verifier: pc.verifiers[i] ?? pc.verifiers[0] })),
    },
  };
}

/** Starts Fulcio + (Rekor and/or TSA) on 127.0.0.1; `dir` receives trusted_root.json. */
export async function startSigstore(opts: {
  rekor: boolean;
  tsa: boolean;
  dir: string;
  issuerSubjectClaim?: string;
  /** Rewrites the Fulcio extensions of each certificate (e.g. only the legacy 1.1-1.6 ones of 2022's certificates). */
  certExtensions?: (
    e: Array<{ oid: string; value: string; legacy?: boolean }>,
  ) => Array<{ oid: string; value: string; legacy?: boolean }>;
}): Promise<SigstoreInstance> {
  const clock = new Date(Math.floor(Date.now() / 1000) * 1000);
  const start = new Date(clock.getTime() - 24 * 3600 * 1000).toISOString();
  const ctlog = await initializeCTLog(keyPair(), clock);
  const ca = await initializeCA(keyPair(), ctlog, clock);
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const tlog = opts.rekor ? await initializeTLog(url, keyPair(), clock) : undefined;
  const tsa = opts.tsa ? await initializeTSA(keyPair(), clock) : undefined;
  // The mock's CA and TSA certificates take their notBefore from the real time of their creation, which can fall a
  // second after the clock chosen above: a timestamp at the clock would then predate the TSA's certificate (one run
  // in a few failed "timestamp could not be verified"). Every mock shares this Date object: move it to the next
  // whole second after all certificates exist, and wait until that second has come (no time in the future).
  clock.setTime(Math.ceil((Date.now() + 1) / 1000) * 1000);
  await new Promise((r) => setTimeout(r, Math.max(0, clock.getTime() - Date.now()) + 5));
  const handlers = new Map<
    string,
    (body: string) => Promise<{ statusCode: number; response: string | ArrayBufferView; contentType?: string }>
  >();
  // @sigstore/mock writes https://github.com into the URI extensions; a GitHub Enterprise Server's Fulcio writes its
  // own host: `githubServerUrl` (mutable) stands for that
  const inst = { githubServerUrl: 'https://github.com' };
  const serverCa = {
    rootCertificate: ca.rootCertificate,
    issueCertificate: (o: Parameters<typeof ca.issueCertificate>[0]) =>
      ca.issueCertificate({
        ...o,
        extensions: (opts.certExtensions ?? ((e) => e))(
          o.extensions?.map((e) => ({
            ...e,
            value: e.value.replace(/^https:\/\/github\.com(?=\/)/, inst.githubServerUrl),
          })) ?? [],
        ),
      }),
  };
  const f = fulcioHandler(serverCa, { subjectClaim: opts.issuerSubjectClaim ?? 'fulcio_san' });
  handlers.set(f.path, f.fn);
  if (tlog) {
    const r = rekorHandler(tlog);
    handlers.set(r.path, (body) => r.fn(JSON.stringify(canonicalDsse(JSON.parse(body)))));
  }
  if (tsa) {
    const t = tsaHandler(tsa);
    handlers.set(t.path, t.fn);
  }
  const requests: string[] = [];
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const path = (req.url ?? '').split('?')[0];
      requests.push(`${req.method} ${path}`);
      const h = req.method === 'POST' ? handlers.get(path) : undefined;
      if (!h) {
        res.writeHead(404).end('not found');
        return;
      }
      try {
        const out = await h(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(out.statusCode, { 'content-type': out.contentType ?? 'text/plain' });
        res.end(
          typeof out.response === 'string'
            ? out.response
            : Buffer.from(out.response.buffer, out.response.byteOffset, out.response.byteLength),
        );
      } catch (e) {
        res.writeHead(500).end(String(e));
      }
    });
  });
  const trustedRoot: Record<string, unknown> = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: tlog
      ? [
          {
            baseUrl: url,
            hashAlgorithm: 'SHA2_256',
            publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
            logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') },
          },
        ]
      : [],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: tsa
      ? [
          {
            subject: { organization: 'sigstore.mock', commonName: 'tsa' },
            uri: url,
            certChain: {
              certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }],
            },
            validFor: { start },
          },
        ]
      : [],
  };
  const trustedRootPath = join(opts.dir, 'trusted_root.json');
  writeFileSync(trustedRootPath, JSON.stringify(trustedRoot, null, 2));
  return {
    set githubServerUrl(v: string) {
      inst.githubServerUrl = v;
    },
    get githubServerUrl() {
      return inst.githubServerUrl;
    },
    url,
    fulcioURL: url,
    rekorURL: tlog ? url : undefined,
    tsaURL: tsa ? url : undefined,
    trustedRoot,
    trustedRootPath,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
