import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  keyValidAt,
  require_dist as require_dist4
} from "./chunk-77FOPMMJ.js";
import {
  parseMetadata,
  verifyMetadataSignature
} from "./chunk-SXQKF4HH.js";
import {
  LOCAL_BUILD_TYPE
} from "./chunk-JFMEGE4D.js";
import {
  decodeBase64,
  pae,
  parseEnvelope,
  reportProgress,
  verifyEnvelope
} from "./chunk-TL3MPSWU.js";
import {
  verifyBytes
} from "./chunk-FX244IUJ.js";
import {
  readRegularFileSync
} from "./chunk-JYUD5BX7.js";
import {
  fulcioIdentity
} from "./chunk-DA7VHEYQ.js";
import {
  GITHUB_ISSUER,
  SLSA_DELEGATOR,
  fail
} from "./chunk-RDHYEOJF.js";
import {
  require_dist
} from "./chunk-NUOG672K.js";
import {
  parseJsonStrict,
  validateStatement
} from "./chunk-6DWRZXSB.js";
import {
  SLSA_PROVENANCE_V01,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  WORKFLOW_INPUTS_KEY
} from "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import {
  require_dist as require_dist3
} from "./chunk-3DXRJ6WR.js";
import {
  require_dist as require_dist2
} from "./chunk-VEENTGD5.js";
import {
  __toESM
} from "./chunk-XITNYHAL.js";

// src/verify/source-state.ts
var SOURCE_DIRTY_CHECK = "source-dirty";
function localSource(st) {
  const p = st.predicate;
  if (!p || typeof p !== "object") return void 0;
  let params;
  if (st.predicateType === SLSA_PROVENANCE_V1 && p.buildDefinition?.buildType === LOCAL_BUILD_TYPE) {
    params = p.buildDefinition?.externalParameters;
  } else if (st.predicateType === SLSA_PROVENANCE_V02 && p.buildType === LOCAL_BUILD_TYPE) {
    params = p.invocation?.parameters;
  }
  const source = params?.source;
  if (!source || typeof source !== "object" || Array.isArray(source)) return void 0;
  return source;
}
function checkSourceState(st, checks) {
  const source = localSource(st);
  if (source?.dirty !== true) return;
  const hex = typeof source.commit === "string" && /^[0-9a-f]{40,64}$/.test(source.commit);
  const commit = hex ? ` ${source.commit.slice(0, 12)}` : "";
  checks.push({
    code: SOURCE_DIRTY_CHECK,
    ok: true,
    detail: `warning: built from a dirty working tree: the provenance records uncommitted changes against commit${commit} (the commit is not the whole source; a local build is SLSA Build L1 at most)`
  });
}
function warningChecks(checks) {
  return checks.filter((c) => c.ok && c.detail.startsWith("warning: "));
}

// src/verify/verify.ts
import { constants as bufferConstants } from "node:buffer";

// src/verify/claims.ts
function provenanceClaims(st) {
  const p = st.predicate;
  if (st.predicateType === SLSA_PROVENANCE_V1) {
    const bd = p.buildDefinition ?? {};
    const deps = Array.isArray(bd.resolvedDependencies) ? bd.resolvedDependencies : [];
    const src = deps.find(
      (d) => typeof d.uri === "string" && d.uri.startsWith("git+") && d.digest && (d.digest.gitCommit || d.digest.sha1)
    );
    const wf = bd.externalParameters?.workflow;
    const ref = wf?.ref ?? (src?.uri?.includes("@") ? src.uri.slice(src.uri.lastIndexOf("@") + 1) : void 0);
    return {
      builderId: p.runDetails?.builder?.id,
      buildType: bd.buildType,
      sourceUri: wf?.repository ?? src?.uri,
      sourceCommit: src?.digest?.gitCommit ?? src?.digest?.sha1,
      sourceRef: ref,
      // slsa-github-generator's buildType: externalParameters.inputs; Provenant's (GitHub's workflow/v1, which
      // defines no inputs): its own key of internalParameters
      inputs: bd.externalParameters?.inputs ?? bd.externalParameters?.workflow?.inputs ?? bd.internalParameters?.[WORKFLOW_INPUTS_KEY],
      dependencies: deps
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V02) {
    const cs = p.invocation?.configSource ?? {};
    const env = p.invocation?.environment ?? {};
    const mats = Array.isArray(p.materials) ? p.materials : [];
    const uri = cs.uri ?? mats[0]?.uri;
    const ref = typeof env.github_ref === "string" ? env.github_ref : uri?.includes("@") ? uri.slice(uri.lastIndexOf("@") + 1) : void 0;
    return {
      builderId: p.builder?.id,
      buildType: p.buildType,
      sourceUri: uri,
      sourceCommit: cs.digest?.sha1 ?? cs.digest?.gitCommit ?? mats[0]?.digest?.sha1 ?? mats[0]?.digest?.gitCommit,
      sourceRef: ref,
      inputs: p.invocation?.parameters?.inputs ?? env.github_event_payload?.inputs ?? p.invocation?.parameters,
      dependencies: mats
    };
  }
  if (st.predicateType === SLSA_PROVENANCE_V01) {
    const mats = Array.isArray(p.materials) ? p.materials : [];
    const subs = p.recipe?.arguments?.substitutions ?? {};
    const ref = typeof subs.TAG_NAME === "string" && subs.TAG_NAME ? `refs/tags/${subs.TAG_NAME}` : typeof subs.BRANCH_NAME === "string" && subs.BRANCH_NAME ? `refs/heads/${subs.BRANCH_NAME}` : void 0;
    return {
      builderId: p.builder?.id,
      buildType: p.recipe?.type,
      sourceUri: mats[0]?.uri,
      sourceCommit: mats[0]?.digest?.sha1 ?? mats[0]?.digest?.gitCommit,
      sourceRef: ref,
      inputs: void 0,
      dependencies: mats
    };
  }
  return void 0;
}

// src/verify/signature.ts
var import_bundle = __toESM(require_dist3(), 1);
var import_protobuf_specs = __toESM(require_dist2(), 1);
var import_verify = __toESM(require_dist4(), 1);
import { createPublicKey, X509Certificate as NodeX509 } from "node:crypto";

// src/verify/gcb.ts
var GLOBAL_PAE = {
  "projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/google-hosted-worker/cryptoKeyVersions/1": {
    name: "global-pae-google-hosted-worker_1",
    predicateType: SLSA_PROVENANCE_V1
  },
  "projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/provenanceSigner/cryptoKeyVersions/1": {
    name: "global-pae-provenanceSigner_1",
    predicateType: SLSA_PROVENANCE_V01
  }
};
var REGIONAL = new RegExp(
  "^projects/verified-builder/locations/([a-z0-9-]+)/keyRings/attestor/cryptoKeys/builtByGCB/cryptoKeyVersions/1$"
);
var ATTESTOR_KEYS = {
  "projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/google-hosted-worker/cryptoKeyVersions/1": "3fe6dfada209606798e976322c8b69acae580a6708b7112f0f7a053a5b96d675",
  "projects/verified-builder/locations/global/keyRings/attestor/cryptoKeys/provenanceSigner/cryptoKeyVersions/1": "7ebd8a9404a4e7569477b178cc62a7909c11fb21a5715c3a96969047fa3b4e09",
  ...Object.fromEntries(
    Object.entries({
      global: "052ec7f94ccea66b0a594231a8520edd19a93064ce2afcb398311218cd4b657b",
      "asia-east1": "f1b62d6b223de759b61f5e61c0b31c76e18ef1e9f2ce0169a6d71c4ce3f0ac27",
      "asia-northeast1": "159fce4e73e749d49b28c40d91d6bcdebf50e1189181416dacded1cff2f08a5f",
      "asia-southeast1": "330dad2b9b00dd3f6ee5fdc15323e20915aa464c509f573bbac9c6196717b5fe",
      "australia-southeast1": "d5cfc022ea7d97fb02fe33e54d752a4b7e07fe0eeb04ab21ada8972982efe706",
      "europe-north1": "e17b40b4b2e031977b23e9bd0357d4688cc25d3ee07d7bf8c302114254cf9387",
      "europe-west1": "8d2ad4c199aeda7f29809f26d31844e5b40a5855ed473fc2f154148aca61b1e8",
      "europe-west2": "542ce86b240ee02560ae4403bced98776bc73ba6c3c98ccf0a00744ff0912ff9",
      "europe-west3": "be80fabe93edb93d2d7749117e5e21c7b32657e66e48bc2e50369fdea36eddef",
      "europe-west4": "98ae823d7a804be26e0cecbe0faa6c6e150768a21c7d70f290866d87825d9c3e",
      "southamerica-west1": "bb3cca9a3552ace283d70074eb72eeb619b0211a12dbaf4e0b3709dd236aa74a",
      "us-central1": "143dc13ac1e0670bb2672d05c9d02903548083e881b4055bd1e209060b9da00c",
      "us-central2": "75e9b5b7af7895960cc3d874476d27e5704500f2b56f64bd14d79b631df0b463",
      "us-east1": "a8696f140c4d5deafaa8e5e6d4255793d6e1e084cf091bd4203ad69e5b1577e6",
      "us-east4": "834774aea252f1f0d4ad4056987acfb196fe55da0348f6af40665a4477135d78",
      "us-west1": "95b417fe88bc64bf6497881b5d05d887ae0eb3c2de6242977369324487750a0e",
      "us-west2": "aceb8d450900d79a89b54b689fc749f10954be3a1fa8660b12d698a86f4a9e4a",
      "us-west3": "f4a2abc777dbdf1ca60979761011c06569b6b19c1ce076b35954dd6293cb24a2",
      "us-west4": "c75120fe847ab84901c703dadaa7762b18883a617036248b5b28a90ca01f555b"
    }).map(([region, fp]) => [
      `projects/verified-builder/locations/${region}/keyRings/attestor/cryptoKeys/builtByGCB/cryptoKeyVersions/1`,
      fp
    ])
  )
};
var GCB_HOSTED_WORKER = /^https:\/\/cloudbuild\.googleapis\.com\/GoogleHostedWorker(@v\d+(\.\d+)*)?$/;
function isGcbSummary(o) {
  const ps = o.provenance_summary;
  return !!ps && typeof ps === "object" && "provenance" in ps;
}
function gcbEntries(o, source) {
  const list = o.provenance_summary.provenance;
  if (!Array.isArray(list) || list.length === 0)
    throw new ProvenantError("BUNDLE_INVALID", `${source}: Cloud Build provenance summary without provenance`);
  const image = o.image_summary;
  if (image !== void 0 && (!image || typeof image !== "object" || Array.isArray(image)))
    throw new ProvenantError("BUNDLE_INVALID", `${source}: image_summary is not an object`);
  return list.map((p, i) => {
    if (!p || typeof p !== "object" || Array.isArray(p))
      throw new ProvenantError("BUNDLE_INVALID", `${source}: provenance_summary.provenance[${i}] is not an object`);
    return {
      source: `${source}#provenance[${i}]`,
      json: { provenance: p, image_summary: image }
    };
  });
}
function verifyGcbEntry(doc, keys, source, pins = ATTESTOR_KEYS) {
  const entry = doc.provenance;
  if (entry.kind !== void 0 && entry.kind !== "BUILD")
    throw new ProvenantError("BUNDLE_INVALID", `${source}: kind '${String(entry.kind)}' is not BUILD`);
  const env = parseEnvelope(entry.envelope, `${source} envelope`);
  if (env.payloadType !== "application/vnd.in-toto+json")
    throw new ProvenantError(
      "PAYLOAD_TYPE",
      `${source}: payloadType '${env.payloadType}' is not application/vnd.in-toto+json`
    );
  const payload = decodeBase64(env.payload, `${source} payload`);
  if (!payload.length) throw new ProvenantError("BUNDLE_INVALID", `${source}: empty payload`);
  if (!env.signatures.length)
    throw new ProvenantError("SIGNATURE_MISSING", `${source}: the envelope carries no signature`);
  const problems = [];
  for (const [i, s] of env.signatures.entries()) {
    const keyid = s.keyid ?? "";
    const global = Object.hasOwn(GLOBAL_PAE, keyid) ? GLOBAL_PAE[keyid] : void 0;
    const region = REGIONAL.exec(keyid)?.[1];
    const pinned = Object.hasOwn(pins, keyid) ? pins[keyid] : void 0;
    if (!global && !region || !pinned) {
      problems.push(`signature ${i}: key id '${keyid.slice(0, 200)}' is not a Cloud Build attestor key`);
      continue;
    }
    const name = global ? global.name : region;
    const key = keys.find((k) => k.info.keyid === pinned);
    if (!key) {
      const named = keys.find((k) => k.name === name);
      problems.push(
        named ? `signature ${i}: the trusted key '${named.source}' is not Cloud Build's attestor key '${name}' (sha256 of its key ${named.info.keyid}, the attestor key's is ${pinned})` : `signature ${i}: Cloud Build's attestor key '${name}' is not among the trusted keys (give --key DIR with Google's attestor keys)`
      );
      continue;
    }
    let sig;
    try {
      sig = decodeBase64(s.sig, `${source} signatures[${i}].sig`);
    } catch (e) {
      problems.push(`signature ${i}: ${e.message}`);
      continue;
    }
    const signed = global ? pae(env.payloadType, payload) : payload;
    if (!verifyBytes(key.info, signed, sig)) {
      problems.push(`signature ${i}: does not verify with '${name}'`);
      continue;
    }
    let predicateType;
    try {
      predicateType = JSON.parse(payload.toString("utf8")).predicateType;
    } catch {
      predicateType = void 0;
    }
    const expected = global ? global.predicateType : SLSA_PROVENANCE_V01;
    if (predicateType !== expected) {
      problems.push(`signature ${i}: key '${name}' signs ${expected}, the payload is ${JSON.stringify(predicateType)}`);
      continue;
    }
    checkUnsignedParts(doc, entry, payload, source);
    return { payload, payloadType: env.payloadType, keyName: name, keyid, key };
  }
  throw new ProvenantError(
    "SIGNATURE_INVALID",
    `${source}: no signature verifies with a trusted Cloud Build key: ${problems.join("; ")}`
  );
}
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b))
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every(
    (k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k])
  );
}
function checkUnsignedParts(doc, entry, payload, source) {
  let signed;
  try {
    signed = JSON.parse(payload.toString("utf8"));
  } catch {
    return;
  }
  const build = entry.build ?? {};
  const text = build.inTotoSlsaProvenanceV1 ?? build.intotoStatement;
  if (text !== void 0) {
    const predicate = text.predicate ?? text.slsaProvenance;
    for (const [field, a, b] of [
      ["_type", text._type, signed._type],
      ["predicateType", text.predicateType, signed.predicateType],
      ["subject", text.subject, signed.subject],
      ["predicate", predicate, signed.predicate]
    ]) {
      if (!jsonEqual(a, b))
        throw new ProvenantError(
          "BUNDLE_INVALID",
          `${source}: the readable copy under build differs from the signed payload in ${field}`
        );
    }
  }
  const subjects = Array.isArray(signed.subject) ? signed.subject.map((s) => s?.digest?.sha256).filter((d) => typeof d === "string") : [];
  const named = (what, v, re) => {
    if (v === void 0) return;
    const m = typeof v === "string" ? re.exec(v) : null;
    if (!m || !subjects.includes(m[1]))
      throw new ProvenantError("SUBJECT_MISMATCH", `${source}: ${what} ${JSON.stringify(v)} names no signed subject`);
  };
  named("resourceUri", entry.resourceUri, /@sha256:([0-9a-f]{64})$/);
  const image = doc.image_summary;
  named("image_summary.digest", image?.digest, /^sha256:([0-9a-f]{64})$/);
  named("image_summary.fully_qualified_digest", image?.fully_qualified_digest, /@sha256:([0-9a-f]{64})$/);
}

