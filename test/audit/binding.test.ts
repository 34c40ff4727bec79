/**
 * Issue 12: audit --lockfile binds a dependency's provenance to the package (finding 5), bounds registry answers
 * (finding 13) and treats registry failures as errors (finding 14). A local Sigstore (@sigstore/mock) signs
 * provenance as GitHub workflows of several repositories; a local registry key signs npm publish attestations; a
 * fake registry on 127.0.0.1 serves attestations, version manifests and its keys.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLockfile, NPM_PUBLISH_PREDICATE, repositoryKey } from '../../src/audit/index.js';
import { createKeySigner } from '../../src/signing/key-signer.js';
import { createSigstoreSigner } from '../../src/signing/sigstore.js';
import { startFakeRegistry, type Behavior, type FakeRegistry } from '../support/fake-registry.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';
import { ensureBuilt, runCli } from '../support/runner.js';

const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
const PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const INTOTO = 'application/vnd.in-toto+json';

let dir: string;
let sig: SigstoreInstance;
let reg: FakeRegistry;
let registrySigner: ReturnType<typeof createKeySigner>;
let attackerKeySigner: ReturnType<typeof createKeySigner>;

const tarball = (name: string) => Buffer.from(`tarball of ${name}`);
const sha512 = (b: Buffer) => createHash('sha512').update(b).digest('hex');
const integrity = (b: Buffer) => `sha512-${createHash('sha512').update(b).digest('base64')}`;

function token(repo: string): string {
  const wf = `${repo}/.github/workflows/release.yml@refs/heads/main`;
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    sub: `repo:${repo}:ref:refs/heads/main`,
    aud: 'sigstore',
    fulcio_san: `https://github.com/${wf}`,
    job_workflow_ref: wf,
    workflow_ref: wf,
    repository: repo,
    repository_owner: repo.split('/')[0],
    repository_id: '1296269',
    repository_owner_id: '583231',
    ref: 'refs/heads/main',
    sha: SHA,
    event_name: 'push',
    run_id: '1',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    repository_visibility: 'public',
  };
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}.${Buffer.from('unverified').toString('base64url')}`;
}

function subject(name: string) {
  return [{ name: `pkg:npm/${name.replace('@', '%40')}@1.0.0`, digest: { sha512: sha512(tarball(name)) } }];
}

/** npm CLI-shaped SLSA v1 provenance for `name`, built (and signed) by a workflow of `repo`. */
async function provenance(name: string, repo: string): Promise<Record<string, unknown>> {
  const st = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subject(name),
    predicateType: PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: `https://github.com/${repo}`,
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: { github: { event_name: 'push', repository_id: '1296269', repository_owner_id: '583231' } },
        resolvedDependencies: [{ uri: `git+https://github.com/${repo}@refs/heads/main`, digest: { gitCommit: SHA } }],
      },
      runDetails: {
        builder: { id: 'https://github.com/actions/runner/github-hosted' },
        metadata: { invocationId: `https://github.com/${repo}/actions/runs/1/attempts/1` },
      },
    },
  };
  const signer = createSigstoreSigner({
    endpoints: { instance: 'custom', reason: 'test', fulcioURL: sig.fulcioURL, rekorURL: sig.rekorURL },
    identityToken: token(repo),
  });
  return (await signer.sign(Buffer.from(JSON.stringify(st)), INTOTO)).bundle;
}

/** The registry's publish attestation for `name`@1.0.0 (signed with `signer`). */
async function publish(name: string, signer = registrySigner, predicateName = name): Promise<Record<string, unknown>> {
  const st = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subject(name),
    predicateType: NPM_PUBLISH_PREDICATE,
    predicate: { name: predicateName, version: '1.0.0', registry: 'https://registry.npmjs.org' },
  };
  return (await signer.sign(Buffer.from(JSON.stringify(st)), INTOTO)).bundle;
}

const doc = (...members: Array<[string, Record<string, unknown>]>): Behavior => ({
  kind: 'doc',
  body: Buffer.from(
    JSON.stringify({ attestations: members.map(([predicateType, bundle]) => ({ predicateType, bundle })) }),
  ),
});
const manifest = (name: string, repository: unknown, attestations = true): Behavior => ({
  kind: 'json',
  value: {
    name,
    version: '1.0.0',
    ...(repository === undefined ? {} : { repository }),
    dist: {
      integrity: integrity(tarball(name)),
      ...(attestations
        ? {
            attestations: {
              url: `x/-/npm/v1/attestations/${name}@1.0.0`,
              provenance: { predicateType: PROVENANCE_V1 },
            },
          }
        : {}),
    },
  },
});

