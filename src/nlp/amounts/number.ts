// Reading one number at a candidate position: digits ("1,750", "5.93", "7-1/2", "3/8") or words
// ("twenty-five", "two hundred and fifty thousand", "a dozen"). Scales, units and currencies are read later.
import { FRACTION_DENOMINATORS } from './settings.js';
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon.js';

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** Written in words ("three") rather than digits. */
  words: boolean;
  /** Digits only, no comma, no decimal point, no fraction: the shape of a year, a label or a code. */
  plainInteger: boolean;
  /** Count of digits when written in digits. */
  digits: number;
  /** Words already carried a scale ("two million"). */
  scaled: boolean;
}

/** What the scanner does when a candidate is not a number: skip up to this offset. */
export interface Skip {
  skipTo: number;
}

const NUMBER_WORDS = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)];
/** The number words as a trie-shaped alternation: the scan then rejects a word after its first letters. */
const WORD_TRIE =
  'zero|one|t(?:wo|hree|en|welve|hirt(?:een|y)|wenty|housand|rillion)|f(?:our(?:teen)?|ive|ifteen|ifty|orty)|' +
  's(?:ix(?:teen|ty)?|even(?:teen|ty)?)|e(?:ight(?:een|y)?|leven)|nine(?:teen|ty)?|hundred|million|billion|dozen';
/** Singular denominators: "a third of", "half of" have no number word before them to start a fraction. */
const DENOMINATOR_TRIE = 'half|third|quarter|f(?:ourth|ifth)|s(?:ixth|eventh)|eighth|ninth|tenth';
/** The one compiled scan: a digit, a number word or a singular denominator, on word boundaries. */
export const CANDIDATE = new RegExp(`\\d|\\b(?:${WORD_TRIE}|${DENOMINATOR_TRIE})\\b`, 'gi');

const DIGITS_Y = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const DIGIT_RUN_Y = /[\d.,:/]*/y;
const SLASH_RUN_Y = /[\d/.\-]*/y;
const FRACTION_Y = /(\d{1,2})\/(\d{1,2})(?![\d/])/y;
const WORD_Y = new RegExp(`(?:${NUMBER_WORDS.join('|')})\\b`, 'iy');
const WORD_SEP_Y = /(?:[ \t]+and[ \t]+|[ \t]+|-)/y;
const A_BEFORE = /\b(half[ \t]+)?an?[ \t]+$/i;

const isDigit = (c: number) => c >= 48 && c <= 57;

function runEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  re.exec(text);
  return Math.max(re.lastIndex, at + 1);
}

function fractionAt(text: string, at: number): { value: number; end: number } | null {
  FRACTION_Y.lastIndex = at;
  const m = FRACTION_Y.exec(text);
  if (!m) return null;
  const num = Number(m[1]);
  const den = Number(m[2]);
  if (!FRACTION_DENOMINATORS.has(den) || num <= 0 || num >= den) return null;
  return { value: num / den, end: FRACTION_Y.lastIndex };
}

