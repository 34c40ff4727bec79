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

const SAFE_URL =
  /^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~!$&'*+,;=:@%/-]*)?(\?[A-Za-z0-9._~!$&'*+,;=:@%/?-]*)?(#[A-Za-z0-9._~!$&'*+,;=:@%/?-]*)?$/;

export function mdLink(text: unknown, url: string): string {
  return SAFE_URL.test(url) && !/[()[\]<>`|\\"']/.test(url) ? `[${html(text)}](${url})` : html(text);
}

// control characters and bidirectional overrides: a name from a file must not move the cursor, recolour the terminal
// or reorder what is shown
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal or log line: control and bidi characters as \u{…} escapes. */
export function printable(s: unknown): string {
  return String(s ?? '').replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
