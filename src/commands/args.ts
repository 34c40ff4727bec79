import { pushAll } from '../util/array.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ProvenantError } from '../errors.js';

/**
 * The spellings users bring from gh attestation verify, slsa-verifier, cosign and the in-toto tools, as aliases of
 * Provenant's own options (documented in the README's naming table). An alias applies to a command only when its
 * target option exists there (and `commands`, when given, names the command): `-k` is in-toto-run's signing key
 * for run/record but in-toto-verify's layout keys for verify.
 */
export interface OptionAlias {
  to: string;
  peer: 'gh' | 'slsa-verifier' | 'cosign' | 'in-toto' | 'action';
  commands?: string[];
  /** `--layout-keys A B`: every following word is a value (in-toto style lists) */
  spread?: boolean;
}

export const OPTION_ALIASES: Record<string, OptionAlias[]> = {
  '--custom-trusted-root': [{ to: 'trusted-root', peer: 'gh' }],
  '--certificate-identity': [{ to: 'cert-identity', peer: 'cosign' }],
  '--certificate-identity-regexp': [{ to: 'cert-identity-regex', peer: 'cosign' }],
  '--certificate-oidc-issuer': [{ to: 'cert-oidc-issuer', peer: 'cosign' }],
  '--certificate-oidc-issuer-regexp': [{ to: 'cert-oidc-issuer-regex', peer: 'cosign' }],
  '--type': [{ to: 'predicate-type', peer: 'cosign' }],
  '--provenance-path': [{ to: 'bundle', peer: 'slsa-verifier' }],
  '--step-name': [{ to: 'step', peer: 'in-toto' }],
  '-n': [{ to: 'step', peer: 'in-toto' }],
  '-k': [
    { to: 'key', peer: 'in-toto', commands: ['run', 'record', 'layout'] },
    { to: 'layout-key', peer: 'in-toto', commands: ['verify'], spread: true },
  ],
  '-d': [
    { to: 'output-dir', peer: 'in-toto', commands: ['run', 'record'] },
    { to: 'links', peer: 'in-toto', commands: ['verify'] },
  ],
  '--metadata-directory': [{ to: 'output-dir', peer: 'in-toto' }],
  '-x': [{ to: 'no-command', peer: 'in-toto' }],
  '-s': [{ to: 'record-streams', peer: 'in-toto' }],
  '-l': [{ to: 'layout', peer: 'in-toto', commands: ['verify'] }],
  '--layout-keys': [{ to: 'layout-key', peer: 'in-toto', spread: true }],
  '--link-dir': [{ to: 'links', peer: 'in-toto' }],
  // the actions' input names, so a command line can be written from a workflow and back
  '--keys': [{ to: 'key', peer: 'action' }],
  '--private-key': [{ to: 'key', peer: 'action', commands: ['attest'] }],
  '--bundles': [{ to: 'bundle', peer: 'action' }],
  '--min-slsa-level': [{ to: 'min-level', peer: 'action' }],
  '--digest-algorithms': [{ to: 'digest', peer: 'action', commands: ['attest'] }],
  '--require-lockfile-hashes': [{ to: 'require-hashes', peer: 'action' }],
  '--build-workflow-inputs': [{ to: 'build-workflow-input', peer: 'action' }],
  '--layout-params': [{ to: 'param', peer: 'action' }],
  '--vsa': [{ to: 'vsa-out', peer: 'action' }],
};

let currentCommand = '';
/** The command being run (set by cli.ts): aliases and usage messages depend on it. */
export function setCommandName(name: string): void {
  currentCommand = name;
}

type Options = NonNullable<ParseArgsConfig['options']>;

function aliasFor(token: string, options: Options, command: string): OptionAlias | undefined {
  return (OPTION_ALIASES[token] ?? []).find(
    (a) =>
      a.to in options &&
      (!a.commands || a.commands.includes(command)) &&
      !(token.slice(token.startsWith('--') ? 2 : 1) in options),
  );
}

