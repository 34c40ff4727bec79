import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/intoto/keys.ts
import { createHash, createPrivateKey, createPublicKey, sign, verify, constants } from "node:crypto";
var CURVE_SCHEMES = {
  prime256v1: "ecdsa-sha2-nistp256",
  "P-256": "ecdsa-sha2-nistp256",
  secp384r1: "ecdsa-sha2-nistp384",
  "P-384": "ecdsa-sha2-nistp384",
  secp521r1: "ecdsa-sha2-nistp521",
  "P-521": "ecdsa-sha2-nistp521"
};
function defaultScheme(key, source = "key") {
  switch (key.asymmetricKeyType) {
    case "ed25519":
      return "ed25519";
    case "ec": {
      const curve = key.asymmetricKeyDetails?.namedCurve ?? "";
      const s = CURVE_SCHEMES[curve];
      if (!s) throw new ProvenantError("KEY_UNSUPPORTED", `${source}: unsupported ECDSA curve ${curve || "(unknown)"}`);
      return s;
    }
    case "rsa":
    case "rsa-pss":
      return "rsassa-pss-sha256";
    default:
      throw new ProvenantError(
        "KEY_UNSUPPORTED",
        `${source}: unsupported key type ${key.asymmetricKeyType ?? "(unknown)"}`
      );
  }
}
function describePublicKey(key, scheme, source = "key") {
  const pub = key.type === "private" ? createPublicKey(key) : key;
  const der = pub.export({ type: "spki", format: "der" });
  const pem = pub.export({ type: "spki", format: "pem" }).trimEnd();
  return {
    key: pub,
    scheme: scheme ?? defaultScheme(pub, source),
    pem,
    keyid: createHash("sha256").update(der).digest("hex")
  };
}
function loadPrivateKey(pem, passphrase, source = "key") {
  const text = pem.toString();
  if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text)) {
    throw new ProvenantError("KEY_INVALID", `${source}: not a PEM private key`);
  }
  const encrypted = /ENCRYPTED/.test(text);
  if (encrypted && !passphrase) {
    throw new ProvenantError("KEY_PASSPHRASE", `${source}: the private key is encrypted and no passphrase was given`);
  }
  let key;
  try {
    key = createPrivateKey({ key: text, format: "pem", passphrase: passphrase ?? "" });
  } catch (e) {
    if (encrypted)
      throw new ProvenantError("KEY_PASSPHRASE", `${source}: wrong passphrase or corrupt encrypted key`, { cause: e });
    throw new ProvenantError("KEY_INVALID", `${source}: cannot parse private key (${e.message})`, {
      cause: e
    });
  }
  const scheme = defaultScheme(key, source);
  return { key, scheme, publicKey: describePublicKey(key, scheme, source) };
}
function loadPublicKey(pem, source = "key", scheme) {
  const text = pem.toString();
  let key;
  try {
    if (!/-----BEGIN [A-Z0-9 ]*(PUBLIC KEY|CERTIFICATE)-----/.test(text)) throw new Error("not a PEM public key");
    key = createPublicKey({ key: text, format: "pem" });
  } catch (e) {
    throw new ProvenantError("KEY_INVALID", `${source}: cannot parse public key (${e.message})`, {
      cause: e
    });
  }
  return describePublicKey(key, scheme, source);
}
function hashOf(scheme) {
  if (scheme === "ed25519") return null;
  const m = /(sha\d+)$/.exec(scheme);
  if (m) return m[1];
  if (scheme === "ecdsa-sha2-nistp256") return "sha256";
  if (scheme === "ecdsa-sha2-nistp384") return "sha384";
  return "sha512";
}
function keyOptions(key, scheme) {
  if (scheme.startsWith("rsassa-pss")) {
    const bits = hashOf(scheme).slice(3);
    return { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(bits) / 8, dsaEncoding: "der" };
  }
  if (scheme.startsWith("rsa-pkcs1v15")) return { key, padding: constants.RSA_PKCS1_PADDING };
  return { key, dsaEncoding: "der" };
}
function signBytes(k, data) {
  try {
    return sign(hashOf(k.scheme), data, keyOptions(k.key, k.scheme));
  } catch (e) {
    throw new ProvenantError("SIGNING_FAILED", `signing with ${k.scheme} failed: ${e.message}`, {
      cause: e
    });
  }
}
function verifyBytes(k, data, signature) {
  try {
    const opts = k.scheme.startsWith("rsassa-pss") ? { ...keyOptions(k.key, k.scheme), saltLength: constants.RSA_PSS_SALTLEN_AUTO } : keyOptions(k.key, k.scheme);
    return verify(hashOf(k.scheme), data, opts, signature);
  } catch {
    return false;
  }
}

export {
  describePublicKey,
  loadPrivateKey,
  loadPublicKey,
  signBytes,
  verifyBytes
};
