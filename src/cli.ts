/**
 * `provenant` command line. Thin: each command lives in src/commands/<name>.ts and exports
 * `run(argv: string[]): Promise<number>` (exit code: 0 ok, 1 failure, 2 usage) and `summary`.
 */
import { enableCompileCache } from 'node:module';
import { asProvenantError, ProvenantError } from './errors.js';
import { guardOutput, printable } from './util/escape.js';
import { VERSION } from './version.js';
import { COMMAND_HELP } from './cli-help.js';
import { setCommandName, suggestOption } from './commands/args.js';
import { wantsJson, writeJsonError } from './commands/output.js';

// V8's code cache on disk (NODE_COMPILE_CACHE or the OS temp folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off):
// the command modules imported below compile once, not at every call.
try {
  enableCompileCache?.();
} catch {
  // no cache: slower start, same behaviour
}

/** Command names users bring from other tools (slsa-verifier verify-artifact). */
const COMMAND_ALIASES: Record<string, string> = { 'verify-artifact': 'verify' };

export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

// Each command is imported when it runs (the build splits them into chunks): a call loads only what it uses.
const commands: Record<string, () => Promise<Command>> = {
  attest: () => import('./commands/attest.js'),
  verify: () => import('./commands/verify.js'),
  'verify-vsa': () => import('./commands/verify-vsa.js'),
  audit: () => import('./commands/audit.js'),
  run: () => import('./commands/run.js'),
  record: () => import('./commands/record.js'),
  layout: () => import('./commands/layout.js'),
  trust: () => import('./commands/trust.js'),
};

async function summary(name: string): Promise<string> {
  return COMMAND_HELP[name]?.summary ?? (await commands[name]()).summary;
}

async function usage(): Promise<string> {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  const summaries = await Promise.all(names.map(summary));
  return [
    `provenant ${VERSION}: produce and verify software supply-chain provenance`,
    '',
    'Usage: provenant <command> [options]   (provenant <command> --help for its options)',
    '',
    'Commands:',
    ...names.map((n, i) => `  ${n.padEnd(width)}  ${summaries[i]}`),
    '',
    `Also: ${Object.entries(COMMAND_ALIASES)
      .map(([a, c]) => `${a} (slsa-verifier) = ${c}`)
      .join(', ')}. Options of gh attestation verify,`,
    'cosign, slsa-verifier and the in-toto tools are accepted under their names (see the README: Naming).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const cmdName = Object.hasOwn(COMMAND_ALIASES, name) ? COMMAND_ALIASES[name] : name;
  const load = Object.hasOwn(commands, cmdName) ? commands[cmdName] : undefined;
  if (!load) {
    const hint = suggestOption(name, [...Object.keys(commands), ...Object.keys(COMMAND_ALIASES)]);
    process.stderr.write(
      `provenant: unknown command '${printable(name)}'${hint ? ` (did you mean ${hint}?)` : ''}\n\n${await usage()}\n`,
    );
    return 2;
  }
  command = cmdName;
  setCommandName(cmdName);
  // `CMD --help` alone: the text from the build, without loading the command
  const help = COMMAND_HELP[cmdName]?.help;
  if (help !== undefined && rest.length === 1 && (rest[0] === '--help' || rest[0] === '-h')) {
    process.stdout.write(help);
    return 0;
  }
  return (await load()).run(rest);
}

// @actions/glob and friends log through @actions/core, which writes `::debug::` workflow commands to stdout;
// outside a runner they would corrupt the output (and --json). Drop them unless PROVENANT_DEBUG is set.
// Every other line the CLI itself prints goes through guardOutput: names from files and users are printed with
// printable() where they are used, and this last guard makes sure no line of ours (a line ends at \n or \r, as the
// runner reads them) can start a workflow command (`::add-mask::`, `::stop-commands::`, `##[…]`). The output of the
// command `run` executes (Buffers) passes through unchanged, as it would in a plain workflow step.
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (...a: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string') return write(chunk, ...rest);
    if (chunk.startsWith('::debug::')) return process.env.PROVENANT_DEBUG ? write(chunk, ...rest) : true;
    return write(guardOutput(chunk), ...rest);
  }) as typeof stream.write;
}

let command = '';
const args = process.argv.slice(2);

main(args).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const pe = asProvenantError(e);
    const usage = e instanceof ProvenantError && e.code === 'USAGE';
    // --json is a contract: the error goes to stdout as {"schemaVersion":1,"error":{"code","message"}}
    if (command && wantsJson(args.slice(1))) writeJsonError(e);
    process.stderr.write(
      `provenant: [${pe.code}] ${printable(pe.message.split('\n')[0])}\n` +
        `${usage && command ? `see provenant ${command} --help\n` : ''}`,
    );
    process.exitCode = usage ? 2 : 1;
  },
);
