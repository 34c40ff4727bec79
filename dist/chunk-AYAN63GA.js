import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  REGISTRY_OPTIONS,
  auditLockfile,
  lockfileAuditFailures,
  lockfileAuditJson,
  registryOptionsFrom,
  renderLockfileAudit,
  verifyImages,
  withAuditProgress
} from "./chunk-ZSGWS3Z6.js";
import {
  DEFAULT_POLICY_URI,
  effectivePolicy,
  isEmptyPolicy,
  writeVsas
} from "./chunk-6TKYACEM.js";
import {
  SIDECARS,
  failedArtifact,
  joinReports,
  verifyArtifacts
} from "./chunk-735GTWG4.js";
import {
  withCachedRoot
} from "./chunk-Y57PAN3K.js";
import {
  POLICY_OPTIONS,
  SIGSTORE_OPTIONS,
  keylessFromValues,
  policyFromValues
} from "./chunk-5XJT44WK.js";
import {
  verifyLayout
} from "./chunk-XZI2HPAB.js";
import {
  hashFiles,
  parseDigest
} from "./chunk-3FI72NAE.js";
import {
  createKeySigner,
  readKeyInput
} from "./chunk-3BXE65HV.js";
import {
  isImageRef
} from "./chunk-UTCVF5VN.js";
import {
  alignedTables,
  artifactResultJson,
  renderRows,
  writeJson
} from "./chunk-EJJ4JWML.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import {
  warningChecks
} from "./chunk-LTORLD57.js";
import {
  loadTrust
} from "./chunk-77FOPMMJ.js";
import {
  loadFunctionaryKey
} from "./chunk-2JK5JOOL.js";
import {
  startProgress
} from "./chunk-TL3MPSWU.js";
import {
  fileKind,
  makeDirs
} from "./chunk-JYUD5BX7.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  ProvenantError,
  asProvenantError
} from "./chunk-4IZNH2SL.js";

