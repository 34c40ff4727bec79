// The npm registry reachable here mirrors only the platform packages this machine needs, so `npm install`
// leaves other platforms' optional binaries (@swc/core-darwin-arm64, …) out of package-lock.json and `npm ci`
// then refuses the lockfile ("Missing: … from lock file"). This adds those entries back as optional,
// platform-restricted packages, which is how npm itself records them. Run after any `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const OSES = [
  'darwin',
  'win32',
  'linux',
  'freebsd',
  'android',
  'openharmony',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'wasi',
];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (pkgs[key] || pkgs[nested]) continue;
    const parts = name.toLowerCase().split(/[-/]/);
    const os = OSES.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('windows')));
    const cpu = CPUS.find((c) => parts.includes(c) || (c === 'arm' && parts.includes('gnueabihf')));
    if (!os && !cpu) continue;
    pkgs[key] = {
      version: String(range).replace(/^[\^~=]/, ''),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fix-lockfile: added ${added} platform-specific optional entries`);
