import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ProvenantError } from '../errors.js';
import { INTOTO_PAYLOAD_TYPE } from '../intoto/dsse.js';
import type { ResourceDescriptor, Statement, Subject } from '../intoto/statement.js';
import { validateStatement } from '../schemas/index.js';
import type { AttestationSigner, SignerIdentity, SerializedBundle } from '../signing/types.js';
import { githubContext, type GitHubContext, type GitHubOidcClaims } from '../slsa/github.js';
import type { FulcioIdentity } from '../verify/certificate.js';
import {
  githubProvenanceV02,
  githubProvenanceV1,
  localContext,
  localProvenanceV02,
  localProvenanceV1,
  type LocalContext,
} from '../slsa/provenance.js';
import { resolveSubjects, type SubjectOptions } from '../subjects/index.js';
import { writeFileAtomic } from '../util/fs.js';

export interface AttestOptions {
  subjects: SubjectOptions;
  /** Subjects resolved elsewhere (container images by manifest digest), after those of `subjects`. */
  extraSubjects?: Subject[];
  predicateVersion?: 'v1' | 'v0.2';
  /** In GitHub Actions: the runner's environment and event (and the OIDC claims when keyless). */
  github?: { env: Record<string, string | undefined>; event: Record<string, unknown>; claims?: GitHubOidcClaims };
  /** Elsewhere: the command line and working directory (git facts are read from it). */
  local?: { argv: string[]; cwd: string };
  /** undefined = unsigned (the Statement alone, SLSA Build L1). */
  signer?: AttestationSigner;
  outputDir: string;
  /** Base file name; default: the subject's file name for one subject, `provenance` for several. */
  outputName?: string;
  /** Extra resolvedDependencies (materials from lockfiles). */
  materials?: ResourceDescriptor[];
  /** One attestation per subject (PyPI / PEP 740 style). */
  attestationPerSubject?: boolean;
  startedOn?: Date;
  now?: () => Date;
  onWarning?: (m: string) => void;
}

export interface WrittenAttestation {
  subjects: Subject[];
  /** Sigstore bundle (signed only). */
  bundlePath?: string;
  /** The Sigstore bundle as one JSON line (signed only; what slsa-verifier and Scorecard read). */
  intotoJsonlPath?: string;
  /** The Statement alone (unsigned only). */
  statementPath?: string;
  statementSha256: string;
  bundle?: SerializedBundle;
}

export interface AttestResult {
  subjects: Subject[];
  attestations: WrittenAttestation[];
  identity?: SignerIdentity;
  predicateType: string;
  builderId: string;
}

/** A file name from a subject name: path separators and unsafe characters become '_'. */
export function safeFileName(name: string): string {
  const s = name
    .replace(/^\.+/, '')
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .replace(/_+/g, '_');
  return s.length ? s.slice(0, 200) : 'subject';
}

function buildStatement(
  opts: AttestOptions,
  subjects: Subject[],
  gh: GitHubContext | undefined,
  local: LocalContext | undefined,
  finishedOn: Date,
): Statement {
  const times = { startedOn: opts.startedOn, finishedOn };
  const v02 = opts.predicateVersion === 'v0.2';
  if (gh)
    return v02
      ? githubProvenanceV02(gh, subjects, times, opts.materials)
      : githubProvenanceV1(gh, subjects, times, opts.materials);
  return v02
    ? localProvenanceV02(local!, subjects, times, opts.materials)
    : localProvenanceV1(local!, subjects, times, opts.materials);
}

/**
 * A keyless certificate must say what the provenance says (verifiers bind builder.id, repository and commit to it):
 * a disagreement means the token and the environment described different runs, and the bundle would be rejected.
 */
