import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  redactArgv,
  workflowPath
} from "./chunk-ON2IZKBG.js";
import {
  VERSION
} from "./chunk-AYU2T7WH.js";
import {
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  STATEMENT_V01,
  STATEMENT_V1,
  WORKFLOW_INPUTS_KEY
} from "./chunk-3ATEJRRA.js";

// src/slsa/provenance.ts
import { execFile } from "node:child_process";
var GITHUB_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
var LOCAL_BUILD_TYPE = "https://provenant.dev/buildtypes/local/v1";
var LOCAL_BUILDER_ID = "https://provenant.dev/builders/local/v1";
function timestamp(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function subjectsOf(subjects) {
  return subjects.map((s) => ({ name: s.name, digest: { ...s.digest } }));
}
function metadataV1(times, invocationId) {
  const m = invocationId ? { invocationId } : {};
  if (times.startedOn) m.startedOn = timestamp(times.startedOn);
  m.finishedOn = timestamp(times.finishedOn);
  return m;
}
function statementV1(subjects, buildDefinition, runDetails) {
  return {
    _type: STATEMENT_V1,
    subject: subjectsOf(subjects),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: { buildDefinition, runDetails }
  };
}
function metadataV02(times, buildInvocationId) {
  const m = buildInvocationId ? { buildInvocationId } : {};
  m.completeness = { parameters: true, environment: false, materials: false };
  m.reproducible = false;
  if (times.startedOn) m.buildStartedOn = timestamp(times.startedOn);
  m.buildFinishedOn = timestamp(times.finishedOn);
  return m;
}
function materialsV02(deps) {
  return (deps ?? []).filter((m) => m.uri).map((m) => ({ uri: m.uri, ...m.digest ? { digest: m.digest } : {} }));
}
function statementV02(subjects, predicate) {
  return { _type: STATEMENT_V01, subject: subjectsOf(subjects), predicateType: SLSA_PROVENANCE_V02, predicate };
}
function mergeDeps(first, more) {
  return more?.length ? [...first, ...more] : first;
}
function githubProvenanceV1(gh, subjects, times, materials) {
  const repoUrl = `${gh.serverUrl}/${gh.repository}`;
  const workflow = {
    ref: gh.ref,
    repository: repoUrl,
    path: workflowPath(gh.workflowRef, gh.repository)
  };
  const externalParameters = { workflow };
  const internalParameters = {
    github: {
      event_name: gh.eventName,
      repository_id: gh.repositoryId,
      repository_owner_id: gh.repositoryOwnerId,
      runner_environment: gh.runnerEnvironment
    }
  };
  if (gh.inputs && Object.keys(gh.inputs).length) internalParameters[WORKFLOW_INPUTS_KEY] = gh.inputs;
  return statementV1(
    subjects,
    {
      buildType: GITHUB_BUILD_TYPE,
      externalParameters,
      internalParameters,
      resolvedDependencies: mergeDeps([{ uri: `git+${repoUrl}@${gh.ref}`, digest: { gitCommit: gh.sha } }], materials)
    },
    {
      builder: { id: `${gh.serverUrl}/${gh.jobWorkflowRef}` },
      metadata: metadataV1(times, `${repoUrl}/actions/runs/${gh.runId}/attempts/${gh.runAttempt}`)
    }
  );
}
function githubProvenanceV02(gh, subjects, times, materials) {
  const repoUrl = `${gh.serverUrl}/${gh.repository}`;
  return statementV02(subjects, {
    builder: { id: `${gh.serverUrl}/${gh.jobWorkflowRef}` },
    buildType: GITHUB_BUILD_TYPE,
    invocation: {
      configSource: {
        uri: `git+${repoUrl}@${gh.ref}`,
        digest: { sha1: gh.sha },
        entryPoint: workflowPath(gh.workflowRef, gh.repository)
      },
      parameters: gh.inputs ?? {},
      environment: {
        github_event_name: gh.eventName,
        github_repository_id: gh.repositoryId,
        github_repository_owner_id: gh.repositoryOwnerId,
        github_run_id: gh.runId,
        github_run_attempt: gh.runAttempt,
        github_runner_environment: gh.runnerEnvironment
      }
    },
    metadata: metadataV02(times, `${repoUrl}/actions/runs/${gh.runId}/attempts/${gh.runAttempt}`),
    materials: [{ uri: `git+${repoUrl}@${gh.ref}`, digest: { sha1: gh.sha } }, ...materialsV02(materials)]
  });
}
function git(cwd, args, timeout = 5e3, maxBuffer = 64 * 1024 * 1024) {
  return new Promise((done) => {
    execFile("git", args, { cwd, timeout, maxBuffer, encoding: "buffer" }, (err, stdout) => {
      if (err) done({ failed: true });
      else done({ out: stdout.toString().trim() || void 0, failed: false });
    }).stdin?.end();
  });
}
async function localContext(argv, cwd) {
  const ctx = { argv: redactArgv(argv), cwd };
  const [head, symbolic, origin, status] = await Promise.all([
    git(cwd, ["rev-parse", "HEAD"]),
    git(cwd, ["symbolic-ref", "-q", "HEAD"]),
    git(cwd, ["config", "--get", "remote.origin.url"]),
    // only whether it prints anything matters: a byte more than none ends it (and counts as dirty, as a failure does)
    git(cwd, ["status", "--porcelain"], 3e4, 1)
  ]);
  const commit = head.out;
  if (commit && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) {
    const dirty = status.failed || status.out !== void 0;
    ctx.git = {
      commit,
      ...symbolic.out ? { ref: symbolic.out } : {},
      ...origin.out ? { repository: origin.out.replace(/\/\/[^@/]*@/, "//") } : {},
      dirty
    };
  }
  return ctx;
}
function localProvenanceV1(local, subjects, times, materials) {
  const externalParameters = { command: local.argv, workingDirectory: local.cwd };
  const deps = [];
  if (local.git) {
    externalParameters.source = {
      ...local.git.repository ? { repository: local.git.repository } : {},
      ...local.git.ref ? { ref: local.git.ref } : {},
      commit: local.git.commit,
      dirty: local.git.dirty
    };
    const where = local.git.repository ?? `file://${local.cwd}`;
    deps.push({
      uri: `git+${where}${local.git.ref ? `@${local.git.ref}` : ""}`,
      digest: { gitCommit: local.git.commit }
    });
  }
  return statementV1(
    subjects,
    {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters,
      internalParameters: { host: { platform: process.platform, arch: process.arch, node: process.version } },
      resolvedDependencies: mergeDeps(deps, materials)
    },
    { builder: { id: LOCAL_BUILDER_ID, version: { provenant: VERSION } }, metadata: metadataV1(times) }
  );
}
function localProvenanceV02(local, subjects, times, materials) {
  const v1 = localProvenanceV1(local, subjects, times, materials).predicate;
  const bd = v1.buildDefinition;
  return statementV02(subjects, {
    builder: { id: LOCAL_BUILDER_ID },
    buildType: LOCAL_BUILD_TYPE,
    invocation: { parameters: bd.externalParameters, environment: bd.internalParameters },
    metadata: metadataV02(times),
    materials: materialsV02(bd.resolvedDependencies)
  });
}

export {
  LOCAL_BUILD_TYPE,
  githubProvenanceV1,
  githubProvenanceV02,
  localContext,
  localProvenanceV1,
  localProvenanceV02
};
