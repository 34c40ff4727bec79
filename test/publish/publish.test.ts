import { describe, expect, test } from '@jest/globals';
import { withRetry, isTransient } from '../../src/publish/retry.js';
import { parsePublishTargets, releaseTagFrom } from '../../src/publish/index.js';

describe('publishing helpers', () => {
  test('transient failures are 408, 429, 5xx and connection errors', () => {
    expect([408, 429, 500, 502, 503, 504].every((status) => isTransient({ status, message: '' }))).toBe(true);
    expect([400, 401, 403, 404, 409, 422].some((status) => isTransient({ status, message: '' }))).toBe(false);
    expect(isTransient({ message: 'ECONNRESET' })).toBe(true);
  });
  test('withRetry: retries transient failures with growing delays, stops at the first permanent one, bounded attempts', async () => {
    const seen: string[] = [];
    let n = 0;
    const ok = await withRetry(
      't',
      async () => {
        if (++n < 3) throw { status: 503 };
        return 'done';
      },
      (e) => ({ status: (e as { status: number }).status, message: 'x' }),
      { baseDelayMs: 1, onRetry: (m) => seen.push(m) },
    );
    expect(ok).toBe('done');
    expect(seen).toHaveLength(2);
    let m = 0;
    await expect(
      withRetry(
        't',
        async () => {
          m++;
          throw { status: 403 };
        },
        (e) => ({ status: (e as { status: number }).status, message: 'forbidden' }),
        { baseDelayMs: 1 },
      ),
    ).rejects.toThrow('forbidden');
    expect(m).toBe(1);
    let k = 0;
    await expect(
      withRetry(
        't',
        async () => {
          k++;
          throw { status: 500 };
        },
        () => ({ status: 500, message: 'boom' }),
        { baseDelayMs: 1, attempts: 4 },
      ),
    ).rejects.toThrow('boom');
    expect(k).toBe(4);
  });
  test('publish targets and the release tag', () => {
    expect(parsePublishTargets('auto', { hasRelease: true, keyless: true, hasToken: true })).toEqual([
      'files',
      'attestations-api',
      'release',
    ]);
    expect(parsePublishTargets('', { hasRelease: false, keyless: false, hasToken: true })).toEqual(['files']);
    expect(parsePublishTargets('release\nartifact', { hasRelease: false, keyless: true, hasToken: true })).toEqual([
      'release',
      'artifact',
      'files',
    ]);
    expect(() => parsePublishTargets('s3', { hasRelease: false, keyless: true, hasToken: true })).toThrow(
      /publish: 's3' is not one of/,
    );
    expect(releaseTagFrom(undefined, { release: { tag_name: 'v2' } }, 'refs/heads/main')).toBe('v2');
    expect(releaseTagFrom(undefined, {}, 'refs/tags/v3')).toBe('v3');
    expect(releaseTagFrom('v4', {}, 'refs/tags/v3')).toBe('v4');
    expect(releaseTagFrom(undefined, {}, 'refs/heads/main')).toBeUndefined();
  });
});
