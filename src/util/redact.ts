/**
 * Secrets never enter a recorded command line (the local buildType's externalParameters.command, the command of a
 * link written by `run`) nor recorded streams. What is redacted, with `***`:
 * - the value of an option whose name says it carries a secret: --identity-token, --token, --github-token,
 *   --password, --passphrase, --secret, --private-key, --api-key, --credential(s), --auth… (as `--opt VALUE` or
 *   `--opt=VALUE`; an option ending in `-env` or `-file`/`-path` names a variable or file and is kept);
 * - `NAME=VALUE` arguments (env, make, docker -e) whose NAME says it carries a secret;
 * - inline PEM keys, JWTs, GitHub tokens, `Authorization:` headers, passwords in URLs (`https://user:pass@host`);
 * - any occurrence of the value of a secret-bearing environment variable of this process (GITHUB_TOKEN,
 *   ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, INPUT_PRIVATE-KEY, …).
 */

export const REDACTED = '***';

const SECRET_WORD = new RegExp(
  'token|passw(or)?d|passphrase|secret|private[-_]?key|api[-_]?key|credential|' +
    '(^|[-_])auth($|[-_])|authorization|cookie',
  'i',
);
/** Options that name where a secret is (a variable, a file), not the secret itself. */
const NAMES_A_PLACE = /-(env|file|path|dir)$/i;
const SECRET_ENV = /TOKEN|SECRET|PASSW(OR)?D|PASSPHRASE|PRIVATE[-_]?KEY|API[-_]?KEY|CREDENTIAL|^INPUT_/i;

/** Is this option (`--identity-token`, `-p`…) one whose value is a secret? */
export function isSecretOption(name: string): boolean {
  const n = name.replace(/^-+/, '');
  return SECRET_WORD.test(n) && !NAMES_A_PLACE.test(n);
}

const PATTERNS: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  [/-----BEGIN [A-Z0-9 ]*-----[\s\S]*?(-----END [A-Z0-9 ]*-----\s*|$)/g, REDACTED],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
  [/\b(gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED],
  [/^((?:proxy-)?authorization\s*:\s*)(.*)$/gim, (_m, h) => `${h}${REDACTED}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]*@/gi, (_m, pre) => `${pre}${REDACTED}@`],
];

/**
 * A secret and each of its lines, trimmed (those of at least `minLine` characters): what to look for, or to mask in
 * an Actions log (the runner masks line by line, so a multi-line secret such as a PEM key is masked per line too).
 */
export function secretParts(secret: string | undefined, minLine = 4): string[] {
  if (!secret) return [];
  const out = [secret];
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= minLine) out.push(line.trim());
  return out;
}

/** The values of this environment's secret-bearing variables (long enough to be worth looking for). */
export function secretValues(env: Record<string, string | undefined> = process.env): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(env)) {
    if (!v || v.length < 6 || !SECRET_ENV.test(k)) continue;
    if (/^(INPUT_)/i.test(k) && !SECRET_WORD.test(k.slice(6))) continue; // an ordinary action input (subject-path…)
    for (const part of secretParts(v, 6)) out.add(part);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Redacts secrets inside one string (patterns and known secret values). */
export function redactText(s: string, secrets: string[] = secretValues()): string {
  let out = s;
  for (const v of secrets) if (out.includes(v)) out = out.split(v).join(REDACTED);
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep as never);
  return out;
}

/**
 * A command line with the secrets taken out (see the module comment). The argument count and order are kept, so
 * the recorded command still says what ran; only secret values become `***`.
 */
export function redactArgv(argv: readonly string[], env: Record<string, string | undefined> = process.env): string[] {
  const secrets = secretValues(env);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const opt = /^(--?[A-Za-z][\w.-]*)=(.*)$/s.exec(a);
    if (opt && isSecretOption(opt[1])) {
      out.push(`${opt[1]}=${REDACTED}`);
      continue;
    }
    const kv = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s.exec(a);
    if (kv && (SECRET_ENV.test(kv[1]) || SECRET_WORD.test(kv[1])) && kv[2] !== '') {
      out.push(`${kv[1]}=${REDACTED}`);
      continue;
    }
    out.push(redactText(a, secrets));
    if (
      /^--?[A-Za-z][\w.-]*$/.test(a) &&
      isSecretOption(a) &&
      i + 1 < argv.length &&
      !/^--?[A-Za-z]/.test(argv[i + 1])
    ) {
      out.push(REDACTED);
      i++;
    }
  }
  return out;
}
