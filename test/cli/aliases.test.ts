// The spellings users bring from gh attestation verify, slsa-verifier, cosign and the in-toto tools behave exactly
// as Provenant's own options: each alias runs the same check as Provenant's spelling and gets the same verdict,
// on a real GitHub Actions-signed SLSA provenance (aspect-build/rules_lint, signed by bazel-contrib/publish-to-bcr).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CORPUS } from '../support/paths.js';
import { ensureBuilt, runCli } from '../support/runner.js';

const SRC = join(CORPUS, 'slsa-verifier', 'slsa-bcr-module-bazel');
const TRUST = join(CORPUS, 'trust', 'public-good', 'trusted_root.json');
const WORKFLOW = 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml';
const SAN = `https://github.com/${WORKFLOW}@refs/tags/v0.0.1`;
const ISSUER = 'https://token.actions.githubusercontent.com';
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'prov-alias-'));
  copyFileSync(join(SRC, 'MODULE.bazel'), join(dir, 'MODULE.bazel'));
  copyFileSync(join(SRC, 'MODULE.bazel.intoto.jsonl'), join(dir, 'provenance.intoto.jsonl'));
}, 120000);

interface Verdict {
  code: number;
  verified?: boolean;
  failed?: string[];
  error?: string;
}

/** Runs `provenant ...args --json` and reduces the answer to its verdict: exit code, verified, failed check codes. */
async function verdict(args: string[], env?: Record<string, string>): Promise<Verdict> {
  const r = await runCli([...args, '--json'], { cwd: dir, env });
  const j = JSON.parse(r.stdout);
  if (j.error) return { code: r.code, error: j.error.code };
  return {
    code: r.code,
    verified: j.verified,
    failed: j.results.flatMap((x: { checks: Array<{ ok: boolean; detail: string }> }) =>
      x.checks.filter((c) => !c.ok).map((c) => /^\[([A-Z_]+)\]/.exec(c.detail)?.[1] ?? c.detail),
    ),
  };
}

// a certificate needs an identity constraint: the source repository (each test adds the check it is about)
const IDENTITY = ['--source-repo', 'aspect-build/rules_lint'];
const base = ['verify', 'MODULE.bazel', '--bundle', 'provenance.intoto.jsonl', '--trusted-root', TRUST, ...IDENTITY];

/** The peer's spelling and Provenant's give the same verdict; returns it for further assertions. */
async function same(peer: string[], ours: string[], args = base): Promise<Verdict> {
  const [a, b] = [await verdict([...args, ...peer]), await verdict([...args, ...ours])];
  expect(a).toEqual(b);
  return a;
}

const PASS: Verdict = { code: 0, verified: true, failed: [] };

describe('cosign spellings', () => {
  test.each([
    [
      '--certificate-identity',
      '--cert-identity',
      SAN,
      'https://github.com/octo/app/.github/workflows/x.yml@refs/heads/main',
    ],
    [
      '--certificate-identity-regexp',
      '--cert-identity-regex',
      '^https://github\\.com/bazel-contrib/',
      '^https://github\\.com/octo/',
    ],
    ['--certificate-oidc-issuer', '--cert-oidc-issuer', ISSUER, 'https://accounts.google.com'],
    [
      '--certificate-oidc-issuer-regexp',
      '--cert-oidc-issuer-regex',
      '^https://token\\.actions\\.',
      '^https://gitlab\\.com',
    ],
  ])('%s is %s (a match passes, a mismatch fails alike)', async (peer, ours, good, bad) => {
    expect(await same([peer, good], [ours, good])).toEqual(PASS);
    expect(await same([`${peer}=${bad}`], [ours, bad])).toMatchObject({
      code: 1,
      verified: false,
      failed: ['IDENTITY_MISMATCH'],
    });
  });

  test('--type slsaprovenance1|slsaprovenance02|slsaprovenance is --predicate-type URI', async () => {
    expect(await same(['--type', 'slsaprovenance1'], ['--predicate-type', 'https://slsa.dev/provenance/v1'])).toEqual(
      PASS,
    );
    const v02 = await same(['--type', 'slsaprovenance02'], ['--predicate-type', 'https://slsa.dev/provenance/v0.2']);
    expect(v02).toMatchObject({ code: 1, verified: false, failed: ['PREDICATE_TYPE'] });
    expect(await verdict([...base, '--type', 'slsaprovenance'])).toEqual(v02);
    expect(await same(['--type', 'https://slsa.dev/provenance/v1'], ['--predicate-type', 'slsaprovenance1'])).toEqual(
      PASS,
    );
  });
});

