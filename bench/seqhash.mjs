// Anchor for the many-small-files rows: the naive approach (what the official attest action does), one file at a
// time, a 64 KiB-chunk read stream per file, sha256, printed as sha256sum would. Usage: node seqhash.mjs DIR
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

function hash(path) {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path, { highWaterMark: 64 * 1024 })
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

const root = process.argv[2];
const files = (await readdir(root, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name))
  .sort();
const out = [];
for (const f of files) out.push(`${await hash(f)}  ${f}`);
process.stdout.write(`${out.join('\n')}\n`);
