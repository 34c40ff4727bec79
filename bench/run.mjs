// `npm run bench`: whole-process benchmarks. Each row runs a provenant command line and its anchor (the tool a user
// would run instead) as separate processes, interleaved in the same run (anchor, command, command, anchor, …),
// and reports the medians, the ratio, the target and peak RSS (GNU time's %M; without it RSS is n/a, not judged).
//
//   npm run bench                  every row
//   npm run bench -- help attest-1g  only these rows (names below)
//   npm run bench -- --runs 3       runs per side (default: per row)
//   npm run bench -- --no-build     use dist/ as it is (default: `npm run build` first)
//   npm run bench -- --keep         keep the generated data in .bench/data (default: removed at the end)
//   BENCH_BIG_MIB=256 npm run bench -- attest-1g   a smaller "big file" (default 1024 MiB)
//   npm run bench -- in-process hash   the older in-process benchmarks (bench/*.bench.ts)
//   npm run bench -- adversarial [--mutations N] [--seed S]   the adversarial suite, 100,000 mutations by default
//
// Data is generated under .bench/ (gitignored) from random bytes and test/fixtures/; nothing outside the checkout is read.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  statfsSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const DATA = join(BENCH, 'data');
const NODE = process.execPath;
const CLI = join(ROOT, 'dist', 'cli.js');
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');
const PUBLIC_GOOD = join(CORPUS, 'trust/public-good/trusted_root.json');

