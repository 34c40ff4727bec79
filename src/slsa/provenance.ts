import { execFile } from 'node:child_process';
import type { ResourceDescriptor, Statement, Subject } from '../intoto/statement.js';
import {
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  STATEMENT_V01,
  STATEMENT_V1,
  WORKFLOW_INPUTS_KEY,
} from '../intoto/statement.js';
import { VERSION } from '../version.js';
import { redactArgv } from '../util/redact.js';
import { type GitHubContext, workflowPath } from './github.js';

export const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
export const LOCAL_BUILD_TYPE = 'https://provenant.dev/buildtypes/local/v1';
export const LOCAL_BUILDER_ID = 'https://provenant.dev/builders/local/v1';

export interface ProvenanceTimes {
  startedOn?: Date;
  finishedOn: Date;
}

/** RFC 3339 UTC with whole seconds ("2026-01-02T03:04:05Z"). */
export function timestamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function subjectsOf(subjects: Subject[]): ResourceDescriptor[] {
  return subjects.map((s) => ({ name: s.name, digest: { ...s.digest } }));
}

/** runDetails.metadata of SLSA v1: optional invocationId, startedOn when known, finishedOn. */
function metadataV1(times: ProvenanceTimes, invocationId?: string): Record<string, string> {
  const m: Record<string, string> = invocationId ? { invocationId } : {};
  if (times.startedOn) m.startedOn = timestamp(times.startedOn);
  m.finishedOn = timestamp(times.finishedOn);
  return m;
}

/** A Statement v1 carrying a SLSA Provenance v1 predicate. */
function statementV1(
  subjects: Subject[],
  buildDefinition: Record<string, unknown>,
  runDetails: Record<string, unknown>,
): Statement {
  return {
    _type: STATEMENT_V1,
    subject: subjectsOf(subjects),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: { buildDefinition, runDetails },
  };
}

/**
 * metadata of SLSA v0.2: optional buildInvocationId, start when known, finish; nothing claimed complete but parameters.
 */
function metadataV02(times: ProvenanceTimes, buildInvocationId?: string): Record<string, unknown> {
  const m: Record<string, unknown> = buildInvocationId ? { buildInvocationId } : {};
  m.completeness = { parameters: true, environment: false, materials: false };
  m.reproducible = false;
  if (times.startedOn) m.buildStartedOn = timestamp(times.startedOn);
  m.buildFinishedOn = timestamp(times.finishedOn);
  return m;
}

/** v0.2 materials: the descriptors that have a uri, as {uri, digest}. */
function materialsV02(
  deps: ResourceDescriptor[] | undefined,
): Array<{ uri?: string; digest?: Record<string, string> }> {
  return (deps ?? []).filter((m) => m.uri).map((m) => ({ uri: m.uri, ...(m.digest ? { digest: m.digest } : {}) }));
}

/** A Statement v0.1 carrying a SLSA Provenance v0.2 predicate. */
function statementV02(subjects: Subject[], predicate: Record<string, unknown>): Statement {
  return { _type: STATEMENT_V01, subject: subjectsOf(subjects), predicateType: SLSA_PROVENANCE_V02, predicate };
}

function mergeDeps(first: ResourceDescriptor[], more: ResourceDescriptor[] | undefined): ResourceDescriptor[] {
  return more?.length ? [...first, ...more] : first;
}

/** The external parameters each GitHub workflow buildType defines (consumers SHOULD reject others). */
export const DEFINED_EXTERNAL_PARAMETERS: Record<string, readonly string[]> = {
  'https://actions.github.io/buildtypes/workflow/v1': ['workflow'],
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1': ['workflow', 'inputs', 'vars', 'release'],
};

/**
 * SLSA Provenance v1 with the GitHub-maintained buildType, filled as actions/buildtypes workflow/v1 specifies.
 * Beyond it: the workflow_dispatch / workflow_call inputs and `startedOn`/`finishedOn`. The buildType defines
 * `externalParameters.workflow` alone and consumers SHOULD reject unknown external parameters, so the inputs go
 * under a Provenant-owned key of `internalParameters` (which consumers tolerate): WORKFLOW_INPUTS_KEY.
 */
export function githubProvenanceV1(
  gh: GitHubContext,
  subjects: Subject[],
  times: ProvenanceTimes,
  materials?: ResourceDescriptor[],
): Statement {
  const repoUrl = `${gh.serverUrl}/${gh.repository}`;
  const workflow: Record<string, unknown> = {
    ref: gh.ref,
    repository: repoUrl,
    path: workflowPath(gh.workflowRef, gh.repository),
  };
  const externalParameters: Record<string, unknown> = { workflow };
  const internalParameters: Record<string, unknown> = {
    github: {
      event_name: gh.eventName,
      repository_id: gh.repositoryId,
      repository_owner_id: gh.repositoryOwnerId,
      runner_environment: gh.runnerEnvironment,
    },
  };
  if (gh.inputs && Object.keys(gh.inputs).length) internalParameters[WORKFLOW_INPUTS_KEY] = gh.inputs;
  return statementV1(
    subjects,
    {
      buildType: GITHUB_BUILD_TYPE,
      externalParameters,
      internalParameters,
      resolvedDependencies: mergeDeps([{ uri: `git+${repoUrl}@${gh.ref}`, digest: { gitCommit: gh.sha } }], materials),
    },
    {
      builder: { id: `${gh.serverUrl}/${gh.jobWorkflowRef}` },
      metadata: metadataV1(times, `${repoUrl}/actions/runs/${gh.runId}/attempts/${gh.runAttempt}`),
    },
  );
}

