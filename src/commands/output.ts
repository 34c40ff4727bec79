/**
 * What the commands print: the versioned --json contract (schemas/cli-*.json) and terminal tables (aligned columns
 * on a terminal, tab-separated when piped, so `cut -f` and spreadsheets keep working).
 */
import { maxOf } from '../util/array.js';
import { asProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';

/** The version of every --json document; bumped only on an incompatible change (fields may be added). */
export const JSON_SCHEMA_VERSION = 1;

/** True when the command line asks for JSON (`--json`, `--format json`, `--format=json`), before any `--`. */
export function wantsJson(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return false;
    if (a === '--json' || a === '--format=json' || (a === '--format' && argv[i + 1] === 'json')) return true;
  }
  return false;
}

/** Prints a --json document: `{"schemaVersion": 1, ...body}`. */
export function writeJson(body: Record<string, unknown>, stream: NodeJS.WritableStream = process.stdout): void {
  stream.write(`${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...body }, null, 2)}\n`);
}

/** An error as JSON on stdout: `{"schemaVersion": 1, "error": {"code", "message"}}` (schemas/cli-error.json). */
export function writeJsonError(e: unknown, stream: NodeJS.WritableStream = process.stdout): void {
  const pe = asProvenantError(e);
  writeJson({ error: { code: pe.code, message: pe.message.split('\n')[0] } }, stream);
}

/** Whether tables are aligned for a human (stdout is a terminal; PROVENANT_TABLE=aligned|tsv overrides). */
export function alignedTables(stream: { isTTY?: boolean } = process.stdout): boolean {
  const forced = process.env.PROVENANT_TABLE;
  if (forced === 'aligned') return true;
  if (forced === 'tsv') return false;
  return !!stream.isTTY;
}

/**
 * A table: rows of cells, then (optionally) detail lines under a row (`  ✗ …`). Aligned: columns padded with two
 * spaces between them; TSV: cells joined by tabs (tabs and newlines inside a cell become spaces).
 */
export interface TableRow {
  cells: string[];
  details?: string[];
}

export function renderRows(header: string[], rows: TableRow[], aligned = alignedTables()): string {
  const clean = (c: string) => c.replace(/[\t\r\n]+/g, ' ');
  const all = [header, ...rows.map((r) => r.cells)].map((cells) => cells.map(clean));
  // (widths only for an aligned table; maxOf, not Math.max(...): an argument per row overflows the stack)
  const widths = aligned
    ? header.map((_, i) =>
        maxOf(
          all.map((cells) => [...(cells[i] ?? '')].length),
          0,
        ),
      )
    : [];
  const line = (cells: string[]) =>
    aligned
      ? cells
          .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length)))
          .join('  ')
          .trimEnd()
      : cells.join('\t');
  const out = [line(all[0])];
  rows.forEach((r, i) => {
    out.push(line(all[i + 1]));
    for (const d of r.details ?? []) out.push(d);
  });
  return `${out.join('\n')}\n`;
}

/** One artifact's verdict as the --json contract has it (schemas/cli-verify.json#/$defs/result). */
export function artifactResultJson(r: {
  artifact: string;
  digests?: DigestSet;
  verified: boolean;
  slsaLevel: number;
  minLevel?: number;
  builderId: string | null;
  sourceRepo: string | null;
  predicateType: string | null;
  attestation: string | null;
  nextLevel: string[];
  materials: { total: number; withDigest: number } | null;
  checks: Array<{ code: string; ok: boolean; detail: string }>;
  inputAttestations?: Array<{ name: string; digest: DigestSet }>;
  rejected?: Array<{ attestation: string; failed: string[] }>;
}): Record<string, unknown> {
  return {
    artifact: r.artifact,
    digest: r.digests && Object.keys(r.digests).length ? { ...r.digests } : null,
    verified: r.verified,
    slsaLevel: r.slsaLevel,
    ...(r.minLevel !== undefined ? { minLevel: r.minLevel } : {}),
    builderId: r.builderId,
    sourceRepo: r.sourceRepo,
    predicateType: r.predicateType,
    attestation: r.attestation,
    nextLevel: r.nextLevel,
    materials: r.materials,
    checks: r.checks,
    inputAttestations: r.inputAttestations ?? [],
    ...(r.rejected?.length ? { rejected: r.rejected } : {}),
  };
}