describe('gh attestation verify spellings', () => {
  test('--custom-trusted-root is --trusted-root; --format json is --json', async () => {
    const args = ['verify', 'MODULE.bazel', '--bundle', 'provenance.intoto.jsonl', ...IDENTITY];
    expect(await same(['--custom-trusted-root', TRUST], ['--trusted-root', TRUST], args)).toEqual(PASS);
    const wrong = join(CORPUS, 'trust', 'github-staging', 'trusted_root.json');
    const bad = await same(['--custom-trusted-root', wrong], ['--trusted-root', wrong], args);
    expect(bad.code).not.toBe(0);
    const a = await runCli([...base, '--format', 'json'], { cwd: dir });
    const b = await runCli([...base, '--json'], { cwd: dir });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect((await runCli([...base, '--format=json'], { cwd: dir })).stdout).toBe(b.stdout);
    const table = await runCli([...base, '--format', 'table'], { cwd: dir });
    expect(table.code).toBe(2);
  });

  test('--signer-workflow accepts [HOST/]OWNER/REPO/PATH; --signer-repo is the signing repository', async () => {
    expect(await same(['--signer-workflow', `github.com/${WORKFLOW}`], ['--signer-workflow', WORKFLOW])).toEqual(PASS);
    expect(
      await same(
        ['--signer-workflow', 'github.com/octo/app/.github/workflows/publish.yaml'],
        ['--signer-workflow', 'octo/app/.github/workflows/publish.yaml'],
      ),
    ).toMatchObject({ code: 1, failed: ['IDENTITY_MISMATCH'] });
    expect(
      await same(
        ['--signer-repo', 'bazel-contrib/publish-to-bcr'],
        ['--cert-identity-regex', '^https://github\\.com/bazel-contrib/publish-to-bcr/'],
      ),
    ).toEqual(PASS);
    expect(
      await same(['--signer-repo', 'octo/app'], ['--cert-identity-regex', '^https://github\\.com/octo/app/']),
    ).toMatchObject({ code: 1, failed: ['IDENTITY_MISMATCH'] });
  });

  test('--owner: the source repository owner (case-insensitive, as GitHub names are)', async () => {
    expect(await verdict([...base, '--owner', 'aspect-build'])).toEqual(PASS);
    expect(await verdict([...base, '--owner', 'Aspect-Build'])).toEqual(PASS);
    expect(await verdict([...base, '--owner', 'bazel-contrib'])).toMatchObject({
      code: 1,
      failed: ['IDENTITY_MISMATCH'],
    });
  });

  test("--cert-oidc-issuer defaults to GitHub Actions' issuer with a GitHub identity flag (as gh)", async () => {
    expect(await same(['--owner', 'aspect-build'], ['--owner', 'aspect-build', '--cert-oidc-issuer', ISSUER])).toEqual(
      PASS,
    );
    expect(
      await verdict([...base, '--owner', 'aspect-build', '--cert-oidc-issuer', 'https://accounts.google.com']),
    ).toMatchObject({ code: 1, failed: ['IDENTITY_MISMATCH'] });
  });
});

