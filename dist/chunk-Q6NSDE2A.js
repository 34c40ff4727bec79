import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);

// src/util/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var SPECIAL = /[&<>"'`[\]()*_~|\\!#]/g;
var ref = (c) => `&#${c.codePointAt(0)};`;
function html(s) {
  return String(s ?? "").replace(CONTROL, " ").replace(SPECIAL, ref);
}
function mdCell(s) {
  return html(s);
}
function mdCode(s) {
  const t = String(s ?? "");
  return /^[^`|\\\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/.test(t) ? `\`${t}\`` : `<code>${html(t)}</code>`;
}
var URL_CHARS = "A-Za-z0-9._~!$&'*+,;=:@%/";
var SAFE_URL = new RegExp(
  `^https:\\/\\/[A-Za-z0-9.-]+(:\\d+)?(\\/[${URL_CHARS}-]*)?(\\?[${URL_CHARS}?-]*)?(#[${URL_CHARS}?-]*)?$`
);
function mdLink(text, url) {
  return SAFE_URL.test(url) && !/[()[\]<>`|\\"']/.test(url) ? `[${html(text)}](${url})` : html(text);
}
var TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(c) {
  switch (c) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "	":
      return "\\t";
    default: {
      const n = c.charCodeAt(0);
      return n <= 255 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
    }
  }
}
function defuse(line) {
  let s = line.replace(/##\[/g, "#\\x23[");
  const m = /^(\s*):/.exec(s);
  if (m && s[m[1].length + 1] === ":") s = `${m[1]}\\x3a${s.slice(m[1].length + 1)}`;
  return s;
}
function printable(s) {
  return defuse(String(s).replace(TERMINAL_CONTROL, visible));
}
function printableLines(s) {
  return String(s).split(/\r?\n|\r/).map(printable).join("\n");
}
function guardOutput(chunk) {
  return chunk.split(/(\r\n|\r|\n)/).map(
    (part, i) => i % 2 ? part : defuse(part.replace(/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f]/g, visible))
  ).join("");
}

export {
  html,
  mdCell,
  mdCode,
  mdLink,
  printable,
  printableLines,
  guardOutput
};
