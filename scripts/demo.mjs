// `npm run demo`: builds dist/ if needed, makes a sample artifact, attests it with a freshly generated key,
// verifies it, and prints the result and the SLSA level table. Everything happens in a temporary folder.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'provenant-demo-'));
const run = (args, title) => {
  console.log(`\n$ provenant ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (title && r.status !== 0) {
    console.error(`demo: ${title} failed (exit ${r.status})`);
    process.exit(1);
  }
  return r;
};

console.log(`Provenant demo in ${dir}`);
writeFileSync(join(dir, 'hello-1.0.0.tar.gz'), `sample release artifact built ${new Date().toISOString()}\n`);
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
writeFileSync(join(dir, 'signing-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
writeFileSync(join(dir, 'signing-key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
console.log('generated a fresh ECDSA P-256 signing key (signing-key.pem / signing-key.pub)');

run(['attest', 'hello-1.0.0.tar.gz', '--key', 'signing-key.pem', '--digest', 'sha256,sha512'], 'attest');
const bundle = JSON.parse(readFileSync(join(dir, 'hello-1.0.0.tar.gz.sigstore.json'), 'utf8'));
const st = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
console.log(`\nStatement: ${st.predicateType}, buildType ${st.predicate.buildDefinition.buildType}`);
console.log(`subject: ${st.subject[0].name} sha256:${st.subject[0].digest.sha256}`);

// verify what was attested (and sign a Verification Summary with a verifier key), then show a failure
const v = generateKeyPairSync('ed25519');
writeFileSync(join(dir, 'verifier-key.pem'), v.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
writeFileSync(join(dir, 'verifier-key.pub'), v.publicKey.export({ type: 'spki', format: 'pem' }));
run(
  ['verify', 'hello-1.0.0.tar.gz', '--key', 'signing-key.pub', '--vsa-out', 'vsa', '--vsa-key', 'verifier-key.pem'],
  'verify',
);
run(
  [
    'verify-vsa',
    'vsa/hello-1.0.0.tar.gz.vsa.sigstore.json',
    'hello-1.0.0.tar.gz',
    '--key',
    'verifier-key.pub',
    '--min-level',
    '1',
  ],
  'verify-vsa',
);
writeFileSync(join(dir, 'tampered.tar.gz'), 'not what was built\n');
const bad = run([
  'verify',
  'tampered.tar.gz',
  '--bundle',
  'hello-1.0.0.tar.gz.sigstore.json',
  '--key',
  'signing-key.pub',
]);
console.log(
  bad.status === 1 ? '\n(as expected, the tampered artifact is rejected)' : '\nERROR: tampered artifact accepted',
);
process.exit(bad.status === 1 ? 0 : 1);
