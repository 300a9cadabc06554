// Reading one amount at a candidate: the number, then the currency sign before it and the scale, percent, currency
// word, unit and rate after it ("$10 billion", "5 mln Canadian dlrs", "50-day", "18 dlrs a barrel").
import { type Reading, gluedBefore, wordGluedBefore } from './context.js';
import { DIGIT_HYPHEN_STOP } from './lexicon.js';
import { type Skip, isSkip, readDigits, readWords } from './number.js';
import {
  currencyBefore,
  hyphenTail,
  readCurrencyWord,
  readIsoAfter,
  readPercent,
  readRate,
  readScale,
  readSubunit,
  readUnit,
} from './suffix.js';
import { isDigitCode, isLetterAt } from './text.js';

/** One number with what was read around it. */
export interface Read extends Reading {
  /** Scale factor applied to the written number (1 when none). */
  scale: number;
  /** Hundredths ("cts", "pence") were read: the value was divided by 100. */
  subunit: boolean;
  /** The unit is glued or hyphenated ("155mm", "50-day"): the amount modifies the next noun. */
  adjectival: boolean;
  /** A hyphenated word that is not a unit names what is counted: "a 36-country body" → "country". */
  tailObject: string | null;
}

const MINUS_BEFORE = /(?:^|[\s(])(?:[−-]|minus[ \t]+)$/i;
const HALF_Y = /(?:[ \t]+and[ \t]+a[ \t]+half|-and-a-half)\b/iy;
const PENCE_Y = /p(?![\p{L}\d])/uy;
const SUSPENDED_Y = /-[ \t]+(?:and|or|to)[ \t]/y;
const ORDINAL_Y = /(?:st|nd|rd|th|s)(?![\p{L}\d])/uy;
const ALNUM_RUN_Y = /[\p{L}\d]*/uy;

function skipAlnum(text: string, pos: number): Skip {
  ALNUM_RUN_Y.lastIndex = pos;
  ALNUM_RUN_Y.exec(text);
  return { skipTo: Math.max(ALNUM_RUN_Y.lastIndex, pos + 1) };
}

/** Reads the number at `at` (a digit or a number word) and everything that qualifies it; `second` = after "to", "-". */
export function readAt(text: string, at: number, second = false): Read | Skip {
  const digit = isDigitCode(text.charCodeAt(at));
  if (!second && (digit ? gluedBefore(text, at) : wordGluedBefore(text, at))) return skipAlnum(text, at);
  const num = digit ? readDigits(text, at) : readWords(text, at);
  if (isSkip(num)) return num;
  const cur = currencyBefore(text, num.start);
  let currency = cur?.currency ?? null;
  let value = num.value;
  let scale = 1;
  let scaled = num.scaled;
  let pos = num.end;
  let unit: string | null = null;
  let adjectival = false;
  let subunit = false;
  HALF_Y.lastIndex = pos;
  if (HALF_Y.test(text)) {
    // "three and a half months", "2 and a half years", "two-and-a-half".
    value += 0.5;
    pos = HALF_Y.lastIndex;
  }
  if (!scaled) {
    const s = readScale(text, pos, currency !== null);
    if (s) {
      scale = s.scale;
      value *= s.scale;
      scaled = true;
      pos = s.end;
    }
  }
  // Letters glued to the digits: a unit ("155mm", "10km") or else an ordinal, a decade, a code ("3rd", "1980s", "4G").
  if (digit && pos === num.end && isLetterAt(text, pos) && !currency) {
    PENCE_Y.lastIndex = pos;
    if (PENCE_Y.test(text)) {
      // London prices in pence: "366p".
      currency = 'GBP';
      value /= 100;
      subunit = true;
      pos = PENCE_Y.lastIndex;
    }
  }
  if (digit && pos === num.end && isLetterAt(text, pos)) {
    const u = readUnit(text, pos, false);
    if (!u || !u.glued) {
      ORDINAL_Y.lastIndex = pos;
      return ORDINAL_Y.test(text) ? { skipTo: ORDINAL_Y.lastIndex } : skipAlnum(text, pos);
    }
    unit = u.unit;
    adjectival = true;
    pos = u.end;
  }
  if (!unit) {
    const p = readPercent(text, pos);
    if (p) {
      unit = p.unit;
      pos = p.end;
    }
  }
  if (!unit && !currency) {
    const w = readCurrencyWord(text, pos, scaled) ?? readIsoAfter(text, pos);
    if (w) {
      currency = w.currency;
      pos = w.end;
    } else if (!scaled) {
      const sub = readSubunit(text, pos);
      if (sub) {
        currency = sub.currency;
        value /= 100;
        subunit = true;
        pos = sub.end;
      }
    }
  }
  let tailObject: string | null = null;
  if (!unit && !currency) {
    const u = readUnit(text, pos, digit);
    if (u) {
      unit = u.unit;
      adjectival = u.hyphen || u.glued;
      if (u.hyphen && !u.unit) tailObject = text.slice(pos + 1, u.end);
      pos = u.end;
    }
  }
  if (!tailObject) {
    // Hyphen tails that are not units: "one-sided", "two-thirds", "three-for-two", "3-for-2".
    const tail = hyphenTail(text, pos);
    if (tail && (!digit || DIGIT_HYPHEN_STOP.has(tail) || tail !== text.slice(pos + 1, pos + 1 + tail.length))) {
      // …and codes with a capital after the hyphen: "9-S-7760", "5-HT".
      return skipAlnum(text, pos + 1);
    }
  }
  // A suspended hyphen: "three- and seven-day" — the unit comes with the next number.
  SUSPENDED_Y.lastIndex = pos;
  if (!unit && !currency && SUSPENDED_Y.test(text)) pos++;
  if (unit || currency) {
    const r = readRate(text, pos);
    if (r) {
      unit = currency && !unit ? `per ${r.per}` : `${unit} per ${r.per}`;
      pos = r.end;
    }
  }
  // A minus sign or word: "-0.5 pct", "minus 10 degrees".
  let start = cur ? cur.start : num.start;
  if (!cur) {
    MINUS_BEFORE.lastIndex = 0;
    const minus = MINUS_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
    if (minus) {
      start -= minus[0].length - (minus[0].length - minus[0].trimStart().length);
      value = -value;
    }
  }
  return {
    start,
    end: pos,
    numStart: num.start,
    numEnd: num.end,
    value,
    words: num.words,
    plainInteger: num.plainInteger && !scaled,
    digits: num.digits,
    scaled,
    currency,
    unit,
    scale,
    subunit,
    adjectival,
    tailObject,
  };
}

