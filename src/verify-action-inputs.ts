/**
 * Which of the verify action's inputs apply in which mode (issue 12 finding 11, as the CLI's `verify --layout`):
 * with `layout` the action verifies a supply chain and reads only the layout inputs; any other input the workflow
 * gives would be silently ignored, so it is a usage error; the layout inputs without `layout` are one too. The
 * runner sets every input that has a default (`github-token`, the booleans, `sigstore-instance`), so an input
 * holding its default value counts as not given. No @actions/core here: the inputs are read from the environment.
 */
import { ProvenantError } from './errors.js';
import { printable } from './util/escape.js';

/** Inputs only layout verification reads (with the CLI's spellings, which the action may accept as aliases). */
export const LAYOUT_ONLY_INPUTS = [
  'layout-keys',
  'layout-key',
  'links',
  'layout-params',
  'param',
  'allow-sublayout',
  'allow-sublayouts',
] as const;

/** Inputs both modes read: the artifacts (with layout: final products), the report file, and the token default. */
export const COMMON_INPUTS = ['artifacts', 'report-path', 'github-token'] as const;

/** Defaults of verify/action.yml: a value equal to its input's default was not given by the workflow. */
export const INPUT_DEFAULTS: Record<string, string> = {
  'allow-unsigned': 'false',
  'insecure-skip-identity': 'false',
  'insecure-ignore-tlog': 'false',
  'deny-self-hosted-runners': 'false',
  'require-material-digests': 'false',
  'sigstore-instance': 'auto',
  'allow-sublayouts': 'false',
  'no-subject-check': 'false',
};

/** The inputs the workflow gave (INPUT_* variables, by name), without those holding their default value. */
export function givenInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  const given: string[] = [];
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith('INPUT_') || v === undefined) continue;
    const name = k.slice('INPUT_'.length).toLowerCase();
    const value = v.trim();
    if (!value) continue;
    const dflt = INPUT_DEFAULTS[name];
    if (dflt !== undefined && value.toLowerCase() === dflt) continue;
    // a switch left off is not given, whatever its name (an input added later with default 'false' included)
    if (value.toLowerCase() === 'false') continue;
    given.push(name);
  }
  return given.sort();
}

/**
 * Throws a USAGE error naming the inputs that do not apply: with `layout`, every input that is neither a layout
 * input nor a common one; without it, the layout-only inputs.
 */
export function checkModeInputs(env: NodeJS.ProcessEnv = process.env): void {
  const given = givenInputs(env);
  const layoutOnly = new Set<string>(LAYOUT_ONLY_INPUTS);
  const common = new Set<string>(COMMON_INPUTS);
  const names = (l: string[]) => l.map((n) => printable(n)).join(', ');
  if (given.includes('layout')) {
    const foreign = given.filter((n) => n !== 'layout' && !layoutOnly.has(n) && !common.has(n));
    if (foreign.length) {
      const applicable = ['layout', 'layout-keys', 'links', 'layout-params', 'allow-sublayout', 'allow-sublayouts'];
      throw new ProvenantError(
        'USAGE',
        `layout verifies a supply chain layout: ${names(foreign)} ${foreign.length > 1 ? 'do' : 'does'} not apply ` +
          `(with layout only ${[...applicable, 'artifacts', 'report-path'].join(', ')} apply)`,
      );
    }
    return;
  }
  const misplaced = given.filter((n) => layoutOnly.has(n));
  if (misplaced.length) {
    throw new ProvenantError(
      'USAGE',
      `${names(misplaced)} ${misplaced.length > 1 ? 'apply' : 'applies'} only with layout ` +
        '(an in-toto root layout to verify)',
    );
  }
}
