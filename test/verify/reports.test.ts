// Reports of two parts of one command (files and images, or the artifacts that were missing) are joined keeping the
// trust the verification used, which a VSA records: a spread dropped it (it is not enumerable, to stay out of JSON).
import { describe, expect, test } from '@jest/globals';
import { joinReports, withTrust, type Trust, type VerifyReport } from '../../src/verify/index.js';

describe('joinReports', () => {
  const trust = { rootSource: 'tuf-cache' } as unknown as Trust;
  const files = withTrust(
    { results: [{ artifact: 'a' }], verified: true, trustedRoot: 'x', threads: 2 } as VerifyReport,
    trust,
  );
  test('results in order, verified only if both are, the trust kept and still out of JSON', () => {
    const images = { results: [{ artifact: 'oci://r/i' }], verified: false } as VerifyReport;
    const j = joinReports(files, images);
    expect(j.results.map((r) => r.artifact)).toEqual(['a', 'oci://r/i']);
    expect(j.verified).toBe(false);
    expect(j.trust).toBe(trust);
    expect(JSON.stringify(j)).not.toContain('tuf-cache');
    expect(joinReports(files, { results: [], verified: true }).verified).toBe(true);
  });
  test("the second part's trust when the first has none (images verified after no files)", () => {
    const none = { results: [], verified: true, trustedRoot: 'x', threads: 1 } as VerifyReport;
    expect(joinReports(none, withTrust({ results: [], verified: true } as unknown as VerifyReport, trust)).trust).toBe(
      trust,
    );
  });
});
