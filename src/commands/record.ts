import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ProvenantError } from '../errors.js';
import { linkBody, serializeLink, signLegacy } from '../intoto/link.js';
import { parseMetadata, verifyMetadataSignature } from '../intoto/metablock.js';
import { makeDirs, READ_LIMITS, readRegularFileSync, writeFileAtomic } from '../util/fs.js';
import { parseCommandArgs } from './args.js';
import { writeJson } from './output.js';
import {
  RECORDING_OPTIONS,
  expandArtifactArgs,
  recordOptions,
  insideDir,
  recordWithProgress,
  signingFrom,
  spreadLists,
  validateStepName,
} from './run.js';

export const summary = 'record a step that spans several workflow steps (start … stop) as an in-toto link';

const HELP = `Usage: provenant record start --step NAME --key KEY [--materials PATH|GLOB...]
       provenant record stop  --step NAME --key KEY [--products PATH|GLOB...] [--legacy]

start hashes the materials into .<NAME>.<KEYID8>.link-unfinished (signed with the key, as the reference does;
.<NAME>.link-unfinished with --sigstore) and seals it: a digest of the file kept in the runner's temp folder
(RUNNER_TEMP, else the system temp folder), outside the workspace. stop refuses an unfinished link that differs from
its seal or has none (RECORDING_MODIFIED) or, with a key, is not signed by it; then it hashes the products and writes
the link as provenant run does. Options as for provenant run (--sigstore, --exclude, --lstrip-paths,
--no-follow-symlink-dirs, --base-path, --output-dir), with in-toto-record's spellings (-n/--step-name, -k,
-d/--metadata-directory). --json prints {"schemaVersion":1,"step","unfinished"|"link",…} (schemas/cli-record.json).
`;

/**
 * Where record start keeps the seal of an unfinished link: the runner's temp folder (emptied after each job, outside
 * the workspace the steps build in), one file per unfinished link, named by the digest of its absolute path.
 */
function sealPath(unfinished: string): string {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'provenant-record');
  return join(dir, `${createHash('sha256').update(resolve(unfinished)).digest('hex')}.json`);
}

interface Seal {
  unfinished: string;
  step: string;
  sha256: string;
}

