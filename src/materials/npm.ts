import { PackageURL } from 'packageurl-js';
import { ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { parseJsonStrict } from '../schemas/index.js';

/** One locked package as a lockfile records it (before de-duplication). */
export interface LockedPackage {
  name: string;
  version: string;
  purl: string;
  digest: DigestSet;
  /** Every hash the lockfile lists for a multi-file package (pip/Pipfile/poetry/uv): any one matches. */
  digestAnyOf?: Record<string, string[]>;
  downloadLocation?: string;
  dev?: boolean;
  optional?: boolean;
  /** A direct dependency of the project (where the lockfile tells). */
  direct?: boolean;
  /** Where in the lockfile (npm: the packages key or dependency path). */
  key: string;
}

const SRI_ALGS: Record<string, string> = { sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };

/** npm's SRI integrity ("sha512-BASE64 sha1-BASE64") → an in-toto DigestSet in hex, every algorithm present. */
export function sriToDigest(integrity: unknown, where: string): DigestSet {
  const out: DigestSet = {};
  if (integrity === undefined || integrity === null || integrity === '') return out;
  if (typeof integrity !== 'string')
    throw new ProvenantError('LOCKFILE_INVALID', `${where}: integrity is not a string`);
  for (const part of integrity.trim().split(/\s+/)) {
    const m = /^([a-z0-9]+)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/.exec(part);
    if (!m) throw new ProvenantError('LOCKFILE_INVALID', `${where}: integrity '${part.slice(0, 40)}' is not SRI`);
    const alg = SRI_ALGS[m[1]];
    if (alg) out[alg] = Buffer.from(m[2], 'base64').toString('hex');
  }
  return out;
}

export function npmPurl(name: string, version: string): string {
  const at = name.startsWith('@') ? name.indexOf('/') : -1;
  const ns = at > 0 ? name.slice(0, at) : undefined;
  const n = at > 0 ? name.slice(at + 1) : name;
  return new PackageURL('npm', ns, n, version, undefined, undefined).toString();
}

function nameFromKey(key: string): string {
  const i = key.lastIndexOf('node_modules/');
  return key.slice(i + 'node_modules/'.length);
}

/**
 * package-lock.json / npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. v2/v3: every `packages` entry under
 * node_modules/ that is not a link (root and workspace folders are the project, not dependencies); v1: the nested
 * `dependencies` tree. Aliases take the real package name (`name` field / `npm:real@version`).
 */
export function parseNpmLock(text: string, path: string): { packages: LockedPackage[]; version: number } {
  const doc = parseJsonStrict(text, path) as Record<string, any>;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new ProvenantError('LOCKFILE_INVALID', `${path}: not a JSON object`);
  const lv = doc.lockfileVersion;
  if (![1, 2, 3].includes(lv))
    throw new ProvenantError('LOCKFILE_INVALID', `${path}: lockfileVersion ${JSON.stringify(lv)} is not 1, 2 or 3`);
  const out: LockedPackage[] = [];
  if (lv >= 2 && doc.packages && typeof doc.packages === 'object') {
    const root = (doc.packages as Record<string, Record<string, any>>)[''] ?? {};
    const directNames = new Set(
      ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) =>
        Object.keys(root[k] ?? {}),
      ),
    );
    for (const [key, e] of Object.entries(doc.packages as Record<string, Record<string, any>>)) {
      if (!key.includes('node_modules/')) continue;
      if (!e || typeof e !== 'object')
        throw new ProvenantError('LOCKFILE_INVALID', `${path}: packages["${key}"] is not an object`);
      if (e.link === true) continue;
      const name = typeof e.name === 'string' ? e.name : nameFromKey(key);
      if (typeof e.version !== 'string')
        throw new ProvenantError('LOCKFILE_INVALID', `${path}: packages["${key}"].version is missing`);
      out.push({
        name,
        version: e.version,
        purl: npmPurl(name, e.version),
        digest: sriToDigest(e.integrity, `${path}: packages["${key}"]`),
        ...(typeof e.resolved === 'string' && /^https?:/.test(e.resolved) ? { downloadLocation: e.resolved } : {}),
        ...(e.dev ? { dev: true } : {}),
        ...(e.optional ? { optional: true } : {}),
        ...(key.lastIndexOf('node_modules/') === 0 && directNames.has(key.slice('node_modules/'.length))
          ? { direct: true }
          : {}),
        key,
      });
    }
    return { packages: out, version: lv };
  }
  const walk = (deps: Record<string, Record<string, any>> | undefined, prefix: string) => {
    if (!deps) return;
    if (typeof deps !== 'object')
      throw new ProvenantError('LOCKFILE_INVALID', `${path}: ${prefix || 'dependencies'} is not an object`);
    for (const [depName, e] of Object.entries(deps)) {
      const key = `${prefix}${prefix ? '/' : ''}dependencies/${depName}`;
      if (!e || typeof e !== 'object' || typeof e.version !== 'string')
        throw new ProvenantError('LOCKFILE_INVALID', `${path}: ${key}.version is missing`);
      let name = depName;
      let version = e.version;
      const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version);
      if (alias) {
        name = alias[1];
        version = alias[2];
      }
      out.push({
        name,
        version,
        purl: npmPurl(name, version),
        digest: sriToDigest(e.integrity, `${path}: ${key}`),
        ...(typeof e.resolved === 'string' && /^https?:/.test(e.resolved) ? { downloadLocation: e.resolved } : {}),
        ...(e.dev ? { dev: true } : {}),
        ...(e.optional ? { optional: true } : {}),
        key,
      });
      walk(e.dependencies, key);
    }
  };
  walk(doc.dependencies, '');
  return { packages: out, version: lv };
}
