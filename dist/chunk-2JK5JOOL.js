import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  describePublicKey,
  loadPrivateKey
} from "./chunk-FX244IUJ.js";
import {
  READ_LIMITS,
  readContainedFileSync
} from "./chunk-JYUD5BX7.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/intoto/canonical.ts
function encodeCanonical(value) {
  let text = viaJson(value);
  if (text !== void 0) return Buffer.from(text, "utf8");
  try {
    text = write(value);
  } catch (e) {
    if (e !== NOT_CANONICAL) throw e;
    throw notCanonical(value, "$");
  }
  return Buffer.from(text, "utf8");
}
var NOT_CANONICAL = /* @__PURE__ */ Symbol("not canonical");
function viaJson(value) {
  const prepared = ordered(value);
  if (prepared === UNFIT) return void 0;
  const text = JSON.stringify(prepared);
  return /\\[^"\\]/.test(text) ? void 0 : text;
}
var UNFIT = /* @__PURE__ */ Symbol("unfit");
function ordered(v) {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isSafeInteger(v) ? v : UNFIT;
  if (Array.isArray(v)) {
    let out;
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return UNFIT;
      const x = ordered(v[i]);
      if (x === UNFIT) return UNFIT;
      if (x !== v[i]) (out ??= [...v])[i] = x;
    }
    return out ?? v;
  }
  if (typeof v !== "object") return UNFIT;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return UNFIT;
  const o = v;
  const keys = Object.keys(o);
  if (keys.includes("__proto__")) return UNFIT;
  let copy;
  for (let i = 0; i < keys.length; i++) {
    const x = ordered(o[keys[i]]);
    if (x === UNFIT) return UNFIT;
    if (x !== o[keys[i]]) (copy ??= { ...o })[keys[i]] = x;
  }
  if (inOrder(keys)) return copy ?? o;
  const sorted = {};
  for (const k of sortKeys([...keys])) sorted[k] = (copy ?? o)[k];
  return inOrder(Object.keys(sorted)) ? sorted : UNFIT;
}
function inOrder(keys) {
  if (keys.length < 2) return true;
  if (keys.some((k) => SURROGATE.test(k))) {
    for (let i = 1; i < keys.length; i++) if (compareCodePoints(keys[i - 1], keys[i]) > 0) return false;
    return true;
  }
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}
function notCanonical(v, path) {
  if (typeof v === "number" && !Number.isSafeInteger(v))
    return new ProvenantError("CANONICAL_JSON", `canonical JSON allows only integers, found ${v} at ${path}`);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const e = notCanonical(v[i], `${path}[${i}]`);
      if (e) return e;
    }
    return void 0;
  }
  if (v !== null && typeof v === "object") {
    for (const k of sortKeys(Object.keys(v))) {
      const e = notCanonical(v[k], `${path}.${k}`);
      if (e) return e;
    }
    return void 0;
  }
  if (v === null || typeof v === "string" || typeof v === "boolean" || typeof v === "number") return void 0;
  return new ProvenantError("CANONICAL_JSON", `canonical JSON cannot encode a ${typeof v} at ${path}`);
}
function compareCodePoints(a, b) {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (; ; ) {
    const x = ai.next();
    const y = bi.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0);
    const cy = y.value.codePointAt(0);
    if (cx !== cy) return cx - cy;
  }
}
var SURROGATE = /[\uD800-\uDFFF]/;
var ESCAPED = /["\\]/;
function sortKeys(keys) {
  return keys.some((k) => SURROGATE.test(k)) ? keys.sort(compareCodePoints) : keys.sort();
}
function writeString(s) {
  return ESCAPED.test(s) ? `"${s.replace(/(["\\])/g, "\\$1")}"` : `"${s}"`;
}
function write(v) {
  if (v === null) return "null";
  if (v === true) return "true";
  if (v === false) return "false";
  if (typeof v === "string") return writeString(v);
  if (typeof v === "number") {
    if (!Number.isSafeInteger(v)) throw NOT_CANONICAL;
    return String(v);
  }
  if (Array.isArray(v)) {
    let out = "[";
    for (let i = 0; i < v.length; i++) out += (i ? "," : "") + write(v[i]);
    return `${out}]`;
  }
  if (typeof v === "object") {
    const o = v;
    const keys = Object.keys(o);
    if (keys.length > 1) sortKeys(keys);
    let out = "{";
    for (let i = 0; i < keys.length; i++) out += `${i ? "," : ""}${writeString(keys[i])}:${write(o[keys[i]])}`;
    return `${out}}`;
  }
  throw NOT_CANONICAL;
}

// src/intoto/sslib.ts
import { createHash, createPublicKey } from "node:crypto";
var ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
var SCHEMES = {
  ed25519: "ed25519",
  "ecdsa-sha2-nistp256": "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384": "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521": "ecdsa-sha2-nistp521",
  "rsassa-pss-sha224": "rsassa-pss-sha224",
  "rsassa-pss-sha256": "rsassa-pss-sha256",
  "rsassa-pss-sha384": "rsassa-pss-sha384",
  "rsassa-pss-sha512": "rsassa-pss-sha512",
  "rsa-pkcs1v15-sha224": "rsa-pkcs1v15-sha224",
  "rsa-pkcs1v15-sha256": "rsa-pkcs1v15-sha256",
  "rsa-pkcs1v15-sha384": "rsa-pkcs1v15-sha384",
  "rsa-pkcs1v15-sha512": "rsa-pkcs1v15-sha512"
};
function keyidOf(obj) {
  return createHash("sha256").update(encodeCanonical(obj)).digest("hex");
}
function sslibKeyIds(k) {
  const forms = (keytype) => {
    const pub = { keytype, scheme: k.scheme, keyval: { public: k.keyval.public } };
    return [keyidOf({ ...pub, keyid_hash_algorithms: k.keyid_hash_algorithms ?? ["sha256", "sha512"] }), keyidOf(pub)];
  };
  const ids = forms(k.keytype);
  if (k.keyid) ids.unshift(k.keyid);
  if (/^ecdsa(-sha2-nistp\d+)?$/.test(k.keytype) && /^ecdsa-sha2-nistp\d+$/.test(k.scheme))
    ids.push(...forms(k.keytype === "ecdsa" ? k.scheme : "ecdsa"));
  return [...new Set(ids)];
}
function sslibPublicKey(k, source) {
  const scheme = SCHEMES[k.scheme];
  if (!scheme) throw new ProvenantError("KEY_UNSUPPORTED", `${source}: key scheme '${k.scheme}' is not supported`);
  const pub = k.keyval?.public;
  if (typeof pub !== "string" || !pub)
    throw new ProvenantError(
      "KEY_INVALID",
      `${source}: key has no public value${k.keyval?.certificate ? " (certificate-only keys are not supported)" : ""}`
    );
  try {
    if (k.keytype === "ed25519") {
      if (!/^[0-9a-f]{64}$/i.test(pub)) throw new Error("ed25519 public key is not 64 hex characters");
      return {
        key: createPublicKey({
          key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(pub, "hex")]),
          format: "der",
          type: "spki"
        }),
        scheme
      };
    }
    if (!["rsa", "ecdsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"].includes(k.keytype))
      throw new Error(`key type '${k.keytype}' is not supported`);
    return { key: createPublicKey({ key: pub, format: "pem" }), scheme };
  } catch (e) {
    throw new ProvenantError("KEY_INVALID", `${source}: ${e.message}`);
  }
}
function toSslib(key, scheme) {
  const info = describePublicKey(key, scheme);
  let k;
  if (info.key.asymmetricKeyType === "ed25519") {
    const raw = info.key.export({ type: "spki", format: "der" }).subarray(ED25519_SPKI_PREFIX.length);
    k = {
      keytype: "ed25519",
      scheme: "ed25519",
      keyid_hash_algorithms: ["sha256", "sha512"],
      keyval: { public: raw.toString("hex") }
    };
  } else if (info.key.asymmetricKeyType === "ec") {
    k = {
      keytype: "ecdsa",
      scheme: info.scheme,
      keyid_hash_algorithms: ["sha256", "sha512"],
      keyval: { public: info.pem }
    };
  } else {
    k = {
      keytype: "rsa",
      scheme: info.scheme,
      keyid_hash_algorithms: ["sha256", "sha512"],
      keyval: { public: info.pem }
    };
  }
  return { keyid: sslibKeyIds(k)[0], ...k };
}
function loadFunctionaryKey(path, passphrase) {
  const text = readContainedFileSync(path, { maxBytes: READ_LIMITS.key, what: "key" }).data.toString("utf8");
  return parseFunctionaryKey(text, printable(path), passphrase);
}
function parseFunctionaryKey(text, source, passphrase) {
  if (text.trimStart().startsWith("{")) return parseSslibJson(text, source, passphrase);
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text)) {
    const priv = loadPrivateKey(text, passphrase, source);
    const sslib = toSslib(priv.publicKey.key, priv.scheme);
    return { sslib, ids: sslibKeyIds(sslib), verify: { key: priv.publicKey.key, scheme: priv.scheme }, private: priv };
  }
  if (/-----BEGIN [A-Z0-9 ]*PUBLIC KEY-----/.test(text)) {
    let key;
    try {
      key = createPublicKey({ key: text, format: "pem" });
    } catch (e) {
      throw new ProvenantError("KEY_INVALID", `${source}: ${e.message}`);
    }
    const sslib = toSslib(key);
    return {
      sslib,
      ids: sslibKeyIds(sslib),
      verify: { key: describePublicKey(key).key, scheme: sslib.scheme }
    };
  }
  return parseSslibJson(text, source, passphrase);
}
function parseSslibJson(text, source, passphrase) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProvenantError("KEY_INVALID", `${source}: neither a PEM key nor a securesystemslib JSON key`);
  }
  if (!json || typeof json !== "object" || typeof json.keytype !== "string" || typeof json.scheme !== "string" || typeof json.keyval !== "object") {
    throw new ProvenantError("KEY_INVALID", `${source}: not a securesystemslib key (keytype, scheme, keyval)`);
  }
  const verify = sslibPublicKey(json, source);
  const sslib = { ...json, keyval: { public: json.keyval.public }, keyid: "" };
  sslib.keyid = typeof json.keyid === "string" && /^[0-9a-fA-F]+$/.test(json.keyid) ? json.keyid : sslibKeyIds({ ...sslib, keyid: void 0 })[0];
  const out = { sslib, ids: sslibKeyIds({ ...json, keyid: json.keyid }), verify };
  if (json.keyval.private) {
    try {
      const priv = json.keytype === "ed25519" ? ed25519PrivateFromHex(json.keyval.private) : json.keyval.private;
      const info = loadPrivateKey(priv, passphrase, source);
      out.private = { ...info, scheme: verify.scheme };
    } catch (e) {
      throw new ProvenantError("KEY_INVALID", `${source}: private key: ${e.message}`);
    }
  }
  return out;
}
function ed25519PrivateFromHex(hex) {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error("ed25519 private key is not 64 hex characters");
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), Buffer.from(hex, "hex")]);
  return `-----BEGIN PRIVATE KEY-----
${der.toString("base64")}
-----END PRIVATE KEY-----
`;
}

export {
  encodeCanonical,
  sslibKeyIds,
  sslibPublicKey,
  loadFunctionaryKey,
  parseFunctionaryKey
};