// src/verify/material.ts
var import_core = __toESM(require_dist(), 1);
var MEDIA_TYPES = [
  "application/vnd.dev.sigstore.bundle+json;version=0.1",
  "application/vnd.dev.sigstore.bundle+json;version=0.2",
  "application/vnd.dev.sigstore.bundle+json;version=0.3",
  "application/vnd.dev.sigstore.bundle.v0.3+json"
];
function bad(source, what) {
  throw new ProvenantError("BUNDLE_INVALID", `${source}: ${what}`);
}
function obj(v, path, source, allowed) {
  if (!v || typeof v !== "object" || Array.isArray(v)) bad(source, `${path} is not an object`);
  const o = v;
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  if (extra.length)
    bad(
      source,
      `${path} has member(s) this verifier does not check: ${extra.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(", ")}`
    );
  return o;
}
function arr(v, path, source) {
  if (!Array.isArray(v)) bad(source, `${path} is not an array`);
  return v;
}
function str(v, path, source) {
  if (typeof v !== "string") bad(source, `${path} is not a string`);
  return v;
}
function b64(v, path, source) {
  if (typeof v !== "string" || Buffer.from(v, "base64").toString("base64") !== v) {
    bad(source, `${path} is not canonical base64`);
  }
}
function optional(o, k, check) {
  if (o[k] !== void 0 && o[k] !== null) check(o[k]);
}
var present = (o, k) => o[k] !== void 0 && o[k] !== null;
var caCertificates = /* @__PURE__ */ new WeakMap();
function trustedCaCertificates(root) {
  let known = caCertificates.get(root);
  if (!known) {
    known = new Set(
      root.certificateAuthorities.flatMap(
        (ca) => ca.certChain?.certificates.map((c) => Buffer.from(c.rawBytes).toString("base64")) ?? []
      )
    );
    caCertificates.set(root, known);
  }
  return known;
}
function checkBundleShape(json, source, root) {
  const top = obj(json, "the bundle", source, [
    "mediaType",
    "verificationMaterial",
    "dsseEnvelope",
    "messageSignature"
  ]);
  if (!MEDIA_TYPES.includes(str(top.mediaType, "mediaType", source)))
    bad(source, `mediaType ${JSON.stringify(String(top.mediaType).slice(0, 80))} is not a Sigstore bundle v0.1-v0.3`);
  const contents = ["dsseEnvelope", "messageSignature"].filter((k) => present(top, k));
  if (contents.length !== 1)
    bad(
      source,
      `the bundle must carry exactly one of dsseEnvelope and messageSignature (found ${contents.length ? contents.join(" and ") : "neither"})`
    );
  if (present(top, "dsseEnvelope")) {
    const env = obj(top.dsseEnvelope, "dsseEnvelope", source, ["payload", "payloadType", "signatures"]);
    b64(env.payload, "dsseEnvelope.payload", source);
    str(env.payloadType, "dsseEnvelope.payloadType", source);
    arr(env.signatures, "dsseEnvelope.signatures", source).forEach((s, i) => {
      const sig = obj(s, `dsseEnvelope.signatures[${i}]`, source, ["sig", "keyid"]);
      b64(sig.sig, `dsseEnvelope.signatures[${i}].sig`, source);
      optional(sig, "keyid", (v) => str(v, `dsseEnvelope.signatures[${i}].keyid`, source));
    });
  } else {
    const ms = obj(top.messageSignature, "messageSignature", source, ["messageDigest", "signature"]);
    b64(ms.signature, "messageSignature.signature", source);
    optional(ms, "messageDigest", (v) => {
      const md = obj(v, "messageSignature.messageDigest", source, ["algorithm", "digest"]);
      str(md.algorithm, "messageSignature.messageDigest.algorithm", source);
      b64(md.digest, "messageSignature.messageDigest.digest", source);
    });
  }
  const vm = obj(top.verificationMaterial, "verificationMaterial", source, [
    "publicKey",
    "x509CertificateChain",
    "certificate",
    "tlogEntries",
    "timestampVerificationData"
  ]);
  const material = ["publicKey", "x509CertificateChain", "certificate"].filter((k) => present(vm, k));
  if (material.length !== 1) {
    bad(
      source,
      `verificationMaterial must carry exactly one of publicKey, x509CertificateChain and certificate (found ${material.length ? material.join(" and ") : "none"}): the signing material is ambiguous`
    );
  }
  if (present(vm, "publicKey")) {
    const pk = obj(vm.publicKey, "verificationMaterial.publicKey", source, ["hint"]);
    optional(pk, "hint", (v) => str(v, "verificationMaterial.publicKey.hint", source));
  }
  if (present(vm, "certificate"))
    b64(
      obj(vm.certificate, "verificationMaterial.certificate", source, ["rawBytes"]).rawBytes,
      "verificationMaterial.certificate.rawBytes",
      source
    );
  if (present(vm, "x509CertificateChain")) {
    const chain = arr(
      obj(vm.x509CertificateChain, "verificationMaterial.x509CertificateChain", source, ["certificates"]).certificates,
      "verificationMaterial.x509CertificateChain.certificates",
      source
    );
    if (!chain.length) bad(source, "verificationMaterial.x509CertificateChain has no certificate");
    const trusted = trustedCaCertificates(root);
    chain.forEach((c, i) => {
      const raw = obj(c, `verificationMaterial.x509CertificateChain.certificates[${i}]`, source, ["rawBytes"]).rawBytes;
      b64(raw, `verificationMaterial.x509CertificateChain.certificates[${i}].rawBytes`, source);
      if (i > 0 && !trusted.has(raw))
        bad(
          source,
          `verificationMaterial.x509CertificateChain.certificates[${i}] is not a certificate of the trusted root`
        );
    });
  }
  optional(
    vm,
    "tlogEntries",
    (v) => arr(v, "verificationMaterial.tlogEntries", source).forEach((e, i) => {
      const p = `tlogEntries[${i}]`;
      const t = obj(e, p, source, [
        "logIndex",
        "logId",
        "kindVersion",
        "integratedTime",
        "inclusionPromise",
        "inclusionProof",
        "canonicalizedBody"
      ]);
      b64(obj(t.logId, `${p}.logId`, source, ["keyId"]).keyId, `${p}.logId.keyId`, source);
      const kv = obj(t.kindVersion, `${p}.kindVersion`, source, ["kind", "version"]);
      str(kv.kind, `${p}.kindVersion.kind`, source);
      str(kv.version, `${p}.kindVersion.version`, source);
      b64(t.canonicalizedBody, `${p}.canonicalizedBody`, source);
      optional(
        t,
        "inclusionPromise",
        (x) => b64(
          obj(x, `${p}.inclusionPromise`, source, ["signedEntryTimestamp"]).signedEntryTimestamp,
          `${p}.inclusionPromise.signedEntryTimestamp`,
          source
        )
      );
      optional(t, "inclusionProof", (x) => {
        const pr = obj(x, `${p}.inclusionProof`, source, ["logIndex", "rootHash", "treeSize", "hashes", "checkpoint"]);
        b64(pr.rootHash, `${p}.inclusionProof.rootHash`, source);
        optional(
          pr,
          "hashes",
          (hs) => arr(hs, `${p}.inclusionProof.hashes`, source).forEach((h, j) => {
            b64(h, `${p}.inclusionProof.hashes[${j}]`, source);
          })
        );
        str(
          obj(pr.checkpoint, `${p}.inclusionProof.checkpoint`, source, ["envelope"]).envelope,
          `${p}.inclusionProof.checkpoint.envelope`,
          source
        );
      });
    })
  );
  optional(vm, "timestampVerificationData", (v) => {
    const tvd = obj(v, "verificationMaterial.timestampVerificationData", source, ["rfc3161Timestamps"]);
    optional(
      tvd,
      "rfc3161Timestamps",
      (x) => arr(x, "timestampVerificationData.rfc3161Timestamps", source).forEach((t, i) => {
        b64(
          obj(t, `rfc3161Timestamps[${i}]`, source, ["signedTimestamp"]).signedTimestamp,
          `rfc3161Timestamps[${i}].signedTimestamp`,
          source
        );
      })
    );
  });
  return material[0];
}
function checkInclusionProofs(json, source) {
  const entries = json.verificationMaterial?.tlogEntries ?? [];
  entries.forEach((e, i) => {
    const pr = e.inclusionProof;
    if (!pr) return;
    const note = String(pr.checkpoint.envelope).split("\n\n")[0].split("\n");
    const size = note[1];
    const hash = note[2];
    if (!size || !/^\d+$/.test(size) || !hash)
      throw new ProvenantError(
        "TLOG_INVALID",
        `${source}: tlogEntries[${i}]: the checkpoint is not a log checkpoint (origin, size, root hash)`
      );
    if (String(pr.treeSize) !== size)
      throw new ProvenantError(
        "TLOG_INVALID",
        `${source}: tlogEntries[${i}]: inclusion proof tree size ${String(pr.treeSize).slice(0, 24)} is not the signed checkpoint's ${size}`
      );
    if (!Buffer.from(hash, "base64").equals(Buffer.from(pr.rootHash, "base64")))
      throw new ProvenantError(
        "TLOG_INVALID",
        `${source}: tlogEntries[${i}]: inclusion proof root hash is not the signed checkpoint's`
      );
    if (!e.inclusionPromise) {
      if (String(e.logIndex ?? "0") !== String(pr.logIndex ?? "0"))
        throw new ProvenantError(
          "TLOG_INVALID",
          `${source}: tlogEntries[${i}]: logIndex ${String(e.logIndex).slice(0, 24)} is not the inclusion proof's ${String(pr.logIndex).slice(0, 24)}`
        );
      if (e.integratedTime !== void 0 && e.integratedTime !== null && String(e.integratedTime) !== "0")
        throw new ProvenantError(
          "TLOG_INVALID",
          `${source}: tlogEntries[${i}]: an integratedTime without a signed inclusion promise`
        );
    }
  });
}
var DER_GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d*[1-9]))?Z$/;
function parseDerGeneralizedTime(text) {
  const m = DER_GENERALIZED_TIME.exec(text);
  if (!m) return void 0;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms));
  const fields = [
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds()
  ];
  return fields.every((v, i) => v === [y, mo, d, h, mi, sec][i]) ? t : void 0;
}
function rfc3161GenTime(ts, what) {
  let field;
  try {
    field = ts.tstInfo.root.subs[4];
  } catch {
    field = void 0;
  }
  if (!field?.tag.isUniversal() || field.tag.number !== 24) {
    throw new ProvenantError("TIMESTAMP_INVALID", `${what}: the TSTInfo has no GeneralizedTime genTime`);
  }
  const text = field.value.toString("latin1");
  const t = parseDerGeneralizedTime(text);
  const form = "YYYYMMDDHHMMSS[.fraction without trailing zeros]Z";
  if (!t)
    throw new ProvenantError(
      "TIMESTAMP_INVALID",
      `${what}: genTime ${JSON.stringify(text.slice(0, 40))} is not a DER GeneralizedTime (${form})`
    );
  return t;
}
function withDerGenTimes(timestamps, source) {
  timestamps.forEach((t, i) => {
    if (t.$case !== "timestamp-authority") return;
    const ts = t.timestamp;
    const value = rfc3161GenTime(ts, `${source}: rfc3161Timestamps[${i}]`);
    Object.defineProperty(ts, "signingTime", { value, configurable: false, enumerable: true, writable: false });
  });
}
var OID_SIGNED_DATA = "1.2.840.113549.1.7.2";
var SHA2 = ["2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3"];
var ECDSA = ["1.2.840.10045.4.3.2", "1.2.840.10045.4.3.3", "1.2.840.10045.4.3.4"];
var tsaIdentities = /* @__PURE__ */ new WeakMap();
function tsaIdentity(root) {
  const known = tsaIdentities.get(root);
  if (known) return known;
  const certs = root.timestampAuthorities.flatMap((t) => t.certChain?.certificates ?? []).map((c) => Buffer.from(c.rawBytes));
  const sids = certs.flatMap((der) => {
    try {
      const tbs = import_core.ASN1Obj.parseBuffer(der).subs[0];
      const at = tbs.subs[0].tag.isContextSpecific(0) ? 1 : 0;
      const ski = import_core.X509Certificate.parse(der).extSubjectKeyID?.keyIdentifier;
      return [
        Buffer.concat([tbs.subs[at + 2].toDER(), tbs.subs[at].toDER()]),
        ...ski ? [Buffer.concat([Buffer.from([128]), ski])] : []
      ];
    } catch {
      return [];
    }
  });
  tsaIdentities.set(root, { certs, sids });
  return { certs, sids };
}
function checkTimestampStructure(json, source, root) {
  const list = json.verificationMaterial?.timestampVerificationData?.rfc3161Timestamps ?? [];
  if (!list.length) return;
  const { certs: tsaCerts, sids } = tsaIdentity(root);
  list.forEach((t, i) => {
    const der = Buffer.from(t.signedTimestamp, "base64");
    const fail2 = (why) => {
      throw new ProvenantError("TIMESTAMP_INVALID", `${source}: rfc3161Timestamps[${i}]: ${why}`);
    };
    const tag = (o, byte, what) => {
      if (!o || o.tag.toDER() !== byte) fail2(`${what} is not the ASN.1 type RFC 3161 gives it`);
      return o;
    };
    let asn;
    try {
      asn = import_core.ASN1Obj.parseBuffer(der);
    } catch (e) {
      throw fail2(`not DER (${e.message})`);
    }
    try {
      if (!asn.toDER().equals(der)) fail2("not canonical DER");
      const resp = tag(asn, 48, "TimeStampResp");
      if (resp.subs.length !== 2) fail2("TimeStampResp is not a status and a token");
      const status = tag(resp.subs[0], 48, "PKIStatusInfo");
      if (!tag(status.subs[0], 2, "PKIStatusInfo.status").toDER().equals(Buffer.from([2, 1, 0])))
        fail2("PKIStatus is not granted (0)");
      if (status.subs.length > 1) fail2("PKIStatusInfo carries a status string or failure info");
      const token = tag(resp.subs[1], 48, "TimeStampToken");
      if (token.subs.length !== 2 || tag(token.subs[0], 6, "contentType").toOID() !== OID_SIGNED_DATA)
        fail2("no SignedData time-stamp token");
      const explicit = tag(token.subs[1], 160, "ContentInfo.content");
      if (explicit.subs.length !== 1) fail2("ContentInfo.content is not one SignedData");
      const sd = tag(explicit.subs[0], 48, "SignedData");
      if (sd.subs.length < 4) fail2("SignedData lacks members");
      const version = tag(sd.subs[0], 2, "SignedData.version").toDER();
      if (!version.equals(Buffer.from([2, 1, 3])) && !version.equals(Buffer.from([2, 1, 1])))
        fail2("SignedData.version is not 1 or 3");
      const declared = tag(sd.subs[1], 49, "SignedData.digestAlgorithms").subs.map((a) => {
        tag(a, 48, "a digestAlgorithms entry");
        if (a.subs.length > 2 || a.subs[1] && a.subs[1].tag.toDER() !== 5)
          fail2("a digestAlgorithms entry carries parameters");
        return tag(a.subs[0], 6, "a digest algorithm").toOID();
      });
      const eci = tag(sd.subs[2], 48, "encapContentInfo");
      if (eci.subs.length !== 2) fail2("encapContentInfo is not a type and a content");
      tag(eci.subs[0], 6, "eContentType");
      const eContent = tag(eci.subs[1], 160, "eContent");
      if (eContent.subs.length !== 1) fail2("eContent is not one TSTInfo");
      tag(eContent.subs[0], 4, "eContent");
      for (const extra of sd.subs.slice(3, -1)) {
        tag(extra, 160, "SignedData.certificates (no CRLs)");
        for (const c of extra.subs) {
          const cder = tag(c, 48, "an embedded certificate").toDER();
          if (!tsaCerts.some((x) => x.equals(cder)))
            fail2("an embedded certificate is not one the trusted root lists for a timestamp authority");
        }
      }
      const infos = tag(sd.subs[sd.subs.length - 1], 49, "SignedData.signerInfos");
      if (infos.subs.length !== 1) fail2(`${infos.subs.length} SignerInfos (exactly one expected)`);
      const si = tag(infos.subs[0], 48, "SignerInfo");
      if (si.subs.length !== 6)
        fail2("SignerInfo is not version, sid, digest algorithm, signed attributes, signature algorithm and signature");
      const sid = si.subs[1];
      const byKeyId = sid.tag.toDER() === 128;
      if (!byKeyId) tag(sid, 48, "SignerInfo.sid");
      if (!tag(si.subs[0], 2, "SignerInfo.version").toDER().equals(Buffer.from([2, 1, byKeyId ? 3 : 1])))
        fail2("SignerInfo.version does not match its sid");
      const named = byKeyId ? sid.toDER() : sid.subs.length === 2 ? Buffer.concat([sid.subs[0].toDER(), tag(sid.subs[1], 2, "the sid serial number").toDER()]) : void 0;
      if (!named || !sids.some((x) => x.equals(named)))
        fail2("SignerInfo.sid names no timestamp authority certificate of the trusted root");
      tag(si.subs[2], 48, "SignerInfo.digestAlgorithm");
      tag(si.subs[3], 160, "SignerInfo.signedAttrs");
      tag(si.subs[4], 48, "SignerInfo.signatureAlgorithm");
      tag(si.subs[5], 4, "SignerInfo.signature");
      const digestAlg = tag(si.subs[2].subs[0], 6, "the SignerInfo digest algorithm").toOID();
      const sigAlg = tag(si.subs[4].subs[0], 6, "the SignerInfo signature algorithm").toOID();
      if (si.subs[2].subs.length > 2 || si.subs[2].subs[1] && si.subs[2].subs[1].tag.toDER() !== 5)
        fail2("the SignerInfo digest algorithm carries parameters");
      if (!SHA2.includes(digestAlg)) fail2(`SignerInfo digest algorithm ${digestAlg} is not SHA-2`);
      if (!declared.includes(digestAlg) || declared.some((d) => !SHA2.includes(d)))
        fail2(`SignedData.digestAlgorithms (${declared.join(", ")}) do not declare the SignerInfo's ${digestAlg}`);
      if (!ECDSA.includes(sigAlg) || si.subs[4].subs.length !== 1)
        fail2(`SignerInfo signature algorithm ${sigAlg} is not ECDSA with SHA-2`);
      rfc3161GenTime(new import_core.RFC3161Timestamp(asn), `${source}: rfc3161Timestamps[${i}]`);
    } catch (e) {
      if (e instanceof ProvenantError) throw e;
      fail2(`malformed (${e.message})`);
    }
  });
}
function checkLogKeyWindows(json, source, root, now = /* @__PURE__ */ new Date()) {
  const vm = json.verificationMaterial ?? {};
  const entries = vm.tlogEntries ?? [];
  const proofOnly = entries.filter((e) => e?.inclusionProof && !e.inclusionPromise);
  if (!proofOnly.length) return;
  const times = [];
  for (const t of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
    try {
      times.push(
        rfc3161GenTime(import_core.RFC3161Timestamp.parse(Buffer.from(t.signedTimestamp, "base64")), source)
      );
    } catch {
    }
  }
  if (!times.length) times.push(now);
  proofOnly.forEach((e) => {
    const id = Buffer.from(String(e.logId?.keyId ?? ""), "base64");
    const logs = root.tlogs.filter((l) => l.logId && Buffer.from(l.logId.keyId).equals(id));
    if (!logs.length) return;
    const valid = logs.some((l) => {
      const vf = l.publicKey?.validFor;
      return times.every((t) => (!vf?.start || t >= vf.start) && (!vf?.end || t <= vf.end));
    });
    if (!valid)
      throw new ProvenantError(
        "TLOG_INVALID",
        `${source}: the transparency log key of entry ${String(e.logIndex ?? "?").slice(0, 24)} is not valid at ${times.map((t) => t.toISOString()).join(", ")}` + (vm.timestampVerificationData?.rfc3161Timestamps?.length ? " (the timestamp)" : " (now: the entry carries no signed time)")
      );
  });
}
function checkpointOrigins(json) {
  const names = /* @__PURE__ */ new Map();
  const entries = json.verificationMaterial?.tlogEntries ?? [];
  for (const e of entries) {
    const env = e?.inclusionProof?.checkpoint?.envelope;
    const logId = e?.logId?.keyId;
    if (typeof env !== "string" || typeof logId !== "string") continue;
    const sep = env.indexOf("\n\n");
    if (sep < 0) continue;
    const origin = env.slice(0, sep).split("\n")[0];
    const logName = origin.split(" - ")[0];
    for (const m of env.slice(sep + 2).matchAll(/\u2014 (\S+) (\S+)\n/g)) {
      if (m[1] && (m[1] === logName || m[1] === origin)) {
        const key = Buffer.from(logId, "base64").toString("base64");
        names.set(key, (names.get(key) ?? /* @__PURE__ */ new Set()).add(m[1]));
      }
    }
  }
  return names;
}
function applyOrigins(material, names) {
  if (!names.size) return material;
  const tlogs = material.tlogs.map((t) => {
    const extra = [...names.get(t.logID.toString("base64")) ?? []].filter((n) => !t.baseURL.includes(n));
    return extra.length ? { ...t, baseURL: [t.baseURL, ...extra].join(" ") } : t;
  });
  return { ...material, tlogs };
}

