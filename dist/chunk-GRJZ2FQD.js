import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  resolveSubjects
} from "./chunk-3FI72NAE.js";
import {
  githubProvenanceV02,
  githubProvenanceV1,
  localContext,
  localProvenanceV02,
  localProvenanceV1
} from "./chunk-JFMEGE4D.js";
import {
  githubContext
} from "./chunk-ON2IZKBG.js";
import {
  INTOTO_PAYLOAD_TYPE
} from "./chunk-TL3MPSWU.js";
import {
  writeFileAtomic
} from "./chunk-JYUD5BX7.js";
import {
  validateStatement
} from "./chunk-6DWRZXSB.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/attest/attest.ts
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
function safeFileName(name) {
  const s = name.replace(/^\.+/, "").replace(/[\\/:*?"<>|\s]+/g, "_").replace(/_+/g, "_");
  return s.length ? s.slice(0, 200) : "subject";
}
function buildStatement(opts, subjects, gh, local, finishedOn) {
  const times = { startedOn: opts.startedOn, finishedOn };
  const v02 = opts.predicateVersion === "v0.2";
  if (gh)
    return v02 ? githubProvenanceV02(gh, subjects, times, opts.materials) : githubProvenanceV1(gh, subjects, times, opts.materials);
  return v02 ? localProvenanceV02(local, subjects, times, opts.materials) : localProvenanceV1(local, subjects, times, opts.materials);
}
function checkCertificateBinding(id, gh, builderId) {
  const problems = [];
  if (id.buildSignerURI && /\/\.github\/workflows\//.test(builderId) && id.buildSignerURI !== builderId)
    problems.push(`build signer '${id.buildSignerURI}' vs builder.id '${builderId}'`);
  if (id.sourceRepositoryDigest && id.sourceRepositoryDigest !== gh.sha)
    problems.push(`commit ${id.sourceRepositoryDigest} vs ${gh.sha}`);
  if (id.sourceRepositoryURI && id.sourceRepositoryURI.replace(/^https:\/\/[^/]+\//, "") !== gh.repository)
    problems.push(`repository '${id.sourceRepositoryURI}' vs '${gh.repository}'`);
  if (problems.length)
    throw new ProvenantError(
      "SIGNING_FAILED",
      `the signing certificate disagrees with the provenance (${problems.join("; ")}): nothing written`
    );
}
async function attest(opts) {
  if (!opts.github && !opts.local)
    throw new ProvenantError("INTERNAL", "attest needs either a GitHub or a local context");
  if (opts.predicateVersion && !["v1", "v0.2"].includes(opts.predicateVersion)) {
    throw new ProvenantError("INPUT_INVALID", `predicate-version: '${opts.predicateVersion}' is not v1 or v0.2`);
  }
  const gh = opts.github ? githubContext(opts.github.env, opts.github.event, opts.github.claims, opts.onWarning) : void 0;
  const localFacts = opts.local ? localContext(opts.local.argv, opts.local.cwd) : void 0;
  const so = opts.subjects;
  const otherInput = !!(so.subjectPaths?.trim() || so.subjectDigest || so.subjectName || so.subjectChecksums?.trim());
  const subjects = opts.extraSubjects?.length && !otherInput ? [] : await resolveSubjects(so);
  const local = await localFacts;
  for (const s of opts.extraSubjects ?? []) {
    if (!subjects.some((x) => x.name === s.name && JSON.stringify(x.digest) === JSON.stringify(s.digest)))
      subjects.push(s);
  }
  if (subjects.length === 0) {
    return { subjects, attestations: [], predicateType: "", builderId: "" };
  }
  const outputDir = resolve(opts.outputDir);
  const finishedOn = (opts.now ?? (() => /* @__PURE__ */ new Date()))();
  const groups = opts.attestationPerSubject ? subjects.map((s) => [s]) : [subjects];
  const usedNames = /* @__PURE__ */ new Set();
  const written = [];
  const attestations = [];
  let identity;
  let predicateType = "";
  let builderId = "";
  try {
    for (const group of groups) {
      const statement = buildStatement(opts, group, gh, local, finishedOn);
      validateStatement(statement, "generated statement");
      predicateType = statement.predicateType;
      const p = statement.predicate;
      builderId = p.runDetails?.builder?.id ?? p.builder?.id ?? "";
      const payload = Buffer.from(JSON.stringify(statement), "utf8");
      const statementSha256 = createHash("sha256").update(payload).digest("hex");
      let base = opts.outputName && groups.length === 1 ? opts.outputName : group.length === 1 ? safeFileName(group[0].name.split("/").pop()) : "provenance";
      if (usedNames.has(base)) base = group.length === 1 ? safeFileName(group[0].name) : `${base}-${usedNames.size}`;
      for (let i = 2; usedNames.has(base); i++) base = `${base}-${i}`;
      usedNames.add(base);
      const a = { subjects: group, statementSha256 };
      if (opts.signer) {
        const signed = await opts.signer.sign(payload, INTOTO_PAYLOAD_TYPE);
        if (signed.identity.certificate && gh) checkCertificateBinding(signed.identity.certificate, gh, builderId);
        identity = signed.identity;
        a.bundle = signed.bundle;
        a.bundlePath = join(outputDir, `${base}.sigstore.json`);
        a.intotoJsonlPath = join(outputDir, `${base}.intoto.jsonl`);
        await writeFileAtomic(a.bundlePath, `${JSON.stringify(signed.bundle)}
`);
        written.push(a.bundlePath);
        await writeFileAtomic(a.intotoJsonlPath, `${JSON.stringify(signed.bundle)}
`);
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

export {
  safeFileName,
  attest
};