function lockfile(file: string, names: string[]): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
  for (const n of names)
    packages[`node_modules/${n}`] = {
      version: '1.0.0',
      resolved: `https://registry.npmjs.org/${n}/-/x-1.0.0.tgz`,
      integrity: integrity(tarball(n)),
    };
  const p = join(dir, file);
  writeFileSync(p, JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }));
  return p;
}

const PEM = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-audit-bind-'));
  sig = await startSigstore({ rekor: true, tsa: false, dir });
  registrySigner = createKeySigner(PEM(), undefined, 'registry');
  attackerKeySigner = createKeySigner(PEM(), undefined, 'attacker');
  reg = await startFakeRegistry();
  const spki = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64').toString('base64');
  reg.keys = {
    kind: 'json',
    value: {
      keys: [
        {
          expires: null,
          keyid: registrySigner.keyid,
          keytype: 'ecdsa-sha2-nistp256',
          scheme: 'ecdsa-sha2-nistp256',
          key: spki(registrySigner.publicKeyPem),
        },
      ],
    },
  };
  // good: its own repository's workflow, the registry's publish attestation, the manifest's repository
  reg.routes.set(
    'good@1.0.0',
    doc([PROVENANCE_V1, await provenance('good', 'acme/good')], [NPM_PUBLISH_PREDICATE, await publish('good')]),
  );
  reg.manifests.set('good@1.0.0', manifest('good', { type: 'git', url: 'git+https://github.com/acme/good.git' }));
  // @scope/good: scoped name, shorthand repository
  reg.routes.set(
    '@acme/scoped@1.0.0',
    doc(
      [PROVENANCE_V1, await provenance('@acme/scoped', 'acme/scoped')],
      [NPM_PUBLISH_PREDICATE, await publish('@acme/scoped')],
    ),
  );
  reg.manifests.set('@acme/scoped@1.0.0', manifest('@acme/scoped', 'github:acme/scoped'));
  // victim: provenance signed by another repository's workflow (right purl and integrity), no publish attestation
  reg.routes.set('victim@1.0.0', doc([PROVENANCE_V1, await provenance('victim', 'evil/attacker')]));
  reg.manifests.set('victim@1.0.0', manifest('victim', 'git+https://github.com/acme/victim.git'));
  // victim2: with a genuine publish attestation, but the provenance's repository is not the package's
  reg.routes.set(
    'victim2@1.0.0',
    doc(
      [PROVENANCE_V1, await provenance('victim2', 'evil/attacker')],
      [NPM_PUBLISH_PREDICATE, await publish('victim2')],
    ),
  );
  reg.manifests.set('victim2@1.0.0', manifest('victim2', { type: 'git', url: 'https://github.com/acme/victim2' }));
  // forged: a publish attestation signed by a key that is not the registry's
  reg.routes.set(
    'forged@1.0.0',
    doc(
      [PROVENANCE_V1, await provenance('forged', 'acme/forged')],
      [NPM_PUBLISH_PREDICATE, await publish('forged', attackerKeySigner)],
    ),
  );
  reg.manifests.set('forged@1.0.0', manifest('forged', 'acme/forged'));
  // renamed: the registry's publish attestation of another package version, relabelled
  reg.routes.set(
    'renamed@1.0.0',
    doc(
      [PROVENANCE_V1, await provenance('renamed', 'acme/renamed')],
      [NPM_PUBLISH_PREDICATE, await publish('renamed', registrySigner, 'other')],
    ),
  );
  reg.manifests.set('renamed@1.0.0', manifest('renamed', 'acme/renamed'));
  // norepo: the manifest names no repository
  reg.routes.set(
    'norepo@1.0.0',
    doc([PROVENANCE_V1, await provenance('norepo', 'acme/norepo')], [NPM_PUBLISH_PREDICATE, await publish('norepo')]),
  );
  reg.manifests.set('norepo@1.0.0', manifest('norepo', undefined));
  // twoprov: its own provenance, and a second one from another repository's workflow
  reg.routes.set(
    'twoprov@1.0.0',
    doc(
      [PROVENANCE_V1, await provenance('twoprov', 'acme/twoprov')],
      [PROVENANCE_V1, await provenance('twoprov', 'evil/attacker')],
      [NPM_PUBLISH_PREDICATE, await publish('twoprov')],
    ),
  );
  reg.manifests.set('twoprov@1.0.0', manifest('twoprov', 'acme/twoprov'));
  // huge: an attestations answer over the cap
  reg.routes.set('huge@1.0.0', { kind: 'huge', bytes: 40_000 });
}, 120000);

afterAll(async () => {
  await Promise.all([reg?.close(), sig?.close()]);
});

