import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../support/paths.js';
import { hashFiles } from '../../src/subjects/index.js';
import { loadTrust, verifyAttestation, type Trust } from '../../src/verify/index.js';
import { parseAttestations } from '../../src/verify/load.js';
import { ProvenantError } from '../../src/errors.js';
import { rng } from '../support/rng.js';

interface Case { id: string; path: string; kind: string; expect: string; trustedRoot?: string | null; artifact?: string | null; verificationKey?: string; npmKeys?: string; offlineVerifiable?: boolean; container?: string; policyDependent?: boolean }
const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as { cases: Case[] };
const inCorpus = (p: string) => join(CORPUS, p.replace(/^public\//, ''));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
type Json = Record<string, any>;

/** Paths (into the bundle JSON) of the strings every check depends on. */
function criticalStrings(b: Json): Array<[Json, string]> {
  const out: Array<[Json, string]> = [];
  const env = b.dsseEnvelope;
  if (env) {
    out.push([env, 'payload']);
    for (const s of env.signatures ?? []) out.push([s, 'sig']);
  }
  if (b.messageSignature) out.push([b.messageSignature, 'signature']);
  const vm = b.verificationMaterial ?? {};
  if (vm.certificate) out.push([vm.certificate, 'rawBytes']);
  // only the leaf: verifiers take the rest of the chain from the trusted root, so other chain certificates are inert
  const leaf = vm.x509CertificateChain?.certificates?.[0];
  if (leaf) out.push([leaf, 'rawBytes']);
  return out.filter(([o, k]) => typeof o[k] === 'string' && o[k].length > 8);
}

/** A mutation that leaves the document as it was is not a mutation: draw again. */
function mutate(text: string, rnd: () => number): { kind: string; bytes: Buffer } {
  const original = JSON.stringify(JSON.parse(text));
  for (let i = 0; i < 20; i++) {
    const m = mutateOnce(text, rnd);
    let same = false;
    try {
      same = JSON.stringify(JSON.parse(m.bytes.toString('utf8'))) === original;
    } catch {
      same = false;
    }
    if (!same) return m;
  }
  return { kind: 'truncate', bytes: Buffer.from(text.slice(0, text.length >> 1)) };
}

function mutateOnce(text: string, rnd: () => number): { kind: string; bytes: Buffer } {
  const doc = JSON.parse(text) as Json;
  const pick = <T,>(a: T[]) => a[Math.floor(rnd() * a.length)];
  const kinds = ['bitflip', 'bitflip', 'delete', 'wrongtype', 'truncate', 'duplicate', 'proto', 'hugenumber', 'badbase64', 'subject'];
  const kind = pick(kinds);
  const crit = criticalStrings(doc);
  switch (kind) {
    case 'bitflip': {
      const [o, k] = pick(crit);
      const s: string = o[k];
      const i = Math.floor(rnd() * (s.length - 4)); // keep clear of the final padding bits
      let c = s[i];
      while (c === s[i]) c = B64[Math.floor(rnd() * 64)];
      o[k] = s.slice(0, i) + c + s.slice(i + 1);
      return { kind, bytes: Buffer.from(JSON.stringify(doc)) };
    }
    case 'delete': {
      const targets: Array<() => void> = [
        () => delete doc.dsseEnvelope?.payload,
        () => delete doc.dsseEnvelope?.signatures,
        () => delete doc.dsseEnvelope?.payloadType,
        () => delete doc.verificationMaterial,
        () => delete doc.mediaType,
        () => (doc.dsseEnvelope ? delete doc.dsseEnvelope : delete doc.messageSignature),
        () => (doc.verificationMaterial?.certificate ? delete doc.verificationMaterial.certificate.rawBytes : doc.verificationMaterial?.x509CertificateChain ? (doc.verificationMaterial.x509CertificateChain.certificates = []) : delete doc.verificationMaterial?.publicKey),
        () => delete doc.dsseEnvelope?.signatures?.[0]?.sig,
        () => delete doc.messageSignature?.signature,
        () => delete doc.messageSignature?.messageDigest,
      ].filter((_, i) => (doc.dsseEnvelope ? ![8, 9].includes(i) : ![0, 1, 2, 7].includes(i)));
      pick(targets)();
      return { kind, bytes: Buffer.from(JSON.stringify(doc)) };
    }
    case 'wrongtype': {
      const [o, k] = pick(crit);
      o[k] = pick([12345, true, null, [], {}, ['x']]);
      return { kind, bytes: Buffer.from(JSON.stringify(doc)) };
    }
    case 'truncate': {
      const n = Math.floor(rnd() * (text.length - 2));
      return { kind, bytes: Buffer.from(text.slice(0, n)) };
    }
    case 'duplicate': {
      const [o, k] = pick(crit);
      const v = o[k];
      const s = JSON.stringify(doc);
      const needle = `"${k}":${JSON.stringify(v)}`;
      return { kind, bytes: Buffer.from(s.replace(needle, `${needle},"${k}":${JSON.stringify(typeof v === 'string' ? v.slice(1) : v)}`)) };
    }
    case 'proto': {
      const s = JSON.stringify(doc);
      return { kind, bytes: Buffer.from(s.replace(/^\{/, '{"__proto__":{"verified":true,"mediaType":"x"},')) };
    }
    case 'hugenumber': {
      const e = doc.verificationMaterial?.tlogEntries?.[0];
      const s = JSON.stringify(doc);
      if (e) return { kind, bytes: Buffer.from(s.replace(/"integratedTime":"?\d+"?/, '"integratedTime":1e400').replace(/"logIndex":"?\d+"?/, '"logIndex":99999999999999999999999999')) };
      const [o, k] = pick(crit);
      o[k] = 1e308;
      return { kind, bytes: Buffer.from(JSON.stringify(doc)) };
    }
    case 'badbase64': {
      const [o, k] = pick(crit);
      o[k] = `${o[k].slice(0, 10)}!!@@##${o[k].slice(16)}`;
      return { kind, bytes: Buffer.from(JSON.stringify(doc)) };
    }
    default: {
      // subject swap inside a DSSE payload (re-encoded, signature untouched)
      const env = doc.dsseEnvelope;
      if (env && typeof env.payload === 'string') {
        try {
          const st = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'));
          if (Array.isArray(st.subject) && st.subject[0]?.digest) {
            const alg = Object.keys(st.subject[0].digest)[0];
            st.subject[0].digest[alg] = st.subject[0].digest[alg].replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a'));
            env.payload = Buffer.from(JSON.stringify(st)).toString('base64');
            return { kind, bytes: Buffer.from(JSON.stringify(doc)) };
          }
        } catch { /* fall through */ }
      }
      return { kind: 'truncate', bytes: Buffer.from(text.slice(0, Math.floor(text.length / 2))) };
    }
  }
}

function diffOf(a: string, b: Buffer): string {
  const x = JSON.stringify(JSON.parse(a));
  const y = b.toString('utf8');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `at ${i}: …${x.slice(Math.max(0, i - 60), i + 10)}… → …${y.slice(Math.max(0, i - 60), i + 10)}…`;
}

describe('mutation: 10,000 mutated copies of valid corpus bundles', () => {
  test('none accepted, no uncaught exception, every rejection carries a code', async () => {
    const seeds = manifest.cases.filter(
      (c) => c.kind === 'sigstore-bundle' && c.expect === 'valid' && !c.policyDependent && c.offlineVerifiable !== false && !c.container && c.artifact && c.trustedRoot && !c.path.endsWith('.jsonl'),
    );
    expect(seeds.length).toBeGreaterThanOrEqual(10);
    const trusts = new Map<string, Trust>();
    const prepared: Array<{ c: Case; text: string; trust: Trust; digest: Record<string, string>; data: Buffer }> = [];
    for (const c of seeds) {
      const keys = [c.verificationKey, c.npmKeys].filter((k): k is string => !!k).map(inCorpus);
      const tkey = `${c.trustedRoot}|${keys.join(',')}`;
      if (!trusts.has(tkey)) trusts.set(tkey, loadTrust({ trustedRoot: inCorpus(c.trustedRoot!), keys }));
      const text = readFileSync(inCorpus(c.path), 'utf8');
      try {
        JSON.parse(text);
      } catch {
        continue;
      }
      const [digest] = await hashFiles([inCorpus(c.artifact!)], ['sha256', 'sha512']);
      prepared.push({ c, text, trust: trusts.get(tkey)!, digest, data: readFileSync(inCorpus(c.artifact!)) });
    }
    // sanity: the originals verify, so a rejection below is the mutation's doing
    const baseline = prepared.filter(({ c, text, trust, digest, data }) =>
      parseAttestations(Buffer.from(text), c.id).every((a) => verifyAttestation(a, trust, { noSubjectCheck: false }, { digest, data }).verified),
    );
    expect(baseline.length).toBeGreaterThanOrEqual(8);
    const rnd = rng(20261122);
    const N = 10_000;
    const accepted: string[] = [];
    const uncaught: string[] = [];
    const uncoded: string[] = [];
    const kinds = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const p = baseline[i % baseline.length];
      const m = mutate(p.text, rnd);
      kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      try {
        let atts;
        try {
          atts = parseAttestations(m.bytes, `${p.c.id}#${i}`);
        } catch (e) {
          if (!(e instanceof ProvenantError)) uncoded.push(`${p.c.id} ${m.kind}: ${(e as Error).message}`);
          continue;
        }
        for (const a of atts) {
          const r = verifyAttestation(a, p.trust, {}, { digest: p.digest, data: p.data });
          if (r.verified) accepted.push(`${p.c.id} #${i} ${m.kind} ${diffOf(p.text, m.bytes)}`);
          for (const ch of r.checks) if (!ch.ok && !/^\[[A-Z_]+\] /.test(ch.detail)) uncoded.push(`${p.c.id} ${m.kind}: ${ch.detail}`);
        }
      } catch (e) {
        uncaught.push(`${p.c.id} ${m.kind}: ${(e as Error).stack?.split('\n').slice(0, 2).join(' ')}`);
      }
    }
    // eslint-disable-next-line no-console
    console.log(`mutations: ${N} over ${baseline.length} bundles; kinds ${JSON.stringify(Object.fromEntries(kinds))}; accepted ${accepted.length}, uncaught ${uncaught.length}, uncoded ${uncoded.length}`);
    expect(accepted).toEqual([]);
    expect(uncaught).toEqual([]);
    expect(uncoded.slice(0, 5)).toEqual([]);
  }, 600000);
});
