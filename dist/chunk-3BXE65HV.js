import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  lazyCommonJs,
  loadSign
} from "./chunk-T36G5XOT.js";
import {
  loadPrivateKey,
  signBytes
} from "./chunk-FX244IUJ.js";
import {
  READ_LIMITS,
  readContainedFileSync,
  readRegularFileSync
} from "./chunk-JYUD5BX7.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/attest/inputs.ts
import { readFileSync } from "node:fs";

// src/signing/key-signer.ts
var loadBundle = lazyCommonJs(() => import("./chunk-E5BKNGSS.js"));
function createKeySigner(pem, passphrase, source = "private-key") {
  const key = loadPrivateKey(pem, passphrase, source);
  const signer = {
    sign: async (data) => ({
      signature: signBytes(key, data),
      key: { $case: "publicKey", publicKey: key.publicKey.pem, hint: key.publicKey.keyid }
    })
  };
  let builder;
  return {
    kind: "key",
    keyid: key.publicKey.keyid,
    publicKeyPem: key.publicKey.pem,
    async sign(payload, payloadType) {
      builder ??= loadSign().then((m) => new m.DSSEBundleBuilder({ signer, witnesses: [] }));
      const [made, { bundleToJSON }] = await Promise.all([
        builder.then((b) => b.create({ data: payload, type: payloadType })),
        loadBundle()
      ]);
      const bundle = bundleToJSON(made);
      const env = bundle.dsseEnvelope;
      const envelope = {
        payload: env.payload,
        payloadType: env.payloadType,
        signatures: env.signatures.map((s) => ({ keyid: key.publicKey.keyid, sig: s.sig }))
      };
      return { bundle, envelope, identity: { kind: "key", subject: key.publicKey.keyid } };
    }
  };
}

// src/attest/inputs.ts
function readEventFile(path) {
  if (!path) throw new ProvenantError("EVENT_INVALID", "GITHUB_EVENT_PATH is not set");
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ProvenantError(
      "EVENT_INVALID",
      `event file ${path}: cannot read (${e.code ?? e.message})`
    );
  }
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ProvenantError("EVENT_INVALID", `event file ${path}: not JSON (${e.message})`);
  }
  if (!v || typeof v !== "object" || Array.isArray(v))
    throw new ProvenantError("EVENT_INVALID", `event file ${path}: not a JSON object`);
  return v;
}
var MAX_KEY_BYTES = READ_LIMITS.key;
function readKeyInput(value, source, contain) {
  if (value.includes("-----BEGIN")) return value;
  const path = value.trim();
  const maxBytes = contain?.maxBytes ?? MAX_KEY_BYTES;
  try {
    return (contain ? readContainedFileSync(path, { root: contain.root, maxBytes, what: source }).data : readRegularFileSync(path, { maxBytes, what: source })).toString("utf8");
  } catch (e) {
    if (e instanceof ProvenantError && e.code === "FILE_NOT_FOUND") {
      throw new ProvenantError("KEY_INVALID", `${source}: neither PEM text nor a readable file (ENOENT)`);
    }
    throw e;
  }
}
function keySignerFromInputs(key, passphrase, source, contain) {
  if (!key?.trim()) return void 0;
  return createKeySigner(readKeyInput(key, source, contain), passphrase || void 0, source);
}
function parseBoolean(value, name, dflt = false) {
  const v = (value ?? "").trim();
  if (v === "") return dflt;
  if (v === "true" || v === "True" || v === "TRUE") return true;
  if (v === "false" || v === "False" || v === "FALSE") return false;
  throw new ProvenantError(
    "INPUT_INVALID",
    `${name}: '${v}' is not a boolean (true, True, TRUE, false, False or FALSE)`
  );
}
function aliasedInput(get, names, dflt = "") {
  const given = names.map((name) => ({ name, value: get(name).trim() })).filter((g) => g.value !== "");
  const chosen = given.filter((g) => !(g.name === names[0] && dflt !== "" && g.value === dflt));
  if (new Set(chosen.map((g) => g.value)).size > 1) {
    throw new ProvenantError(
      "USAGE",
      `${chosen.map((g) => g.name).join(" and ")} name the same input: give one of them`
    );
  }
  return chosen[0] ?? given[0] ?? { name: names[0], value: "" };
}
function parseChoice(value, name, choices, dflt) {
  const v = (value ?? "").trim();
  if (!v) return dflt;
  if (!choices.includes(v))
    throw new ProvenantError("INPUT_INVALID", `${name}: '${v}' is not one of ${choices.join(", ")}`);
  return v;
}

export {
  createKeySigner,
  readEventFile,
  MAX_KEY_BYTES,
  readKeyInput,
  keySignerFromInputs,
  parseBoolean,
  aliasedInput,
  parseChoice
};