const opts = () => ({ registry: reg.url, trustedRoot: sig.trustedRootPath, baseDelayMs: 5, attempts: 2 });
const by = (a: Awaited<ReturnType<typeof auditLockfile>>, name: string) => a.packages.find((p) => p.name === name)!;

describe('audit --lockfile binds provenance to the package (finding 5)', () => {
  test("bound provenance keeps its level; another repository's workflow, no publish attestation, a repository mismatch, a forged or relabelled publish attestation do not", async () => {
    const lock = lockfile('bind-lock.json', [
      'good',
      '@acme/scoped',
      'victim',
      'victim2',
      'forged',
      'renamed',
      'norepo',
    ]);
    const a = await auditLockfile(lock, opts());
    expect(a.registryKeys).toMatch(/\/-\/npm\/v1\/keys/);
    expect(by(a, 'good')).toMatchObject({ status: 'verified', level: 2 });
    expect(by(a, '@acme/scoped')).toMatchObject({ status: 'verified', level: 2 });
    expect(by(a, 'victim')).toMatchObject({ status: 'unbound', level: 0 });
    expect(by(a, 'victim').detail).toMatch(/\[BINDING_MISMATCH\] no npm publish attestation signed by the registry/);
    expect(by(a, 'victim2')).toMatchObject({ status: 'unbound', level: 0 });
    expect(by(a, 'victim2').detail).toMatch(
      /built from https:\/\/github\.com\/evil\/attacker, not from the package's repository https:\/\/github\.com\/acme\/victim2/,
    );
    expect(by(a, 'forged')).toMatchObject({ status: 'failed', level: null });
    expect(by(a, 'forged').detail).toMatch(/SIGNATURE_INVALID|KEY_UNTRUSTED/);
    expect(by(a, 'renamed')).toMatchObject({ status: 'failed', level: null });
    expect(by(a, 'renamed').detail).toMatch(/publish attestation is about other@1\.0\.0/);
    expect(by(a, 'norepo')).toMatchObject({ status: 'unbound', level: 0 });
    expect(by(a, 'norepo').detail).toMatch(/manifest names no source repository/);
    expect(a.totals).toMatchObject({ L0: 3, L2: 2, failed: 2, error: 0 });
    expect(a.dependencyLevels.SLSA_BUILD_LEVEL_0).toBe(3);
  }, 120000);

  test("without the registry's keys (its keys endpoint 404s), no publish attestation verifies: nothing is bound", async () => {
    const keys = reg.keys;
    reg.keys = undefined;
    try {
      const a = await auditLockfile(lockfile('nokeys-lock.json', ['good']), opts());
      expect(a.registryKeys).toMatch(/HTTP 404/);
      expect(by(a, 'good')).toMatchObject({ status: 'failed', level: null });
    } finally {
      reg.keys = keys;
    }
  }, 120000);

  test("a keys endpoint answering a web page adds no key (no crash): the registry's publish attestations fail", async () => {
    const keys = reg.keys;
    reg.keys = { kind: 'doc', body: Buffer.from('<!doctype html><title>Mirror</title>') };
    try {
      const a = await auditLockfile(lockfile('htmlkeys-lock.json', ['good']), opts());
      expect(a.registryKeys).toMatch(/\/-\/npm\/v1\/keys unusable/);
      expect(by(a, 'good')).toMatchObject({ status: 'failed', level: null });
    } finally {
      reg.keys = keys;
    }
  }, 120000);

  test('every provenance member of the document is bound, not only the first', async () => {
    const a = await auditLockfile(lockfile('twoprov-lock.json', ['twoprov']), opts());
    expect(by(a, 'twoprov')).toMatchObject({ status: 'unbound', level: 0 });
    expect(by(a, 'twoprov').detail).toMatch(/built from https:\/\/github\.com\/evil\/attacker/);
  }, 120000);

  test('repository forms compare equal (package.json shorthands, git+ssh, scp, .git, case)', () => {
    const want = 'github.com/acme/widget';
    for (const r of [
      'acme/widget',
      'github:acme/widget',
      'git+https://github.com/acme/widget.git',
      'git+ssh://git@github.com/acme/widget.git',
      'git@github.com:acme/widget.git',
      'https://github.com/Acme/Widget/',
      { type: 'git', url: 'git://github.com/acme/widget.git' },
      'https://www.github.com/acme/widget#main',
    ]) {
      expect(repositoryKey(r)).toBe(want);
    }
    expect(repositoryKey('gitlab:acme/widget')).toBe('gitlab.com/acme/widget');
    expect(repositoryKey('https://github.com/acme/widget-evil')).not.toBe(want);
    expect(repositoryKey('')).toBeUndefined();
    expect(repositoryKey({ type: 'git' })).toBeUndefined();
    expect(repositoryKey('https://github.com/acme')).toBeUndefined();
  });
});

