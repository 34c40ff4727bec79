import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/util/fs.ts
import { randomBytes } from "node:crypto";
import * as fsSync from "node:fs";
import { closeSync as closeSync2, constants as fsConstants, fstatSync as fstatSync2, openSync as openSync2, readSync, realpathSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, basename, isAbsolute, join, relative, resolve, sep } from "node:path";
async function makeDirs(dir) {
  try {
    await mkdir(dir);
    return;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST") return;
    if (code !== "ENOENT") throw e;
  }
  const parent = dirname(dir);
  if (parent === dir) throw new Error(`cannot create ${dir}`);
  await makeDirs(parent);
  try {
    await mkdir(dir);
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
}
async function writeFileAtomic(path, data, mode) {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await makeDirs(dir);
    await writeFile(tmp, data, mode === void 0 ? void 0 : { mode });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => void 0);
    const err = e;
    throw new ProvenantError(
      "OUTPUT_UNWRITABLE",
      `cannot write ${path}: ${err.code ?? ""} ${err.message}`.replace(/\s+/g, " "),
      { cause: e }
    );
  }
}
function pathLimit(fallback) {
  const n = Number(process.env.PROVENANT_MAX_PATHS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
var READ_LIMITS = {
  /** an attestation document: bundle, envelope, JSON Lines, npm attestations document, Cloud Build summary */
  attestation: 64 * 1024 * 1024,
  /** a key file: PEM, securesystemslib JSON or a keys.json document */
  key: 1024 * 1024,
  /** a Sigstore trusted root (the public-good root is ~10 KiB) */
  trustedRoot: 16 * 1024 * 1024,
  /** a lockfile (large monorepo lockfiles reach tens of MiB) */
  lockfile: 128 * 1024 * 1024,
  /** a policy, layout or other small JSON/YAML document */
  document: 16 * 1024 * 1024,
  /** a checksum file (subject-checksums): larger is not a checksum file */
  checksums: 64 * 1024 * 1024
};
function kindOf(st) {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
function openError(path, what, e) {
  const code = e.code;
  const why = code ?? e.message;
  return new ProvenantError(
    code === "ENOENT" ? "FILE_NOT_FOUND" : "FILE_UNREADABLE",
    `${what} ${path}: cannot read (${why})`,
    {
      cause: e
    }
  );
}
function tooLarge(path, what, maxBytes, size) {
  const mib = (n) => (n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0);
  const got = size === void 0 ? "more than" : `${size} bytes, over`;
  return new ProvenantError("FILE_TOO_LARGE", `${what} ${path}: ${got} the limit of ${mib(maxBytes)} MiB`);
}
function readRegularFileSync(path, opts) {
  let fd;
  try {
    fd = fsSync.openSync(path, fsSync.constants.O_RDONLY | fsSync.constants.O_NONBLOCK);
  } catch (e) {
    throw openError(path, opts.what, e);
  }
  try {
    const st = fsSync.fstatSync(fd);
    checkStat(st, path, opts);
    return readBounded(
      fd,
      st.size,
      opts.maxBytes,
      () => tooLarge(path, opts.what, opts.maxBytes),
      (e) => openError(path, opts.what, e)
    );
  } finally {
    fsSync.closeSync(fd);
  }
}
function readBounded(fd, size, maxBytes, over, readError) {
  const chunks = [];
  let total = 0;
  let want = Math.min(Math.max(size, 64 * 1024), maxBytes + 1);
  for (; ; ) {
    const buf = Buffer.allocUnsafe(want);
    let got;
    try {
      got = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      throw readError(e);
    }
    if (got === 0) break;
    total += got;
    if (total > maxBytes) throw over();
    chunks.push(buf.subarray(0, got));
    want = Math.min(64 * 1024, maxBytes + 1 - total);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function checkStat(st, path, opts) {
  if (!st.isFile()) {
    throw new ProvenantError("FILE_NOT_REGULAR", `${opts.what} ${path}: ${kindOf(st)}, not a regular file`);
  }
  if (st.size > opts.maxBytes) throw tooLarge(path, opts.what, opts.maxBytes, st.size);
}
function isWithin(root, p) {
  if (p === root || p.startsWith(root.endsWith(sep) ? root : root + sep)) return true;
  const r = relative(root, p);
  return r === "" || !r.startsWith("..") && !isAbsolute(r);
}
function readContainedFileSync(path, opts) {
  const what = opts.what;
  const shown = printable(path);
  let real;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = e.code;
    throw new ProvenantError(
      code === "ENOENT" ? "FILE_NOT_FOUND" : "FILE_UNREADABLE",
      `${what}: cannot read ${shown} (${code ?? e.message})`
    );
  }
  const roots = opts.root === void 0 ? [] : Array.isArray(opts.root) ? opts.root : [opts.root];
  if (roots.length) {
    const realRoots = roots.filter(Boolean).map((r) => {
      try {
        return realpathSync(r);
      } catch {
        return resolve(r);
      }
    });
    if (!realRoots.some((r) => isWithin(r, real))) {
      throw new ProvenantError(
        "SYMLINK_ESCAPE",
        `${what}: ${shown} resolves to ${printable(real)}, outside ${realRoots.map(printable).join(" and ")}: refused`
      );
    }
  }
  let fd;
  try {
    fd = openSync2(real, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
  } catch (e) {
    const code = e.code;
    throw new ProvenantError(
      code === "ENOENT" ? "FILE_NOT_FOUND" : "FILE_UNREADABLE",
      `${what}: cannot open ${shown} (${code ?? e.message})`
    );
  }
  try {
    const st = fstatSync2(fd);
    if (!st.isFile()) {
      const kind = st.isFIFO() ? "a FIFO" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : st.isSocket() ? "a socket" : st.isDirectory() ? "a folder" : "not a file";
      throw new ProvenantError("FILE_NOT_REGULAR", `${what}: ${shown} is ${kind}, not a regular file: refused`);
    }
    if (st.size > opts.maxBytes) {
      throw new ProvenantError(
        "FILE_TOO_LARGE",
        `${what}: ${shown} has ${st.size} bytes, more than the limit of ${opts.maxBytes}: refused`
      );
    }
    const data = readBounded(
      fd,
      st.size,
      opts.maxBytes,
      () => new ProvenantError(
        "FILE_TOO_LARGE",
        `${what}: ${shown} holds more than the limit of ${opts.maxBytes} bytes: refused`
      ),
      (e) => new ProvenantError(
        "FILE_UNREADABLE",
        `${what}: cannot read ${shown} (${e.code ?? e.message})`
      )
    );
    return { path, real, data };
  } finally {
    closeSync2(fd);
  }
}
function fileKind(p) {
  let st;
  try {
    st = fsSync.statSync(p);
  } catch (e) {
    return `unreadable (${e.code})`;
  }
  return st.isFile() ? "file" : st.isDirectory() ? "folder" : kindOf(st);
}

export {
  makeDirs,
  writeFileAtomic,
  pathLimit,
  READ_LIMITS,
  readRegularFileSync,
  isWithin,
  readContainedFileSync,
  fileKind
};