const args = process.argv.slice(2);
if (args[0] === 'adversarial') {
  const r = spawnSync(NODE, [join(import.meta.dirname, 'adversarial.mjs'), ...args.slice(1)], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  process.exit(r.status ?? 1);
}
if (args[0] === 'in-process') {
  const r = spawnSync(NODE, [join(import.meta.dirname, 'in-process.mjs'), ...args.slice(1)], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  process.exit(r.status ?? 1);
}
const flag = (f) => {
  const i = args.indexOf(f);
  if (i < 0) return undefined;
  args.splice(i, 1);
  return true;
};
const opt = (f) => {
  const i = args.indexOf(f);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const RUNS = opt('--runs');
const NO_BUILD = flag('--no-build');
const KEEP = flag('--keep');
const only = args;

const TIME =
  existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0
    ? '/usr/bin/time'
    : undefined;
const BIG_MIB = Number(
  process.env.BENCH_BIG_MIB ?? (statfsSync(ROOT).bavail * statfsSync(ROOT).bsize > 8 * 2 ** 30 ? 1024 : 256),
);

// ---------------------------------------------------------------- measurement

/** One run of argv in cwd: wall seconds (spawn to exit) and peak RSS in KiB of the process tree's largest member. */
function once(argv, cwd, expectStatus = 0) {
  const rssFile = join(BENCH, `rss-${process.pid}.txt`);
  const full = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== expectStatus) {
    throw new Error(
      `${argv.join(' ')} exited ${r.status} (expected ${expectStatus}): ${String(r.stderr).slice(-2000)}`,
    );
  }
  const rss = TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { s, rss };
}

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};

/**
 * Runs command and anchor interleaved (ABBA order, after one unmeasured warm-up each, so both see a warm page cache)
 * and returns their medians and peak RSS.
 */
function pair(cmd, anchor, runs, cwd = ROOT) {
  const a = [];
  const c = [];
  once(anchor.argv, cwd, anchor.status);
  once(cmd.argv, cwd, cmd.status);
  for (let i = 0; i < runs; i++) {
    const order =
      i % 2
        ? [
            [c, cmd],
            [a, anchor],
          ]
        : [
            [a, anchor],
            [c, cmd],
          ];
    for (const [acc, x] of order) {
      acc.push(once(x.argv, cwd, x.status));
    }
  }
  return {
    cmd: { s: median(c.map((x) => x.s)), rss: Math.max(...c.map((x) => x.rss)), all: c.map((x) => x.s) },
    anchor: { s: median(a.map((x) => x.s)), rss: Math.max(...a.map((x) => x.rss)), all: a.map((x) => x.s) },
  };
}

// ---------------------------------------------------------------- data

function ensureDir(d) {
  mkdirSync(d, { recursive: true });
  return d;
}

function bigFile() {
  const f = join(DATA, `big-${BIG_MIB}.bin`);
  if (existsSync(f) && statSync(f).size === BIG_MIB * 2 ** 20) return f;
  ensureDir(DATA);
  const fd = openSync(f, 'w');
  const chunk = randomBytes(2 ** 20);
  for (let i = 0; i < BIG_MIB; i++) {
    chunk.writeUInt32LE(i, 0);
    writeSync(fd, chunk);
  }
  closeSync(fd);
  return f;
}

/** count files of size bytes, 100 per folder (d000/f0000 …), random content. */
function smallTree(name, count, size) {
  const dir = join(DATA, name);
  const stamp = join(DATA, `${name}.done`);
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const pool = randomBytes(size + 4096);
  for (let i = 0; i < count; i++) {
    const d = join(dir, `d${String(Math.floor(i / 100)).padStart(4, '0')}`);
    if (i % 100 === 0) mkdirSync(d, { recursive: true });
    const off = i % 4096;
    const buf = Buffer.from(pool.subarray(off, off + size));
    buf.writeUInt32LE(i, 0);
    writeFileSync(join(d, `f${String(i).padStart(6, '0')}.bin`), buf);
  }
  writeFileSync(stamp, '');
  return dir;
}

/** 1,000 artifact + <artifact>.sigstore.json pairs from the corpus's public-good bundles that provenant verifies. */
function verifyDir() {
  const dir = join(DATA, 'verify');
  const stamp = join(DATA, 'verify.done');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8'));
  const cases = manifest.cases.filter(
    (c) =>
      c.kind === 'sigstore-bundle' &&
      c.expect === 'valid' &&
      c.trustedRoot === 'trust/public-good/trusted_root.json' &&
      c.artifact &&
      !c.container &&
      !c.policyDependent,
  );
  const probe = ensureDir(join(DATA, 'verify-probe'));
  const candidates = [];
  cases.forEach((c, i) => {
    const whole = readFileSync(join(CORPUS, c.path), 'utf8').trim();
    let text = whole;
    try {
      JSON.parse(whole);
    } catch {
      text = whole.split('\n')[0]; // JSON Lines: the first bundle
    }
    if (!/"mediaType"/.test(text)) return;
    const name = `c${String(i).padStart(2, '0')}.bin`;
    copyFileSync(join(CORPUS, c.artifact), join(probe, name));
    writeFileSync(join(probe, `${name}.sigstore.json`), text);
    candidates.push(name);
  });
  // keep the ones provenant verifies with no identity policy (the plain loop checks none either: the explicit
  // opt-out keeps the comparison like for like; the others need an identity policy to pass)
  const r = spawnSync(
    NODE,
    [
      CLI,
      'verify',
      '--json',
      '--insecure-skip-identity',
      '--trusted-root',
      PUBLIC_GOOD,
      ...candidates.map((n) => join(probe, n)),
    ],
    { encoding: 'utf8' },
  );
  const verified = new Set(
    JSON.parse(r.stdout)
      .results.filter((x) => x.verified)
      .map((x) => x.artifact.split('/').pop()),
  );
  const good = candidates.filter((n) => verified.has(n));
  if (good.length === 0) throw new Error(`no corpus bundle verifies: ${r.stderr}`);
  ensureDir(dir);
  for (let i = 0; i < 1000; i++) {
    const src = good[i % good.length];
    const name = `a${String(i).padStart(4, '0')}-${src}`;
    copyFileSync(join(probe, src), join(dir, name));
    copyFileSync(join(probe, `${src}.sigstore.json`), join(dir, `${name}.sigstore.json`));
  }
  rmSync(probe, { recursive: true, force: true });
  writeFileSync(stamp, '');
  return dir;
}

/**
 * 1,000 distinct artifacts (4 KiB each), each with its own key-signed bundle and DSSE envelope from one
 * `provenant attest --key --attestation-per-subject` (the corpus has too few distinct public-good bundles: copies of
 * one bundle would all claim the same artifacts, and audit routes every attestation to every artifact it names).
 */
function auditDir() {
  const dir = join(DATA, 'audit');
  const stamp = join(DATA, 'audit.done');
  const pub = join(DATA, 'audit-key.pub.pem');
  if (existsSync(stamp)) return { dir, pub };
  rmSync(dir, { recursive: true, force: true });
  ensureDir(dir);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key = join(DATA, 'audit-key.pem');
  writeFileSync(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
  for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.bin`), randomBytes(4096));
  execFileSync(NODE, [CLI, 'attest', '.', '--key', key, '--attestation-per-subject', '--output-dir', '.'], {
    cwd: dir,
    stdio: 'ignore',
  });
  writeFileSync(stamp, '');
  return { dir, pub };
}

function rsaKey() {
  const f = join(DATA, 'rsa.pem');
  if (!existsSync(f)) {
    ensureDir(DATA);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
    writeFileSync(f, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  }
  return f;
}

function lockfile20k() {
  const dir = ensureDir(join(DATA, 'lock'));
  const f = join(dir, 'package-lock.json');
  if (existsSync(f)) return f;
  const pkgs = { '': { name: 'root', version: '1.0.0' } };
  for (let i = 0; i < 20_000; i++) {
    pkgs[`node_modules/pkg-${i}`] = {
      version: `1.${i % 100}.${i % 7}`,
      resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.${i % 100}.${i % 7}.tgz`,
      integrity: `sha512-${createHash('sha512').update(String(i)).digest('base64')}`,
      ...(i % 3 === 0 ? { dev: true } : {}),
    };
  }
  writeFileSync(
    f,
    JSON.stringify({ name: 'root', version: '1.0.0', lockfileVersion: 3, requires: true, packages: pkgs }, null, 2),
  );
  return f;
}