/** Levenshtein distance, for the did-you-mean hint. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** The closest known spelling of an unknown option, if one is close enough to be what the user meant. */
export function suggestOption(unknown: string, known: string[]): string | undefined {
  const u = unknown.replace(/^-+/, '');
  let best: { name: string; score: number } | undefined;
  for (const k of known) {
    const n = k.replace(/^-+/, '');
    const score = n.startsWith(u) || u.startsWith(n) ? Math.abs(n.length - u.length) / 2 : editDistance(u, n);
    if (!best || score < best.score) best = { name: k, score };
  }
  return best && best.score <= Math.max(2, Math.floor(u.length / 3)) ? best.name : undefined;
}

/**
 * Rewrites the peers' spellings to Provenant's (`--certificate-identity X` → `--cert-identity X`, `--format json` →
 * `--json`, `--layout-keys A B` → `--layout-key A --layout-key B`) and remembers which spelling the user typed for
 * each option, so messages can name it. Unknown options are left for parseArgs to reject.
 */
export function rewriteAliases(
  argv: string[],
  options: Options,
  command = currentCommand,
): { args: string[]; spelled: Record<string, string> } {
  const args: string[] = [];
  const spelled: Record<string, string> = {};
  const shorts = new Map(
    Object.entries(options)
      .filter(([, o]) => o.short)
      .map(([n, o]) => [`-${o.short}`, n]),
  );
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i];
    if (tok === '--') {
      pushAll(args, argv.slice(i));
      break;
    }
    if (!tok.startsWith('-') || tok === '-') {
      args.push(tok);
      continue;
    }
    const eq = tok.startsWith('--') ? tok.indexOf('=') : -1;
    const name = eq > 0 ? tok.slice(0, eq) : tok;
    const inline = eq > 0 ? tok.slice(eq + 1) : undefined;
    if (name === '--format' && !('format' in options) && 'json' in options) {
      const value = inline ?? argv[++i];
      if (value !== 'json')
        throw new ProvenantError(
          'USAGE',
          `--format: '${value ?? ''}' is not supported (only --format json, the same as --json)`,
        );
      args.push('--json');
      spelled.json = '--format json';
      continue;
    }
    const alias = aliasFor(name, options, command);
    const canonical = alias?.to ?? shorts.get(name) ?? (name.startsWith('--') ? name.slice(2) : undefined);
    const opt = canonical !== undefined ? options[canonical] : undefined;
    if (!opt || canonical === undefined) {
      args.push(tok);
      continue;
    }
    spelled[canonical] ??= name;
    if (opt.type === 'boolean' || inline !== undefined) {
      args.push(inline !== undefined ? `--${canonical}=${inline}` : `--${canonical}`);
      continue;
    }
    // a string option: the next word is its value (whatever it looks like)
    if (i + 1 < argv.length) {
      args.push(`--${canonical}`, argv[++i]);
      if (alias?.spread)
        while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) args.push(`--${canonical}`, argv[++i]);
    } else args.push(`--${canonical}`);
  }
  return { args, spelled };
}

/** The names a command knows, for did-you-mean: its options and the aliases that apply to it. */
function knownSpellings(options: Options, command: string): string[] {
  return [
    ...Object.keys(options).map((n) => `--${n}`),
    ...Object.keys(OPTION_ALIASES).filter((t) => t.startsWith('--') && aliasFor(t, options, command)),
  ];
}

/**
 * parseArgs with the peers' aliases, that turns unknown/malformed options into a USAGE error (exit 2) with a
 * did-you-mean hint instead of Node's message (which wrongly suggests `--`). `spelled` maps each option given to
 * the spelling the user typed (`spell(name)` returns it, or `--name`).
 */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, allowPositionals = true) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } };
  const { args, spelled } = rewriteAliases(argv, all);
  try {
    const parsed = parseArgs({ args, options: all, allowPositionals, strict: true });
    return { ...parsed, spelled, spell: (name: string) => spelled[name] ?? `--${name}` };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const m = /'([^']+)'/.exec(err.message);
      const bad = (m?.[1] ?? '').split('=')[0];
      const hint = bad ? suggestOption(bad, knownSpellings(all, currentCommand)) : undefined;
      throw new ProvenantError('USAGE', `unknown option ${bad || '?'}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const m = /'([^']+)'/.exec(err.message);
      throw new ProvenantError('USAGE', `unexpected argument '${m?.[1] ?? ''}'`);
    }
    throw new ProvenantError('USAGE', err.message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}
