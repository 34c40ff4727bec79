/**
 * Escaping of user-controlled text (file and subject names, lockfile entries, identities, error details) before it
 * reaches a job summary, which GitHub renders as Markdown with inline HTML.
 *
 * - `html(s)`: text inside an HTML element (a `<td>` of core.summary.addTable, a heading): every character that is
 *   markup in HTML or Markdown becomes a numeric character reference, and line breaks and other control characters
 *   become a space (a blank line would end the HTML block and let the rest be read as Markdown).
 * - `mdCell(s)`: text in a Markdown table cell or paragraph: the same, so no `|` splits the cell, no `[x](url)`
 *   becomes a link, no `<img>` becomes an element, no CR/LF starts a new row.
 * - `mdCode(s)`: text shown as code: a Markdown code span when the text cannot break out of one, else `<code>`
 *   with references (a code span would show them literally).
 * - `mdLink(text, url)`: a Markdown link only for an https URL of plain characters; anything else is shown as text.
 */

// C0 controls, DEL, C1 controls, and the Unicode line/paragraph separators
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// HTML markup characters plus every ASCII punctuation Markdown gives a meaning to
const SPECIAL = /[&<>"'`[\]()*_~|\\!#]/g;

const ref = (c: string) => `&#${c.codePointAt(0)};`;

export function html(s: unknown): string {
  return String(s ?? '')
    .replace(CONTROL, ' ')
    .replace(SPECIAL, ref);
}

export function mdCell(s: unknown): string {
  return html(s);
}

export function mdCode(s: unknown): string {
  const t = String(s ?? '');
  // a Markdown code span shows its text literally (no HTML, no links): safe unless it could close itself, split a
  // table cell or break the line
  return /^[^`|\\\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/.test(t) ? `\`${t}\`` : `<code>${html(t)}</code>`;
}

/** The characters a path, query or fragment may hold (plus '?' in the last two), as a character class body. */
const URL_CHARS = "A-Za-z0-9._~!$&'*+,;=:@%/";
const SAFE_URL = new RegExp(
  `^https:\\/\\/[A-Za-z0-9.-]+(:\\d+)?(\\/[${URL_CHARS}-]*)?(\\?[${URL_CHARS}?-]*)?(#[${URL_CHARS}?-]*)?$`,
);

export function mdLink(text: unknown, url: string): string {
  return SAFE_URL.test(url) && !/[()[\]<>`|\\"']/.test(url) ? `[${html(text)}](${url})` : html(text);
}

/*
 * Terminal and log output: escaping for text that reaches a terminal or a GitHub Actions log. The runner reads a step's
 * output line by line (a line ends at \n or \r) and executes a line that starts, after blanks, with `::`
 * (`::add-mask::`, `::stop-commands::`, `::error::`), and the legacy `##[command]` form anywhere in a line. Names that
 * come from files, globs, lockfiles or users are therefore printed through `printable`: one line, every control
 * character shown visibly, and never a workflow command.
 */

const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default: {
      const n = c.charCodeAt(0);
      return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
    }
  }
}

/** Breaks workflow commands in one line: a leading `::` (after blanks) and `##[` anywhere. */
function defuse(line: string): string {
  let s = line.replace(/##\[/g, '#\\x23[');
  const m = /^(\s*):/.exec(s);
  if (m && s[m[1].length + 1] === ':') s = `${m[1]}\\x3a${s.slice(m[1].length + 1)}`;
  return s;
}

/**
 * One printable line from any string: control characters (newlines, carriage returns, escape sequences, bidi
 * overrides) become `\n`, `\r`, `\xHH`, `\uHHHH`; the result never starts a workflow command.
 */
export function printable(s: unknown): string {
  return defuse(String(s).replace(TERMINAL_CONTROL, visible));
}

/**
 * Our own multi-line text (e.g. an error with the fix on the following lines): each line made printable, the line
 * breaks kept. Carriage returns end a line for the runner, so they count as line breaks here too.
 */
export function printableLines(s: unknown): string {
  return String(s)
    .split(/\r?\n|\r/)
    .map(printable)
    .join('\n');
}

/**
 * The last guard of a process's output: every line of a chunk (a line ends at \n or \r, as the runner reads it)
 * is defused, other control characters except tabs and ANSI colours are shown visibly. The line breaks themselves
 * are kept, so tables and progress lines look the same.
 */
export function guardOutput(chunk: string): string {
  return chunk
    .split(/(\r\n|\r|\n)/)
    .map((part, i) =>
      i % 2 ? part : defuse(part.replace(/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f]/g, visible)),
    )
    .join('');
}
