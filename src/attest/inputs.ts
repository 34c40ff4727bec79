import { readFileSync } from 'node:fs';
import { ProvenantError } from '../errors.js';
import { createKeySigner } from '../signing/key-signer.js';
import type { AttestationSigner } from '../signing/types.js';
import { READ_LIMITS, readContainedFileSync, readRegularFileSync } from '../util/fs.js';

/** Reads GITHUB_EVENT_PATH: a missing file or one that is not a JSON object is EVENT_INVALID. */
export function readEventFile(path: string | undefined): Record<string, unknown> {
  if (!path) throw new ProvenantError('EVENT_INVALID', 'GITHUB_EVENT_PATH is not set');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ProvenantError(
      'EVENT_INVALID',
      `event file ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ProvenantError('EVENT_INVALID', `event file ${path}: not JSON (${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new ProvenantError('EVENT_INVALID', `event file ${path}: not a JSON object`);
  return v as Record<string, unknown>;
}

/** A key file is small; anything larger is refused before it is read. */
export const MAX_KEY_BYTES = READ_LIMITS.key;

/**
 * A private key given as PEM text (a secret) or as a path to a PEM file, read as a regular file of bounded size (a
 * FIFO or device is refused, never read). With `contain`, the path must also resolve inside one of its roots (the
 * action: the workspace or the runner's temp).
 */
export function readKeyInput(
  value: string,
  source: string,
  contain?: { root?: string | string[]; maxBytes?: number },
): string {
  if (value.includes('-----BEGIN')) return value;
  const path = value.trim();
  const maxBytes = contain?.maxBytes ?? MAX_KEY_BYTES;
  try {
    return (
      contain
        ? readContainedFileSync(path, { root: contain.root, maxBytes, what: source }).data
        : readRegularFileSync(path, { maxBytes, what: source })
    ).toString('utf8');
  } catch (e) {
    // the value may be a key in another encoding (a secret): a path that does not exist is not echoed
    if (e instanceof ProvenantError && e.code === 'FILE_NOT_FOUND') {
      throw new ProvenantError('KEY_INVALID', `${source}: neither PEM text nor a readable file (ENOENT)`);
    }
    throw e;
  }
}

export function keySignerFromInputs(
  key: string | undefined,
  passphrase: string | undefined,
  source: string,
  contain?: { root?: string | string[]; maxBytes?: number },
): AttestationSigner | undefined {
  if (!key?.trim()) return undefined;
  return createKeySigner(readKeyInput(key, source, contain), passphrase || undefined, source);
}

/**
 * A boolean input, read as GitHub reads one (core.getBooleanInput, YAML 1.2 core schema): true | True | TRUE,
 * false | False | FALSE; empty is the default; anything else is an error naming the input.
 */
export function parseBoolean(value: string | undefined, name: string, dflt = false): boolean {
  const v = (value ?? '').trim();
  if (v === '') return dflt;
  if (v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE') return false;
  throw new ProvenantError(
    'INPUT_INVALID',
    `${name}: '${v}' is not a boolean (true, True, TRUE, false, False or FALSE)`,
  );
}

/**
 * An input that has another name too (the CLI's spelling: `keys`/`key`, `min-slsa-level`/`min-level`, …): the value
 * and the name the workflow used, for messages. The first name is the documented one; `dflt` is its action.yml
 * default (a default is not a choice: an alias given beside it wins). Two names with different values are an error.
 */
export function aliasedInput(
  get: (name: string) => string,
  names: string[],
  dflt = '',
): { value: string; name: string } {
  const given = names.map((name) => ({ name, value: get(name).trim() })).filter((g) => g.value !== '');
  const chosen = given.filter((g) => !(g.name === names[0] && dflt !== '' && g.value === dflt));
  if (new Set(chosen.map((g) => g.value)).size > 1) {
    throw new ProvenantError(
      'USAGE',
      `${chosen.map((g) => g.name).join(' and ')} name the same input: give one of them`,
    );
  }
  return chosen[0] ?? given[0] ?? { name: names[0], value: '' };
}

export function parseChoice<T extends string>(
  value: string | undefined,
  name: string,
  choices: readonly T[],
  dflt: T,
): T {
  const v = (value ?? '').trim();
  if (!v) return dflt;
  if (!(choices as readonly string[]).includes(v))
    throw new ProvenantError('INPUT_INVALID', `${name}: '${v}' is not one of ${choices.join(', ')}`);
  return v as T;
}
