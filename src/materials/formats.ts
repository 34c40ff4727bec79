import { parse as parseToml } from 'smol-toml';
import { PackageURL } from 'packageurl-js';
import { ProvenantError } from '../errors.js';
import { parseJsonStrict } from '../schemas/index.js';
import type { LockedPackage } from './npm.js';

/** PEP 503 name normalisation: lowercase, runs of '-', '_', '.' become one '-'. */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function purl(type: string, name: string, version?: string, qualifiers?: Record<string, string>): string {
  let ns: string | undefined;
  let n = name;
  if (type === 'golang') {
    const i = name.lastIndexOf('/');
    ns = i > 0 ? name.slice(0, i).toLowerCase() : undefined;
    n = (i > 0 ? name.slice(i + 1) : name).toLowerCase();
  }
  try {
    return new PackageURL(type, ns, n, version || undefined, qualifiers, undefined).toString();
  } catch (e) {
    // packageurl-js rejects e.g. a golang "v"-version that is not semver (and its error path is buggy)
    throw new ProvenantError('LOCKFILE_INVALID', `no valid package URL for ${type} ${name}@${version ?? ''}`, {
      cause: e,
    });
  }
}

function toml(text: string, path: string): Record<string, any> {
  try {
    return parseToml(text) as Record<string, any>;
  } catch (e) {
    throw new ProvenantError('LOCKFILE_INVALID', `${path}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** `sha256:HEX` (pip, poetry, uv, Pipfile) → [alg, hex]. */
function algHex(v: unknown, where: string): [string, string] {
  const m = typeof v === 'string' ? /^(sha256|sha384|sha512|md5|sha1):([0-9a-fA-F]+)$/.exec(v) : null;
  if (!m) throw new ProvenantError('LOCKFILE_INVALID', `${where}: hash '${String(v).slice(0, 40)}' is not ALG:HEX`);
  return [m[1], m[2].toLowerCase()];
}

/** The first hash as the digest, all hashes as digestAnyOf. */
function hashSet(hashes: Array<[string, string]>): Pick<LockedPackage, 'digest' | 'digestAnyOf'> {
  if (!hashes.length) return { digest: {} };
  const any: Record<string, string[]> = {};
  for (const [a, h] of hashes) (any[a] ??= []).push(h);
  return { digest: { [hashes[0][0]]: hashes[0][1] }, digestAnyOf: any };
}

export function parseCargoLock(text: string, path: string): LockedPackage[] {
  const doc = toml(text, path);
  const pkgs = doc.package ?? [];
  if (!Array.isArray(pkgs)) throw new ProvenantError('LOCKFILE_INVALID', `${path}: [[package]] is not an array`);
  return pkgs
    .filter((p: Record<string, any>) => typeof p.source === 'string')
    .map((p: Record<string, any>, i: number): LockedPackage => {
      if (typeof p.name !== 'string' || typeof p.version !== 'string')
        throw new ProvenantError('LOCKFILE_INVALID', `${path}: package[${i}] lacks name or version`);
      const downloadLocation = p.source.startsWith('registry+')
        ? `https://crates.io/api/v1/crates/${p.name}/${p.version}/download`
        : undefined;
      return {
        name: p.name,
        version: p.version,
        purl: purl('cargo', p.name, p.version),
        digest: typeof p.checksum === 'string' ? { sha256: p.checksum.toLowerCase() } : ({} as Record<string, string>),
        ...(downloadLocation && p.source === 'registry+https://github.com/rust-lang/crates.io-index'
          ? { downloadLocation }
          : {}),
        key: p.name,
      };
    });
}

/** go.sum: module zip hash lines (h1 dirhash → hex `dirHash`); `/go.mod`-only modules are not dependencies. */
export function parseGoSum(text: string, path: string): LockedPackage[] {
  const out = new Map<string, LockedPackage>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^(\S+) (\S+) h1:([A-Za-z0-9+/]+=*)$/.exec(line.trim());
    if (!m) throw new ProvenantError('LOCKFILE_INVALID', `${path}: line ${i + 1}: not 'module version h1:hash'`);
    if (m[2].endsWith('/go.mod')) return;
    const key = `${m[1]}@${m[2]}`;
    if (!out.has(key)) {
      let p: string;
      try {
        p = purl('golang', m[1], m[2]);
      } catch (e) {
        throw new ProvenantError('LOCKFILE_INVALID', `${path}: line ${i + 1}: ${(e as Error).message}`);
      }
      out.set(key, {
        name: m[1],
        version: m[2],
        purl: p,
        digest: { dirHash: Buffer.from(m[3], 'base64').toString('hex') },
        key: m[1],
      });
    }
  });
  return [...out.values()];
}

