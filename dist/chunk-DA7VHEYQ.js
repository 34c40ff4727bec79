import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  GITHUB_ISSUER
} from "./chunk-RDHYEOJF.js";
import {
  require_dist
} from "./chunk-NUOG672K.js";
import {
  __toESM
} from "./chunk-XITNYHAL.js";

// src/verify/certificate.ts
var import_core = __toESM(require_dist(), 1);
var OID = "1.3.6.1.4.1.57264.1.";
function utf8Ext(cert, n) {
  const ext = cert.extension(OID + n);
  if (!ext) return void 0;
  const v = ext.value;
  if (n >= 8) {
    try {
      const obj = import_core.ASN1Obj.parseBuffer(v);
      return obj.value.toString("utf8");
    } catch {
      return void 0;
    }
  }
  return v.toString("utf8");
}
function otherNameSan(cert) {
  try {
    return cert.extSubjectAltName?.otherName(OID + 7);
  } catch {
    return void 0;
  }
}
function legacyGithub(cert, issuer) {
  if (issuer !== GITHUB_ISSUER) return {};
  const repo = utf8Ext(cert, 5);
  const sha = utf8Ext(cert, 3);
  const ref = utf8Ext(cert, 6);
  const trigger = utf8Ext(cert, 2);
  const ownerName = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
  return {
    sourceRepositoryURI: repo && ownerName.test(repo) ? `https://github.com/${repo}` : void 0,
    sourceRepositoryDigest: sha && /^[0-9a-f]{40}$/.test(sha) ? sha : void 0,
    sourceRepositoryRef: ref && /^refs\/[^\s]+$/.test(ref) ? ref : void 0,
    buildTrigger: trigger && /^[a-z_]+$/.test(trigger) ? trigger : void 0
  };
}
function fulcioIdentity(certificate) {
  const cert = Buffer.isBuffer(certificate) ? import_core.X509Certificate.parse(certificate) : certificate;
  const issuer = utf8Ext(cert, 8) ?? utf8Ext(cert, 1);
  const legacy = utf8Ext(cert, 12) === void 0 ? legacyGithub(cert, issuer) : {};
  return {
    // a URI or email SAN; else Fulcio's otherName SAN (1.3.6.1.4.1.57264.1.7, a username identity: "user!host")
    san: cert.subjectAltName ?? otherNameSan(cert),
    issuer,
    buildSignerURI: utf8Ext(cert, 9),
    buildSignerDigest: utf8Ext(cert, 10),
    runnerEnvironment: utf8Ext(cert, 11),
    sourceRepositoryURI: utf8Ext(cert, 12) ?? legacy.sourceRepositoryURI,
    sourceRepositoryDigest: utf8Ext(cert, 13) ?? legacy.sourceRepositoryDigest,
    sourceRepositoryRef: utf8Ext(cert, 14) ?? legacy.sourceRepositoryRef,
    buildConfigURI: utf8Ext(cert, 18),
    buildTrigger: utf8Ext(cert, 20) ?? legacy.buildTrigger
  };
}

export {
  fulcioIdentity
};
