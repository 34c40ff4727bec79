import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  HashStream
} from "./chunk-3FI72NAE.js";
import {
  pathLimit
} from "./chunk-JYUD5BX7.js";
import {
  printable
} from "./chunk-Q6NSDE2A.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";

// src/intoto/record.ts
import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

// src/intoto/fnmatch.ts
var STAR = { t: "star" };
var ANY = { t: "any" };
var cp = (s) => s.codePointAt(0);
function bracketText(pat, i, j) {
  const body = pat.slice(i, j);
  let stuff;
  if (!body.includes("-")) stuff = body.map((c) => c === "\\" ? "\\\\" : c).join("");
  else {
    const chunks = [];
    let k = pat[i] === "!" ? i + 2 : i + 1;
    for (; ; ) {
      let found = -1;
      for (let x = k; x < j; x++) {
        if (pat[x] === "-") {
          found = x;
          break;
        }
      }
      if (found < 0) break;
      k = found;
      chunks.push(pat.slice(i, k));
      i = k + 1;
      k = k + 3;
    }
    const last = pat.slice(i, j);
    if (last.length) chunks.push(last);
    else chunks[chunks.length - 1].push("-");
    for (let m = chunks.length - 1; m > 0; m--) {
      const a = chunks[m - 1];
      const b = chunks[m];
      if (!a.length || !b.length) throw new Error("fnmatch: set cannot be translated (IndexError in Python)");
      if (cp(a[a.length - 1]) > cp(b[0])) {
        chunks[m - 1] = [...a.slice(0, -1), ...b.slice(1)];
        chunks.splice(m, 1);
      }
    }
    stuff = chunks.map((ch) => ch.map((c) => c === "\\" ? "\\\\" : c === "-" ? "\\-" : c).join("")).join("-");
  }
  return stuff.replace(/([&~|])/g, "\\$1");
}
function parsePySet(text, negate) {
  const src = [...Array.from(text), "]"];
  let pos = 0;
  const lits = /* @__PURE__ */ new Set();
  const ranges = [];
  let items = 0;
  const get = () => {
    if (pos >= src.length) return void 0;
    const c = src[pos++];
    if (c === "\\" && pos < src.length) {
      const n = src[pos++];
      return { lit: cp(n), raw: c + n };
    }
    return { lit: cp(c), raw: c };
  };
  for (; ; ) {
    const th = get();
    if (!th) throw new Error("unterminated character set");
    if (th.raw === "]" && items > 0) break;
    if (src[pos] === "-") {
      pos++;
      const that = get();
      if (!that) throw new Error("unterminated character set");
      if (that.raw === "]") {
        lits.add(th.lit);
        lits.add(cp("-"));
        items += 2;
        break;
      }
      if (that.lit < th.lit) throw new Error("bad character range");
      ranges.push([th.lit, that.lit]);
      items++;
    } else {
      lits.add(th.lit);
      items++;
    }
  }
  if (pos !== src.length) throw new Error("character set ends early");
  return { negate, lits, ranges };
}
function parseClass(stuff) {
  const negate = stuff[0] === "!";
  return { t: "set", ...parsePySet(negate ? stuff.slice(1) : stuff, negate) };
}
function compile(pattern) {
  const pat = Array.from(pattern);
  const n = pat.length;
  const out = [];
  let i = 0;
  while (i < n) {
    const c = pat[i++];
    if (c === "*") {
      if (out[out.length - 1] !== STAR) out.push(STAR);
    } else if (c === "?") out.push(ANY);
    else if (c === "[") {
      let j = i;
      if (j < n && pat[j] === "!") j++;
      if (j < n && pat[j] === "]") j++;
      while (j < n && pat[j] !== "]") j++;
      if (j >= n) out.push({ t: "lit", c: cp("[") });
      else {
        const stuff = bracketText(pat, i, j);
        i = j + 1;
        if (!stuff) out.push({ t: "never" });
        else if (stuff === "!") out.push(ANY);
        else out.push(parseClass(stuff[0] === "^" || stuff[0] === "[" ? `\\${stuff}` : stuff));
      }
    } else out.push({ t: "lit", c: cp(c) });
  }
  return out;
}
function one(t, c) {
  switch (t.t) {
    case "any":
      return true;
    case "never":
      return false;
    case "lit":
      return t.c === c;
    case "set": {
      const hit = t.lits.has(c) || t.ranges.some(([lo, hi]) => lo <= c && c <= hi);
      return hit !== t.negate;
    }
    default:
      return false;
  }
}
function run(tokens2, name) {
  let ti = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  while (si < name.length) {
    const t = tokens2[ti];
    if (t && t.t === "star") {
      starTi = ti++;
      starSi = si;
    } else if (t && one(t, name[si])) {
      ti++;
      si++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      si = ++starSi;
    } else return false;
  }
  while (tokens2[ti]?.t === "star") ti++;
  return ti === tokens2.length;
}
var cache = /* @__PURE__ */ new Map();
function tokens(pattern) {
  let t = cache.get(pattern);
  if (!t) {
    t = compile(pattern);
    if (cache.size > 1e4) cache.clear();
    cache.set(pattern, t);
  }
  return t;
}
var codePoints = (s) => Array.from(s, cp);
function fnfilter(names, pattern) {
  const t = tokens(pattern);
  return [...names].filter((n) => run(t, codePoints(n)));
}

