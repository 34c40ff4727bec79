/**
 * Publishing attestations where users and tools look for them. The files are on disk before this runs; each target
 * is attempted and reports success or failure on its own, and a failure names the target, the HTTP status and the
 * local file that still holds the attestation.
 */
import { basename } from 'node:path';
import { ProvenantError } from '../errors.js';
import { missingArtifactEnv, uploadWorkflowArtifact } from './artifact.js';
import { permissionHint, uploadReleaseAssets, uploadToAttestationsApi, type GitHubTarget } from './github.js';
import { failureOf, type RetryOptions } from './retry.js';
import { pushBundles, type RegistryPublishOptions } from './registry.js';
import type { Subject } from '../intoto/statement.js';

export const PUBLISH_TARGETS = ['files', 'attestations-api', 'artifact', 'release', 'registry'] as const;
export type PublishTarget = (typeof PUBLISH_TARGETS)[number];

export interface PublishFile {
  bundlePath: string;
  intotoJsonlPath: string;
  /** The attestation's subjects and predicate type (publish: registry pushes to each image subject). */
  subjects?: Subject[];
  predicateType?: string;
}

export interface PublishOptions {
  targets: PublishTarget[];
  files: PublishFile[];
  /** Links (in-toto) published beside the provenance. */
  extraFiles?: string[];
  github?: GitHubTarget;
  artifactName?: string;
  retentionDays?: number;
  releaseTag?: string;
  overwrite?: boolean;
  retry?: RetryOptions;
  /** publish: registry — credentials and which images. */
  registry?: RegistryPublishOptions;
}

export interface PublishOutcome {
  target: PublishTarget;
  ok: boolean;
  /** What was published (file or asset name) and where to find it. */
  items: Array<{ name: string; url?: string; id?: string }>;
  detail?: string;
}

export interface PublishContext {
  hasRelease: boolean;
  keyless: boolean;
  hasToken: boolean;
  /** false for `unsigned: true`: only the files on disk can hold a bare Statement. Default true. */
  signed?: boolean;
}

/**
 * Parses the `publish` input, a list. `auto` (or empty) takes what the signing mode allows: files; the attestations
 * API for keyless bundles when a token is there (GitHub stores Sigstore certificate-signed bundles); the release on
 * a release event or with an explicit release tag, for signed attestations. An unsigned Statement stays in files
 * under `auto`; naming another target explicitly for it is a usage error.
 */
