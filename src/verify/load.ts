import { ProvenantError } from '../errors.js';
import { parseJsonStrict } from '../schemas/index.js';
import { gcbEntries, isGcbSummary } from './gcb.js';
import { READ_LIMITS, readRegularFileSync } from '../util/fs.js';

/**
 * One attestation found in a file: a Sigstore bundle, a bare DSSE envelope, in-toto metadata, a Cloud Build provenance
 * entry, or an unsigned Statement.
 */
export interface LoadedAttestation {
  source: string; // file[:line] or file#n
  kind: 'bundle' | 'envelope' | 'statement' | 'metablock' | 'gcb';
  json: Record<string, unknown>;
  /** The bytes the attestation came from (for inputAttestations digests). */
  raw: Buffer;
  /** Set for the members of an npm attestations document: they stand or fall together. */
  group?: string;
}

function classify(v: unknown, source: string, raw: Buffer): LoadedAttestation[] {
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new ProvenantError('BUNDLE_INVALID', `${source}: not a JSON object`);
  const o = v as Record<string, unknown>;
  if (typeof o.mediaType === 'string' && o.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
    return [{ source, kind: 'bundle', json: o, raw }];
  if ('payloadType' in o && 'payload' in o) return [{ source, kind: 'envelope', json: o, raw }];
  if ('signed' in o && 'signatures' in o) return [{ source, kind: 'metablock', json: o, raw }];
  if (Array.isArray(o.attestations)) {
    // npm registry attestations document: {"attestations":[{"predicateType","bundle"}]}
    return o.attestations.flatMap((a, i) => {
      const b = (a as Record<string, unknown>)?.bundle;
      return classify(b, `${source}#attestations[${i}]`, Buffer.from(JSON.stringify(b ?? null))).map((x) => ({
        ...x,
        group: source,
      }));
    });
  }
  if (isGcbSummary(o)) {
    // Google Cloud Build's provenance summary (gcloud ... --show-provenance): one attestation per provenance entry
    return gcbEntries(o, source).map((e) => ({
      source: e.source,
      kind: 'gcb' as const,
      json: e.json,
      raw: Buffer.from(JSON.stringify(e.json)),
    }));
  }
  if (typeof o._type === 'string' && 'subject' in o) return [{ source, kind: 'statement', json: o, raw }];
  throw new ProvenantError(
    'BUNDLE_INVALID',
    `${source}: neither a Sigstore bundle, a DSSE envelope, an npm attestations document, a Cloud Build ` +
      `provenance summary nor a Statement`,
  );
}

/**
 * Reads a file of attestations: JSON (bundle, envelope, npm document, Statement) or JSON Lines (.intoto.jsonl).
 * Only a regular file (after symlinks) of at most READ_LIMITS.attestation bytes is read: FILE_NOT_REGULAR,
 * FILE_TOO_LARGE, FILE_NOT_FOUND or FILE_UNREADABLE otherwise.
 */
export function loadAttestations(path: string): LoadedAttestation[] {
  return parseAttestations(readRegularFileSync(path, { maxBytes: READ_LIMITS.attestation, what: 'attestation' }), path);
}

/** Parses attestation bytes (JSON or JSON Lines) from `source`. */
export function parseAttestations(buf: Buffer, path: string): LoadedAttestation[] {
  const text = buf.toString('utf8');
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length > 1 && lines.every((l) => l.trim().startsWith('{'))) {
    // JSON Lines; a document pretty-printed over several lines is not JSON Lines
    let ok = true;
    const docs: unknown[] = [];
    for (const l of lines) {
      try {
        docs.push(parseJsonStrict(l, path));
      } catch {
        ok = false;
        break;
      }
    }
    if (ok) return docs.flatMap((d, i) => classify(d, `${path}:${i + 1}`, Buffer.from(lines[i])));
  }
  if (lines.length === 0) throw new ProvenantError('BUNDLE_INVALID', `${path}: empty file`);
  return classify(parseJsonStrict(buf, path), path, buf);
}