/** A number written in digits at `at` (a digit), or the run to skip when it is a time, date, code or version. */
export function readDigits(text: string, at: number): NumberMatch | Skip {
  DIGITS_Y.lastIndex = at;
  const m = DIGITS_Y.exec(text)!;
  let end = DIGITS_Y.lastIndex;
  const raw = m[0];
  const next = text.charCodeAt(end);
  // "10:30", "1.2.3", "24.02.2022", "5.924,000": times, versions, dates, garbage — not amounts.
  if ((next === 58 || next === 46 || next === 44) && isDigit(text.charCodeAt(end + 1))) return { skipTo: runEnd(DIGIT_RUN_Y, text, end) };
  // "0900", "007": codes and clock times.
  if (raw.length > 1 && raw[0] === '0' && isDigit(raw.charCodeAt(1))) return { skipTo: runEnd(DIGIT_RUN_Y, text, end) };
  const comma = raw.indexOf(',') >= 0;
  let value = Number(comma ? raw.replace(/,/g, '') : raw);
  let plainInteger = !comma && raw.indexOf('.') < 0;
  if (next === 47) {
    // "3/8" is a fraction; "1986/87", "24/7", "430.15/432.30", "26/02/1987" are not amounts.
    const f = plainInteger ? fractionAt(text, at) : null;
    if (!f) return { skipTo: runEnd(SLASH_RUN_Y, text, end) };
    return { start: at, end: f.end, value: f.value, words: false, plainInteger: false, digits: raw.length, scaled: false };
  }
  if ((next === 45 || next === 32) && plainInteger && isDigit(text.charCodeAt(end + 1))) {
    // Reuters' mixed fractions: "7-1/2 pct", "4 3/8".
    const f = fractionAt(text, end + 1);
    if (f) {
      value += f.value;
      end = f.end;
      plainInteger = false;
    }
  }
  return { start: at, end, value, words: false, plainInteger, digits: plainInteger ? raw.length : raw.replace(/\D/g, '').length, scaled: false };
}

type WordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'dozen' | 'big';

function wordKind(w: string): { kind: WordKind; value: number } {
  if (w in UNIT_WORDS) return { kind: UNIT_WORDS[w] >= 10 ? 'teen' : 'unit', value: UNIT_WORDS[w] };
  if (w in TENS_WORDS) return { kind: 'tens', value: TENS_WORDS[w] };
  if (w === 'hundred') return { kind: 'hundred', value: 100 };
  if (w === 'dozen') return { kind: 'dozen', value: 12 };
  return { kind: 'big', value: SCALE_WORDS[w] };
}

/** A number written in words at `at`; a bare scale word counts only after "a"/"an" ("a million", not "several million"). */
export function readWords(text: string, at: number): NumberMatch | Skip {
  let start = at;
  let total = 0;
  let current = 0;
  let last: WordKind | null = null;
  let lastBig = Infinity;
  let scaled = false;
  let end = at;
  let pos = at;
  for (;;) {
    WORD_Y.lastIndex = pos;
    const m = WORD_Y.exec(text);
    if (!m) break;
    const { kind, value } = wordKind(m[0].toLowerCase());
    if (last === null && (kind === 'hundred' || kind === 'dozen' || kind === 'big')) {
      const from = Math.max(0, at - 12);
      const a = A_BEFORE.exec(text.slice(from, at));
      if (!a) return { skipTo: WORD_Y.lastIndex };
      start = from + a.index;
      // "half a million" is 500,000.
      current = a[1] ? 0.5 : 1;
      last = 'unit';
    }
    if (kind === 'unit' || kind === 'teen') {
      if (last === 'unit' || last === 'teen' || (last === 'tens' && kind === 'teen') || last === 'dozen') break;
      current += value;
    } else if (kind === 'tens') {
      if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'dozen') break;
      current += value;
    } else if (kind === 'hundred') {
      if (current === 0 || current >= 100) break;
      current *= 100;
      scaled = true;
    } else if (kind === 'dozen') {
      if (last === 'dozen') break;
      current = (current || 1) * 12;
    } else {
      if (value >= lastBig) break;
      total += (current || 1) * value;
      current = 0;
      lastBig = value;
      scaled = true;
    }
    last = kind;
    end = WORD_Y.lastIndex;
    WORD_SEP_Y.lastIndex = end;
    const sep = WORD_SEP_Y.exec(text);
    if (!sep) break;
    // "and" joins only after a hundred or a big scale: "two hundred and fifty", never "one and two".
    if (/and/i.test(sep[0]) && kind !== 'hundred' && kind !== 'big') break;
    pos = WORD_SEP_Y.lastIndex;
  }
  return { start, end, value: total + current, words: true, plainInteger: false, digits: 0, scaled };
}

export function isSkip(x: NumberMatch | Skip): x is Skip {
  return (x as Skip).skipTo !== undefined;
}
