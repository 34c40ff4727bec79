import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  pushAll
} from "./chunk-PDHXRQDR.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/commands/args.ts
import { parseArgs } from "node:util";
var OPTION_ALIASES = {
  "--custom-trusted-root": [{ to: "trusted-root", peer: "gh" }],
  "--certificate-identity": [{ to: "cert-identity", peer: "cosign" }],
  "--certificate-identity-regexp": [{ to: "cert-identity-regex", peer: "cosign" }],
  "--certificate-oidc-issuer": [{ to: "cert-oidc-issuer", peer: "cosign" }],
  "--certificate-oidc-issuer-regexp": [{ to: "cert-oidc-issuer-regex", peer: "cosign" }],
  "--type": [{ to: "predicate-type", peer: "cosign" }],
  "--provenance-path": [{ to: "bundle", peer: "slsa-verifier" }],
  "--step-name": [{ to: "step", peer: "in-toto" }],
  "-n": [{ to: "step", peer: "in-toto" }],
  "-k": [
    { to: "key", peer: "in-toto", commands: ["run", "record", "layout"] },
    { to: "layout-key", peer: "in-toto", commands: ["verify"], spread: true }
  ],
  "-d": [
    { to: "output-dir", peer: "in-toto", commands: ["run", "record"] },
    { to: "links", peer: "in-toto", commands: ["verify"] }
  ],
  "--metadata-directory": [{ to: "output-dir", peer: "in-toto" }],
  "-x": [{ to: "no-command", peer: "in-toto" }],
  "-s": [{ to: "record-streams", peer: "in-toto" }],
  "-l": [{ to: "layout", peer: "in-toto", commands: ["verify"] }],
  "--layout-keys": [{ to: "layout-key", peer: "in-toto", spread: true }],
  "--link-dir": [{ to: "links", peer: "in-toto" }],
  // the actions' input names, so a command line can be written from a workflow and back
  "--keys": [{ to: "key", peer: "action" }],
  "--private-key": [{ to: "key", peer: "action", commands: ["attest"] }],
  "--bundles": [{ to: "bundle", peer: "action" }],
  "--min-slsa-level": [{ to: "min-level", peer: "action" }],
  "--digest-algorithms": [{ to: "digest", peer: "action", commands: ["attest"] }],
  "--require-lockfile-hashes": [{ to: "require-hashes", peer: "action" }],
  "--build-workflow-inputs": [{ to: "build-workflow-input", peer: "action" }],
  "--layout-params": [{ to: "param", peer: "action" }],
  "--vsa": [{ to: "vsa-out", peer: "action" }]
};
var currentCommand = "";
function setCommandName(name) {
  currentCommand = name;
}
function aliasFor(token, options, command) {
  return (OPTION_ALIASES[token] ?? []).find(
    (a) => a.to in options && (!a.commands || a.commands.includes(command)) && !(token.slice(token.startsWith("--") ? 2 : 1) in options)
  );
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}
function suggestOption(unknown, known) {
  const u = unknown.replace(/^-+/, "");
  let best;
  for (const k of known) {
    const n = k.replace(/^-+/, "");
    const score = n.startsWith(u) || u.startsWith(n) ? Math.abs(n.length - u.length) / 2 : editDistance(u, n);
    if (!best || score < best.score) best = { name: k, score };
  }
  return best && best.score <= Math.max(2, Math.floor(u.length / 3)) ? best.name : void 0;
}
function rewriteAliases(argv, options, command = currentCommand) {
  const args = [];
  const spelled = {};
  const shorts = new Map(
    Object.entries(options).filter(([, o]) => o.short).map(([n, o]) => [`-${o.short}`, n])
  );
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i];
    if (tok === "--") {
      pushAll(args, argv.slice(i));
      break;
    }
    if (!tok.startsWith("-") || tok === "-") {
      args.push(tok);
      continue;
    }
    const eq = tok.startsWith("--") ? tok.indexOf("=") : -1;
    const name = eq > 0 ? tok.slice(0, eq) : tok;
    const inline = eq > 0 ? tok.slice(eq + 1) : void 0;
    if (name === "--format" && !("format" in options) && "json" in options) {
      const value = inline ?? argv[++i];
      if (value !== "json")
        throw new ProvenantError(
          "USAGE",
          `--format: '${value ?? ""}' is not supported (only --format json, the same as --json)`
        );
      args.push("--json");
      spelled.json = "--format json";
      continue;
    }
    const alias = aliasFor(name, options, command);
    const canonical = alias?.to ?? shorts.get(name) ?? (name.startsWith("--") ? name.slice(2) : void 0);
    const opt = canonical !== void 0 ? options[canonical] : void 0;
    if (!opt || canonical === void 0) {
      args.push(tok);
      continue;
    }
    spelled[canonical] ??= name;
    if (opt.type === "boolean" || inline !== void 0) {
      args.push(inline !== void 0 ? `--${canonical}=${inline}` : `--${canonical}`);
      continue;
    }
    if (i + 1 < argv.length) {
      args.push(`--${canonical}`, argv[++i]);
      if (alias?.spread)
        while (i + 1 < argv.length && !argv[i + 1].startsWith("-")) args.push(`--${canonical}`, argv[++i]);
    } else args.push(`--${canonical}`);
  }
  return { args, spelled };
}
function knownSpellings(options, command) {
  return [
    ...Object.keys(options).map((n) => `--${n}`),
    ...Object.keys(OPTION_ALIASES).filter((t) => t.startsWith("--") && aliasFor(t, options, command))
  ];
}
function parseCommandArgs(argv, options, allowPositionals = true) {
  const all = { ...options, help: { type: "boolean", short: "h" } };
  const { args, spelled } = rewriteAliases(argv, all);
  try {
    const parsed = parseArgs({ args, options: all, allowPositionals, strict: true });
    return { ...parsed, spelled, spell: (name) => spelled[name] ?? `--${name}` };
  } catch (e) {
    const err = e;
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const m = /'([^']+)'/.exec(err.message);
      const bad = (m?.[1] ?? "").split("=")[0];
      const hint = bad ? suggestOption(bad, knownSpellings(all, currentCommand)) : void 0;
      throw new ProvenantError("USAGE", `unknown option ${bad || "?"}${hint ? ` (did you mean ${hint}?)` : ""}`);
    }
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      const m = /'([^']+)'/.exec(err.message);
      throw new ProvenantError("USAGE", `unexpected argument '${m?.[1] ?? ""}'`);
    }
    throw new ProvenantError("USAGE", err.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

export {
  setCommandName,
  suggestOption,
  parseCommandArgs
};