// src/intoto/gitwildmatch.ts
var lit = (c) => `\\u{${c.codePointAt(0).toString(16)}}`;
var ANYCHAR = "[^\\n]";
function setToRegex(text, negate) {
  const s = parsePySet(text, negate);
  const items = [
    ...[...s.lits].map((c) => lit(String.fromCodePoint(c))),
    ...s.ranges.map(([a, b]) => `${lit(String.fromCodePoint(a))}-${lit(String.fromCodePoint(b))}`)
  ];
  return `[${negate ? "^" : ""}${items.join("")}]`;
}
function segmentGlob(seg) {
  let escaped = false;
  let out = "";
  let i = 0;
  const end = seg.length;
  while (i < end) {
    const c = seg[i++];
    if (escaped) {
      escaped = false;
      out += lit(c);
    } else if (c === "\\") escaped = true;
    else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      let j = i;
      if (j < end && seg[j] === "!") j++;
      if (j < end && seg[j] === "]") j++;
      while (j < end && seg[j] !== "]") j++;
      if (j < end) {
        j++;
        let negate = false;
        let text = "";
        if (seg[i] === "!") {
          negate = true;
          i++;
        } else if (seg[i] === "^") {
          text = "\\^";
          i++;
        }
        text += seg.slice(i, j - 1).map((x) => x === "\\" ? "\\\\" : x).join("");
        out += setToRegex(text, negate);
        i = j;
      } else out += lit("[");
    } else out += lit(c);
  }
  if (escaped) throw new Error("escape character with no next character");
  return out;
}
function patternToRegex(original) {
  let pattern = original.trim();
  if (!pattern || pattern.startsWith("#") || pattern === "/") return void 0;
  let include = true;
  if (pattern.startsWith("!")) {
    include = false;
    pattern = pattern.slice(1);
  }
  const segs = pattern.split("/");
  for (let i = segs.length - 1; i > 0; i--) if (segs[i - 1] === "**" && segs[i] === "**") segs.splice(i, 1);
  if (segs.length === 2 && segs[0] === "**" && !segs[1]) return [`^${ANYCHAR}+/${ANYCHAR}*$`, include];
  if (!segs[0]) segs.shift();
  else if (segs.length === 1 || segs.length === 2 && !segs[1]) {
    if (segs[0] !== "**") segs.unshift("**");
  }
  if (!segs.length) throw new Error("invalid git pattern");
  if (!segs[segs.length - 1] && segs.length > 1) segs[segs.length - 1] = "**";
  let out = "^";
  let needSlash = false;
  const end = segs.length - 1;
  segs.forEach((seg, i) => {
    if (seg === "**") {
      if (i === 0 && i === end) out += `[^/]+(?:/${ANYCHAR}*)?`;
      else if (i === 0) {
        out += `(?:${ANYCHAR}+/)?`;
        needSlash = false;
      } else if (i === end) out += `/${ANYCHAR}*`;
      else {
        out += `(?:/${ANYCHAR}+)?`;
        needSlash = true;
      }
    } else if (seg === "*") {
      if (needSlash) out += "/";
      out += "[^/]+";
      if (i === end) out += `(?:/${ANYCHAR}*)?`;
      needSlash = true;
    } else {
      if (needSlash) out += "/";
      out += segmentGlob(Array.from(seg));
      if (i === end) out += `(?:/${ANYCHAR}*)?`;
      needSlash = true;
    }
  });
  return [`${out}$`, include];
}
function compileExcludes(patterns) {
  const compiled = [];
  for (const p of patterns) {
    let r;
    try {
      r = patternToRegex(p);
    } catch (e) {
      throw new ProvenantError("INPUT_INVALID", `exclude pattern '${p}': ${e.message}`);
    }
    if (r) compiled.push([new RegExp(r[0], "u"), r[1]]);
  }
  return (path) => {
    let p = path;
    if (p.startsWith("/")) p = p.slice(1);
    else if (p.startsWith("./")) p = p.slice(2);
    let excluded = false;
    for (const [re, include] of compiled) if (re.test(p)) excluded = include;
    return excluded;
  };
}
function compileNameExcludes(patterns) {
  const active = patterns.map((p) => p.trim()).filter((p) => p && !p.startsWith("#"));
  if (!active.length || active.some((p) => p.includes("/") || p.startsWith("!"))) return void 0;
  return compileExcludes(active);
}

