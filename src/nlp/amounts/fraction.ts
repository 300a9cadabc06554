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

/** The denominator words (as a trie, so the scan rejects most positions at once); the numerator is read back. */
const DENOMINATOR = /\b(?:half|thirds?|quarters?|f(?:ourths?|ifths?)|s(?:ixths?|evenths?)|eighths?|ninths?|tenths?)\b/gi;
/** A numerator word right before a denominator, glued by a hyphen or spaced. */
const NUMERATOR_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d-])(${Object.keys(FRACTION_NUMERATORS).join('|')})(-|[ \\t]+)$`, 'iu');
const OF_AFTER = /^[ \t]+of\b/i;
const COMPOUND_AFTER = /^-\p{L}/u;

/** The fractions written in words in `text`, in text order. */
export function findFractions(text: string): Fraction[] {
  const out: Fraction[] = [];
  DENOMINATOR.lastIndex = 0;
  for (let m; (m = DENOMINATOR.exec(text)); ) {
    const word = m[0].toLowerCase();
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 8);
    if (COMPOUND_AFTER.test(after)) continue; // "a third-party", "two-thirds-owned"
    const num = NUMERATOR_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const den = FRACTION_DENOMINATORS[word];
    const plural = word.endsWith('s') && word !== 'half';
    if (!num) {
      // "half of the budget", but not "the first half of the year" or "half an hour".
      if (word === 'half' && OF_AFTER.test(after) && !HALF_NOT_FRACTION_BEFORE.has(bare(wordBefore(text, m.index).text))) {
        out.push({ start: m.index, end, value: 0.5 });
      }
      continue;
    }
    const n = FRACTION_NUMERATORS[num[1].toLowerCase()];
    if ((n === 1) === plural || n >= den) continue; // "one thirds", "two third", "five quarters"
    const hyphen = num[2] === '-';
    // Spaced, a singular ("a third term") or a quarter ("three quarters" of a fiscal year) needs "of" to be a part.
    if (!hyphen && (!plural || den === 4) && !OF_AFTER.test(after)) continue;
    out.push({ start: m.index - num[1].length - num[2].length, end, value: n / den });
  }
  return out;
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
