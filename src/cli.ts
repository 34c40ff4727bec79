/**
 * `provenant` command line. Thin: each command lives in src/commands/<name>.ts and exports
 * `run(argv: string[]): Promise<number>` (exit code: 0 ok, 1 failure, 2 usage) and `summary`.
 */
import { formatError, ProvenantError } from './errors.js';
import { VERSION } from './version.js';
import { setCommandName, suggestOption } from './commands/args.js';
import { wantsJson, writeJsonError } from './commands/output.js';
import * as attest from './commands/attest.js';
import * as verify from './commands/verify.js';
import * as verifyVsa from './commands/verify-vsa.js';
import * as audit from './commands/audit.js';
import * as runCmd from './commands/run.js';
import * as record from './commands/record.js';
import * as layoutCmd from './commands/layout.js';

/** Command names users bring from other tools (slsa-verifier verify-artifact). */
const COMMAND_ALIASES: Record<string, string> = { 'verify-artifact': 'verify' };

export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  attest,
  verify,
  'verify-vsa': verifyVsa,
  audit,
  run: runCmd,
  record,
  layout: layoutCmd,
};

function usage(): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `provenant ${VERSION}: produce and verify software supply-chain provenance`,
    '',
    'Usage: provenant <command> [options]   (provenant <command> --help for its options)',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${commands[n].summary}`),
    '',
    `Also: ${Object.entries(COMMAND_ALIASES).map(([a, c]) => `${a} (slsa-verifier) = ${c}`).join(', ')}. Options of gh attestation verify, cosign,`,
    'slsa-verifier and the in-toto tools are accepted under their names (see the README: Naming).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const cmd = commands[COMMAND_ALIASES[name] ?? name];
  if (!cmd) {
    const hint = suggestOption(name, [...Object.keys(commands), ...Object.keys(COMMAND_ALIASES)]);
    process.stderr.write(`provenant: unknown command '${name}'${hint ? ` (did you mean ${hint}?)` : ''}\n\n${usage()}\n`);
    return 2;
  }
  command = COMMAND_ALIASES[name] ?? name;
  setCommandName(command);
  return cmd.run(rest);
}

let command = '';
const args = process.argv.slice(2);

// @actions/glob and friends log through @actions/core, which writes `::debug::` workflow commands to stdout;
// outside a runner they would corrupt the output (and --json). Drop them unless PROVENANT_DEBUG is set.
if (!process.env.PROVENANT_DEBUG) {
  const write = process.stdout.write.bind(process.stdout) as (...a: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) return true;
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
}

main(args).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const usage = e instanceof ProvenantError && e.code === 'USAGE';
    // --json is a contract: the error goes to stdout as {"schemaVersion":1,"error":{"code","message"}}
    if (command && wantsJson(args.slice(1))) writeJsonError(e);
    process.stderr.write(`provenant: ${formatError(e)}\n${usage && command ? `see provenant ${command} --help\n` : ''}`);
    process.exitCode = usage ? 2 : 1;
  },
);
