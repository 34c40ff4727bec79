/** Step 3, subject: the artifact's digests against the Statement's subjects (or a link's products). */
import type { DigestSet, Statement } from '../intoto/statement.js';
import type { Policy } from './policy.js';
import type { CheckResult } from './result.js';

/** Whether two digest sets share an algorithm with the same value. */
export function digestsMatch(a: DigestSet, b: DigestSet): boolean {
  return Object.keys(a).some((alg) => b[alg] !== undefined && a[alg].toLowerCase() === b[alg].toLowerCase());
}

/** Matches the artifact against the Statement's subjects. */
export function checkSubject(
  st: Statement,
  artifact: { digest: DigestSet } | undefined,
  policy: Policy,
  checks: CheckResult[],
): void {
  if (artifact) {
    const hit = st.subject.find((s) => s.digest && digestsMatch(artifact.digest, s.digest));
    checks.push(
      hit
        ? { code: 'subject', ok: true, detail: `artifact matches subject '${hit.name ?? '_'}'` }
        : {
            code: 'subject',
            ok: false,
            detail: `[SUBJECT_MISMATCH] artifact ${Object.entries(artifact.digest)
              .map(([a, h]) => `${a}:${h}`)
              .join(', ')} is not among the ${st.subject.length} subject(s)`,
          },
    );
  } else if (policy.noSubjectCheck) {
    checks.push({ code: 'subject', ok: true, detail: 'not checked (--no-subject-check): level capped at 0' });
  } else {
    checks.push({
      code: 'subject',
      ok: false,
      detail: '[SUBJECT_MISMATCH] no artifact given to match against the subjects',
    });
  }
}

/** in-toto reference metadata: a link's products stand for subjects. */
export function checkLinkProducts(
  body: { _type: string; products?: Record<string, DigestSet> },
  artifact: { digest: DigestSet } | undefined,
  policy: Policy,
  checks: CheckResult[],
): void {
  const hit =
    artifact && body._type === 'link'
      ? Object.entries(body.products ?? {}).find(
          ([, d]) => d && typeof d === 'object' && digestsMatch(artifact.digest, d),
        )
      : undefined;
  checks.push(
    hit
      ? { code: 'subject', ok: true, detail: `artifact matches the link's product '${hit[0]}'` }
      : policy.noSubjectCheck && !artifact
        ? { code: 'subject', ok: true, detail: 'not checked (--no-subject-check)' }
        : {
            code: 'subject',
            ok: false,
            detail:
              `[SUBJECT_MISMATCH] ` +
              `${artifact ? "the artifact is not among the link's products" : 'no artifact given'}`,
          },
  );
}
