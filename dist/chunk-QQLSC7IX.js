import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  RECORDING_OPTIONS,
  expandArtifactArgs,
  insideDir,
  linkBody,
  recordOptions,
  recordWithProgress,
  serializeLink,
  signLegacy,
  signingFrom,
  spreadLists,
  validateStepName
} from "./chunk-SUQ54544.js";
import "./chunk-5XJT44WK.js";
import "./chunk-2ULY4KPA.js";
import "./chunk-3FI72NAE.js";
import {
  writeJson
} from "./chunk-EJJ4JWML.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import {
  parseMetadata,
  verifyMetadataSignature
} from "./chunk-SXQKF4HH.js";
import "./chunk-2JK5JOOL.js";
import "./chunk-ON2IZKBG.js";
import "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import {
  READ_LIMITS,
  makeDirs,
  readRegularFileSync,
  writeFileAtomic
} from "./chunk-JYUD5BX7.js";
import "./chunk-RDHYEOJF.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-6DWRZXSB.js";
import "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import "./chunk-XITNYHAL.js";

// src/commands/record.ts
import { createHash } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
var summary = "record a step that spans several workflow steps (start \u2026 stop) as an in-toto link";
var HELP = `Usage: provenant record start --step NAME --key KEY [--materials PATH|GLOB...]
       provenant record stop  --step NAME --key KEY [--products PATH|GLOB...] [--legacy]

start hashes the materials into .<NAME>.<KEYID8>.link-unfinished (signed with the key, as the reference does;
.<NAME>.link-unfinished with --sigstore) and seals it: a digest of the file kept in the runner's temp folder
(RUNNER_TEMP, else the system temp folder), outside the workspace. stop refuses an unfinished link that differs from
its seal or has none (RECORDING_MODIFIED) or, with a key, is not signed by it; then it hashes the products and writes
the link as provenant run does. Options as for provenant run (--sigstore, --exclude, --lstrip-paths,
--no-follow-symlink-dirs, --base-path, --output-dir), with in-toto-record's spellings (-n/--step-name, -k,
-d/--metadata-directory). --json prints {"schemaVersion":1,"step","unfinished"|"link",\u2026} (schemas/cli-record.json).
`;
function sealPath(unfinished) {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), "provenant-record");
  return join(dir, `${createHash("sha256").update(resolve(unfinished)).digest("hex")}.json`);
}
async function run(argv) {
  const [verb, ...rest] = argv;
  if (!verb || verb === "--help" || verb === "-h") {
    process.stdout.write(HELP);
    return verb ? 0 : 2;
  }
  if (verb !== "start" && verb !== "stop") throw new ProvenantError("USAGE", `record: '${verb}' is not start or stop`);
  const { values, positionals } = parseCommandArgs(
    spreadLists(rest),
    { ...RECORDING_OPTIONS, json: { type: "boolean" } },
    false
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  void positionals;
  if (!values.step) throw new ProvenantError("USAGE", "--step NAME is required");
  const step = validateStepName(values.step);
  const signing = await signingFrom(values, `record ${verb}`);
  const base = resolve(values["base-path"] ?? ".");
  const rec = recordOptions(values, base);
  const dir = resolve(values["output-dir"] ?? ".");
  const unfinished = join(
    dir,
    signing.key ? `.${step}.${signing.key.sslib.keyid.slice(0, 8)}.link-unfinished` : `.${step}.link-unfinished`
  );
  const sealFile = sealPath(unfinished);
  const sealDir = dirname(sealFile);
  if (verb === "start") {
    if (values.products)
      throw new ProvenantError("USAGE", "record start takes --materials; products come with record stop");
    const materials = await recordWithProgress(
      await expandArtifactArgs(values.materials, base),
      rec,
      "materials"
    );
    const body2 = linkBody(step, [], materials, {}, {});
    const data = signing.key ? signLegacy(body2, signing.key) : { signed: body2, signatures: [] };
    await makeDirs(dir);
    const text2 = `${JSON.stringify(data)}
`;
    const sha256 = createHash("sha256").update(text2).digest("hex");
    const seal2 = { unfinished: resolve(unfinished), step, sha256 };
    try {
      mkdirSync(sealDir, { recursive: true, mode: 448 });
      await writeFileAtomic(sealFile, `${JSON.stringify(seal2)}
`, 384);
    } catch (e) {
      const why = e.code ?? e.message;
      throw new ProvenantError("OUTPUT_UNWRITABLE", `cannot keep the seal of the recording in ${sealDir}: ${why}`);
    }
    await writeFileAtomic(unfinished, text2);
    process.stderr.write(
      `provenant: recording '${step}' started: ${Object.keys(materials).length} materials in ${unfinished}
`
    );
    if (values.json) writeJson({ step, unfinished, materials: Object.keys(materials).length });
    return 0;
  }
  if (values.materials)
    throw new ProvenantError("USAGE", "record stop takes --products; materials were recorded by record start");
  let text;
  try {
    text = readRegularFileSync(unfinished, { maxBytes: READ_LIMITS.attestation, what: "unfinished link" });
  } catch (e) {
    if (!(e instanceof ProvenantError) || e.code !== "FILE_NOT_FOUND") throw e;
    throw new ProvenantError(
      "FILE_NOT_FOUND",
      `no recording of '${step}' in progress (${unfinished} is missing: run record start first, with the same key)`
    );
  }
  let seal;
  try {
    const bytes = readRegularFileSync(sealFile, { maxBytes: 64 * 1024, what: "seal" });
    seal = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    if (!(e instanceof ProvenantError) || e.code !== "FILE_NOT_FOUND")
      throw new ProvenantError(
        "RECORDING_MODIFIED",
        `${unfinished}: the seal of record start (${sealFile}) cannot be read: ${e.message}`
      );
  }
  if (!seal && !signing.key) {
    throw new ProvenantError(
      "RECORDING_MODIFIED",
      `${unfinished}: no seal of record start in ${sealDir} (record start and stop must run in the same job, with the same RUNNER_TEMP; an unfinished link written otherwise is not accepted)`
    );
  }
  const digest = createHash("sha256").update(text).digest("hex");
  if (seal && (seal.sha256 !== digest || seal.unfinished !== resolve(unfinished) || seal.step !== step)) {
    throw new ProvenantError(
      "RECORDING_MODIFIED",
      `${unfinished}: changed since record start (its digest differs from the seal kept at start): the recorded materials cannot be trusted; run record start again`
    );
  }
  const m = parseMetadata(text, unfinished);
  if (signing.key && !verifyMetadataSignature(m, signing.key.verify, []))
    throw new ProvenantError(
      "SIGNATURE_INVALID",
      `${unfinished}: not signed by this key (modified since record start?)`
    );
  if (m.signed.name !== step)
    throw new ProvenantError("LINK_INVALID", `${unfinished}: records step '${m.signed.name}', not '${step}'`);
  const products = await recordWithProgress(
    await expandArtifactArgs(values.products, base),
    rec,
    "products"
  );
  const body = linkBody(step, [], m.signed.materials, products, {});
  const link = await serializeLink(body, {
    legacy: values.legacy,
    ...signing,
    onWarning: (w) => process.stderr.write(`warning: ${w}
`)
  });
  await writeFileAtomic(insideDir(dir, link.fileName), link.data);
  if (link.bundle) await writeFileAtomic(insideDir(dir, link.bundle.fileName), link.bundle.data);
  rmSync(unfinished, { force: true });
  rmSync(sealFile, { force: true });
  process.stderr.write(`provenant: link written: ${join(dir, link.fileName)}
`);
  if (values.json)
    writeJson({
      step,
      link: join(dir, link.fileName),
      materials: Object.keys(body.materials).length,
      products: Object.keys(products).length
    });
  return 0;
}
export {
  run,
  summary
};
