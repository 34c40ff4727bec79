import type { AttestResult } from './attest.js';
import type { LockfileReport } from '../materials/index.js';
import { mdCell as esc, mdCode, mdLink } from '../util/escape.js';

/** Markdown for the job summary: subjects, signer identity, files (publishers append their links). */
export function attestSummaryMarkdown(r: AttestResult, links: Array<{ target: string; url: string; ok: boolean; detail?: string }> = [], lockfiles: LockfileReport[] = []): string {
  const lines: string[] = ['## Provenant attestation', ''];
  lines.push(`Predicate: ${mdCode(r.predicateType)}  `, `Builder: ${mdCode(r.builderId)}  `);
  if (r.identity) {
    const id = r.identity;
    lines.push(
      id.kind === 'key'
        ? `Signed with key ${mdCode(id.subject)}`
        : `Signed keyless by ${mdCode(id.subject)} (issuer ${mdCode(id.issuer ?? '')})${id.tlogIndex ? `, transparency log entry ${esc(id.tlogIndex)}` : ''}${id.timestamp ? `, timestamp ${esc(id.timestamp)}` : ''}`,
    );
  } else lines.push('Unsigned (SLSA Build L1)');
  lines.push('', `| Subject | Digest |`, `|---|---|`);
  const max = 1000;
  for (const s of r.subjects.slice(0, max)) {
    const d = Object.entries(s.digest).map(([a, h]) => mdCode(`${a}:${h}`)).join('<br>');
    lines.push(`| ${esc(s.name)} | ${d} |`);
  }
  if (r.subjects.length > max) lines.push(`| … ${r.subjects.length - max} more | |`);
  lines.push('', '| File | |', '|---|---|');
  for (const a of r.attestations) {
    for (const f of [a.bundlePath, a.intotoJsonlPath, a.statementPath]) if (f) lines.push(`| ${mdCode(f)} | written |`);
  }
  if (lockfiles.length) {
    lines.push('', '| Lockfile | Format | Packages | All pinned | Without hash | Full tree |', '|---|---|---|---|---|---|');
    for (const l of lockfiles) lines.push(`| ${esc(l.path)} | ${esc(l.format)} | ${l.packages} | ${l.allPinned ? 'yes' : 'no'} | ${l.missingHashes.length} | ${l.fullTree ? 'yes' : 'top-level only'} |`);
  }
  for (const l of links) lines.push(`| ${esc(l.target)} | ${l.ok ? (l.url ? mdLink(l.url, l.url) : 'published') : `failed: ${esc(l.detail ?? '')}`} |`);
  return lines.join('\n') + '\n';
}
