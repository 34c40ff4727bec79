import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  imageTargets,
  pushBundles
} from "./chunk-XYHAI6G5.js";
import {
  SIGSTORE_OPTIONS,
  keylessFromValues
} from "./chunk-5XJT44WK.js";
import {
  attest
} from "./chunk-GRJZ2FQD.js";
import {
  parseAlgorithms,
  parseDigest
} from "./chunk-3FI72NAE.js";
import {
  MAX_KEY_BYTES,
  keySignerFromInputs,
  readEventFile
} from "./chunk-3BXE65HV.js";
import "./chunk-T36G5XOT.js";
import {
  runClaimsForKeySigning
} from "./chunk-QIQA72TO.js";
import "./chunk-UTCVF5VN.js";
import "./chunk-VV7USWUH.js";
import {
  writeJson
} from "./chunk-EJJ4JWML.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import "./chunk-JFMEGE4D.js";
import "./chunk-ON2IZKBG.js";
import {
  startProgress
} from "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import "./chunk-JYUD5BX7.js";
import "./chunk-RDHYEOJF.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-PDHXRQDR.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import "./chunk-6DWRZXSB.js";
import "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";

// src/commands/attest.ts
var summary = "hash build outputs and write signed SLSA provenance";
var HELP = `Usage: provenant attest [GLOB...] [options]

Hashes build outputs and writes an in-toto Statement with a SLSA Provenance predicate, signed with a key
(or unsigned), as <name>.sigstore.json (Sigstore bundle v0.3) and <name>.intoto.jsonl (the same bundle as one JSON line, as slsa-verifier reads).
Inside GitHub Actions (GITHUB_ACTIONS=true) it records the GitHub workflow buildType; elsewhere Provenant's
local buildType (command line, working directory, git commit).

Subjects:
  GLOB...                       files, directories or globs (! excludes); names are relative to the base dir
  --subject-digest ALG:HEX      a digest (sha256:\u2026 or sha512:\u2026), with --subject-name
  --subject-name NAME
  --subject-checksums FILE      sha256sum/sha512sum or BSD-format checksum file
  --subject-image REF           a container image REGISTRY/REPO:TAG or @sha256:HEX, resolved to its manifest digest
                                (subject name REGISTRY/REPO; repeatable)
  --subject-image-platforms     also attest each platform manifest of a multi-arch index
  --subject-base-dir DIR        subject names relative to DIR (default: the current directory)
  --digest LIST                 digest algorithms, e.g. sha256,sha512 (default sha256)
  --if-no-files-found MODE      error | warn | ignore (default error)
Signing:
  --key PEM                     private key file (ed25519, ECDSA P-256, RSA-PSS; PEM)
  --key-passphrase-env VAR      environment variable holding the key's passphrase
  --unsigned                    write the Statement alone (<name>.statement.json, SLSA Build L1)
  --sigstore                    keyless: an OIDC identity token is exchanged with Fulcio for a certificate
  --sigstore-instance I         auto | public-good | github | custom (auto: in GitHub Actions by repository
                                visibility, elsewhere public-good)
  --fulcio-url U  --rekor-url U  --tsa-url U   a private Sigstore deployment or GitHub Enterprise Server
  --identity-token TOKEN        the OIDC token (audience sigstore); or
  --identity-token-env VAR      an environment variable holding it (GitLab SIGSTORE_ID_TOKEN, Buildkite, \u2026);
                                in GitHub Actions it is requested from the runner (id-token: write)
Materials:
  --materials GLOB|auto         lockfiles whose locked packages become resolvedDependencies (repeatable; auto = every
                                known lockfile in the workspace outside node_modules, vendor, .git)
  --require-hashes              fail when a locked dependency has no hash, naming it
Registry (container images; credentials: docker login's config.json, GITHUB_TOKEN for ghcr.io, or the options):
  --push-to-registry            push the bundle next to each image subject (OCI artifact, referrers API or tag schema)
  --registry-username U         with --registry-password-env VAR (the variable holding the password or token)
Output:
  --predicate-version V         v1 (default) or v0.2
  --output-dir DIR              where to write (default: the current directory)
  --output-name NAME            base file name (default: the subject's file name, or "provenance")
  --attestation-per-subject     one attestation per subject
  --json                        print {"schemaVersion":1,"bundlePath","intotoJsonlPath","subjects":[{"name","digest":{"sha256"}}],\u2026}
                                (schemas/cli-attest.json; errors: {"schemaVersion":1,"error":{"code","message"}})
Exit codes: 0 ok, 1 failure, 2 usage.
`;
async function run(argv) {
  const { values, positionals, spell } = parseCommandArgs(argv, {
    "subject-digest": { type: "string" },
    "subject-name": { type: "string" },
    "subject-checksums": { type: "string" },
    "subject-base-dir": { type: "string" },
    digest: { type: "string" },
    "if-no-files-found": { type: "string" },
    key: { type: "string" },
    "key-passphrase-env": { type: "string" },
    unsigned: { type: "boolean" },
    "predicate-version": { type: "string" },
    "output-dir": { type: "string" },
    "output-name": { type: "string" },
    "attestation-per-subject": { type: "boolean" },
    json: { type: "boolean" },
    materials: { type: "string", multiple: true },
    "require-hashes": { type: "boolean" },
    sigstore: { type: "boolean" },
    ...SIGSTORE_OPTIONS,
    "subject-image": { type: "string", multiple: true },
    "subject-image-platforms": { type: "boolean" },
    "push-to-registry": { type: "boolean" },
    "registry-username": { type: "string" },
    "registry-password-env": { type: "string" }
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const ifNone = values["if-no-files-found"] ?? "error";
  if (!["error", "warn", "ignore"].includes(ifNone))
    throw new ProvenantError("USAGE", `${spell("if-no-files-found")}: '${ifNone}' is not error, warn or ignore`);
  const pv = values["predicate-version"] ?? "v1";
  if (pv !== "v1" && pv !== "v0.2")
    throw new ProvenantError("USAGE", `${spell("predicate-version")}: '${pv}' is not v1 or v0.2`);
  let algorithms;
  try {
    algorithms = parseAlgorithms(values.digest);
    if (values["subject-digest"] !== void 0) parseDigest(values["subject-digest"], spell("subject-digest"));
  } catch (e) {
    throw new ProvenantError("USAGE", e.message.replace(/^digest-algorithms:/, `${spell("digest")}:`));
  }
  const methods = [values.unsigned && "--unsigned", values.key && "--key", values.sigstore && "--sigstore"].filter(
    Boolean
  );
  if (methods.length === 0)
    throw new ProvenantError("USAGE", "choose how to sign: --key PEM, --sigstore or --unsigned");
  if (methods.length > 1) throw new ProvenantError("USAGE", `${methods.join(" and ")} exclude each other`);
  if (!values.sigstore && Object.keys(SIGSTORE_OPTIONS).some((k) => values[k] !== void 0)) {
    throw new ProvenantError("USAGE", "the Sigstore options need --sigstore");
  }
  let passphrase;
  if (values["key-passphrase-env"]) {
    passphrase = process.env[values["key-passphrase-env"]];
    if (passphrase === void 0)
      throw new ProvenantError("USAGE", `--key-passphrase-env: ${values["key-passphrase-env"]} is not set`);
  }
  const keyFile = { maxBytes: MAX_KEY_BYTES };
  let signer = values.key ? keySignerFromInputs(values.key, passphrase, `--key ${printable(values.key)}`, keyFile) : void 0;
  const cwd = process.cwd();
  const inActions = process.env.GITHUB_ACTIONS === "true";
  let claims;
  let event;
  if (inActions) event = readEventFile(process.env.GITHUB_EVENT_PATH);
  const warn = (m) => process.stderr.write(`warning: ${printable(m)}
`);
  if (values.sigstore) {
    const setup = await keylessFromValues(values, "--sigstore");
    signer = setup.signer;
    if (inActions) claims = setup.claims;
  } else if (inActions) {
    claims = await runClaimsForKeySigning(process.env, warn);
  }
  const passEnv = values["registry-password-env"];
  if (passEnv && process.env[passEnv] === void 0)
    throw new ProvenantError("USAGE", `--registry-password-env: ${passEnv} is not set`);
  const registryCreds = {
    username: values["registry-username"],
    password: passEnv ? process.env[passEnv] : void 0,
    explicitSource: `--registry-username/--registry-password-env ${passEnv ?? ""}`.trim(),
    githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  };
  if (values["push-to-registry"] && values.unsigned)
    throw new ProvenantError("USAGE", "--push-to-registry needs a signed attestation (not --unsigned)");
  const images = [];
  let extraSubjects = [];
  if (values["subject-image"]?.length) {
    const { imageSubjects, resolveImage } = await import("./chunk-YVOAYIO2.js");
    for (const ref of values["subject-image"])
      images.push(await resolveImage(ref, { credentials: registryCreds, retry: { onRetry: warn } }));
    extraSubjects = imageSubjects(images, values["subject-image-platforms"]);
  }
  const mats = values.materials?.length ? await (await import("./chunk-MPBO3Z3I.js")).collectMaterials({
    // the lockfile parsers load only when asked for
    patterns: values.materials.includes("auto") ? "auto" : values.materials,
    baseDir: inActions && process.env.GITHUB_WORKSPACE ? process.env.GITHUB_WORKSPACE : cwd,
    requireHashes: values["require-hashes"],
    onWarning: warn
  }) : void 0;
  const progress = startProgress("attesting", "files");
  const result = await attest({
    subjects: {
      subjectPaths: positionals.join("\n"),
      subjectDigest: values["subject-digest"],
      subjectName: values["subject-name"],
      subjectChecksums: values["subject-checksums"],
      subjectBaseDir: values["subject-base-dir"],
      baseDir: inActions && process.env.GITHUB_WORKSPACE ? process.env.GITHUB_WORKSPACE : cwd,
      algorithms,
      ifNoFilesFound: ifNone,
      onWarning: warn
    },
    extraSubjects,
    predicateVersion: pv,
    ...inActions ? { github: { env: process.env, event, claims } } : { local: { argv: ["provenant", "attest", ...argv], cwd } },
    signer,
    outputDir: values["output-dir"] ?? cwd,
    outputName: values["output-name"],
    attestationPerSubject: values["attestation-per-subject"],
    materials: mats?.dependencies,
    onWarning: warn
  }).finally(() => progress.stop());
  const pushed = [];
  if (values["push-to-registry"]) {
    const bare = result.attestations.find((a) => !imageTargets(a.subjects).length);
    if (bare)
      throw new ProvenantError(
        "PUBLISH_FAILED",
        `--push-to-registry: no image subject (--subject-image, or --subject-name REGISTRY/REPO with --subject-digest sha256:\u2026); the attestation is still at ${bare.bundlePath}`
      );
    const files = result.attestations.map((a) => ({
      bundlePath: a.bundlePath,
      subjects: a.subjects,
      predicateType: result.predicateType
    }));
    for (const r of await pushBundles(files, { credentials: registryCreds, retry: { onRetry: warn } }))
      pushed.push({ image: r.name, artifact: r.id });
  }
  const first = result.attestations[0];
  if (values.json) {
    writeJson({
      signer: result.identity ? {
        kind: result.identity.kind,
        subject: result.identity.subject,
        issuer: result.identity.issuer ?? null,
        tlogIndex: result.identity.tlogIndex ?? null,
        timestamp: result.identity.timestamp ?? null
      } : null,
      bundlePath: first?.bundlePath ?? null,
      intotoJsonlPath: first?.intotoJsonlPath ?? null,
      statementPath: first?.statementPath ?? null,
      statementSha256: first?.statementSha256 ?? null,
      attestations: result.attestations.map((a) => ({
        bundlePath: a.bundlePath ?? null,
        intotoJsonlPath: a.intotoJsonlPath ?? null,
        statementPath: a.statementPath ?? null,
        subjects: a.subjects.length
      })),
      subjects: result.subjects.map((s) => ({ name: s.name, digest: s.digest })),
      lockfiles: mats?.lockfiles ?? [],
      ...values["push-to-registry"] ? { pushed } : {}
    });
  } else {
    for (const a of result.attestations) {
      process.stdout.write(
        `attested ${a.subjects.length} subject(s): ${[a.bundlePath, a.intotoJsonlPath, a.statementPath].filter(Boolean).map(printable).join(", ")}
`
      );
    }
    if (result.subjects.length === 0) process.stdout.write("no subjects: nothing attested\n");
    for (const p of pushed) process.stdout.write(`pushed to ${p.image} (artifact ${p.artifact})
`);
    for (const l of mats?.lockfiles ?? []) {
      process.stdout.write(
        `lockfile ${printable(l.path)} (${printable(l.format)}): ${l.packages} packages, pinned ${l.allPinned ? "all" : "NOT all"}, ${l.missingHashes.length} without hash, ${l.fullTree ? "full tree" : "top-level only"}
`
      );
    }
  }
  return 0;
}
export {
  run,
  summary
};
