import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProvenantError } from '../errors.js';
import { linkBody, serializeLink, signLegacy } from '../intoto/link.js';
import { parseMetadata, verifyMetadataSignature } from '../intoto/metablock.js';
import { makeDirs, writeFileAtomic } from '../util/fs.js';
import { parseCommandArgs } from './args.js';
import { RECORDING_OPTIONS, expandArtifactArgs, recordOptions, recordWithProgress, signingFrom, spreadLists } from './run.js';

export const summary = 'record a step that spans several workflow steps (start … stop) as an in-toto link';

const HELP = `Usage: provenant record start --step NAME --key KEY [--materials PATH|GLOB...]
       provenant record stop  --step NAME --key KEY [--products PATH|GLOB...] [--legacy]

start hashes the materials into .<NAME>.<KEYID8>.link-unfinished (signed with the key, as the reference does);
stop checks that file's signature, hashes the products and writes the link as provenant run does. Options as for
provenant run (--sigstore, --exclude, --lstrip-paths, --no-follow-symlink-dirs, --base-path, --output-dir), with
in-toto-record's spellings (-n/--step-name, -k, -d/--metadata-directory).
`;

export async function run(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h') {
    process.stdout.write(HELP);
    return verb ? 0 : 2;
  }
  if (verb !== 'start' && verb !== 'stop') throw new ProvenantError('USAGE', `record: '${verb}' is not start or stop`);
  const { values, positionals } = parseCommandArgs(spreadLists(rest), RECORDING_OPTIONS, false);
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  void positionals;
  if (!values.step) throw new ProvenantError('USAGE', '--step NAME is required');
  const step = values.step as string;
  const signing = await signingFrom(values, `record ${verb}`);
  const base = resolve((values['base-path'] as string | undefined) ?? '.');
  const rec = recordOptions(values, base);
  const dir = resolve((values['output-dir'] as string | undefined) ?? '.');
  const unfinished = join(dir, signing.key ? `.${step}.${signing.key.sslib.keyid.slice(0, 8)}.link-unfinished` : `.${step}.link-unfinished`);
  if (verb === 'start') {
    if (values.products) throw new ProvenantError('USAGE', 'record start takes --materials; products come with record stop');
    const materials = await recordWithProgress(await expandArtifactArgs(values.materials as string[] | undefined, base), rec, 'materials');
    const body = linkBody(step, [], materials, {}, {});
    const data = signing.key ? signLegacy(body as unknown as Record<string, unknown>, signing.key) : { signed: body, signatures: [] };
    await makeDirs(dir);
    await writeFileAtomic(unfinished, JSON.stringify(data) + '\n');
    process.stderr.write(`provenant: recording '${step}' started: ${Object.keys(materials).length} materials in ${unfinished}\n`);
    return 0;
  }
  if (values.materials) throw new ProvenantError('USAGE', 'record stop takes --products; materials were recorded by record start');
  let text: Buffer;
  try {
    text = readFileSync(unfinished);
  } catch {
    throw new ProvenantError('FILE_NOT_FOUND', `no recording of '${step}' in progress (${unfinished} is missing: run record start first, with the same key)`);
  }
  const m = parseMetadata(text, unfinished);
  if (signing.key && !verifyMetadataSignature(m, signing.key.verify, [])) throw new ProvenantError('SIGNATURE_INVALID', `${unfinished}: not signed by this key (modified since record start?)`);
  if (m.signed.name !== step) throw new ProvenantError('LINK_INVALID', `${unfinished}: records step '${m.signed.name}', not '${step}'`);
  const products = await recordWithProgress(await expandArtifactArgs(values.products as string[] | undefined, base), rec, 'products');
  const body = linkBody(step, [], m.signed.materials, products, {});
  const link = await serializeLink(body, { legacy: values.legacy as boolean | undefined, ...signing, onWarning: (w) => process.stderr.write(`warning: ${w}\n`) });
  await writeFileAtomic(join(dir, link.fileName), link.data);
  if (link.bundle) await writeFileAtomic(join(dir, link.bundle.fileName), link.bundle.data);
  rmSync(unfinished, { force: true });
  process.stderr.write(`provenant: link written: ${join(dir, link.fileName)}\n`);
  return 0;
}
