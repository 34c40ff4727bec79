// Time and peak RSS to attest 100,000 subjects (checksum input), unsigned and key-signed, in one attestation.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attest } from '../src/attest/attest.js';
import { createKeySigner } from '../src/signing/key-signer.js';

const dir = mkdtempSync(join(tmpdir(), 'prov-bench-attest-'));
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
try {
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++)
    lines.push(`${createHash('sha256').update(String(i)).digest('hex')}  pkg/file-${i}.bin`);
  writeFileSync(join(dir, 'SHA256SUMS'), `${lines.join('\n')}\n`);
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  for (const [label, signer] of [
    ['unsigned', undefined],
    ['key-signed', createKeySigner(key, undefined)],
  ] as const) {
    global.gc?.();
    peak = process.memoryUsage().rss;
    const t0 = process.hrtime.bigint();
    const r = await attest({
      subjects: { subjectChecksums: 'SHA256SUMS', baseDir: dir },
      local: { argv: ['bench'], cwd: dir },
      signer,
      outputDir: join(dir, label),
    });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const file = r.attestations[0].bundlePath ?? r.attestations[0].statementPath!;
    console.log(
      `100,000 subjects, ${label}: ${s.toFixed(2)} s, peak RSS ${(peak / 1048576).toFixed(0)} MiB, ${(statSync(file).size / 1048576).toFixed(1)} MiB written`,
    );
  }
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
