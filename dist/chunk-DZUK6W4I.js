import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  ALLOW_SUBLAYOUT_FIELD,
  checkLayout,
  unpackRule
} from "./chunk-XZI2HPAB.js";
import "./chunk-2ULY4KPA.js";
import "./chunk-3FI72NAE.js";
import {
  require_dist
} from "./chunk-QNAXLAI6.js";
import {
  writeJson
} from "./chunk-EJJ4JWML.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import "./chunk-SXQKF4HH.js";
import {
  encodeCanonical,
  loadFunctionaryKey,
  sslibKeyIds
} from "./chunk-2JK5JOOL.js";
import {
  decodeBase64,
  pae,
  parseEnvelope
} from "./chunk-TL3MPSWU.js";
import {
  signBytes
} from "./chunk-FX244IUJ.js";
import {
  READ_LIMITS,
  readRegularFileSync,
  writeFileAtomic
} from "./chunk-JYUD5BX7.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-Q6NSDE2A.js";
import {
  parseJsonStrict
} from "./chunk-6DWRZXSB.js";
import "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import {
  __toESM
} from "./chunk-XITNYHAL.js";

// src/commands/layout.ts
var import_yaml = __toESM(require_dist(), 1);
import { dirname, resolve } from "node:path";

// src/intoto/layout-model.ts
var LAYOUT_FIELDS = ["_type", "steps", "inspect", "keys", "expires", "readme"];
var STEP_FIELDS = [
  "_type",
  "name",
  "expected_materials",
  "expected_products",
  "pubkeys",
  "expected_command",
  "threshold"
];
var INSPECTION_FIELDS = ["_type", "name", "expected_materials", "expected_products", "run"];
function defaultExpires(now = /* @__PURE__ */ new Date()) {
  const t = new Date(now);
  const day = t.getUTCDate();
  t.setUTCDate(1);
  t.setUTCMonth(t.getUTCMonth() + 1);
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(day, last));
  return t.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function normalizeLayout(input, source, opts = {}) {
  if (!input || typeof input !== "object" || Array.isArray(input))
    throw new ProvenantError("LAYOUT_INVALID", `${source}: not a layout object`);
  if (input._type !== void 0 && input._type !== "layout")
    throw new ProvenantError("LAYOUT_INVALID", `${source}: _type is '${input._type}', not 'layout'`);
  const extra = (o, known, where) => {
    for (const k of Object.keys(o))
      if (!known.includes(k))
        opts.onWarning?.(
          `${source}: ${where}field '${k}' is not part of the in-toto layout format: in-toto-verify (Python) drops it and will reject the signature`
        );
  };
  const item = (x, type) => {
    if (!x || typeof x !== "object" || Array.isArray(x))
      throw new ProvenantError("LAYOUT_INVALID", `${source}: a ${type} is not an object`);
    extra(x, type === "step" ? STEP_FIELDS : INSPECTION_FIELDS, `${type} '${x.name}': `);
    const base = {
      ...x,
      _type: type,
      expected_materials: x.expected_materials ?? [],
      expected_products: x.expected_products ?? []
    };
    return type === "step" ? { ...base, pubkeys: x.pubkeys ?? [], expected_command: x.expected_command ?? [], threshold: x.threshold ?? 1 } : { ...base, run: x.run ?? [] };
  };
  extra(input, LAYOUT_FIELDS, "");
  const out = {
    ...input,
    _type: "layout",
    steps: Array.isArray(input.steps) ? input.steps.map((s) => item(s, "step")) : input.steps ?? [],
    inspect: Array.isArray(input.inspect) ? input.inspect.map((s) => item(s, "inspection")) : input.inspect ?? [],
    keys: input.keys ?? {},
    readme: input.readme ?? "",
    expires: input.expires || defaultExpires(opts.now)
  };
  checkLayout(out, source);
  for (const s of out.steps)
    for (const id of s.pubkeys)
      if (!Object.hasOwn(out.keys, id))
        opts.onWarning?.(
          `${source}: step '${s.name}' names key ${String(id).slice(0, 8)}, which is not in keys: no link of it can verify`
        );
  return out;
}

