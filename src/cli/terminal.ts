// Untrusted strings (titles, text, outlets, bylines, file names, URLs, error messages) printed to a terminal: every
// control character is shown escaped, so a hostile page cannot retitle, clear or rewrite the user's terminal.
// Escaped: C0 controls and DEL, C1 controls (U+0080–U+009F; 0x9B is a one-byte CSI on some terminals), bidi
// embeddings/overrides/isolates (Unicode TR #9: U+202A–U+202E, U+2066–U+2069, which can reorder what is shown),
// and the line/paragraph separators U+2028/U+2029. JSON output is not passed through here: it stays exact JSON.

/** Characters escaped on a line; `\n` and `\t` are added by `multiline` only. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const CONTROL_OR_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `s` safe to print on one line: every control character (newlines and tabs included) escaped as `\xNN` or
 * `\uNNNN`. Use for titles, names, sources, URLs, error messages.
 */
export function safeLine(s: string): string {
  return s.replace(CONTROL_OR_LINE, escapeChar);
}

/** `s` safe to print as a block of text: newlines and tabs kept, every other control character escaped. */
export function safeText(s: string): string {
  return s.replace(CONTROL, escapeChar);
}

/** A one-line message for stderr: whitespace runs (newlines too) become one space, then controls are escaped. */
export function safeMessage(s: string): string {
  return safeLine(s.replace(/[ \t\r\n]+/g, ' ').trim());
}
