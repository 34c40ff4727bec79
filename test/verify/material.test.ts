// The bundle shape check reads every byte string as canonical base64 (one encoding per byte string): the forms a
// lenient decoder would accept as the same bytes are refused, naming the member.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { checkBundleShape } from '../../src/verify/material.js';
import { CORPUS } from '../support/paths.js';

const root = TrustedRoot.fromJSON(
  JSON.parse(readFileSync(join(CORPUS, 'trust/public-good/trusted_root.json'), 'utf8')),
);
const bundle = () =>
  JSON.parse(
    readFileSync(
      join(CORPUS, 'cli-cli/gh-reusable-workflow-attestation/reusable-workflow-attestation.sigstore.json'),
      'utf8',
    ),
  );

describe('canonical base64 in bundles', () => {
  test('the bundle as published passes', () => {
    expect(checkBundleShape(bundle(), 'b', root)).toBe('certificate');
  });

  test.each([
    ['padding removed', (s: string) => s.replace(/=+$/, '')],
    ['a line break inside', (s: string) => `${s.slice(0, 8)}\n${s.slice(8)}`],
    ['a space at the end', (s: string) => `${s} `],
    ['URL-safe alphabet', (s: string) => s.replaceAll('+', '-').replaceAll('/', '_')],
    ['extra padding', (s: string) => `${s}==`],
    ['a character outside the alphabet', (s: string) => `${s.slice(0, 4)}*${s.slice(5)}`],
    [
      'nonzero trailing bits',
      (s: string) => s.replace(/([A-Za-z0-9+/])(=+)$/, (_, c, p) => `${c === 'A' ? 'B' : 'A'}${p}`),
    ],
  ])('%s: refused, naming the member', (_, mutate) => {
    const b = bundle();
    const promise = b.verificationMaterial.tlogEntries[0].inclusionPromise;
    const set = promise.signedEntryTimestamp as string; // ends in "A=": padding, and two bits that must be zero
    const changed = mutate(set);
    expect(changed).not.toBe(set);
    // what a lenient decoder reads as the same bytes (but for the stray character)
    if (!changed.includes('*')) expect(Buffer.from(changed, 'base64').equals(Buffer.from(set, 'base64'))).toBe(true);
    promise.signedEntryTimestamp = changed;
    expect(() => checkBundleShape(b, 'b', root)).toThrow(/signedEntryTimestamp is not canonical base64/);
  });
});