// ---------------------------------------------------------------- rows

const out = (name) => ensureDir(join(BENCH, 'out', name));
const node = (...a) => ({ argv: [NODE, ...a] });
const cli = (...a) => ({ argv: [NODE, CLI, ...a] });
const sh = (s) => ({ argv: ['sh', '-c', s] });

/**
 * kind 'time': ratio = command time / anchor time, target ≤ target×.
 * kind 'speed': ratio = anchor time / command time (how many times faster, or the share of the anchor's speed),
 * target ≥ target×. rss: a peak-RSS limit (MiB) on the command.
 */
const ROWS = [
  {
    name: 'help',
    runs: 15,
    kind: 'time',
    target: 2,
    what: 'provenant --help',
    anchorName: 'node -e 0',
    make: () => ({ cmd: cli('--help'), anchor: node('-e', '0') }),
  },
  {
    name: 'verify-help',
    runs: 15,
    kind: 'time',
    target: 2,
    what: 'provenant verify --help',
    anchorName: 'node -e 0',
    make: () => ({ cmd: cli('verify', '--help'), anchor: node('-e', '0') }),
  },
  {
    name: 'attest-1g',
    runs: 5,
    kind: 'speed',
    target: 0.9,
    what: `attest ${BIG_MIB} MiB file, unsigned`,
    anchorName: 'openssl dgst -sha256',
    make: () => {
      const f = bigFile();
      return {
        cmd: cli('attest', f, '--unsigned', '--output-dir', out('attest-1g')),
        anchor: { argv: ['openssl', 'dgst', '-sha256', f] },
      };
    },
  },
  {
    name: 'attest-2digest',
    runs: 5,
    kind: 'time',
    target: 1.1,
    what: `attest ${BIG_MIB} MiB --digest sha256,sha512`,
    anchorName: 'the same, sha256 alone',
    note: () => {
      const f = bigFile();
      const r = pair({ argv: ['openssl', 'dgst', '-sha512', f] }, { argv: ['openssl', 'dgst', '-sha256', f] }, 3);
      const x = (r.cmd.s / r.anchor.s).toFixed(2);
      // the floor: the same command with sha512 alone (both digests cannot take less than the slower one)
      const both = cli('attest', f, '--unsigned', '--digest', 'sha256,sha512', '--output-dir', out('attest-2digest'));
      const alone = cli('attest', f, '--unsigned', '--digest', 'sha512', '--output-dir', out('attest-2digest-512'));
      const y = pair(both, alone, 3);
      return (
        `openssl sha512 takes ${x}× openssl sha256 on this CPU (one SHA-512 cannot run faster than that); ` +
        `sha256,sha512 takes ${(y.cmd.s / y.anchor.s).toFixed(2)}× attest --digest sha512 alone ` +
        `(${y.cmd.s.toFixed(3)} s vs ${y.anchor.s.toFixed(3)} s)`
      );
    },
    make: () => {
      const f = bigFile();
      return {
        cmd: cli('attest', f, '--unsigned', '--digest', 'sha256,sha512', '--output-dir', out('attest-2digest')),
        anchor: cli('attest', f, '--unsigned', '--output-dir', out('attest-2digest-anchor')),
      };
    },
  },
  {
    name: 'small-xargs',
    runs: 5,
    kind: 'time',
    target: 1.0,
    what: 'attest 10,000 × 16 KiB, unsigned',
    anchorName: 'find -print0 | xargs -0 -P2 sha256sum',
    make: () => {
      const d = smallTree('small', 10_000, 16 * 1024);
      return {
        cmd: cli('attest', 'small', '--unsigned', '--output-dir', out('small-xargs')),
        anchor: sh(`find small -type f -print0 | xargs -0 -P2 sha256sum > /dev/null`),
        cwd: resolve(d, '..'),
      };
    },
  },
  {
    name: 'small-seq',
    runs: 5,
    kind: 'speed',
    target: 3,
    what: 'attest 10,000 × 16 KiB, unsigned',
    anchorName: 'sequential node stream hasher',
    make: () => {
      const d = smallTree('small', 10_000, 16 * 1024);
      return {
        cmd: cli('attest', 'small', '--unsigned', '--output-dir', out('small-seq')),
        anchor: node(join(import.meta.dirname, 'seqhash.mjs'), 'small'),
        cwd: resolve(d, '..'),
      };
    },
  },
  {
    name: 'verify-1000',
    runs: 3,
    kind: 'speed',
    target: 2,
    what: 'verify 1,000 bundles (one glob, one process)',
    anchorName: 'plain @sigstore/verify loop',
    make: () => {
      const d = verifyDir();
      return {
        cmd: cli('verify', '--insecure-skip-identity', '--trusted-root', PUBLIC_GOOD, `${d}/a*.bin`),
        anchor: node(join(import.meta.dirname, 'plain-verify.mjs'), PUBLIC_GOOD, d),
      };
    },
  },
  {
    name: 'audit-1000',
    runs: 3,
    kind: 'speed',
    target: undefined,
    what: 'audit DIR of 1,000 artifacts (key-signed bundles + envelopes)',
    anchorName: 'plain @sigstore/verify loop (bundles)',
    make: () => {
      const { dir, pub } = auditDir();
      return {
        cmd: cli('audit', '--key', pub, dir),
        anchor: node(join(import.meta.dirname, 'plain-verify.mjs'), PUBLIC_GOOD, dir, pub),
      };
    },
  },
  {
    name: 'run-10k',
    runs: 3,
    kind: 'speed',
    target: 3,
    what: 'run over 10,000 files (materials + products, RSA, --legacy)',
    anchorName: 'in-toto-run 1.3.1',
    make: () => {
      const d = smallTree('small', 10_000, 16 * 1024);
      const key = rsaKey();
      const cwd = resolve(d, '..');
      return {
        cmd: cli(
          'run',
          '--step',
          'bench',
          '--key',
          key,
          '--legacy',
          '--materials',
          'small',
          '--products',
          'small',
          '--output-dir',
          out('run-10k'),
          '--',
          'true',
        ),
        anchor: {
          argv: [
            'in-toto-run',
            '--step-name',
            'bench',
            '--key',
            key,
            '--materials',
            'small',
            '--products',
            'small',
            '--metadata-directory',
            out('run-10k-anchor'),
            '--',
            'true',
          ],
        },
        cwd,
      };
    },
  },
  {
    name: 'lockfile-20k',
    runs: 5,
    kind: 'time',
    target: undefined,
    what: 'attest --materials package-lock.json (20,000 entries)',
    anchorName: 'node: JSON.parse of the lockfile',
    make: () => {
      const f = lockfile20k();
      return {
        cmd: cli(
          'attest',
          '--subject-name',
          'x',
          '--subject-digest',
          `sha256:${'ab'.repeat(32)}`,
          '--materials',
          f,
          '--unsigned',
          '--output-dir',
          out('lockfile-20k'),
        ),
        anchor: node('-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(f)}, 'utf8'))`),
      };
    },
  },
  {
    name: 'rss-100k',
    runs: 3,
    kind: 'time',
    target: undefined,
    rss: 300,
    what: 'attest 100,000 × 1 KiB files, unsigned',
    anchorName: 'find -print0 | xargs -0 -P2 sha256sum',
    make: () => {
      const d = smallTree('many', 100_000, 1024);
      return {
        cmd: cli('attest', 'many', '--unsigned', '--output-dir', out('rss-100k')),
        anchor: sh(`find many -type f -print0 | xargs -0 -P2 sha256sum > /dev/null`),
        cwd: resolve(d, '..'),
      };
    },
  },
];

// ---------------------------------------------------------------- main

const unknown = only.filter((o) => !ROWS.some((r) => r.name === o));
if (unknown.length) {
  console.error(`unknown row(s): ${unknown.join(', ')}; rows: ${ROWS.map((r) => r.name).join(', ')}`);
  process.exit(2);
}
if (!NO_BUILD) execFileSync(NODE, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
ensureDir(DATA);

const mib = (kib) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(0)} MiB` : 'n/a');
const results = [];
let failed = 0;
console.log(
  `node ${process.version}, ${(await import('node:os')).availableParallelism()} cores; medians of interleaved runs`,
);
for (const row of ROWS.filter((r) => only.length === 0 || only.includes(r.name))) {
  let line;
  try {
    const m = row.make();
    spawnSync('sync'); // data just generated: its writeback must not land inside the timings
    const r = pair(m.cmd, m.anchor, Number(RUNS ?? row.runs), m.cwd ?? ROOT);
    const ratio = row.kind === 'time' ? r.cmd.s / r.anchor.s : r.anchor.s / r.cmd.s;
    const okRatio =
      row.target === undefined ? undefined : row.kind === 'time' ? ratio <= row.target : ratio >= row.target;
    const okRss = row.rss === undefined || Number.isNaN(r.cmd.rss) ? undefined : r.cmd.rss / 1024 < row.rss;
    const ok = okRatio !== false && okRss !== false;
    const judged = okRatio !== undefined || okRss !== undefined;
    if (!ok) failed++;
    const target =
      [
        row.target !== undefined ? `${row.kind === 'time' ? '≤' : '≥'} ${row.target}×` : '',
        row.rss ? `RSS < ${row.rss} MiB` : '',
      ]
        .filter(Boolean)
        .join(', ') || '(reported)';
    line = {
      row: row.name,
      command: row.what,
      anchor: row.anchorName,
      'cmd s': r.cmd.s.toFixed(3),
      'anchor s': r.anchor.s.toFixed(3),
      ratio: `${ratio.toFixed(2)}×${row.kind === 'speed' ? ' speed' : ' time'}`,
      target,
      result: judged ? (ok ? 'PASS' : 'FAIL') : '-',
      'cmd RSS': mib(r.cmd.rss),
      'anchor RSS': mib(r.anchor.rss),
    };
    const runs = (x) => `${x.s.toFixed(3)} s [${x.all.map((v) => v.toFixed(2)).join(' ')}]`;
    console.log(
      `${row.name}: ${row.what} ${runs(r.cmd)} vs ${row.anchorName} ${runs(r.anchor)} → ${line.ratio} ` +
        `(target ${target}) ${line.result}; peak RSS ${line['cmd RSS']} vs ${line['anchor RSS']}`,
    );
    if (row.note) console.log(`  note: ${row.note()}`);
  } catch (e) {
    failed++;
    line = {
      row: row.name,
      command: row.what,
      anchor: row.anchorName,
      result: `ERROR ${String(e.message).split('\n')[0].slice(0, 200)}`,
    };
    console.log(`${row.name}: ERROR ${e.message}`);
  }
  results.push(line);
}

// a Markdown table (what goes into the closing note)
const cols = ['row', 'command', 'anchor', 'cmd s', 'anchor s', 'ratio', 'target', 'result', 'cmd RSS', 'anchor RSS'];
console.log(`\n| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`);
for (const l of results) console.log(`| ${cols.map((c) => String(l[c] ?? '').replaceAll('|', '\\|')).join(' | ')} |`);
rmSync(join(BENCH, 'out'), { recursive: true, force: true });
rmSync(join(BENCH, `rss-${process.pid}.txt`), { force: true });
if (!KEEP) rmSync(DATA, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
