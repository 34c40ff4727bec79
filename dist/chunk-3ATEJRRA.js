import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);

// src/intoto/statement.ts
var STATEMENT_V1 = "https://in-toto.io/Statement/v1";
var STATEMENT_V01 = "https://in-toto.io/Statement/v0.1";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var WORKFLOW_INPUTS_KEY = "provenant.dev/workflow_inputs";
var SLSA_PROVENANCE_V02 = "https://slsa.dev/provenance/v0.2";
var SLSA_PROVENANCE_V01 = "https://slsa.dev/provenance/v0.1";
var LINK_V03 = "https://in-toto.io/attestation/link/v0.3";
var VSA_V1 = "https://slsa.dev/verification_summary/v1";

export {
  STATEMENT_V1,
  STATEMENT_V01,
  SLSA_PROVENANCE_V1,
  WORKFLOW_INPUTS_KEY,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V01,
  LINK_V03,
  VSA_V1
};