describe('audit --lockfile: registry answers are bounded (finding 13)', () => {
  test('an answer over the byte cap is an error naming the package, never buffered whole', async () => {
    const a = await auditLockfile(lockfile('huge-lock.json', ['huge', 'good']), { ...opts(), maxBytes: 32 * 1024 });
    expect(by(a, 'huge')).toMatchObject({ status: 'error', level: null });
    expect(by(a, 'huge').detail).toMatch(/huge@1\.0\.0: attestations: the answer exceeds 32768 bytes/);
    expect(by(a, 'good')).toMatchObject({ status: 'verified', level: 2 });
  }, 120000);

  test('a cache entry over the cap is not read (fetched again)', async () => {
    const { attestationsUrl } = await import('../../src/audit/registry.js');
    const cacheDir = join(dir, 'cache-big');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(cacheDir, { recursive: true });
    const body = Buffer.alloc(64 * 1024, 0x20);
    const entry = Buffer.concat([Buffer.from(`200 ${createHash('sha256').update(body).digest('hex')}\n`), body]);
    const key = createHash('sha256')
      .update(attestationsUrl(reg.url, 'good', '1.0.0'))
      .digest('hex');
    writeFileSync(join(cacheDir, key), entry);
    const before = reg.hits.get('good@1.0.0') ?? 0;
    const a = await auditLockfile(lockfile('bigcache-lock.json', ['good']), {
      ...opts(),
      cacheDir,
      maxBytes: 32 * 1024,
    });
    expect(reg.hits.get('good@1.0.0')).toBe(before + 1);
    expect(by(a, 'good')).toMatchObject({ status: 'verified', level: 2, cached: false });
  }, 120000);

  test('the CLI default cap (32 MiB): an answer just over it fails that package, exit 1', async () => {
    reg.routes.set('huge@1.0.0', { kind: 'huge', bytes: 32 * 1024 * 1024 + 1 });
    const r = await runCli(
      [
        'audit',
        '--lockfile',
        lockfile('huge2-lock.json', ['huge']),
        '--registry',
        reg.url,
        '--trusted-root',
        sig.trustedRootPath,
        '--no-cache',
        '--json',
      ],
      { env: { PROVENANT_RETRY_BASE_MS: '5' } },
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.packages[0]).toMatchObject({ name: 'huge', status: 'error' });
    expect(out.packages[0].detail).toMatch(/exceeds 33554432 bytes/);
  }, 120000);
});

describe('audit --lockfile exit codes (finding 14)', () => {
  test('every registry request failed: exit 1, errors reported', async () => {
    const down = await startFakeRegistry(
      new Map([
        ['a@1.0.0', { kind: 'status', status: 503 }],
        ['b@1.0.0', { kind: 'status', status: 500 }],
      ]),
    );
    try {
      const r = await runCli(
        [
          'audit',
          '--lockfile',
          lockfile('down-lock.json', ['a', 'b']),
          '--registry',
          down.url,
          '--no-cache',
          '--timeout-ms',
          '2000',
        ],
        { env: { PROVENANT_RETRY_BASE_MS: '5' } },
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/totals: L0 0, L1 0, L2 0, L3 0, failed 0, errors 2/);
      expect(r.stderr).toMatch(/2 of 2 package\(s\) could not be evaluated/);
    } finally {
      await down.close();
    }
  }, 120000);

  test('a mirror without the attestations endpoint (404 for every package, manifests list attestations) is reported as such, exit 1', async () => {
    const mirror = await startFakeRegistry();
    mirror.manifests.set('a@1.0.0', manifest('a', 'acme/a'));
    mirror.manifests.set('b@1.0.0', manifest('b', 'acme/b', false));
    try {
      const lock = lockfile('mirror-lock.json', ['a', 'b']);
      const a = await auditLockfile(lock, { registry: mirror.url });
      expect(a.registryProblem).toMatch(/the registry does not serve attestations/);
      expect(a.packages.every((p) => p.status === 'error' && /does not serve attestations/.test(p.detail ?? ''))).toBe(
        true,
      );
      expect(a.totals).toMatchObject({ L0: 0, error: 2 });
      const r = await runCli(['audit', '--lockfile', lock, '--registry', mirror.url, '--no-cache'], {});
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/error: the registry does not serve attestations/);
      // packages that simply have no provenance (their manifests list none) stay L0, exit 0
      mirror.manifests.set('a@1.0.0', manifest('a', 'acme/a', false));
      const plain = await runCli(['audit', '--lockfile', lock, '--registry', mirror.url, '--no-cache', '--json'], {});
      expect(plain.code).toBe(0);
      expect(plain.stderr).toMatch(/warning: every package answered 404 .* if this registry is a mirror/);
      expect(JSON.parse(plain.stdout).totals).toMatchObject({ L0: 2, error: 0 });
    } finally {
      await mirror.close();
    }
  }, 120000);

  test('audit --help documents the exit codes', async () => {
    const r = await runCli(['audit', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes: 0 every artifact or dependency was evaluated/);
    expect(r.stdout).toMatch(/registry does not serve attestations/);
    expect(r.stdout).toMatch(/--registry-keys FILE/);
  });
});

