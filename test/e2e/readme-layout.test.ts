// The README's in-toto layout example, run exactly as written (its YAML description and its shell block, with
// `provenant` the bundled dist/cli.js), so the documentation stays true; then the same chain with a product changed
// after its step must fail.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, REPO_ROOT, TEST_VECTORS } from '../support/paths.js';
import { ensureBuilt } from '../support/runner.js';

/** The fenced block of `lang` in the README whose text contains `marker`. */
function readmeBlock(marker: string, lang: string): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  const start = readme.lastIndexOf(`\`\`\`${lang}\n`, at) + lang.length + 4;
  const end = readme.indexOf('\n```', start) + 1;
  expect(at).toBeLessThan(end);
  return readme.slice(start, end);
}

let yaml: string;
let script: string;

function workspace(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `prov-readme-${name}-`));
  mkdirSync(join(dir, 'keys'));
  for (const k of ['alice', 'bob', 'carl']) {
    cpSync(join(TEST_VECTORS, 'in-toto-demo', k), join(dir, 'keys', k));
    cpSync(join(TEST_VECTORS, 'in-toto-demo', `${k}.pub`), join(dir, 'keys', `${k}.pub`));
  }
  // a second owner key (RSA) and the tester's key (ed25519), as PEM files
  for (const [k, type] of [
    ['alice2', 'rsa'],
    ['dan', 'ed25519'],
  ] as const) {
    const pair = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 3072 }) : generateKeyPairSync('ed25519');
    writeFileSync(join(dir, 'keys', k), pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(dir, 'keys', `${k}.pub`), pair.publicKey.export({ type: 'spki', format: 'pem' }));
  }
  writeFileSync(join(dir, 'layout.yaml'), yaml);
  writeFileSync(join(dir, 'write-code.sh'), '#!/bin/sh\necho "print(42)" > foo.py\n');
  writeFileSync(join(dir, 'run-tests.sh'), '#!/bin/sh\necho "<testsuite tests=\\"1\\"/>" > report.xml\n');
  chmodSync(join(dir, 'write-code.sh'), 0o755);
  chmodSync(join(dir, 'run-tests.sh'), 0o755);
  return dir;
}

/** Runs shell text with `provenant` bound to the bundle; stops at the first failing command. */
function sh(text: string, cwd: string): { code: number; out: string } {
  const prelude = `set -e\nprovenant() { ${JSON.stringify(process.execPath)} ${JSON.stringify(join(DIST, 'cli.js'))} "$@"; }\n`;
  const r = spawnSync('bash', ['-c', prelude + text], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

beforeAll(async () => {
  await ensureBuilt();
  yaml = readmeBlock('# layout.yaml: a readable description', 'yaml');
  script = readmeBlock('provenant layout new layout.yaml', 'sh');
}, 120000);

describe("the README's in-toto layout example", () => {
  test('the YAML description and the commands, exactly as written: every step recorded, the chain verifies', () => {
    expect(yaml).toMatch(/^# layout\.yaml/);
    expect(script).toMatch(/^provenant layout new layout\.yaml/);
    const dir = workspace('ok');
    const r = sh(script, dir);
    expect(r.out).toMatch(/the supply chain verifies/);
    expect(r.out).not.toMatch(/warning/);
    expect(r.code).toBe(0);
    // the layout carries both owner signatures and the steps of the description
    const layout = JSON.parse(readFileSync(join(dir, 'root.layout'), 'utf8'));
    expect(layout.signatures).toHaveLength(2);
    expect(layout.signed.steps.map((s: { name: string }) => s.name)).toEqual(['write-code', 'test', 'package']);
    expect(layout.signed.expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // one link per step, named <step>.<keyid8>.link
    const links = readdirSync(join(dir, 'final'))
      .filter((f) => f.endsWith('.link'))
      .map((f) => f.split('.')[0])
      .sort();
    expect(links).toEqual(['package', 'test', 'write-code']);
    expect(existsSync(join(dir, 'report.xml'))).toBe(true);
  }, 120000);

  test('the same example with foo.py changed after it was written fails, naming the step and the rule', () => {
    const dir = workspace('tampered');
    // run the script up to the package step, change foo.py, then run the rest
    const at = script.indexOf('provenant run --step package');
    expect(at).toBeGreaterThan(0);
    const r1 = sh(script.slice(0, at), dir);
    expect(r1.code).toBe(0);
    writeFileSync(join(dir, 'foo.py'), 'print("not what bob wrote")\n');
    const r2 = sh(script.slice(at), dir);
    expect(r2.code).not.toBe(0);
    expect(r2.out).not.toMatch(/the supply chain verifies/);
    expect(r2.out).toMatch(/RULE_FAILED/);
    // MATCH foo.py WITH PRODUCTS FROM write-code no longer consumes it, so the DISALLOW * after it names it
    expect(r2.out).toMatch(/step 'package': expected_materials rule 'DISALLOW \*' matched 'foo\.py'/);
    expect(r2.out).not.toMatch(/\n\s+at .*\.js:\d+/);
  }, 120000);
});