export async function run(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h') {
    process.stdout.write(HELP);
    return verb ? 0 : 2;
  }
  if (verb !== 'start' && verb !== 'stop') throw new ProvenantError('USAGE', `record: '${verb}' is not start or stop`);
  const { values, positionals } = parseCommandArgs(
    spreadLists(rest),
    { ...RECORDING_OPTIONS, json: { type: 'boolean' } },
    false,
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  void positionals;
  if (!values.step) throw new ProvenantError('USAGE', '--step NAME is required');
  // the step name becomes a file name: no path separators, no '..' (writes stay in the link folder)
  const step = validateStepName(values.step as string);
  const signing = await signingFrom(values, `record ${verb}`);
  const base = resolve((values['base-path'] as string | undefined) ?? '.');
  const rec = recordOptions(values, base);
  const dir = resolve((values['output-dir'] as string | undefined) ?? '.');
  const unfinished = join(
    dir,
    signing.key ? `.${step}.${signing.key.sslib.keyid.slice(0, 8)}.link-unfinished` : `.${step}.link-unfinished`,
  );
  const sealFile = sealPath(unfinished);
  const sealDir = dirname(sealFile);
  if (verb === 'start') {
    if (values.products)
      throw new ProvenantError('USAGE', 'record start takes --materials; products come with record stop');
    const materials = await recordWithProgress(
      await expandArtifactArgs(values.materials as string[] | undefined, base),
      rec,
      'materials',
    );
    const body = linkBody(step, [], materials, {}, {});
    const data = signing.key
      ? signLegacy(body as unknown as Record<string, unknown>, signing.key)
      : { signed: body, signatures: [] };
    await makeDirs(dir);
    const text = `${JSON.stringify(data)}\n`;
    const sha256 = createHash('sha256').update(text).digest('hex');
    const seal: Seal = { unfinished: resolve(unfinished), step, sha256 };
    try {
      mkdirSync(sealDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(sealFile, `${JSON.stringify(seal)}\n`, 0o600);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new ProvenantError('OUTPUT_UNWRITABLE', `cannot keep the seal of the recording in ${sealDir}: ${why}`);
    }
    await writeFileAtomic(unfinished, text);
    process.stderr.write(
      `provenant: recording '${step}' started: ${Object.keys(materials).length} materials in ${unfinished}\n`,
    );
    if (values.json) writeJson({ step, unfinished, materials: Object.keys(materials).length });
    return 0;
  }
  if (values.materials)
    throw new ProvenantError('USAGE', 'record stop takes --products; materials were recorded by record start');
  let text: Buffer;
  try {
    // a regular file of bounded size: a FIFO or device planted as the unfinished link is refused, not read forever
    text = readRegularFileSync(unfinished, { maxBytes: READ_LIMITS.attestation, what: 'unfinished link' });
  } catch (e) {
    if (!(e instanceof ProvenantError) || e.code !== 'FILE_NOT_FOUND') throw e;
    throw new ProvenantError(
      'FILE_NOT_FOUND',
      `no recording of '${step}' in progress (${unfinished} is missing: run record start first, with the same key)`,
    );
  }
  // the seal of record start: the unfinished link must be the very bytes start wrote
  // no seal is a case of its own (below); a seal that is there but cannot be read is a changed recording
  let seal: Seal | undefined;
  try {
    const bytes = readRegularFileSync(sealFile, { maxBytes: 64 * 1024, what: 'seal' });
    seal = JSON.parse(bytes.toString('utf8')) as Seal;
  } catch (e) {
    if (!(e instanceof ProvenantError) || e.code !== 'FILE_NOT_FOUND')
      throw new ProvenantError(
        'RECORDING_MODIFIED',
        `${unfinished}: the seal of record start (${sealFile}) cannot be read: ${(e as Error).message}`,
      );
  }
  // (with a key, an unfinished link of in-toto-record has no seal: its signature by the key is checked below)
  if (!seal && !signing.key) {
    throw new ProvenantError(
      'RECORDING_MODIFIED',
      `${unfinished}: no seal of record start in ${sealDir} (record start and stop must run ` +
        'in the same job, with the same RUNNER_TEMP; an unfinished link written otherwise is not accepted)',
    );
  }
  const digest = createHash('sha256').update(text).digest('hex');
  if (seal && (seal.sha256 !== digest || seal.unfinished !== resolve(unfinished) || seal.step !== step)) {
    throw new ProvenantError(
      'RECORDING_MODIFIED',
      `${unfinished}: changed since record start (its digest differs from the seal kept at start): ` +
        'the recorded materials cannot be trusted; run record start again',
    );
  }
  const m = parseMetadata(text, unfinished);
  if (signing.key && !verifyMetadataSignature(m, signing.key.verify, []))
    throw new ProvenantError(
      'SIGNATURE_INVALID',
      `${unfinished}: not signed by this key (modified since record start?)`,
    );
  if (m.signed.name !== step)
    throw new ProvenantError('LINK_INVALID', `${unfinished}: records step '${m.signed.name}', not '${step}'`);
  const products = await recordWithProgress(
    await expandArtifactArgs(values.products as string[] | undefined, base),
    rec,
    'products',
  );
  const body = linkBody(step, [], m.signed.materials, products, {});
  const link = await serializeLink(body, {
    legacy: values.legacy as boolean | undefined,
    ...signing,
    onWarning: (w) => process.stderr.write(`warning: ${w}\n`),
  });
  await writeFileAtomic(insideDir(dir, link.fileName), link.data);
  if (link.bundle) await writeFileAtomic(insideDir(dir, link.bundle.fileName), link.bundle.data);
  rmSync(unfinished, { force: true });
  rmSync(sealFile, { force: true });
  process.stderr.write(`provenant: link written: ${join(dir, link.fileName)}\n`);
  if (values.json)
    writeJson({
      step,
      link: join(dir, link.fileName),
      materials: Object.keys(body.materials).length,
      products: Object.keys(products).length,
    });
  return 0;
}
