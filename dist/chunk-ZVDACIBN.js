import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  TRUST_RECORD,
  defaultTufCacheDir,
  loadCachedTrustedRoot,
  updateTrust
} from "./chunk-Y57PAN3K.js";
import "./chunk-5CWVRUUL.js";
import "./chunk-D45EXXQZ.js";
import {
  writeJson
} from "./chunk-EJJ4JWML.js";
import {
  parseCommandArgs
} from "./chunk-KH4YHPJR.js";
import "./chunk-77FOPMMJ.js";
import "./chunk-2JK5JOOL.js";
import "./chunk-RNBPC7I3.js";
import "./chunk-FX244IUJ.js";
import "./chunk-JYUD5BX7.js";
import "./chunk-NUOG672K.js";
import "./chunk-PDHXRQDR.js";
import "./chunk-Q6NSDE2A.js";
import "./chunk-6DWRZXSB.js";
import "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import "./chunk-VEENTGD5.js";
import "./chunk-XITNYHAL.js";

// src/commands/trust.ts
import { rmSync } from "node:fs";
import { join } from "node:path";
var summary = "refresh the Sigstore trusted root through TUF (trust update); which root verify uses (trust status, trust reset)";
var HELP = `Usage: provenant trust update [options]
       provenant trust status [--cache-dir DIR] [--json]
       provenant trust reset [--cache-dir DIR]      (stop using the cache: verify uses the shipped root again)

trust update refreshes the Sigstore trusted root through TUF (the Sigstore public-good repository by default) into a
cache folder. verify then prefers the cached root over the copy shipped with Provenant (an explicit --trusted-root
still wins). verify never goes online: it checks the cached TUF metadata offline each time (signatures, versions,
expiry, the target's hashes) and fails closed with TRUST_ROOT_INVALID when the cache is corrupted or expired (run
trust update again). Without a cache, verify uses the shipped root.

Options:
  --cache-dir DIR     the cache (default: $PROVENANT_TUF_CACHE, else $XDG_CACHE_HOME/provenant/tuf,
                      else ~/.cache/provenant/tuf; verify reads the same default)
  --mirror-url URL    the TUF repository (default https://tuf-repo-cdn.sigstore.dev)
  --root FILE         the TUF root.json to start from (required for a mirror other than the public-good one)
  --force-init        start again from --root (or the shipped TUF root), even when the cache holds a newer root
  --timeout-ms N      per-request timeout (default 15000)
  --json              print the result as JSON
Exit codes: 0 done, 1 failure, 2 usage.
`;
async function run(argv) {
  const { values, positionals } = parseCommandArgs(argv, {
    "cache-dir": { type: "string" },
    "mirror-url": { type: "string" },
    root: { type: "string" },
    "force-init": { type: "boolean" },
    "timeout-ms": { type: "string" },
    json: { type: "boolean" }
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [sub, ...extra] = positionals;
  if (!sub || extra.length)
    throw new ProvenantError("USAGE", `trust: name one subcommand, update, status or reset

${HELP}`);
  const cacheDir = values["cache-dir"] ?? defaultTufCacheDir();
  if (sub === "status" || sub === "reset") {
    for (const o of ["mirror-url", "root", "force-init", "timeout-ms"])
      if (values[o] !== void 0) throw new ProvenantError("USAGE", `trust ${sub}: --${o} applies to trust update`);
  }
  if (sub === "reset") {
    try {
      rmSync(join(cacheDir, TRUST_RECORD));
    } catch (e) {
      if (e.code !== "ENOENT") {
        throw new ProvenantError(
          "OUTPUT_UNWRITABLE",
          `trust reset: cannot remove ${join(cacheDir, TRUST_RECORD)} (${e.code})`
        );
      }
    }
    if (values.json) writeJson({ trustedRoot: "sigstore public-good (shipped)", cacheDir });
    else process.stdout.write("verify uses: sigstore public-good (shipped)\n");
    return 0;
  }
  if (sub === "status") {
    const cached = await loadCachedTrustedRoot(cacheDir);
    const out = cached ? {
      trustedRoot: cached.label,
      cacheDir,
      mirrorURL: cached.record.mirrorURL,
      updatedAt: cached.record.updatedAt,
      expires: cached.expires ?? null
    } : { trustedRoot: "sigstore public-good (shipped)", cacheDir, mirrorURL: null, updatedAt: null, expires: null };
    if (values.json) writeJson(out);
    else
      process.stdout.write(
        `verify uses: ${out.trustedRoot}${out.expires ? `
TUF metadata expires: ${out.expires}` : ""}
`
      );
    return 0;
  }
  if (sub !== "update")
    throw new ProvenantError("USAGE", `trust: unknown subcommand '${sub.slice(0, 40)}' (update, status or reset)`);
  let timeoutMs;
  if (values["timeout-ms"] !== void 0) {
    if (!/^\d{1,7}$/.test(values["timeout-ms"]) || Number(values["timeout-ms"]) < 1)
      throw new ProvenantError("USAGE", `--timeout-ms: '${values["timeout-ms"]}' is not a positive integer`);
    timeoutMs = Number(values["timeout-ms"]);
  }
  const r = await updateTrust({
    cacheDir,
    mirrorURL: values["mirror-url"],
    rootPath: values.root,
    forceInit: values["force-init"],
    timeoutMs
  });
  if (values.json) writeJson({ ...r });
  else
    process.stdout.write(
      `trusted root updated from ${r.mirrorURL} into ${r.cacheDir} (sha256 ${r.trustedRootSha256})${r.expires ? `
TUF metadata expires: ${r.expires} (run trust update again before then)` : ""}
`
    );
  return 0;
}
export {
  run,
  summary
};
