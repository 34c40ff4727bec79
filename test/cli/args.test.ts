// The option parser: peers' spellings rewritten to Provenant's, the spelling the user typed remembered for
// messages, did-you-mean for unknown options, and every malformed command line a USAGE error (exit 2).
import { describe, expect, test } from '@jest/globals';
import { parseCommandArgs, rewriteAliases, setCommandName, suggestOption } from '../../src/commands/args.js';
import { ProvenantError } from '../../src/errors.js';
import { RECORDING_OPTIONS } from '../../src/commands/run.js';

const usage = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ProvenantError);
    expect((e as ProvenantError).code).toBe('USAGE');
    return (e as Error).message;
  }
  throw new Error('expected a USAGE error');
};

describe('aliases', () => {
  test('in-toto-run -s/--record-streams maps to --record-streams wherever the command has that option', () => {
    setCommandName('run');
    const opts = { ...RECORDING_OPTIONS, 'record-streams': { type: 'boolean' } } as const;
    const p = parseCommandArgs(['-s', '-n', 'build', '-x'], { ...opts, 'no-command': { type: 'boolean' } });
    expect(p.values).toMatchObject({ 'record-streams': true, step: 'build', 'no-command': true });
    expect(p.spell('record-streams')).toBe('-s');
    expect(p.spell('step')).toBe('-n');
    // without the option, -s is unknown (no silent meaning)
    expect(usage(() => parseCommandArgs(['-s'], { step: { type: 'string' } }))).toMatch(/^unknown option -s/);
  });

  test('a value is never taken for an option: --output-dir -d keeps "-d" as the folder', () => {
    setCommandName('run');
    expect(rewriteAliases(['--output-dir', '-d', '-n', 'x'], RECORDING_OPTIONS).args).toEqual([
      '--output-dir',
      '-d',
      '--step',
      'x',
    ]);
  });

  test('-k and -d mean what they mean in the in-toto tool of the same job', () => {
    const verify = {
      key: { type: 'string', multiple: true },
      'layout-key': { type: 'string', multiple: true },
      links: { type: 'string' },
      layout: { type: 'string' },
    } as const;
    expect(rewriteAliases(['-k', 'a.pub', 'b.pub', '-d', 'links/'], verify, 'verify').args).toEqual([
      '--layout-key',
      'a.pub',
      '--layout-key',
      'b.pub',
      '--links',
      'links/',
    ]);
    expect(rewriteAliases(['-k', 'k.pem', '-d', 'out'], RECORDING_OPTIONS, 'run').args).toEqual([
      '--key',
      'k.pem',
      '--output-dir',
      'out',
    ]);
  });

  test('--layout-keys A B spreads until the next option; --format json is --json; --x=v keeps its value', () => {
    const o = {
      'layout-key': { type: 'string', multiple: true },
      json: { type: 'boolean' },
      'cert-identity': { type: 'string' },
    } as const;
    const r = rewriteAliases(
      ['--layout-keys', 'a', 'b', '--format', 'json', '--certificate-identity=x=y'],
      o,
      'verify',
    );
    expect(r.args).toEqual(['--layout-key', 'a', '--layout-key', 'b', '--json', '--cert-identity=x=y']);
    expect(r.spelled).toEqual({
      'layout-key': '--layout-keys',
      json: '--format json',
      'cert-identity': '--certificate-identity',
    });
    expect(usage(() => rewriteAliases(['--format', 'yaml'], o))).toMatch(/--format: 'yaml' is not supported/);
  });

  test('everything after -- passes through untouched', () => {
    expect(rewriteAliases(['-n', 's', '--', '-n', '--format', 'x'], RECORDING_OPTIONS, 'run').args).toEqual([
      '--step',
      's',
      '--',
      '-n',
      '--format',
      'x',
    ]);
  });
});

describe('unknown options', () => {
  test("did you mean: the closest spelling (Provenant's or an alias), none when nothing is close", () => {
    expect(suggestOption('--cert-identiy', ['--cert-identity', '--key'])).toBe('--cert-identity');
    expect(suggestOption('--bundel', ['--bundle', '--key'])).toBe('--bundle');
    expect(suggestOption('--lockfil', ['--lockfile'])).toBe('--lockfile');
    expect(suggestOption('--zzzzzz', ['--bundle', '--key'])).toBeUndefined();
    setCommandName('verify');
    expect(usage(() => parseCommandArgs(['--bundel', 'x'], { bundle: { type: 'string' } }))).toBe(
      'unknown option --bundel (did you mean --bundle?)',
    );
    expect(usage(() => parseCommandArgs(['--qqqqqqqq'], { bundle: { type: 'string' } }))).toBe(
      'unknown option --qqqqqqqq',
    );
  });

  test("malformed command lines are USAGE errors without Node's advice about --", () => {
    expect(usage(() => parseCommandArgs(['--bundle'], { bundle: { type: 'string' } }))).not.toMatch(/positional/);
    expect(usage(() => parseCommandArgs(['x'], {}, false))).toBe("unexpected argument 'x'");
  });
});