export function parsePipfileLock(text: string, path: string): LockedPackage[] {
  const doc = parseJsonStrict(text, path) as Record<string, any>;
  const out: LockedPackage[] = [];
  for (const section of ['default', 'develop']) {
    const deps = doc?.[section] ?? {};
    if (typeof deps !== 'object') throw new ProvenantError('LOCKFILE_INVALID', `${path}: ${section} is not an object`);
    for (const [name, e] of Object.entries(deps as Record<string, Record<string, any>>)) {
      const version = typeof e?.version === 'string' ? e.version.replace(/^==/, '') : '';
      const hashes = (Array.isArray(e?.hashes) ? e.hashes : []).map((h: unknown) =>
        algHex(h, `${path}: ${section}.${name}`),
      );
      out.push({
        name: pep503(name),
        version,
        purl: purl('pypi', pep503(name), version),
        ...hashSet(hashes),
        ...(section === 'develop' ? { dev: true } : {}),
        key: `${section}.${name}`,
      });
    }
  }
  return out;
}

export function parsePoetryLock(text: string, path: string): LockedPackage[] {
  const doc = toml(text, path);
  const legacyFiles = (doc.metadata?.files ?? {}) as Record<string, Array<{ hash?: string }>>;
  return ((doc.package ?? []) as Array<Record<string, any>>).map((p, i) => {
    if (typeof p.name !== 'string' || typeof p.version !== 'string')
      throw new ProvenantError('LOCKFILE_INVALID', `${path}: package[${i}] lacks name or version`);
    const files: Array<{ hash?: string }> = Array.isArray(p.files) ? p.files : (legacyFiles[p.name] ?? []);
    const hashes = files.filter((f) => f.hash).map((f) => algHex(f.hash, `${path}: package ${p.name}`));
    return {
      name: pep503(p.name),
      version: p.version,
      purl: purl('pypi', pep503(p.name), p.version),
      ...hashSet(hashes),
      ...(p.category === 'dev' ? { dev: true } : {}),
      ...(p.optional ? { optional: true } : {}),
      key: p.name,
    };
  });
}

export function parseUvLock(text: string, path: string): LockedPackage[] {
  const doc = toml(text, path);
  return ((doc.package ?? []) as Array<Record<string, any>>)
    .filter((p) => !(p.source && (p.source.editable !== undefined || p.source.virtual !== undefined)))
    .map((p, i) => {
      if (typeof p.name !== 'string')
        throw new ProvenantError('LOCKFILE_INVALID', `${path}: package[${i}] lacks a name`);
      const version = typeof p.version === 'string' ? p.version : '';
      const hashes: Array<[string, string]> = [];
      if (p.sdist?.hash) hashes.push(algHex(p.sdist.hash, `${path}: package ${p.name} sdist`));
      for (const w of Array.isArray(p.wheels) ? p.wheels : [])
        if (w?.hash) hashes.push(algHex(w.hash, `${path}: package ${p.name} wheel`));
      return {
        name: pep503(p.name),
        version,
        purl: purl('pypi', pep503(p.name), version),
        ...hashSet(hashes),
        ...(typeof p.sdist?.url === 'string' ? { downloadLocation: p.sdist.url } : {}),
        key: p.name,
      };
    });
}

/** requirements.txt: requirement lines after joining continuations; option lines are not packages. */
export function parseRequirements(text: string, path: string): LockedPackage[] {
  const out: LockedPackage[] = [];
  const joined = text.replace(/\\\r?\n/g, ' ');
  joined.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-')) return;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(line);
    if (!m) throw new ProvenantError('LOCKFILE_INVALID', `${path}: line ${i + 1}: not a requirement`);
    const rest = m[3];
    const spec = rest.split(/\s--hash|;/)[0].trim();
    const pin = /^===?\s*([^\s,;]+)$/.exec(spec);
    const hashes = [...rest.matchAll(/--hash[=\s]+(\S+)/g)].map((h) => algHex(h[1], `${path}: line ${i + 1}`));
    const name = pep503(m[1]);
    const version = pin ? pin[1] : '';
    out.push({
      name,
      version,
      purl: purl('pypi', name, version || undefined),
      ...hashSet(hashes),
      key: `${m[1]}${spec ? spec : ''}`,
    });
  });
  return out;
}
