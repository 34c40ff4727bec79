import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Statement } from '../intoto/statement.js';
import { SLSA_PROVENANCE_V01, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1, LINK_V03, VSA_V1 } from '../intoto/statement.js';
import { ProvenantError } from '../errors.js';
import { getValidator, type SchemaName } from './validators.js';

export { parseJsonStrict } from './json.js';

export type { SchemaName } from './validators.js';

/** The schema that checks a predicate of a known type. */
export const PREDICATE_SCHEMAS: Record<string, SchemaName> = {
  [SLSA_PROVENANCE_V1]: 'slsa-provenance-v1',
  [SLSA_PROVENANCE_V02]: 'slsa-provenance-v0.2',
  [SLSA_PROVENANCE_V01]: 'slsa-provenance-v0.1',
  [LINK_V03]: 'link-v0.3',
  [VSA_V1]: 'vsa-v1',
};

function describe(e: ErrorObject): string {
  const path = e.instancePath || '/';
  if (e.keyword === 'required')
    return `${path === '/' ? '' : path}/${(e.params as { missingProperty: string }).missingProperty}: is required`;
  if (e.keyword === 'enum')
    return `${path}: must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
  return `${path}: ${e.message ?? e.keyword}`;
}

/** Errors of `value` against a schema, each "JSON-pointer: message"; [] when valid. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  const v: ValidateFunction = getValidator(name);
  if (v(value)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of v.errors ?? []) {
    // anyOf/if-then wrappers repeat the inner errors: keep the specific ones
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'allOf') continue;
    const d = describe(e);
    if (!seen.has(d)) {
      seen.add(d);
      out.push(d);
    }
  }
  if (out.length === 0)
    out.push(
      describe((v.errors ?? [])[0] ?? ({ instancePath: '', keyword: 'invalid', message: 'is invalid' } as ErrorObject)),
    );
  return out;
}

export function assertSchema(name: SchemaName, value: unknown, source: string): void {
  const errs = schemaErrors(name, value);
  if (errs.length) {
    throw new ProvenantError(
      'SCHEMA_INVALID',
      `${source}: ${name}: ${errs.slice(0, 3).join('; ')}${errs.length > 3 ? ` (+${errs.length - 3} more)` : ''}`,
    );
  }
}

/**
 * Validates a Statement and, when its predicateType is known (SLSA v1/v0.2, link v0.3, VSA v1), its predicate.
 * Predicate errors are reported with their path inside the Statement (`/predicate/...`).
 */
export function validateStatement(value: unknown, source: string): Statement {
  assertSchema('statement-v1', value, source);
  const st = value as Statement;
  const pname = PREDICATE_SCHEMAS[st.predicateType];
  if (pname) {
    if (st.predicate === undefined || st.predicate === null) {
      throw new ProvenantError('SCHEMA_INVALID', `${source}: /predicate: is required for ${st.predicateType}`);
    }
    const errs = schemaErrors(pname, st.predicate).map(
      (e) => `/predicate${e.startsWith('/') ? (e.startsWith('/:') ? e.slice(1) : e) : `/${e}`}`,
    );
    if (errs.length) {
      throw new ProvenantError(
        'SCHEMA_INVALID',
        `${source}: ${pname}: ${errs.slice(0, 3).join('; ')}${errs.length > 3 ? ` (+${errs.length - 3} more)` : ''}`,
      );
    }
  }
  return st;
}
