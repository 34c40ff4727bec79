/**
 * `record start … record stop` spans workflow steps; whatever runs in between must not be able to rewrite the
 * recorded materials (issue 16 point 8). `record start` seals the unfinished link: a digest of it kept in the runner's
 * temp folder (RUNNER_TEMP, else the system temp folder), outside the workspace; `record stop` refuses an unfinished
 * link that differs from its seal, or has none (RECORDING_MODIFIED). With a key the unfinished link is also signed,
 * as the reference does. Through dist/cli.js, keyless against a local Sigstore.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_VECTORS } from '../support/paths.js';
import { ensureBuilt, referenceTool, runCli } from '../support/runner.js';
import { startSigstore, type SigstoreInstance } from '../support/sigstore-servers.js';

let root: string;
let sig: SigstoreInstance;
let n = 0;
const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = `${enc({ alg: 'RS256' })}.${enc({ iss: 'https://issuer.example.com', sub: 'builder', fulcio_san: 'https://ci.example.com/build', aud: 'sigstore' })}.c2ln`;

/** A workspace with a source file and its own runner temp folder (outside the workspace). */
function workspace(): { ws: string; env: Record<string, string> } {
  const dir = join(root, `w${n++}`);
  const ws = join(dir, 'ws');
  const temp = join(dir, 'runner-temp');
  mkdirSync(ws, { recursive: true });
  mkdirSync(temp);
  writeFileSync(join(ws, 'src.c'), 'int main() {}\n');
  return { ws, env: { RUNNER_TEMP: temp } };
}
const keyless = () => [
  '--sigstore',
  '--identity-token',
  token,
  '--fulcio-url',
  sig.fulcioURL,
  '--rekor-url',
  sig.rekorURL!,
];

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'prov-record-seal-'));
  mkdirSync(join(root, 'sig'));
  sig = await startSigstore({ rekor: true, tsa: false, dir: join(root, 'sig') });
  const kp = generateKeyPairSync('ed25519');
  writeFileSync(join(root, 'key.pem'), kp.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
}, 120000);
afterAll(async () => {
  await sig?.close();
});

