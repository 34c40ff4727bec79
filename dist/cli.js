#!/usr/bin/env node
import { createRequire as __provenantCreateRequire } from 'node:module'; const require = __provenantCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors.ts
var ProvenantError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "ProvenantError";
    this.code = code;
  }
};
function asProvenantError(e, code = "INTERNAL", context) {
  if (e instanceof ProvenantError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ProvenantError(code, context ? `${context}: ${msg}` : msg, { cause: e });
}
function formatError(e) {
  const pe = asProvenantError(e);
  return `[${pe.code}] ${pe.message.split("\n")[0]}`;
}

// src/version.ts
var VERSION = "0.1.0";

// src/commands/attest.ts
var attest_exports = {};
__export(attest_exports, {
  run: () => run,
  summary: () => summary
});
var summary = "hash build outputs and write signed SLSA provenance";
async function run(_argv) {
  throw new ProvenantError("INTERNAL", "attest is not implemented yet");
}

// src/cli.ts
var commands = {
  attest: attest_exports
};
function usage() {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `provenant ${VERSION}: produce and verify software supply-chain provenance`,
    "",
    "Usage: provenant <command> [options]   (provenant <command> --help for its options)",
    "",
    "Commands:",
    ...names.map((n) => `  ${n.padEnd(width)}  ${commands[n].summary}`)
  ].join("\n");
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage() + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-V") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  const cmd = commands[name];
  if (!cmd) {
    process.stderr.write(`provenant: unknown command '${name}'

${usage()}
`);
    return 2;
  }
  return cmd.run(rest);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`provenant: ${formatError(e)}
`);
    process.exitCode = e instanceof ProvenantError && e.code === "USAGE" ? 2 : 1;
  }
);
