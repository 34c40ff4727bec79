/**
 * Issue 16 (producer side), unit level: the helpers every producer path uses. readContainedFile (finding 1, 7),
 * printable / guardOutput (finding 5), redactArgv (finding 2), one source per subject name (finding 12), the
 * Sigstore instance from the token's visibility claim (finding 11), step names (finding 12).
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContainedFileSync } from '../../src/util/fs.js';
import { guardOutput, printable, printableLines } from '../../src/util/escape.js';
import { isSecretOption, redactArgv, redactText, REDACTED } from '../../src/util/redact.js';
import { resolveSubjects } from '../../src/subjects/index.js';
import { keylessFromToken } from '../../src/signing/sigstore.js';
import { githubRunClaims } from '../../src/signing/oidc.js';
import { githubContext } from '../../src/slsa/github.js';
import { insideDir, validateStepName } from '../../src/commands/run.js';
import { ProvenantError } from '../../src/errors.js';
import { loadFunctionaryKey } from '../../src/intoto/sslib.js';

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof ProvenantError ? `${e.code}: ${e.message}` : `not a ProvenantError: ${String(e)}`;
  }
  return 'no error';
};

describe('readContainedFile (findings 1 and 7)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'prov-contained-'));
  const outside = mkdtempSync(join(tmpdir(), 'prov-outside-'));
  writeFileSync(join(ws, 'ok.txt'), 'inside');
  writeFileSync(join(outside, 'secret.txt'), 'outside secret');
  symlinkSync(join(outside, 'secret.txt'), join(ws, 'out-link'));
  symlinkSync('/proc/self/environ', join(ws, 'environ.link'));
  symlinkSync('/dev/zero', join(ws, 'zero'));
  symlinkSync('ok.txt', join(ws, 'in-link'));
  execFileSync('mkfifo', [join(ws, 'fifo')]);
  mkdirSync(join(ws, 'dir'));

  test('a regular file inside the root is read; a symlink resolving inside too', () => {
    expect(readContainedFileSync(join(ws, 'ok.txt'), { root: ws, maxBytes: 100, what: 't' }).data.toString()).toBe(
      'inside',
    );
    expect(readContainedFileSync(join(ws, 'in-link'), { root: ws, maxBytes: 100, what: 't' }).data.toString()).toBe(
      'inside',
    );
  });
  test('symlinks out of the root (a file elsewhere, /proc/self/environ, /dev/zero) are SYMLINK_ESCAPE', () => {
    expect(code(() => readContainedFileSync(join(ws, 'out-link'), { root: ws, maxBytes: 100, what: 'links' }))).toMatch(
      /^SYMLINK_ESCAPE: links: .*out-link resolves to .*secret\.txt, outside/,
    );
    expect(
      code(() => readContainedFileSync(join(ws, 'environ.link'), { root: ws, maxBytes: 1 << 20, what: 'links' })),
    ).toMatch(/^SYMLINK_ESCAPE: .*\/proc\/\d+\/environ/);
    expect(code(() => readContainedFileSync(join(ws, 'zero'), { root: ws, maxBytes: 100, what: 'materials' }))).toMatch(
      /^SYMLINK_ESCAPE: .*\/dev\/zero/,
    );
  });
  test('a FIFO is refused at once (never a blocking read), a folder too', () => {
    expect(code(() => readContainedFileSync(join(ws, 'fifo'), { root: ws, maxBytes: 100, what: 'materials' }))).toMatch(
      /^FILE_NOT_REGULAR: materials: .*fifo is a FIFO, not a regular file/,
    );
    expect(code(() => readContainedFileSync(join(ws, 'dir'), { root: ws, maxBytes: 100, what: 'x' }))).toMatch(
      /^FILE_NOT_REGULAR: .*is a folder/,
    );
  });
  test('without a root a device is still refused; the size limit holds even when the size says 0 (/proc)', () => {
    expect(code(() => readContainedFileSync('/dev/zero', { maxBytes: 100, what: 'yarn.lock' }))).toMatch(
      /^FILE_NOT_REGULAR: .*is a device/,
    );
    expect(code(() => readContainedFileSync(join(ws, 'ok.txt'), { maxBytes: 3, what: 'x' }))).toMatch(
      /^FILE_TOO_LARGE: .*6 bytes, more than the limit of 3/,
    );
    expect(code(() => readContainedFileSync('/proc/self/status', { maxBytes: 10, what: 'x' }))).toMatch(
      /^FILE_TOO_LARGE: .*more than the limit of 10/,
    );
  });
  test('a key file that is a FIFO or a device is refused (run/record/verify --key, layout keys)', () => {
    expect(code(() => loadFunctionaryKey(join(ws, 'fifo')))).toMatch(/^FILE_NOT_REGULAR: key: .*fifo is a FIFO/);
    expect(code(() => loadFunctionaryKey('/dev/zero'))).toMatch(/^FILE_NOT_REGULAR: key: \/dev\/zero is a device/);
  });
  test('a missing file is FILE_NOT_FOUND; a name with a newline is printed escaped', () => {
    expect(
      code(() => readContainedFileSync(join(ws, 'a\n::add-mask::x'), { root: ws, maxBytes: 10, what: 'x' })),
    ).toMatch(/^FILE_NOT_FOUND: x: cannot read .*a\\n::add-mask::x \(ENOENT\)$/);
  });
});

describe('printable and guardOutput (finding 5)', () => {
  test('one line, control characters visible, no workflow command', () => {
    expect(printable('a\n::add-mask::x')).toBe('a\\n::add-mask::x');
    expect(printable('::stop-commands::tok')).toBe('\\x3a:stop-commands::tok');
    expect(printable('  ::error::x')).toBe('  \\x3a:error::x');
    expect(printable('x ##[add-mask]y')).toBe('x #\\x23[add-mask]y');
    expect(printable('tab\there\rcr\x1b[31mred\u202eevil')).toBe('tab\\there\\rcr\\x1b[31mred\\u202eevil');
    expect(printable('plain name/ok.tar.gz')).toBe('plain name/ok.tar.gz');
    expect(printable('a\n::x').split('\n')).toHaveLength(1);
  });
  test('printableLines keeps our own line breaks but defuses each line (\\r counts as a break)', () => {
    expect(printableLines('error\n::add-mask::x\r::error::y')).toBe('error\n\\x3a:add-mask::x\n\\x3a:error::y');
  });
  test('guardOutput: no line of a chunk starts a command; tables and progress keep their line breaks', () => {
    const out = guardOutput('ok line\n::add-mask::secret\r::stop-commands::t\n  ✓ step x\n');
    expect(out.split(/\r|\n/).filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(out).toBe('ok line\n\\x3a:add-mask::secret\r\\x3a:stop-commands::t\n  ✓ step x\n');
    expect(guardOutput('\raudited 3/4 packages')).toBe('\raudited 3/4 packages');
  });
});

describe('redactArgv (finding 2): every secret-bearing option', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vciJ9.c2lnbmF0dXJlc2lnbmF0dXJl';
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const cases: Array<[string, string[], string[]]> = [
    [
      '--identity-token VALUE',
      ['attest', '--sigstore', '--identity-token', 'tok-123456'],
      ['attest', '--sigstore', '--identity-token', REDACTED],
    ],
    ['--identity-token=VALUE', ['--identity-token=tok-123456'], [`--identity-token=${REDACTED}`]],
    ['--github-token', ['--github-token', 'abcdef123'], ['--github-token', REDACTED]],
    ['--token', ['--token', 'abcdef123'], ['--token', REDACTED]],
    ['--key-passphrase', ['--key-passphrase', 'hunter22'], ['--key-passphrase', REDACTED]],
    ['--passphrase=', ['--passphrase=hunter22'], [`--passphrase=${REDACTED}`]],
    ['--password', ['--password', 'hunter22'], ['--password', REDACTED]],
    ['--db-password=', ['--db-password=hunter22'], [`--db-password=${REDACTED}`]],
    ['--client-secret', ['--client-secret', 'shh-123456'], ['--client-secret', REDACTED]],
    ['--private-key with inline PEM', ['--private-key', pem], ['--private-key', REDACTED]],
    ['--api-key', ['--api-key', 'k-123456'], ['--api-key', REDACTED]],
    ['an inline PEM anywhere', ['--key', pem], ['--key', REDACTED]],
    ['a JWT anywhere', ['--foo', jwt], ['--foo', REDACTED]],
    ['a GitHub token anywhere', ['x', 'ghs_0123456789abcdefABCDEF'], ['x', REDACTED]],
    [
      'an Authorization header',
      ['curl', '-H', 'Authorization: Bearer abc.def'],
      ['curl', '-H', `Authorization: ${REDACTED}`],
    ],
    [
      'a password in a URL',
      ['git', 'clone', 'https://user:pa55@example.com/r.git'],
      ['git', 'clone', `https://user:${REDACTED}@example.com/r.git`],
    ],
    [
      'NAME=VALUE with a secret name',
      ['env', 'NPM_TOKEN=abcdef', 'DB_PASSWORD=x1', 'MODE=release', 'make'],
      ['env', `NPM_TOKEN=${REDACTED}`, `DB_PASSWORD=${REDACTED}`, 'MODE=release', 'make'],
    ],
  ];
  for (const [name, argv, want] of cases) {
    test(name, () => expect(redactArgv(argv, {})).toEqual(want));
  }
  test('options naming where a secret is are kept (-env, -file); ordinary options are kept', () => {
    expect(
      redactArgv(
        ['--identity-token-env', 'SIGSTORE_ID_TOKEN', '--key-passphrase-env', 'PASS', '--author', 'me', 'out/**'],
        {},
      ),
    ).toEqual([
      '--identity-token-env',
      'SIGSTORE_ID_TOKEN',
      '--key-passphrase-env',
      'PASS',
      '--author',
      'me',
      'out/**',
    ]);
    expect(isSecretOption('--identity-token')).toBe(true);
    expect(isSecretOption('--subject-path')).toBe(false);
  });
  test('the value of a secret-bearing environment variable is redacted wherever it appears', () => {
    const env = {
      GITHUB_TOKEN: 'plain-value-1234',
      'INPUT_PRIVATE-KEY-PASSPHRASE': 's3cretpass',
      'INPUT_SUBJECT-PATH': 'dist/app',
    };
    expect(redactArgv(['sh', '-c', 'curl -u x:plain-value-1234 https://h', 'dist/app', 'use s3cretpass'], env)).toEqual(
      ['sh', '-c', `curl -u x:${REDACTED} https://h`, 'dist/app', `use ${REDACTED}`],
    );
    expect(redactText('log: plain-value-1234\n', ['plain-value-1234'])).toBe(`log: ${REDACTED}\n`);
  });
});

describe('a subject name has one source (finding 12)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'prov-onesource-'));
  writeFileSync(join(ws, 'a.bin'), 'A');
  const sha256 = createHash('sha256').update('A').digest('hex');
  test("a real sha256 is not merged with a checksum file's sha512 of another file: an error", async () => {
    const other = createHash('sha512').update('something else').digest('hex');
    await expect(
      resolveSubjects({ baseDir: ws, subjectPaths: 'a.bin', subjectChecksums: `${other}  a.bin\n` }),
    ).rejects.toThrow(
      /subject 'a\.bin' is given by subject-checksums \(sha512\) and by subject-path \(sha256\): a subject's digests must come from one source/,
    );
  });
  test('the same digest from two sources is one subject; one checksum file may give two algorithms', async () => {
    expect(
      await resolveSubjects({ baseDir: ws, subjectPaths: 'a.bin', subjectChecksums: `${sha256}  a.bin\n` }),
    ).toEqual([{ name: 'a.bin', digest: { sha256 } }]);
    const s512 = createHash('sha512').update('A').digest('hex');
    expect(
      await resolveSubjects({ baseDir: ws, subjectChecksums: `SHA256 (x) = ${sha256}\nSHA512 (x) = ${s512}\n` }),
    ).toEqual([{ name: 'x', digest: { sha256, sha512: s512 } }]);
  });
});

describe('the run facts come from signed claims (findings 10 and 11)', () => {
  const tok = (claims: Record<string, unknown>) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;
  const claimsOf = (t: string) =>
    JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
  test("the token's repository_visibility decides the instance, not the event's", () => {
    const priv = tok({
      job_workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main',
      repository_visibility: 'private',
    });
    expect(keylessFromToken(priv, claimsOf, { visibility: 'public' }).endpoints).toMatchObject({
      instance: 'github',
      reason: 'the repository is private',
    });
    const pub = tok({
      job_workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main',
      repository_visibility: 'public',
    });
    expect(keylessFromToken(pub, claimsOf, { visibility: 'private' }).endpoints.instance).toBe('public-good');
    // a GitHub token without the claim counts as private, whatever the event says
    expect(
      keylessFromToken(tok({ job_workflow_ref: 'o/r/.github/workflows/x.yml@x' }), claimsOf, { visibility: 'public' })
        .endpoints.instance,
    ).toBe('github');
  });
  test('builder.id never comes from GITHUB_JOB_WORKFLOW_REF; the token claim or the calling workflow', () => {
    const env = {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_REPOSITORY_OWNER_ID: '2',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_RUN_ID: '9',
      GITHUB_JOB_WORKFLOW_REF: 'evil/x/.github/workflows/forged.yml@refs/heads/main',
    };
    const warnings: string[] = [];
    expect(githubContext(env, {}, undefined, (m) => warnings.push(m)).jobWorkflowRef).toBe(
      'o/r/.github/workflows/ci.yml@refs/heads/main',
    );
    expect(warnings.join('\n')).toMatch(/GITHUB_JOB_WORKFLOW_REF is set .* ignored/);
    const claims = githubRunClaims({
      job_workflow_ref: 'o/shared/.github/workflows/build.yml@refs/tags/v1',
      run_id: 9,
    })!;
    expect(githubContext(env, {}, claims).jobWorkflowRef).toBe('o/shared/.github/workflows/build.yml@refs/tags/v1');
  });
});

describe('step names (finding 12)', () => {
  test('names that are not one file name are refused', () => {
    for (const bad of ['../..', '..', '.', 'a/b', 'a\\b', 'x\ny', ''])
      expect(code(() => validateStepName(bad))).toMatch(/^USAGE: --step/);
    expect(validateStepName('build-1.2')).toBe('build-1.2');
    expect(code(() => insideDir('/tmp/out', '../x.link'))).toMatch(/^OUTPUT_UNWRITABLE/);
    expect(insideDir('/tmp/out', 'build.12345678.link')).toBe('/tmp/out/build.12345678.link');
  });
});