// src/intoto/shlex.ts
function shlexSplit(s) {
  const out = [];
  let cur = "";
  let inWord = false;
  let i = 0;
  const ws = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
  while (i < s.length) {
    const c = s[i];
    if (ws(c)) {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
      i++;
    } else if (c === "'") {
      const j = s.indexOf("'", i + 1);
      if (j < 0) throw new Error("No closing quotation");
      cur += s.slice(i + 1, j);
      inWord = true;
      i = j + 1;
    } else if (c === '"') {
      i++;
      for (; ; ) {
        if (i >= s.length) throw new Error("No closing quotation");
        const d = s[i];
        if (d === '"') break;
        if (d === "\\" && i + 1 < s.length && (s[i + 1] === '"' || s[i + 1] === "\\")) {
          cur += s[i + 1];
          i += 2;
        } else {
          cur += d;
          i++;
        }
      }
      inWord = true;
      i++;
    } else if (c === "\\") {
      if (i + 1 >= s.length) throw new Error("No escaped character");
      cur += s[i + 1];
      inWord = true;
      i += 2;
    } else {
      cur += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

// src/commands/layout.ts
var summary = "author in-toto layouts: new (from a readable description) and sign";
var HELP = `Usage: provenant layout new DESCRIPTION.(yaml|json) -o root.layout [--key KEY]...
       provenant layout sign LAYOUT --key KEY [--key KEY]... [-o OUT]

new turns a readable description into a layout (keys by file, rules and commands as strings split like a shell
line, expires as a date or a duration such as 30d, 6m, 1y) and, with --key, signs it. sign adds (or replaces) the
signature of each key: hex over the canonical JSON of "signed", as in-toto-sign does (a layout missing fields is
first given the in-toto model's defaults, expires one month ahead); OUT defaults to LAYOUT. Keys: PEM (RSA, ECDSA,
ed25519) or securesystemslib JSON; a layout lists each key under its declared keyid (else the legacy id form).
A layout in a DSSE envelope (in-toto 2.x) is signed over the PAE, keeping the envelope form. --json prints
{"schemaVersion":1,"layout","format","signatures","expires"} (schemas/cli-layout.json); -k is --key (in-toto-sign).

Description:
  expires: 1y                       # or 2027-01-01T00:00:00Z
  readme: Release supply chain
  keys: { bob: keys/bob.pub, carl: keys/carl.pub }
  steps:
    - name: write-code
      functionaries: [bob]
      threshold: 1
      expected_command: ""           # a string (split on spaces) or a list
      materials: []
      products: ["CREATE foo.py"]
    - name: package
      functionaries: [carl]
      expected_command: tar zcvf foo.tar.gz foo.py
      materials: ["MATCH foo.py WITH PRODUCTS FROM write-code", "DISALLOW *"]
      products: ["CREATE foo.tar.gz", "ALLOW foo.py"]
      # sublayout: true                # carl may hand in a layout of his own for this step; Provenant-only:
                                      # in-toto-verify rejects the signature of a layout carrying it
  inspect:
    - name: untar
      run: tar xfz foo.tar.gz
      materials: ["MATCH foo.tar.gz WITH PRODUCTS FROM package"]
      products: ["MATCH foo.py WITH PRODUCTS FROM write-code"]
`;
function expiresFrom(v, now) {
  if (v instanceof Date) v = v.toISOString();
  if (typeof v !== "string")
    throw new ProvenantError(
      "LAYOUT_INVALID",
      "expires: give a date (YYYY-MM-DDTHH:MM:SSZ) or a duration (30d, 6m, 1y)"
    );
  const d = /^(\d+)\s*([dwmy])$/.exec(v.trim());
  let t;
  if (d) {
    t = new Date(now);
    const n = Number(d[1]);
    if (d[2] === "d") t.setUTCDate(t.getUTCDate() + n);
    else if (d[2] === "w") t.setUTCDate(t.getUTCDate() + 7 * n);
    else if (d[2] === "m") t.setUTCMonth(t.getUTCMonth() + n);
    else t.setUTCFullYear(t.getUTCFullYear() + n);
  } else {
    t = new Date(v);
    if (Number.isNaN(t.getTime()))
      throw new ProvenantError("LAYOUT_INVALID", `expires: '${v}' is neither a date nor a duration`);
  }
  if (t.getTime() <= now.getTime())
    throw new ProvenantError("LAYOUT_INVALID", `expires: ${t.toISOString()} is in the past`);
  return t.toISOString().replace(/\.\d{3}Z$/, "Z");
}
var split = (v, where) => {
  try {
    return shlexSplit(v);
  } catch (e) {
    throw new ProvenantError("LAYOUT_INVALID", `${where}: ${e.message} in '${v}'`);
  }
};
var words = (v, where) => {
  if (v === void 0 || v === null || v === "") return [];
  if (typeof v === "string") return split(v, where);
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  throw new ProvenantError("LAYOUT_INVALID", `${where}: a command is a string or a list of strings`);
};
var rules = (v, where) => {
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v)) throw new ProvenantError("LAYOUT_INVALID", `${where}: a list of rules`);
  return v.map((r, i) => {
    const tokens = typeof r === "string" ? split(r, `${where}[${i}]`) : r;
    unpackRule(tokens, `${where}[${i}]`);
    return tokens;
  });
};
function layoutFromDescription(desc, baseDir, now = /* @__PURE__ */ new Date()) {
  if (!desc || typeof desc !== "object") throw new ProvenantError("LAYOUT_INVALID", "the description is not a mapping");
  const keyFiles = desc.keys ?? {};
  const keys = {};
  const idOf = {};
  for (const [name, file] of Object.entries(keyFiles)) {
    const k = loadFunctionaryKey(resolve(baseDir, file));
    const { keyid, ...pub } = k.sslib;
    keys[keyid] = { keyid, ...pub, keyval: { public: pub.keyval.public } };
    idOf[name] = keyid;
  }
  const names = /* @__PURE__ */ new Set();
  const steps = (desc.steps ?? []).map((s, i) => {
    if (typeof s?.name !== "string" || !s.name)
      throw new ProvenantError("LAYOUT_INVALID", `steps[${i}]: name is required`);
    if (names.has(s.name))
      throw new ProvenantError("LAYOUT_INVALID", `steps[${i}]: the name '${s.name}' is used twice`);
    names.add(s.name);
    const fn = s.functionaries ?? s.keys ?? [];
    if (!fn.length) throw new ProvenantError("LAYOUT_INVALID", `step '${s.name}': name its functionaries (keys)`);
    const pubkeys = fn.map((f) => {
      if (!idOf[f]) throw new ProvenantError("LAYOUT_INVALID", `step '${s.name}': functionary '${f}' is not in keys`);
      return idOf[f];
    });
    const threshold = s.threshold ?? 1;
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > pubkeys.length)
      throw new ProvenantError(
        "LAYOUT_INVALID",
        `step '${s.name}': threshold ${threshold} must be between 1 and ${pubkeys.length}`
      );
    if (s.sublayout !== void 0 && typeof s.sublayout !== "boolean") {
      throw new ProvenantError("LAYOUT_INVALID", `step '${s.name}': sublayout is not true or false`);
    }
    return {
      _type: "step",
      name: s.name,
      threshold,
      pubkeys,
      expected_command: words(s.expected_command, `step '${s.name}' expected_command`),
      expected_materials: rules(s.materials ?? s.expected_materials, `step '${s.name}' materials`),
      expected_products: rules(s.products ?? s.expected_products, `step '${s.name}' products`),
      ...s.sublayout ? { [ALLOW_SUBLAYOUT_FIELD]: true } : {}
    };
  });
  const inspect = (desc.inspect ?? []).map((s, i) => {
    if (typeof s?.name !== "string" || !s.name)
      throw new ProvenantError("LAYOUT_INVALID", `inspect[${i}]: name is required`);
    if (names.has(s.name))
      throw new ProvenantError("LAYOUT_INVALID", `inspect[${i}]: the name '${s.name}' is used twice`);
    names.add(s.name);
    const run2 = words(s.run, `inspection '${s.name}' run`);
    if (!run2.length) throw new ProvenantError("LAYOUT_INVALID", `inspection '${s.name}': run is required`);
    return {
      _type: "inspection",
      name: s.name,
      run: run2,
      expected_materials: rules(s.materials ?? s.expected_materials, `inspection '${s.name}' materials`),
      expected_products: rules(s.products ?? s.expected_products, `inspection '${s.name}' products`)
    };
  });
  return normalizeLayout(
    {
      _type: "layout",
      expires: expiresFrom(desc.expires ?? "1y", now),
      readme: String(desc.readme ?? ""),
      keys,
      steps,
      inspect
    },
    "layout"
  );
}
function signLayout(doc, keyFiles, passphrase) {
  for (const f of keyFiles) {
    const k = loadFunctionaryKey(f, passphrase);
    if (!k.private) throw new ProvenantError("KEY_INVALID", `--key ${f}: a private key is needed to sign`);
    const ids = sslibKeyIds(k.sslib);
    const sig = signBytes(k.private, encodeCanonical(doc.signed)).toString("hex");
    doc.signatures = doc.signatures.filter((s) => !ids.includes(s.keyid));
    doc.signatures.push({ keyid: k.sslib.keyid, sig });
  }
  return doc;
}
async function signDsseLayout(raw, file, keyFiles, passphrase, warn) {
  const env = parseEnvelope(raw, file);
  const payload = decodeBase64(env.payload, `${file} payload`);
  const body = parseJsonStrict(payload, `${file} payload`);
  if (body?._type !== "layout")
    throw new ProvenantError("LAYOUT_INVALID", `${file}: the envelope does not hold a layout`);
  const normalized = normalizeLayout(body, file, { onWarning: warn });
  const same = encodeCanonical(normalized).equals(encodeCanonical(body));
  if (!same && env.signatures.length)
    warn(
      `${file}: the layout was brought into the in-toto model's form (missing fields filled in): its ${env.signatures.length} existing signature(s) no longer apply and were removed`
    );
  const bytes = same ? payload : Buffer.from(JSON.stringify(normalized));
  let signatures = same ? env.signatures : [];
  for (const f of keyFiles) {
    const k = loadFunctionaryKey(f, passphrase);
    if (!k.private) throw new ProvenantError("KEY_INVALID", `--key ${f}: a private key is needed to sign`);
    const ids = sslibKeyIds(k.sslib);
    signatures = signatures.filter((x) => !x.keyid || !ids.includes(x.keyid));
    signatures.push({
      keyid: k.sslib.keyid,
      sig: signBytes(k.private, pae(env.payloadType, bytes)).toString("base64")
    });
  }
  return { payload: bytes.toString("base64"), payloadType: env.payloadType, signatures };
}
async function run(argv) {
  const [verb, ...rest] = argv;
  if (!verb || verb === "--help" || verb === "-h") {
    process.stdout.write(HELP);
    return verb ? 0 : 2;
  }
  const { values, positionals } = parseCommandArgs(rest, {
    key: { type: "string", multiple: true },
    "key-passphrase-env": { type: "string" },
    output: { type: "string", short: "o" },
    json: { type: "boolean" }
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const pass = values["key-passphrase-env"] ? process.env[values["key-passphrase-env"]] : void 0;
  if (positionals.length !== 1) throw new ProvenantError("USAGE", `layout ${verb}: give one file`);
  const file = positionals[0];
  const text = readRegularFileSync(file, { maxBytes: READ_LIMITS.document, what: "layout" }).toString("utf8");
  if (verb === "new") {
    if (!values.output) throw new ProvenantError("USAGE", "layout new: -o OUT is required");
    let desc;
    try {
      desc = /\.json$/i.test(file) ? JSON.parse(text) : (0, import_yaml.parse)(text);
    } catch (e) {
      throw new ProvenantError("LAYOUT_INVALID", `${file}: ${e.message.split("\n")[0]}`);
    }
    const layout = layoutFromDescription(desc, dirname(resolve(file)));
    const doc = signLayout({ signed: layout, signatures: [] }, values.key ?? [], pass);
    await writeFileAtomic(values.output, `${JSON.stringify(doc, null, 1)}
`);
    process.stderr.write(
      `provenant: layout written: ${values.output} (${doc.signatures.length} signature(s), expires ${layout.expires})
`
    );
    if (values.json)
      writeJson({
        layout: values.output,
        format: "metablock",
        signatures: doc.signatures.length,
        expires: layout.expires
      });
    return 0;
  }
  if (verb === "sign") {
    if (!values.key?.length)
      throw new ProvenantError("USAGE", "layout sign: --key is required");
    const raw = parseJsonStrict(text, file);
    if (!raw || typeof raw !== "object" || Array.isArray(raw))
      throw new ProvenantError("LAYOUT_INVALID", `${file}: not a layout`);
    const warn = (m) => process.stderr.write(`warning: ${m}
`);
    const out = values.output ?? file;
    if ("payload" in raw && "payloadType" in raw) {
      const env = await signDsseLayout(raw, file, values.key, pass, warn);
      await writeFileAtomic(out, `${JSON.stringify(env, null, 1)}
`);
      process.stderr.write(`provenant: layout signed: ${out} (DSSE, ${env.signatures.length} signature(s))
`);
      if (values.json) writeJson({ layout: out, format: "dsse", signatures: env.signatures.length });
      return 0;
    }
    const body = "signed" in raw ? raw.signed : raw;
    if (body?._type !== "layout") throw new ProvenantError("LAYOUT_INVALID", `${file}: not a layout`);
    const normalized = normalizeLayout(body, file, { onWarning: warn });
    const same = encodeCanonical(normalized).equals(encodeCanonical(body));
    const old = Array.isArray(raw.signatures) ? raw.signatures : [];
    if (!same && old.length)
      warn(
        `${file}: the layout was brought into the in-toto model's form (missing fields filled in): its ${old.length} existing signature(s) no longer apply and were removed`
      );
    const doc = {
      signed: normalized,
      signatures: same ? old : []
    };
    signLayout(doc, values.key, pass);
    await writeFileAtomic(out, `${JSON.stringify(doc, null, 1)}
`);
    process.stderr.write(`provenant: layout signed: ${out} (${doc.signatures.length} signature(s))
`);
    if (values.json)
      writeJson({
        layout: out,
        format: "metablock",
        signatures: doc.signatures.length,
        expires: doc.signed.expires
      });
    return 0;
  }
  throw new ProvenantError("USAGE", `layout: '${verb}' is not new or sign`);
}
export {
  layoutFromDescription,
  run,
  summary
};
