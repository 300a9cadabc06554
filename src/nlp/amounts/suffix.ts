// What stands around a number and makes it money or a measure: a currency sign or code before it, and after it
// a scale ("mln", "bn"), a percent sign, a currency word ("dlrs", "Swiss francs"), a unit ("tonnes", "-day"), a rate
// tail ("a share", "per barrel"). Each reader is one sticky regex at a given offset.
import {
  AMBIGUOUS_CURRENCY_WORDS,
  COMMON_ISO_CURRENCIES,
  CURRENCY_ADJECTIVES,
  CURRENCY_ONLY_SCALES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DIGIT_SCALES,
  GLUED_ONLY_UNITS,
  ISO_ALIASES,
  ISO_CURRENCIES,
  PERCENT_UNITS,
  RATE_NOUNS,
  SUBUNITS,
  UNITS,
  currencyStem,
} from './lexicon.js';
import { isAsciiLetterCode, isLetterAt, isSpaceCode } from './text.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map((k) => esc(k).replace(/ /g, '(?:[ \\t]+(?:\\r?\\n[ \\t]*)?|\\r?\\n[ \\t]*)')).join('|');
/** Optional white space with at most one line break (Reuters wraps lines mid-sentence). */
const G = '[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?';
/** The same, at least one white-space character. */
const G1 = '(?:[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?|\\r?\\n[ \\t\\u00a0]*)';

export interface Hit {
  end: number;
}

// ---- before the number -------------------------------------------------------------------------------------------

const SIGNS = Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length);

/** Currency sign or ISO code ending at `numStart` (with at most one space): "$10", "US$ 5", "USD 5", "€153". */
/** Last characters of every sign and code: a cheap test before trying them all. */
const SIGN_LAST_CHARS = new Set([...SIGNS.map((s) => s[s.length - 1]), ...[...ISO_CURRENCIES].map((c) => c[2])]);

export function currencyBefore(text: string, numStart: number): { currency: string; start: number } | null {
  if (numStart === 0) return null;
  const c = text[numStart - 1];
  if (!SIGN_LAST_CHARS.has(c) && !(c === ' ' && numStart > 1 && SIGN_LAST_CHARS.has(text[numStart - 2]))) return null;
  const ends = [numStart];
  if (numStart > 0 && isSpaceCode(text.charCodeAt(numStart - 1))) ends.push(numStart - 1);
  for (const end of ends) {
    for (const sign of SIGNS) {
      const start = end - sign.length;
      if (start < 0 || !text.startsWith(sign, start)) continue;
      // Letter signs ("Rs") and the letter part of "US$" must start a word.
      if (isAsciiLetterCode(sign.charCodeAt(0)) && start > 0 && isLetterAt(text, start - 1)) continue;
      if (sign === 'Rs' && end === numStart) continue;
      return { currency: CURRENCY_SIGNS[sign], start };
    }
    const start = end - 3;
    if (start < 0) continue;
    const code = text.slice(start, end);
    if (!ISO_CURRENCIES.has(code) || (start > 0 && isLetterAt(text, start - 1))) continue;
    if (!COMMON_ISO_CURRENCIES.has(code) && !scaledAfter(text, numStart)) continue;
    return { currency: ISO_ALIASES[code] ?? code, start };
  }
  return null;
}

const SCALED_NUMBER_Y = /[\d.,]+[ \t]*(?:million|mln|mn|billion|bln|bn|trillion|tn|m|b)\b/iy;
const scaledAfter = (text: string, numStart: number) => {
  SCALED_NUMBER_Y.lastIndex = numStart;
  return SCALED_NUMBER_Y.test(text);
};

// ---- after the number --------------------------------------------------------------------------------------------

const SCALE_Y = new RegExp(`${G}(${alt(Object.keys(DIGIT_SCALES))})\\b`, 'iy');
const GLUED_SCALE_Y = new RegExp(`(${alt(Object.keys(CURRENCY_ONLY_SCALES))})(?![\\p{L}\\d])`, 'uy');

/** "5 mln", "1.2bn", "10 billion"; one-letter scales ("$5m") only when `money`. */
export function readScale(text: string, pos: number, money: boolean): (Hit & { scale: number }) | null {
  SCALE_Y.lastIndex = pos;
  const m = SCALE_Y.exec(text);
  if (m) return { end: SCALE_Y.lastIndex, scale: DIGIT_SCALES[m[1].toLowerCase()] };
  if (!money) return null;
  GLUED_SCALE_Y.lastIndex = pos;
  const g = GLUED_SCALE_Y.exec(text);
  return g ? { end: GLUED_SCALE_Y.lastIndex, scale: CURRENCY_ONLY_SCALES[g[1]] } : null;
}

