import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);

// src/errors.ts
var ProvenantError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "ProvenantError";
    this.code = code;
  }
};
function asProvenantError(e, code = "INTERNAL", context) {
  if (e instanceof ProvenantError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ProvenantError(code, context ? `${context}: ${msg}` : msg, { cause: e });
}
function formatError(e) {
  const pe = asProvenantError(e);
  return `[${pe.code}] ${pe.message.split("\n")[0]}`;
}

export {
  ProvenantError,
  asProvenantError,
  formatError
};
