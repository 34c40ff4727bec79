import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  encodeCanonical
} from "./chunk-2JK5JOOL.js";
import {
  pae,
  parseEnvelope
} from "./chunk-TL3MPSWU.js";
import {
  verifyBytes
} from "./chunk-FX244IUJ.js";
import {
  parseJsonStrict,
  validateStatement
} from "./chunk-6DWRZXSB.js";
import {
  LINK_V03,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1
} from "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/intoto/metablock.ts
function decodeSig(format, sig) {
  if (format === "legacy") return /^([0-9a-f]{2})*$/i.test(sig) ? Buffer.from(sig, "hex") : void 0;
  return /^[A-Za-z0-9+/_-]*={0,2}$/.test(sig) ? Buffer.from(sig, "base64") : void 0;
}
function verifyMetadataSignature(m, key, ids) {
  for (const s of m.signatures) {
    if (ids.length && s.keyid && !ids.includes(s.keyid)) continue;
    const sig = decodeSig(m.format, s.sig);
    if (sig && verifyBytes(key, m.signedBytes, sig)) return true;
  }
  return false;
}
function checkKeySignature(m, key, ids) {
  const idset = new Set(ids.map((x) => x.toLowerCase()));
  if (m.format === "legacy") {
    const s = m.signatures.find((x) => idset.has(x.keyid.toLowerCase()));
    if (!s)
      return {
        ok: false,
        why: `no signature with keyid ${ids[0]?.slice(0, 8) ?? "?"} (${m.signatures.length} signature(s) present)`
      };
    const sig = decodeSig(m.format, s.sig);
    return sig && verifyBytes(key, m.signedBytes, sig) ? { ok: true, why: "" } : { ok: false, why: `the signature with keyid ${s.keyid.slice(0, 8)} does not verify` };
  }
  const candidates = m.signatures.filter((x) => !x.keyid || idset.has(x.keyid.toLowerCase()));
  if (!candidates.length)
    return {
      ok: false,
      why: `no signature with keyid ${ids[0]?.slice(0, 8) ?? "?"} (${m.signatures.length} signature(s) present)`
    };
  for (const s of candidates) {
    const sig = decodeSig(m.format, s.sig);
    if (sig && verifyBytes(key, m.signedBytes, sig)) return { ok: true, why: "" };
  }
  return { ok: false, why: `no signature verifies with key ${ids[0]?.slice(0, 8) ?? "?"}` };
}
function setOwn(o, k, v) {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
function artifactsFromDescriptors(list, where) {
  const out = {};
  if (list === void 0 || list === null) return out;
  if (!Array.isArray(list)) throw new ProvenantError("LINK_INVALID", `${where}: not a list of resource descriptors`);
  for (const d of list) {
    const name = d?.name ?? d?.uri;
    if (typeof name !== "string" || !d.digest) continue;
    setOwn(out, name, d.digest);
  }
  return out;
}
function statementToLink(st, source) {
  const products = {};
  for (const s of st.subject) if (s.name && s.digest) setOwn(products, s.name, s.digest);
  const p = st.predicate;
  if (st.predicateType === LINK_V03) {
    return {
      kind: "link-v0.3",
      link: {
        _type: "link",
        name: p.name,
        command: p.command ?? [],
        materials: artifactsFromDescriptors(p.materials, `${source} materials`),
        products,
        byproducts: p.byproducts ?? {},
        environment: p.environment ?? {}
      }
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V1 || st.predicateType === SLSA_PROVENANCE_V02) {
    const mats = st.predicateType === SLSA_PROVENANCE_V1 ? p.buildDefinition?.resolvedDependencies : p.materials;
    return {
      kind: "provenance",
      link: {
        _type: "link",
        name: "",
        command: [],
        materials: artifactsFromDescriptors(mats, `${source} materials`),
        products,
        byproducts: {},
        environment: {}
      }
    };
  }
  throw new ProvenantError(
    "LINK_INVALID",
    `${source}: predicate ${st.predicateType} cannot stand for a step (link v0.3 or SLSA provenance)`
  );
}
var HEX = /^[a-fA-F0-9]+$/;
function checkBody(signed, source, format) {
  if (!signed || typeof signed !== "object" || Array.isArray(signed))
    throw new ProvenantError("LINK_INVALID", `${source}: no signed object`);
  if (signed._type === "link") {
    const isDict = (v) => !!v && typeof v === "object" && !Array.isArray(v);
    for (const f of ["materials", "products"]) {
      const v = signed[f];
      if (v === void 0) continue;
      if (!isDict(v)) throw new ProvenantError("LINK_INVALID", `${source}: ${f} is not an object`);
      for (const [k, d] of Object.entries(v)) {
        if (!isDict(d)) throw new ProvenantError("LINK_INVALID", `${source}: ${f}['${k}'] is not a digest set`);
        if (format === "legacy") {
          for (const [alg, h] of Object.entries(d))
            if (typeof h !== "string" || !HEX.test(h))
              throw new ProvenantError("LINK_INVALID", `${source}: ${f}['${k}'].${alg} is not a hex digest`);
        }
      }
    }
    for (const f of ["byproducts", "environment"])
      if (signed[f] !== void 0 && !isDict(signed[f]))
        throw new ProvenantError("LINK_INVALID", `${source}: ${f} is not an object`);
    if (signed.command !== void 0 && !Array.isArray(signed.command))
      throw new ProvenantError("LINK_INVALID", `${source}: command is not a list`);
    if (typeof signed.name !== "string") throw new ProvenantError("LINK_INVALID", `${source}: link has no name`);
    return;
  }
  if (signed._type === "layout") return;
  throw new ProvenantError("LINK_INVALID", `${source}: _type '${String(signed._type)}' is neither link nor layout`);
}
function withDefaults(signed) {
  if (signed._type !== "link") return signed;
  return { materials: {}, products: {}, byproducts: {}, command: [], environment: {}, ...signed };
}
function parseMetadata(buf, source) {
  const doc = parseJsonStrict(buf, source);
  if (!doc || typeof doc !== "object" || Array.isArray(doc))
    throw new ProvenantError("LINK_INVALID", `${source}: not a JSON object`);
  if ("signed" in doc && "signatures" in doc) {
    if (!Array.isArray(doc.signatures)) throw new ProvenantError("LINK_INVALID", `${source}: signatures is not a list`);
    const signatures = doc.signatures.map((s, i) => {
      if (s && typeof s.signature === "string" && "other_headers" in s)
        throw new ProvenantError(
          "LINK_INVALID",
          `${source}: signatures[${i}] is a GPG signature (not supported: sign with a PEM or securesystemslib key)`
        );
      if (!s || typeof s.sig !== "string" || !HEX.test(s.sig))
        throw new ProvenantError("LINK_INVALID", `${source}: signatures[${i}] has no hex sig`);
      if (typeof s.keyid !== "string" || !HEX.test(s.keyid))
        throw new ProvenantError("LINK_INVALID", `${source}: signatures[${i}] has no hex keyid`);
      return { keyid: s.keyid, sig: s.sig };
    });
    checkBody(doc.signed, source, "legacy");
    let signedBytes;
    try {
      signedBytes = encodeCanonical(doc.signed);
    } catch (e) {
      throw new ProvenantError("LINK_INVALID", `${source}: ${e.message}`);
    }
    return {
      source,
      format: "legacy",
      signed: withDefaults(doc.signed),
      signatures,
      signedBytes,
      kind: doc.signed._type
    };
  }
  const envDoc = typeof doc.mediaType === "string" && doc.mediaType.startsWith("application/vnd.dev.sigstore.bundle") && doc.dsseEnvelope ? doc.dsseEnvelope : doc;
  if ("payload" in envDoc && "payloadType" in envDoc) {
    const env = parseEnvelope(envDoc, source);
    const payload = Buffer.from(env.payload, "base64");
    const body = parseJsonStrict(payload, `${source} payload`);
    const signatures = env.signatures.map((s) => ({ keyid: s.keyid ?? "", sig: s.sig }));
    const signedBytes = pae(env.payloadType, payload);
    if (body && typeof body._type === "string" && body._type.startsWith("https://in-toto.io/Statement/")) {
      const st = validateStatement(body, `${source} payload`);
      const { link, kind } = statementToLink(st, source);
      return { source, format: "dsse", signed: link, signatures, signedBytes, kind };
    }
    checkBody(body, source, "dsse");
    return { source, format: "dsse", signed: withDefaults(body), signatures, signedBytes, kind: body._type };
  }
  throw new ProvenantError(
    "LINK_INVALID",
    `${source}: neither an in-toto Metablock {signed, signatures} nor a DSSE envelope`
  );
}

export {
  verifyMetadataSignature,
  checkKeySignature,
  parseMetadata
};
