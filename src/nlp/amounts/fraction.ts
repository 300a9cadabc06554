// Parts of a whole: fractions in words ("a third of", "two-thirds", "one-fifth", "half of") and ratios ("four in
// five", "one in every 10", "nine out of 10"). Their value is the decimal share (2/3 = 0.666…), their unit "fraction".
import { FRACTION_DENOMINATORS, FRACTION_NUMERATORS, HALF_NOT_FRACTION_BEFORE, MONTHS } from './lexicon.js';
import { isSkip } from './number.js';
import { type Read, readAt } from './read.js';
import { RATIO_MAX_DENOMINATOR, YEAR_MAX, YEAR_MIN } from './settings.js';
import { bare, isUpperAt, wordAfter, wordBefore } from './text.js';

export const FRACTION_UNIT = 'fraction';

export interface Fraction {
  start: number;
  end: number;
  value: number;
}

/** A numerator word, a hyphen or spaces, a denominator: "two-thirds", "one fifth" (sticky, tried at number words). */
const NUMERATOR_FIRST_Y = new RegExp(`(${Object.keys(FRACTION_NUMERATORS).join('|')})(-|[ \\t]+)(${Object.keys(FRACTION_DENOMINATORS).join('|')})\\b`, 'iy');
/** "a" or "an" right before a denominator: "a third of". */
const ARTICLE_BEFORE = /(?<![\p{L}\d-])(an?)([ \t]+)$/iu;
const OF_AFTER = /^[ \t]+of\b/i;
const COMPOUND_AFTER = /^-\p{L}/u;

/**
 * The fraction written in words that starts at the candidate `at` (a number word or a denominator word): "two-thirds",
 * "one fifth of", "a third of" (read back from "third"), "half of". Null when there is none.
 */
export function fractionAt(text: string, at: number, word: string): Fraction | null {
  const lower = word.toLowerCase();
  if (lower in FRACTION_DENOMINATORS) {
    const end = at + word.length;
    const after = text.slice(end, end + 8);
    if (COMPOUND_AFTER.test(after) || !OF_AFTER.test(after)) return null; // "a third-party", "a third term"
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
    if (article) return lower === 'half' || lower.endsWith('s') ? null : { start: at - article[1].length - article[2].length, end, value: 1 / FRACTION_DENOMINATORS[lower] };
    // "half of the budget", but not "the first half of the year".
    if (lower === 'half' && !HALF_NOT_FRACTION_BEFORE.has(bare(wordBefore(text, at).text))) return { start: at, end, value: 0.5 };
    return null;
  }
  if (!(lower in FRACTION_NUMERATORS)) return null;
  NUMERATOR_FIRST_Y.lastIndex = at;
  const m = NUMERATOR_FIRST_Y.exec(text);
  if (!m) return null;
  const end = NUMERATOR_FIRST_Y.lastIndex;
  const den = FRACTION_DENOMINATORS[m[3].toLowerCase()];
  const n = FRACTION_NUMERATORS[m[1].toLowerCase()];
  const plural = /s$/i.test(m[3]) && m[3].toLowerCase() !== 'half';
  if ((n === 1) === plural || n >= den) return null; // "one thirds", "two third", "five quarters"
  const after = text.slice(end, end + 8);
  if (COMPOUND_AFTER.test(after)) return null; // "two-thirds-owned"
  // Spaced, a singular ("one third term") or a quarter ("three quarters" of a fiscal year) needs "of" to be a part.
  if (m[2] !== '-' && (!plural || den === 4) && !OF_AFTER.test(after)) return null;
  return { start: at, end, value: n / den };
}

const RATIO_Y = /[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?/iy;

/** "four in five", "1 in 10", "nine out of every 10": a share; null when `a` is not the first number of one. */
export function readRatio(text: string, a: Read): { b: Read; value: number } | null {
  if (!isCount(a) || !Number.isInteger(a.value) || a.value < 1) return null;
  RATIO_Y.lastIndex = a.end;
  if (!RATIO_Y.exec(text)) return null;
  const at = RATIO_Y.lastIndex;
  const b = readAt(text, at, true);
  if (isSkip(b) || b.start !== at || !isCount(b) || !Number.isInteger(b.value)) return null;
  if (b.value <= a.value || b.value > RATIO_MAX_DENOMINATOR) return null;
  // "3 in 2024" is a year, "1 in 10 May" a date.
  if (b.plainInteger && b.digits === 4 && b.value >= YEAR_MIN && b.value <= YEAR_MAX) return null;
  const next = wordAfter(text, b.end);
  if (MONTHS.has(bare(next.text)) && isUpperAt(next.text, 0)) return null;
  return { b, value: a.value / b.value };
}

/** A bare count: no currency, unit or percent. */
const isCount = (r: Read) => !r.currency && !r.unit && !r.tailObject;