export function parsePublishTargets(input: string, ctx: PublishContext): PublishTarget[] {
  const signed = ctx.signed !== false;
  const items = input
    .split(/[\n,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!items.length || (items.length === 1 && items[0] === 'auto')) {
    const t: PublishTarget[] = ['files'];
    if (!signed) return t;
    if (ctx.keyless && ctx.hasToken) t.push('attestations-api');
    if (ctx.hasRelease && ctx.hasToken) t.push('release');
    return t;
  }
  for (const i of items) {
    if (!(PUBLISH_TARGETS as readonly string[]).includes(i)) {
      throw new ProvenantError('INPUT_INVALID', `publish: '${i}' is not one of auto, ${PUBLISH_TARGETS.join(', ')}`);
    }
  }
  const set = new Set(items as PublishTarget[]);
  set.add('files');
  const out = [...set];
  const needSignature = out.filter((t) => t !== 'files');
  if (!signed && needSignature.length) {
    throw new ProvenantError(
      'USAGE',
      `publish: ${needSignature.join(', ')} needs a signed attestation (unsigned is true)`,
    );
  }
  return out;
}

/**
 * What each chosen target needs from the configuration, checked before any network call (signing included), so a
 * mistake is reported as itself and not as whatever failed first. Returns every problem, one per target.
 */
export function publishConfigProblems(
  targets: PublishTarget[],
  cfg: { hasToken: boolean; repository?: string; releaseTag?: string; env?: Record<string, string | undefined> },
): string[] {
  const env = cfg.env ?? process.env;
  const problems: string[] = [];
  for (const t of targets) {
    if ((t === 'attestations-api' || t === 'release') && (!cfg.hasToken || !cfg.repository)) {
      problems.push(`publish: ${t} needs a GitHub token (input github-token) and a repository (GITHUB_REPOSITORY)`);
    }
    if (t === 'release' && !cfg.releaseTag) {
      problems.push('publish: release needs a release event, a tag ref or the release-tag input');
    }
    if (t === 'artifact') {
      const missing = missingArtifactEnv(env);
      if (missing.length)
        problems.push(`publish: artifact needs ${missing.join(' and ')} (set only inside an Actions job)`);
    }
  }
  return problems;
}

function describeFailure(
  target: string,
  e: unknown,
  files: string[],
  kind?: 'attestations-api' | 'release' | 'artifact',
): string {
  if (e instanceof ProvenantError) return `[${e.code}] ${e.message}`;
  const f = failureOf(e);
  const held =
    files.length === 1
      ? `the attestation is still at ${files[0]}`
      : `the attestations are still at ${files.join(', ')}`;
  const after = f.attempts && f.attempts > 1 ? ` after ${f.attempts} attempts` : '';
  const hint = f.status === 403 && !f.rateLimited && kind ? `; ${permissionHint(kind)}` : '';
  return (
    `[PUBLISH_FAILED] ${target}: ${f.status ? `HTTP ${f.status}` : 'connection failed'} (${f.message})` +
    `${after}${hint}; ${held}`
  );
}

export async function publish(opts: PublishOptions): Promise<PublishOutcome[]> {
  const out: PublishOutcome[] = [];
  const retry = opts.retry ?? {};
  const allFiles = opts.files.flatMap((f) => [f.bundlePath, f.intotoJsonlPath]);
  for (const target of opts.targets) {
    const outcome: PublishOutcome = { target, ok: false, items: [] };
    out.push(outcome);
    try {
      if (target === 'files') {
        outcome.items = [...allFiles, ...(opts.extraFiles ?? [])].map((f) => ({ name: f }));
      } else if (target === 'attestations-api') {
        if (!opts.github)
          throw new ProvenantError(
            'PUBLISH_FAILED',
            'attestations-api: no GitHub token (input github-token) or repository',
          );
        for (const f of opts.files) {
          const r = await uploadToAttestationsApi(opts.github, f.bundlePath, retry).catch((e) => {
            throw new Error(describeFailure('attestations API', e, [f.bundlePath], 'attestations-api'));
          });
          outcome.items.push({ name: basename(f.bundlePath), id: r.id, url: r.url });
        }
      } else if (target === 'artifact') {
        const name = opts.artifactName || 'provenance';
        const files = [...allFiles, ...(opts.extraFiles ?? [])];
        const r = await uploadWorkflowArtifact(name, files, opts.retentionDays, retry).catch((e) => {
          throw new Error(describeFailure(`workflow artifact '${name}'`, e, files, 'artifact'));
        });
        outcome.items.push({ name, id: r.id });
      } else if (target === 'release') {
        if (!opts.github)
          throw new ProvenantError('PUBLISH_FAILED', 'release: no GitHub token (input github-token) or repository');
        if (!opts.releaseTag)
          throw new ProvenantError(
            'PUBLISH_FAILED',
            'release: not a release event or tag ref, and no release-tag given',
          );
        const uploads = [
          ...opts.files.flatMap((f) => [
            { file: f.intotoJsonlPath, contentType: 'application/jsonl' },
            { file: f.bundlePath, contentType: 'application/json' },
          ]),
          ...(opts.extraFiles ?? []).map((file) => ({ file, contentType: 'application/json' })),
        ];
        const r = await uploadReleaseAssets(opts.github, opts.releaseTag, uploads, !!opts.overwrite, retry).catch(
          (e) => {
            throw new Error(
              describeFailure(
                `release ${opts.releaseTag}`,
                e,
                uploads.map((u) => u.file),
                'release',
              ),
            );
          },
        );
        outcome.items = r;
      } else if (target === 'registry') {
        const pushed = await pushBundles(
          opts.files.map((f) => ({ ...f, subjects: f.subjects ?? [] })),
          { images: opts.registry?.images, credentials: opts.registry?.credentials, retry },
        );
        for (const r of pushed) outcome.items.push({ name: r.name, id: r.id });
        if (!pushed.length)
          throw new ProvenantError(
            'PUBLISH_FAILED',
            'registry: no image subject (subject-image, or subject-name REGISTRY/REPO with subject-digest ' +
              'sha256:…); the attestation is still at ' +
              opts.files.map((f) => f.bundlePath).join(', '),
          );
      }
      outcome.ok = true;
    } catch (e) {
      outcome.detail = e instanceof ProvenantError ? `[${e.code}] ${e.message}` : (e as Error).message;
    }
  }
  return out;
}

/** The release tag to publish to: explicit, the release event's, or a tag ref. */
export function releaseTagFrom(
  explicit: string | undefined,
  event: Record<string, unknown>,
  ref: string | undefined,
): string | undefined {
  if (explicit) return explicit;
  const rel = event.release as { tag_name?: unknown } | undefined;
  if (rel && typeof rel.tag_name === 'string') return rel.tag_name;
  if (ref?.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  return undefined;
}
