import * as yarnLockfile from '@yarnpkg/lockfile';
import { parseSyml } from '@yarnpkg/parsers';
import { parse as parseYaml } from 'yaml';
import { ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { npmPurl, sriToDigest, type LockedPackage } from './npm.js';

/** "name@range" / "@scope/name@range" → name. */
function specName(spec: string): string {
  const s = spec.trim().replace(/^"|"$/g, '');
  const at = s.indexOf('@', 1);
  return at > 0 ? s.slice(0, at) : s;
}

const REGISTRY_TARBALL = /^https?:\/\/[^/]+\/.*\/-\/[^/]+\.tgz#([0-9a-f]{40})$/;

/** yarn.lock v1 (classic) via @yarnpkg/lockfile: one entry per block; aliases `npm:real@range` take the real name. */
export function parseYarnClassic(text: string, path: string): LockedPackage[] {
  type Block = { version?: string; resolved?: string; integrity?: string };
  const lf = ((yarnLockfile as unknown as { default?: typeof yarnLockfile }).default ?? yarnLockfile) as {
    parse(t: string): { type: string; object: Record<string, Block> };
  };
  let parsed: { type: string; object: Record<string, Block> };
  try {
    parsed = lf.parse(text);
  } catch (e) {
    throw new ProvenantError('LOCKFILE_INVALID', `${path}: ${(e as Error).message}`);
  }
  if (parsed.type !== 'success')
    throw new ProvenantError('LOCKFILE_INVALID', `${path}: yarn.lock has merge conflicts (${parsed.type})`);
  const seen = new Set<Block>();
  const out: LockedPackage[] = [];
  for (const [key, b] of Object.entries(parsed.object)) {
    if (seen.has(b)) continue;
    seen.add(b);
    if (typeof b.version !== 'string')
      throw new ProvenantError('LOCKFILE_INVALID', `${path}: block "${key}" has no version`);
    const range = key.slice(specName(key).length + 1);
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@/.exec(range);
    const name = alias ? alias[1] : specName(key);
    const digest: DigestSet = sriToDigest(b.integrity, `${path}: "${key}"`);
    const frag = typeof b.resolved === 'string' ? REGISTRY_TARBALL.exec(b.resolved) : null;
    if (frag) digest.sha1 ??= frag[1];
    out.push({
      name,
      version: b.version,
      purl: npmPurl(name, b.version),
      digest,
      ...(typeof b.resolved === 'string' && /^https?:/.test(b.resolved)
        ? { downloadLocation: b.resolved.replace(/#.*$/, '') }
        : {}),
      key,
    });
  }
  return out;
}

/** yarn.lock of Yarn 2+ (berry, syml): npm: resolutions; workspace: and patch: entries are not dependencies. */
export function parseYarnBerry(text: string, path: string): LockedPackage[] {
  let doc: Record<string, Record<string, unknown>>;
  try {
    doc = parseSyml(text) as Record<string, Record<string, unknown>>;
  } catch (e) {
    throw new ProvenantError('LOCKFILE_INVALID', `${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const out: LockedPackage[] = [];
  for (const [key, e] of Object.entries(doc)) {
    if (key === '__metadata') continue;
    const resolution = typeof e?.resolution === 'string' ? e.resolution : '';
    const m = /^((?:@[^/]+\/)?[^@]+)@npm:(.+)$/.exec(resolution);
    if (!m) continue; // workspace:, patch:, link:, portal:, git
    const version = typeof e.version === 'string' || typeof e.version === 'number' ? String(e.version) : m[2];
    const checksum = typeof e.checksum === 'string' ? e.checksum.replace(/^[^/]*\//, '') : '';
    if (checksum && !/^[0-9a-f]{128}$/.test(checksum))
      throw new ProvenantError('LOCKFILE_INVALID', `${path}: "${key}".checksum is not a sha512 hex`);
    out.push({ name: m[1], version, purl: npmPurl(m[1], version), digest: checksum ? { sha512: checksum } : {}, key });
  }
  return out;
}

/** pnpm-lock.yaml 5.4 to 9: keys of `packages`, peer/patch suffixes removed; explicit name/version fields win. */
export function parsePnpmLock(text: string, path: string): LockedPackage[] {
  let doc: Record<string, any>;
  try {
    doc = parseYaml(text) as Record<string, any>;
  } catch (e) {
    throw new ProvenantError('LOCKFILE_INVALID', `${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const packages = (doc?.packages ?? {}) as Record<string, Record<string, any>>;
  const out: LockedPackage[] = [];
  for (const [key, e] of Object.entries(packages)) {
    if (e?.resolution?.directory || /(^|\/)file:/.test(key) || /^link:/.test(key)) continue;
    let k = key.replace(/^\//, '').replace(/\(.*$/, '');
    let name: string;
    let version: string;
    const at = k.indexOf('@', 1);
    if (at > 0 && !/^(@[^/]+\/)?[^/@]+\/\d/.test(k)) {
      name = k.slice(0, at);
      version = k.slice(at + 1);
    } else {
      // 5.x: name/version_peers
      const slash = k.lastIndexOf('/');
      name = k.slice(0, slash);
      version = k.slice(slash + 1).replace(/_.*$/, '');
    }
    if (typeof e?.name === 'string') name = e.name;
    if (typeof e?.version === 'string') version = e.version;
    k = '';
    if (!name || !version)
      throw new ProvenantError('LOCKFILE_INVALID', `${path}: packages["${key}"]: cannot read name and version`);
    out.push({
      name,
      version,
      purl: npmPurl(name, version),
      digest: sriToDigest(e?.resolution?.integrity, `${path}: packages["${key}"]`),
      ...(e?.dev ? { dev: true } : {}),
      ...(e?.optional ? { optional: true } : {}),
      key,
    });
  }
  return out;
}
