import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  mdCell,
  mdCode
} from "./chunk-Q6NSDE2A.js";

// src/verify/summary.ts
import { isAbsolute, relative } from "node:path";
var SUMMARY_ROWS = 200;
function workspacePath(p, workspace) {
  if (!workspace || !isAbsolute(p)) return p;
  const r = relative(workspace, p);
  return r && !r.startsWith("..") && !isAbsolute(r) ? r : p;
}
function capRows(rows, columns, max = SUMMARY_ROWS) {
  if (rows.length <= max) return rows;
  return [...rows.slice(0, max), `| \u2026 and ${rows.length - max} more |${" |".repeat(columns - 1)}`];
}
function verifySummaryMarkdown(results, opts = {}) {
  const ws = opts.workspace;
  const lines = ["## Provenant verification", ""];
  const ok = results.filter((r) => r.verified).length;
  lines.push(
    `${ok} of ${results.length} artifact(s) verified${opts.minLevel !== void 0 ? ` (minimum SLSA Build L${opts.minLevel})` : ""}.`,
    ""
  );
  lines.push(
    "| Artifact | Verified | SLSA (evidence) | Builder | Source | Failed checks | Next level |",
    "|---|---|---|---|---|---|---|"
  );
  const rows = results.map((r) => {
    const failed = [
      ...r.checks.filter((c) => !c.ok).map((c) => mdCell(`${c.code}: ${c.detail}`)),
      // attestations beside the one the verdict rests on that failed (not part of the verdict)
      ...(r.rejected ?? []).map((x) => mdCell(`another attestation, ${x.attestation}: ${x.failed[0] ?? "?"}`))
    ].join("<br>") || "-";
    const next = r.nextLevel.map((n) => mdCell(n)).join("<br>") || "-";
    const below = r.minLevel !== void 0 && r.slsaLevel < r.minLevel ? ` (below L${r.minLevel})` : "";
    const level = `L${r.slsaLevel}${below}`;
    return `| ${mdCell(workspacePath(r.artifact, ws))} | ${r.verified ? "\u2705" : "\u274C"} | ${level} | ${r.builderId ? mdCode(r.builderId) : "-"} | ${r.sourceRepo ? mdCode(r.sourceRepo) : "-"} | ${failed} | ${next} |`;
  });
  lines.push(...capRows(rows, 7));
  if (opts.vsaPaths?.length) {
    lines.push("", "| Verification Summary Attestation |", "|---|");
    lines.push(
      ...capRows(
        opts.vsaPaths.map((p) => `| ${mdCode(workspacePath(p, ws))} |`),
        1
      )
    );
  }
  return `${lines.join("\n")}
`;
}

export {
  SUMMARY_ROWS,
  workspacePath,
  capRows,
  verifySummaryMarkdown
};
