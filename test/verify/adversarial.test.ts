/**
 * The adversarial suite (issue 12): a seeded mutator over the corpus bundles (with their trusted roots) and over
 * bundles signed here (keyless on a local Rekor+TSA Sigstore and on a TSA-only one, key-signed bundles and envelopes
 * as `attest --key` writes them, an unsigned Statement), each verified with a policy that pins its identity, source,
 * builder and level. The rule: a semantic or strict mutation is never accepted, nothing crashes, every failure has
 * a [CODE], and what Provenant accepts @sigstore/verify accepts too (same signer). Operators and classes:
 * test/support/adversarial.ts. ≥ 100,000 mutations: `npm run bench -- adversarial`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OPERATORS,
  baseline,
  campaign,
  corpusCases,
  inCorpus,
  corpusSeeds,
  differential,
  freshSeeds,
  judge,
  type FreshWorld,
  type Seed,
} from '../support/adversarial.js';
import { ASN1Obj } from '@sigstore/core';
import { loadTrust, type Policy } from '../../src/verify/index.js';
import { rng } from '../support/rng.js';
import { ensureBuilt, runCli } from '../support/runner.js';
import { mutate } from '../support/adversarial.js';

const N = Number(process.env.ADVERSARIAL_MUTATIONS ?? 2500);
const SEED = Number(process.env.ADVERSARIAL_SEED ?? 20261201);

let world: FreshWorld;
let corpus: Seed[];
let skipped: string[];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prov-adv-file-'));
  world = await freshSeeds();
  ({ seeds: corpus, skipped } = await corpusSeeds());
}, 120000);
afterAll(async () => {
  await world?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('adversarial suite: seeds', () => {
  test('every seed verifies unmutated under its pinned policy, and @sigstore/verify agrees', () => {
    // eslint-disable-next-line no-console
    console.log(
      `seeds: ${corpus.length} corpus, ${world.seeds.length} fresh; corpus skipped:\n  ${skipped.join('\n  ')}`,
    );
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(new Set(world.seeds.map((s) => s.origin))).toEqual(
      new Set(['keyless-rekor', 'keyless-tsa', 'key-bundle', 'key-envelope', 'unsigned']),
    );
    expect(baseline([...corpus, ...world.seeds])).toEqual([]);
    // the pins are real: every fresh keyless seed is held to identity, source, workflow, builder and L2
    for (const s of world.seeds.filter((x) => x.origin.startsWith('keyless'))) {
      expect(s.policy).toMatchObject({
        certIdentity: expect.any(String),
        sourceRepo: 'octo/app',
        signerWorkflow: expect.any(String),
        minLevel: 2,
      });
    }
  });

  test("every attacker bundle is validly signed, and refused under the victim's policy (identity, repository, ref, commit, workflow, runner)", () => {
    const withAttackers = world.seeds.filter((s) => s.attackers.length);
    expect(withAttackers.length).toBeGreaterThanOrEqual(4);
    // who the attacker can be: each one has its own reason to fail
    const reasons: Record<string, RegExp> = {
      "own repository over the victim's claims": /\[(IDENTITY_MISMATCH|BINDING_MISMATCH)\]/,
      'a feature branch claiming the release tag': /\[(IDENTITY_MISMATCH|BINDING_MISMATCH)\].*refs\/heads\/feature/,
      'a self-hosted runner': /\[(IDENTITY_MISMATCH|POLICY_MISMATCH)\].*self-hosted/,
      'another workflow of the repository': /\[(IDENTITY_MISMATCH|BINDING_MISMATCH)\].*other\.yml/,
      'a run of another commit claiming the release commit': /\[BINDING_MISMATCH\] .*commit/,
      'own repository, own honest claims': /\[(IDENTITY_MISMATCH|POLICY_MISMATCH)\]/,
      'an untrusted key': /\[(KEY_UNTRUSTED|SIGNATURE_INVALID)\]/,
    };
    for (const s of withAttackers) {
      for (const a of s.attackers) {
        const v = judge(Buffer.from(a.text), s);
        expect([s.id, a.what, v.verified]).toEqual([s.id, a.what, false]);
        expect([a.what, v.failures.join(' ')]).toEqual([a.what, expect.stringMatching(reasons[a.what])]);
        // control: the signature itself holds (it is the policy or the binding that refuses it), except the key's
        expect([a.what, v.signatureOk]).toEqual([a.what, a.what !== 'an untrusted key']);
      }
    }
  });
});

describe('adversarial suite: differential against @sigstore/verify on every corpus bundle', () => {
  test('no corpus bundle (valid or invalid) that Provenant accepts is refused by @sigstore/verify', () => {
    const cases = corpusCases().filter(
      (c) => c.kind === 'sigstore-bundle' && c.trustedRoot && c.offlineVerifiable !== false && !c.container,
    );
    const checked: string[] = [];
    const problems: string[] = [];
    const excused: string[] = [];
    const trusts = new Map<string, ReturnType<typeof loadTrust>>();
    for (const c of cases) {
      const root = inCorpus(c.trustedRoot!);
      const keys = [c.verificationKey, c.npmKeys].filter((k): k is string => !!k).map(inCorpus);
      if (!trusts.has(root + keys.join())) {
        try {
          trusts.set(root + keys.join(), loadTrust({ trustedRoot: root, keys }));
        } catch (e) {
          // a root Provenant refuses accepts nothing
          expect((e as { code?: string }).code).toBe('TRUST_ROOT_INVALID');
          continue;
        }
      }
      const seed =
        corpus.find((s) => s.id === c.id) ??
        ({
          id: c.id,
          origin: 'corpus',
          text: '',
          trust: trusts.get(root + keys.join())!,
          keys,
          rootJson: JSON.parse(readFileSync(root, 'utf8')),
          publicKeys: [],
          policy: { insecureSkipIdentity: true, requireIdentity: true, noSubjectCheck: true },
          digest: {},
          data: Buffer.alloc(0),
          artifactPath: '',
          level: 0,
          donors: [],
          attackers: [],
        } as Seed);
      const text = readFileSync(inCorpus(c.path));
      const v = judge(text, seed);
      expect(v.crashes).toEqual([]);
      if (v.verified && v.best && v.bestAttestation) {
        checked.push(c.id);
        const d = differential(v.bestAttestation, seed, v.best);
        if (d?.startsWith('excused:')) excused.push(c.id);
        else if (d) problems.push(`${c.id}: ${d}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(15);
    expect(problems).toEqual([]);
    // the documented divergence: GitHub's staging root ends its CA chain at an intermediate, which Provenant anchors
    expect(excused).toEqual(['sgo-github-staging-sigstorejs-1.3.0']);
  });
});

describe('adversarial suite: mutations', () => {
  test(`${N} seeded mutations (seed ${SEED}): no semantic or strict mutation accepted, no crash, every failure coded`, async () => {
    const seeds = [...corpus, ...world.seeds];
    const t0 = Date.now();
    const s = await campaign(seeds, N, SEED, { dir, fileEvery: 25, maxFile: 100 });
    const rejected = Object.values(s.rejectedByCode).reduce((a, b) => a + b, 0);
    // eslint-disable-next-line no-console
    console.log(
      `adversarial: ${s.mutations} mutations over ${s.seeds} seeds in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
        `accepted-semantic ${s.acceptedSemantic.length}, accepted-strict ${s.acceptedStrict.length}, accepted-neutral ${s.acceptedNeutral}, ` +
        `rejected ${rejected} ${JSON.stringify(s.rejectedByCode)}, crashes ${s.crashes.length}, internal ${s.internal.length}, ` +
        `differential ${s.differential.length} (excused ${s.differentialExcused}), seconds ${JSON.stringify(s.seconds, (_k, x) => (typeof x === 'number' ? Number(x.toFixed(1)) : x))}, verifyArtifacts checks ${s.fromFile} (disagreements ${s.disagreements.length})\n` +
        Object.entries(s.byOperator)
          .sort()
          .map(([k, o]) => `  ${k.padEnd(40)} ${o.cls.padEnd(8)} ${o.n} (${o.accepted} accepted)`)
          .join('\n'),
    );
    expect(s.acceptedSemantic).toEqual([]);
    expect(s.acceptedStrict).toEqual([]);
    expect(s.crashes).toEqual([]);
    expect(s.internal).toEqual([]);
    expect(s.differential).toEqual([]);
    expect(s.disagreements).toEqual([]);
    // every operator ran, and the harness can accept (neutral mutations that keep the meaning do pass)
    for (const op of Object.keys(OPERATORS))
      expect([op, Object.keys(s.byOperator).some((k) => k.startsWith(`${op} `) || k.startsWith(`${op}:`))]).toEqual([
        op,
        true,
      ]);
    expect(s.acceptedNeutral).toBeGreaterThan(0);
    expect(s.mutations).toBe(N);
  }, 300000);
});

/** Where the parts of an RFC 3161 TimeStampResp that its signature does not cover sit (byte offsets into the DER). */
function tokenParts(der: Buffer): Record<string, number> {
  const at = (o: ASN1Obj, from = 0) => der.indexOf(o.toDER(), from);
  const resp = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>);
  const status = resp.subs[0].subs[0];
  const sd = resp.subs[1].subs[1].subs[0];
  const certs = sd.subs.find((x) => x.tag.isContextSpecific(0));
  const si = sd.subs[sd.subs.length - 1].subs[0];
  const sdAt = at(sd);
  return {
    'outer SEQUENCE tag': 0,
    'PKIStatus value': at(status) + 2,
    'SignedData.version value': sdAt + sd.toDER().indexOf(sd.subs[0].toDER()) + 2,
    'SignerInfo.version value': at(si, sdAt) + si.toDER().indexOf(si.subs[0].toDER()) + 2,
    'SignerInfo.signature tag': at(si.subs[5], sdAt),
    'sid serial number (last byte)': at(si.subs[1].subs[1], at(si, sdAt)) + si.subs[1].subs[1].toDER().length - 1,
    ...(certs ? { 'embedded certificate (a byte of its signature)': at(certs) + certs.toDER().length - 3 } : {}),
  };
}

