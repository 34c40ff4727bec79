/**
 * Keyless signing with Sigstore: an OIDC identity token is exchanged with Fulcio for a short-lived certificate
 * (@sigstore/sign's FulcioSigner), the DSSE envelope is witnessed by a transparency log (Rekor) and/or an RFC 3161
 * timestamp authority, and the result is a Sigstore bundle v0.3.
 */
import { bundleToJSON } from '@sigstore/bundle';
import { RFC3161Timestamp } from '@sigstore/core';
import type { DSSEBundleBuilder, Witness } from '@sigstore/sign';
import { loadSign } from './sign-module.js';
import { ProvenantError } from '../errors.js';
import type { Envelope } from '../intoto/dsse.js';
import { fulcioIdentity, type FulcioIdentity } from '../verify/certificate.js';
import type { AttestationSigner, SignedAttestation } from './types.js';
import { githubRunClaims } from './oidc.js';

export const SIGSTORE_INSTANCES = ['auto', 'public-good', 'github', 'custom'] as const;
export type SigstoreInstance = (typeof SIGSTORE_INSTANCES)[number];

export interface SigstoreEndpoints {
  instance: Exclude<SigstoreInstance, 'auto'>;
  fulcioURL: string;
  /** Transparency log (public-good); absent on GitHub's private instance. */
  rekorURL?: string;
  /** RFC 3161 timestamp authority (GitHub's instance, private deployments). */
  tsaURL?: string;
  /** Why this instance was chosen, for logs and summaries. */
  reason: string;
}

export const PUBLIC_GOOD = { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' };
export const GITHUB_INSTANCE = { fulcioURL: 'https://fulcio.githubapp.com', tsaURL: 'https://timestamp.githubapp.com' };

function url(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new ProvenantError('INPUT_INVALID', `${name}: '${value}' is not a URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new ProvenantError('INPUT_INVALID', `${name}: '${value}' is not an http(s) URL`);
  return value.replace(/\/+$/, '');
}

/**
 * Chooses the Sigstore instance: public repositories sign with public-good (Fulcio + Rekor), private and internal
 * ones with GitHub's instance (Fulcio + TSA, nothing in a public log). Explicit URLs serve GitHub Enterprise Server
 * and private deployments; they override the chosen instance's endpoints one by one.
 */
export function resolveSigstoreInstance(opts: {
  instance?: string;
  visibility?: string;
  serverUrl?: string;
  fulcioURL?: string;
  rekorURL?: string;
  tsaURL?: string;
}): SigstoreEndpoints {
  const instance = (opts.instance || 'auto') as SigstoreInstance;
  if (!SIGSTORE_INSTANCES.includes(instance))
    throw new ProvenantError(
      'INPUT_INVALID',
      `sigstore-instance: '${opts.instance}' is not one of ${SIGSTORE_INSTANCES.join(', ')}`,
    );
  const fulcioURL = url(opts.fulcioURL, 'fulcio-url');
  const rekorURL = url(opts.rekorURL, 'rekor-url');
  const tsaURL = url(opts.tsaURL, 'tsa-url');
  const anyUrl = !!(fulcioURL || rekorURL || tsaURL);
  if (instance === 'custom' || (instance === 'auto' && anyUrl)) {
    if (!fulcioURL) throw new ProvenantError('INPUT_INVALID', 'a custom Sigstore instance needs fulcio-url');
    if (!rekorURL && !tsaURL)
      throw new ProvenantError(
        'INPUT_INVALID',
        'a custom Sigstore instance needs rekor-url or tsa-url (a signing time must be witnessed)',
      );
    return { instance: 'custom', fulcioURL, rekorURL, tsaURL, reason: 'custom URLs' };
  }
  let chosen: 'public-good' | 'github';
  let reason: string;
  if (instance === 'auto') {
    const server = (opts.serverUrl || 'https://github.com').replace(/\/+$/, '');
    if (server !== 'https://github.com' && !/^https:\/\/[^/]+\.ghe\.com$/.test(server)) {
      throw new ProvenantError(
        'INPUT_INVALID',
        `GitHub Enterprise Server (${server}) has no default Sigstore instance: set fulcio-url and rekor-url or ` +
          `tsa-url to your deployment's`,
      );
    }
    chosen = opts.visibility === 'public' ? 'public-good' : 'github';
    reason = opts.visibility
      ? `the repository is ${opts.visibility}`
      : 'the repository visibility is unknown (treated as private)';
  } else {
    chosen = instance;
    reason = `sigstore-instance: ${instance}`;
  }
  const base =
    chosen === 'public-good' ? { ...PUBLIC_GOOD, tsaURL: undefined } : { ...GITHUB_INSTANCE, rekorURL: undefined };
  return {
    instance: chosen,
    fulcioURL: fulcioURL ?? base.fulcioURL,
    rekorURL: rekorURL ?? base.rekorURL,
    tsaURL: tsaURL ?? base.tsaURL,
    reason,
  };
}

export interface SigstoreSignerOptions {
  endpoints: SigstoreEndpoints;
  /** The OIDC identity token (audience `sigstore`). */
  identityToken: string;
  /** Per-request timeout (ms) for Fulcio, Rekor and the TSA. */
  timeoutMs?: number;
}