// src/commands/layout-verify.ts
import { isAbsolute, join, relative } from "node:path";
var LAYOUT_OPTIONS = {
  layout: { type: "string" },
  "layout-key": { type: "string", multiple: true },
  links: { type: "string" },
  param: { type: "string", multiple: true },
  "inspection-dir": { type: "string" },
  "inspection-timeout": { type: "string" },
  "inspection-env": { type: "string", multiple: true },
  "allow-sublayout": { type: "string", multiple: true },
  "allow-sublayouts": { type: "boolean" }
};
async function runLayoutVerify(values, artifacts) {
  const keys = values["layout-key"] ?? [];
  if (!keys.length)
    throw new ProvenantError("USAGE", "--layout needs --layout-key (every key given must have signed the layout)");
  const params = {};
  for (const kv of values.param ?? []) {
    const i = kv.indexOf("=");
    if (i <= 0) throw new ProvenantError("USAGE", `--param: '${kv}' is not KEY=VALUE`);
    params[kv.slice(0, i)] = kv.slice(i + 1);
  }
  let timeout;
  if (values["inspection-timeout"] !== void 0) {
    timeout = Number(values["inspection-timeout"]);
    if (!Number.isFinite(timeout) || timeout <= 0)
      throw new ProvenantError(
        "USAGE",
        `--inspection-timeout: '${values["inspection-timeout"]}' is not a number of seconds`
      );
  }
  const warnings = [];
  const out = { layout: values.layout, verified: false };
  let code = 1;
  try {
    const report = await verifyLayout({
      layoutPath: values.layout,
      layoutKeys: keys.map((k) => loadFunctionaryKey(k)),
      linkDir: values.links ?? ".",
      params: values.param ? params : void 0,
      inspectionDir: values["inspection-dir"],
      inspectionTimeout: timeout,
      inspectionEnv: values["inspection-env"],
      allowSublayouts: values["allow-sublayouts"] ? true : values["allow-sublayout"] ? values["allow-sublayout"].flatMap((s) => s.split(",").map((x) => x.trim())).filter(Boolean) : void 0,
      onWarning: (m) => warnings.push(m)
    });
    Object.assign(out, { steps: report.steps, inspections: report.inspections, products: report.summary.products });
    let verified = true;
    if (artifacts.length) {
      const kinds = artifacts.map((a) => fileKind(a));
      artifacts.forEach((a, i) => {
        if (kinds[i] !== "file" && !kinds[i].startsWith("unreadable (ENOENT")) {
          throw new ProvenantError("FILE_NOT_REGULAR", `artifact ${a}: ${kinds[i]}, not a regular file`);
        }
      });
      const exists = kinds.map((k) => k === "file");
      const hashed = await hashFiles(
        artifacts.filter((_, i) => exists[i]),
        ["sha256"]
      );
      let next = 0;
      const digests = exists.map((e) => e ? hashed[next++] : { sha256: "" });
      const checks = artifacts.map((a, i) => {
        if (!exists[i]) return { artifact: a, ok: false, detail: `[FILE_NOT_FOUND] no such file` };
        const candidates = [
          a,
          relative(values["inspection-dir"] ?? process.cwd(), isAbsolute(a) ? a : join(process.cwd(), a))
        ];
        const hit = candidates.map((c) => report.summary.products[c]).find(Boolean);
        const ok = !!hit && hit.sha256 === digests[i].sha256;
        return {
          artifact: a,
          ok,
          detail: ok ? "a final product of the supply chain" : hit ? `[SUBJECT_MISMATCH] digest differs from the last step's product` : `[SUBJECT_MISMATCH] not among the last step's products`
        };
      });
      out.artifacts = checks;
      if (checks.some((c) => !c.ok)) verified = false;
    }
    out.verified = verified;
    code = verified ? 0 : 1;
  } catch (e) {
    const pe = asProvenantError(e);
    out.error = { code: pe.code, message: pe.message.split("\n")[0] };
    if (pe.code === "USAGE") throw pe;
  }
  out.warnings = warnings;
  if (values.json) writeJson(out);
  else {
    for (const w of warnings) process.stderr.write(`warning: ${w}
`);
    if (out.verified) {
      process.stdout.write(`${values.layout}: the supply chain verifies
`);
      for (const s of out.steps)
        process.stdout.write(`  \u2713 step ${s.name}: ${s.links.join(", ")}
`);
      for (const s of out.inspections ?? [])
        process.stdout.write(`  \u2713 inspection ${s.name}
`);
    } else {
      const err = out.error;
      process.stdout.write(`${values.layout}: REJECTED${err ? `
  \u2717 [${err.code}] ${err.message}` : ""}
`);
    }
    for (const a of out.artifacts ?? [])
      process.stdout.write(`  ${a.ok ? "\u2713" : "\u2717"} ${a.artifact}: ${a.detail}
`);
  }
  return code;
}