describe('found by the adversarial suite (fixed in src/verify/material.ts)', () => {
  const seedOf = (id: string) => [...corpus, ...world.seeds].find((x) => x.id === id)!;
  test('the unsigned parts of an RFC 3161 token are bound: ASN.1 types, status, versions, sid, embedded certificates', () => {
    for (const id of ['conf-rekor2-timestamp-with-embedded-cert', 'keyless-tsa#0']) {
      const seed = seedOf(id);
      expect([id, judge(Buffer.from(seed.text), seed).verified]).toEqual([id, true]);
      const ts = () => JSON.parse(seed.text);
      const der = Buffer.from(
        ts().verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp,
        'base64',
      );
      const parts = tokenParts(der);
      if (id.startsWith('conf')) expect(Object.keys(parts)).toContain('embedded certificate (a byte of its signature)');
      for (const [part, off] of Object.entries(parts)) {
        // SignedData.version: 1 and 3 are both in use (RFC 5652 says 3, GitHub's TSA writes 1): 1 → 0, 3 → 2
        const b = Buffer.from(der);
        b[off] ^= 1;
        const doc = ts();
        doc.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp = b.toString('base64');
        const v = judge(Buffer.from(JSON.stringify(doc)), seed);
        expect([id, part, v.verified]).toEqual([id, part, false]);
        expect([id, part, v.failures.join(' ')]).toEqual([id, part, expect.stringMatching(/\[TIMESTAMP_INVALID\]/)]);
      }
    }
  });
  test("a Rekor v2 entry: its logIndex is the inclusion proof's, and it carries no unsigned integrated time", () => {
    const seed = seedOf('conf-rekor2-timestamp-with-embedded-cert');
    const entry = (f: (e: Record<string, any>) => void) => {
      const doc = JSON.parse(seed.text);
      f(doc.verificationMaterial.tlogEntries[0]);
      return judge(Buffer.from(JSON.stringify(doc)), seed);
    };
    expect(entry(() => undefined).verified).toBe(true);
    expect(entry((e) => (e.logIndex = String(Number(e.logIndex) + 1))).failures.join(' ')).toMatch(
      /\[TLOG_INVALID\] .*(log index|logIndex)/,
    );
    expect(entry((e) => (e.integratedTime = '1700000000')).failures.join(' ')).toMatch(
      /\[TLOG_INVALID\] .*(integrated time|integratedTime)/,
    );
    // absent or 0 (proto3's default) is the same entry
    expect(entry((e) => (e.integratedTime = '0')).verified).toBe(true);
  });
});

