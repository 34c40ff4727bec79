/**
 * Escaping for text that reaches a terminal or a GitHub Actions log. The runner reads a step's output line by line
 * (a line ends at \n or \r) and executes a line that starts, after blanks, with `::` (`::add-mask::`,
 * `::stop-commands::`, `::error::`), and the legacy `##[command]` form anywhere in a line. Names that come from
 * files, globs, lockfiles or users are therefore printed through `printable`: one line, every control character
 * shown visibly, and never a workflow command.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

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
  return defuse(String(s).replace(CONTROL, visible));
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
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    .map((part, i) => (i % 2 ? part : defuse(part.replace(/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f]/g, visible))))
    .join('');
}
