import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  fnfilter,
  recordArtifacts
} from "./chunk-2ULY4KPA.js";
import {
  checkKeySignature,
  parseMetadata
} from "./chunk-SXQKF4HH.js";
import {
  sslibKeyIds,
  sslibPublicKey
} from "./chunk-2JK5JOOL.js";
import {
  READ_LIMITS,
  readContainedFileSync,
  readRegularFileSync
} from "./chunk-JYUD5BX7.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/intoto/rules.ts
var GENERIC = ["create", "delete", "modify", "allow", "disallow", "require"];
function unpackRule(tokens, where) {
  if (!Array.isArray(tokens) || tokens.some((t2) => typeof t2 !== "string")) {
    throw new ProvenantError("LAYOUT_INVALID", `${where}: a rule is a list of strings, got ${JSON.stringify(tokens)}`);
  }
  const t = tokens;
  const low = t.map((x) => x.toLowerCase());
  const bad = (why) => new ProvenantError("LAYOUT_INVALID", `${where}: malformed rule [${t.join(" ")}]: ${why}`);
  if (t.length < 2 || !(GENERIC.includes(low[0]) || low[0] === "match"))
    throw bad("a rule starts with MATCH, CREATE, DELETE, MODIFY, ALLOW, DISALLOW or REQUIRE and a pattern");
  if (GENERIC.includes(low[0])) {
    if (t.length !== 2) throw bad(`${t[0]} takes exactly one pattern`);
    return { type: low[0], pattern: t[1] };
  }
  let sourcePrefix;
  let destType;
  let destPrefix;
  let destName;
  if (t.length === 10 && low[2] === "in" && low[4] === "with" && low[6] === "in" && low[8] === "from") {
    [sourcePrefix, destType, destPrefix, destName] = [t[3], low[5], t[7], t[9]];
  } else if (t.length === 8 && low[2] === "in" && low[4] === "with" && low[6] === "from") {
    [sourcePrefix, destType, destPrefix, destName] = [t[3], low[5], "", t[7]];
  } else if (t.length === 8 && low[2] === "with" && low[4] === "in" && low[6] === "from") {
    [sourcePrefix, destType, destPrefix, destName] = ["", low[3], t[5], t[7]];
  } else if (t.length === 6 && low[2] === "with" && low[4] === "from") {
    [sourcePrefix, destType, destPrefix, destName] = ["", low[3], "", t[5]];
  } else throw bad("MATCH <pattern> [IN <prefix>] WITH (MATERIALS|PRODUCTS) [IN <prefix>] FROM <step>");
  if (destType !== "materials" && destType !== "products") throw bad("MATCH is WITH MATERIALS or WITH PRODUCTS");
  return { type: "match", pattern: t[1], sourcePrefix, destType, destPrefix, destName };
}
function pyEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === b.length && a.every((x, i) => pyEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every(
    (k) => Object.hasOwn(b, k) && pyEqual(a[k], b[k])
  );
}
function pyJoin(a, b) {
  const joined = b.startsWith("/") ? b : a === "" || a.endsWith("/") ? a + b : `${a}/${b}`;
  return joined.replace(/\\/g, "/");
}
var own = (d, k) => Object.hasOwn(d, k);
function fail(itemType, itemName, kind, text, detail) {
  return new ProvenantError("RULE_FAILED", `${itemType} '${itemName}': expected_${kind} rule '${text}' ${detail}`);
}
function applyRules(itemName, kind, rules, links, itemType) {
  const link = links[itemName];
  const materials = link.materials ?? {};
  const products = link.products ?? {};
  const artifacts = kind === "materials" ? materials : products;
  const queue = new Set(Object.keys(artifacts));
  for (const raw of rules) {
    const rule = unpackRule(raw, `${itemType} '${itemName}' expected_${kind}`);
    const text = raw.join(" ");
    const consumed = /* @__PURE__ */ new Set();
    switch (rule.type) {
      case "match": {
        if (!Object.hasOwn(links, rule.destName)) break;
        const destArtifacts = links[rule.destName][rule.destType] ?? {};
        let remainders;
        if (rule.sourcePrefix) {
          const pre = pyJoin(rule.sourcePrefix, "");
          remainders = [...queue].filter((p) => p.startsWith(pre)).map((p) => p.slice(pre.length));
        } else remainders = [...queue];
        for (const path of fnfilter(remainders, rule.pattern)) {
          const src = rule.sourcePrefix ? pyJoin(rule.sourcePrefix, path) : path;
          const dst = rule.destPrefix ? pyJoin(rule.destPrefix, path) : path;
          if (!own(artifacts, src))
            throw fail(
              itemType,
              itemName,
              kind,
              text,
              `cannot look up the artifact '${src}' (rebuilt from the prefix '${rule.sourcePrefix}')`
            );
          if (!own(destArtifacts, dst)) continue;
          if (!pyEqual(artifacts[src], destArtifacts[dst])) continue;
          consumed.add(src);
        }
        break;
      }
      case "create":
        for (const p of fnfilter(queue, rule.pattern)) if (own(products, p) && !own(materials, p)) consumed.add(p);
        break;
      case "delete":
        for (const p of fnfilter(queue, rule.pattern)) if (own(materials, p) && !own(products, p)) consumed.add(p);
        break;
      case "modify":
        for (const p of fnfilter(queue, rule.pattern))
          if (own(materials, p) && own(products, p) && !pyEqual(materials[p], products[p])) consumed.add(p);
        break;
      case "allow":
        for (const p of fnfilter(queue, rule.pattern)) consumed.add(p);
        break;
      case "disallow": {
        const hit = fnfilter(queue, rule.pattern);
        if (hit.length)
          throw fail(
            itemType,
            itemName,
            kind,
            text,
            `matched ${hit.sort().map((m) => `'${m}'`).join(", ")} (not consumed by an earlier rule)`
          );
        break;
      }
      case "require":
        if (!queue.has(rule.pattern))
          throw fail(itemType, itemName, kind, text, `did not find '${rule.pattern}' among the remaining ${kind}`);
        break;
    }
    for (const c of consumed) queue.delete(c);
  }
}

