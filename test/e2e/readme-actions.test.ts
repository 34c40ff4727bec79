// The README documents both actions truthfully: every input and output of action.yml and verify/action.yml is
// named in it, and every `with:` key of its workflow examples is an input of the action it uses.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const action = (p: string) =>
  parse(readFileSync(join(REPO_ROOT, p), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };
const ACTIONS = { 'provenant@v1': action('action.yml'), 'provenant/verify@v1': action('verify/action.yml') };

describe('README and the action metadata', () => {
  test.each(Object.entries(ACTIONS))('every input and output of %s is documented', (_name, a) => {
    const undocumented = [...Object.keys(a.inputs), ...Object.keys(a.outputs)].filter(
      (k) => !readme.includes(`\`${k}\``),
    );
    expect(undocumented).toEqual([]);
    expect(a.runs.using).toBe('node24');
  });

  test('every with: key of the README workflows is an input of the action it uses', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    let steps = 0;
    for (const block of blocks) {
      // a block may be a whole workflow or a list of steps
      const indent = /^ */.exec(block)![0].length;
      const doc = parse(
        block
          .split('\n')
          .map((l) => l.slice(Math.min(indent, /^ */.exec(l)![0].length)))
          .join('\n'),
      ) as unknown;
      const list: Array<{ uses?: string; with?: Record<string, unknown> }> = Array.isArray(doc)
        ? doc
        : Object.values((doc as { jobs?: Record<string, { steps?: [] }> })?.jobs ?? {}).flatMap((j) => j.steps ?? []);
      for (const step of list) {
        const which = Object.entries(ACTIONS).find(([n]) => step.uses?.endsWith(`/${n}`));
        if (!which) continue;
        steps++;
        const unknown = Object.keys(step.with ?? {}).filter((k) => !(k in which[1].inputs));
        expect({ uses: step.uses, unknown }).toEqual({ uses: step.uses, unknown: [] });
      }
    }
    expect(steps).toBeGreaterThanOrEqual(2);
  });
});
