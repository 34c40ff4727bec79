/**
 * Issue 12, finding 16: everything user-controlled that reaches a job summary (Markdown with inline HTML) is
 * escaped: subject names from a checksums file with raw CR/LF, `|`, Markdown links to javascript:, HTML elements.
 */
import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, githubEnv, runAction } from '../support/runner.js';
import { attestSummaryMarkdown } from '../../src/attest/summary.js';
import { verifySummaryMarkdown } from '../../src/verify/summary.js';
import { parseChecksums } from '../../src/subjects/parse.js';
import { html, mdCell, mdCode, mdLink } from '../../src/util/escape.js';

const HEX = 'a'.repeat(64);
const HOSTILE = [
  'evil\r| injected | row |',
  'x](javascript:alert(1))[y',
  '[click](javascript:alert(document.cookie))',
  '<img src=x onerror=alert(1)>',
  '![img](https://evil.example/pixel.png)',
  '`code` *bold* _em_ ~~del~~ <script>alert(1)</script>',
  'two\nlines',
];

/** No raw markup survives: no element, no link/image syntax, no unescaped pipe, no line break inside a value. */
function assertInert(out: string): void {
  expect(out).not.toMatch(/<img|<script/i);
  expect(out).not.toMatch(/\]\(/);
  expect(out).not.toMatch(/javascript:alert\(/);
  expect(out).not.toMatch(/[\r\u2028]/);
  expect(out).not.toMatch(/\n\| injected|\nlines/);
}

describe('escape helpers', () => {
  test('html(): markup and Markdown characters become character references; controls become spaces', () => {
    expect(html('<img src=x onerror="alert(1)">')).toBe('&#60;img src=x onerror=&#34;alert&#40;1&#41;&#34;&#62;');
    expect(html('a\r\nb\u0000c\u2029d')).toBe('a  b c d');
    expect(html('[x](javascript:alert(1))')).toBe('&#91;x&#93;&#40;javascript:alert&#40;1&#41;&#41;');
    expect(html('a & b | c')).toBe('a &#38; b &#124; c');
    expect(html(undefined)).toBe('');
    expect(html('pkg:npm/@scope/name@1.0.0')).toBe('pkg:npm/@scope/name@1.0.0');
    for (const h of HOSTILE) assertInert(html(h));
  });
  test('mdCell(): no pipe splits a cell, no CR/LF starts a row', () => {
    const cell = mdCell('a|b\nc\rd');
    expect(cell).toBe('a&#124;b c d');
    expect(cell).not.toMatch(/[|\r\n]/);
  });
  test('mdCode(): a code span when the text cannot break out of one, else escaped <code>', () => {
    expect(mdCode('sha256:abc')).toBe('`sha256:abc`');
    expect(mdCode('<img src=x>')).toBe('`<img src=x>`'); // literal inside a code span
    expect(mdCode('a`b')).toBe('<code>a&#96;b</code>');
    expect(mdCode('a|b')).toBe('<code>a&#124;b</code>');
    expect(mdCode('a\nb')).toBe('<code>a b</code>');
  });
  test('mdLink(): a link only for a plain https URL', () => {
    expect(mdLink('release', 'https://github.com/o/r/releases/tag/v1')).toBe(
      '[release](https://github.com/o/r/releases/tag/v1)',
    );
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x');
    expect(mdLink('x', 'https://evil.example/a)(javascript:alert(1)')).toBe('x');
    expect(mdLink('[y](javascript:1)', 'http://plain.example/')).toBe('&#91;y&#93;&#40;javascript:1&#41;');
  });
});

describe('attest job summary with hostile subject names', () => {
  test('names from a checksums file (raw CR, |, links, HTML) stay inside their cell, inert', () => {
    // GNU's escaped form (`\HEX  name` with \r, \n, \\) carries raw CR and LF into the names
    const gnuEscape = (n: string) =>
      /[\r\n\\]/.test(n)
        ? `\\${HEX}  ${n.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}`
        : `${HEX}  ${n}`;
    const text = `${HOSTILE.map(gnuEscape).join('\n')}\n`;
    const subjects = parseChecksums(text, 'SHA256SUMS');
    expect(subjects.map((s) => s.name)).toEqual(HOSTILE); // the names really carry the hostile characters
    const md = attestSummaryMarkdown(
      {
        subjects,
        attestations: [{ bundlePath: 'out/<img src=x>|`.sigstore.json' } as never],
        predicateType: 'https://slsa.dev/provenance/v1',
        builderId: 'https://example.com/b`|<img src=x>',
        identity: {
          kind: 'sigstore',
          subject: 'https://github.com/o/r/.github/workflows/x.yml@refs/heads/main',
          issuer: 'https://token.actions.githubusercontent.com',
        },
      },
      [
        { target: 'release <b>x</b>', url: 'javascript:alert(1)', ok: true },
        { target: 'r|2', url: '', ok: false, detail: 'failed\n| x | y |' },
      ],
      [
        {
          path: 'a|b/package-lock.json',
          format: 'npm <i>',
          packages: 1,
          allPinned: true,
          missingHashes: [],
          fullTree: true,
          digestAlgorithms: [],
        },
      ],
    );
    assertInert(md);
    // one table row per subject: every row has exactly the table's two cells
    const rows = md.split('\n').filter((l) => l.includes(HEX));
    expect(rows).toHaveLength(HOSTILE.length);
    for (const r of rows) expect(r.match(/(?<!\\)\|/g)).toHaveLength(3);
    expect(md).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;');
    expect(md).toContain('evil &#124; injected &#124; row &#124;');
    expect(md).not.toContain('<b>');
    expect(md).toContain('Signed keyless by `https://github.com/o/r/.github/workflows/x.yml@refs/heads/main`');
  });
});

describe('verify action job summary (dist/verify-action.js) with a hostile artifact name', () => {
  test('the artifact name and the failure detail naming it are escaped in the HTML table', async () => {
    await ensureBuilt();
    const ws = mkdtempSync(join(tmpdir(), 'prov-sum-'));
    const name = '<img src=x onerror=alert(1)>|[x](javascript:alert(1))<script>.tgz';
    writeFileSync(join(ws, name), 'release');
    const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(ws, 'key.pub'), kp.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    const r = await runAction('verify-action.js', { artifacts: name, keys: join(ws, 'key.pub') }, githubEnv(ws, {}));
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/Provenant verification/);
    expect(r.summary).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;&#124;&#91;x&#93;');
    assertInert(r.summary);
  }, 120000);
});