// src/verify/signature.ts
var INT64 = /^(0|[1-9]\d{0,18})$/;
function checkInt64Fields(json, source) {
  const entries = json.verificationMaterial?.tlogEntries;
  if (entries === void 0) return;
  if (!Array.isArray(entries)) throw new ProvenantError("BUNDLE_INVALID", `${source}: tlogEntries is not an array`);
  entries.forEach((e, i) => {
    const check = (v, name) => {
      if (v === void 0) return;
      const s = typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? String(v) : v;
      if (typeof s !== "string" || !INT64.test(s) || BigInt(s) > 9223372036854775807n) {
        throw new ProvenantError(
          "BUNDLE_INVALID",
          `${source}: tlogEntries[${i}].${name} is not a valid int64 (${String(v).slice(0, 40)})`
        );
      }
    };
    check(e?.logIndex, "logIndex");
    check(e?.integratedTime, "integratedTime");
    check(e?.inclusionProof?.logIndex, "inclusionProof.logIndex");
    check(e?.inclusionProof?.treeSize, "inclusionProof.treeSize");
  });
}
function strictCertificate(der, root, source) {
  let cert;
  try {
    cert = new NodeX509(der);
  } catch (e) {
    throw new ProvenantError(
      "CERTIFICATE_INVALID",
      `${source}: the signing certificate is not valid DER (${e.message})`
    );
  }
  if (!cert.raw.equals(der))
    throw new ProvenantError("CERTIFICATE_INVALID", `${source}: the signing certificate is not in canonical DER`);
  let same = false;
  try {
    const tbs = root.subs[0];
    const inner = tbs.subs[tbs.subs[0].tag.isContextSpecific(0) ? 2 : 1];
    same = !!inner && inner.toDER().equals(root.subs[1].toDER());
  } catch {
    same = false;
  }
  if (!same)
    throw new ProvenantError(
      "CERTIFICATE_INVALID",
      `${source}: the signing certificate's signatureAlgorithm differs from the one it signed`
    );
}
var keyMaterials = /* @__PURE__ */ new WeakMap();
function keyMaterial(trust, k) {
  let byKey = keyMaterials.get(trust);
  if (!byKey) keyMaterials.set(trust, byKey = /* @__PURE__ */ new Map());
  let m = byKey.get(k);
  if (!m) {
    m = (0, import_verify.toTrustMaterial)(trust.root, () => ({
      publicKey: k.info.key,
      validFor: (d) => keyValidAt(k, d)
    }));
    byKey.set(k, m);
  }
  return m;
}
function checkSignature(att, trust, policy, checks, artifact, digest) {
  if (att.kind === "statement") {
    if (policy.allowUnsigned) {
      checks.push({ code: "signature", ok: true, detail: "unsigned Statement, accepted by --allow-unsigned" });
      return { payload: att.raw, payloadType: "application/vnd.in-toto+json", signer: { kind: "none" } };
    }
    checks.push({
      code: "signature",
      ok: false,
      detail: "[SIGNATURE_MISSING] the Statement is not signed (use --allow-unsigned to accept SLSA Build L1 unsigned provenance)"
    });
    return void 0;
  }
  if (att.kind === "metablock") {
    try {
      const m = parseMetadata(att.raw, att.source);
      if (!trust.keys.length)
        throw new ProvenantError("KEY_UNTRUSTED", `${att.source}: in-toto metadata needs --key to verify it`);
      const k = trust.keys.find((x) => verifyMetadataSignature(m, x.info, []));
      if (!k)
        throw new ProvenantError(
          "SIGNATURE_INVALID",
          `${att.source}: no signature verifies with the trusted key(s) (${m.signatures.length} signature(s) present)`
        );
      keyValidNow([k], att.source);
      checks.push({
        code: "signature",
        ok: true,
        detail: `in-toto metadata signed by trusted key ${k.ids[0].slice(0, 16)}`
      });
      return {
        payload: Buffer.from(JSON.stringify(m.signed)),
        payloadType: "application/vnd.in-toto+json",
        signer: { kind: "key", keyid: k.ids[0] }
      };
    } catch (e) {
      fail(checks, "signature", e, "SIGNATURE_INVALID");
      return void 0;
    }
  }
  if (att.kind === "gcb") {
    try {
      if (!trust.keys.length)
        throw new ProvenantError(
          "KEY_UNTRUSTED",
          `${att.source}: Cloud Build provenance needs its attestor keys: --key DIR of <name>.key.pem files`
        );
      const v = verifyGcbEntry(att.json, trust.keys, att.source, trust.gcbAttestorKeys);
      keyValidNow([v.key], att.source);
      checks.push({
        code: "signature",
        ok: true,
        detail: `DSSE signature by Cloud Build attestor key '${v.keyName}' (${v.keyid})`
      });
      return {
        payload: v.payload,
        payloadType: v.payloadType,
        signer: { kind: "key", keyid: v.keyid, hostedBuilder: "google-cloud-build" }
      };
    } catch (e) {
      fail(checks, "signature", e, "SIGNATURE_INVALID");
      return void 0;
    }
  }
  if (att.kind === "envelope") {
    try {
      const env = parseEnvelope(att.json, att.source);
      const verifiers = trust.keys.map((k) => ({
        keyid: k.info.keyid,
        verify: (d, s) => verifyBytes(k.info, d, s)
      }));
      const keyless = keylessEnvelope(att.json);
      if (!verifiers.length && keyless) throw new ProvenantError("TLOG_INVALID", `${att.source}: ${keyless.reason}`);
      if (!verifiers.length)
        throw new ProvenantError("KEY_UNTRUSTED", `${att.source}: a bare DSSE envelope needs --key to verify it`);
      let v;
      try {
        v = verifyEnvelope(env, verifiers, 1, att.source);
      } catch (e) {
        if (keyless?.withCert && e instanceof ProvenantError && e.code === "SIGNATURE_INVALID")
          throw new ProvenantError("TLOG_INVALID", `${att.source}: no --key verifies it; ${keyless.reason}`);
        throw e;
      }
      keyValidNow(
        trust.keys.filter((k) => k.info.keyid === v.keyids[0]),
        att.source
      );
      checks.push({ code: "signature", ok: true, detail: `DSSE signature by trusted key ${v.keyids.join(", ")}` });
      return { payload: v.payload, payloadType: v.payloadType, signer: { kind: "key", keyid: v.keyids[0] } };
    } catch (e) {
      fail(checks, "signature", e, "SIGNATURE_INVALID");
      return void 0;
    }
  }
  let bundle;
  try {
    const material = checkBundleShape(att.json, att.source, trust.root);
    const sigs = att.json.dsseEnvelope?.signatures ?? [];
    if (material !== "publicKey" && sigs.some((x) => x.keyid))
      throw new ProvenantError(
        "BUNDLE_INVALID",
        `${att.source}: a certificate-signed DSSE envelope carries a keyid (nothing verifies it)`
      );
    checkInt64Fields(att.json, att.source);
    bundle = (0, import_bundle.bundleFromJSON)(att.json);
  } catch (e) {
    fail(
      checks,
      "signature",
      e instanceof ProvenantError ? e : new ProvenantError("BUNDLE_INVALID", `${att.source}: ${e.message}`),
      "BUNDLE_INVALID"
    );
    return void 0;
  }
  try {
    const content = bundle.content;
    if (content.$case === "dsseEnvelope" && content.dsseEnvelope.signatures.length !== 1) {
      throw new ProvenantError(
        "BUNDLE_INVALID",
        `${att.source}: a bundle's DSSE envelope must carry exactly one signature, found ${content.dsseEnvelope.signatures.length}`
      );
    }
    const prehash = content.$case === "messageSignature" && !artifact ? givenMessageDigest(content.messageSignature, digest, att.source) : void 0;
    checkInclusionProofs(att.json, att.source);
    checkTimestampStructure(att.json, att.source, trust.root);
    checkLogKeyWindows(att.json, att.source, trust.root);
    const vm = bundle.verificationMaterial;
    const keyBased = vm.content.$case === "publicKey";
    const tlogs = vm.tlogEntries?.length ?? 0;
    const tsas = vm.timestampVerificationData?.rfc3161Timestamps?.length ?? 0;
    const trustedTime = tsas > 0 || (vm.tlogEntries ?? []).some((e) => !!e.inclusionPromise);
    const rootHasTlog = trust.root.tlogs.length > 0;
    const needTlog = !keyBased && rootHasTlog && !policy.insecureIgnoreTlog;
    if (needTlog && tlogs === 0) {
      throw new ProvenantError(
        "TLOG_INVALID",
        `${att.source}: the trusted root lists transparency logs, and the bundle has no log entry (--insecure-ignore-tlog accepts a timestamp alone)`
      );
    }
    if (!keyBased && !needTlog && tsas === 0 && !(policy.insecureIgnoreTlog && trustedTime)) {
      throw new ProvenantError(
        "TIMESTAMP_INVALID",
        `${att.source}: ${rootHasTlog ? "with --insecure-ignore-tlog" : "the trusted root lists no transparency log:"} a verified RFC 3161 timestamp is required, the bundle has none`
      );
    }
    const options = keyBased ? { tlogThreshold: Math.min(1, tlogs), ctlogThreshold: 0, timestampThreshold: 0 } : {
      tlogThreshold: needTlog ? 1 : 0,
      ctlogThreshold: trust.root.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1
    };
    if (prehash && tlogs === 0) {
      const why = "is proven by its transparency-log entry, and the bundle has none: give the artifact file";
      throw new ProvenantError(
        "TLOG_INVALID",
        `${att.source}: a message signature checked against a digest alone (no artifact) ${why}`
      );
    }
    const unsupported = prehash ? (vm.tlogEntries ?? []).find((e) => !isV1Record(e)) : void 0;
    if (unsupported) {
      const kv = `${String(unsupported.kindVersion?.kind).slice(0, 20)} ${String(unsupported.kindVersion?.version).slice(0, 20)}`;
      const why = `is proven by a Rekor v1 hashedrekord 0.0.1 entry; this bundle's is ${kv}: give the artifact file`;
      throw new ProvenantError(
        "TLOG_INVALID",
        `${att.source}: a message signature checked against a digest alone ${why}`
      );
    }
    const signed = (0, import_verify.toSignedEntity)(
      bundle,
      content.$case === "messageSignature" ? artifact ?? Buffer.alloc(0) : void 0
    );
    withDerGenTimes(signed.timestamps, att.source);
    const entity = prehash ? { ...signed, signature: loggedDigestSignature(signed.signature, signed.tlogEntries, prehash) } : signed;
    const hintOf = vm.content.$case === "publicKey" ? vm.content.publicKey.hint : "";
    if (keyBased) {
      if (!trust.keys.length)
        throw new ProvenantError(
          "KEY_UNTRUSTED",
          `${att.source}: key-signed bundle (hint '${hintOf}') but no --key given`
        );
      const ordered = [
        ...trust.keys.filter((k) => k.ids.includes(hintOf)),
        ...trust.keys.filter((k) => !k.ids.includes(hintOf))
      ];
      let lastErr;
      let used;
      const origins2 = checkpointOrigins(att.json);
      for (const k of ordered) {
        const material = keyMaterial(trust, k);
        try {
          new import_verify.Verifier(applyOrigins(material, origins2), options).verify(entity);
          used = k;
          break;
        } catch (e) {
          lastErr = e;
        }
      }
      if (!used) throw lastErr;
      if (!trustedTime) keyValidNow([used], att.source);
      checks.push({
        code: "signature",
        ok: true,
        detail: `signed by trusted key ${used.ids[0]}${hintOf && !used.ids.includes(hintOf) ? ` (hint '${hintOf}')` : ""}${prehash ? `; the signature over ${prehash.label} is proven by its log entry (prehash)` : ""}`
      });
      const signer2 = { kind: "key", keyid: used.ids.includes(hintOf) ? hintOf : used.ids[0] };
      if (content.$case === "dsseEnvelope")
        return { payload: content.dsseEnvelope.payload, payloadType: content.dsseEnvelope.payloadType, signer: signer2 };
      return { signer: signer2, messageDigestOnly: true, prehash: prehash?.label };
    }
    const origins = checkpointOrigins(att.json);
    const verified = new import_verify.Verifier(applyOrigins(trust.material, origins), options).verify(entity);
    if (entity.key.$case !== "certificate")
      throw new ProvenantError("CERTIFICATE_INVALID", `${att.source}: no signing certificate`);
    const cert = entity.key.certificate;
    const der = cert.root.toDER();
    const certKey = createPublicKey({ key: cert.publicKey, format: "der", type: "spki" });
    if (!certKey.equals(verified.key))
      throw new ProvenantError(
        "CERTIFICATE_INVALID",
        `${att.source}: the verified key is not the signing certificate's`
      );
    strictCertificate(der, cert.root, att.source);
    const raw = vm.content.$case === "x509CertificateChain" ? vm.content.x509CertificateChain.certificates[0]?.rawBytes : vm.content.$case === "certificate" ? vm.content.certificate.rawBytes : void 0;
    const identity = fulcioIdentity(raw && der.equals(raw) ? cert : der);
    const libSan = verified.identity?.subjectAlternativeName;
    if (libSan !== void 0 && identity.san !== libSan)
      throw new ProvenantError(
        "CERTIFICATE_INVALID",
        `${att.source}: the certificate's identity differs from the verified signer's`
      );
    const how = needTlog ? "transparency log" : tlogs ? "timestamp (log entry verified, not required: --insecure-ignore-tlog)" : policy.insecureIgnoreTlog ? "timestamp (no log entry: --insecure-ignore-tlog)" : "timestamp";
    const over = prehash ? `; the signature over ${prehash.label} is proven by its log entry (prehash)` : "";
    checks.push({
      code: "signature",
      ok: true,
      detail: `signed by ${identity.san ?? "(no SAN)"} (issuer ${identity.issuer ?? "unknown"}); chain, ${how} and SCT verified${over}`
    });
    const signer = { kind: "certificate", identity };
    if (content.$case === "dsseEnvelope")
      return { payload: content.dsseEnvelope.payload, payloadType: content.dsseEnvelope.payloadType, signer };
    return { signer, messageDigestOnly: true, prehash: prehash?.label };
  } catch (e) {
    fail(checks, "signature", e instanceof ProvenantError ? e : sigstoreError(e, att.source), "SIGNATURE_INVALID");
    return void 0;
  }
}
function keylessEnvelope(json) {
  const sigs = Array.isArray(json.signatures) ? json.signatures : [];
  const member = (s, k) => s && typeof s === "object" ? s[k] : void 0;
  const withCert = sigs.some((s) => typeof member(s, "cert") === "string" && member(s, "cert").length > 0);
  const noKeyId = sigs.length > 0 && sigs.every((s) => !!s && typeof s === "object" && !member(s, "keyid"));
  if (!withCert && !noKeyId) return void 0;
  const reason = `a keyless DSSE envelope (${withCert ? "a certificate in signatures[].cert" : "no key id"}, no log entry: slsa-github-generator v1 .intoto.jsonl) needs the Rekor entry: give a bundle (a Sigstore bundle carries the certificate and the log entry; slsa-github-generator v2 writes one) or --key for a key-signed envelope`;
  return { withCert, reason };
}
var MESSAGE_DIGEST_ALGS = {
  [import_protobuf_specs.HashAlgorithm.SHA2_256]: "sha256",
  [import_protobuf_specs.HashAlgorithm.SHA2_384]: "sha384",
  [import_protobuf_specs.HashAlgorithm.SHA2_512]: "sha512"
};
function givenMessageDigest(ms, given, source) {
  const mismatch = (why) => {
    throw new ProvenantError("SUBJECT_MISMATCH", `${source}: ${why}`);
  };
  const md = ms.messageDigest;
  if (!md) return mismatch("the message signature carries no messageDigest: give the artifact file");
  const alg = MESSAGE_DIGEST_ALGS[md.algorithm];
  if (!alg)
    return mismatch(
      `the message signature's digest algorithm (${String(md.algorithm).slice(0, 20)}) is not SHA-2: give the artifact file`
    );
  const hex = given?.[alg];
  if (!hex) {
    const way = given && Object.keys(given).length ? ` or its ${alg} digest (${alg}:HEX)` : ` (or its digest, ${alg}:HEX)`;
    return mismatch(`a message-signature bundle signs the artifact itself: give the artifact file${way}`);
  }
  const want = Buffer.from(hex, "hex");
  if (!/^[0-9a-f]+$/i.test(hex) || !want.equals(Buffer.from(md.digest))) {
    mismatch(
      `the bundle's messageDigest ${alg}:${Buffer.from(md.digest).toString("hex")} is not the given ${alg}:${hex.toLowerCase()}`
    );
  }
  return { alg, digest: want, label: `${alg}:${hex.toLowerCase()}` };
}
function isV1Record(e) {
  return e.kindVersion?.kind === "hashedrekord" && e.kindVersion.version === "0.0.1";
}
function loggedDigestSignature(inner, entries, ph) {
  return {
    signature: inner.signature,
    compareSignature: (sig) => inner.compareSignature(sig),
    compareDigest: (d) => inner.compareDigest(d),
    compareSignedDigest: (d) => inner.compareDigest(d),
    verifySignature: (key) => {
      if (!entries.length) return false;
      return entries.every((e) => {
        try {
          if (!isV1Record(e)) return false;
          const body = JSON.parse(Buffer.from(e.canonicalizedBody).toString("utf8"));
          if (body.kind !== "hashedrekord" || body.apiVersion !== "0.0.1") return false;
          const hash = body.spec?.data?.hash;
          if (hash?.algorithm !== ph.alg || typeof hash.value !== "string") return false;
          if (!Buffer.from(hash.value, "hex").equals(ph.digest)) return false;
          if (!inner.compareSignature(Buffer.from(String(body.spec?.signature?.content ?? ""), "base64"))) return false;
          const pem = Buffer.from(String(body.spec?.signature?.publicKey?.content ?? ""), "base64").toString("utf8");
          return createPublicKey(pem).equals(key);
        } catch {
          return false;
        }
      });
    }
  };
}
function sigstoreError(e, source) {
  const err = e;
  const c = err.code ?? "";
  const code = c.startsWith("TLOG") ? "TLOG_INVALID" : c.startsWith("TIMESTAMP") ? "TIMESTAMP_INVALID" : c.startsWith("CERTIFICATE") ? "CERTIFICATE_INVALID" : c.startsWith("PUBLIC_KEY") ? "KEY_UNTRUSTED" : "SIGNATURE_INVALID";
  return new ProvenantError(code, `${source}: ${c ? `${c}: ` : ""}${err.message ?? String(e)}`);
}
function keyValidNow(entries, source) {
  if (!entries.length)
    throw new ProvenantError("KEY_UNTRUSTED", `${source}: the key that verified is not among the trusted keys`);
  const now = /* @__PURE__ */ new Date();
  if (entries.some((k2) => keyValidAt(k2, now))) return;
  const k = entries[0];
  throw new ProvenantError(
    "KEY_UNTRUSTED",
    `${source}: key ${k.ids[0]} is valid ${k.validFrom ? `from ${k.validFrom.toISOString()} ` : ""}${k.validUntil ? `until ${k.validUntil.toISOString()}` : ""}; the signature carries no trusted time (log entry or timestamp), and now (${now.toISOString()}) is outside that window`
  );
}