function checkCertificateBinding(id: FulcioIdentity, gh: GitHubContext, builderId: string): void {
  const problems: string[] = [];
  if (id.buildSignerURI && /\/\.github\/workflows\//.test(builderId) && id.buildSignerURI !== builderId)
    problems.push(`build signer '${id.buildSignerURI}' vs builder.id '${builderId}'`);
  if (id.sourceRepositoryDigest && id.sourceRepositoryDigest !== gh.sha)
    problems.push(`commit ${id.sourceRepositoryDigest} vs ${gh.sha}`);
  if (id.sourceRepositoryURI && id.sourceRepositoryURI.replace(/^https:\/\/[^/]+\//, '') !== gh.repository)
    problems.push(`repository '${id.sourceRepositoryURI}' vs '${gh.repository}'`);
  if (problems.length)
    throw new ProvenantError(
      'SIGNING_FAILED',
      `the signing certificate disagrees with the provenance (${problems.join('; ')}): nothing written`,
    );
}

/**
 * Resolves the subjects, builds and validates the Statement, signs it (or not), and writes the files to
 * `outputDir` (each via a temporary file and a rename). On any failure no output file of this call is left.
 * Publishing elsewhere happens after this returns: the files are on disk first.
 */
export async function attest(opts: AttestOptions): Promise<AttestResult> {
  if (!opts.github && !opts.local)
    throw new ProvenantError('INTERNAL', 'attest needs either a GitHub or a local context');
  if (opts.predicateVersion && !['v1', 'v0.2'].includes(opts.predicateVersion)) {
    throw new ProvenantError('INPUT_INVALID', `predicate-version: '${opts.predicateVersion}' is not v1 or v0.2`);
  }
  const gh = opts.github
    ? githubContext(opts.github.env, opts.github.event, opts.github.claims, opts.onWarning)
    : undefined;
  // the git queries run while the subjects are hashed
  const localFacts = opts.local ? localContext(opts.local.argv, opts.local.cwd) : undefined;
  const so = opts.subjects;
  const otherInput = !!(so.subjectPaths?.trim() || so.subjectDigest || so.subjectName || so.subjectChecksums?.trim());
  const subjects = opts.extraSubjects?.length && !otherInput ? [] : await resolveSubjects(so);
  const local = await localFacts;
  for (const s of opts.extraSubjects ?? []) {
    if (!subjects.some((x) => x.name === s.name && JSON.stringify(x.digest) === JSON.stringify(s.digest)))
      subjects.push(s);
  }
  if (subjects.length === 0) {
    return { subjects, attestations: [], predicateType: '', builderId: '' };
  }
  const outputDir = resolve(opts.outputDir);
  const finishedOn = (opts.now ?? (() => new Date()))();
  const groups: Subject[][] = opts.attestationPerSubject ? subjects.map((s) => [s]) : [subjects];
  const usedNames = new Set<string>();
  const written: string[] = [];
  const attestations: WrittenAttestation[] = [];
  let identity: SignerIdentity | undefined;
  let predicateType = '';
  let builderId = '';
  try {
    for (const group of groups) {
      const statement = buildStatement(opts, group, gh, local, finishedOn);
      validateStatement(statement, 'generated statement');
      predicateType = statement.predicateType;
      const p = statement.predicate as Record<string, Record<string, Record<string, string>>>;
      builderId = p.runDetails?.builder?.id ?? p.builder?.id ?? '';
      const payload = Buffer.from(JSON.stringify(statement), 'utf8');
      const statementSha256 = createHash('sha256').update(payload).digest('hex');
      let base =
        opts.outputName && groups.length === 1
          ? opts.outputName
          : group.length === 1
            ? safeFileName(group[0].name.split('/').pop()!)
            : 'provenance';
      if (usedNames.has(base)) base = group.length === 1 ? safeFileName(group[0].name) : `${base}-${usedNames.size}`;
      for (let i = 2; usedNames.has(base); i++) base = `${base}-${i}`;
      usedNames.add(base);
      const a: WrittenAttestation = { subjects: group, statementSha256 };
      if (opts.signer) {
        const signed = await opts.signer.sign(payload, INTOTO_PAYLOAD_TYPE);
        if (signed.identity.certificate && gh) checkCertificateBinding(signed.identity.certificate, gh, builderId);
        identity = signed.identity;
        a.bundle = signed.bundle;
        a.bundlePath = join(outputDir, `${base}.sigstore.json`);
        a.intotoJsonlPath = join(outputDir, `${base}.intoto.jsonl`);
        await writeFileAtomic(a.bundlePath, `${JSON.stringify(signed.bundle)}\n`);
        written.push(a.bundlePath);
        // the bundle, not the bare envelope: alone, an envelope carries no certificate, log entry or timestamp, so
        // nobody could verify the file that is published as the release asset
        await writeFileAtomic(a.intotoJsonlPath, `${JSON.stringify(signed.bundle)}\n`);
        written.push(a.intotoJsonlPath);
      } else {
        a.statementPath = join(outputDir, `${base}.statement.json`);
        await writeFileAtomic(a.statementPath, payload);
        written.push(a.statementPath);
      }
      attestations.push(a);
    }
  } catch (e) {
    await Promise.all(written.map((f) => rm(f, { force: true })));
    throw e;
  }
  return { subjects, attestations, identity, predicateType, builderId };
}