describe('audit --lockfile output', () => {
  test('names from the lockfile reach the terminal without control or bidi characters', async () => {
    const evil = 'evil\u001b[2J\u001b]0;owned\u0007\u202e';
    reg.manifests.set(`${evil}@1.0.0`, manifest(evil, 'acme/evil', false));
    const r = await runCli(
      [
        'audit',
        '--lockfile',
        lockfile('evil-lock.json', [evil]),
        '--registry',
        reg.url,
        '--trusted-root',
        sig.trustedRootPath,
        '--no-cache',
      ],
      {},
    );
    expect(r.stdout).toContain('evil\\x1b[2J\\x1b]0;owned\\x07\\u202e@1.0.0\tL0\tno-provenance');
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(r.code).toBe(0);
  }, 120000);
});

describe("audit --lockfile binding with real npm documents (public-good root, npm's shipped keys)", () => {
  test('sigstore@1.0.0: bound as published; without its publish attestation, with another repository, or a tampered publish attestation it is not', async () => {
    const { readFileSync } = await import('node:fs');
    const { CORPUS } = await import('../support/paths.js');
    const base = join(CORPUS, 'npm-cli', 'npm-registry-attestations-sigstore-1.0.0');
    const real = JSON.parse(readFileSync(join(base, 'valid-sigstore-attestations.json'), 'utf8')) as {
      attestations: Array<{ predicateType: string }>;
    };
    const tgz = readFileSync(join(base, 'sigstore-1.0.0.tgz'));
    const tampered = readFileSync(
      join(CORPUS, 'derived-tamper', 'tamper-npm-sigstore-1.0.0-publish-subject', 'valid-sigstore-attestations.json'),
    );
    const lock = join(dir, 'real-lock.json');
    writeFileSync(
      lock,
      JSON.stringify({
        lockfileVersion: 3,
        packages: { '': { name: 'app' }, 'node_modules/sigstore': { version: '1.0.0', integrity: integrity(tgz) } },
      }),
    );
    const run = async (attestations: Behavior, repository: unknown) => {
      const r = await startFakeRegistry(new Map([['sigstore@1.0.0', attestations]]));
      r.manifests.set('sigstore@1.0.0', { kind: 'json', value: { name: 'sigstore', version: '1.0.0', repository } });
      try {
        // the default registry's keys are the shipped ones: pass them as a file for this local registry
        const { npmRegistryKeysText } = await import('../../src/verify/trust.js');
        const keys = join(dir, 'npm-keys.json');
        writeFileSync(keys, npmRegistryKeysText());
        return (await auditLockfile(lock, { registry: r.url, registryKeys: keys })).packages[0];
      } finally {
        await r.close();
      }
    };
    const repo = { type: 'git', url: 'git+https://github.com/sigstore/sigstore-js.git' };
    const whole: Behavior = { kind: 'doc', body: Buffer.from(JSON.stringify(real)) };
    // bound: the legacy certificate (GitHub workflow repository extension 1.5) names sigstore/sigstore-js
    expect(await run(whole, repo)).toMatchObject({ status: 'verified', level: 1 });
    const noPublish: Behavior = {
      kind: 'doc',
      body: Buffer.from(
        JSON.stringify({ attestations: real.attestations.filter((a) => a.predicateType !== NPM_PUBLISH_PREDICATE) }),
      ),
    };
    const a = await run(noPublish, repo);
    expect(a).toMatchObject({ status: 'unbound', level: 0 });
    expect(a.detail).toMatch(/no npm publish attestation/);
    const b = await run(whole, 'github:someone-else/sigstore-js');
    expect(b).toMatchObject({ status: 'unbound', level: 0 });
    expect(b.detail).toMatch(/not from the package's repository/);
    expect(await run({ kind: 'doc', body: tampered }, repo)).toMatchObject({ status: 'failed', level: null });
  }, 120000);
});