/** The policy as `provenant verify` options. */
function policyArgs(p: Policy): string[] {
  const out: string[] = [];
  const add = (flag: string, v: unknown) =>
    v !== undefined && v !== false && out.push(...(v === true ? [flag] : [flag, String(v)]));
  add('--cert-identity', p.certIdentity);
  add('--cert-oidc-issuer', p.certOidcIssuer);
  add('--source-repo', p.sourceRepo);
  add('--signer-workflow', p.signerWorkflow);
  add('--source-tag', p.sourceTag);
  add('--builder-id', p.builderId);
  add('--source-uri', p.sourceUri);
  for (const t of p.buildTypes ?? []) add('--build-type', t);
  add('--deny-self-hosted-runners', p.denySelfHostedRunners);
  add('--min-level', p.minLevel);
  add('--allow-unsigned', p.allowUnsigned);
  add('--insecure-skip-identity', p.insecureSkipIdentity);
  return out;
}

describe('the CLI (dist/cli.js) on mutants', () => {
  test('exit 0, 1 or 2 only, the same verdict as in memory, no stack trace, a [CODE] on every failure', async () => {
    await ensureBuilt();
    const seeds = [...corpus, ...world.seeds];
    const r = rng(SEED + 1);
    const n = 12;
    for (let i = 0; i < n; i++) {
      const seed = seeds[Math.floor(r() * seeds.length)];
      const m = mutate(seed, r);
      const f = join(dir, `cli-${i}.json`);
      writeFileSync(f, m.bytes);
      const args = [
        'verify',
        seed.artifactPath,
        '--bundle',
        f,
        '--json',
        ...(seed.trustedRoot ? ['--trusted-root', seed.trustedRoot] : []),
        ...seed.keys.flatMap((k) => ['--key', k]),
        ...policyArgs(seed.policy),
      ];
      const res = await runCli(args);
      const what = `${seed.id} ${m.op} (${m.cls})`;
      expect([what, [0, 1, 2].includes(res.code)]).toEqual([what, true]);
      expect([what, res.stderr]).not.toEqual([
        what,
        expect.stringMatching(/\n\s+at |TypeError|RangeError|ReferenceError/),
      ]);
      const inMemory = judge(m.bytes, seed);
      expect([what, res.code]).toEqual([what, inMemory.verified ? 0 : 1]);
      if (m.cls !== 'neutral') expect([what, res.code]).toEqual([what, 1]);
      if (res.code === 1) {
        const report = JSON.parse(res.stdout) as { results: Array<{ checks: Array<{ ok: boolean; detail: string }> }> };
        for (const c of report.results.flatMap((x) => x.checks))
          if (!c.ok) expect([what, c.detail]).toEqual([what, expect.stringMatching(/^\[[A-Z_]+\] /)]);
      }
    }
  }, 180000);
});
