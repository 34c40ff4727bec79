import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  SIGSTORE_OPTIONS,
  keylessFromValues
} from "./chunk-5XJT44WK.js";
import {
  maxRecordPaths,
  recordArtifacts
} from "./chunk-2ULY4KPA.js";
import {
  warmHashHelpers
} from "./chunk-3FI72NAE.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import {
  encodeCanonical,
  loadFunctionaryKey
} from "./chunk-2JK5JOOL.js";
import {
  redactArgv,
  redactText,
  secretValues
} from "./chunk-ON2IZKBG.js";
import {
  INTOTO_PAYLOAD_TYPE,
  pae,
  startProgress
} from "./chunk-TL3MPSWU.js";
import {
  signBytes
} from "./chunk-FX244IUJ.js";
import {
  makeDirs,
  writeFileAtomic
} from "./chunk-JYUD5BX7.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  LINK_V03,
  STATEMENT_V1
} from "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/commands/run.ts
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { join, relative, resolve, isAbsolute } from "node:path";

// src/intoto/link.ts
function linkBody(name, command, materials, products, byproducts, environment = {}) {
  return { _type: "link", name, command, materials, products, byproducts, environment };
}
function signLegacy(body, key) {
  if (!key.private) throw new ProvenantError("KEY_INVALID", "signing needs a private key");
  const sig = signBytes(key.private, encodeCanonical(body)).toString("hex");
  return { signed: body, signatures: [{ keyid: key.sslib.keyid, sig }] };
}
async function linkStatement(l) {
  const { validateStatement } = await import("./chunk-PFYW2VG3.js");
  const st = {
    _type: STATEMENT_V1,
    subject: Object.entries(l.products).map(([name, digest]) => ({ name, digest })),
    predicateType: LINK_V03,
    predicate: {
      name: l.name,
      command: l.command,
      materials: Object.entries(l.materials).map(([name, digest]) => ({ name, digest })),
      byproducts: l.byproducts,
      environment: l.environment
    }
  };
  return validateStatement(st, `link ${l.name}`);
}
function signDsse(payload, key) {
  if (!key.private) throw new ProvenantError("KEY_INVALID", "signing needs a private key");
  const sig = signBytes(key.private, pae(INTOTO_PAYLOAD_TYPE, payload)).toString("base64");
  return {
    payload: payload.toString("base64"),
    payloadType: INTOTO_PAYLOAD_TYPE,
    signatures: [{ keyid: key.sslib.keyid, sig }]
  };
}
async function serializeLink(l, opts) {
  if (opts.legacy) {
    if (!opts.key) throw new ProvenantError("USAGE", "--legacy links are signed with --key");
    return {
      fileName: `${l.name}.${opts.key.sslib.keyid.slice(0, 8)}.link`,
      data: `${JSON.stringify(signLegacy(l, opts.key), null, 1)}
`
    };
  }
  let payload;
  if (Object.keys(l.products).length) payload = Buffer.from(JSON.stringify(await linkStatement(l)));
  else {
    opts.onWarning?.(
      `step '${l.name}' has no products to be the Statement's subjects: the link body is enveloped as is (ITE-5 DSSE link)`
    );
    payload = Buffer.from(JSON.stringify(l));
  }
  if (opts.key) {
    return {
      fileName: `${l.name}.${opts.key.sslib.keyid.slice(0, 8)}.link`,
      data: `${JSON.stringify(signDsse(payload, opts.key))}
`
    };
  }
  if (opts.signer) {
    const signed = await opts.signer.sign(payload, INTOTO_PAYLOAD_TYPE);
    return {
      fileName: `${l.name}.link.intoto.jsonl`,
      data: `${JSON.stringify(signed.envelope)}
`,
      bundle: { fileName: `${l.name}.link.sigstore.json`, data: `${JSON.stringify(signed.bundle)}
` }
    };
  }
  throw new ProvenantError("USAGE", "a link must be signed: --key or --sigstore");
}