describe('job summaries render on GitHub (issue 13, point 6)', () => {
  const base = {
    predicateType: 'https://slsa.dev/provenance/v1',
    builderId: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1',
    identity: { kind: 'key' as const, subject: 'SHA256:abc' },
  };
  const codeSpans = (md: string) => [...md.matchAll(/`[^`]*`|<code>[\s\S]*?<\/code>/g)].map((m) => m[0]);

  test('sha256 and sha512: one column each, no <br> inside or between code spans', () => {
    const md = attestSummaryMarkdown({
      ...base,
      subjects: [{ name: 'app.tgz', digest: { sha256: 'a'.repeat(64), sha512: 'b'.repeat(128) } }],
      attestations: [],
    });
    expect(md).toContain('| Subject | sha256 | sha512 |');
    expect(md).toContain(`| app.tgz | \`${'a'.repeat(64)}\` | \`${'b'.repeat(128)}\` |`);
    expect(md).not.toContain('<br>');
    for (const span of codeSpans(md)) expect(span).not.toMatch(/<br>|\n/);
  });

  test('"Published" is its own table, after the lockfile table; paths are workspace-relative; every table is capped', () => {
    const ws = '/home/runner/work/r/r';
    const subjects = Array.from({ length: 250 }, (_, i) => ({
      name: `dist/f${i}.bin`,
      digest: { sha256: i.toString(16).padStart(64, '0') },
    }));
    const md = attestSummaryMarkdown(
      {
        ...base,
        subjects,
        attestations: [
          {
            bundlePath: `${ws}/out/provenance.sigstore.json`,
            intotoJsonlPath: '/tmp/runner/provenant/provenance.intoto.jsonl',
          } as never,
        ],
      },
      [
        {
          target: 'attestations-api: provenance.sigstore.json',
          url: 'https://github.com/o/r/attestations/7',
          ok: true,
        },
        { target: 'artifact: provenance', url: 'https://github.com/o/r/actions/runs/42/artifacts/9', ok: true },
        { target: 'release', url: '', ok: false, detail: 'HTTP 403' },
      ],
      Array.from({ length: 3 }, (_, i) => ({
        path: `${ws}/pkg${i}/package-lock.json`,
        format: 'npm',
        packages: 2,
        allPinned: true,
        missingHashes: [],
        fullTree: true,
        digestAlgorithms: [],
      })),
      { workspace: ws },
    );
    const lines = md.split('\n');
    // subjects: 200 rows, then the rest counted
    expect(lines.filter((l) => l.startsWith('| dist/f'))).toHaveLength(200);
    expect(md).toContain('| … and 50 more | |');
    // the files: inside the workspace relative, outside as they are
    expect(md).toContain('| `out/provenance.sigstore.json` |');
    expect(md).toContain('| `/tmp/runner/provenant/provenance.intoto.jsonl` |');
    expect(md).toContain('| pkg0/package-lock.json | npm |');
    expect(md).not.toContain(`${ws}/`);
    // a separate table: its own header after a blank line, below the lockfile rows
    const pub = lines.indexOf('| Published | Where |');
    expect(pub).toBeGreaterThan(lines.findIndex((l) => l.startsWith('| pkg2/package-lock.json')));
    expect(lines[pub - 1]).toBe('');
    expect(lines[pub + 1]).toBe('|---|---|');
    expect(lines[pub + 2]).toBe(
      '| attestations-api: provenance.sigstore.json | [https://github.com/o/r/attestations/7](https://github.com/o/r/attestations/7) |',
    );
    expect(lines[pub + 3]).toBe(
      '| artifact: provenance | [https://github.com/o/r/actions/runs/42/artifacts/9](https://github.com/o/r/actions/runs/42/artifacts/9) |',
    );
    expect(lines[pub + 4]).toBe('| release | failed: HTTP 403 |');
    // cap on every table: 300 published copies show 200 rows
    const many = attestSummaryMarkdown(
      { ...base, subjects: [], attestations: [] },
      Array.from({ length: 300 }, (_, i) => ({ target: `release: f${i}`, url: '', ok: true })),
    );
    expect(many.split('\n').filter((l) => l.startsWith('| release: f'))).toHaveLength(200);
    expect(many).toContain('| … and 100 more | |');
  });

  test('verify summary: escaped, workspace-relative, capped, with the evidenced level and the next-level reason', () => {
    const ws = '/home/runner/work/r/r';
    const row = (name: string) => ({
      artifact: name,
      digest: 'sha256:00',
      verified: false,
      slsaLevel: 1,
      minLevel: 2,
      builderId: 'https://b`|x',
      sourceRepo: null,
      predicateType: null,
      attestation: null,
      nextLevel: ['L2: not signed by a hosted builder identity (keyless certificate)'],
      materials: null,
      checks: [{ code: 'min-level', ok: false, detail: '[LEVEL_TOO_LOW] SLSA Build L1 < required L2' }],
      digests: {},
      inputAttestations: [],
    });
    const hostile = '<img src=x onerror=alert(1)>|[x](javascript:alert(1))';
    const md = verifySummaryMarkdown(
      [row(`${ws}/dist/${hostile}`), ...Array.from({ length: 210 }, (_, i) => row(`dist/a${i}`))],
      { minLevel: 2, workspace: ws, vsaPaths: [`${ws}/vsa/a.vsa.sigstore.json`] },
    );
    assertInert(md);
    expect(md).toContain(
      '| dist/&#60;img src=x onerror=alert&#40;1&#41;&#62;&#124;&#91;x&#93;&#40;javascript:alert&#40;1&#41;&#41; | ❌ | L1 (below L2) | <code>https://b&#96;&#124;x</code> |',
    );
    expect(md).toContain('L2: not signed by a hosted builder identity &#40;keyless certificate&#41;');
    expect(md.split('\n').filter((l) => l.startsWith('| dist/a'))).toHaveLength(199);
    expect(md).toContain('| … and 11 more | | | | | | |');
    expect(md).toContain('| `vsa/a.vsa.sigstore.json` |');
    for (const span of codeSpans(md)) expect(span).not.toMatch(/<br>/);
  });
});
