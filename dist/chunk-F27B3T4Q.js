import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  DEFAULT_MAX_AGE,
  VERIFIER_ID,
  checkVsa,
  parseMaxAge
} from "./chunk-6TKYACEM.js";
import {
  loadAttestations
} from "./chunk-735GTWG4.js";
import {
  withCachedRoot
} from "./chunk-Y57PAN3K.js";
import {
  checkRegex,
  minLevelFrom
} from "./chunk-5XJT44WK.js";
import "./chunk-5CWVRUUL.js";
import "./chunk-D45EXXQZ.js";
import "./chunk-GRJZ2FQD.js";
import {
  hashFiles,
  parseDigest
} from "./chunk-3FI72NAE.js";
import "./chunk-VV7USWUH.js";
import {
  writeJson
} from "./chunk-EJJ4JWML.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import {
  verifyAttestation
} from "./chunk-LTORLD57.js";
import {
  loadTrust
} from "./chunk-77FOPMMJ.js";
import "./chunk-SXQKF4HH.js";
import "./chunk-2JK5JOOL.js";
import "./chunk-RNBPC7I3.js";
import "./chunk-JFMEGE4D.js";
import "./chunk-ON2IZKBG.js";
import "./chunk-TL3MPSWU.js";
import "./chunk-FX244IUJ.js";
import {
  fileKind
} from "./chunk-JYUD5BX7.js";
import "./chunk-DA7VHEYQ.js";
import "./chunk-RDHYEOJF.js";
import "./chunk-NUOG672K.js";
import "./chunk-AYU2T7WH.js";
import "./chunk-PDHXRQDR.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import "./chunk-6DWRZXSB.js";
import "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import "./chunk-3DXRJ6WR.js";
import "./chunk-VEENTGD5.js";
import "./chunk-XITNYHAL.js";

