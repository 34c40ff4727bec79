// Google Cloud Build provenance summaries (gcloud ... --show-provenance): real documents from test/fixtures/corpus
// through the bundled CLI with policy; forged variants signed by keys of our own, pinned as attestor keys in-process
// (Trust.gcbAttestorKeys, tests only), to pin down the signing scheme each key id implies; and the same forgeries
// through the CLI, where keys of our own under the attestor keys' file names are never Cloud Build's (finding 9).
import { beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pae } from '../../src/intoto/dsse.js';
import { parseDigest } from '../../src/subjects/index.js';
import { ATTESTOR_KEYS } from '../../src/verify/gcb.js';
import { loadAttestations } from '../../src/verify/load.js';
import { loadTrust, verifyAttestation } from '../../src/verify/index.js';
import { CORPUS } from '../support/paths.js';
import { ensureBuilt, runCli } from '../support/runner.js';

const KEYS = join(CORPUS, 'trust', 'gcb-kms-keys');
const V1 = join(
  CORPUS,
  'slsa-verifier',
  'slsa-gcb-v1.0-gcloud-container-github-single',
  'v1.0-gcloud-container-github-single.json',
);
const V01 = join(
  CORPUS,
  'slsa-verifier',
  'slsa-gcb-gcloud-container-multiple-signatures-2ndvalid',
  'gcloud-container-multiple-signatures-2ndvalid.json',
);
const V1_DIGEST = 'sha256:7e9b6e7ba2842c91cf49f3e214d04a7a496f8214356f41d81a6e6dcad11f11e3';
const V01_DIGEST = 'sha256:f472ca4b68898c951ac3b476cba919d0d56fca4ced631fabcead51e4b2b690e7';
const GLOBAL_V1 =
  'projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/google-hosted-worker/cryptoKeyVersions/1';
const REGIONAL = (r: string) =>
  `projects/verified-builder/locations/${r}/keyRings/attestor/cryptoKeys/builtByGCB/cryptoKeyVersions/1`;

let dir: string;
let ownKeys: string;
let priv: Record<string, ReturnType<typeof generateKeyPairSync>['privateKey']>;

const verify = async (args: string[]) => {
  const r = await runCli(['verify', ...args, '--json']);
  const res = JSON.parse(r.stdout).results[0];
  return {
    code: r.code,
    res,
    failed: res.checks
      .filter((c: { ok: boolean }) => !c.ok)
      .map((c: { detail: string }) => c.detail)
      .join(' | '),
  };
};

/** A summary document whose single provenance carries `payload`, signed as told. */
function forged(name: string, payload: object, sigs: Array<{ keyid: string; key: string; pae: boolean }>): string {
  const body = Buffer.from(JSON.stringify(payload));
  const type = 'application/vnd.in-toto+json';
  const signatures = sigs.map((s) => ({
    keyid: s.keyid,
    sig: sign('sha256', s.pae ? pae(type, body) : body, priv[s.key]).toString('base64'),
  }));
  const digest = `sha256:${(payload as { subject: Array<{ digest: { sha256: string } }> }).subject[0].digest.sha256}`;
  const doc = {
    image_summary: { digest },
    provenance_summary: {
      provenance: [
        {
          build: {},
          envelope: { payload: body.toString('base64'), payloadType: type, signatures },
          kind: 'BUILD',
          resourceUri: `https://example.dev/img@${digest}`,
        },
      ],
    },
  };
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(doc));
  return p;
}

/** Our own keys pinned in place of the attestor keys of the same names (in-process only: the CLI cannot do this). */
let ownPins: Record<string, string>;
const inProc = async (args: string[]) => {
  const [digest, , file] = args;
  const d = parseDigest(digest, 'digest');
  const trust = { ...loadTrust({ keys: [ownKeys] }), gcbAttestorKeys: ownPins };
  const res = verifyAttestation(loadAttestations(file)[0], trust, {}, { digest: { [d.algorithm]: d.hex } });
  return {
    res,
    failed: res.checks
      .filter((c) => !c.ok)
      .map((c) => c.detail)
      .join(' | '),
  };
};