/** SLSA Provenance v0.2 for legacy consumers (Statement v0.1), mapped from the same run facts. */
export function githubProvenanceV02(
  gh: GitHubContext,
  subjects: Subject[],
  times: ProvenanceTimes,
  materials?: ResourceDescriptor[],
): Statement {
  const repoUrl = `${gh.serverUrl}/${gh.repository}`;
  return statementV02(subjects, {
    builder: { id: `${gh.serverUrl}/${gh.jobWorkflowRef}` },
    buildType: GITHUB_BUILD_TYPE,
    invocation: {
      configSource: {
        uri: `git+${repoUrl}@${gh.ref}`,
        digest: { sha1: gh.sha },
        entryPoint: workflowPath(gh.workflowRef, gh.repository),
      },
      parameters: gh.inputs ?? {},
      environment: {
        github_event_name: gh.eventName,
        github_repository_id: gh.repositoryId,
        github_repository_owner_id: gh.repositoryOwnerId,
        github_run_id: gh.runId,
        github_run_attempt: gh.runAttempt,
        github_runner_environment: gh.runnerEnvironment,
      },
    },
    metadata: metadataV02(times, `${repoUrl}/actions/runs/${gh.runId}/attempts/${gh.runAttempt}`),
    materials: [{ uri: `git+${repoUrl}@${gh.ref}`, digest: { sha1: gh.sha } }, ...materialsV02(materials)],
  });
}

export interface LocalContext {
  argv: string[];
  cwd: string;
  /** dirty: `git status --porcelain` lists changes (tracked or untracked files): the tree is not the commit. */
  git?: { repository?: string; ref?: string; commit: string; dirty: boolean };
}

/** A git query's trimmed output; undefined when it fails or prints nothing (`failed`: true only on failure). */
function git(
  cwd: string,
  args: string[],
  timeout = 5000,
  maxBuffer = 64 * 1024 * 1024,
): Promise<{ out?: string; failed: boolean }> {
  return new Promise((done) => {
    execFile('git', args, { cwd, timeout, maxBuffer, encoding: 'buffer' }, (err, stdout) => {
      if (err) done({ failed: true });
      else done({ out: stdout.toString().trim() || undefined, failed: false });
    }).stdin?.end();
  });
}

/**
 * Facts about a local build: the command line with every secret redacted (src/util/redact.ts: an identity token
 * signed into a published provenance could be exchanged at Fulcio by anyone reading it), and, when `cwd` is inside
 * a repository, the git commit, branch, remote and whether the working tree differs from the commit. The four git
 * queries run at once, in the background of whatever the caller does meanwhile (attest hashes its subjects).
 */
export async function localContext(argv: string[], cwd: string): Promise<LocalContext> {
  const ctx: LocalContext = { argv: redactArgv(argv), cwd };
  const [head, symbolic, origin, status] = await Promise.all([
    git(cwd, ['rev-parse', 'HEAD']),
    git(cwd, ['symbolic-ref', '-q', 'HEAD']),
    git(cwd, ['config', '--get', 'remote.origin.url']),
    // only whether it prints anything matters: a byte more than none ends it (and counts as dirty, as a failure does)
    git(cwd, ['status', '--porcelain'], 30000, 1),
  ]);
  const commit = head.out;
  if (commit && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) {
    // a status that cannot be read counts as dirty: the provenance never claims a clean tree it did not see
    const dirty = status.failed || status.out !== undefined;
    ctx.git = {
      commit,
      ...(symbolic.out ? { ref: symbolic.out } : {}),
      ...(origin.out ? { repository: origin.out.replace(/\/\/[^@/]*@/, '//') } : {}),
      dirty,
    };
  }
  return ctx;
}

/**
 * Provenance of a build outside a hosted platform: Provenant's local buildType (schemas/README.md). SLSA L1 at most.
 */
export function localProvenanceV1(
  local: LocalContext,
  subjects: Subject[],
  times: ProvenanceTimes,
  materials?: ResourceDescriptor[],
): Statement {
  const externalParameters: Record<string, unknown> = { command: local.argv, workingDirectory: local.cwd };
  const deps: ResourceDescriptor[] = [];
  if (local.git) {
    externalParameters.source = {
      ...(local.git.repository ? { repository: local.git.repository } : {}),
      ...(local.git.ref ? { ref: local.git.ref } : {}),
      commit: local.git.commit,
      dirty: local.git.dirty,
    };
    const where = local.git.repository ?? `file://${local.cwd}`;
    deps.push({
      uri: `git+${where}${local.git.ref ? `@${local.git.ref}` : ''}`,
      digest: { gitCommit: local.git.commit },
    });
  }
  return statementV1(
    subjects,
    {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters,
      internalParameters: { host: { platform: process.platform, arch: process.arch, node: process.version } },
      resolvedDependencies: mergeDeps(deps, materials),
    },
    { builder: { id: LOCAL_BUILDER_ID, version: { provenant: VERSION } }, metadata: metadataV1(times) },
  );
}

/** v0.2 form of a local build. */
export function localProvenanceV02(
  local: LocalContext,
  subjects: Subject[],
  times: ProvenanceTimes,
  materials?: ResourceDescriptor[],
): Statement {
  const v1 = localProvenanceV1(local, subjects, times, materials).predicate as Record<string, Record<string, unknown>>;
  const bd = v1.buildDefinition as Record<string, unknown>;
  return statementV02(subjects, {
    builder: { id: LOCAL_BUILDER_ID },
    buildType: LOCAL_BUILD_TYPE,
    invocation: { parameters: bd.externalParameters, environment: bd.internalParameters },
    metadata: metadataV02(times),
    materials: materialsV02(bd.resolvedDependencies as ResourceDescriptor[]),
  });
}