const PERCENT_Y = new RegExp(`[ \\t]?%(?![\\p{L}\\d])|${G}(${alt(Object.keys(PERCENT_UNITS).filter((k) => k !== '%' && k !== 'bp' && k !== 'bps'))}|bps?)(?![\\p{L}\\d])`, 'iuy');

/** "%", "pct", "per cent", "percentage points", "basis points", "bps". */
export function readPercent(text: string, pos: number): (Hit & { unit: string }) | null {
  PERCENT_Y.lastIndex = pos;
  const m = PERCENT_Y.exec(text);
  if (!m) return null;
  if (m[1] && /^bps?$/i.test(m[1]) && m[1] !== m[1].toLowerCase()) return null; // "BP" is a company
  const key = m[1] ? m[1].toLowerCase().replace(/\s+/g, ' ') : '%';
  return { end: PERCENT_Y.lastIndex, unit: PERCENT_UNITS[key] };
}

const SUBUNIT_Y = new RegExp(`${G}(${alt(Object.keys(SUBUNITS))})\\b`, 'iy');

/** "15 cts", "50 cents", "20 pence": hundredths of a currency. */
export function readSubunit(text: string, pos: number): (Hit & { currency: string }) | null {
  SUBUNIT_Y.lastIndex = pos;
  const m = SUBUNIT_Y.exec(text);
  return m ? { end: SUBUNIT_Y.lastIndex, currency: SUBUNITS[m[1].toLowerCase()] } : null;
}

const CURRENCY_WORD_Y = new RegExp(`(?:${G}|-)(?:(${alt(Object.keys(CURRENCY_ADJECTIVES))})[ \\t]+)?(${alt([...Object.keys(CURRENCY_WORDS), 'pounds', 'pound'])})(?![\\p{L}\\d-])`, 'iuy');
const OF_AFTER_Y = /[ \t]+of\b/y;

/** "dlrs", "billion yen", "Canadian dlrs", "Swiss francs", "pounds sterling"; `scaled` lets ambiguous words count. */
export function readCurrencyWord(text: string, pos: number, scaled: boolean): (Hit & { currency: string }) | null {
  CURRENCY_WORD_Y.lastIndex = pos;
  const m = CURRENCY_WORD_Y.exec(text);
  if (!m) return null;
  const end = CURRENCY_WORD_Y.lastIndex;
  const adj = m[1]?.toLowerCase();
  const word = m[2].toLowerCase().replace(/\s+/g, ' ');
  if (adj) {
    const code = CURRENCY_ADJECTIVES[adj]?.[currencyStem(word.split(' ')[0])];
    if (code) return { end, currency: code };
  }
  if (word === 'pound' || word === 'pounds') {
    // Weight when "of" follows ("5 mln pounds of beef") or without a scale; money after a scale.
    OF_AFTER_Y.lastIndex = end;
    if (!scaled || OF_AFTER_Y.test(text)) return null;
    return { end, currency: 'GBP' };
  }
  if (AMBIGUOUS_CURRENCY_WORDS.has(word) && !scaled && !adj) return null;
  const code = CURRENCY_WORDS[word];
  return code ? { end, currency: code } : null;
}

const ISO_AFTER_Y = new RegExp(`${G}(${[...ISO_CURRENCIES].join('|')})(?![\\p{L}\\d])`, 'uy');

/** "5 million USD". Case-sensitive: codes are upper-case. */
export function readIsoAfter(text: string, pos: number): (Hit & { currency: string }) | null {
  ISO_AFTER_Y.lastIndex = pos;
  const m = ISO_AFTER_Y.exec(text);
  return m ? { end: ISO_AFTER_Y.lastIndex, currency: ISO_ALIASES[m[1]] ?? m[1] } : null;
}

