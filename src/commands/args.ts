import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ProvenantError } from '../errors.js';

/** parseArgs that turns unknown/malformed options into a USAGE error (exit 2) instead of a stack trace. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (e) {
    throw new ProvenantError('USAGE', (e as Error).message);
  }
}