// src/commands/run.ts
var summary = "run one build step and record it as a signed in-toto link";
var HELP = `Usage: provenant run --step NAME [options] -- COMMAND [ARGS...]

Hashes the materials, runs the command (its output streams through), hashes the products, and writes a signed
in-toto link: an in-toto Statement v1 with the link v0.3 predicate in a DSSE envelope, or with --legacy the
reference implementation's format ({"signed","signatures"}, canonical JSON), as <NAME>.<KEYID8>.link. Byproducts:
the return value, and with --record-streams stdout and stderr. The command's exit code is passed on (the link is
written either way). Secrets are never recorded: the values of secret-bearing options (--token, --password, \u2026),
inline keys, tokens and the values of secret-bearing environment variables become *** in the recorded command
(and streams).

  --step NAME              (-n, --step-name) the step's name in the layout
  --materials PATH|GLOB    files or folders hashed before the command (repeatable)
  --products PATH|GLOB     files or folders hashed after it (repeatable)
  --key KEY                (-k) private key: PEM (RSA, ECDSA, ed25519) or securesystemslib JSON; the link's keyid is its
                           securesystemslib id (the reference's)
  --key-passphrase-env VAR passphrase of an encrypted key
  --sigstore               sign keyless instead (--identity-token, --identity-token-env, --fulcio-url, \u2026)
  --legacy                 the reference format (needs --key)
  --exclude PATTERN        gitignore-style exclusion (repeatable; default *.link*, .git, *.pyc, *~)
  --lstrip-paths PREFIX    remove a prefix from recorded names (repeatable)
  --no-follow-symlink-dirs do not walk into symlinked folders (in-toto-run does)
  --base-path DIR          record artifacts relative to DIR (default .)
  --output-dir DIR         (-d, --metadata-directory) where the link goes (default .)
  --no-command             (-x) record materials/products only (no command after --)
  -s, --record-streams     record the command's stdout and stderr in the link (off by default: a secret the
                           runner masks in the log would be in clear in the signed, published link)
Exit codes: the command's; 1 when recording or signing fails; 2 usage.
`;
var RECORDING_OPTIONS = {
  step: { type: "string" },
  materials: { type: "string", multiple: true, short: "m" },
  products: { type: "string", multiple: true, short: "p" },
  key: { type: "string" },
  "key-passphrase-env": { type: "string" },
  sigstore: { type: "boolean" },
  legacy: { type: "boolean" },
  exclude: { type: "string", multiple: true },
  "lstrip-paths": { type: "string", multiple: true },
  "no-follow-symlink-dirs": { type: "boolean" },
  "base-path": { type: "string" },
  "output-dir": { type: "string" },
  ...SIGSTORE_OPTIONS
};
function spreadLists(argv, names = ["--materials", "--products", "--exclude", "--lstrip-paths", "-m", "-p"]) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    out.push(a);
    if (!names.includes(a)) continue;
    let first = true;
    while (i + 1 < argv.length && !argv[i + 1].startsWith("-")) {
      if (!first) out.push(a);
      out.push(argv[++i]);
      first = false;
    }
  }
  return out;
}
var MAX_CAPTURE = 16 * 1024 * 1024;
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
async function expandArtifactArgs(items, base) {
  const out = [];
  for (const p of items ?? []) {
    if (!/[*?[]/.test(p)) {
      out.push(p);
      continue;
    }
    const { create } = await import("./chunk-VAW5MGIX.js");
    const files = [];
    const limit = maxRecordPaths();
    for await (const f of (await create(resolve(base, p), { matchDirectories: true, implicitDescendants: false })).globGenerator()) {
      files.push(f);
      if (files.length > limit)
        throw new ProvenantError(
          "INPUT_INVALID",
          `'${printable(p)}': more than ${limit} paths (symlinked folders that fan out?); set PROVENANT_MAX_PATHS`
        );
    }
    for (const f of files.sort()) out.push(f.startsWith(`${base}/`) ? f.slice(base.length + 1) : f);
  }
  return out;
}
async function recordWithProgress(paths, rec, what) {
  const progress = startProgress(`recording ${what}`, "files");
  try {
    return await recordArtifacts(paths, rec);
  } finally {
    progress.stop();
  }
}
function validateStepName(step) {
  if (!step || /[/\\\u0000-\u001f\u007f]/.test(step) || step === "." || step === ".." || step.length > 200) {
    throw new ProvenantError(
      "USAGE",
      `--step '${printable(step)}': a step name is a file name (no '/', '\\', control characters, '.' or '..'; at most 200 characters)`
    );
  }
  return step;
}
function insideDir(dir, fileName) {
  const p = resolve(dir, fileName);
  const r = relative(dir, p);
  if (!r || r.startsWith("..") || isAbsolute(r) || r.includes("/"))
    throw new ProvenantError(
      "OUTPUT_UNWRITABLE",
      `'${printable(fileName)}' would be written outside ${printable(dir)}`
    );
  return p;
}
function recordOptions(values, base) {
  return {
    baseDir: base,
    excludes: values.exclude,
    lstrip: values["lstrip-paths"],
    followSymlinkDirs: !values["no-follow-symlink-dirs"]
  };
}
async function signingFrom(values, flag) {
  if (values.key && values.sigstore) throw new ProvenantError("USAGE", "--key and --sigstore exclude each other");
  if (values.key) {
    let pass;
    if (values["key-passphrase-env"]) {
      pass = process.env[values["key-passphrase-env"]];
      if (pass === void 0)
        throw new ProvenantError("USAGE", `--key-passphrase-env: ${values["key-passphrase-env"]} is not set`);
    }
    const key = loadFunctionaryKey(values.key, pass);
    if (!key.private) throw new ProvenantError("KEY_INVALID", `--key ${values.key}: a private key is needed to sign`);
    return { key };
  }
  if (values.sigstore) {
    if (values.legacy) throw new ProvenantError("USAGE", "--legacy links are signed with --key");
    return { signer: (await keylessFromValues(values, flag)).signer };
  }
  throw new ProvenantError("USAGE", `${flag}: sign the link with --key KEY or --sigstore`);
}
function execute(cmd, cwd, capture) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd, stdio: ["inherit", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let outLen = 0;
    let errLen = 0;
    child.stdout.on("data", (d) => {
      process.stdout.write(d);
      if (!capture) return;
      if (outLen < MAX_CAPTURE) out.push(d);
      outLen += d.length;
    });
    child.stderr.on("data", (d) => {
      process.stderr.write(d);
      if (!capture) return;
      if (errLen < MAX_CAPTURE) err.push(d);
      errLen += d.length;
    });
    child.on(
      "error",
      (e) => reject(new ProvenantError("INPUT_INVALID", `cannot run '${printable(cmd[0])}': ${e.code ?? e.message}`))
    );
    child.on("close", (code, signal) => {
      const cut = (b, n) => Buffer.concat(b).subarray(0, MAX_CAPTURE).toString("utf8") + (n > MAX_CAPTURE ? `
[provenant: ${n - MAX_CAPTURE} more bytes not recorded]` : "");
      resolvePromise({
        code: code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : 1),
        stdout: cut(out, outLen),
        stderr: cut(err, errLen)
      });
    });
  });
}
async function run(argv) {
  const dash = argv.indexOf("--");
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const command = dash >= 0 ? argv.slice(dash + 1) : [];
  const { values, positionals } = parseCommandArgs(
    spreadLists(own),
    { ...RECORDING_OPTIONS, "no-command": { type: "boolean" }, "record-streams": { type: "boolean", short: "s" } },
    true
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length)
    throw new ProvenantError("USAGE", `unexpected '${printable(positionals[0])}': put the command after --`);
  if (!values.step) throw new ProvenantError("USAGE", "--step NAME is required");
  validateStepName(values.step);
  if (!command.length && !values["no-command"])
    throw new ProvenantError("USAGE", "give the command after -- (or --no-command)");
  const base = resolve(values["base-path"] ?? ".");
  const given = [...values.materials ?? [], ...values.products ?? []];
  if (given.some((p) => /[*?[]/.test(p) || isDirectory(resolve(base, p)))) warmHashHelpers();
  const signing = await signingFrom(values, "run");
  const rec = recordOptions(values, base);
  const materials = await recordWithProgress(
    await expandArtifactArgs(values.materials, base),
    rec,
    "materials"
  );
  let result = { code: 0, stdout: "", stderr: "" };
  if (command.length) result = await execute(command, process.cwd(), values["record-streams"] === true);
  const products = await recordWithProgress(
    await expandArtifactArgs(values.products, base),
    rec,
    "products"
  );
  const secrets = secretValues();
  const byproducts = {};
  if (command.length) {
    if (values["record-streams"]) {
      byproducts.stdout = redactText(result.stdout, secrets);
      byproducts.stderr = redactText(result.stderr, secrets);
    }
    byproducts["return-value"] = result.code;
  }
  const body = linkBody(values.step, redactArgv(command), materials, products, byproducts);
  const link = await serializeLink(body, {
    legacy: values.legacy,
    ...signing,
    onWarning: (m) => process.stderr.write(`warning: ${m}
`)
  });
  const dir = resolve(values["output-dir"] ?? ".");
  await makeDirs(dir);
  await writeFileAtomic(insideDir(dir, link.fileName), link.data);
  if (link.bundle) await writeFileAtomic(insideDir(dir, link.bundle.fileName), link.bundle.data);
  process.stderr.write(
    `provenant: link written: ${printable(join(dir, link.fileName))} (${Object.keys(materials).length} materials, ${Object.keys(products).length} products)
`
  );
  return result.code;
}

export {
  linkBody,
  signLegacy,
  serializeLink,
  summary,
  RECORDING_OPTIONS,
  spreadLists,
  expandArtifactArgs,
  recordWithProgress,
  validateStepName,
  insideDir,
  recordOptions,
  signingFrom,
  run
};
