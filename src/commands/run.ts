import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { ProvenantError } from '../errors.js';
import { linkBody, serializeLink } from '../intoto/link.js';
import { maxRecordPaths, recordArtifacts, type RecordOptions } from '../intoto/record.js';
import { loadFunctionaryKey, type LoadedFunctionaryKey } from '../intoto/sslib.js';
import { warmHashHelpers } from '../subjects/hash.js';
import type { AttestationSigner } from '../signing/types.js';
import { makeDirs, writeFileAtomic } from '../util/fs.js';
import { parseCommandArgs } from './args.js';
import { startProgress } from '../util/progress.js';
import { printable } from '../util/escape.js';
import { redactArgv, redactText, secretValues } from '../util/redact.js';
import { SIGSTORE_OPTIONS, keylessFromValues } from './policy-args.js';

export const summary = 'run one build step and record it as a signed in-toto link';

const HELP = `Usage: provenant run --step NAME [options] -- COMMAND [ARGS...]

Hashes the materials, runs the command (its output streams through), hashes the products, and writes a signed
in-toto link: an in-toto Statement v1 with the link v0.3 predicate in a DSSE envelope, or with --legacy the
reference implementation's format ({"signed","signatures"}, canonical JSON), as <NAME>.<KEYID8>.link. Byproducts:
the return value, and with --record-streams stdout and stderr. The command's exit code is passed on (the link is
written either way). Secrets are never recorded: the values of secret-bearing options (--token, --password, …),
inline keys, tokens and the values of secret-bearing environment variables become *** in the recorded command
(and streams).

  --step NAME              (-n, --step-name) the step's name in the layout
  --materials PATH|GLOB    files or folders hashed before the command (repeatable)
  --products PATH|GLOB     files or folders hashed after it (repeatable)
  --key KEY                (-k) private key: PEM (RSA, ECDSA, ed25519) or securesystemslib JSON; the link's keyid is its
                           securesystemslib id (the reference's)
  --key-passphrase-env VAR passphrase of an encrypted key
  --sigstore               sign keyless instead (--identity-token, --identity-token-env, --fulcio-url, …)
  --legacy                 the reference format (needs --key)
  --exclude PATTERN        gitignore-style exclusion (repeatable; default *.link*, .git, *.pyc, *~)
  --lstrip-paths PREFIX    remove a prefix from recorded names (repeatable)
  --no-follow-symlink-dirs do not walk into symlinked folders (in-toto-run does)
  --base-path DIR          record artifacts relative to DIR (default .)
  --output-dir DIR         (-d, --metadata-directory) where the link goes (default .)
  --no-command             (-x) record materials/products only (no command after --)
  -s, --record-streams     record the command's stdout and stderr in the link (off by default: a secret the
                           runner masks in the log would be in clear in the signed, published link)
Exit codes: the command's; 1 when recording or signing fails; 2 usage.
`;

export const RECORDING_OPTIONS = {
  step: { type: 'string' },
  materials: { type: 'string', multiple: true, short: 'm' },
  products: { type: 'string', multiple: true, short: 'p' },
  key: { type: 'string' },
  'key-passphrase-env': { type: 'string' },
  sigstore: { type: 'boolean' },
  legacy: { type: 'boolean' },
  exclude: { type: 'string', multiple: true },
  'lstrip-paths': { type: 'string', multiple: true },
  'no-follow-symlink-dirs': { type: 'boolean' },
  'base-path': { type: 'string' },
  'output-dir': { type: 'string' },
  ...SIGSTORE_OPTIONS,
} as const;

/** in-toto-run style lists: `--materials a b c` is `--materials a --materials b --materials c`. */
export function spreadLists(
  argv: string[],
  names = ['--materials', '--products', '--exclude', '--lstrip-paths', '-m', '-p'],
): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    out.push(a);
    if (!names.includes(a)) continue;
    let first = true;
    while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) {
      if (!first) out.push(a);
      out.push(argv[++i]);
      first = false;
    }
  }
  return out;
}

