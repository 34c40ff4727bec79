import { readFileSync } from 'node:fs';
import { ProvenantError } from '../errors.js';
import { createKeySigner } from '../signing/key-signer.js';
import type { AttestationSigner } from '../signing/types.js';

/** Reads GITHUB_EVENT_PATH: a missing file or one that is not a JSON object is EVENT_INVALID. */
export function readEventFile(path: string | undefined): Record<string, unknown> {
  if (!path) throw new ProvenantError('EVENT_INVALID', 'GITHUB_EVENT_PATH is not set');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ProvenantError('EVENT_INVALID', `event file ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ProvenantError('EVENT_INVALID', `event file ${path}: not JSON (${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ProvenantError('EVENT_INVALID', `event file ${path}: not a JSON object`);
  return v as Record<string, unknown>;
}

/** A private key given as PEM text (a secret) or as a path to a PEM file. */
export function readKeyInput(value: string, source: string): string {
  if (value.includes('-----BEGIN')) return value;
  try {
    return readFileSync(value.trim(), 'utf8');
  } catch (e) {
    throw new ProvenantError('KEY_INVALID', `${source}: neither PEM text nor a readable file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export function keySignerFromInputs(key: string | undefined, passphrase: string | undefined, source: string): AttestationSigner | undefined {
  if (!key || !key.trim()) return undefined;
  return createKeySigner(readKeyInput(key, source), passphrase || undefined, source);
}

export function parseBoolean(value: string | undefined, name: string, dflt = false): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return dflt;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ProvenantError('INPUT_INVALID', `${name}: '${value}' is not true or false`);
}

export function parseChoice<T extends string>(value: string | undefined, name: string, choices: readonly T[], dflt: T): T {
  const v = (value ?? '').trim();
  if (!v) return dflt;
  if (!(choices as readonly string[]).includes(v)) throw new ProvenantError('INPUT_INVALID', `${name}: '${v}' is not one of ${choices.join(', ')}`);
  return v as T;
}