describe('record start seals the unfinished link; record stop checks the seal', () => {
  test('keyless: untouched, the link is written with the materials of start', async () => {
    const { ws, env } = workspace();
    expect(
      (await runCli(['record', 'start', '--step', 'build', '--materials', 'src.c', ...keyless()], { cwd: ws, env }))
        .code,
    ).toBe(0);
    // the seal is in the runner's temp folder, readable by its owner only, not in the workspace
    const seals = readdirSync(join(env.RUNNER_TEMP, 'provenant-record'));
    expect(seals).toHaveLength(1);
    expect(statSync(join(env.RUNNER_TEMP, 'provenant-record', seals[0])).mode & 0o077).toBe(0);
    writeFileSync(join(ws, 'app'), 'binary');
    const stop = await runCli(['record', 'stop', '--step', 'build', '--products', 'app', ...keyless()], {
      cwd: ws,
      env,
    });
    expect(stop.stderr).toMatch(/link written/);
    expect(stop.code).toBe(0);
    const files = readdirSync(ws);
    expect(files.some((f) => f.startsWith('.build') && f.endsWith('link-unfinished'))).toBe(false);
    expect(readdirSync(join(env.RUNNER_TEMP, 'provenant-record'))).toEqual([]); // the seal is removed with it
  }, 60000);
  test('keyless: materials rewritten between start and stop are refused (RECORDING_MODIFIED), nothing is signed', async () => {
    const { ws, env } = workspace();
    expect(
      (await runCli(['record', 'start', '--step', 'build', '--materials', 'src.c', ...keyless()], { cwd: ws, env }))
        .code,
    ).toBe(0);
    const f = join(ws, '.build.link-unfinished');
    const u = JSON.parse(readFileSync(f, 'utf8'));
    expect(Object.keys(u.signed.materials)).toEqual(['src.c']);
    u.signed.materials['src.c'].sha256 = '0'.repeat(64); // a step in between launders another source
    writeFileSync(f, `${JSON.stringify(u)}\n`);
    const stop = await runCli(['record', 'stop', '--step', 'build', ...keyless()], { cwd: ws, env });
    expect(stop.code).toBe(1);
    expect(stop.stderr).toContain(`[RECORDING_MODIFIED] ${f}: changed since record start`);
    expect(readdirSync(ws).filter((x) => x.endsWith('.link') || x.endsWith('.sigstore.json'))).toEqual([]);
  }, 60000);
  test('keyless: an unfinished link without its seal (written by hand, or the seal removed) is refused', async () => {
    const { ws, env } = workspace();
    writeFileSync(
      join(ws, '.build.link-unfinished'),
      `${JSON.stringify({
        signed: {
          _type: 'link',
          name: 'build',
          command: [],
          materials: {},
          products: {},
          byproducts: {},
          environment: {},
        },
        signatures: [],
      })}\n`,
    );
    const forged = await runCli(['record', 'stop', '--step', 'build', ...keyless()], { cwd: ws, env });
    expect(forged.code).toBe(1);
    expect(forged.stderr).toMatch(/\[RECORDING_MODIFIED\] .*\.build\.link-unfinished: no seal of record start/);
    // started in another runner temp folder: its seal is not found either
    expect(
      (await runCli(['record', 'start', '--step', 'b2', '--materials', 'src.c', ...keyless()], { cwd: ws, env })).code,
    ).toBe(0);
    const other = await runCli(['record', 'stop', '--step', 'b2', ...keyless()], {
      cwd: ws,
      env: { RUNNER_TEMP: mkdtempSync(join(root, 'elsewhere-')) },
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/RECORDING_MODIFIED/);
  }, 60000);
  test('with a key: rewritten materials fail (the seal, and the signature as the reference checks it)', async () => {
    const { ws, env } = workspace();
    const key = ['--key', join(root, 'key.pem')];
    expect(
      (await runCli(['record', 'start', '--step', 'build', '--materials', 'src.c', ...key], { cwd: ws, env })).code,
    ).toBe(0);
    const f = join(ws, readdirSync(ws).find((x) => x.endsWith('.link-unfinished'))!);
    const u = JSON.parse(readFileSync(f, 'utf8'));
    expect(u.signatures).toHaveLength(1);
    // an unsigned body with other materials
    writeFileSync(f, `${JSON.stringify({ signed: { ...u.signed, materials: {} }, signatures: [] })}\n`);
    const stop = await runCli(['record', 'stop', '--step', 'build', ...key], { cwd: ws, env });
    expect(stop.code).toBe(1);
    expect(stop.stderr).toMatch(/RECORDING_MODIFIED|SIGNATURE_INVALID/);
    // restored as it was: stop succeeds
    writeFileSync(f, `${JSON.stringify(u)}\n`);
    const ok = await runCli(['record', 'stop', '--step', 'build', ...key], { cwd: ws, env });
    expect(ok.stderr).toMatch(/link written/);
    expect(ok.code).toBe(0);
    expect(existsSync(f)).toBe(false);
  }, 60000);
  test('with a key: a seal that is there but cannot be read (garbage, a folder) is a changed recording, not "no seal"', async () => {
    for (const spoil of ['garbage', 'folder'] as const) {
      const { ws, env } = workspace();
      const key = ['--key', join(root, 'key.pem')];
      expect(
        (await runCli(['record', 'start', '--step', 'build', '--materials', 'src.c', ...key], { cwd: ws, env })).code,
      ).toBe(0);
      const sealDir = join(env.RUNNER_TEMP, 'provenant-record');
      const seal = join(sealDir, readdirSync(sealDir)[0]);
      if (spoil === 'garbage') writeFileSync(seal, 'not json');
      else {
        rmSync(seal);
        mkdirSync(seal);
      }
      const stop = await runCli(['record', 'stop', '--step', 'build', ...key], { cwd: ws, env });
      expect(stop.code).toBe(1);
      expect(stop.stderr).toMatch(/\[RECORDING_MODIFIED\] .*the seal of record start .* cannot be read/);
    }
  }, 60000);
  test('with a key, an unfinished link of in-toto-record (no seal) is accepted on its signature, as the reference does', async () => {
    const { ws, env } = workspace();
    const bob = join(TEST_VECTORS, 'in-toto-demo', 'bob');
    expect(referenceTool('in-toto-record', ['start', '-n', 'edit', '-k', bob, '-m', 'src.c'], ws).code).toBe(0);
    writeFileSync(join(ws, 'notes.txt'), 'x');
    const stop = await runCli(
      ['record', 'stop', '--step', 'edit', '--key', bob, '--legacy', '--products', 'notes.txt'],
      { cwd: ws, env },
    );
    expect(stop.code).toBe(0);
    const l = JSON.parse(readFileSync(join(ws, 'edit.776a00e2.link'), 'utf8'));
    expect(Object.keys(l.signed.materials)).toEqual(['src.c']);
    expect(Object.keys(l.signed.products)).toEqual(['notes.txt']);
  }, 60000);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));