const signedPayload = (file: string) =>
  JSON.parse(
    Buffer.from(
      JSON.parse(readFileSync(file, 'utf8')).provenance_summary.provenance[0].envelope.payload,
      'base64',
    ).toString('utf8'),
  );

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-gcb-'));
  ownKeys = join(dir, 'keys');
  mkdirSync(ownKeys);
  priv = {};
  for (const name of ['global-pae-google-hosted-worker_1', 'us-west2']) {
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    priv[name] = kp.privateKey;
    writeFileSync(join(ownKeys, `${name}.key.pem`), kp.publicKey.export({ type: 'spki', format: 'pem' }));
  }
  const fp = (name: string) =>
    createHash('sha256')
      .update(createPublicKey(readFileSync(join(ownKeys, `${name}.key.pem`))).export({ type: 'spki', format: 'der' }))
      .digest('hex');
  ownPins = {
    [GLOBAL_V1]: fp('global-pae-google-hosted-worker_1'),
    [REGIONAL('us-west2')]: fp('us-west2'),
    [REGIONAL('us-east1')]: ATTESTOR_KEYS[REGIONAL('us-east1')],
  };
}, 120000);

describe('Google Cloud Build provenance summaries', () => {
  test('v1.0 (global PAE key) verifies with --key DIR and policy: L2, builder and source from the signed payload', async () => {
    const { code, res } = await verify([
      V1_DIGEST,
      '--bundle',
      V1,
      '--key',
      KEYS,
      '--builder-id',
      'https://cloudbuild.googleapis.com/GoogleHostedWorker',
      '--source-uri',
      'github.com/khalkie/gcb-prod-prov',
      '--source-branch',
      'main',
      '--min-level',
      '2',
    ]);
    expect(code).toBe(0);
    expect(res).toMatchObject({
      verified: true,
      slsaLevel: 2,
      builderId: 'https://cloudbuild.googleapis.com/GoogleHostedWorker',
    });
    expect(res.checks.find((c: { code: string }) => c.code === 'signature').detail).toMatch(
      /Cloud Build attestor key 'global-pae-google-hosted-worker_1'/,
    );
  });
  test('v0.1 (regional key over the payload, first signature bad): L2; tag policy from the signed substitutions', async () => {
    const { code, res } = await verify([
      V01_DIGEST,
      '--bundle',
      V01,
      '--key',
      KEYS,
      '--source-uri',
      'github.com/laurentsimon/gcb-tests',
      '--source-tag',
      'v39',
      '--source-versioned-tag',
      'v39',
    ]);
    expect(code).toBe(0);
    expect(res).toMatchObject({
      verified: true,
      slsaLevel: 2,
      builderId: 'https://cloudbuild.googleapis.com/GoogleHostedWorker@v0.3',
    });
    const bad = await verify([V01_DIGEST, '--bundle', V01, '--key', KEYS, '--source-tag', 'v40']);
    expect(bad.code).toBe(1);
    expect(bad.failed).toMatch(/\[POLICY_MISMATCH\] tag: ref 'refs\/tags\/v39' is not tag 'v40'/);
  });
  test("--trusted-root DIR of key files stands for --key DIR (with the public-good root, or the folder's trusted_root.json)", async () => {
    const { code, res } = await verify([V1_DIGEST, '--bundle', V1, '--trusted-root', KEYS]);
    expect(code).toBe(0);
    expect(res).toMatchObject({ verified: true, slsaLevel: 2 });
  });
  test('another image digest, no keys, or keys without the attestor key named: rejected with a code', async () => {
    const other = await verify([`sha256:${'ab'.repeat(32)}`, '--bundle', V1, '--key', KEYS]);
    expect(other.code).toBe(1);
    expect(other.failed).toMatch(/\[SUBJECT_MISMATCH\]/);
    const none = await verify([V1_DIGEST, '--bundle', V1]);
    expect(none.failed).toMatch(/\[KEY_UNTRUSTED\].*--key DIR/);
    const wrong = await verify([V1_DIGEST, '--bundle', V1, '--key', join(KEYS, 'us-west2.key.pem')]);
    expect(wrong.failed).toMatch(
      /\[SIGNATURE_INVALID\].*Cloud Build's attestor key 'global-pae-google-hosted-worker_1' is not among the trusted keys/,
    );
  });
  test('the key id decides the scheme: a global key must sign the PAE, a regional key the payload; swapped schemes fail', async () => {
    const st = signedPayload(V1);
    const v01 = signedPayload(V01);
    const ok = forged('ok.json', st, [{ keyid: GLOBAL_V1, key: 'global-pae-google-hosted-worker_1', pae: true }]);
    expect((await inProc([V1_DIGEST, '--bundle', ok, '--key', ownKeys])).res.verified).toBe(true);
    const rawGlobal = forged('raw-global.json', st, [
      { keyid: GLOBAL_V1, key: 'global-pae-google-hosted-worker_1', pae: false },
    ]);
    expect((await inProc([V1_DIGEST, '--bundle', rawGlobal, '--key', ownKeys])).failed).toMatch(
      /\[SIGNATURE_INVALID\].*does not verify with 'global-pae-google-hosted-worker_1'/,
    );
    const okRegional = forged('ok-regional.json', v01, [{ keyid: REGIONAL('us-west2'), key: 'us-west2', pae: false }]);
    expect((await inProc([V01_DIGEST, '--bundle', okRegional, '--key', ownKeys])).res.verified).toBe(true);
    const paeRegional = forged('pae-regional.json', v01, [{ keyid: REGIONAL('us-west2'), key: 'us-west2', pae: true }]);
    expect((await inProc([V01_DIGEST, '--bundle', paeRegional, '--key', ownKeys])).failed).toMatch(
      /\[SIGNATURE_INVALID\]/,
    );
    // a region's key is not another region's
    const otherRegion = forged('other-region.json', v01, [
      { keyid: REGIONAL('us-east1'), key: 'us-west2', pae: false },
    ]);
    expect((await inProc([V01_DIGEST, '--bundle', otherRegion, '--key', ownKeys])).failed).toMatch(
      /Cloud Build's attestor key 'us-east1' is not among the trusted keys/,
    );
  });
  test('the key decides the predicate: the v1 key over a v0.1 payload, or a regional key over v1, fail', async () => {
    const v01 = signedPayload(V01);
    const st = signedPayload(V1);
    const a = forged('v1key-v01.json', v01, [
      { keyid: GLOBAL_V1, key: 'global-pae-google-hosted-worker_1', pae: true },
    ]);
    expect((await inProc([V01_DIGEST, '--bundle', a, '--key', ownKeys])).failed).toMatch(
      /signs https:\/\/slsa\.dev\/provenance\/v1, the payload is "https:\/\/slsa\.dev\/provenance\/v0\.1"/,
    );
    const b = forged('regional-v1.json', st, [{ keyid: REGIONAL('us-west2'), key: 'us-west2', pae: false }]);
    expect((await inProc([V1_DIGEST, '--bundle', b, '--key', ownKeys])).failed).toMatch(
      /signs https:\/\/slsa\.dev\/provenance\/v0\.1/,
    );
  });
  test('a builder other than the hosted worker, signed by an attestor key, stays at L1', async () => {
    const st = signedPayload(V1);
    st.predicate.runDetails.builder.id = 'https://example.com/private-pool';
    const f = forged('private-builder.json', st, [
      { keyid: GLOBAL_V1, key: 'global-pae-google-hosted-worker_1', pae: true },
    ]);
    const { res } = await inProc([V1_DIGEST, '--bundle', f, '--key', ownKeys]);
    expect(res).toMatchObject({ verified: true, slsaLevel: 1 });
    expect(res.signer).toMatchObject({ kind: 'key', hostedBuilder: 'google-cloud-build' });
    expect(res.nextLevel.join(' ')).toMatch(/not Cloud Build's hosted worker/);
  });
  test('an attestor key outside its validity window (keys.json validFor) fails: the window of the key that verified', async () => {
    const st = signedPayload(V1);
    const f = forged('window.json', st, [{ keyid: GLOBAL_V1, key: 'global-pae-google-hosted-worker_1', pae: true }]);
    const base = { ...loadTrust({ keys: [ownKeys] }), gcbAttestorKeys: ownPins };
    const d = parseDigest(V1_DIGEST, 'digest');
    const run = (validUntil?: Date) =>
      verifyAttestation(
        loadAttestations(f)[0],
        { ...base, keys: base.keys.map((k) => ({ ...k, validUntil })) },
        {},
        { digest: { [d.algorithm]: d.hex } },
      );
    expect(run(new Date(Date.now() + 86400e3)).verified).toBe(true);
    const expired = run(new Date('2020-01-01T00:00:00Z'));
    expect(expired.verified).toBe(false);
    expect(expired.checks.find((c) => !c.ok)?.detail).toMatch(/\[KEY_UNTRUSTED\] .*outside that window/);
  });
  test("finding 9: a key of one's own saved under an attestor key's file name never yields a Cloud Build verdict", async () => {
    const st = signedPayload(V1);
    const v01 = signedPayload(V01);
    // our own keys named like the attestor keys (global-pae-google-hosted-worker_1.key.pem, us-west2.key.pem), and a
    // key named like a made-up region (release.pem) for a key id naming that region
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    priv.release = kp.privateKey;
    const mixed = join(dir, 'mixed-keys');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'release.pem'), kp.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(mixed, 'global.pem'), kp.publicKey.export({ type: 'spki', format: 'pem' }));
    for (const f of ['us-east1.key.pem', 'global-pae-provenanceSigner_1.key.pem'])
      writeFileSync(join(mixed, f), readFileSync(join(KEYS, f)));
    const cases: Array<[string, string, object, Array<{ keyid: string; key: string; pae: boolean }>, string, RegExp]> =
      [
        [
          'global.json',
          V1_DIGEST,
          st,
          [{ keyid: GLOBAL_V1, key: 'global-pae-google-hosted-worker_1', pae: true }],
          ownKeys,
          /the trusted key '.*global-pae-google-hosted-worker_1\.key\.pem' is not Cloud Build's attestor key 'global-pae-google-hosted-worker_1'/,
        ],
        [
          'regional.json',
          V01_DIGEST,
          v01,
          [{ keyid: REGIONAL('us-west2'), key: 'us-west2', pae: false }],
          ownKeys,
          /the trusted key '.*us-west2\.key\.pem' is not Cloud Build's attestor key 'us-west2'/,
        ],
        [
          'release.json',
          V01_DIGEST,
          v01,
          [{ keyid: REGIONAL('release'), key: 'release', pae: false }],
          mixed,
          /key id 'projects\/verified-builder\/locations\/release\/.*' is not a Cloud Build attestor key/,
        ],
        [
          'global-region.json',
          V01_DIGEST,
          v01,
          [{ keyid: REGIONAL('global'), key: 'release', pae: false }],
          mixed,
          /the trusted key '.*global\.pem' is not Cloud Build's attestor key 'global'/,
        ],
      ];
    for (const [name, digest, payload, sigs, keys, re] of cases) {
      const f = forged(name, payload, sigs);
      const { code, res, failed } = await verify([digest, '--bundle', f, '--key', keys, '--min-level', '2']);
      expect({ name, code, verified: res.verified, level: res.slsaLevel }).toEqual({
        name,
        code: 1,
        verified: false,
        level: 0,
      });
      expect(failed).toMatch(/\[SIGNATURE_INVALID\]/);
      expect(failed).toMatch(re);
      // without a level gate: still no verdict (a signature by a key that is not the attestor key is not Cloud Build's)
      expect((await verify([digest, '--bundle', f, '--key', keys])).code).toBe(1);
    }
    // the real attestor keys in the same folder still verify the real summaries, whatever the folder holds
    writeFileSync(
      join(mixed, 'global-pae-google-hosted-worker_1.key.pem'),
      readFileSync(join(KEYS, 'global-pae-google-hosted-worker_1.key.pem')),
    );
    const real = await verify([V1_DIGEST, '--bundle', V1, '--key', mixed, '--min-level', '2']);
    expect(real.code).toBe(0);
    expect(real.res).toMatchObject({ verified: true, slsaLevel: 2 });
  });
  test('the real attestor keys verify under any file name (recognised by key material)', async () => {
    const renamed = join(dir, 'renamed-keys');
    mkdirSync(renamed);
    writeFileSync(join(renamed, 'a.pem'), readFileSync(join(KEYS, 'global-pae-google-hosted-worker_1.key.pem')));
    writeFileSync(join(renamed, 'b.pem'), readFileSync(join(KEYS, 'us-east1.key.pem')));
    const { code, res } = await verify([V1_DIGEST, '--bundle', V1, '--key', renamed, '--min-level', '2']);
    expect(code).toBe(0);
    expect(res.checks.find((c: { code: string }) => c.code === 'signature').detail).toMatch(
      /Cloud Build attestor key 'global-pae-google-hosted-worker_1'/,
    );
  });
  test('the unsigned parts must agree with the signed payload: the readable copy, resourceUri and the image summary', async () => {
    const doc = JSON.parse(readFileSync(V1, 'utf8'));
    const variants: Array<[string, (d: any) => void, RegExp]> = [
      [
        'copy.json',
        (d) => {
          d.provenance_summary.provenance[0].build.inTotoSlsaProvenanceV1.predicate.runDetails.builder.id =
            'https://evil.example';
        },
        /\[BUNDLE_INVALID\].*readable copy under build differs from the signed payload in predicate/,
      ],
      [
        'copy-subject.json',
        (d) => {
          d.provenance_summary.provenance[0].build.inTotoSlsaProvenanceV1.subject.pop();
        },
        /differs from the signed payload in subject/,
      ],
      [
        'resource.json',
        (d) => {
          d.provenance_summary.provenance[0].resourceUri = d.provenance_summary.provenance[0].resourceUri.replace(
            /.$/,
            (c: string) => (c === '0' ? '1' : '0'),
          );
        },
        /\[SUBJECT_MISMATCH\].*resourceUri .* names no signed subject/,
      ],
      [
        'image.json',
        (d) => {
          d.image_summary.digest = `sha256:${'0'.repeat(64)}`;
        },
        /\[SUBJECT_MISMATCH\].*image_summary\.digest .* names no signed subject/,
      ],
    ];
    for (const [name, change, re] of variants) {
      const d = JSON.parse(JSON.stringify(doc));
      change(d);
      writeFileSync(join(dir, name), JSON.stringify(d));
      const { code, failed } = await verify([V1_DIGEST, '--bundle', join(dir, name), '--key', KEYS]);
      expect({ name, code }).toEqual({ name, code: 1 });
      expect(failed).toMatch(re);
    }
  });
  test('malformed summaries are coded errors: no provenance, an entry that is not an object, kind other than BUILD', async () => {
    for (const [name, doc, re] of [
      ['empty.json', { provenance_summary: { provenance: [] } }, /\[BUNDLE_INVALID\].*without provenance/],
      ['entry.json', { provenance_summary: { provenance: [42] } }, /\[BUNDLE_INVALID\].*is not an object/],
      [
        'kind.json',
        { provenance_summary: { provenance: [{ kind: 'DEPLOY', envelope: {} }] } },
        /\[BUNDLE_INVALID\].*kind 'DEPLOY'/,
      ],
    ] as const) {
      writeFileSync(join(dir, name), JSON.stringify(doc));
      const r = await runCli(['verify', V1_DIGEST, '--bundle', join(dir, name), '--key', KEYS, '--json']);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
