// Anchor for the verify rows: a plain @sigstore/verify loop in one process, the least a verifier must do. One
// Verifier built once from the trusted root; per bundle: read, JSON.parse, bundleFromJSON, verify (signature,
// certificate chain, transparency log, timestamps). No subject, policy or level checks.
// Usage: node plain-verify.mjs TRUSTED_ROOT DIR [PUBLIC_KEY_PEM]   (DIR holds ARTIFACT + ARTIFACT.sigstore.json
// pairs; with a key: bundles signed by that key, no transparency log or timestamp required)
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';

const [root, dir, keyFile] = process.argv.slice(2);
let keys;
if (keyFile) {
  const key = createPublicKey(readFileSync(keyFile));
  const der = key.export({ type: 'spki', format: 'der' });
  keys = { [createHash('sha256').update(der).digest('hex')]: { rawBytes: der } };
}
const material = toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(root, 'utf8'))), keys);
const verifier = new Verifier(
  material,
  keyFile
    ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }
    : { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 },
);
let ok = 0;
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.sigstore.json'))
  .sort();
for (const f of names) {
  const b = bundleFromJSON(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const data =
    b.content.$case === 'messageSignature' ? readFileSync(join(dir, f.slice(0, -'.sigstore.json'.length))) : undefined;
  verifier.verify(toSignedEntity(b, data));
  ok++;
}
process.stdout.write(`${ok} verified\n`);