// src/intoto/layout.ts
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";

// src/intoto/pyformat.ts
var FormatError = class extends Error {
};
var PARAMETER_KEY = /^[a-zA-Z0-9_-]+$/;
function applySpec(value, spec) {
  if (!spec) return value;
  const chars = Array.from(spec);
  let fill = " ";
  let align;
  let rest = spec;
  if (chars.length >= 2 && "<>=^".includes(chars[1])) {
    fill = chars[0];
    align = chars[1];
    rest = chars.slice(2).join("");
  } else if (chars.length >= 1 && "<>=^".includes(chars[0])) {
    align = chars[0];
    rest = chars.slice(1).join("");
  }
  const r = /^([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/.exec(rest);
  if (!r) throw new FormatError("Invalid format specifier");
  const [, sign, z, alt, zero, width, grouping, precision, type] = r;
  if (type !== void 0 && type !== "s")
    throw new FormatError(`Unknown format code '${type}' for object of type 'str'`);
  if (sign) throw new FormatError("Sign not allowed in string format specifier");
  if (z) throw new FormatError("Negative zero coercion (z) not allowed in format specifier");
  if (alt) throw new FormatError("Alternate form (#) not allowed in string format specifier");
  if (grouping) throw new FormatError(`Cannot specify '${grouping}' with 's'.`);
  if (align === "=") throw new FormatError("'=' alignment not allowed in string format specifier");
  if (zero && align === void 0) fill = fill === " " ? "0" : fill;
  let s = Array.from(value);
  if (precision !== void 0) s = s.slice(0, Number(precision));
  const w = width !== void 0 ? Number(width) : 0;
  const pad = Math.max(0, w - s.length);
  const a = align ?? "<";
  if (a === "<") return s.join("") + fill.repeat(pad);
  if (a === ">") return fill.repeat(pad) + s.join("");
  const left = Math.floor(pad / 2);
  return fill.repeat(left) + s.join("") + fill.repeat(pad - left);
}
function field(text, params, depth) {
  let i = 0;
  let inBracket = false;
  while (i < text.length) {
    const c = text[i];
    if (c === "[") inBracket = true;
    else if (c === "]") inBracket = false;
    else if (!inBracket && (c === "!" || c === ":")) break;
    i++;
  }
  const name = text.slice(0, i);
  let spec = "";
  if (text[i] === "!") {
    const conv = text[i + 1];
    if (conv === void 0) throw new FormatError("end of string while looking for conversion specifier");
    if (i + 2 < text.length && text[i + 2] !== ":") throw new FormatError("expected ':' after conversion specifier");
    if (conv === "r" || conv === "a") throw new FormatError(`the !${conv} conversion is not supported`);
    if (conv !== "s") throw new FormatError(`Unknown conversion specifier ${conv}`);
    spec = text.slice(i + 3);
  } else if (text[i] === ":") spec = text.slice(i + 1);
  const arg = /^[^.[]*/.exec(name)[0];
  if (arg.length !== name.length) throw new FormatError(`attribute or index access in '{${name}}' is not supported`);
  if (arg === "" || /^\d+$/.test(arg))
    throw new FormatError(`'{${name}}' is a positional field (IndexError in Python): name the parameter`);
  if (!Object.hasOwn(params, arg)) throw new FormatError(`parameter '{${arg}}' has no value`);
  if (spec.includes("{")) {
    if (depth >= 2) throw new FormatError("Max string recursion exceeded");
    spec = pyFormat(spec, params, depth + 1);
  }
  return applySpec(params[arg], spec);
}
function pyFormat(s, params, depth = 0) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "{") {
      if (s[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      let d = 1;
      let j = i + 1;
      while (j < s.length && d > 0) {
        if (s[j] === "{") d++;
        else if (s[j] === "}") d--;
        j++;
      }
      if (d > 0) throw new FormatError("expected '}' before end of string");
      out += field(s.slice(i + 1, j - 1), params, depth);
      i = j;
    } else if (c === "}") {
      if (s[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw new FormatError("Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// src/intoto/layout.ts
var ALLOW_SUBLAYOUT_FIELD = "provenant.dev/allow-sublayout";
var INSPECTION_ENV = /^(PATH|HOME|LANG|LANGUAGE|LC_[A-Z_]+|TMPDIR|TZ)$/;
var SECRET_ENV = /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN)$/i;
function inspectionEnvironment(extra = [], from = process.env) {
  for (const name of extra) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      throw new ProvenantError("USAGE", `--inspection-env ${JSON.stringify(name)}: not a variable name`);
    }
    if (SECRET_ENV.test(name)) {
      throw new ProvenantError(
        "USAGE",
        `--inspection-env ${name}: the actions' inputs, ACTIONS_* and GitHub tokens are never passed to inspections`
      );
    }
  }
  const env = {};
  for (const [k, v] of Object.entries(from)) {
    if (v !== void 0 && (INSPECTION_ENV.test(k) || extra.includes(k)) && !SECRET_ENV.test(k)) env[k] = v;
  }
  env.PATH ??= "/usr/local/bin:/usr/bin:/bin";
  env.TMPDIR ??= from.RUNNER_TEMP || tmpdir();
  return env;
}
function sublayoutAllowed(step, opts) {
  if (step[ALLOW_SUBLAYOUT_FIELD] === true || opts.allowSublayouts === true) return true;
  return (opts.depth ?? 0) === 0 && Array.isArray(opts.allowSublayouts) && opts.allowSublayouts.includes(step.name);
}
var EXPIRES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
var HEX = /^[a-fA-F0-9]+$/;
var MAX_DEPTH = 16;
function parseExpires(v) {
  if (typeof v !== "string" || !EXPIRES.test(v)) return void 0;
  const [y, mo, d, h, mi, s] = v.match(/\d+/g).map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  if (y < 1 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return void 0;
  return t;
}
function checkLayout(l, source) {
  const bad = (m) => new ProvenantError("LAYOUT_INVALID", `${source}: ${m}`);
  const isDict = (v) => !!v && typeof v === "object" && !Array.isArray(v);
  if (l._type !== "layout") throw bad(`_type is '${l._type}', not 'layout'`);
  if (parseExpires(l.expires) === void 0)
    throw bad(`expires '${l.expires}' is not a date and time as YYYY-MM-DDTHH:MM:SSZ`);
  if (l.readme !== void 0 && typeof l.readme !== "string") throw bad("readme is not a string");
  if (l.keys !== void 0) {
    if (!isDict(l.keys)) throw bad("keys is not an object");
    for (const [id, k] of Object.entries(l.keys)) {
      if (!HEX.test(id)) throw bad(`key id '${id}' is not hex`);
      if (!isDict(k) || typeof k.keytype !== "string" || !isDict(k.keyval) || typeof k.keyval.public !== "string")
        throw bad(`key ${id.slice(0, 8)} is not a public key {keytype, scheme, keyval: {public}}`);
      if (k.keyval.private !== void 0 && k.keyval.private !== "")
        throw bad(`key ${id.slice(0, 8)} carries a private part`);
    }
  }
  for (const f of ["steps", "inspect"]) if (!Array.isArray(l[f])) throw bad(`${f} is not a list`);
  const names = /* @__PURE__ */ new Set();
  const item = (x, what) => {
    if (!isDict(x)) throw bad(`a ${what} is not an object`);
    if (typeof x.name !== "string") throw bad(`a ${what} has no name`);
    if (names.has(x.name)) throw bad(`the name '${x.name}' is used by two steps or inspections (names must be unique)`);
    names.add(x.name);
    for (const f of ["expected_materials", "expected_products"]) {
      if (x[f] === void 0) continue;
      if (!Array.isArray(x[f])) throw bad(`${what} '${x.name}' ${f} is not a list`);
      x[f].forEach((r, i) => {
        unpackRule(r, `${source}: ${what} '${x.name}' ${f}[${i}]`);
      });
    }
  };
  for (const s of l.steps) {
    item(s, "step");
    if (!s.name || /[/\\\u0000-\u001f\u007f]/.test(s.name) || s.name === "." || s.name === "..")
      throw bad(`step name '${printable(s.name)}' is not a file name (no '/', '\\', control characters, '.' or '..')`);
    if (s.threshold !== void 0 && !Number.isInteger(s.threshold) && typeof s.threshold !== "boolean")
      throw bad(`step '${s.name}' threshold ${JSON.stringify(s.threshold)} is not an integer`);
    if (s.pubkeys !== void 0 && (!Array.isArray(s.pubkeys) || s.pubkeys.some((k) => typeof k !== "string" || !HEX.test(k))))
      throw bad(`step '${s.name}' pubkeys is not a list of key ids`);
    if (s.expected_command !== void 0 && !Array.isArray(s.expected_command))
      throw bad(`step '${s.name}' expected_command is not a list`);
    if (s[ALLOW_SUBLAYOUT_FIELD] !== void 0 && typeof s[ALLOW_SUBLAYOUT_FIELD] !== "boolean") {
      throw bad(`step '${s.name}' ${ALLOW_SUBLAYOUT_FIELD} is not true or false`);
    }
  }
  for (const i of l.inspect) {
    item(i, "inspection");
    if (i.run !== void 0 && !Array.isArray(i.run)) throw bad(`inspection '${i.name}' run is not a list`);
  }
}
function substitute(layout, params, source) {
  const fmt = (list, where) => {
    if (!Array.isArray(list)) return list;
    return list.map((x) => {
      if (typeof x !== "string")
        throw new ProvenantError(
          "LAYOUT_INVALID",
          `${source}: ${where}: ${JSON.stringify(x)} is not a string to substitute parameters in`
        );
      try {
        return pyFormat(x, params);
      } catch (e) {
        if (e instanceof FormatError)
          throw new ProvenantError(
            "LAYOUT_INVALID",
            `${source}: ${where} '${x}': ${e.message}${/has no value/.test(e.message) ? ` (--param ${/\{([^}]*)\}/.exec(e.message)?.[1] ?? ""}=VALUE)` : ""}`
          );
        throw e;
      }
    });
  };
  for (const [items, what] of [
    [layout.steps, "step"],
    [layout.inspect, "inspection"]
  ]) {
    for (const s of items) {
      s.expected_materials = (s.expected_materials ?? []).map(
        (r) => fmt(r, `${what} '${s.name}' expected_materials`)
      );
      s.expected_products = (s.expected_products ?? []).map(
        (r) => fmt(r, `${what} '${s.name}' expected_products`)
      );
      if (what === "step") s.expected_command = fmt(s.expected_command ?? [], `step '${s.name}' expected_command`);
      else s.run = fmt(s.run ?? [], `inspection '${s.name}' run`);
    }
  }
}
function threshold(step) {
  const t = step.threshold ?? 1;
  return typeof t === "boolean" ? Number(t) : t;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function readInput(opts, path, what, maxBytes) {
  if (!opts.contain?.length) return readRegularFileSync(path, { maxBytes, what });
  return readContainedFileSync(path, { root: opts.contain, maxBytes, what }).data;
}
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
function keyIdsOf(k, declared) {
  if (!k) return [declared];
  let forms = [];
  try {
    forms = sslibKeyIds(k);
  } catch {
    forms = k.keyid ? [k.keyid] : [];
  }
  return [.../* @__PURE__ */ new Set([declared, ...forms])];
}
function spkiId(verify) {
  return createHash("sha256").update(verify.key.export({ type: "spki", format: "der" })).digest("hex");
}
function fingerprint(k) {
  const pub = k?.keyval?.public;
  return typeof pub === "string" && pub ? `${k.keytype}:${pub.trim()}` : void 0;
}
async function verifyLayout(opts) {
  const warnings = [];
  const warn = (m2) => {
    warnings.push(m2);
    opts.onWarning?.(m2);
  };
  const depth = opts.depth ?? 0;
  const inspectionEnv = inspectionEnvironment(opts.inspectionEnv);
  if (depth > MAX_DEPTH)
    throw new ProvenantError("LAYOUT_INVALID", `${opts.layoutPath}: sublayouts nested more than ${MAX_DEPTH} deep`);
  const m = opts.metadata ?? (() => {
    const buf = readInput(opts, opts.layoutPath, "layout", READ_LIMITS.document);
    try {
      return parseMetadata(buf, opts.layoutPath);
    } catch (e) {
      throw new ProvenantError("LAYOUT_INVALID", e.message);
    }
  })();
  if (m.kind !== "layout") throw new ProvenantError("LAYOUT_INVALID", `${m.source}: not a layout (it is a ${m.kind})`);
  const layout = structuredClone(m.signed);
  layout.steps ??= [];
  layout.inspect ??= [];
  checkLayout(layout, m.source);
  if (!opts.layoutKeys.length) throw new ProvenantError("USAGE", "verifying a layout needs at least one layout key");
  for (const k of opts.layoutKeys) {
    const r = checkKeySignature(m, k.verify, m.format === "dsse" ? [...k.ids, spkiId(k.verify)] : k.ids);
    if (!r.ok)
      throw new ProvenantError(
        "LAYOUT_SIGNATURE",
        `${m.source}: not signed by layout key ${k.ids[0].slice(0, 8)}: ${r.why}`
      );
  }
  const now = opts.now ?? /* @__PURE__ */ new Date();
  if (parseExpires(layout.expires) <= now.getTime())
    throw new ProvenantError("LAYOUT_EXPIRED", `${m.source}: the layout expired at ${layout.expires}`);
  if (opts.params) {
    for (const k of Object.keys(opts.params))
      if (!PARAMETER_KEY.test(k)) throw new ProvenantError("USAGE", `parameter name '${k}' is not [a-zA-Z0-9_-]+`);
    substitute(layout, opts.params, m.source);
  }
  const keys = layout.keys ?? {};
  const mainOfSub = /* @__PURE__ */ new Map();
  for (const [id, k] of Object.entries(keys)) for (const sub of Object.keys(k?.subkeys ?? {})) mainOfSub.set(sub, id);
  const steps = layout.steps;
  const chain = {};
  for (const step of steps) {
    const found = /* @__PURE__ */ new Map();
    const used = /* @__PURE__ */ new Set();
    for (const authorized of step.pubkeys ?? []) {
      const main = Object.hasOwn(keys, authorized) ? keys[authorized] : void 0;
      for (const id of [authorized, ...Object.keys(main?.subkeys ?? {})]) {
        if (found.has(id)) continue;
        const key = id === authorized ? main : main?.subkeys?.[id];
        for (const form of keyIdsOf(key, id)) {
          const file = join(opts.linkDir, `${step.name}.${form.slice(0, 8)}.link`);
          if (!isFile(file)) continue;
          if (used.has(file)) break;
          used.add(file);
          found.set(id, {
            meta: parseMetadata(readInput(opts, file, "link", READ_LIMITS.attestation), file),
            path: file
          });
          break;
        }
      }
    }
    if (found.size < threshold(step))
      throw new ProvenantError(
        "THRESHOLD_NOT_MET",
        `step '${step.name}' requires ${threshold(step)} link file(s) (${step.name}.<keyid8>.link), found ${found.size} in ${opts.linkDir}`
      );
    chain[step.name] = found;
  }
  const verified = {};
  for (const step of steps) {
    const ok = /* @__PURE__ */ new Map();
    const mains = [];
    for (const [linkId, link] of chain[step.name]) {
      let key;
      let main;
      for (const authorized of step.pubkeys ?? []) {
        const ak = Object.hasOwn(keys, authorized) ? keys[authorized] : void 0;
        const mainForSub = mainOfSub.get(authorized);
        if (ak && linkId === authorized) [key, main] = [ak, authorized];
        else if (mainForSub && linkId === authorized) [key, main] = [keys[mainForSub].subkeys[authorized], mainForSub];
        else if (ak && Object.hasOwn(ak.subkeys ?? {}, linkId)) [key, main] = [ak.subkeys[linkId], authorized];
        if (key) break;
      }
      if (!key || !main) {
        warn(`step '${step.name}': skipped ${link.path}: key ${linkId.slice(0, 8)} is not authorized for this step`);
        continue;
      }
      let good;
      const ids = keyIdsOf(key, linkId);
      try {
        const pub = sslibPublicKey(key, `${m.source}: key ${linkId.slice(0, 8)}`);
        good = checkKeySignature(link.meta, pub, link.meta.format === "dsse" ? [...ids, spkiId(pub)] : ids);
      } catch (e) {
        warn(`step '${step.name}': skipped ${link.path}: ${e.message}`);
        continue;
      }
      if (!good.ok) {
        warn(`step '${step.name}': skipped ${link.path}: ${good.why}`);
        continue;
      }
      if (link.meta.kind === "layout" && !sublayoutAllowed(step, opts)) {
        const how = depth === 0 ? `--allow-sublayout ${step.name} or --allow-sublayouts` : "--allow-sublayouts";
        throw new ProvenantError(
          "SUBLAYOUT_REFUSED",
          `step '${step.name}': ${link.path} is a sublayout signed by functionary ${linkId.slice(0, 8)}, not a link; sublayouts (and their inspections) run only when the layout allows them for the step ("${ALLOW_SUBLAYOUT_FIELD}": true) or the verifier does (${how})`
        );
      }
      if (link.meta.kind !== "layout") {
        if (link.meta.kind === "provenance" && !link.meta.signed.name) link.meta.signed.name = step.name;
        if (link.meta.signed.name !== step.name) {
          warn(`step '${step.name}': skipped ${link.path}: it is the link of step '${link.meta.signed.name}'`);
          continue;
        }
      }
      if (mains.includes(main))
        warn(
          `step '${step.name}': links signed by several subkeys of key ${main.slice(0, 8)} count once towards the threshold`
        );
      mains.push(main);
      ok.set(linkId, { ...link, key, ids });
    }
    const distinct = new Set(mains.map((x) => fingerprint(keys[x]) ?? x)).size;
    if (distinct < threshold(step)) {
      throw new ProvenantError(
        "THRESHOLD_NOT_MET",
        `step '${step.name}' requires ${threshold(step)} link(s) validly signed by different authorized functionaries, found ${distinct}`
      );
    }
    verified[step.name] = ok;
  }
  const links = {};
  for (const step of steps) {
    const per = /* @__PURE__ */ new Map();
    for (const [id, link] of verified[step.name]) {
      if (link.meta.kind !== "layout") {
        per.set(id, link.meta.signed);
        continue;
      }
      const dirs = link.ids.map((f) => join(opts.linkDir, `${step.name}.${f.slice(0, 8)}`));
      const subDir = dirs.find(isDir) ?? dirs[0];
      const sub = await verifyLayout({
        layoutPath: link.path,
        metadata: link.meta,
        layoutKeys: [
          {
            sslib: { ...link.key, keyid: id },
            ids: link.ids,
            verify: sslibPublicKey(link.key, `key ${id.slice(0, 8)}`)
          }
        ],
        linkDir: subDir,
        inspectionDir: opts.inspectionDir,
        inspectionTimeout: opts.inspectionTimeout,
        inspectionEnv: opts.inspectionEnv,
        allowSublayouts: opts.allowSublayouts === true ? true : void 0,
        contain: opts.contain,
        now,
        onWarning: (w) => warn(`sublayout of step '${step.name}': ${w}`),
        stepName: step.name,
        depth: depth + 1
      }).catch((e) => {
        if (e instanceof ProvenantError)
          throw new ProvenantError(e.code, `sublayout of step '${step.name}' (${link.path}): ${e.message}`);
        throw e;
      });
      per.set(id, sub.summary);
    }
    links[step.name] = per;
  }
  for (const step of steps) {
    const expected = step.expected_command ?? [];
    for (const l of links[step.name].values()) {
      if (!pyEqual(l.command ?? [], expected))
        warn(
          `step '${step.name}': command [${(l.command ?? []).join(" ")}] differs from the expected [${expected.join(" ")}]`
        );
    }
  }
  for (const step of steps) {
    if (threshold(step) <= 1) continue;
    const all = [...links[step.name].entries()];
    const [refId, ref] = all[0];
    for (const [id, l] of all.slice(1)) {
      if (!pyEqual(ref.materials ?? {}, l.materials ?? {}) || !pyEqual(ref.products ?? {}, l.products ?? {})) {
        throw new ProvenantError(
          "THRESHOLD_NOT_MET",
          `step '${step.name}': the links of ${refId.slice(0, 8)} and ${id.slice(0, 8)} report different materials or products`
        );
      }
    }
  }
  const reduced = {};
  for (const step of steps) {
    const first2 = links[step.name].values().next();
    if (first2.done)
      throw new ProvenantError(
        "THRESHOLD_NOT_MET",
        `step '${step.name}' (threshold ${threshold(step)}) has no link to check its rules against`
      );
    reduced[step.name] = first2.value;
  }
  for (const step of steps) {
    applyRules(step.name, "materials", step.expected_materials ?? [], reduced, "step");
    applyRules(step.name, "products", step.expected_products ?? [], reduced, "step");
  }
  const inspections = [];
  const combined = { ...reduced };
  const cwd = opts.inspectionDir ?? process.cwd();
  for (const insp of layout.inspect) {
    const run = insp.run ?? [];
    if (!run.length || run.some((x) => typeof x !== "string"))
      throw new ProvenantError(
        "INSPECTION_FAILED",
        `inspection '${insp.name}': run ${JSON.stringify(run)} is not a command`
      );
    const cmd = run;
    const materials = await recordArtifacts(["."], { baseDir: cwd });
    const r = spawnSync(cmd[0], cmd.slice(1), {
      cwd,
      encoding: "utf8",
      timeout: (opts.inspectionTimeout ?? 3600) * 1e3,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
      env: inspectionEnv
    });
    if (r.error) {
      const code = r.error.code;
      const why = code === "ETIMEDOUT" ? `did not finish within ${opts.inspectionTimeout ?? 3600}s` : `cannot run: ${code ?? r.error.message}`;
      throw new ProvenantError("INSPECTION_FAILED", `inspection '${insp.name}': [${cmd.join(" ")}] ${why}`);
    }
    const rv = r.status ?? -1;
    if (rv !== 0)
      throw new ProvenantError(
        "INSPECTION_FAILED",
        `inspection '${insp.name}': [${cmd.join(" ")}] exited with ${r.status ?? r.signal}${r.stderr?.trim() ? `: ${r.stderr.trim().split("\n").slice(-1)[0].slice(0, 200)}` : ""}`
      );
    const products = await recordArtifacts(["."], { baseDir: cwd });
    combined[insp.name] = {
      _type: "link",
      name: insp.name,
      command: cmd,
      materials,
      products,
      byproducts: { stdout: r.stdout, stderr: r.stderr, "return-value": rv },
      environment: {}
    };
    inspections.push({ name: insp.name, command: cmd, returnValue: rv });
  }
  for (const insp of layout.inspect) {
    applyRules(insp.name, "materials", insp.expected_materials ?? [], combined, "inspection");
    applyRules(insp.name, "products", insp.expected_products ?? [], combined, "inspection");
  }
  const first = steps.length ? reduced[steps[0].name] : void 0;
  const last = steps.length ? reduced[steps[steps.length - 1].name] : void 0;
  return {
    layout: m.source,
    steps: steps.map((s) => ({
      name: s.name,
      links: [...verified[s.name].values()].map((l) => l.path),
      keyids: [...verified[s.name].keys()]
    })),
    inspections,
    warnings,
    summary: {
      _type: "link",
      name: opts.stepName ?? "",
      command: last?.command ?? [],
      materials: first?.materials ?? {},
      products: last?.products ?? {},
      byproducts: last?.byproducts ?? {},
      environment: {}
    }
  };
}

export {
  unpackRule,
  ALLOW_SUBLAYOUT_FIELD,
  checkLayout,
  verifyLayout
};