// src/verify/policy.ts
function normalizeRepo(uri) {
  return uri.trim().replace(/^git\+/, "").replace(/^[a-z]+:\/\//i, "").replace(/@.*$/, "").replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, "").toLowerCase();
}
function sourceRepoTarget(value) {
  const v = value.trim();
  if (/^(git\+)?[a-z][a-z0-9+.-]*:\/\//i.test(v)) return normalizeRepo(v);
  const segments = v.replace(/\/+$/, "").split("/").filter(Boolean);
  return normalizeRepo(segments.length === 2 ? `github.com/${v}` : v);
}
var SEMVER_TAG = /^refs\/tags\/v?(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$/;
function builderIdMatches(expected, actual) {
  if (expected === actual) return true;
  if (expected.endsWith("@")) {
    return actual.startsWith(expected) && SEMVER_TAG.test(actual.slice(expected.length));
  }
  if (!expected.includes("@")) {
    const at = actual.indexOf("@");
    return (at >= 0 ? actual.slice(0, at) : actual) === expected;
  }
  return false;
}
function versionedTagMatches(expected, ref) {
  if (!ref) return false;
  const m = SEMVER_TAG.exec(ref) ?? /^refs\/tags\/v(\d+)(?:\.(\d+))?()$/.exec(ref)?.map((x, i) => i > 0 && x === void 0 || x === "" ? "0" : x);
  if (!m) return false;
  const want = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(expected.trim());
  if (!want) throw new ProvenantError("USAGE", `--source-versioned-tag: '${expected}' is not vMAJOR[.MINOR[.PATCH]]`);
  for (let i = 1; i <= 3; i++) if (want[i] !== void 0 && Number(want[i]) !== Number(m[i])) return false;
  return true;
}
var IDENTITY_OPTIONS = "--cert-identity, --cert-identity-regex, --source-repo (or --repo), --owner, --signer-workflow, --signer-repo, --builder-id (a workflow), --source-uri";
function hasIdentityConstraint(p, id) {
  return !!(p.certIdentity || p.certIdentityRegex || p.sourceRepo || p.owner || p.signerWorkflow || p.signerRepo || p.builderId && /^https:\/\/[^/]+\/[^/]+\/[^/]+\/\.github\/workflows\//.test(p.builderId) || p.sourceUri && (!id || id.sourceRepositoryURI));
}
function signerWorkflowUri(value) {
  let v = value.trim().replace(/^https:\/\//, "");
  let ref;
  const at = v.indexOf("@");
  if (at >= 0) {
    ref = v.slice(at + 1);
    v = v.slice(0, at);
  }
  const segs = v.split("/");
  if (!/[.:]/.test(segs[0]) && segs[0] !== "localhost") segs.unshift("github.com");
  if (segs.length < 4 || segs.some((x) => !x))
    throw new ProvenantError("USAGE", `--signer-workflow: '${value}' is not [https://][HOST/]OWNER/REPO/PATH`);
  const [host, owner, repo, ...path] = segs;
  return { uri: `https://${host.toLowerCase()}/${owner.toLowerCase()}/${repo.toLowerCase()}/${path.join("/")}`, ref };
}
function signerWorkflowMatches(value, signerUri) {
  if (!signerUri) return false;
  const want = signerWorkflowUri(value);
  const at = signerUri.indexOf("@");
  const path = at >= 0 ? signerUri.slice(0, at) : signerUri;
  const m = /^https:\/\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/.exec(path);
  if (!m) return false;
  const got = `https://${m[1].toLowerCase()}/${m[2].toLowerCase()}/${m[3].toLowerCase()}/${m[4]}`;
  if (got !== want.uri) return false;
  return want.ref === void 0 || at >= 0 && signerUri.slice(at + 1) === want.ref;
}
var ISOLATED_BUILDERS = [
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_container-based_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_lowperms-generic_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_gradle_slsa3.yml@",
  "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_maven_slsa3.yml@"
];
function policyCap(policy, ids) {
  let cap;
  for (const id of ids) {
    if (!id) continue;
    let best;
    for (const [pattern, level] of Object.entries(policy.builderLevels ?? {}))
      if (builderIdMatches(pattern, id)) best = Math.max(best ?? 0, level);
    if (best !== void 0) cap = Math.min(cap ?? 3, best);
  }
  return cap;
}
function builderMaxLevel(builderId, policy) {
  let best;
  for (const [id, level] of Object.entries(policy.builderLevels ?? {})) {
    if (builderIdMatches(id, builderId)) best = Math.max(best ?? 0, level);
  }
  if (best !== void 0) return best;
  if (ISOLATED_BUILDERS.some((p) => builderIdMatches(p, builderId))) return 3;
  return void 0;
}

// src/verify/identity.ts
function checkIdentity(signer, policy, checks) {
  if (signer?.kind === "certificate" && policy.requireIdentity && !policy.insecureSkipIdentity && !hasIdentityConstraint(policy, signer.identity)) {
    checks.push({
      code: "identity",
      ok: false,
      detail: `[USAGE] the attestation is signed with a certificate and no identity is required: give one of ${IDENTITY_OPTIONS} (or --insecure-skip-identity to accept any signer)`
    });
    return;
  }
  const wants = policy.certIdentity || policy.certIdentityRegex || policy.certOidcIssuer || policy.signerWorkflow || policy.sourceRepo || policy.sourceRef || policy.denySelfHostedRunners || policy.owner;
  if (!wants) return;
  const id = signer?.identity;
  if (!id) {
    checks.push({
      code: "identity",
      ok: false,
      detail: "[IDENTITY_MISMATCH] certificate identity policy given, but the attestation is not signed with a certificate"
    });
    return;
  }
  const problems = [];
  if (policy.certIdentity && id.san !== policy.certIdentity)
    problems.push(`SAN '${id.san}' is not '${policy.certIdentity}'`);
  if (policy.certIdentityRegex) {
    let re;
    try {
      re = new RegExp(policy.certIdentityRegex);
    } catch {
      throw new ProvenantError("USAGE", `--cert-identity-regex: invalid regular expression`);
    }
    if (!id.san || !re.test(id.san)) problems.push(`SAN '${id.san}' does not match /${policy.certIdentityRegex}/`);
  }
  if (policy.certOidcIssuer && id.issuer !== policy.certOidcIssuer)
    problems.push(`issuer '${id.issuer}' is not '${policy.certOidcIssuer}'`);
  if (policy.signerWorkflow && !signerWorkflowMatches(policy.signerWorkflow, id.buildSignerURI ?? id.san)) {
    problems.push(
      `signer workflow '${id.buildSignerURI ?? id.san}' is not '${signerWorkflowUri(policy.signerWorkflow).uri}'`
    );
  }
  if (policy.sourceRepo && (!id.sourceRepositoryURI || normalizeRepo(id.sourceRepositoryURI) !== sourceRepoTarget(policy.sourceRepo))) {
    problems.push(`certificate source repository '${id.sourceRepositoryURI}' is not '${policy.sourceRepo}'`);
  }
  if (policy.owner) {
    const want = normalizeRepo(policy.owner.includes("/") ? policy.owner : `github.com/${policy.owner}`);
    const got = id.sourceRepositoryURI ? normalizeRepo(id.sourceRepositoryURI).split("/").slice(0, 2).join("/") : void 0;
    if (got !== want)
      problems.push(`certificate source repository '${id.sourceRepositoryURI}' is not owned by '${policy.owner}'`);
  }
  if (policy.sourceRef && id.sourceRepositoryRef !== policy.sourceRef)
    problems.push(`certificate source ref '${id.sourceRepositoryRef}' is not '${policy.sourceRef}'`);
  if (policy.denySelfHostedRunners && id.runnerEnvironment !== "github-hosted")
    problems.push(`runner environment '${id.runnerEnvironment ?? "unknown"}' is not github-hosted`);
  checks.push(
    problems.length ? { code: "identity", ok: false, detail: `[IDENTITY_MISMATCH] ${problems.join("; ")}` } : { code: "identity", ok: true, detail: `certificate identity ${id.san} matches the policy` }
  );
}
function checkPeerIdentity(signer, policy, checks) {
  if (!policy.signerRepo && !policy.certOidcIssuerRegex) return;
  const id = signer?.identity;
  if (!id) {
    checks.push({
      code: "identity-scope",
      ok: false,
      detail: "[IDENTITY_MISMATCH] signer repository/issuer policy given, but the attestation is not signed with a certificate"
    });
    return;
  }
  const problems = [];
  if (policy.signerRepo) {
    const want = sourceRepoTarget(policy.signerRepo);
    const got = normalizeRepo(id.buildSignerURI ?? id.san ?? "").split("/").slice(0, 3).join("/");
    if (got !== want) problems.push(`signer repository '${got || "unknown"}' is not '${policy.signerRepo}'`);
  }
  if (policy.certOidcIssuerRegex) {
    let re;
    try {
      re = new RegExp(policy.certOidcIssuerRegex);
    } catch {
      throw new ProvenantError("USAGE", `--cert-oidc-issuer-regex: invalid regular expression`);
    }
    if (!id.issuer || !re.test(id.issuer))
      problems.push(`issuer '${id.issuer}' does not match /${policy.certOidcIssuerRegex}/`);
  }
  checks.push(
    problems.length ? { code: "identity-scope", ok: false, detail: `[IDENTITY_MISMATCH] ${problems.join("; ")}` } : { code: "identity-scope", ok: true, detail: "certificate signer repository and issuer match the policy" }
  );
}

// src/verify/subject.ts
function digestsMatch(a, b) {
  return Object.keys(a).some((alg) => b[alg] !== void 0 && a[alg].toLowerCase() === b[alg].toLowerCase());
}
function checkSubject(st, artifact, policy, checks) {
  if (artifact) {
    const hit = st.subject.find((s) => s.digest && digestsMatch(artifact.digest, s.digest));
    checks.push(
      hit ? { code: "subject", ok: true, detail: `artifact matches subject '${hit.name ?? "_"}'` } : {
        code: "subject",
        ok: false,
        detail: `[SUBJECT_MISMATCH] artifact ${Object.entries(artifact.digest).map(([a, h]) => `${a}:${h}`).join(", ")} is not among the ${st.subject.length} subject(s)`
      }
    );
  } else if (policy.noSubjectCheck) {
    checks.push({ code: "subject", ok: true, detail: "not checked (--no-subject-check): level capped at 0" });
  } else {
    checks.push({
      code: "subject",
      ok: false,
      detail: "[SUBJECT_MISMATCH] no artifact given to match against the subjects"
    });
  }
}
function checkLinkProducts(body, artifact, policy, checks) {
  const hit = artifact && body._type === "link" ? Object.entries(body.products ?? {}).find(
    ([, d]) => d && typeof d === "object" && digestsMatch(artifact.digest, d)
  ) : void 0;
  checks.push(
    hit ? { code: "subject", ok: true, detail: `artifact matches the link's product '${hit[0]}'` } : policy.noSubjectCheck && !artifact ? { code: "subject", ok: true, detail: "not checked (--no-subject-check)" } : {
      code: "subject",
      ok: false,
      detail: `[SUBJECT_MISMATCH] ${artifact ? "the artifact is not among the link's products" : "no artifact given"}`
    }
  );
}

// src/verify/binding.ts
function checkBinding(claims, id, checks) {
  const problems = [];
  const signerUri = id.buildSignerURI ?? id.san;
  let builderBound = false;
  if (claims.builderId && signerUri && SLSA_DELEGATOR.test(signerUri)) {
    builderBound = true;
  } else if (claims.builderId && /\/\.github\/workflows\//.test(claims.builderId)) {
    if (claims.builderId !== signerUri)
      problems.push(`builder.id '${claims.builderId}' is not the certificate's build signer '${signerUri}'`);
    else builderBound = true;
  } else if (claims.builderId && /^https:\/\/github\.com\/actions\/runner(\/github-hosted)?$/.test(claims.builderId)) {
    builderBound = id.runnerEnvironment === "github-hosted";
  }
  if (id.sourceRepositoryURI && claims.sourceUri && normalizeRepo(id.sourceRepositoryURI) !== normalizeRepo(claims.sourceUri)) {
    problems.push(`source '${claims.sourceUri}' is not the certificate's repository '${id.sourceRepositoryURI}'`);
  }
  if (id.sourceRepositoryDigest && claims.sourceCommit && id.sourceRepositoryDigest.toLowerCase() !== claims.sourceCommit.toLowerCase()) {
    problems.push(`commit ${claims.sourceCommit} is not the certificate's ${id.sourceRepositoryDigest}`);
  }
  if (id.sourceRepositoryRef && claims.sourceRef?.startsWith("refs/") && claims.sourceRef !== id.sourceRepositoryRef) {
    problems.push(`ref '${claims.sourceRef}' is not the certificate's source ref '${id.sourceRepositoryRef}'`);
  }
  if (problems.length) {
    checks.push({ code: "binding", ok: false, detail: `[BINDING_MISMATCH] ${problems.join("; ")}` });
    return { bound: false, reason: problems.join("; ") };
  }
  if (!id.sourceRepositoryURI || !id.sourceRepositoryDigest) {
    checks.push({ code: "binding", ok: true, detail: "certificate carries no source extensions to bind" });
    return { bound: false, reason: "the certificate carries no source repository/commit extensions" };
  }
  checks.push({
    code: "binding",
    ok: true,
    detail: builderBound ? "builder.id, source repository and commit match the certificate" : "source repository and commit match the certificate"
  });
  return {
    bound: builderBound,
    reason: builderBound ? "" : `builder.id '${claims.builderId}' is not bound to the certificate's signer '${signerUri}'`
  };
}

// src/verify/provenance-policy.ts
function checkProvenancePolicy(claims, policy, checks, identity) {
  const need = (code, label, ok, detail) => checks.push(ok ? { code, ok: true, detail } : { code, ok: false, detail: `[POLICY_MISMATCH] ${label}: ${detail}` });
  const wants = policy.builderId || policy.sourceUri || policy.sourceBranch || policy.sourceTag || policy.sourceVersionedTag || policy.buildWorkflowInputs || policy.buildTypes || // (checked by checkMaterialDigests, on provenance only: without provenance nothing is checked, and that fails)
  policy.requireMaterialDigests;
  if (!wants) return;
  if (!claims) {
    checks.push({
      code: "provenance",
      ok: false,
      detail: "[PREDICATE_TYPE] provenance policy given, but the attestation is not SLSA provenance"
    });
    return;
  }
  if (policy.builderId) {
    const signer = identity && claims.builderId && !/\/\.github\/workflows\//.test(claims.builderId) ? identity.buildSignerURI ?? identity.san : void 0;
    const effective = claims.builderId === "https://github.com/actions/runner" && identity?.runnerEnvironment === "github-hosted" ? `${claims.builderId}/github-hosted` : claims.builderId;
    const byClaim = !!effective && (builderIdMatches(policy.builderId, effective) || builderIdMatches(policy.builderId, claims.builderId));
    const bySigner = !!signer && builderIdMatches(policy.builderId, signer);
    need(
      "builder-id",
      "builder id",
      byClaim || bySigner,
      `builder '${claims.builderId}'${signer ? ` (signed by ${signer})` : ""} ${byClaim || bySigner ? "matches" : "does not match"} '${policy.builderId}'`
    );
  }
  const certRepo = identity?.sourceRepositoryURI;
  const certRef = identity?.sourceRepositoryRef;
  if (policy.sourceUri) {
    const want = normalizeRepo(policy.sourceUri);
    const ok = !!claims.sourceUri && normalizeRepo(claims.sourceUri) === want && (!certRepo || normalizeRepo(certRepo) === want);
    need(
      "source-uri",
      "source",
      ok,
      `source '${claims.sourceUri}'${certRepo ? ` (certificate: '${certRepo}')` : ""} ${ok ? "matches" : "is not"} '${policy.sourceUri}'`
    );
  }
  const refs = (test) => test(claims.sourceRef) && (certRef === void 0 || test(certRef));
  const refText = `ref '${claims.sourceRef}'${certRef !== void 0 ? ` (certificate: '${certRef}')` : ""}`;
  if (policy.sourceBranch) {
    const ok = refs((r) => r === `refs/heads/${policy.sourceBranch}`);
    need("source-branch", "branch", ok, `${refText} ${ok ? "is" : "is not"} branch '${policy.sourceBranch}'`);
  }
  if (policy.sourceTag) {
    const ok = refs((r) => r === `refs/tags/${policy.sourceTag}`);
    need("source-tag", "tag", ok, `${refText} ${ok ? "is" : "is not"} tag '${policy.sourceTag}'`);
  }
  if (policy.sourceVersionedTag) {
    const ok = refs((r) => versionedTagMatches(policy.sourceVersionedTag, r));
    need(
      "source-versioned-tag",
      "versioned tag",
      ok,
      `${refText} ${ok ? "satisfies" : "does not satisfy"} '${policy.sourceVersionedTag}'`
    );
  }
  if (policy.buildWorkflowInputs) {
    const bad2 = Object.entries(policy.buildWorkflowInputs).filter(([k, v]) => String(claims.inputs?.[k]) !== v);
    need(
      "workflow-inputs",
      "workflow inputs",
      bad2.length === 0,
      bad2.length ? bad2.map(([k, v]) => `${k}='${claims.inputs?.[k] ?? ""}' (want '${v}')`).join(", ") : "all match"
    );
  }
  if (policy.buildTypes?.length) {
    const ok = !!claims.buildType && policy.buildTypes.includes(claims.buildType);
    need(
      "build-type",
      "buildType",
      ok,
      `buildType '${claims.buildType}' ${ok ? "is allowed" : "is not in the allowlist"}`
    );
  }
}
function checkMaterialDigests(claims, policy, checks) {
  if (!policy.requireMaterialDigests || !claims) return;
  const missing = claims.dependencies.filter((d) => !d.digest || Object.keys(d.digest).length === 0);
  const listed = missing.slice(0, 5).map((d) => d.uri).join(", ");
  checks.push(
    missing.length ? {
      code: "material-digests",
      ok: false,
      detail: `[MATERIAL_DIGEST_MISSING] ${missing.length} of ${claims.dependencies.length} resolved dependencies lack a digest: ${listed}`
    } : {
      code: "material-digests",
      ok: true,
      detail: `all ${claims.dependencies.length} resolved dependencies carry digests`
    }
  );
}

// src/verify/level.ts
function computeLevel(result, st, claims, sig, binding, policy, artifact) {
  const checks = result.checks;
  const allOk = checks.every((c) => c.ok);
  const subjectOk = checks.some((c) => c.code === "subject" && c.ok) && !!artifact;
  if (!claims) result.nextLevel.push(`L1: predicate ${st.predicateType} is not SLSA provenance`);
  else if (!allOk) result.nextLevel.push("L1: a check failed");
  else if (!subjectOk) result.nextLevel.push("L1: provenance not matched to an artifact");
  else {
    result.slsaLevel = 1;
    const id = sig.signer?.identity;
    const l2 = [];
    const gcb = sig.signer?.kind === "key" && sig.signer.hostedBuilder === "google-cloud-build";
    if (gcb) {
      if (!claims.builderId || !GCB_HOSTED_WORKER.test(claims.builderId))
        l2.push(`builder '${claims.builderId}' is not Cloud Build's hosted worker, whose attestor key signed it`);
    } else if (sig.signer?.kind !== "certificate" || !id)
      l2.push("not signed by a hosted builder identity (keyless certificate)");
    else {
      const issuer = id.issuer ?? "";
      if (issuer !== GITHUB_ISSUER && !issuer.startsWith(`${GITHUB_ISSUER}/`))
        l2.push(`issuer '${id.issuer}' is not GitHub Actions`);
      const san = id.san ?? "";
      const legacyBuilder = id.runnerEnvironment === void 0 && id.buildSignerURI === void 0 && ISOLATED_BUILDERS.some((b) => builderIdMatches(b, san));
      if (id.runnerEnvironment !== "github-hosted" && !legacyBuilder) {
        l2.push(`runner environment '${id.runnerEnvironment ?? "unknown"}' is not github-hosted`);
      }
      if (!binding?.bound) l2.push(binding?.reason || "builder.id is not bound to the certificate");
    }
    if (l2.length) result.nextLevel.push(...l2.map((r) => `L2: ${r}`));
    else {
      result.slsaLevel = 2;
      const signerUri = id?.buildSignerURI ?? id?.san ?? "";
      const max = SLSA_DELEGATOR.test(signerUri) ? policyCap(policy, [claims.builderId, signerUri]) ?? 3 : claims.builderId ? builderMaxLevel(claims.builderId, policy) : void 0;
      if (max !== void 0 && max >= 3) result.slsaLevel = 3;
      else result.nextLevel.push(`L3: builder '${claims.builderId}' is not on the isolated-builder list`);
      if (max !== void 0 && max < result.slsaLevel) result.slsaLevel = Math.max(1, max);
    }
  }
}
function finish(r, policy) {
  if (policy.predicateTypes?.length) {
    const ok = !!r.predicateType && policy.predicateTypes.includes(r.predicateType);
    const want = policy.predicateTypes.join(" or ");
    r.checks.push(
      ok ? { code: "predicate-type", ok: true, detail: `predicateType ${r.predicateType}` } : {
        code: "predicate-type",
        ok: false,
        detail: `[PREDICATE_TYPE] predicateType '${r.predicateType ?? "none"}' is not ${want}`
      }
    );
  }
  if (policy.minLevel !== void 0) {
    r.checks.push(
      r.slsaLevel >= policy.minLevel ? { code: "min-level", ok: true, detail: `SLSA Build L${r.slsaLevel} \u2265 L${policy.minLevel}` } : {
        code: "min-level",
        ok: false,
        detail: `[LEVEL_TOO_LOW] SLSA Build L${r.slsaLevel} < required L${policy.minLevel}`
      }
    );
  }
  r.verified = r.checks.length > 0 && r.checks.every((c) => c.ok) && r.checks.some((c) => c.code === "signature");
  const failed = r.checks.filter((c) => !c.ok && c.code !== "min-level");
  if (failed.length) r.slsaLevel = 0;
  if (r.slsaLevel === 0 && failed.length) {
    const why = `L1: failed check${failed.length > 1 ? "s" : ""} ${[...new Set(failed.map((c) => c.code))].join(", ")}`;
    r.nextLevel = [
      why,
      ...r.nextLevel.filter((n) => !n.startsWith("L1: a check failed") && !n.startsWith("L2") && !n.startsWith("L3"))
    ];
  }
  return r;
}

// src/verify/verify.ts
var INTOTO_TYPE = /^application\/vnd\.in-toto(\.[a-z0-9-]+)?\+json$/;
function verifyAttestation(att, trust, policy, artifact) {
  const checks = [];
  const result = { source: att.source, verified: false, slsaLevel: 0, nextLevel: [], checks };
  try {
    let data = artifact?.data;
    if (data === void 0 && artifact?.path && att.json?.messageSignature) {
      try {
        data = readRegularFileSync(artifact.path, {
          maxBytes: bufferConstants.MAX_LENGTH,
          what: "artifact (for its message signature)"
        });
      } catch (e) {
        fail(checks, "signature", e, "FILE_UNREADABLE");
        return finish(result, policy);
      }
    }
    const sig = checkSignature(att, trust, policy, checks, data, artifact?.digest);
    if (!sig) return finish(result, policy);
    result.signer = sig.signer;
    checkIdentity(sig.signer, policy, checks);
    checkPeerIdentity(sig.signer, policy, checks);
    if (sig.messageDigestOnly) {
      checks.push({
        code: "subject",
        ok: true,
        detail: sig.prehash ? `the signature covers the given digest ${sig.prehash} (message signature)` : "the signature covers the artifact bytes (message signature)"
      });
      checkProvenancePolicy(void 0, policy, checks);
      result.nextLevel = ["L1: no SLSA provenance (a plain signature)"];
      return finish(result, policy);
    }
    if (!sig.payloadType || !INTOTO_TYPE.test(sig.payloadType)) {
      if (policy.noSubjectCheck && !artifact) {
        checks.push({
          code: "payload",
          ok: true,
          detail: `payloadType '${sig.payloadType}' is not an in-toto Statement: signature only`
        });
        checkProvenancePolicy(void 0, policy, checks);
      } else
        checks.push({
          code: "payload",
          ok: false,
          detail: `[PAYLOAD_TYPE] payloadType '${sig.payloadType}' is not an in-toto Statement`
        });
      return finish(result, policy);
    }
    let legacy;
    try {
      legacy = JSON.parse(sig.payload.toString("utf8"));
    } catch {
      legacy = void 0;
    }
    if (legacy?._type === "link" || legacy?._type === "layout") {
      const body = legacy;
      checks.push({
        code: "schema",
        ok: true,
        detail: `in-toto ${body._type} metadata (verify the supply chain with --layout)`
      });
      checkLinkProducts(body, artifact, policy, checks);
      checkProvenancePolicy(void 0, policy, checks);
      return finish(result, policy);
    }
    let st;
    try {
      st = validateStatement(parseJsonStrict(sig.payload, `${att.source} payload`), `${att.source} payload`);
      checks.push({ code: "schema", ok: true, detail: `Statement and ${st.predicateType} predicate are schema-valid` });
    } catch (e) {
      fail(checks, "schema", e, "SCHEMA_INVALID");
      return finish(result, policy);
    }
    result.statement = st;
    result.predicateType = st.predicateType;
    checkSubject(st, artifact, policy, checks);
    const claims = provenanceClaims(st);
    result.builderId = claims?.builderId;
    if (claims)
      result.materials = {
        total: claims.dependencies.length,
        withDigest: claims.dependencies.filter((d) => d.digest && Object.keys(d.digest).length).length
      };
    result.sourceRepo = claims?.sourceUri;
    let binding;
    if (claims && sig.signer?.kind === "certificate" && sig.signer.identity)
      binding = checkBinding(claims, sig.signer.identity, checks);
    checkProvenancePolicy(claims, policy, checks, sig.signer?.identity);
    checkMaterialDigests(claims, policy, checks);
    checkSourceState(st, checks);
    computeLevel(result, st, claims, sig, binding, policy, artifact);
    return finish(result, policy);
  } catch (e) {
    fail(checks, "internal", e, "INTERNAL");
    result.verified = false;
    result.slsaLevel = 0;
    return result;
  }
}

// src/verify/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
var MIN_PARALLEL = 24;
var BATCH = 16;
function workerScript() {
  const here = import.meta.url;
  if (!here.startsWith("file:") || !/\.(m?js)$/.test(here)) return void 0;
  const path = join(dirname(fileURLToPath(here)), "verify-worker.js");
  return existsSync(path) ? path : void 0;
}
function threadCount(n) {
  const env = process.env.PROVENANT_VERIFY_THREADS;
  const want = env !== void 0 && /^\d+$/.test(env) ? Number(env) : availableParallelism();
  return Math.max(0, Math.min(want, Math.ceil(n / BATCH)));
}
function reviveTask(t) {
  const att = { ...t.att, raw: Buffer.from(t.att.raw.buffer, t.att.raw.byteOffset, t.att.raw.byteLength) };
  const artifact = t.artifact ? {
    digest: t.artifact.digest,
    data: t.artifact.data ? Buffer.from(t.artifact.data.buffer, t.artifact.data.byteOffset, t.artifact.data.byteLength) : void 0,
    path: t.artifact.path
  } : void 0;
  return { att, policy: t.policy, artifact };
}
function startVerifyWorkers(expected, trustOpts) {
  const script = workerScript();
  const threads = script && expected >= MIN_PARALLEL ? threadCount(expected) : 0;
  if (!script || threads < 2) return void 0;
  return {
    workers: Array.from({ length: threads }, () => {
      const entry = { worker: new Worker(script, { workerData: { trustOpts } }) };
      entry.worker.on("error", (e) => {
        entry.failed ??= e;
      });
      entry.worker.on("exit", (code) => {
        entry.failed ??= new Error(`verify worker exited with code ${code}`);
      });
      return entry;
    })
  };
}
async function stopVerifyWorkers(started) {
  await Promise.all((started?.workers ?? []).map((w) => w.worker.terminate()));
}
async function verifyMany(tasks, trust, trustOpts, started) {
  const script = workerScript();
  const threads = started ? started.workers.length : script && tasks.length >= MIN_PARALLEL ? threadCount(tasks.length) : 0;
  if (!script || threads < 2 || tasks.length < MIN_PARALLEL) {
    await stopVerifyWorkers(started);
    return {
      results: tasks.map((t, i) => {
        reportProgress("verifying", i, tasks.length, "attestations");
        return verifyAttestation(t.att, trust, t.policy, t.artifact);
      }),
      threads: 1
    };
  }
  let finished = 0;
  const results = new Array(tasks.length);
  let next = 0;
  const workers = [];
  let used = threads;
  let stop = false;
  let mine = 0;
  const own = (async () => {
    await new Promise((r) => setImmediate(r));
    while (!stop && next < tasks.length) {
      const i = next++;
      results[i] = verifyAttestation(tasks[i].att, trust, tasks[i].policy, tasks[i].artifact);
      mine++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  try {
    await Promise.all([
      own,
      ...Array.from(
        { length: threads },
        (_, k) => new Promise((resolve, reject) => {
          const ahead = started?.workers[k];
          if (ahead?.failed) {
            workers.push(ahead.worker);
            reject(ahead.failed);
            return;
          }
          const w = ahead?.worker ?? new Worker(script, { workerData: { trustOpts } });
          workers.push(w);
          let pending = [];
          const feed = () => {
            if (next >= tasks.length) {
              pending = [];
              resolve();
              return;
            }
            pending = [];
            for (let i = 0; i < BATCH && next < tasks.length; i++) pending.push(next++);
            w.postMessage({ tasks: pending.map((i) => tasks[i]) });
          };
          w.on("message", (m) => {
            if (m.error !== void 0) {
              reject(new Error(m.error));
              return;
            }
            m.results.forEach((r, k2) => {
              results[pending[k2]] = r;
            });
            reportProgress("verifying", finished += m.results.length, tasks.length, "attestations");
            feed();
          });
          w.on("error", reject);
          w.on("exit", (code) => {
            if (next < tasks.length || pending.some((i) => results[i] === void 0))
              reject(new Error(`verify worker exited with code ${code}`));
          });
          feed();
        })
      )
    ]);
    if (mine > 0) used++;
  } catch {
    stop = true;
    await own;
    used = 1;
    for (let i = 0; i < tasks.length; i++)
      if (results[i] === void 0)
        results[i] = verifyAttestation(tasks[i].att, trust, tasks[i].policy, tasks[i].artifact);
  } finally {
    stop = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results, threads: used };
}

export {
  isGcbSummary,
  gcbEntries,
  warningChecks,
  verifyAttestation,
  reviveTask,
  startVerifyWorkers,
  stopVerifyWorkers,
  verifyMany
};
