/**
 * The JSON Schema validators, compiled by ajv from schemas/*.json on first use. This is the sources' version (jest,
 * type checks, and the generator): scripts/build.mjs replaces this module in dist/ with ajv's standalone code for the
 * same schemas and options, generated at build time, so a run does not load ajv or compile schemas (≈0.2 s).
 */
import * as Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction, Ajv as AjvCore } from 'ajv';
import * as addFormatsModule from 'ajv-formats';
import statementV1 from '../../schemas/statement-v1.json' with { type: 'json' };
import resourceDescriptor from '../../schemas/resource-descriptor.json' with { type: 'json' };
import provenanceV1 from '../../schemas/slsa-provenance-v1.json' with { type: 'json' };
import provenanceV02 from '../../schemas/slsa-provenance-v0.2.json' with { type: 'json' };
import provenanceV01 from '../../schemas/slsa-provenance-v0.1.json' with { type: 'json' };
import linkV03 from '../../schemas/link-v0.3.json' with { type: 'json' };
import vsaV1 from '../../schemas/vsa-v1.json' with { type: 'json' };

export type SchemaName =
  | 'statement-v1'
  | 'resource-descriptor'
  | 'slsa-provenance-v1'
  | 'slsa-provenance-v0.2'
  | 'slsa-provenance-v0.1'
  | 'link-v0.3'
  | 'vsa-v1';

export const SCHEMAS: Record<SchemaName, { $id: string }> = {
  'statement-v1': statementV1,
  'resource-descriptor': resourceDescriptor,
  'slsa-provenance-v1': provenanceV1,
  'slsa-provenance-v0.2': provenanceV02,
  'slsa-provenance-v0.1': provenanceV01,
  'link-v0.3': linkV03,
  'vsa-v1': vsaV1,
};

// CJS/ESM interop: the constructor sits at a different depth under node, esbuild and jest.
type AjvCtor = new (opts: Record<string, unknown>) => AjvCore;
function unwrap<T>(m: unknown, name: string): T {
  let v = m as Record<string, unknown>;
  for (let i = 0; i < 3 && typeof v !== 'function'; i++) v = (v[name] ?? v.default) as Record<string, unknown>;
  return v as T;
}
const Ajv2020 = unwrap<AjvCtor>(Ajv2020Module, 'Ajv2020');
const addFormats = unwrap<(ajv: AjvCore) => unknown>(addFormatsModule, 'default');

/** The one ajv configuration (the build passes `code` to generate standalone validators with the same options). */
export function createAjv(code?: Record<string, unknown>): AjvCore {
  const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true, ...(code ? { code } : {}) });
  addFormats(ajv);
  for (const s of Object.values(SCHEMAS)) ajv.addSchema(s);
  return ajv;
}

let ajv: AjvCore | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

export function getValidator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    ajv ??= createAjv();
    v = ajv.getSchema(SCHEMAS[name].$id) as ValidateFunction;
    compiled.set(name, v);
  }
  return v;
}