describe('gh --repo downloads the attestations and also enforces the source repository', () => {
  let server: Server;
  let api: string;
  beforeAll(async () => {
    const bundle = JSON.parse(readFileSync(join(SRC, 'MODULE.bazel.intoto.jsonl'), 'utf8').trim().split('\n')[0]);
    const digest = createHash('sha256')
      .update(readFileSync(join(SRC, 'MODULE.bazel')))
      .digest('hex');
    // the same attestation is served for two repositories: only the one it was built from may accept it
    server = createServer((req, res) => {
      const ok = [
        `/repos/aspect-build/rules_lint/attestations/sha256:${digest}`,
        `/repos/octo/mirror/attestations/sha256:${digest}`,
      ].includes(decodeURIComponent(req.url ?? '').split('?')[0]);
      res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ok ? { attestations: [{ bundle, repository_id: 1 }] } : { message: 'Not Found' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('the attestation of aspect-build/rules_lint passes for it, not for another repository serving it', async () => {
    const env = { GITHUB_API_URL: api, GITHUB_TOKEN: 't' };
    const args = ['verify', 'MODULE.bazel', '--trusted-root', TRUST];
    expect(await verdict([...args, '--repo', 'aspect-build/rules_lint'], env)).toEqual(PASS);
    const mirror = await verdict([...args, '--repo', 'octo/mirror'], env);
    expect(mirror).toMatchObject({ code: 1, verified: false, failed: ['IDENTITY_MISMATCH'] });
    expect(await verdict([...args, '--repo', 'octo/mirror', '--source-repo', 'octo/mirror'], env)).toEqual(mirror);
  });
});

describe('slsa-verifier spellings', () => {
  test('verify-artifact --provenance-path is verify --bundle', async () => {
    const args = ['MODULE.bazel', '--trusted-root', TRUST, ...IDENTITY];
    const a = await verdict(['verify-artifact', ...args, '--provenance-path', 'provenance.intoto.jsonl']);
    expect(a).toEqual(await verdict(['verify', ...args, '--bundle', 'provenance.intoto.jsonl']));
    expect(a).toEqual(PASS);
    writeFileSync(join(dir, 'other.bin'), 'not the module');
    const b = await verdict([
      'verify-artifact',
      'other.bin',
      '--trusted-root',
      TRUST,
      ...IDENTITY,
      '--provenance-path',
      'provenance.intoto.jsonl',
    ]);
    expect(b).toEqual(
      await verdict([
        'verify',
        'other.bin',
        '--trusted-root',
        TRUST,
        ...IDENTITY,
        '--bundle',
        'provenance.intoto.jsonl',
      ]),
    );
    expect(b).toMatchObject({ code: 1, failed: ['SUBJECT_MISMATCH'] });
  });

  test('--print-provenance prints the verified Statement on stdout (the verdict on stderr)', async () => {
    const r = await runCli(
      [
        'verify-artifact',
        'MODULE.bazel',
        '--provenance-path',
        'provenance.intoto.jsonl',
        '--trusted-root',
        TRUST,
        ...IDENTITY,
        '--print-provenance',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const st = JSON.parse(r.stdout);
    expect(st.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(st.subject[0].name).toBe('MODULE.bazel');
    expect(r.stderr).toMatch(/MODULE\.bazel\s+yes\s+L2/);
    const bad = await runCli(
      [
        'verify-artifact',
        'other.bin',
        '--provenance-path',
        'provenance.intoto.jsonl',
        '--trusted-root',
        TRUST,
        ...IDENTITY,
        '--print-provenance',
      ],
      { cwd: dir },
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
  });
});

describe('in-toto spellings', () => {
  test('in-toto-verify: -l, -k/--layout-keys A B, -d/--link-dir are --layout, --layout-key, --links', async () => {
    const lay = mkdtempSync(join(tmpdir(), 'prov-alias-layout-'));
    cpSync(join(CORPUS, 'in-toto', 'intoto-derived-demo-single-signed'), lay, { recursive: true });
    writeFileSync(join(lay, 'not-a-product.txt'), 'x');
    const run = async (args: string[]) => {
      const r = await runCli(['verify', ...args, '--json'], { cwd: lay });
      const j = JSON.parse(r.stdout);
      return { code: r.code, verified: j.verified, artifacts: j.artifacts, error: j.error?.code };
    };
    for (const product of ['foo.tar.gz', 'not-a-product.txt']) {
      const ours = await run(['--layout', 'root.layout', '--layout-key', 'alice.pub', '--links', '.', product]);
      expect(await run(['-l', 'root.layout', '--layout-keys', 'alice.pub', '--link-dir', '.', product])).toEqual(ours);
      expect(await run(['-l', 'root.layout', '-k', 'alice.pub', '-d', '.', product])).toEqual(ours);
      expect(ours.code).toBe(product === 'foo.tar.gz' ? 0 : 1);
    }
    // --layout-keys A B: several keys after one flag (the layout is signed by alice only: bob's is one too many)
    writeFileSync(
      join(lay, 'bob.pub'),
      generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }) as string,
    );
    const two = await run(['-l', 'root.layout', '--layout-keys', 'alice.pub', 'bob.pub', '--link-dir', '.']);
    expect(two).toEqual(
      await run(['--layout', 'root.layout', '--layout-key', 'alice.pub', '--layout-key', 'bob.pub', '--links', '.']),
    );
    expect(two.code).toBe(1);
  });

  test('in-toto-run / in-toto-record: -n/--step-name, -k, -d/--metadata-directory, -x are --step, --key, --output-dir, --no-command', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'prov-alias-run-'));
    writeFileSync(
      join(ws, 'key.pem'),
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    );
    writeFileSync(join(ws, 'src.txt'), 'source');
    const link = (sub: string) => {
      const f = readdirSync(join(ws, sub)).filter((n) => n.endsWith('.link'));
      expect(f).toHaveLength(1);
      return { name: f[0], body: readFileSync(join(ws, sub, f[0]), 'utf8') };
    };
    const a = await runCli(
      [
        'run',
        '--step',
        'build',
        '--key',
        'key.pem',
        '--products',
        'src.txt',
        '--output-dir',
        'a',
        '--no-command',
        '--legacy',
      ],
      { cwd: ws },
    );
    const b = await runCli(['run', '-n', 'build', '-k', 'key.pem', '-p', 'src.txt', '-d', 'b', '-x', '--legacy'], {
      cwd: ws,
    });
    const c = await runCli(
      [
        'run',
        '--step-name',
        'build',
        '-k',
        'key.pem',
        '--products',
        'src.txt',
        '--metadata-directory',
        'c',
        '-x',
        '--legacy',
      ],
      { cwd: ws },
    );
    expect([a.code, b.code, c.code]).toEqual([0, 0, 0]);
    expect(link('b')).toEqual(link('a'));
    expect(link('c')).toEqual(link('a'));
    // record start/stop with in-toto-record's spellings
    const s1 = await runCli(['record', 'start', '-n', 'pack', '-k', 'key.pem', '-m', 'src.txt', '-d', 'r'], {
      cwd: ws,
    });
    const s2 = await runCli(
      [
        'record',
        'stop',
        '--step-name',
        'pack',
        '-k',
        'key.pem',
        '-p',
        'src.txt',
        '--metadata-directory',
        'r',
        '--legacy',
      ],
      { cwd: ws },
    );
    expect([s1.code, s2.code]).toEqual([0, 0]);
    expect(JSON.parse(link('r').body).signed).toMatchObject({
      name: 'pack',
      materials: { 'src.txt': expect.anything() },
      products: { 'src.txt': expect.anything() },
    });
  });
});

describe("the actions' input names on the command line", () => {
  test('--bundles, --min-slsa-level, --keys, --build-workflow-inputs are --bundle, --min-level, --key, --build-workflow-input', async () => {
    expect(
      await same(
        ['--bundles', 'provenance.intoto.jsonl', '--min-slsa-level', '2'],
        ['--bundle', 'provenance.intoto.jsonl', '--min-level', '2'],
        ['verify', 'MODULE.bazel', '--trusted-root', TRUST, ...IDENTITY],
      ),
    ).toEqual(PASS);
    expect(await same(['--min-slsa-level', '3'], ['--min-level', '3'])).toMatchObject({
      code: 1,
      failed: ['LEVEL_TOO_LOW'],
    });
    expect(await same(['--build-workflow-inputs', 'x=y'], ['--build-workflow-input', 'x=y'])).toMatchObject({
      code: 1,
      verified: false,
    });
    const k = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(dir, 'k.pem'), k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    writeFileSync(join(dir, 'k.pub'), k.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    writeFileSync(join(dir, 'b.txt'), 'b');
    const att = await runCli(['attest', 'b.txt', '--private-key', 'k.pem', '--digest-algorithms', 'sha512', '--json'], {
      cwd: dir,
    });
    expect(att.code).toBe(0);
    expect(Object.keys(JSON.parse(att.stdout).subjects[0].digest)).toEqual(['sha512']);
    expect(await same(['--keys', 'k.pub'], ['--key', 'k.pub'], ['verify', 'b.txt'])).toMatchObject({
      code: 0,
      verified: true,
    });
  });
});

describe('unknown options and usage errors', () => {
  test.each([
    ['verify', ['--certificate-identiy', 'x'], '--certificate-identity'],
    ['verify', ['--min-levl', '2'], '--min-level'],
    ['attest', ['--unsgned'], '--unsigned'],
    ['audit', ['--lockfil', 'x'], '--lockfile'],
    ['verify-vsa', ['--verifer-id', 'x'], '--verifier-id'],
    ['run', ['--stp', 'x'], '--step'],
    ['layout', ['sign', 'x', '--ky', 'k'], '--key'],
  ])("provenant %s %j: did you mean %s? exit 2, pointing at the command's help", async (cmd, args, hint) => {
    const r = await runCli([cmd, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    const bad = args.find((a) => a.startsWith('--'))!;
    expect(r.stderr).toContain(`unknown option ${bad} (did you mean ${hint}?)`);
    expect(r.stderr).toContain(`see provenant ${cmd} --help`);
    expect(r.stderr).not.toMatch(/To specify a positional argument/);
  });

  test('an unknown command suggests the closest one and exits 2', async () => {
    const r = await runCli(['verfy', 'x'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^provenant: unknown command 'verfy' \(did you mean verify\?\)/);
    expect((await runCli(['--help'], { cwd: dir })).stdout).toMatch(/verify-artifact \(slsa-verifier\) = verify/);
  });

  test('every usage error exits 2: --digest md5, a malformed sha256:…, a bad --subject-digest, a bad regexp', async () => {
    writeFileSync(join(dir, 'a.txt'), 'a');
    const cases: string[][] = [
      ['attest', 'a.txt', '--unsigned', '--digest', 'md5'],
      ['attest', '--unsigned', '--subject-name', 'x', '--subject-digest', 'sha256:abc'],
      ['verify', 'sha256:abc'],
      ['verify', `sha256:${'z'.repeat(64)}`],
      ['verify-vsa', 'x.json', '--digest', 'sha256:12', '--key', 'k'],
      ['verify', 'MODULE.bazel', '--certificate-identity-regexp', '('],
      ['verify', 'MODULE.bazel', '--type', 'not a type'],
    ];
    for (const c of cases) {
      const r = await runCli(c, { cwd: dir });
      expect({ c, code: r.code }).toEqual({ c, code: 2 });
      expect(r.stderr).toMatch(/^provenant: \[USAGE\]/);
    }
    // messages name the spelling the user typed
    const md5 = await runCli(['attest', 'a.txt', '--unsigned', '--digest', 'md5'], { cwd: dir });
    expect(md5.stderr).toMatch(/--digest: unsupported algorithm 'md5'/);
    const re = await runCli(['verify', 'MODULE.bazel', '--certificate-identity-regexp', '('], { cwd: dir });
    expect(re.stderr).toMatch(/--certificate-identity-regexp: '\(' is not a valid regular expression/);
  });
});