// src/commands/verify.ts
import { join as join2, resolve } from "node:path";
import { existsSync, statSync } from "node:fs";
var summary = "verify attestations offline: signatures, subjects, policy and SLSA Build level";
var HELP = `Usage: provenant verify ARTIFACT_OR_DIGEST... [options]

Each ARTIFACT is a file, a glob, sha256:HEX / sha512:HEX, or a container image oci://REGISTRY/REPO[:TAG|@sha256:HEX].
Attestations of files come from --bundle files, or are found beside each artifact (<artifact>.intoto.jsonl,
<artifact>.sigstore.json, <artifact>.statement.json), else under those names in the current directory and in
$RUNNER_TEMP/provenant (where attest writes), else in any attestation file of those folders whose subjects name the
artifact's digest (e.g. provenance.sigstore.json for several subjects).
Verification is offline: the Sigstore public-good trusted root ships with Provenant.

Container images (oci://REGISTRY/REPO[:TAG|@DIGEST]): the tag is resolved to the manifest digest; the Sigstore
bundles attached to it (referrers API, or the sha256-HEX referrers tag) and cosign's sha256-HEX.att attestations
(with --key, or keyless) are verified with the same policy as files, one result per image. Registry credentials: docker login's
config.json ($DOCKER_CONFIG), GITHUB_TOKEN/GH_TOKEN for ghcr.io, or:
  --registry-username U      with --registry-password-env VAR (the variable holding the password or token)
Attestations and trust:
  --bundle FILE              Sigstore bundle (v0.1-v0.3), .intoto.jsonl, DSSE envelope, npm attestations document,
                             Google Cloud Build provenance summary (gcloud ... --show-provenance) (repeatable)
  --repo OWNER/NAME          download the attestations from the GitHub attestations API (token: GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL for GHES)
  --trusted-root FILE        Sigstore trusted root of another instance (GitHub's, a private one, a test one)
                             (gh: --custom-trusted-root)
                             (a folder: its trusted_root.json, if any, and its key files, as --key DIR)
  --key FILE                 trusted public key: PEM, npm keys.json, or a folder of them (repeatable)
  --allow-unsigned           accept an unsigned Statement (SLSA Build L1 at most)
  --no-subject-check         verify signatures and policy without an artifact (level 0)
  A certificate must be witnessed as the trusted root says: a root that lists transparency logs (public-good)
  requires a verified log entry; a root without logs (GitHub's private instance) a verified RFC 3161 timestamp.
  --insecure-ignore-tlog     accept a certificate-signed bundle without a log entry (a verified timestamp is
                             still required; log entries present are still verified)
  A key with a validity window (npm keys.json, trusted-root keys) is checked at the signature's trusted time (log
  entry or timestamp); a signature with no trusted time (a key-signed bundle without a log entry, a bare DSSE
  envelope) is checked against the current time.
Certificate identity (a certificate-signed attestation needs at least one of --cert-identity, --cert-identity-regex,
--source-repo, --repo, --owner, --signer-workflow, --signer-repo, --builder-id naming a workflow, --source-uri;
otherwise exit 2):
  --cert-identity SAN        --cert-identity-regex RE    --cert-oidc-issuer URL    --cert-oidc-issuer-regex RE
  (cosign: --certificate-identity, --certificate-identity-regexp, --certificate-oidc-issuer[-regexp])
  --signer-workflow [https://][HOST/]OWNER/REPO/PATH[@REF]   the certificate's whole build-signer URI (host
                             github.com by default); never a suffix
  --source-repo OWNER/REPO|URL    --owner OWNER|HOST/OWNER    --source-ref REF
  --signer-repo OWNER/REPO   the repository of the signing workflow (gh)
  --deny-self-hosted-runners
  With --owner, --repo, --signer-repo or --signer-workflow the issuer defaults to GitHub Actions' (as gh does).
  --insecure-skip-identity   accept a certificate of any signer the trusted root's CA issued (no identity check)
  --repo OWNER/NAME also requires the certificate's source repository to be OWNER/NAME unless --source-repo is given.
Provenance:
  --builder-id ID            exact, without @ (any ref), or PREFIX@ (any semver tag)
  --source-uri URI           --source-branch B    --source-tag T    --source-versioned-tag vX[.Y[.Z]]
                             (each is checked against the predicate and the certificate's source extensions:
                             both must agree)
  --build-workflow-input K=V (repeatable)         --build-type URI (repeatable allowlist)
  --require-material-digests every resolved dependency must carry a digest
  --predicate-type URI       (cosign: --type slsaprovenance|slsaprovenance02|slsaprovenance1|URI) exactly this
                             predicate type (default: any)
  --policy FILE              JSON {"builders": {"<builder id or PREFIX@>": <max level>}}
  --min-level N              fail when an artifact is below SLSA Build level N
in-toto layouts (reference semantics; links as Metablocks, DSSE, link v0.3 Statements or SLSA provenance):
  --layout FILE              (-l) the signed root layout
  --layout-key KEY           (-k, --layout-keys A B) a key that must have signed it: PEM or securesystemslib JSON
                             (repeatable)
  --links DIR                (-d, --link-dir) where the links are (<step>.<keyid8>.link; default .)
  --param KEY=VALUE          parameter substitution (repeatable)
  --inspection-dir DIR       where inspections run and record artifacts (default .)
  --inspection-timeout SECS  time limit of each inspection (default 3600)
  --inspection-env NAME      pass this variable to inspections (repeatable; they get only PATH, HOME, LANG, LC_*,
                             TMPDIR, TZ otherwise; never INPUT_*, ACTIONS_* or GitHub tokens)
  --allow-sublayout STEP     a functionary may hand in a sublayout for STEP of the root layout (repeatable, or
                             STEP,STEP); refused otherwise (SUBLAYOUT_REFUSED) unless the layout allows it for the
                             step ("provenant.dev/allow-sublayout": true)
  --allow-sublayouts         sublayouts allowed for every step at every depth (their inspections run here)
  ARTIFACT...                with --layout: each must be a final product of the supply chain
                             (with --layout only these options and --json apply; any other is a usage error)
Verification Summary Attestations (one signed VSA per artifact, PASSED or FAILED):
  --vsa-out DIR              write <artifact>.vsa.sigstore.json (+ .vsa.intoto.jsonl) into DIR; each records the
                             constraints applied and the trust (root digest, key digests) in policy.annotations
                             ["provenant.dev/effective-policy/v1"], and policy.digest is the sha256 of that record
  --resource-uri URI         the VSA's resourceUri (default: file:<artifact>)
  --vsa-key PEM              sign the VSAs with this private key (a --key file holding a private key also works)
  --vsa-sigstore, --sigstore sign the VSAs keyless (--identity-token, --identity-token-env, --fulcio-url, --rekor-url,
                             --tsa-url, --sigstore-instance as for attest --sigstore)
  --audit-lockfile FILE      audit the npm dependencies of FILE (see provenant audit) and put dependencyLevels in the VSAs;
                             exit 1 when it fails as audit --lockfile does (a registry error, a registry that does
                             not serve attestations, a dependency whose provenance fails verification)
  --registry URL             registry for --audit-lockfile (default https://registry.npmjs.org)
Output:
  --json                     (gh: --format json) {"schemaVersion":1,"verified","results":[{"artifact","digest":{"sha256"},
                             "verified","slsaLevel","minLevel","nextLevel","builderId","sourceRepo",
                             "checks":[{"code","ok","detail"}],\u2026}]} (schemas/cli-verify.json): slsaLevel is the level
                             the evidence supports, verified the verdict (a --min-level miss keeps the level found);
                             a passed check whose detail starts with "warning: " is a note (e.g. source-dirty);
                             "rejected":[{"attestation","failed"}] lists other attestations given for a verified
                             artifact that failed (not part of the verdict);
                             errors: {"schemaVersion":1,"error":{"code","message"}}
  --print-provenance         print each verified Statement (JSON, one per line) to stdout (slsa-verifier's flag)
  --bundle is also spelled --provenance-path (slsa-verifier); verify-artifact is an alias of verify.
Exit codes: 0 every artifact verified, 1 otherwise (a missing artifact is a failure of that artifact), 2 usage.
`;
function renderTable(report, aligned = alignedTables()) {
  const rows = report.results.map((r) => {
    const details = r.checks.filter((x) => !x.ok).map((c) => `  \u2717 ${c.code}: ${printable(c.detail)}`);
    for (const c of warningChecks(r.checks)) details.push(`  ! ${c.code}: ${printable(c.detail)}`);
    for (const x of r.rejected ?? [])
      details.push(`  ! another attestation did not verify: ${printable(x.attestation)}: ${printable(x.failed[0] ?? "?")}`);
    if (r.materials && r.materials.total > 0)
      details.push(
        `  materials: ${r.materials.total} resolved dependencies, ${r.materials.withDigest === r.materials.total ? "all" : `${r.materials.withDigest}`} with digests`
      );
    if (r.nextLevel.length) details.push(`  next level: ${r.nextLevel.join("; ")}`);
    return {
      cells: [
        printable(r.artifact),
        r.verified ? "yes" : "NO",
        `L${r.slsaLevel}`,
        printable(r.builderId ?? "-"),
        printable(r.sourceRepo ?? "-")
      ],
      details
    };
  });
  return renderRows(["ARTIFACT", "VERIFIED", "SLSA", "BUILDER", "SOURCE"], rows, aligned);
}
async function checkArtifactArgs(specs, cwd) {
  const present = [];
  const missing = [];
  for (const spec of specs) {
    if (existsSync(resolve(cwd, spec))) {
      present.push(spec);
      continue;
    }
    if (/^[A-Za-z][A-Za-z0-9-]*:[^/\\*?[]*$/.test(spec)) {
      try {
        parseDigest(spec, `artifact '${spec}'`);
      } catch (e) {
        throw new ProvenantError("USAGE", e.message);
      }
      present.push(spec);
      continue;
    }
    const { create } = await import("./chunk-VAW5MGIX.js");
    const files = await (await create(spec.startsWith("/") ? spec : `${cwd}/${spec}`, {
      matchDirectories: false,
      implicitDescendants: true
    })).glob();
    if (files.some((f) => statSync(f).isFile() && !SIDECARS.some((x) => f.endsWith(x)))) {
      present.push(spec);
      continue;
    }
    const detail = `[FILE_NOT_FOUND] '${spec}': no such file, glob match or ALG:HEX digest`;
    missing.push(failedArtifact(spec, {}, { code: "artifact", ok: false, detail }));
  }
  return { present, missing };
}
async function run(argv) {
  const { values, positionals, spell } = parseCommandArgs(argv, {
    bundle: { type: "string", multiple: true },
    "trusted-root": { type: "string" },
    repo: { type: "string" },
    key: { type: "string", multiple: true },
    "allow-unsigned": { type: "boolean" },
    "no-subject-check": { type: "boolean" },
    "insecure-ignore-tlog": { type: "boolean" },
    "insecure-skip-identity": { type: "boolean" },
    ...POLICY_OPTIONS,
    ...SIGSTORE_OPTIONS,
    ...REGISTRY_OPTIONS,
    "vsa-out": { type: "string" },
    "resource-uri": { type: "string" },
    "vsa-key": { type: "string" },
    "vsa-key-passphrase-env": { type: "string" },
    "vsa-sigstore": { type: "boolean" },
    sigstore: { type: "boolean" },
    "audit-lockfile": { type: "string" },
    ...LAYOUT_OPTIONS,
    json: { type: "boolean" },
    "registry-username": { type: "string" },
    "registry-password-env": { type: "string" },
    "print-provenance": { type: "boolean" }
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const given = Object.keys(values).filter((k) => values[k] !== void 0);
  if (values.layout) {
    const foreign = given.filter((k) => !(k in LAYOUT_OPTIONS) && k !== "json");
    if (foreign.length)
      throw new ProvenantError(
        "USAGE",
        `--layout verifies a supply chain layout: ${foreign.map((k) => `--${k}`).join(", ")} ${foreign.length > 1 ? "do" : "does"} not apply`
      );
    return runLayoutVerify(values, positionals);
  }
  const layoutOnly = given.filter((k) => k in LAYOUT_OPTIONS);
  if (layoutOnly.length)
    throw new ProvenantError(
      "USAGE",
      `${layoutOnly.map((k) => `--${k}`).join(", ")} ${layoutOnly.length > 1 ? "apply" : "applies"} only with --layout`
    );
  const { policy, policyFile } = policyFromValues(values, spell);
  policy.requireIdentity = true;
  policy.insecureSkipIdentity = values["insecure-skip-identity"];
  policy.insecureIgnoreTlog = values["insecure-ignore-tlog"];
  const images = positionals.filter(isImageRef);
  const { present: files, missing } = await checkArtifactArgs(
    positionals.filter((p) => !isImageRef(p)),
    process.cwd()
  );
  const passEnv = values["registry-password-env"];
  if (images.length && passEnv && process.env[passEnv] === void 0)
    throw new ProvenantError("USAGE", `--registry-password-env: ${passEnv} is not set`);
  const progress = startProgress("verifying");
  let report;
  try {
    report = images.length && !files.length || !files.length && missing.length ? void 0 : await verifyArtifacts({
      artifacts: files,
      bundles: values.bundle,
      trustedRoot: values["trusted-root"],
      keys: values.key,
      policy,
      githubRepo: values.repo,
      githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN,
      githubApiUrl: process.env.GITHUB_API_URL,
      // where attest writes: the current directory (the CLI) and $RUNNER_TEMP/provenant (the attest action)
      searchDirs: [
        process.cwd(),
        ...process.env.RUNNER_TEMP ? [join2(process.env.RUNNER_TEMP, "provenant")] : []
      ]
    });
  } finally {
    progress.stop();
  }
  if (images.length) {
    const ir = await verifyImages({
      images,
      trustedRoot: values["trusted-root"],
      keys: values.key,
      policy,
      credentials: {
        username: values["registry-username"],
        password: passEnv ? process.env[passEnv] : void 0,
        explicitSource: `--registry-username/--registry-password-env ${passEnv ?? ""}`.trim(),
        githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN
      },
      retry: { onRetry: (m) => process.stderr.write(`warning: ${m}
`) }
    });
    report = report ? joinReports(report, ir) : ir;
  }
  if (missing.length) {
    report = report ? joinReports(report, { results: missing, verified: false }) : { results: missing, verified: false, trustedRoot: values["trusted-root"] ?? "public-good", threads: 1 };
  }
  if (!report) throw new ProvenantError("INTERNAL", "nothing verified");
  if (process.env.PROVENANT_VERBOSE)
    process.stderr.write(
      `provenant: verified ${report.threads > 1 ? `on ${report.threads} threads` : "in 1 thread"}
`
    );
  const usage = report.results.flatMap((r) => r.checks).find((c) => !c.ok && c.detail.startsWith("[USAGE] "));
  if (usage) throw new ProvenantError("USAGE", usage.detail.slice("[USAGE] ".length));
  let audit;
  if (values["audit-lockfile"]) {
    const lockfile = values["audit-lockfile"];
    audit = await withAuditProgress(
      () => auditLockfile(lockfile, { ...registryOptionsFrom(values), trustedRoot: void 0 })
    );
  }
  let vsas;
  if (values["vsa-out"]) {
    let signer;
    if (values["vsa-key"]) {
      const pass = values["vsa-key-passphrase-env"] ? process.env[values["vsa-key-passphrase-env"]] : void 0;
      signer = createKeySigner(readKeyInput(values["vsa-key"], "--vsa-key"), pass, `--vsa-key ${values["vsa-key"]}`);
    } else if (values["vsa-sigstore"] || values.sigstore) {
      signer = (await keylessFromValues(values, "--vsa-sigstore")).signer;
    } else {
      for (const k of values.key ?? []) {
        const text = readKeyInput(k, `--key ${k}`);
        if (/-----BEGIN (ENCRYPTED |RSA |EC )?PRIVATE KEY-----/.test(text)) {
          signer = createKeySigner(text, void 0, `--key ${k}`);
          break;
        }
      }
    }
    if (!signer)
      throw new ProvenantError(
        "USAGE",
        "--vsa-out: a VSA must be signed: --vsa-key PEM, a private --key, or --vsa-sigstore"
      );
    const dir = resolve(values["vsa-out"]);
    await makeDirs(dir);
    const trust = report.trust ?? loadTrust(await withCachedRoot({ trustedRoot: values["trusted-root"], keys: values.key }));
    const effective = effectivePolicy(policy, trust);
    if (isEmptyPolicy(effective) && report.results.some((r) => r.verified && r.slsaLevel >= 1)) {
      process.stderr.write(
        "warning: the VSAs say PASSED under an empty policy (no --cert-identity, --signer-workflow, --source-repo, --source-uri, --builder-id, --policy or --key): verify-vsa refuses them unless --allow-empty-policy\n"
      );
    }
    vsas = await writeVsas(report.results, dir, signer, {
      resourceUri: values["resource-uri"],
      policyUri: policyFile ? `file:${policyFile.path}` : DEFAULT_POLICY_URI,
      policy: effective,
      dependencyLevels: audit?.dependencyLevels
    });
  }
  if (values["print-provenance"]) {
    for (const r of report.results)
      if (r.verified && r.statement) process.stdout.write(`${JSON.stringify(r.statement)}
`);
    process.stderr.write(renderTable(report, alignedTables(process.stderr)));
  } else if (values.json) {
    writeJson({
      verified: report.verified,
      results: report.results.map(artifactResultJson),
      ...vsas ? { vsas } : {},
      ...audit ? { audit: lockfileAuditJson(audit) } : {}
    });
  } else {
    process.stdout.write(renderTable(report));
    if (audit) process.stdout.write(renderLockfileAudit(audit));
    for (const v of vsas ?? []) process.stdout.write(`VSA (${v.result}) for ${printable(v.artifact)}: ${printable(v.path)}
`);
  }
  const auditFailures = audit ? lockfileAuditFailures(audit) : void 0;
  if (audit?.registryNote) process.stderr.write(`warning: ${audit.registryNote}
`);
  for (const e of auditFailures?.errors ?? []) process.stderr.write(`error: --audit-lockfile: ${e}
`);
  if (auditFailures?.failed) {
    process.stderr.write(`error: --audit-lockfile: ${auditFailures.failed} package(s) failed verification
`);
  }
  return report.verified && !auditFailures?.fails ? 0 : 1;
}

export {
  summary,
  renderTable,
  checkArtifactArgs,
  run
};
