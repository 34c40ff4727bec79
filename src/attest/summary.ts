import type { AttestResult } from './attest.js';
import type { LockfileReport } from '../materials/index.js';
import { mdCell as esc, mdCode, mdLink } from '../util/escape.js';
import { capRows, SUMMARY_ROWS, workspacePath } from '../verify/summary.js';

/** One published copy (or one failed target) for the summary's "Published" table. */
export interface SummaryLink {
  target: string;
  url: string;
  ok: boolean;
  detail?: string;
}

/**
 * Markdown for the job summary: subjects (one column per digest algorithm: no line break inside a code span), the
 * signer, the files written (workspace-relative), the lockfiles, and a separate "Published" table with a link for
 * every published copy. Every table shows at most SUMMARY_ROWS rows, then "… and N more".
 */
export function attestSummaryMarkdown(
  r: AttestResult,
  links: SummaryLink[] = [],
  lockfiles: LockfileReport[] = [],
  opts: { workspace?: string; maxRows?: number } = {},
): string {
  const max = opts.maxRows ?? SUMMARY_ROWS;
  const rel = (p: string) => workspacePath(p, opts.workspace);
  const lines: string[] = ['## Provenant attestation', ''];
  lines.push(`Predicate: ${mdCode(r.predicateType)}  `, `Builder: ${mdCode(r.builderId)}  `);
  if (r.identity) {
    const id = r.identity;
    lines.push(
      id.kind === 'key'
        ? `Signed with key ${mdCode(id.subject)}`
        : `Signed keyless by ${mdCode(id.subject)} (issuer ${mdCode(id.issuer ?? '')})` +
            `${id.tlogIndex ? `, transparency log entry ${esc(id.tlogIndex)}` : ''}` +
            `${id.timestamp ? `, timestamp ${esc(id.timestamp)}` : ''}`,
    );
  } else lines.push('Unsigned (SLSA Build L1)');
  // one column per digest algorithm, in the order first seen
  const algs = [...new Set(r.subjects.flatMap((s) => Object.keys(s.digest)))];
  if (!algs.length) algs.push('digest');
  lines.push('', `| Subject | ${algs.map(esc).join(' | ')} |`, `|---|${algs.map(() => '---|').join('')}`);
  const subjectRows = r.subjects.map(
    (s) => `| ${esc(s.name)} | ${algs.map((a) => (s.digest[a] ? mdCode(s.digest[a]) : '-')).join(' | ')} |`,
  );
  lines.push(...capRows(subjectRows, algs.length + 1, max));
  const files = r.attestations.flatMap((a) =>
    [a.bundlePath, a.intotoJsonlPath, a.statementPath].filter((f): f is string => !!f),
  );
  if (files.length) {
    lines.push('', '| File written |', '|---|');
    lines.push(
      ...capRows(
        files.map((f) => `| ${mdCode(rel(f))} |`),
        1,
        max,
      ),
    );
  }
  if (lockfiles.length) {
    lines.push(
      '',
      '| Lockfile | Format | Packages | All pinned | Without hash | Full tree |',
      '|---|---|---|---|---|---|',
    );
    const rows = lockfiles.map(
      (l) =>
        `| ${esc(rel(l.path))} | ${esc(l.format)} | ${l.packages} | ${l.allPinned ? 'yes' : 'no'} | ` +
        `${l.missingHashes.length} | ${l.fullTree ? 'yes' : 'top-level only'} |`,
    );
    lines.push(...capRows(rows, 6, max));
  }
  if (links.length) {
    lines.push('', '| Published | Where |', '|---|---|');
    const rows = links.map(
      (l) =>
        `| ${esc(l.target)} | ` +
        `${l.ok ? (l.url ? mdLink(l.url, l.url) : 'published') : `failed: ${esc(l.detail ?? '')}`} |`,
    );
    lines.push(...capRows(rows, 2, max));
  }
  return `${lines.join('\n')}\n`;
}
