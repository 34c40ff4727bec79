/**
 * The adversarial suite's engine (issue 12, "your own adversarial suite"): seeds (corpus bundles with their trusted
 * roots, bundles signed here keyless on a local Sigstore, key-signed bundles and envelopes, unsigned Statements),
 * a seeded mutator whose every operator is classified, and the verdict of the functions `provenant verify` runs
 * (parseAttestations, memberPolicy, verifyAttestation, judgeArtifact: the body of verifyArtifacts without the file
 * system; a sample goes through verifyArtifacts itself, from a file, and must agree).
 *
 * Classes: `semantic` changes what was signed, who signed it, when, or what the policy checks: never accepted.
 * `strict` leaves the meaning but breaks a canonical form the verifier promises to enforce (finding 12: canonical
 * base64, no duplicate keys): never accepted either. `neutral` changes nothing a verdict rests on (whitespace or key
 * order outside the signed bytes, unauthenticated hints, evidence that another member still provides): may be
 * accepted. Whatever the class: no exception escapes, every failed check carries a `[CODE]`, and when Provenant
 * accepts a Sigstore bundle, @sigstore/verify with an independent copy of the same trusted root accepts it too and
 * names the same signer (differential).
 *
 * Used by test/verify/adversarial.test.ts (a few thousand mutations) and bench/adversarial.mjs (≥ 100,000).
 */
import { createHash, createPublicKey, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { ASN1Obj } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { ProvenantError } from '../../src/errors.js';
import { hashFiles } from '../../src/subjects/index.js';
import {
  judgeArtifact,
  loadTrust,
  memberPolicy,
  verifyArtifacts,
  verifyAttestation,
  type AttestationResult,
  type Policy,
  type Trust,
} from '../../src/verify/index.js';
import { parseAttestations, type LoadedAttestation } from '../../src/verify/load.js';
import { createKeySigner } from '../../src/signing/key-signer.js';
import { createSigstoreSigner } from '../../src/signing/sigstore.js';
import { CORPUS } from './paths.js';
import { rng } from './rng.js';
import { startSigstore, type SigstoreInstance } from './sigstore-servers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
export type MutationClass = 'semantic' | 'strict' | 'neutral';
export type Origin = 'corpus' | 'keyless-rekor' | 'keyless-tsa' | 'key-bundle' | 'key-envelope' | 'unsigned';

export interface Seed {
  id: string;
  origin: Origin;
  /** The file as written (bundle, envelope or Statement JSON). */
  text: string;
  trust: Trust;
  /** For verifyArtifacts: the same trust as paths. */
  trustedRoot?: string;
  keys: string[];
  /** The trusted root JSON and the trusted public keys, for the independent @sigstore/verify differential. */
  rootJson: Json;
  publicKeys: KeyObject[];
  policy: Policy;
  digest: Record<string, string>;
  data: Buffer;
  artifactPath: string;
  /** The level the unmutated seed reaches under its policy. */
  level: number;
  /** Other bundles of the same trust (certificates, log entries, timestamps, signatures to swap in). */
  donors: Json[];
  /** Bundles the attacker can make: their own certificate or key over the seed's claims (or a lie about them). */
  attackers: Array<{ what: string; text: string }>;
}

export interface Mutant {
  op: string;
  cls: MutationClass;
  bytes: Buffer;
}

// ------------------------------------------------------------------------------------------------ seeds: fresh

const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
const GH = 'https://token.actions.githubusercontent.com';
const BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const enc64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A GitHub Actions OIDC token (unsigned: the mock Fulcio does not check it). */
export function ghToken(o: { repo: string; ref?: string; workflow?: string; runner?: string; sha?: string }): string {
  const ref = o.ref ?? 'refs/tags/v1.2.3';
  const wf = `${o.repo}/.github/workflows/${o.workflow ?? 'release.yml'}@${ref}`;
  return `${enc64url({ alg: 'RS256' })}.${enc64url({
    iss: GH,
    aud: 'sigstore',
    sub: `repo:${o.repo}:ref:${ref}`,
    fulcio_san: `https://github.com/${wf}`,
    job_workflow_ref: wf,
    workflow_ref: wf,
    repository: o.repo,
    repository_owner: o.repo.split('/')[0],
    ref,
    sha: o.sha ?? SHA,
    event_name: 'push',
    runner_environment: o.runner ?? 'github-hosted',
    run_id: '1',
    run_attempt: '1',
  })}.c2ln`;
}

/** SLSA v1 provenance as GitHub's workflow build type writes it, for `repo` at `ref`. */
export function provenance(o: {
  repo: string;
  ref?: string;
  digest: Record<string, string>;
  name?: string;
  builderId?: string;
}): Buffer {
  const ref = o.ref ?? 'refs/tags/v1.2.3';
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: o.name ?? 'app.tgz', digest: o.digest }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: BUILD_TYPE,
          externalParameters: {
            workflow: { ref, repository: `https://github.com/${o.repo}`, path: '.github/workflows/release.yml' },
          },
          internalParameters: {
            github: {
              event_name: 'push',
              repository_id: '1',
              repository_owner_id: '2',
              runner_environment: 'github-hosted',
            },
          },
          resolvedDependencies: [{ uri: `git+https://github.com/${o.repo}@${ref}`, digest: { gitCommit: SHA } }],
        },
        runDetails: {
          builder: { id: o.builderId ?? `https://github.com/${o.repo}/.github/workflows/release.yml@${ref}` },
          metadata: { invocationId: `https://github.com/${o.repo}/actions/runs/1/attempts/1` },
        },
      },
    }),
  );
}

