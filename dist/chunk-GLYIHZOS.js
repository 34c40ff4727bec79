import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  judgeArtifact,
  memberPolicy,
  parseAttestations,
  withTrust
} from "./chunk-2XJLYZGE.js";
import {
  withCachedRoot
} from "./chunk-IDUULGEQ.js";
import {
  MT,
  clientFor,
  digestTag,
  isDescriptor,
  parseImageRef,
  printable,
  resolveImage
} from "./chunk-UTCVF5VN.js";
import {
  verifyMany
} from "./chunk-25EPEH4L.js";
import {
  loadTrust
} from "./chunk-X2QRT2ID.js";
import {
  pushAll
} from "./chunk-PDHXRQDR.js";
import {
  ProvenantError,
  asProvenantError
} from "./chunk-4IZNH2SL.js";

// src/oci/cosign.ts
var COSIGN_CERT = "dev.sigstore.cosign/certificate";
var COSIGN_BUNDLE = "dev.sigstore.cosign/bundle";
function pemBlocks(pem) {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map(
    (m) => Buffer.from(m[1].replace(/\s+/g, ""), "base64").toString("base64")
  );
}
function cosignKeylessToBundle(envelope, annotations, source) {
  const bad = (why) => new ProvenantError("BUNDLE_INVALID", `${source}: keyless cosign attestation: ${why}`);
  const certs = pemBlocks(annotations[COSIGN_CERT] ?? "");
  if (certs.length !== 1) throw bad(`${COSIGN_CERT} is not one PEM certificate`);
  let env;
  let rekor;
  try {
    env = JSON.parse(envelope.toString("utf8"));
    rekor = JSON.parse(annotations[COSIGN_BUNDLE] ?? "");
  } catch (e) {
    throw bad(`not JSON (${e.message})`);
  }
  const p = rekor?.Payload;
  if (!p || typeof rekor.SignedEntryTimestamp !== "string" || typeof p.body !== "string" || !Number.isSafeInteger(p.integratedTime) || !Number.isSafeInteger(p.logIndex) || typeof p.logID !== "string" || !/^[0-9a-f]{64}$/.test(p.logID)) {
    throw bad(`${COSIGN_BUNDLE} lacks SignedEntryTimestamp, Payload.body, integratedTime, logIndex or logID`);
  }
  let body;
  try {
    body = JSON.parse(Buffer.from(p.body, "base64").toString("utf8"));
  } catch {
    throw bad("the Rekor entry body is not base64 JSON");
  }
  if (typeof body.kind !== "string" || typeof body.apiVersion !== "string") throw bad("the Rekor entry has no kind");
  const bundle = {
    mediaType: "application/vnd.dev.sigstore.bundle+json;version=0.1",
    verificationMaterial: {
      x509CertificateChain: { certificates: certs.map((rawBytes) => ({ rawBytes })) },
      tlogEntries: [
        {
          logIndex: String(p.logIndex),
          logId: { keyId: Buffer.from(p.logID, "hex").toString("base64") },
          kindVersion: { kind: body.kind, version: body.apiVersion },
          integratedTime: String(p.integratedTime),
          inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
          canonicalizedBody: p.body
        }
      ],
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    dsseEnvelope: env
  };
  return Buffer.from(JSON.stringify(bundle));
}

// src/oci/discover.ts
function problemOf(e, where) {
  if (e instanceof ProvenantError && ["REGISTRY_AUTH", "REGISTRY_UNREACHABLE"].includes(e.code)) throw e;
  return `${where}: ${e instanceof ProvenantError ? `[${e.code}] ${e.message}` : e.message}`;
}
var isBundleType = (t) => !!t && t.startsWith("application/vnd.dev.sigstore.bundle");
var MAX_REFERRERS = 64;
async function discoverAttestations(client, digest, opts = {}) {
  const at = `oci://${client.image}@${digest}`;
  const out = { found: [], looked: [], problems: [] };
  let refs = await client.referrers(digest);
  if (refs) out.looked.push("the referrers API");
  else {
    out.looked.push(`the referrers tag ${digestTag(digest)}`);
    const idx = await client.getManifest(digestTag(digest), MT.OCI_INDEX);
    refs = idx ? idx.json.manifests ?? [] : [];
  }
  const candidates = refs.filter(
    (d) => isDescriptor(d) && (isBundleType(d.artifactType) || d.artifactType === void 0)
  );
  for (const d of candidates.slice(0, MAX_REFERRERS)) {
    const src = `${at} (referrer ${d.digest})`;
    try {
      const m = await client.getManifest(d.digest);
      if (!m) throw new ProvenantError("IMAGE_NOT_FOUND", "listed but not in the registry");
      const j = m.json;
      const type = j.artifactType ?? j.config?.mediaType;
      if (!isBundleType(type)) continue;
      if (j.subject?.digest !== digest)
        throw new ProvenantError(
          "MANIFEST_INVALID",
          `its subject is ${printable(String(j.subject?.digest))}, not ${digest}`
        );
      const layers = (j.layers ?? []).filter((l) => isBundleType(l.mediaType));
      if (!layers.length) throw new ProvenantError("MANIFEST_INVALID", "no Sigstore bundle layer");
      for (const l of layers) out.found.push({ source: src, raw: await client.getBlob(l), origin: "sigstore-bundle" });
    } catch (e) {
      out.problems.push(problemOf(e, src));
    }
  }
  if (candidates.length > MAX_REFERRERS)
    out.problems.push(`${at}: ${candidates.length} referrers, only the first ${MAX_REFERRERS} read`);
  if (opts.cosign !== false) {
    const tag = `${digestTag(digest)}.att`;
    out.looked.push(`cosign's ${tag}`);
    try {
      const m = await client.getManifest(tag);
      const layers = (m?.json.layers ?? []).filter((l) => l.mediaType === MT.DSSE);
      for (const l of layers.slice(0, MAX_REFERRERS)) {
        const src = `${at} (cosign ${tag} layer ${l.digest})`;
        if (l.annotations?.[COSIGN_CERT]) {
          try {
            const raw = cosignKeylessToBundle(await client.getBlob(l), l.annotations, src);
            out.found.push({ source: src, raw, origin: "cosign-attestation" });
          } catch (e) {
            out.problems.push(problemOf(e, src));
          }
          continue;
        }
        out.found.push({ source: src, raw: await client.getBlob(l), origin: "cosign-attestation" });
      }
    } catch (e) {
      out.problems.push(problemOf(e, `${at} (cosign ${tag})`));
    }
  }
  return out;
}

// src/verify/oci.ts
function failed(name, digest, checks, policy) {
  return judgeArtifact(name, digest, [], [], checks, policy);
}
async function verifyImages(opts) {
  const sources = await withCachedRoot({ trustedRoot: opts.trustedRoot, keys: opts.keys });
  const trust = loadTrust(sources);
  const pending = [];
  const tasks = [];
  const results = [];
  for (const spec of opts.images) {
    let name = spec;
    let digest = {};
    try {
      const ref = parseImageRef(spec, "image");
      const client = clientFor(ref, { credentials: opts.credentials, retry: opts.retry });
      const img = await resolveImage(ref, {}, client);
      name = `oci://${ref.name}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
      digest = { sha256: img.digest.slice("sha256:".length) };
      const found = await discoverAttestations(client, img.digest);
      const checks = found.problems.map((p2) => ({ code: "load", ok: false, detail: p2 }));
      const atts = [];
      for (const f of found.found) {
        try {
          pushAll(atts, parseAttestations(f.raw, f.source));
        } catch (e) {
          const pe = asProvenantError(e, "BUNDLE_INVALID");
          checks.push({ code: "load", ok: false, detail: `[${pe.code}] ${pe.message}` });
        }
      }
      if (!atts.length) {
        checks.push({
          code: "attestation",
          ok: false,
          detail: `[ATTESTATION_NOT_FOUND] no attestation attached to ${ref.name}@${img.digest} (looked in ${found.looked.join(", ")})`
        });
      }
      const p = { name, digest, atts, checks, first: tasks.length };
      for (const att of atts) tasks.push({ att, policy: memberPolicy(att, opts.policy), artifact: { digest } });
      pending.push(p);
      results.push(p);
    } catch (e) {
      const pe = asProvenantError(e, "INTERNAL");
      results.push(
        failed(name, digest, [{ code: "registry", ok: false, detail: `[${pe.code}] ${pe.message}` }], opts.policy)
      );
    }
  }
  const { results: verdicts, threads } = await verifyMany(tasks, trust, sources);
  const out = results.map(
    (r) => "first" in r ? judgeArtifact(r.name, r.digest, r.atts, verdicts.slice(r.first, r.first + r.atts.length), r.checks, opts.policy) : r
  );
  return withTrust(
    { results: out, verified: out.length > 0 && out.every((r) => r.verified), trustedRoot: trust.rootSource, threads },
    trust
  );
}

export {
  verifyImages
};
