// Orthographic properties of a token: shape strings, case class, digit-normalised lower form.

/** Case classes (stored as small ints in the model's case profile). */
export const CASE = { none: 0, lower: 1, title: 2, upper: 3, mixed: 4 } as const;
export type CaseClass = (typeof CASE)[keyof typeof CASE];

const X = 88, SMALL_X = 120, D = 100, OTHER = 111;

/** Shape class of a UTF-16 code unit, as a code unit: X, x, d, an ASCII or general-punctuation symbol itself, or o. */
function charClass(c: number): number {
  if (c >= 65 && c <= 90) return X;
  if (c >= 97 && c <= 122) return SMALL_X;
  if (c >= 48 && c <= 57) return D;
  if (c < 128) return c;
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase(), up = ch.toUpperCase();
  if (lo !== up) return ch === up ? X : SMALL_X;
  return c >= 0x2000 && c <= 0x206f ? c : OTHER;
}

// FNV-1a, as hashString in hash.ts: the shape hashes are hashed one class at a time, the strings never made.
const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** Shape with runs collapsed: "McDonald" → "XxXx", "1996-08-30" → "d-d-d", "U.S." → "X.X.". */
export function shortShape(w: string): string {
  let out = '', last = -1;
  for (let i = 0; i < w.length; i++) {
    const k = charClass(w.charCodeAt(i));
    if (k !== last) out += String.fromCharCode(k);
    last = k;
  }
  return out;
}

/** hashString(shortShape(w)). */
export function shortShapeHash(w: string): number {
  let h = FNV_OFFSET, last = -1;
  for (let i = 0; i < w.length; i++) {
    const k = charClass(w.charCodeAt(i));
    if (k !== last) h = Math.imul(h ^ k, FNV_PRIME);
    last = k;
  }
  return h >>> 0;
}

/** Shape with runs capped at 3 and total length at 12: keeps length information for short tokens. */
export function longShape(w: string): string {
  let out = '', last = -1, run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const k = charClass(w.charCodeAt(i));
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 3) out += String.fromCharCode(k);
  }
  return out;
}

/** hashString(longShape(w)). */
export function longShapeHash(w: string): number {
  let h = FNV_OFFSET, last = -1, run = 0, length = 0;
  for (let i = 0; i < w.length && length < 12; i++) {
    const k = charClass(w.charCodeAt(i));
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 3) {
      h = Math.imul(h ^ k, FNV_PRIME);
      length++;
    }
  }
  return h >>> 0;
}

export function caseClass(w: string): CaseClass {
  let upper = 0, lower = 0, firstUpper = false, seenLetter = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let isUpper: boolean;
    if (c < 128) {
      // ASCII: only A-Z and a-z have a case (the test below, without making two strings).
      if (c >= 65 && c <= 90) isUpper = true;
      else if (c >= 97 && c <= 122) isUpper = false;
      else continue;
    } else {
      const ch = w[i];
      const lo = ch.toLowerCase(), up = ch.toUpperCase();
      if (lo === up) continue;
      isUpper = ch === up;
    }
    if (isUpper) { upper++; if (!seenLetter) firstUpper = true; } else lower++;
    seenLetter = true;
  }
  if (!seenLetter) return CASE.none;
  if (upper === 0) return CASE.lower;
  if (lower === 0) return upper === 1 && w.length === 1 ? CASE.title : CASE.upper;
  return firstUpper && upper === 1 ? CASE.title : CASE.mixed;
}

/** Lower-cased, every digit → "0" (so years and scores share weights). */
export function normWord(w: string): string {
  return w.toLowerCase().replace(/[0-9]/g, '0');
}

/** hashString(normWord(w)), from `lower` = w.toLowerCase(). */
export function normWordHash(lower: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    h = Math.imul(h ^ (c >= 48 && c <= 57 ? 48 : c), FNV_PRIME);
  }
  return h >>> 0;
}

/** "LONDON" → "London": the form looked up for words of all-caps headlines. */
export function titleCase(w: string): string {
  return w.length ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w;
}

export function hasUpper(w: string): boolean {
  return w !== w.toLowerCase();
}

/** A sentence is "all caps" (a CoNLL headline) when it has ≥ 2 cased words and none has a lower-case letter. */
export function isAllCapsSentence(tokens: string[]): boolean {
  let cased = 0;
  for (const t of tokens) {
    if (t !== t.toUpperCase()) return false;
    if (t !== t.toLowerCase()) cased++;
  }
  return cased >= 2;
}
