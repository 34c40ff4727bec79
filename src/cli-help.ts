/**
 * The commands' one-line summaries and `--help` texts, so that `provenant --help` and `provenant CMD --help` load no
 * command module (a command's module pulls in its whole dependency graph). scripts/build.mjs fills this table in
 * at build time from `export const summary` and `const HELP` in src/commands/*.ts; run from the sources it stays
 * empty and src/cli.ts loads the command modules instead.
 */
export const COMMAND_HELP: Record<string, { summary: string; help?: string }> = {};