const MAX_CAPTURE = 16 * 1024 * 1024;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Expands globs to paths relative to `base`; plain paths pass through (folders are walked by the recorder). */
export async function expandArtifactArgs(items: string[] | undefined, base: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of items ?? []) {
    if (!/[*?[]/.test(p)) {
      out.push(p);
      continue;
    }
    const { create } = await import('@actions/glob');
    const files: string[] = [];
    const limit = maxRecordPaths();
    for await (const f of (
      await create(resolve(base, p), { matchDirectories: true, implicitDescendants: false })
    ).globGenerator()) {
      files.push(f);
      if (files.length > limit)
        throw new ProvenantError(
          'INPUT_INVALID',
          `'${printable(p)}': more than ${limit} paths (symlinked folders that fan out?); set PROVENANT_MAX_PATHS`,
        );
    }
    for (const f of files.sort()) out.push(f.startsWith(`${base}/`) ? f.slice(base.length + 1) : f);
  }
  return out;
}

/** recordArtifacts with a progress line (big trees take a while to hash). */
export async function recordWithProgress(
  paths: string[],
  rec: RecordOptions,
  what: string,
): Promise<Awaited<ReturnType<typeof recordArtifacts>>> {
  const progress = startProgress(`recording ${what}`, 'files');
  try {
    return await recordArtifacts(paths, rec);
  } finally {
    progress.stop();
  }
}

/**
 * A step name becomes a file name (<NAME>.<KEYID8>.link): no path separators, no control characters, not `.` or
 * `..`, so `--step ../..` cannot write outside --output-dir.
 */
export function validateStepName(step: string): string {
  if (!step || /[/\\\u0000-\u001f\u007f]/.test(step) || step === '.' || step === '..' || step.length > 200) {
    throw new ProvenantError(
      'USAGE',
      `--step '${printable(step)}': a step name is a file name (no '/', '\\', control characters, '.' or '..'; at ` +
        `most 200 characters)`,
    );
  }
  return step;
}

/** Refuses a file name that would land outside `dir`. */
export function insideDir(dir: string, fileName: string): string {
  const p = resolve(dir, fileName);
  const r = relative(dir, p);
  if (!r || r.startsWith('..') || isAbsolute(r) || r.includes('/'))
    throw new ProvenantError(
      'OUTPUT_UNWRITABLE',
      `'${printable(fileName)}' would be written outside ${printable(dir)}`,
    );
  return p;
}

/** The recording options shared by run and record. */
export function recordOptions(values: Record<string, any>, base: string): RecordOptions {
  return {
    baseDir: base,
    excludes: values.exclude as string[] | undefined,
    lstrip: values['lstrip-paths'] as string[] | undefined,
    followSymlinkDirs: !values['no-follow-symlink-dirs'],
  };
}

export async function signingFrom(
  values: Record<string, any>,
  flag: string,
): Promise<{ key?: LoadedFunctionaryKey; signer?: AttestationSigner }> {
  if (values.key && values.sigstore) throw new ProvenantError('USAGE', '--key and --sigstore exclude each other');
  if (values.key) {
    let pass: string | undefined;
    if (values['key-passphrase-env']) {
      pass = process.env[values['key-passphrase-env']];
      if (pass === undefined)
        throw new ProvenantError('USAGE', `--key-passphrase-env: ${values['key-passphrase-env']} is not set`);
    }
    const key = loadFunctionaryKey(values.key, pass);
    if (!key.private) throw new ProvenantError('KEY_INVALID', `--key ${values.key}: a private key is needed to sign`);
    return { key };
  }
  if (values.sigstore) {
    if (values.legacy) throw new ProvenantError('USAGE', '--legacy links are signed with --key');
    return { signer: (await keylessFromValues(values, flag)).signer };
  }
  throw new ProvenantError('USAGE', `${flag}: sign the link with --key KEY or --sigstore`);
}

/**
 * Runs the command, streaming its output through; with `capture` (--record-streams) it also keeps the output
 * (bounded) for the byproducts, else the streams are empty.
 */