async function keyless(inst: SigstoreInstance, tok: string, payload: Buffer): Promise<Json> {
  const signer = createSigstoreSigner({
    endpoints: {
      instance: 'custom',
      fulcioURL: inst.fulcioURL,
      rekorURL: inst.rekorURL,
      tsaURL: inst.tsaURL,
      reason: 'test',
    },
    identityToken: tok,
  });
  return (await signer.sign(payload, 'application/vnd.in-toto+json')).bundle;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface FreshWorld {
  dir: string;
  seeds: Seed[];
  close(): Promise<void>;
}

/**
 * Starts a Rekor+TSA Sigstore and a TSA-only one (GitHub's private shape) on 127.0.0.1 and signs: the victim's
 * provenance (two artifacts each), the attacker's bundles (own repository over the victim's claims, a feature branch
 * claiming the release tag, a self-hosted runner, another workflow of the same repository); a key-signed bundle and
 * envelope as `provenant attest --key` writes them (and an untrusted key's); an unsigned Statement.
 */
export async function freshSeeds(): Promise<FreshWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'prov-adv-'));
  for (const d of ['full', 'tsa', 'keys']) mkdirSync(join(dir, d));
  const full = await startSigstore({ rekor: true, tsa: true, dir: join(dir, 'full') });
  const tsaOnly = await startSigstore({ rekor: false, tsa: true, dir: join(dir, 'tsa') });
  const seeds: Seed[] = [];
  const artifacts = [Buffer.from('release tarball'), Buffer.from('another release tarball')].map((data, i) => {
    const path = join(dir, `app${i}.tgz`);
    writeFileSync(path, data);
    return { data, path, digest: { sha256: sha256(data) } };
  });
  const victim = { repo: 'octo/app' };
  const certPolicy: Policy = {
    certIdentity: 'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    certOidcIssuer: GH,
    sourceRepo: 'octo/app',
    signerWorkflow: 'octo/app/.github/workflows/release.yml',
    sourceTag: 'v1.2.3',
    builderId: 'https://github.com/octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    buildTypes: [BUILD_TYPE],
    denySelfHostedRunners: true,
    requireIdentity: true,
    minLevel: 2,
  };
  for (const [origin, inst] of [
    ['keyless-rekor', full],
    ['keyless-tsa', tsaOnly],
  ] as const) {
    const trust = loadTrust({ trustedRoot: inst.trustedRootPath });
    const victims = await Promise.all(
      artifacts.map((a) => keyless(inst, ghToken(victim), provenance({ ...victim, digest: a.digest }))),
    );
    const claims = provenance({ ...victim, digest: artifacts[0].digest });
    const attackers = await Promise.all(
      [
        ["own repository over the victim's claims", keyless(inst, ghToken({ repo: 'evil/app' }), claims)],
        [
          'a feature branch claiming the release tag',
          keyless(inst, ghToken({ repo: 'octo/app', ref: 'refs/heads/feature' }), claims),
        ],
        ['a self-hosted runner', keyless(inst, ghToken({ repo: 'octo/app', runner: 'self-hosted' }), claims)],
        [
          'another workflow of the repository',
          keyless(inst, ghToken({ repo: 'octo/app', workflow: 'other.yml' }), claims),
        ],
        [
          'a run of another commit claiming the release commit',
          keyless(inst, ghToken({ repo: 'octo/app', sha: 'ab'.repeat(20) }), claims),
        ],
        [
          'own repository, own honest claims',
          keyless(inst, ghToken({ repo: 'evil/app' }), provenance({ repo: 'evil/app', digest: artifacts[0].digest })),
        ],
      ].map(async ([what, p]) => ({ what: what as string, text: JSON.stringify(await p) })),
    );
    artifacts.forEach((a, i) => {
      seeds.push({
        id: `${origin}#${i}`,
        origin,
        text: JSON.stringify(victims[i]),
        trust,
        trustedRoot: inst.trustedRootPath,
        keys: [],
        rootJson: inst.trustedRoot,
        publicKeys: [],
        policy: certPolicy,
        digest: a.digest,
        data: a.data,
        artifactPath: a.path,
        level: 2,
        donors: victims.filter((_, j) => j !== i),
        attackers: i === 0 ? attackers : [],
      });
    });
  }
  // key-signed: what `provenant attest --key` writes (a bundle v0.3 with publicKey{hint}, and the bare envelope)
  const pem = (k: KeyObject) => k.export({ type: 'pkcs8', format: 'pem' }) as string;
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signer = createKeySigner(pem(kp.privateKey), undefined, 'test key');
  const evil = createKeySigner(pem(other.privateKey), undefined, 'attacker key');
  const pubPath = join(dir, 'keys', 'release.pub');
  writeFileSync(pubPath, kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  const keyTrust = loadTrust({ keys: [pubPath] });
  const keyPolicy: Policy = {
    builderId: certPolicy.builderId,
    sourceUri: 'github.com/octo/app',
    sourceTag: 'v1.2.3',
    buildTypes: [BUILD_TYPE],
    minLevel: 1,
  };
  const signedKey = await Promise.all(
    artifacts.map((a) => signer.sign(provenance({ ...victim, digest: a.digest }), 'application/vnd.in-toto+json')),
  );
  const evilSigned = await evil.sign(
    provenance({ ...victim, digest: artifacts[0].digest }),
    'application/vnd.in-toto+json',
  );
  const publicGood = JSON.parse(readFileSync(join(CORPUS, 'trust/public-good/trusted_root.json'), 'utf8'));
  artifacts.forEach((a, i) => {
    const base = {
      trust: keyTrust,
      keys: [pubPath],
      rootJson: publicGood,
      publicKeys: [kp.publicKey],
      policy: keyPolicy,
      digest: a.digest,
      data: a.data,
      artifactPath: a.path,
      level: 1,
    };
    seeds.push({
      ...base,
      id: `key-bundle#${i}`,
      origin: 'key-bundle',
      text: JSON.stringify(signedKey[i].bundle),
      donors: signedKey.filter((_, j) => j !== i).map((s) => s.bundle),
      attackers: i === 0 ? [{ what: 'an untrusted key', text: JSON.stringify(evilSigned.bundle) }] : [],
    });
    seeds.push({
      ...base,
      id: `key-envelope#${i}`,
      origin: 'key-envelope',
      text: JSON.stringify(signedKey[i].envelope),
      donors: signedKey.filter((_, j) => j !== i).map((s) => s.envelope),
      attackers: i === 0 ? [{ what: 'an untrusted key', text: JSON.stringify(evilSigned.envelope) }] : [],
    });
  });
  // unsigned Statement (`attest --unsigned`), accepted only with allowUnsigned, at L1 at most
  seeds.push({
    id: 'unsigned#0',
    origin: 'unsigned',
    text: provenance({ ...victim, digest: artifacts[0].digest }).toString('utf8'),
    trust: loadTrust({}),
    keys: [],
    rootJson: publicGood,
    publicKeys: [],
    policy: { ...keyPolicy, allowUnsigned: true },
    digest: artifacts[0].digest,
    data: artifacts[0].data,
    artifactPath: artifacts[0].path,
    level: 1,
    donors: [],
    attackers: [],
  });
  return {
    dir,
    seeds,
    close: async () => {
      await Promise.all([full.close(), tsaOnly.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------------------------------------ seeds: corpus

interface Case {
  id: string;
  path: string;
  kind: string;
  expect: string;
  trustedRoot?: string | null;
  artifact?: string | null;
  verificationKey?: string;
  npmKeys?: string;
  offlineVerifiable?: boolean;
  container?: string;
  policyDependent?: boolean;
}
export const inCorpus = (p: string) => join(CORPUS, p.replace(/^public\//, ''));

export function corpusCases(): Case[] {
  return (JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as { cases: Case[] }).cases;
}

function publicKeysOf(paths: string[]): KeyObject[] {
  const out: KeyObject[] = [];
  for (const p of paths) {
    const text = readFileSync(p, 'utf8');
    if (text.includes('-----BEGIN')) {
      try {
        out.push(createPublicKey(text));
      } catch {
        /* not a PEM public key */
      }
    } else {
      try {
        for (const k of (JSON.parse(text) as { keys?: Array<{ publicKey?: { rawBytes?: string } }> }).keys ?? []) {
          if (k.publicKey?.rawBytes)
            out.push(
              createPublicKey({ key: Buffer.from(k.publicKey.rawBytes, 'base64'), format: 'der', type: 'spki' }),
            );
        }
      } catch {
        /* not keys.json */
      }
    }
  }
  return out;
}

/** The facts a verdict named, pinned as policy: who signed (SAN, issuer), builder, source and the level reached. */
function pinnedPolicy(r: AttestationResult): Policy[] {
  const id = r.signer?.identity;
  const pins: Policy = {
    certIdentity: id?.san,
    certOidcIssuer: id?.issuer,
    builderId: r.builderId,
    sourceUri: r.sourceRepo,
    minLevel: r.slsaLevel || undefined,
    requireIdentity: true,
  };
  if (!id?.san && !r.builderId && !r.sourceRepo) pins.insecureSkipIdentity = true;
  // the strongest set of pins the genuine bundle passes (npm CLI v0.2 builders and old extensions are matched differently)
  return [
    pins,
    { ...pins, sourceUri: undefined },
    { ...pins, builderId: undefined, sourceUri: undefined },
    { ...pins, builderId: undefined, sourceUri: undefined, minLevel: undefined },
  ];
}

/**
 * Every valid corpus Sigstore bundle (one JSON object; offline-verifiable; with its artifact and trusted root) as a
 * seed, with the strongest policy of its own facts it passes. Bundles of the same trusted root are each other's donors.
 */
export async function corpusSeeds(): Promise<{ seeds: Seed[]; skipped: string[] }> {
  const cases = corpusCases().filter(
    (c) =>
      c.kind === 'sigstore-bundle' &&
      c.expect === 'valid' &&
      c.offlineVerifiable !== false &&
      !c.container &&
      c.artifact &&
      c.trustedRoot,
  );
  const skipped: string[] = [];
  const seeds: Seed[] = [];
  const trusts = new Map<string, Trust>();
  for (const c of cases) {
    const keys = [c.verificationKey, c.npmKeys].filter((k): k is string => !!k).map(inCorpus);
    const root = inCorpus(c.trustedRoot!);
    const tkey = `${root}|${keys.join(',')}`;
    if (!trusts.has(tkey)) trusts.set(tkey, loadTrust({ trustedRoot: root, keys }));
    const trust = trusts.get(tkey)!;
    const text = readFileSync(inCorpus(c.path), 'utf8');
    try {
      JSON.parse(text);
    } catch {
      skipped.push(`${c.id}: not one JSON document`);
      continue;
    }
    const artifactPath = inCorpus(c.artifact!);
    const [digest] = await hashFiles([artifactPath], ['sha256', 'sha512']);
    const data = readFileSync(artifactPath);
    const seed: Seed = {
      id: c.id,
      origin: 'corpus',
      text,
      trust,
      trustedRoot: root,
      keys,
      rootJson: JSON.parse(readFileSync(root, 'utf8')),
      publicKeys: publicKeysOf(keys),
      policy: {},
      digest,
      data,
      artifactPath,
      level: 0,
      donors: [],
      attackers: [],
    };
    const open = judge(Buffer.from(text), { ...seed, policy: { insecureSkipIdentity: true, requireIdentity: true } });
    if (!open.verified || !open.best) {
      skipped.push(`${c.id}: does not verify unmutated (${open.failures.slice(0, 1).join('')})`);
      continue;
    }
    const policy = pinnedPolicy(open.best).find((p) => judge(Buffer.from(text), { ...seed, policy: p }).verified);
    if (!policy) {
      skipped.push(`${c.id}: fails its own pinned facts`);
      continue;
    }
    seed.policy = policy;
    seed.level = judge(Buffer.from(text), seed).level;
    seeds.push(seed);
  }
  // donors: other signing events under the same root (the same signature in another bundle version is the same evidence)
  const sigOf = (t: string) => {
    const j = JSON.parse(t);
    return j.dsseEnvelope?.signatures?.[0]?.sig ?? j.messageSignature?.signature;
  };
  for (const s of seeds)
    s.donors = seeds
      .filter((o) => o !== s && o.trustedRoot === s.trustedRoot && sigOf(o.text) !== sigOf(s.text))
      .map((o) => JSON.parse(o.text));
  return { seeds, skipped };
}

// ------------------------------------------------------------------------------------------------ verdict

export interface Verdict {
  verified: boolean;
  level: number;
  /** The attestation the verdict rests on (when verified). */
  best?: AttestationResult;
  bestAttestation?: LoadedAttestation;
  /** A ProvenantError code when the file did not load. */
  loadCode?: string;
  failures: string[];
  /** Some attestation's signature check passed (the policy or a later check refused it). */
  signatureOk: boolean;
  /** Failed checks without a [CODE], and exceptions that escaped (each is a crash). */
  crashes: string[];
  /** Failures with code INTERNAL (an unexpected exception, caught). */
  internal: string[];
}

/** The verdict of `provenant verify ARTIFACT --bundle FILE` on these bytes: the body of verifyArtifacts, in memory. */
export function judge(bytes: Buffer, seed: Seed): Verdict {
  const v: Verdict = { verified: false, level: 0, failures: [], signatureOk: false, crashes: [], internal: [] };
  let atts: LoadedAttestation[];
  try {
    atts = parseAttestations(bytes, 'mutant.json');
  } catch (e) {
    if (e instanceof ProvenantError) {
      v.loadCode = e.code;
      v.failures.push(`[${e.code}] ${e.message}`);
    } else v.crashes.push(`load threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
    return v;
  }
  try {
    const hasMessage = atts.some(
      (x) => x.kind === 'bundle' && (x.json as { messageSignature?: unknown }).messageSignature,
    );
    const target = { digest: seed.digest, data: hasMessage ? seed.data : undefined };
    const verdicts = atts.map((a) => verifyAttestation(a, seed.trust, memberPolicy(a, seed.policy), target));
    const res = judgeArtifact('artifact', seed.digest, atts, verdicts, [], seed.policy);
    v.verified = res.verified;
    v.level = res.slsaLevel;
    if (res.verified) {
      const i = verdicts.findIndex((r) => r.source === res.attestation && r.verified);
      v.best = verdicts[i];
      v.bestAttestation = atts[i];
    }
    for (const r of verdicts) {
      if (r.checks.some((c) => c.code === 'signature' && c.ok)) v.signatureOk = true;
      for (const c of r.checks) {
        if (c.ok) continue;
        if (!/^\[[A-Z_]+\] /.test(c.detail)) v.crashes.push(`uncoded check ${c.code}: ${c.detail.slice(0, 200)}`);
        else if (c.detail.startsWith('[INTERNAL]')) v.internal.push(c.detail.slice(0, 300));
        v.failures.push(c.detail);
      }
    }
  } catch (e) {
    v.crashes.push(`verify threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
  }
  return v;
}

/** The same bytes through verifyArtifacts itself (a file on disk, trust loaded from paths): the CLI's function. */
export async function judgeFromFile(
  bytes: Buffer,
  seed: Seed,
  dir: string,
): Promise<{ verified: boolean; level: number; code?: string; crash?: string }> {
  const f = join(dir, 'mutant.json');
  writeFileSync(f, bytes);
  try {
    const r = await verifyArtifacts({
      artifacts: [seed.artifactPath],
      bundles: [f],
      trustedRoot: seed.trustedRoot,
      keys: seed.keys,
      policy: seed.policy,
    });
    return { verified: r.verified, level: r.results[0]?.slsaLevel ?? 0 };
  } catch (e) {
    if (e instanceof ProvenantError) return { verified: false, level: 0, code: e.code };
    return { verified: false, level: 0, crash: (e as Error).stack?.split('\n').slice(0, 3).join(' ') };
  }
}

/** Whether some CA chain of the root ends at a certificate that is not self-issued. */
function endsAtIntermediate(rootJson: Json): boolean {
  return (rootJson.certificateAuthorities ?? []).some((ca: Json) => {
    const certs = ca.certChain?.certificates ?? [];
    if (!certs.length) return false;
    const last = new X509Certificate(Buffer.from(certs[certs.length - 1].rawBytes, 'base64'));
    return last.subject !== last.issuer;
  });
}

const differentialRoots = new WeakMap<object, ReturnType<typeof toTrustMaterial>>();

/**
 * @sigstore/verify on an accepted bundle, with its own copy of the trusted root (none of Provenant's trust objects):
 * a certificate needs a log entry when the root lists logs (a timestamp otherwise) and an SCT when it lists CT logs;
 * a key needs one of the seed's trusted keys. Returns null when it agrees (and names the same SAN), else why not.
 */
export function differential(att: LoadedAttestation, seed: Seed, best: AttestationResult): string | null {
  if (att.kind !== 'bundle') return null; // envelopes, Statements: no Sigstore bundle to compare
  // the same bundle (key order and whitespace aside) under the same seed gets the same answer: asked once
  const key = `${seed.id}\u0000${best.signer?.identity?.san}\u0000${JSON.stringify(sortKeys(att.json))}`;
  let answer = differentialCache.get(key);
  if (answer === undefined) {
    answer = differentialOnce(att, seed, best);
    if (differentialCache.size > 5000) differentialCache.clear();
    differentialCache.set(key, answer);
  }
  return answer;
}

const differentialCache = new Map<string, string | null>();
const sortKeys = (o: Json): Json =>
  Array.isArray(o)
    ? o.map(sortKeys)
    : o && typeof o === 'object'
      ? Object.fromEntries(
          Object.keys(o)
            .sort()
            .map((k) => [k, sortKeys(o[k])]),
        )
      : o;

function differentialOnce(att: LoadedAttestation, seed: Seed, best: AttestationResult): string | null {
  const json = att.json as Json;
  try {
    const bundle = bundleFromJSON(json);
    const keyBased = bundle.verificationMaterial.content.$case === 'publicKey';
    let material = keyBased ? undefined : differentialRoots.get(seed.rootJson);
    if (!material) {
      const keys = seed.publicKeys;
      material = toTrustMaterial(TrustedRoot.fromJSON(seed.rootJson), () => {
        if (!keys.length) throw new Error('no key');
        return { publicKey: keys[0], validFor: () => true };
      });
      if (!keyBased) differentialRoots.set(seed.rootJson, material);
    }
    const root = seed.rootJson as { tlogs?: unknown[]; ctlogs?: unknown[] };
    const options = keyBased
      ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }
      : {
          tlogThreshold: (root.tlogs ?? []).length ? 1 : 0,
          ctlogThreshold: (root.ctlogs ?? []).length ? 1 : 0,
          timestampThreshold: 1,
        };
    const entity = toSignedEntity(bundle, bundle.content.$case === 'messageSignature' ? seed.data : undefined);
    let signer: ReturnType<Verifier['verify']> | undefined;
    let lastErr: unknown;
    for (const k of keyBased ? seed.publicKeys : [undefined]) {
      const m = k
        ? toTrustMaterial(TrustedRoot.fromJSON(seed.rootJson), () => ({ publicKey: k, validFor: () => true }))
        : material;
      try {
        signer = new Verifier(m, options).verify(entity);
        break;
      } catch (e) {
        lastErr = e;
      }
    }
    if (!signer) {
      const msg = (lastErr as Error)?.message;
      // the one documented divergence: a root whose CA chain ends at an intermediate (GitHub's staging root) is
      // anchored there by Provenant (trust.ts shareChainWork; test/verify/certificate.test.ts), not by @sigstore/verify
      if (msg === 'Failed to verify certificate chain' && endsAtIntermediate(seed.rootJson))
        return `excused: ${msg} (root anchored at an intermediate)`;
      return `@sigstore/verify rejects what Provenant accepted: ${msg}`;
    }
    const san = best.signer?.identity?.san;
    if (!keyBased && san !== signer.identity?.subjectAlternativeName) {
      return `Provenant names signer '${san}', @sigstore/verify '${signer.identity?.subjectAlternativeName}'`;
    }
    return null;
  } catch (e) {
    return `@sigstore/verify rejects what Provenant accepted: ${(e as Error).message}`;
  }
}

// ------------------------------------------------------------------------------------------------ mutator

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
type Rnd = () => number;
const pick = <T>(r: Rnd, a: readonly T[]): T => a[Math.floor(r() * a.length)];
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Decodes, flips one random bit, re-encodes canonically: the bytes always differ. */
function flipBase64(s: string, r: Rnd): string {
  return flipAt(s, r).text;
}

function flipAt(s: string, r: Rnd): { text: string; at: number; byte: number } {
  const b = Buffer.from(s, 'base64');
  if (!b.length) return { text: `${s}A`, at: -1, byte: -1 };
  const i = Math.floor(r() * b.length);
  b[i] ^= 1 << Math.floor(r() * 8);
  return { text: b.toString('base64'), at: i, byte: b[i] };
}

/**
 * The offset of the value byte of an RFC 3161 token's SignedData.version (RFC 5652 says 3, GitHub's TSA writes 1;
 * both are accepted, so a flip from one to the other is neutral), or -1.
 */
function signedDataVersionOffset(der: Buffer): number {
  try {
    const sd = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>).subs[1].subs[1].subs[0];
    const sdDer = sd.toDER();
    return der.indexOf(sdDer) + sdDer.indexOf(sd.subs[0].toDER()) + 2;
  } catch {
    return -1;
  }
}

/** One character of a text changed (checkpoints, kinds, versions). */
function flipChar(s: string, r: Rnd): string {
  if (!s.length) return 'x';
  const i = Math.floor(r() * s.length);
  let c = s[i];
  while (c === s[i]) c = B64[Math.floor(r() * 64)];
  return s.slice(0, i) + c + s.slice(i + 1);
}

/** The base64 strings of a bundle, by role. */
function b64Fields(b: Json): Array<{ role: string; obj: Json; key: string }> {
  const out: Array<{ role: string; obj: Json; key: string }> = [];
  const add = (role: string, obj: Json, key: string) => {
    if (obj && typeof obj[key] === 'string' && obj[key].length) out.push({ role, obj, key });
  };
  add('payload', b.dsseEnvelope, 'payload');
  for (const s of b.dsseEnvelope?.signatures ?? []) add('signature', s, 'sig');
  add('message-digest', b.messageSignature?.messageDigest, 'digest');
  add('signature', b.messageSignature, 'signature');
  // bare envelope
  if (!b.mediaType && typeof b.payload === 'string') {
    add('payload', b, 'payload');
    for (const s of b.signatures ?? []) add('signature', s, 'sig');
  }
  const vm = b.verificationMaterial ?? {};
  add('certificate', vm.certificate, 'rawBytes');
  const chain = vm.x509CertificateChain?.certificates ?? [];
  if (chain[0]) add('certificate', chain[0], 'rawBytes');
  for (const c of chain.slice(1)) add('chain-ca', c, 'rawBytes');
  for (const e of vm.tlogEntries ?? []) {
    add('tlog-body', e, 'canonicalizedBody');
    add('tlog-set', e.inclusionPromise, 'signedEntryTimestamp');
    add('tlog-logid', e.logId, 'keyId');
    add('tlog-roothash', e.inclusionProof, 'rootHash');
    for (let i = 0; i < (e.inclusionProof?.hashes ?? []).length; i++)
      add('tlog-hashes', e.inclusionProof.hashes, String(i));
  }
  for (const t of vm.timestampVerificationData?.rfc3161Timestamps ?? []) add('timestamp', t, 'signedTimestamp');
  return out;
}

/** The in-toto Statement inside a bundle or envelope (and how to put a changed one back, signature untouched). */
function statementOf(doc: Json, origin: Origin): { st: Json; put: (st: Json) => void } | undefined {
  if (origin === 'unsigned') return { st: doc, put: () => undefined };
  const env = doc.dsseEnvelope ?? (typeof doc.payload === 'string' ? doc : undefined);
  if (!env) return undefined;
  try {
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'));
    if (!st || typeof st !== 'object') return undefined;
    return { st, put: (x: Json) => (env.payload = Buffer.from(JSON.stringify(x)).toString('base64')) };
  } catch {
    return undefined;
  }
}

/** Changes one claim of a Statement; false when it has no such claim. */
const CLAIMS: Record<string, (st: Json, r: Rnd) => boolean> = {
  'subject-digest': (st) => {
    const d = st.subject?.[0]?.digest;
    const alg = d && Object.keys(d)[0];
    if (!alg || typeof d[alg] !== 'string') return false;
    d[alg] = d[alg].replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a'));
    return true;
  },
  'subject-added': (st) => {
    if (!Array.isArray(st.subject)) return false;
    st.subject.push({ name: 'evil.tgz', digest: { sha256: 'ab'.repeat(32) } });
    return true;
  },
  'subject-name': (st) => {
    if (!st.subject?.[0]) return false;
    st.subject[0].name = `${st.subject[0].name ?? ''}-evil`;
    return true;
  },
  'builder-id': (st) => {
    const p = st.predicate ?? {};
    if (p.runDetails?.builder?.id)
      p.runDetails.builder.id = 'https://github.com/evil/app/.github/workflows/release.yml@refs/tags/v1.2.3';
    else if (p.builder?.id) p.builder.id = 'https://github.com/evil/app/.github/workflows/release.yml@refs/tags/v1.2.3';
    else return false;
    return true;
  },
  'source-repo': (st) => {
    const p = st.predicate ?? {};
    const wf = p.buildDefinition?.externalParameters?.workflow;
    if (wf?.repository) wf.repository = 'https://github.com/evil/app';
    else if (p.invocation?.configSource?.uri)
      p.invocation.configSource.uri = 'git+https://github.com/evil/app@refs/tags/v1.2.3';
    else return false;
    const dep = p.buildDefinition?.resolvedDependencies?.[0];
    if (dep?.uri) dep.uri = String(dep.uri).replace(/github\.com\/[^/@]+\/[^/@]+/, 'github.com/evil/app');
    return true;
  },
  ref: (st) => {
    const p = st.predicate ?? {};
    const wf = p.buildDefinition?.externalParameters?.workflow;
    if (wf?.ref) wf.ref = 'refs/heads/evil';
    else if (p.invocation?.configSource?.uri?.includes('@'))
      p.invocation.configSource.uri = p.invocation.configSource.uri.replace(/@.*$/, '@refs/heads/evil');
    else return false;
    return true;
  },
  commit: (st) => {
    const p = st.predicate ?? {};
    const d =
      p.buildDefinition?.resolvedDependencies?.[0]?.digest ??
      p.invocation?.configSource?.digest ??
      p.materials?.[0]?.digest;
    const alg = d && Object.keys(d)[0];
    if (!alg) return false;
    d[alg] = String(d[alg]).replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a'));
    return true;
  },
  'build-type': (st) => {
    const p = st.predicate ?? {};
    if (p.buildDefinition?.buildType) p.buildDefinition.buildType = 'https://evil.example/buildtype/v1';
    else if (p.buildType) p.buildType = 'https://evil.example/buildtype/v1';
    else return false;
    return true;
  },
  'runner-environment': (st) => {
    const g = st.predicate?.buildDefinition?.internalParameters?.github;
    if (!g?.runner_environment) return false;
    g.runner_environment = 'self-hosted';
    return true;
  },
  'predicate-type': (st) => {
    if (typeof st.predicateType !== 'string') return false;
    st.predicateType =
      st.predicateType === 'https://slsa.dev/provenance/v1'
        ? 'https://slsa.dev/provenance/v0.2'
        : 'https://slsa.dev/provenance/v1';
    return true;
  },
  'any-string': (st, r) => {
    const leaves: Array<[Json, string]> = [];
    const walk = (o: Json) => {
      if (!o || typeof o !== 'object') return;
      for (const k of Object.keys(o)) {
        if (typeof o[k] === 'string' && o[k].length) leaves.push([o, k]);
        else walk(o[k]);
      }
    };
    walk(st);
    if (!leaves.length) return false;
    const [o, k] = pick(r, leaves);
    o[k] = flipChar(o[k], r);
    return true;
  },
};

/** For an unsigned Statement only the claims its policy pins (and the subject digest) are semantic. */
const UNSIGNED_SEMANTIC = new Set([
  'subject-digest',
  'builder-id',
  'source-repo',
  'ref',
  'build-type',
  'predicate-type',
]);

/** JSON text with `key` (first occurrence) duplicated, the copy holding `value`. */
function duplicateKey(text: string, key: string, value: unknown): string | undefined {
  const m = new RegExp(`"${key}"\\s*:`).exec(text);
  if (!m) return undefined;
  return `${text.slice(0, m.index)}"${key}":${JSON.stringify(value)},${text.slice(m.index)}`;
}

function shuffleKeys(o: Json, r: Rnd): Json {
  if (Array.isArray(o)) return o.map((x) => shuffleKeys(x, r));
  if (!o || typeof o !== 'object') return o;
  const keys = Object.keys(o);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  const out: Json = {};
  for (const k of keys) out[k] = shuffleKeys(o[k], r);
  return out;
}

/** Every object in a document (for unknown fields). */
function objectsOf(o: Json, out: Json[] = []): Json[] {
  if (o && typeof o === 'object') {
    if (!Array.isArray(o)) out.push(o);
    for (const v of Object.values(o)) objectsOf(v, out);
  }
  return out;
}

interface Ctx {
  seed: Seed;
  doc: Json;
  r: Rnd;
  isBundle: boolean;
  keyBased: boolean;
  rootHasTlog: boolean;
}

type Op = (c: Ctx) => { cls: MutationClass; text: string; op?: string } | undefined;
const out = (doc: Json) => JSON.stringify(doc);

/**
 * The operators, by name. Each returns its class with the text, or undefined when it does not apply to the input.
 * The classification is the contract: read it next to the rule in the header.
 */
export const OPERATORS: Record<string, Op> = {
  // ---- bytes of signed material or of the evidence that binds it
  flip: ({ doc, r }) => {
    const fields = b64Fields(doc);
    if (!fields.length) return undefined;
    const f = pick(r, fields);
    const was = f.obj[f.key];
    const flipped = flipAt(was, r);
    f.obj[f.key] = flipped.text;
    // a CA certificate inside x509CertificateChain: the verifier takes the chain from the trusted root, so the
    // copy in the bundle is unauthenticated (neutral); everything else is signed bytes, a signature, or evidence
    const versionSwap =
      f.role === 'timestamp' &&
      [1, 3].includes(flipped.byte) &&
      flipped.at === signedDataVersionOffset(Buffer.from(was, 'base64'));
    const cls: MutationClass = f.role === 'chain-ca' || versionSwap ? 'neutral' : 'semantic';
    return { cls, text: out(doc), op: `flip:${f.role}${versionSwap ? '-version' : ''}` };
  },
  'tlog-number': ({ doc, r }) => {
    const e = doc.verificationMaterial?.tlogEntries?.[0];
    if (!e) return undefined;
    const targets: Array<[Json, string]> = [
      [e, 'logIndex'],
      [e, 'integratedTime'],
    ];
    if (e.inclusionProof) targets.push([e.inclusionProof, 'logIndex'], [e.inclusionProof, 'treeSize']);
    const [o, k] = pick(r, targets);
    if (o[k] === undefined) return undefined;
    const n = BigInt(o[k]) + (r() < 0.5 ? -1n : 1n);
    o[k] = String(n < 0n ? 1n : n);
    return { cls: 'semantic', text: out(doc), op: `tlog-number:${k === 'logIndex' && o !== e ? 'proof-logIndex' : k}` };
  },
  'tlog-text': ({ doc, r }) => {
    const e = doc.verificationMaterial?.tlogEntries?.[0];
    if (!e) return undefined;
    const targets: Array<[Json, string, string]> = [
      [e.kindVersion, 'kind', 'kind'],
      [e.kindVersion, 'version', 'version'],
    ];
    if (e.inclusionProof?.checkpoint?.envelope) targets.push([e.inclusionProof.checkpoint, 'envelope', 'checkpoint']);
    const [o, k, name] = pick(r, targets);
    if (typeof o?.[k] !== 'string') return undefined;
    o[k] =
      name === 'checkpoint'
        ? o[k].replace(/\n(\d+)\n/, (_: string, n: string) => `\n${Number(n) + 1}\n`)
        : flipChar(o[k], r);
    return { cls: 'semantic', text: out(doc), op: `tlog-text:${name}` };
  },
  // ---- the Statement's claims, re-encoded (the signature is left as it was)
  claim: ({ doc, r, seed }) => {
    const s = statementOf(doc, seed.origin);
    if (!s) return undefined;
    const name = pick(r, Object.keys(CLAIMS));
    if (!CLAIMS[name](s.st, r)) return undefined;
    s.put(s.st);
    const cls: MutationClass = seed.origin !== 'unsigned' || UNSIGNED_SEMANTIC.has(name) ? 'semantic' : 'neutral';
    return { cls, text: out(doc), op: `claim:${name}` };
  },
  'claim-reserialize': ({ doc, seed }) => {
    // the same Statement in other bytes (pretty-printed): the signature covers bytes, not meaning
    const s = statementOf(doc, seed.origin);
    if (!s || seed.origin === 'unsigned') return undefined;
    const env = doc.dsseEnvelope ?? doc;
    env.payload = Buffer.from(JSON.stringify(s.st, null, 1)).toString('base64');
    return { cls: 'semantic', text: out(doc) };
  },
  'payload-type': ({ doc }) => {
    const env = doc.dsseEnvelope ?? (typeof doc.payload === 'string' ? doc : undefined);
    if (!env) return undefined;
    env.payloadType = 'application/vnd.in-toto.evil+json';
    return { cls: 'semantic', text: out(doc) };
  },
  // ---- JSON structure
  drop: (c) => {
    const { doc, r, keyBased, rootHasTlog, seed } = c;
    const vm = doc.verificationMaterial;
    const e = vm?.tlogEntries?.[0];
    const env = doc.dsseEnvelope ?? (typeof doc.payload === 'string' ? doc : undefined);
    const hasTsa = (vm?.timestampVerificationData?.rfc3161Timestamps ?? []).length > 0;
    const targets: Array<[string, Json, string, MutationClass]> = [];
    const t = (name: string, o: Json, k: string, cls: MutationClass) => o && k in o && targets.push([name, o, k, cls]);
    if (seed.origin === 'unsigned') {
      t('_type', doc, '_type', 'semantic');
      t('subject', doc, 'subject', 'semantic');
      t('predicateType', doc, 'predicateType', 'semantic');
      t('builder', doc.predicate?.runDetails, 'builder', 'semantic');
      t('externalParameters', doc.predicate?.buildDefinition, 'externalParameters', 'semantic');
      t('buildType', doc.predicate?.buildDefinition, 'buildType', 'semantic');
      t('metadata', doc.predicate?.runDetails, 'metadata', 'neutral');
      t('resolvedDependencies', doc.predicate?.buildDefinition, 'resolvedDependencies', 'neutral');
    } else {
      t('payload', env, 'payload', 'semantic');
      t('payloadType', env, 'payloadType', 'semantic');
      t('signatures', env, 'signatures', 'semantic');
      t('sig', env?.signatures?.[0], 'sig', 'semantic');
      t('keyid', env?.signatures?.[0], 'keyid', 'neutral');
      t('mediaType', doc, 'mediaType', 'semantic');
      t('verificationMaterial', doc, 'verificationMaterial', 'semantic');
      t('certificate', vm, 'certificate', 'semantic');
      t('x509CertificateChain', vm, 'x509CertificateChain', 'semantic');
      t('publicKey', vm, 'publicKey', 'semantic');
      t('hint', vm?.publicKey, 'hint', 'neutral');
      // the root decides: a root with logs needs a log entry for a certificate; a key needs none
      t('tlogEntries', vm, 'tlogEntries', keyBased || !rootHasTlog ? 'neutral' : 'semantic');
      // a certificate needs a trusted time: the timestamp may go when a log entry with its promise gives one
      const promised = !!e?.inclusionPromise && rootHasTlog;
      t('timestampVerificationData', vm, 'timestampVerificationData', keyBased || promised ? 'neutral' : 'semantic');
      t(
        'rfc3161Timestamps',
        vm?.timestampVerificationData,
        'rfc3161Timestamps',
        keyBased || promised ? 'neutral' : 'semantic',
      );
      t(
        'inclusionPromise',
        e,
        'inclusionPromise',
        e?.inclusionProof?.checkpoint && (hasTsa || keyBased) ? 'neutral' : 'semantic',
      );
      t('inclusionProof', e, 'inclusionProof', e?.inclusionPromise ? 'neutral' : 'semantic');
      t('checkpoint', e?.inclusionProof, 'checkpoint', e?.inclusionPromise ? 'neutral' : 'semantic');
      t('canonicalizedBody', e, 'canonicalizedBody', 'semantic');
      // "0" is proto3's default (a Rekor v2 entry's): dropping it changes nothing
      t('integratedTime', e, 'integratedTime', String(e?.integratedTime) === '0' ? 'neutral' : 'semantic');
      t('logId', e, 'logId', 'semantic');
      t('kindVersion', e, 'kindVersion', 'semantic');
      t('messageDigest', doc.messageSignature, 'messageDigest', 'semantic');
    }
    if (!targets.length) return undefined;
    const [name, o, k, cls] = pick(r, targets);
    if (Array.isArray(o)) o.splice(Number(k), 1);
    else delete o[k];
    return { cls, text: out(doc), op: `drop:${name}` };
  },
  duplicate: ({ doc, r, seed }) => {
    // a second copy of a key with another value: readers that take the first and readers that take the last differ
    const fields = seed.origin === 'unsigned' ? [] : b64Fields(doc).filter((f) => !/^\d+$/.test(f.key));
    const text = out(doc);
    if (seed.origin === 'unsigned') {
      const t = duplicateKey(text, 'predicateType', 'https://evil.example/v1');
      return t ? { cls: 'semantic', text: t, op: 'duplicate:predicateType' } : undefined;
    }
    if (!fields.length) return undefined;
    const f = pick(r, fields);
    const t = duplicateKey(text, f.key, flipBase64(f.obj[f.key], r));
    return t ? { cls: 'strict', text: t, op: `duplicate:${f.key}` } : undefined;
  },
  retype: ({ doc, r, seed }) => {
    const fields =
      seed.origin === 'unsigned'
        ? [
            { role: 'subject', obj: doc, key: 'subject' },
            { role: 'predicate', obj: doc, key: 'predicate' },
            { role: '_type', obj: doc, key: '_type' },
          ]
        : [
            ...b64Fields(doc).filter((f) => f.role !== 'chain-ca'),
            { role: 'mediaType', obj: doc, key: 'mediaType' },
          ].filter((f) => f.obj?.[f.key] !== undefined);
    if (!fields.length) return undefined;
    const f = pick(r, fields);
    const was = f.obj[f.key];
    const v = pick(r, [12345, true, null, [], {}, ['x'], 1e308, '', { rawBytes: was }]);
    if (JSON.stringify(v) === JSON.stringify(was)) return undefined;
    f.obj[f.key] = v;
    return { cls: 'semantic', text: out(doc), op: `retype:${f.role}` };
  },
  'unknown-field': ({ doc, r }) => {
    const o = pick(r, objectsOf(doc));
    o[pick(r, ['x-extra', 'comment', 'verified', 'trusted'])] = pick(r, [1, 'yes', true, { a: 1 }]);
    return { cls: 'neutral', text: out(doc) };
  },
  reorder: ({ doc, r }) => ({ cls: 'neutral', text: out(shuffleKeys(doc, r)) }),
  whitespace: ({ doc, r }) => {
    const t = JSON.stringify(doc, null, pick(r, [1, 2, 4, '\t']));
    return { cls: 'neutral', text: r() < 0.5 ? `\n  ${t}\n\n` : t.replace(/,/g, ' ,\r\n') };
  },
  // ---- verification material: ambiguity and substitution
  'cert-and-chain': ({ doc, r, seed }) => {
    const vm = doc.verificationMaterial;
    const leaf = vm?.certificate?.rawBytes ?? vm?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (!leaf) return undefined;
    const donorLeaves = [...seed.donors, ...seed.attackers.map((a) => JSON.parse(a.text))]
      .map(
        (d) =>
          d.verificationMaterial?.certificate?.rawBytes ??
          d.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes,
      )
      .filter(Boolean);
    const other = donorLeaves.length && r() < 0.7 ? pick(r, donorLeaves) : leaf;
    if (vm.certificate) vm.x509CertificateChain = { certificates: [{ rawBytes: other }] };
    else vm.certificate = { rawBytes: other };
    return { cls: 'semantic', text: out(doc), op: `cert-and-chain:${other === leaf ? 'same-leaf' : 'other-leaf'}` };
  },
  'add-public-key': ({ doc, keyBased }) => {
    const vm = doc.verificationMaterial;
    if (!vm || keyBased) return undefined;
    vm.publicKey = { hint: 'release' };
    return { cls: 'semantic', text: out(doc) };
  },
  'add-message-signature': ({ doc }) => {
    if (!doc.dsseEnvelope) return undefined;
    doc.messageSignature = {
      messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') },
      signature: 'AAAA',
    };
    return { cls: 'semantic', text: out(doc) };
  },
  'strip-tlog': ({ doc, keyBased, rootHasTlog }) => {
    const vm = doc.verificationMaterial;
    if (!vm?.tlogEntries?.length) return undefined;
    vm.tlogEntries = [];
    return { cls: keyBased || !rootHasTlog ? 'neutral' : 'semantic', text: out(doc) };
  },
  'strip-time': ({ doc, keyBased }) => {
    const vm = doc.verificationMaterial;
    if (!vm || keyBased || (!vm.tlogEntries?.length && !vm.timestampVerificationData)) return undefined;
    vm.tlogEntries = [];
    delete vm.timestampVerificationData;
    return { cls: 'semantic', text: out(doc) };
  },
  swap: ({ doc, r, seed }) => {
    const donors = seed.donors.filter((d) => d.verificationMaterial && doc.verificationMaterial);
    if (!donors.length) {
      // bare envelopes: another envelope's signature over this payload
      const d = seed.donors.find((x) => typeof x.payload === 'string');
      if (!d || !Array.isArray(doc.signatures)) return undefined;
      doc.signatures = clone(d.signatures);
      return { cls: 'semantic', text: out(doc), op: 'swap:signature' };
    }
    const d = clone(pick(r, donors));
    const vm = doc.verificationMaterial;
    const choices: Array<[string, () => boolean]> = [
      [
        'certificate',
        () => {
          const leaf = d.verificationMaterial.certificate ?? d.verificationMaterial.x509CertificateChain;
          if (!leaf || (!vm.certificate && !vm.x509CertificateChain)) return false;
          delete vm.certificate;
          delete vm.x509CertificateChain;
          Object.assign(
            vm,
            d.verificationMaterial.certificate ? { certificate: leaf } : { x509CertificateChain: leaf },
          );
          return true;
        },
      ],
      [
        'tlog',
        () => !!d.verificationMaterial.tlogEntries?.length && !!(vm.tlogEntries = d.verificationMaterial.tlogEntries),
      ],
      [
        'timestamp',
        () =>
          !!d.verificationMaterial.timestampVerificationData?.rfc3161Timestamps?.length &&
          !!(vm.timestampVerificationData = d.verificationMaterial.timestampVerificationData),
      ],
      [
        'signature',
        () => !!(doc.dsseEnvelope && d.dsseEnvelope) && !!(doc.dsseEnvelope.signatures = d.dsseEnvelope.signatures),
      ],
      [
        'payload',
        () => !!(doc.dsseEnvelope && d.dsseEnvelope) && !!(doc.dsseEnvelope.payload = d.dsseEnvelope.payload),
      ],
      ['verificationMaterial', () => !!(doc.verificationMaterial = d.verificationMaterial)],
    ];
    const [name, f] = pick(r, choices);
    if (!f()) return undefined;
    // a timestamp of another signature, or a log entry of another bundle, says nothing about this one
    if (JSON.stringify(doc) === out(JSON.parse(seed.text))) return undefined;
    return { cls: 'semantic', text: out(doc), op: `swap:${name}` };
  },
  attacker: ({ r, seed }) => {
    if (!seed.attackers.length) return undefined;
    const a = pick(r, seed.attackers);
    return { cls: 'semantic', text: a.text, op: `attacker:${a.what}` };
  },
  'extract-envelope': ({ doc, keyBased }) => {
    // the envelope without its verification material (a certificate's signature cannot be verified without it)
    if (!doc.dsseEnvelope) return undefined;
    return { cls: keyBased ? 'neutral' : 'semantic', text: out(doc.dsseEnvelope) };
  },
  'extract-statement': ({ doc, seed }) => {
    // the signed Statement as an unsigned one: the policy does not allow unsigned Statements
    const s = seed.origin === 'unsigned' ? undefined : statementOf(doc, seed.origin);
    return s ? { cls: 'semantic', text: out(s.st) } : undefined;
  },
  // ---- base64 forms (finding 12: canonical only)
  base64: ({ doc, r }) => {
    const fields = b64Fields(doc).filter((f) => f.role !== 'chain-ca' && !/^\d+$/.test(f.key));
    if (!fields.length) return undefined;
    const f = pick(r, fields);
    const s: string = f.obj[f.key];
    const forms: Array<[string, (x: string) => string]> = [
      ['url-alphabet', (x) => x.replace(/\+/g, '-').replace(/\//g, '_')],
      ['no-padding', (x) => x.replace(/=+$/, '')],
      ['newlines', (x) => x.replace(/(.{60})/g, '$1\n')],
      ['inner-space', (x) => `${x.slice(0, 8)} ${x.slice(8)}`],
      ['junk-after-padding', (x) => (x.endsWith('=') ? `${x}AAAA` : `${x}=`)],
      [
        'padding-bits',
        (x) => {
          // a set bit in the unused low bits of the last character: decodes to the same bytes
          const pad = /=+$/.exec(x)?.[0].length ?? 0;
          if (!pad) return x;
          const i = x.length - pad - 1;
          const v = B64.indexOf(x[i]);
          return x.slice(0, i) + B64[v | (pad === 1 ? 1 : 3)] + x.slice(i + 1);
        },
      ],
    ];
    const [name, fn] = pick(r, forms);
    const t = fn(s);
    if (t === s) return undefined;
    f.obj[f.key] = t;
    // a bare DSSE envelope: the DSSE spec allows standard or URL-safe base64, padded or not (src/intoto/dsse.ts
    // decodes either); the same bytes in another allowed form are neutral. A bundle's fields are canonical only.
    const allowed = !doc.mediaType && ['url-alphabet', 'no-padding', 'padding-bits'].includes(name);
    return { cls: allowed ? 'neutral' : 'strict', text: out(doc), op: `base64:${name}:${f.role}` };
  },
  // ---- parser tricks (from the first mutation test): prototype keys with a broken signature, numbers out of range
  proto: ({ doc, r }) => {
    const fields = b64Fields(doc).filter((f) => f.role === 'signature' || f.role === 'payload');
    const text = (d: Json) =>
      out(d).replace(
        /^\{/,
        '{"__proto__":{"verified":true,"slsaLevel":3,"mediaType":"x"},"constructor":{"prototype":{"verified":true}},',
      );
    if (!fields.length) return { cls: 'semantic', text: text({ ...doc, _type: 'evil' }), op: 'proto:statement' };
    const f = pick(r, fields);
    f.obj[f.key] = flipBase64(f.obj[f.key], r);
    return { cls: 'semantic', text: text(doc), op: `proto:${f.role}` };
  },
  'huge-number': ({ doc, r }) => {
    const e = doc.verificationMaterial?.tlogEntries?.[0];
    if (!e) return undefined;
    const t = out(doc);
    const k = pick(r, ['integratedTime', 'logIndex', 'treeSize']);
    const v = pick(r, ['1e400', '99999999999999999999999999', '-1', '1.5', '"0x10"']);
    const m = t.replace(new RegExp(`"${k}":"?[0-9]+"?`), `"${k}":${v}`);
    return m === t ? undefined : { cls: 'semantic', text: m, op: `huge-number:${k}` };
  },
  truncate: ({ seed, r }) => {
    const t = seed.text;
    const end = t.lastIndexOf('}');
    return { cls: 'semantic', text: t.slice(0, Math.floor(r() * end)) };
  },
};

/**
 * Wraps a mutant in a container (the verdict must be the same policy's): npm document, JSON Lines, array, object.
 * The mutant's text goes in as it is (never re-parsed: a duplicated key must survive the wrapping).
 */
function wrap(
  text: string,
  cls: MutationClass,
  seed: Seed,
  r: Rnd,
  second: () => string,
): { name: string; text: string } | undefined {
  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const kind = pick(r, ['npm', 'npm', 'jsonl', 'array', 'nested']);
  if (kind === 'npm') {
    if (!doc?.mediaType) return undefined;
    return {
      name: 'npm-document',
      text: `{"attestations":[{"predicateType":"https://slsa.dev/provenance/v1","bundle":${text}}]}`,
    };
  }
  if (kind === 'jsonl') {
    // with a second line that cannot pass either: an unmutated copy would be a legitimate acceptance
    const other = cls === 'neutral' ? JSON.stringify(JSON.parse(seed.text)) : second();
    if (/[\r\n]/.test(text) || /[\r\n]/.test(other)) return undefined; // one document per line
    try {
      JSON.parse(other);
    } catch {
      return undefined; // a truncated second line: the file would not be JSON Lines
    }
    return { name: 'jsonl', text: `${text}\n${other}\n` };
  }
  if (kind === 'array') return { name: 'array', text: `[${text}]` };
  return { name: 'nested', text: `{"bundle":${text}}` };
}

const NAMES = Object.keys(OPERATORS);

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}

/** One mutant of the seed: an operator that applies, then (one time in six) a container around it. */
export function mutate(seed: Seed, r: Rnd): Mutant {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = pick(r, NAMES);
    const doc = JSON.parse(seed.text);
    const vm = doc.verificationMaterial;
    const ctx: Ctx = {
      seed,
      doc,
      r,
      isBundle: !!doc.mediaType,
      keyBased: seed.origin.startsWith('key') || !!vm?.publicKey,
      rootHasTlog: ((seed.rootJson as { tlogs?: unknown[] }).tlogs ?? []).length > 0,
    };
    const m = OPERATORS[name](ctx);
    if (!m || m.text === seed.text) continue;
    // an operator that found nothing to change re-serializes the document: not a mutation of its class
    // (a duplicated key is invisible to JSON.parse, which keeps the last copy: that operator is exempt)
    if (m.cls !== 'neutral' && name !== 'duplicate' && sameJson(m.text, seed.text)) continue;
    let op = m.op ?? name;
    let text = m.text;
    if (r() < 1 / 6) {
      const w = wrap(text, m.cls, seed, r, () => {
        for (;;) {
          const again = mutate(seed, r);
          if (again.cls !== 'neutral') return again.bytes.toString('utf8');
        }
      });
      if (w) {
        op = `${op}+${w.name}`;
        text = w.text;
      }
    }
    return { op, cls: m.cls, bytes: Buffer.from(text) };
  }
  return { op: 'truncate', cls: 'semantic', bytes: Buffer.from(seed.text.slice(0, seed.text.length >> 1)) };
}

// ------------------------------------------------------------------------------------------------ campaign

export interface Stats {
  mutations: number;
  seeds: number;
  acceptedSemantic: string[];
  acceptedStrict: string[];
  acceptedNeutral: number;
  rejectedNeutral: number;
  rejectedByCode: Record<string, number>;
  crashes: string[];
  internal: string[];
  differential: string[];
  /** Differential disagreements that are the documented divergence (an intermediate anchor). */
  differentialExcused: number;
  /** Seconds in the in-memory verdicts, in verifyArtifacts from files, in the differential. */
  seconds: { judge: number; file: number; differential: number };
  /** verifyArtifacts (from a file) disagreed with the in-memory verdict. */
  disagreements: string[];
  fromFile: number;
  byOperator: Record<string, { n: number; accepted: number; cls: MutationClass }>;
}

function firstCode(v: Verdict): string {
  if (v.loadCode) return v.loadCode;
  const m = v.failures.map((f) => /^\[([A-Z_]+)\]/.exec(f)?.[1]).find(Boolean);
  return m ?? 'NONE';
}

/**
 * Runs `n` mutations round-robin over the seeds with the PRNG seeded by `seedValue`. Every `fileEvery`-th mutation
 * and every accepted one (up to `maxFile`) also goes through verifyArtifacts from a file in `dir`.
 */
export async function campaign(
  seeds: Seed[],
  n: number,
  seedValue: number,
  opts: { dir: string; fileEvery?: number; maxFile?: number; progress?: (i: number, s: Stats) => void },
): Promise<Stats> {
  const r = rng(seedValue);
  const s: Stats = {
    mutations: 0,
    seeds: seeds.length,
    acceptedSemantic: [],
    acceptedStrict: [],
    acceptedNeutral: 0,
    rejectedNeutral: 0,
    rejectedByCode: {},
    crashes: [],
    internal: [],
    differential: [],
    differentialExcused: 0,
    disagreements: [],
    fromFile: 0,
    byOperator: {},
    seconds: { judge: 0, file: 0, differential: 0 },
  };
  const now = () => performance.now() / 1000;
  const fileEvery = opts.fileEvery ?? 50;
  const maxFile = opts.maxFile ?? 2000;
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length];
    const m = mutate(seed, r);
    let t = now();
    const v = judge(m.bytes, seed);
    s.seconds.judge += now() - t;
    s.mutations++;
    const opName = m.op.split('+')[0].replace(/:.*$/, (x) => (/^:(own|a |another|an )/.test(x) ? '' : x));
    const bo = (s.byOperator[`${opName} ${m.cls}`] ??= { n: 0, accepted: 0, cls: m.cls });
    bo.n++;
    const where = `seed ${seedValue} #${i} ${seed.id} ${m.op}`;
    for (const c of v.crashes) s.crashes.push(`${where}: ${c}`);
    for (const c of v.internal) s.internal.push(`${where}: ${c}`);
    if (v.verified) {
      bo.accepted++;
      if (m.cls === 'semantic') s.acceptedSemantic.push(`${where} (L${v.level})`);
      else if (m.cls === 'strict') s.acceptedStrict.push(`${where} (L${v.level})`);
      else s.acceptedNeutral++;
      if (v.best && v.bestAttestation) {
        t = now();
        const d = differential(v.bestAttestation, seed, v.best);
        s.seconds.differential += now() - t;
        if (d?.startsWith('excused:')) s.differentialExcused++;
        else if (d) s.differential.push(`${where}: ${d}`);
      }
    } else {
      if (m.cls === 'neutral') s.rejectedNeutral++;
      const code = firstCode(v);
      s.rejectedByCode[code] = (s.rejectedByCode[code] ?? 0) + 1;
    }
    if ((i % fileEvery === 0 || v.verified) && s.fromFile < maxFile) {
      s.fromFile++;
      t = now();
      const f = await judgeFromFile(m.bytes, seed, opts.dir);
      s.seconds.file += now() - t;
      if (f.crash) s.crashes.push(`${where}: verifyArtifacts threw ${f.crash}`);
      if (f.verified !== v.verified || (f.verified && f.level !== v.level)) {
        s.disagreements.push(
          `${where}: in memory ${v.verified} L${v.level}, verifyArtifacts ${f.verified} L${f.level} ${f.code ?? ''}`,
        );
      }
    }
    opts.progress?.(i, s);
  }
  return s;
}

/** The baseline: every seed verifies unmutated under its policy, and @sigstore/verify agrees. */
export function baseline(seeds: Seed[]): string[] {
  const problems: string[] = [];
  for (const seed of seeds) {
    const v = judge(Buffer.from(seed.text), seed);
    if (!v.verified || v.level !== seed.level)
      problems.push(`${seed.id}: unmutated ${v.verified} L${v.level} (want L${seed.level}): ${v.failures.join(' | ')}`);
    else if (v.best && v.bestAttestation) {
      const d = differential(v.bestAttestation, seed, v.best);
      if (d && !d.startsWith('excused:')) problems.push(`${seed.id}: ${d}`);
    }
  }
  return problems;
}