// src/commands/verify-vsa.ts
import { basename } from "node:path";
var summary = "check a Verification Summary Attestation instead of re-verifying everything";
var HELP = `Usage: provenant verify-vsa VSA_FILE (ARTIFACT | --digest ALG:HEX) [options]

Checks a VSA the way SLSA says a consumer should: the signature (a trusted key, or a keyless certificate with the
expected identity), the subject digest against the artifact, the predicateType, the verifier id, the resourceUri,
verificationResult PASSED, the level in verifiedLevels, the age of timeVerified, and the policy the VSA records.

  --digest ALG:HEX            the artifact's digest instead of the file
  --verifier-id ID            expected verifier (default ${VERIFIER_ID})
  --resource-uri URI          expected resourceUri (exactly); without it, and with an ARTIFACT file, the resourceUri's
                              last path segment must be the artifact's file name (a VSA for another package fails)
  --min-level N               the VSA must attest at least SLSA_BUILD_LEVEL_N
  --max-age DURATION          the oldest timeVerified accepted: 7d, 12h, 90m, 2w (default ${DEFAULT_MAX_AGE.label})
  --allow-empty-policy        accept PASSED at level >= 1 under an empty policy (no identity, builder or source
                              constraint and no trusted key) or one the VSA does not record (VSAs of other verifiers)
  --key FILE                  the verifier's public key (repeatable)
  --trusted-root FILE         Sigstore trusted root for a keyless VSA (default public-good)
  --cert-identity SAN  --cert-identity-regex RE  --cert-oidc-issuer URL   the keyless verifier's identity
  --json                      {"schemaVersion":1,"vsa","verified","slsaLevel","checks"} (schemas/cli-verify-vsa.json)
  (cosign's --certificate-identity, --certificate-identity-regexp, --certificate-oidc-issuer also work)
Exit codes: 0 the VSA holds, 1 it does not, 2 usage.
`;
async function run(argv) {
  const { values, positionals, spell } = parseCommandArgs(argv, {
    digest: { type: "string" },
    "verifier-id": { type: "string" },
    "resource-uri": { type: "string" },
    "min-level": { type: "string" },
    "max-age": { type: "string" },
    "allow-empty-policy": { type: "boolean" },
    key: { type: "string", multiple: true },
    "trusted-root": { type: "string" },
    "cert-identity": { type: "string" },
    "cert-identity-regex": { type: "string" },
    "cert-oidc-issuer": { type: "string" },
    json: { type: "boolean" }
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [file, artifact, ...extra] = positionals;
  if (!file || extra.length || !artifact && !values.digest || artifact && values.digest)
    throw new ProvenantError("USAGE", "give the VSA file and either the artifact or --digest ALG:HEX");
  const keyless = !!(values["cert-identity"] || values["cert-identity-regex"]);
  if (!values.key?.length && !keyless)
    throw new ProvenantError(
      "USAGE",
      "say whom to trust for the VSA: --key PUB, or --cert-identity/--cert-identity-regex (with --cert-oidc-issuer) for a keyless one"
    );
  if (keyless && !values["cert-oidc-issuer"])
    throw new ProvenantError("USAGE", `a keyless VSA identity needs ${spell("cert-oidc-issuer")}`);
  const minLevel = minLevelFrom(values["min-level"], spell("min-level"));
  checkRegex(values["cert-identity-regex"], spell("cert-identity-regex"));
  const maxAge = values["max-age"] !== void 0 ? parseMaxAge(values["max-age"]) : DEFAULT_MAX_AGE;
  let digest;
  if (values.digest) {
    let d;
    try {
      d = parseDigest(values.digest, spell("digest"));
    } catch (e) {
      throw new ProvenantError("USAGE", e.message);
    }
    digest = { [d.algorithm]: d.hex };
  } else {
    const kind = fileKind(artifact);
    if (kind !== "file" && kind !== "folder")
      throw new ProvenantError("FILE_NOT_REGULAR", `artifact ${artifact}: ${kind}, not a regular file`);
    [digest] = await hashFiles([artifact], ["sha256", "sha512"]);
  }
  const trust = loadTrust(await withCachedRoot({ trustedRoot: values["trusted-root"], keys: values.key }));
  const policy = {
    certIdentity: values["cert-identity"],
    certIdentityRegex: values["cert-identity-regex"],
    certOidcIssuer: values["cert-oidc-issuer"],
    // a certificate-signed VSA needs the identity said (anyone can get a certificate), even when a key is trusted
    requireIdentity: true
  };
  const expect = {
    verifierId: values["verifier-id"],
    resourceUri: values["resource-uri"],
    artifactName: artifact ? basename(artifact) : void 0,
    minLevel,
    maxAge,
    allowEmptyPolicy: values["allow-empty-policy"]
  };
  let results;
  try {
    results = loadAttestations(file).map((a) => checkVsa(verifyAttestation(a, trust, policy, { digest }), expect));
  } catch (e) {
    const pe = e instanceof ProvenantError ? e : new ProvenantError("VSA_INVALID", e.message);
    results = [
      {
        source: file,
        verified: false,
        slsaLevel: 0,
        nextLevel: [],
        checks: [{ code: "load", ok: false, detail: `[${pe.code}] ${pe.message}` }]
      }
    ];
  }
  if (!results.some((r) => r.verified) && results.some((r) => r.checks.some((c) => c.detail.startsWith("[USAGE] "))))
    throw new ProvenantError(
      "USAGE",
      `${printable(file)} is signed with a certificate: say whose it must be with --cert-identity or --cert-identity-regex, and --cert-oidc-issuer (a trusted key does not let any certificate through)`
    );
  const ok = results.find((r) => r.verified);
  const shown = ok ?? results[0];
  const out = { vsa: file, verified: !!ok, slsaLevel: ok ? ok.slsaLevel : 0, checks: shown.checks };
  if (values.json) writeJson(out);
  else {
    process.stdout.write(`${printable(file)}: ${ok ? `VSA holds: SLSA Build L${ok.slsaLevel}` : "VSA REJECTED"}
`);
    for (const c of shown.checks) process.stdout.write(`  ${c.ok ? "\u2713" : "\u2717"} ${c.code}: ${printable(c.detail)}
`);
  }
  return ok ? 0 : 1;
}
export {
  run,
  summary
};
