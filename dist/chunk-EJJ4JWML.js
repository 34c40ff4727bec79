import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  maxOf
} from "./chunk-PDHXRQDR.js";
import {
  asProvenantError
} from "./chunk-4IZNH2SL.js";

// src/commands/output.ts
var JSON_SCHEMA_VERSION = 1;
function wantsJson(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return false;
    if (a === "--json" || a === "--format=json" || a === "--format" && argv[i + 1] === "json") return true;
  }
  return false;
}
function writeJson(body, stream = process.stdout) {
  stream.write(`${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...body }, null, 2)}
`);
}
function writeJsonError(e, stream = process.stdout) {
  const pe = asProvenantError(e);
  writeJson({ error: { code: pe.code, message: pe.message.split("\n")[0] } }, stream);
}
function alignedTables(stream = process.stdout) {
  const forced = process.env.PROVENANT_TABLE;
  if (forced === "aligned") return true;
  if (forced === "tsv") return false;
  return !!stream.isTTY;
}
function renderRows(header, rows, aligned = alignedTables()) {
  const clean = (c) => c.replace(/[\t\r\n]+/g, " ");
  const all = [header, ...rows.map((r) => r.cells)].map((cells) => cells.map(clean));
  const widths = aligned ? header.map(
    (_, i) => maxOf(
      all.map((cells) => [...cells[i] ?? ""].length),
      0
    )
  ) : [];
  const line = (cells) => aligned ? cells.map((c, i) => i === cells.length - 1 ? c : c + " ".repeat(widths[i] - [...c].length)).join("  ").trimEnd() : cells.join("	");
  const out = [line(all[0])];
  rows.forEach((r, i) => {
    out.push(line(all[i + 1]));
    for (const d of r.details ?? []) out.push(d);
  });
  return `${out.join("\n")}
`;
}
function artifactResultJson(r) {
  return {
    artifact: r.artifact,
    digest: r.digests && Object.keys(r.digests).length ? { ...r.digests } : null,
    verified: r.verified,
    slsaLevel: r.slsaLevel,
    ...r.minLevel !== void 0 ? { minLevel: r.minLevel } : {},
    builderId: r.builderId,
    sourceRepo: r.sourceRepo,
    predicateType: r.predicateType,
    attestation: r.attestation,
    nextLevel: r.nextLevel,
    materials: r.materials,
    checks: r.checks,
    inputAttestations: r.inputAttestations ?? [],
    ...r.rejected?.length ? { rejected: r.rejected } : {}
  };
}

export {
  JSON_SCHEMA_VERSION,
  wantsJson,
  writeJson,
  writeJsonError,
  alignedTables,
  renderRows,
  artifactResultJson
};