function execute(
  cmd: string[],
  cwd: string,
  capture: boolean,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd, stdio: ['inherit', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    child.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d);
      if (!capture) return;
      if (outLen < MAX_CAPTURE) out.push(d);
      outLen += d.length;
    });
    child.stderr.on('data', (d: Buffer) => {
      process.stderr.write(d);
      if (!capture) return;
      if (errLen < MAX_CAPTURE) err.push(d);
      errLen += d.length;
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new ProvenantError('INPUT_INVALID', `cannot run '${printable(cmd[0])}': ${e.code ?? e.message}`)),
    );
    child.on('close', (code, signal) => {
      const cut = (b: Buffer[], n: number) =>
        Buffer.concat(b).subarray(0, MAX_CAPTURE).toString('utf8') +
        (n > MAX_CAPTURE ? `\n[provenant: ${n - MAX_CAPTURE} more bytes not recorded]` : '');
      resolvePromise({
        code: code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : 1),
        stdout: cut(out, outLen),
        stderr: cut(err, errLen),
      });
    });
  });
}

export async function run(argv: string[]): Promise<number> {
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const command = dash >= 0 ? argv.slice(dash + 1) : [];
  const { values, positionals } = parseCommandArgs(
    spreadLists(own),
    { ...RECORDING_OPTIONS, 'no-command': { type: 'boolean' }, 'record-streams': { type: 'boolean', short: 's' } },
    true,
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length)
    throw new ProvenantError('USAGE', `unexpected '${printable(positionals[0])}': put the command after --`);
  if (!values.step) throw new ProvenantError('USAGE', '--step NAME is required');
  validateStepName(values.step as string);
  if (!command.length && !values['no-command'])
    throw new ProvenantError('USAGE', 'give the command after -- (or --no-command)');
  const base = resolve((values['base-path'] as string | undefined) ?? '.');
  // a folder or a glob to record, likely many files to hash: the helper threads start now, while the key loads and
  // the tree is walked (not for a few named files: a thread that is not needed costs more than it saves)
  const given = [...((values.materials as string[]) ?? []), ...((values.products as string[]) ?? [])];
  if (given.some((p) => /[*?[]/.test(p) || isDirectory(resolve(base, p)))) warmHashHelpers();
  const signing = await signingFrom(values, 'run');
  const rec = recordOptions(values, base);
  const materials = await recordWithProgress(
    await expandArtifactArgs(values.materials as string[] | undefined, base),
    rec,
    'materials',
  );
  let result = { code: 0, stdout: '', stderr: '' };
  if (command.length) result = await execute(command, process.cwd(), values['record-streams'] === true);
  const products = await recordWithProgress(
    await expandArtifactArgs(values.products as string[] | undefined, base),
    rec,
    'products',
  );
  // secrets never enter the link: the recorded command and (when asked for) streams are redacted
  const secrets = secretValues();
  const byproducts: Record<string, unknown> = {};
  if (command.length) {
    if (values['record-streams']) {
      byproducts.stdout = redactText(result.stdout, secrets);
      byproducts.stderr = redactText(result.stderr, secrets);
    }
    byproducts['return-value'] = result.code;
  }
  const body = linkBody(values.step as string, redactArgv(command), materials, products, byproducts);
  const link = await serializeLink(body, {
    legacy: values.legacy as boolean | undefined,
    ...signing,
    onWarning: (m) => process.stderr.write(`warning: ${m}\n`),
  });
  const dir = resolve((values['output-dir'] as string | undefined) ?? '.');
  await makeDirs(dir);
  await writeFileAtomic(insideDir(dir, link.fileName), link.data);
  if (link.bundle) await writeFileAtomic(insideDir(dir, link.bundle.fileName), link.bundle.data);
  process.stderr.write(
    `provenant: link written: ${printable(join(dir, link.fileName))} (${Object.keys(materials).length} materials, ` +
      `${Object.keys(products).length} products)\n`,
  );
  return result.code;
}