const UNIT_KEYS = Object.keys(UNITS);
const HYPHEN_UNIT_Y = new RegExp(`[-‐‑](${alt(UNIT_KEYS)})(?:-old)?(?![\\p{L}\\d])`, 'iuy');
const SPACED_UNIT_Y = new RegExp(`${G}(${alt(UNIT_KEYS)})(?![\\p{L}\\d]|[-‐‑]\\p{L})`, 'iuy');
// Multi-word units glue too: "201sq km".
const GLUED_UNIT_Y = new RegExp(`(${alt([...UNIT_KEYS, ...Object.keys(GLUED_ONLY_UNITS)])})(?![\\p{L}\\d])`, 'iuy');
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const HYPHEN_WORD_Y = /[-‐‑]([a-z]{3,})(?![\p{L}\d])/uy;

/** Abbreviations must keep their case: "MW" or "mw" is a unit, "BP" or "FT" after a number is a name. */
function caseOk(matched: string, unit: string): boolean {
  if (matched.length > 3 || matched === matched.toLowerCase()) return true;
  return matched === unit || (/[A-Z]/.test(unit) && matched.toUpperCase() === unit.toUpperCase());
}

function unitOf(matched: string, glued: boolean): string | null {
  const key = matched.toLowerCase().replace(/[ \t\r\n\u00a0]+/g, ' ');
  const unit = UNITS[key] ?? (glued ? GLUED_ONLY_UNITS[key] : undefined);
  if (!unit) return null;
  return caseOk(matched, unit) ? unit : null;
}

export type UnitHit = Hit & { unit: string | null; hyphen: boolean; glued: boolean };

/**
 * A unit after the number: "-day" (hyphen, adjectival), "km" (glued), " tonnes" (spaced). With `anyHyphenWord`, any
 * other lower-case word after a hyphen is accepted with no unit ("a 72-member board"): digits only.
 */
export function readUnit(text: string, pos: number, anyHyphenWord: boolean): UnitHit | null {
  HYPHEN_UNIT_Y.lastIndex = pos;
  let m = HYPHEN_UNIT_Y.exec(text);
  if (m) {
    const unit = unitOf(m[1], false);
    if (unit) return { end: HYPHEN_UNIT_Y.lastIndex, unit, hyphen: true, glued: false };
  }
  GLUED_UNIT_Y.lastIndex = pos;
  m = GLUED_UNIT_Y.exec(text);
  if (m) {
    const unit = unitOf(m[1], true);
    if (unit) return { end: GLUED_UNIT_Y.lastIndex, unit, hyphen: false, glued: true };
  }
  SPACED_UNIT_Y.lastIndex = pos;
  m = SPACED_UNIT_Y.exec(text);
  // A title-case word after a number is a heading or a name ("13.5 mln Year Shr…", "10 Downing"), not a unit.
  if (m && m[0].length > m[1].length && !TITLE_CASE.test(m[1])) {
    const unit = unitOf(m[1], false);
    if (unit) return { end: SPACED_UNIT_Y.lastIndex, unit, hyphen: false, glued: false };
  }
  if (anyHyphenWord) {
    HYPHEN_WORD_Y.lastIndex = pos;
    m = HYPHEN_WORD_Y.exec(text);
    if (m) return { end: HYPHEN_WORD_Y.lastIndex, unit: null, hyphen: true, glued: false };
  }
  return null;
}

/** The lower-case word after a hyphen at `pos`, if any ("one-sided" → "sided"). */
export function hyphenTail(text: string, pos: number): string | null {
  const c = text.charCodeAt(pos);
  if (c !== 45 && c !== 0x2010 && c !== 0x2011) return null;
  let end = pos + 1;
  while (end < text.length && isLetterAt(text, end)) end++;
  return end > pos + 1 ? text.slice(pos + 1, end).toLowerCase() : null;
}

const RATE_Y = new RegExp(`(?:${G1}(?:per|a|an)${G1}|${G}/${G})(${alt(Object.keys(RATE_NOUNS))})(?![\\p{L}\\d])|/d(?![\\p{L}\\d])`, 'iuy');
/** "40 mln dlrs a year ago": a point in time, not a rate. */
const NOT_RATE_Y = /[ \t]+(?:ago|earlier|before|later|after|previously)\b/iy;

/** "a share", "per tonne", "a day", "/d": the thing a price or a flow is counted per. */
export function readRate(text: string, pos: number): (Hit & { per: string }) | null {
  RATE_Y.lastIndex = pos;
  const m = RATE_Y.exec(text);
  if (!m) return null;
  const end = RATE_Y.lastIndex;
  NOT_RATE_Y.lastIndex = end;
  if (NOT_RATE_Y.test(text)) return null;
  return { end, per: m[1] ? RATE_NOUNS[m[1].toLowerCase()] : 'day' };
}
