import { ProvenantError } from '../errors.js';

/**
 * What a GitHub Actions run tells about itself, from GITHUB_* variables, the event file and (when keyless) the OIDC
 * token.
 */
export interface GitHubContext {
  serverUrl: string;
  apiUrl: string;
  repository: string; // owner/name
  repositoryId: string;
  repositoryOwnerId: string;
  ref: string;
  sha: string;
  eventName: string;
  workflowRef: string; // owner/name/.github/workflows/x.yml@ref
  jobWorkflowRef: string; // the reusable workflow when one runs, else workflowRef
  runId: string;
  runAttempt: string;
  runnerEnvironment: string;
  /** workflow_dispatch / workflow_call inputs when the event carries them. */
  inputs?: Record<string, unknown>;
  /** 'public' | 'private' | 'internal': the OIDC token's repository_visibility claim, else what the event says. */
  visibility?: string;
}

/** Claims of GitHub's OIDC token that we trust over the environment (they are signed by GitHub). */
export interface GitHubOidcClaims {
  job_workflow_ref?: string;
  repository?: string;
  repository_id?: string;
  repository_owner_id?: string;
  ref?: string;
  sha?: string;
  event_name?: string;
  workflow_ref?: string;
  run_id?: string;
  run_attempt?: string;
  runner_environment?: string;
  repository_visibility?: string;
}

/** The repository visibility an event states (`repository.visibility`, or `repository.private`). */
export function eventVisibility(event: Record<string, unknown>): string | undefined {
  const repo = (event.repository ?? {}) as Record<string, unknown>;
  return typeof repo.visibility === 'string'
    ? repo.visibility
    : repo.private === true
      ? 'private'
      : repo.private === false
        ? 'public'
        : undefined;
}

function need(env: Record<string, string | undefined>, name: string): string {
  const v = env[name];
  if (!v) throw new ProvenantError('ENV_INVALID', `${name} is not set: is this running in GitHub Actions?`);
  return v;
}

/**
 * Builds the context from the runner's environment and event; OIDC claims, when given, win over the environment
 * and every disagreement is reported through `onWarning`.
 */
export function githubContext(
  env: Record<string, string | undefined>,
  event: Record<string, unknown>,
  claims?: GitHubOidcClaims,
  onWarning?: (m: string) => void,
): GitHubContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repo = (event.repository ?? {}) as Record<string, unknown>;
  if (
    !claims?.job_workflow_ref &&
    env.GITHUB_JOB_WORKFLOW_REF &&
    env.GITHUB_JOB_WORKFLOW_REF !== env.GITHUB_WORKFLOW_REF
  ) {
    onWarning?.(
      `GITHUB_JOB_WORKFLOW_REF is set ('${env.GITHUB_JOB_WORKFLOW_REF}') but the runner never sets it: ignored; ` +
        `builder.id is the calling workflow`,
    );
  }
  const ctx: GitHubContext = {
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    repository: need(env, 'GITHUB_REPOSITORY'),
    repositoryId: env.GITHUB_REPOSITORY_ID || (repo.id !== undefined ? String(repo.id) : ''),
    repositoryOwnerId:
      env.GITHUB_REPOSITORY_OWNER_ID ||
      (repo.owner && (repo.owner as Record<string, unknown>).id !== undefined
        ? String((repo.owner as Record<string, unknown>).id)
        : ''),
    ref: need(env, 'GITHUB_REF'),
    sha: need(env, 'GITHUB_SHA'),
    eventName: need(env, 'GITHUB_EVENT_NAME'),
    workflowRef: need(env, 'GITHUB_WORKFLOW_REF'),
    // builder.id is the token's job_workflow_ref; without a token, the calling workflow. Never GITHUB_JOB_WORKFLOW_REF:
    // the runner does not set it, so any earlier step could (through $GITHUB_ENV) and a real key would sign it.
    jobWorkflowRef: need(env, 'GITHUB_WORKFLOW_REF'),
    runId: need(env, 'GITHUB_RUN_ID'),
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    runnerEnvironment: env.RUNNER_ENVIRONMENT || 'github-hosted',
    visibility: eventVisibility(event),
  };
  const inputs = event.inputs;
  if (inputs && typeof inputs === 'object' && !Array.isArray(inputs)) ctx.inputs = inputs as Record<string, unknown>;
  if (claims) {
    const pairs: Array<[keyof GitHubContext, keyof GitHubOidcClaims]> = [
      ['jobWorkflowRef', 'job_workflow_ref'],
      ['workflowRef', 'workflow_ref'],
      ['repository', 'repository'],
      ['repositoryId', 'repository_id'],
      ['repositoryOwnerId', 'repository_owner_id'],
      ['ref', 'ref'],
      ['sha', 'sha'],
      ['eventName', 'event_name'],
      ['runId', 'run_id'],
      ['runAttempt', 'run_attempt'],
      ['runnerEnvironment', 'runner_environment'],
      ['visibility', 'repository_visibility'],
    ];
    for (const [field, claim] of pairs) {
      const c = claims[claim];
      if (c === undefined || c === '') continue;
      const before = ctx[field];
      // job_workflow_ref legitimately differs from GITHUB_WORKFLOW_REF in a reusable workflow
      if (before && before !== c && field !== 'jobWorkflowRef') {
        onWarning?.(`the OIDC token's ${claim} '${c}' differs from the environment's '${before}': using the token's`);
      }
      (ctx as unknown as Record<string, string>)[field] = String(c);
    }
  }
  if (!ctx.repositoryId || !ctx.repositoryOwnerId) {
    throw new ProvenantError(
      'ENV_INVALID',
      'GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY_OWNER_ID are not set and the event has no repository ids',
    );
  }
  return ctx;
}

/** The workflow path: workflow_ref without the `owner/repo/` prefix and the `@ref` suffix (the ref may contain '@'). */
export function workflowPath(workflowRef: string, repository: string): string {
  let rest = workflowRef.startsWith(`${repository}/`)
    ? workflowRef.slice(repository.length + 1)
    : workflowRef.replace(/^[^/]+\/[^/]+\//, '');
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  return rest;
}
