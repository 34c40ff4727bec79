import type { Subject } from '../intoto/statement.js';
import { ProvenantError } from '../errors.js';
import type { DigestAlgorithm } from './hash.js';

export const DIGEST_HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha384: 96, sha512: 128 };
const BY_LENGTH: Record<number, DigestAlgorithm> = { 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/** `sha256,sha512` → ['sha256','sha512'] (order kept, duplicates dropped). */
export function parseAlgorithms(text: string | undefined): DigestAlgorithm[] {
  const out: DigestAlgorithm[] = [];
  for (const raw of (text ?? '').split(/[\s,]+/)) {
    const a = raw.trim().toLowerCase().replace('-', '');
    if (!a) continue;
    if (!(a in DIGEST_HEX_LENGTH)) {
      throw new ProvenantError(
        'INPUT_INVALID',
        `digest-algorithms: unsupported algorithm '${raw}' (use sha256, sha384, sha512)`,
      );
    }
    if (!out.includes(a as DigestAlgorithm)) out.push(a as DigestAlgorithm);
  }
  return out.length ? out : ['sha256'];
}

/** `sha256:HEX` with the length checked; hex is returned lowercase. */
export function parseDigest(text: string, source: string): { algorithm: DigestAlgorithm; hex: string } {
  const m = /^\s*([A-Za-z0-9-]+):([0-9A-Fa-f]+)\s*$/.exec(text);
  if (!m) throw new ProvenantError('DIGEST_INVALID', `${source}: '${text}' is not ALGORITHM:HEX (e.g. sha256:…)`);
  const algorithm = m[1].toLowerCase().replace('-', '') as DigestAlgorithm;
  if (!(algorithm in DIGEST_HEX_LENGTH)) {
    throw new ProvenantError(
      'DIGEST_INVALID',
      `${source}: unsupported digest algorithm '${m[1]}' (use sha256, sha384, sha512)`,
    );
  }
  if (m[2].length !== DIGEST_HEX_LENGTH[algorithm]) {
    throw new ProvenantError(
      'DIGEST_INVALID',
      `${source}: a ${algorithm} digest has ${DIGEST_HEX_LENGTH[algorithm]} hex characters, ` +
        `'${text.trim()}' has ${m[2].length}`,
    );
  }
  return { algorithm, hex: m[2].toLowerCase() };
}

function unescapeGnu(name: string): string {
  return name.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

/**
 * Parses checksum text: GNU coreutils (`HEX  name`, `HEX *name`, the `\`-escaped form) and BSD
 * (`SHA256 (name) = HEX`). Blank lines and `#` comments are skipped; anything else is an error with its line number.
 */
export function parseChecksums(text: string, source: string): Subject[] {
  const out: Subject[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const where = `${source}: line ${i + 1}`;
    const bsd = /^(SHA256|SHA384|SHA512|SHA2-256|SHA2-512) ?\((.*)\) ?= ?([0-9A-Fa-f]+)\s*$/.exec(line);
    if (bsd) {
      const alg = bsd[1].replace('SHA2-', 'SHA').toLowerCase() as DigestAlgorithm;
      const hex = bsd[3];
      if (hex.length !== DIGEST_HEX_LENGTH[alg]) {
        throw new ProvenantError(
          'CHECKSUM_LINE_INVALID',
          `${where}: ${alg} digest must have ${DIGEST_HEX_LENGTH[alg]} hex characters`,
        );
      }
      if (!bsd[2]) throw new ProvenantError('CHECKSUM_LINE_INVALID', `${where}: empty file name`);
      out.push({ name: bsd[2], digest: { [alg]: hex.toLowerCase() } });
      return;
    }
    const escaped = line.startsWith('\\');
    const gnu = /^([0-9A-Fa-f]+) ([ *])(.+)$/.exec(escaped ? line.slice(1) : line);
    if (!gnu) {
      throw new ProvenantError(
        'CHECKSUM_LINE_INVALID',
        `${where}: expected 'HEX  name', 'HEX *name' or 'SHA256 (name) = HEX'`,
      );
    }
    const alg = BY_LENGTH[gnu[1].length];
    if (!alg) {
      throw new ProvenantError(
        'CHECKSUM_LINE_INVALID',
        `${where}: digest of ${gnu[1].length} hex characters is not sha256/384/512`,
      );
    }
    const name = escaped ? unescapeGnu(gnu[3]) : gnu[3];
    out.push({ name, digest: { [alg]: gnu[1].toLowerCase() } });
  });
  return out;
}
