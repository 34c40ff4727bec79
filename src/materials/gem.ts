import { PackageURL } from 'packageurl-js';
import { ProvenantError } from '../errors.js';
import type { LockedPackage } from './npm.js';

/**
 * Gemfile.lock: spec lines ('    name (version[-platform])') of GEM and GIT sections; PATH sections are the
 * project's own gems. CHECKSUMS (Bundler ≥ 2.6) give sha256 digests per variant.
 */
export function parseGemfileLock(text: string, path: string): LockedPackage[] {
  const lines = text.split(/\r?\n/);
  const checksums = new Map<string, string>();
  let section = '';
  const specs: Array<{ name: string; full: string; line: number }> = [];
  lines.forEach((line, i) => {
    if (/^[A-Z]/.test(line)) {
      section = line.trim();
      return;
    }
    if (section === 'CHECKSUMS') {
      const m = /^ {2}(\S+) \(([^)]+)\)(?: sha256=([0-9a-f]{64}))?\s*$/.exec(line);
      if (line.trim() && !m)
        throw new ProvenantError('LOCKFILE_INVALID', `${path}: line ${i + 1}: malformed CHECKSUMS entry`);
      if (m?.[3]) checksums.set(`${m[1]} (${m[2]})`, m[3]);
      return;
    }
    if (section !== 'GEM' && section !== 'GIT') return;
    const m = /^ {4}(\S+) \(([^)]+)\)$/.exec(line);
    if (m) specs.push({ name: m[1], full: m[2], line: i + 1 });
  });
  return specs.map((s) => {
    const v = /^([0-9][^-]*)(?:-(.+))?$/.exec(s.full);
    if (!v)
      throw new ProvenantError('LOCKFILE_INVALID', `${path}: line ${s.line}: '${s.name} (${s.full})' has no version`);
    const platform = v[2] && v[2] !== 'ruby' ? v[2] : undefined;
    const sha = checksums.get(`${s.name} (${s.full})`);
    return {
      name: s.name,
      version: v[1],
      purl: new PackageURL('gem', undefined, s.name, v[1], platform ? { platform } : undefined, undefined).toString(),
      digest: sha ? { sha256: sha } : ({} as Record<string, string>),
      key: `${s.name} (${s.full})`,
    };
  });
}
