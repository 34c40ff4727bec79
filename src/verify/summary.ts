/**
 * The verify action's job summary as Markdown: every name from a file or an attestation escaped (mdCell, mdCode),
 * paths relative to the workspace, a row cap, and for each artifact the level the evidence supports, the verdict
 * and why the next level was missed.
 */
import { isAbsolute, relative } from 'node:path';
import { mdCell, mdCode } from '../util/escape.js';
import type { ArtifactResult } from './index.js';

/** The most rows any job-summary table shows; the rest is counted in a last row ("… and N more"). */
export const SUMMARY_ROWS = 200;

/** A path as the workspace sees it: relative when inside it, as given otherwise. */
export function workspacePath(p: string, workspace: string | undefined): string {
  if (!workspace || !isAbsolute(p)) return p;
  const r = relative(workspace, p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : p;
}

/** Rows of a table, capped: at most `max` rows, then one row saying how many more there are. */
export function capRows(rows: string[], columns: number, max = SUMMARY_ROWS): string[] {
  if (rows.length <= max) return rows;
  return [...rows.slice(0, max), `| … and ${rows.length - max} more |${' |'.repeat(columns - 1)}`];
}

export function verifySummaryMarkdown(
  results: ArtifactResult[],
  opts: { minLevel?: number; vsaPaths?: string[]; workspace?: string } = {},
): string {
  const ws = opts.workspace;
  const lines: string[] = ['## Provenant verification', ''];
  const ok = results.filter((r) => r.verified).length;
  lines.push(
    `${ok} of ${results.length} artifact(s) verified` +
      `${opts.minLevel !== undefined ? ` (minimum SLSA Build L${opts.minLevel})` : ''}.`,
    '',
  );
  lines.push(
    '| Artifact | Verified | SLSA (evidence) | Builder | Source | Failed checks | Next level |',
    '|---|---|---|---|---|---|---|',
  );
  const rows = results.map((r) => {
    const failed =
      [
        ...r.checks.filter((c) => !c.ok).map((c) => mdCell(`${c.code}: ${c.detail}`)),
        // attestations beside the one the verdict rests on that failed (not part of the verdict)
        ...(r.rejected ?? []).map((x) => mdCell(`another attestation, ${x.attestation}: ${x.failed[0] ?? '?'}`)),
      ].join('<br>') || '-';
    const next = r.nextLevel.map((n) => mdCell(n)).join('<br>') || '-';
    const below = r.minLevel !== undefined && r.slsaLevel < r.minLevel ? ` (below L${r.minLevel})` : '';
    const level = `L${r.slsaLevel}${below}`;
    return (
      `| ${mdCell(workspacePath(r.artifact, ws))} | ${r.verified ? '✅' : '❌'} | ${level} | ` +
      `${r.builderId ? mdCode(r.builderId) : '-'} | ${r.sourceRepo ? mdCode(r.sourceRepo) : '-'} | ${failed} | ` +
      `${next} |`
    );
  });
  lines.push(...capRows(rows, 7));
  if (opts.vsaPaths?.length) {
    lines.push('', '| Verification Summary Attestation |', '|---|');
    lines.push(
      ...capRows(
        opts.vsaPaths.map((p) => `| ${mdCode(workspacePath(p, ws))} |`),
        1,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
