// Character and word helpers over the raw text, cheap enough to run at every number.

export const isDigitCode = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}/u;
/** A letter in any script (Cyrillic included), tested by code first for speed. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiLetterCode(c)) return true;
  return c > 127 && LETTER.test(text[i]);
}
export const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 160 || c === 0x202f || c === 0x2009;
export const isUpperAt = (text: string, i: number) => {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
};

export interface Word {
  text: string;
  start: number;
  end: number;
}

const isWordCode = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isDigitCode(c) || c === 46 || c === 39 || c === 0x2019 || c === 45 || isLetterAt(text, i);
};

/** Skips spaces and at most one line break backwards from `pos`; returns the new position. */
export function skipSpaceBack(text: string, pos: number): number {
  let i = pos;
  let breaks = 0;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isSpaceCode(c) || c === 13) i--;
    else if (c === 10 && breaks === 0) {
      breaks++;
      i--;
    } else break;
  }
  return i;
}

/** Skips spaces and at most one line break forwards from `pos`. */
export function skipSpace(text: string, pos: number): number {
  let i = pos;
  let breaks = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || c === 13) i++;
    else if (c === 10 && breaks === 0) {
      breaks++;
      i++;
    } else break;
  }
  return i;
}

/** The word (letters, digits, inner dots, apostrophes, hyphens) ending just before `pos`, across spaces; '' if punctuation. */
export function wordBefore(text: string, pos: number): Word {
  const end = skipSpaceBack(text, pos);
  let start = end;
  while (start > 0 && isWordCode(text, start - 1)) start--;
  return { text: text.slice(start, end), start, end };
}

/** The word starting after `pos`, across spaces (a trailing dot is left out); '' if punctuation comes first. */
export function wordAfter(text: string, pos: number): Word {
  const start = skipSpace(text, pos);
  let end = start;
  while (end < text.length && isWordCode(text, end)) end++;
  while (end > start && text.charCodeAt(end - 1) === 46) end--;
  return { text: text.slice(start, end), start, end };
}

/** Lower-case word without a trailing dot ("Jan." → "jan"). */
export const bare = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w).toLowerCase();

/** True when `pos` starts a line (only spaces between it and a line break or the text start). */
export function atLineStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10;
}
