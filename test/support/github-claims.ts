/**
 * The OIDC claims of a GitHub Actions run of octo/app's release workflow at tag v1.2.3 (the shape the fake GitHub
 * issues and @sigstore/mock's Fulcio turns into a certificate), shared by the end-to-end tests; a test overrides
 * what it is about.
 */
export const SHA = 'c27d339ee6075c1f744c5d4b200f7901aad2c369';
export const WORKFLOW = 'octo/app/.github/workflows/release.yml@refs/tags/v1.2.3';

export function actionsClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:octo/app:ref:refs/tags/v1.2.3',
    fulcio_san: `https://github.com/${WORKFLOW}`,
    job_workflow_ref: WORKFLOW,
    workflow_ref: WORKFLOW,
    repository: 'octo/app',
    repository_owner: 'octo',
    repository_id: '1296269',
    repository_owner_id: '583231',
    ref: 'refs/tags/v1.2.3',
    sha: SHA,
    event_name: 'push',
    run_id: '1536140711',
    run_attempt: '2',
    runner_environment: 'github-hosted',
    repository_visibility: 'public',
    ...overrides,
  };
}

/** The event file's repository part, as a public repository's push event has it. */
export const PUBLIC_EVENT = { repository: { id: 1296269, owner: { id: 583231 }, visibility: 'public' } };