// src/intoto/record.ts
var DEFAULT_EXCLUDES = ["*.link*", ".git", "*.pyc", "*~"];
function maxRecordPaths() {
  return pathLimit(1e6);
}
function pyNormpath(p) {
  if (p === "") return ".";
  const initial = p.startsWith("/") ? p.startsWith("//") && !p.startsWith("///") ? 2 : 1 : 0;
  const out = [];
  for (const comp of p.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || !initial && !out.length || out.length && out[out.length - 1] === "..") out.push(comp);
    else if (out.length) out.pop();
  }
  const s = "/".repeat(initial) + out.join("/");
  return s || ".";
}
function kind(abs) {
  try {
    const st = statSync(abs);
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : void 0;
  } catch {
    return void 0;
  }
}
async function recordArtifacts(paths, opts = {}) {
  if (!paths.length) return {};
  const base = opts.baseDir ?? process.cwd();
  const patterns = opts.excludes ?? DEFAULT_EXCLUDES;
  const excluded = compileExcludes(patterns);
  const byName = compileNameExcludes(patterns);
  const keep = (names2, distinct = false) => patterns.length ? (distinct ? names2 : [...new Set(names2)]).filter((n) => !excluded(n)).sort() : names2;
  const lstrip = opts.lstrip ?? [];
  for (let i = 0; i < lstrip.length; i++) {
    for (let j = i + 1; j < lstrip.length; j++) {
      if (lstrip[i].startsWith(lstrip[j]) || lstrip[j].startsWith(lstrip[i])) {
        throw new ProvenantError(
          "INPUT_INVALID",
          `--lstrip-paths '${lstrip[i]}' and '${lstrip[j]}': one is a prefix of the other`
        );
      }
    }
  }
  const baseSlash = resolve(base).replace(/\/?$/, "/");
  const abs = (rel) => isAbsolute(rel) ? rel : rel === "." || rel.startsWith("..") ? join(base, rel) : baseSlash + rel;
  const hashing = new HashStream(opts.algorithms ?? ["sha256"]);
  const files = /* @__PURE__ */ new Map();
  const add = (rel) => {
    let name = rel;
    if (lstrip.length) {
      const pre = lstrip.find((x) => name.startsWith(x));
      if (pre !== void 0) name = name.slice(pre.length);
      if (files.has(name))
        throw new ProvenantError("INPUT_INVALID", `--lstrip-paths: two artifacts are recorded as '${name}'`);
    } else if (files.has(name)) return;
    files.set(name, hashing.add(abs(rel)));
  };
  const limit = maxRecordPaths();
  let visited = 0;
  const walk = (root, seen) => {
    const dirPath = abs(root);
    let entries;
    try {
      entries = readdirSync(dirPath, { withFileTypes: true });
    } catch {
      return;
    }
    const dirs = [];
    const fileNames = [];
    const links = /* @__PURE__ */ new Set();
    visited += entries.length;
    if (visited > limit) {
      throw new ProvenantError(
        "INPUT_INVALID",
        `recording ${printable(root)}: more than ${limit} paths (symlinked folders that fan out?); use --no-follow-symlink-dirs, --exclude, or set PROVENANT_MAX_PATHS`
      );
    }
    const under = root === "." ? "" : root.endsWith("/") ? void 0 : `${root}/`;
    for (const e of entries) {
      if (byName?.(e.name)) continue;
      const rel = under === void 0 ? pyNormpath(`${root}/${e.name}`) : under + e.name;
      if (e.isFile()) fileNames.push(rel);
      else if (e.isDirectory()) dirs.push(rel);
      else if (e.isSymbolicLink()) {
        links.add(rel);
        const k = kind(abs(rel));
        if (k === "dir") dirs.push(rel);
        else if (k === "file") fileNames.push(rel);
      }
    }
    for (const f of under === void 0 || !byName ? keep(fileNames, true) : fileNames.sort()) add(f);
    for (const d of byName ? dirs.sort() : keep(dirs, true)) {
      if (links.has(d) && opts.followSymlinkDirs === false) continue;
      let id;
      try {
        const st = statSync(abs(d));
        id = `${st.dev}:${st.ino}`;
      } catch {
        continue;
      }
      if (seen.has(id)) continue;
      walk(d, /* @__PURE__ */ new Set([...seen, id]));
    }
  };
  try {
    for (const artifact of keep(paths.map(pyNormpath))) {
      const k = kind(abs(artifact));
      if (k === "file") add(artifact);
      else if (k === "dir") {
        let id = "";
        try {
          const st = statSync(abs(artifact));
          id = `${st.dev}:${st.ino}`;
        } catch {
        }
        walk(artifact, /* @__PURE__ */ new Set([id]));
      }
    }
  } catch (e) {
    hashing.abort();
    throw e;
  }
  const digests = await hashing.finish();
  const names = [...files.keys()].sort();
  const out = {};
  for (const n of names) out[n] = digests[files.get(n)];
  return out;
}

export {
  fnfilter,
  maxRecordPaths,
  recordArtifacts
};