export type SigstoreSigner = AttestationSigner & { endpoints: SigstoreEndpoints; lastCertificate?: FulcioIdentity };

function describeSignError(e: unknown, ep: SigstoreEndpoints): ProvenantError {
  const err = e as { code?: string; message?: string; cause?: { message?: string } };
  const where = err.code?.startsWith('CA_')
    ? `Fulcio ${ep.fulcioURL}`
    : err.code?.startsWith('TLOG_')
      ? `Rekor ${ep.rekorURL}`
      : err.code?.startsWith('TSA_')
        ? `timestamp authority ${ep.tsaURL}`
        : 'Sigstore';
  const cause = err.cause?.message ? ` (${err.cause.message})` : '';
  return new ProvenantError(
    'SIGNING_FAILED',
    `keyless signing failed at ${where}: ${err.message ?? String(e)}${cause}`,
    { cause: e },
  );
}

export function createSigstoreSigner(opts: SigstoreSignerOptions): SigstoreSigner {
  const ep = opts.endpoints;
  const timeout = opts.timeoutMs ?? 30000;
  // Fulcio, Rekor and the TSA: the same bounded retries
  const retry = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4000 };
  // @sigstore/sign (with its HTTP stack) is loaded when something is signed, not when a command starts
  let builder: Promise<DSSEBundleBuilder> | undefined;
  const makeBuilder = async () => {
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await loadSign();
    const signer = new FulcioSigner({
      fulcioBaseURL: ep.fulcioURL,
      identityProvider: { getToken: async () => opts.identityToken },
      timeout,
      retry,
    });
    const witnesses: Witness[] = [];
    if (ep.rekorURL)
      witnesses.push(
        new RekorWitness({
          rekorBaseURL: ep.rekorURL,
          entryType: 'dsse',
          fetchOnConflict: true,
          timeout,
          retry,
        }),
      );
    if (ep.tsaURL)
      witnesses.push(
        new TSAWitness({
          tsaBaseURL: ep.tsaURL,
          timeout,
          retry,
        }),
      );
    return new DSSEBundleBuilder({ signer, witnesses });
  };
  const self: SigstoreSigner = {
    kind: 'sigstore',
    endpoints: ep,
    async sign(payload: Buffer, payloadType: string): Promise<SignedAttestation> {
      let bundle: Record<string, any>;
      try {
        builder ??= makeBuilder();
        bundle = bundleToJSON(await (await builder).create({ data: payload, type: payloadType })) as Record<
          string,
          any
        >;
      } catch (e) {
        throw describeSignError(e, ep);
      }
      const vm = bundle.verificationMaterial ?? {};
      const certB64: string | undefined =
        vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates?.[0]?.rawBytes;
      if (!certB64) throw new ProvenantError('SIGNING_FAILED', `Fulcio ${ep.fulcioURL} returned no certificate`);
      const id = fulcioIdentity(Buffer.from(certB64, 'base64'));
      self.lastCertificate = id;
      let timestamp: string | undefined;
      const ts = vm.timestampVerificationData?.rfc3161Timestamps?.[0]?.signedTimestamp;
      if (ts) {
        try {
          timestamp = RFC3161Timestamp.parse(Buffer.from(ts, 'base64')).signingTime.toISOString();
        } catch {
          timestamp = 'RFC 3161 timestamp (unparsed)';
        }
      }
      const env = bundle.dsseEnvelope as {
        payload: string;
        payloadType: string;
        signatures: Array<{ sig: string; keyid?: string }>;
      };
      const envelope: Envelope = {
        payload: env.payload,
        payloadType: env.payloadType,
        signatures: env.signatures.map((s) => ({ keyid: s.keyid ?? '', sig: s.sig })),
      };
      return {
        bundle,
        envelope,
        identity: {
          kind: 'sigstore',
          subject: id.san ?? '(no SAN)',
          issuer: id.issuer,
          tlogIndex: vm.tlogEntries?.[0]?.logIndex,
          timestamp,
          certificate: id,
        },
      };
    },
  };
  return self;
}

export interface KeylessSetup {
  signer: SigstoreSigner;
  /** The token's claims when it is a GitHub Actions token (they describe the run: the provenance follows them). */
  claims?: Record<string, string>;
  endpoints: SigstoreEndpoints;
}

/**
 * Keyless signing set-up from an identity token: the claims of a GitHub Actions token (issuer
 * token.actions.githubusercontent.com or a GHES/GHE.com issuer with job_workflow_ref) are returned for the provenance.
 * With a GitHub token the instance follows its signed repository_visibility claim only (never the event file, which a
 * re-run replays and a step can rewrite; a token without the claim counts as private); other tokens use
 * `opts.visibility`.
 */
export function keylessFromToken(
  token: string,
  claimsOf: (t: string) => Record<string, unknown>,
  opts: Parameters<typeof resolveSigstoreInstance>[0],
): KeylessSetup {
  const claims = githubRunClaims(claimsOf(token));
  const visibility = claims ? claims.repository_visibility : opts.visibility;
  const endpoints = resolveSigstoreInstance({ ...opts, visibility });
  return { signer: createSigstoreSigner({ endpoints, identityToken: token }), claims, endpoints };
}
