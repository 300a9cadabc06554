// Rules that make a number something other than an amount: a year, a day of the month, a clock time, a phone
// number, a list marker or footnote, a label ("Article 5", "Boeing 737", "the Group of Seven"), the pronoun "one", a
// number word in an idiom ("one step closer"), a set already known ("the two sides").
import type { Token } from '../../doc/types.js';
import {
  CAPITALISED_BEFORE_AMOUNT,
  DEFINITE_BEFORE_COUNT,
  LABEL_NOUNS,
  MONTHS,
  NUMBER_IDIOMS,
  ONE_IDIOM_NOUNS,
  ONE_PRONOUN_AFTER,
  ONE_PRONOUN_BEFORE,
  ONE_PRONOUN_BEFORE_IF_ALONE,
  WEEKDAYS,
} from './lexicon.js';
import { LABEL_MAX_VALUE, MAX_DAY_OF_MONTH, PHONE_MIN_DIGITS, PHONE_MIN_GROUPS, YEAR_MAX, YEAR_MIN } from './settings.js';
import { atLineStart, bare, isDigitCode, isLetterAt, isSpaceCode, isUpperAt, skipSpace, wordAfter, wordBefore } from './text.js';
import { firstTokenFrom, tokenEndingAt } from './tokens.js';

/** The number being judged, with what was read around it. */
export interface Reading {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  value: number;
  words: boolean;
  plainInteger: boolean;
  digits: number;
  scaled: boolean;
  currency: string | null;
  unit: string | null;
}

/** Words after "the only one" that show no noun follows. */
const FUNCTION_WORDS = new Set(['who', 'that', 'which', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'can', 'could', 'left', 'here', 'there', 'now', 'then', 'yet', 'too', 'again', 'from', 'by', 'of', 'as', 'than', 'so', 'if', 'when', 'where', 'not']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those']);
const ONE_DAY_COUNTED_AFTER = new Set(['in', 'for', 'within', 'only', 'just', 'than', 'per', 'over', 'after', 'of', 'by', 'a', 'every', 'each', 'first', 'last', 'about', 'nearly', 'almost', 'barely', 'least']);

const MONTH_NAMES = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DAY_PAIR_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:and|or|to|through|until|till|-|–)\\s*$`);

const bareNumber = (r: Reading) => !r.currency && !r.unit && !r.scaled;

export const isYearShape = (r: Reading) =>
  r.plainInteger && r.digits === 4 && r.value >= YEAR_MIN && r.value <= YEAR_MAX && !r.currency && !r.scaled && (!r.unit || r.unit === 'year');

const isDayShape = (r: Reading) => !r.words && r.plainInteger && r.value >= 1 && r.value <= MAX_DAY_OF_MONTH && bareNumber(r);

const TIME_AFTER_Y = /[ \t]*(?:\r?\n[ \t]*)?(?:a\.m\.|p\.m\.|am|pm|a\.m|p\.m|gmt|utc|bst|est|edt|cet|cest|msk|eet|eest|o'clock|local time|kyiv time|kiev time|moscow time)(?![\p{L}\d])/iuy;
const MILITARY_TIME_Y = /[ \t]*(?:\r?\n[ \t]*)?(?:hrs|h)(?![\p{L}\d])/uy;
const PHONE_Y = /\+?\(?\d{1,4}\)?(?:[ .\-]\(?\d{2,5}\)?){1,5}(?![\d,])/y;
const PHONE_WORD = /^(?:tel|phone|telephone|call|fax|hotline|mob|mobile|whatsapp|viber)$/i;

/** End of the phone number starting at the reading, or -1. */
function phoneEnd(text: string, r: Reading, prevWord: string): number {
  if (r.words) return -1;
  let at = r.numStart;
  const before = text.charCodeAt(at - 1);
  if (before === 40 || before === 43) at--; // "(" or "+"
  if (text.charCodeAt(at - 1) === 43) at--;
  PHONE_Y.lastIndex = at;
  const m = PHONE_Y.exec(text);
  if (!m) return -1;
  const digits = m[0].replace(/\D/g, '').length;
  const groups = m[0].split(/[ .\-()]+/).filter(Boolean).length;
  if (digits < PHONE_MIN_DIGITS) return -1;
  const phone = groups >= PHONE_MIN_GROUPS || text[at] === '+' || text[at] === '(' || /^\d{3}-\d{4}$/.test(m[0]) || PHONE_WORD.test(prevWord);
  return phone ? PHONE_Y.lastIndex : -1;
}

/** "one" as a pronoun or in an idiom: "one of the", "no one", "the one who", "one another", "at one point". */
function isPronounOne(text: string, r: Reading, tokens: readonly Token[] | undefined): boolean {
  const w = text.slice(r.numStart, r.numEnd).toLowerCase();
  if (w !== 'one' || r.currency) return false;
  const prev = bare(wordBefore(text, r.numStart).text);
  const next = wordAfter(text, r.numEnd);
  const nextBare = bare(next.text);
  // "One day he came" is an idiom; "in one day", "for one day" count a day.
  if (nextBare === 'day' && !ONE_DAY_COUNTED_AFTER.has(prev)) return true;
  // "at one point", "at one time".
  if ((prev === 'at' || prev === 'in' || prev === 'on') && ONE_IDIOM_NOUNS.has(nextBare)) return true;
  // "one by one", "one on one": the second one.
  if ((prev === 'by' || prev === 'on' || prev === 'to') && bare(wordBefore(text, wordBefore(text, r.numStart).start).text) === 'one') return true;
  if (r.unit) return false;
  if (ONE_PRONOUN_BEFORE.has(prev) || ONE_PRONOUN_AFTER.has(nextBare)) return true;
  // "the only one", "a short one": an adjective after a determiner, with no noun after "one".
  const prevWord = wordBefore(text, r.numStart);
  const prevToken = tokens?.length ? tokenEndingAt(tokens, prevWord.end) : null;
  const determined = prev === 'a' || DETERMINERS.has(bare(wordBefore(text, prevWord.start).text));
  if (determined && (ONE_PRONOUN_BEFORE_IF_ALONE.has(prev) || prevToken?.pos === 'ADJ')) {
    const t = tokens?.length ? tokens[firstTokenFrom(tokens, r.numEnd)] : undefined;
    const nounAfter = t ? t.start === next.start && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') : /^\p{Ll}{3,}$/u.test(next.text) && !FUNCTION_WORDS.has(nextBare);
    if (!nounAfter) return true;
  }
  if (nextBare === "'s" || nextBare === '’s' || text.startsWith("'s", r.numEnd) || text.startsWith('’s', r.numEnd)) return true;
  return false;
}

/** A noun or adjective (a lower-case word when untagged) right after `end`: the number counts it. */
function countsNext(text: string, end: number, tokens: readonly Token[] | undefined): boolean {
  const next = wordAfter(text, end);
  if (!/^\p{Ll}/u.test(next.text)) return false;
  const t = tokens?.length ? tokens[firstTokenFrom(tokens, next.start)] : undefined;
  return !t || t.start !== next.start || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM';
}

/** A bare integer named by the word before it: "Article 5", "flight 17", "Boeing 737", "Tuesday 10". */
function isLabel(text: string, r: Reading, prevText: string, tokens: readonly Token[] | undefined, prevEnd: number): boolean {
  if (!bareNumber(r) || r.value >= LABEL_MAX_VALUE || r.digits > 5) return false;
  if (!r.plainInteger && !r.words) return false;
  const prev = bare(prevText);
  // "the Group of Seven", "the Group of 20", "the Gang of Four": a name with "of" before its number.
  // Digits there name only when no noun follows ("the Committee of 600 commercial banks" counts banks).
  if (prev === 'of' && (r.words ? isUpperAt(text, r.numStart) : !countsNext(text, r.end, tokens))) {
    const name = wordBefore(text, prevEnd - prevText.length);
    if (/^\p{Lu}\p{Ll}/u.test(name.text) && !CAPITALISED_BEFORE_AMOUNT.has(bare(name.text)) && !sentenceStart(text, name.start)) return true;
  }
  // "World War Three", "Air Force One": a capitalised number word after a capitalised name.
  if (r.words) return isUpperAt(text, r.numStart) && prevText !== '' && isUpperAt(prevText, 0) && !CAPITALISED_BEFORE_AMOUNT.has(prev) && !sentenceStart(text, prevEnd - prevText.length);
  if (LABEL_NOUNS.has(prev) || text.charCodeAt(r.numStart - 1) === 35 /* # */) return true;
  if (!prevText || !isUpperAt(prevText, 0) || CAPITALISED_BEFORE_AMOUNT.has(prev)) return false;
  if (WEEKDAYS.has(prev)) return true;
  if (!tokens) return true;
  const t = tokenEndingAt(tokens, prevEnd);
  return t !== null && t.pos === 'PROPN';
}

/** Only spaces, an opening quote or bracket between `pos` and the end of the previous sentence (or the text start). */
function sentenceStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isSpaceCode(c) || c === 34 || c === 0x201c || c === 0x2018 || c === 40 || c === 39 || c === 42 || c === 45 || c === 0x2013 || c === 0x2014) i--;
    else break;
  }
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026 || c === 0x201d || c === 124;
}

/** "One Battle After Another": a capitalised number word inside a sentence, before a capitalised word, is a title. */
function isTitleWord(text: string, r: Reading): boolean {
  if (!r.words || !isUpperAt(text, r.numStart) || sentenceStart(text, r.numStart)) return false;
  // "the Group of Seven (G-7)", "One Battle After Another"; but "… Two soldiers" counts.
  const next = wordAfter(text, r.end);
  return !(next.text !== '' && next.start === skipSpace(text, r.end) && /^\p{Ll}/u.test(next.text));
}

const COORDINATED_AFTER = /^(?:[ \t]+(?:and|or|to)\b|[ \t]*[-–])/i;

/** The idioms by number word: the words before and after it, as anchored regexes. */
const IDIOMS_BY_WORD = new Map<string, { before: RegExp | null; after: RegExp | null }[]>();
for (const idiom of NUMBER_IDIOMS) {
  const words = idiom.split(' ');
  words.forEach((w, i) => {
    const m = /^\[(\w+)\]$/.exec(w);
    if (!m) return;
    const plain = (ws: string[]) => ws.map((x) => x.replace(/^\[|\]$/g, '')).join('[ \\t]+');
    const before = i ? new RegExp(`(?:^|[^\\p{L}])${plain(words.slice(0, i))}[ \\t]+$`, 'iu') : null;
    const after = i < words.length - 1 ? new RegExp(`^[ \\t]+${plain(words.slice(i + 1))}(?![\\p{L}])`, 'iu') : null;
    IDIOMS_BY_WORD.set(m[1], [...(IDIOMS_BY_WORD.get(m[1]) ?? []), { before, after }]);
  });
}

/** A number word inside an idiom: "one step closer", "in more ways than one". */
function inIdiom(text: string, r: Reading): boolean {
  // Keyed by the last word of the number: "a million" is looked up as "million", its "a" left of it.
  const word = /[\p{L}]+$/u.exec(text.slice(r.numStart, r.numEnd))?.[0];
  const list = word ? IDIOMS_BY_WORD.get(word.toLowerCase()) : undefined;
  if (!word || !list) return false;
  const at = r.numEnd - word.length;
  const left = text.slice(Math.max(0, at - 32), at);
  const right = text.slice(r.numEnd, r.numEnd + 40);
  return list.some((i) => (!i.before || i.before.test(left)) && (!i.after || i.after.test(right)));
}

/** False when the reading is an amount; else the offset to resume scanning from (past a phone number, say). */
export function notAnAmount(text: string, r: Reading, tokens?: readonly Token[]): number | false {
  const no = rejects(text, r, tokens);
  if (no === false) return false;
  return no === true ? r.numEnd : no;
}

function rejects(text: string, r: Reading, tokens?: readonly Token[]): boolean | number {
  if (r.value === 0 && r.words && bareNumber(r)) return true; // "zero tolerance", "zero-sum"
  // "in 1987", and "1986 year net" (a year, though "2000 years" is a duration).
  if (isYearShape(r) && (r.unit === null || /year$/i.test(text.slice(r.numEnd, r.end)))) return true;
  const prev = wordBefore(text, r.start);
  const prevBare = bare(prev.text);
  // "in January 1987" is caught as a year above; "on May 5" and "5 May" here.
  // Days and years next to a month or a weekday: "July 25", "25 July", "March 3, 1987", "Tuesday 10".
  if (r.words && r.value <= MAX_DAY_OF_MONTH && bareNumber(r) && MONTHS.has(prevBare) && isUpperAt(prev.text, 0)) {
    // "Pay April six", "by January one" — unless a noun follows: "in March two soldiers died".
    const t = tokens?.length ? tokens[firstTokenFrom(tokens, r.end)] : undefined;
    if (!t || t.pos !== 'NOUN') return true;
  }
  if (isDayShape(r)) {
    if ((MONTHS.has(prevBare) || WEEKDAYS.has(prevBare)) && isUpperAt(prev.text, 0)) return true;
    const next = wordAfter(text, r.end);
    if (MONTHS.has(bare(next.text)) && isUpperAt(next.text, 0)) return true;
    // "The April 12 and 26 elections", "March 5 to 10".
    if (DAY_PAIR_BEFORE.test(text.slice(Math.max(0, r.start - 24), r.start))) return true;
  }
  // Clock times: "10 am", "1400 GMT", "0900 hrs" (leading zeros are dropped earlier).
  TIME_AFTER_Y.lastIndex = r.numEnd;
  if (!r.words && TIME_AFTER_Y.test(text)) return true;
  if (r.plainInteger && r.digits === 4 && r.value < 2400 && r.value % 100 < 60) {
    MILITARY_TIME_Y.lastIndex = r.numEnd;
    if (MILITARY_TIME_Y.test(text)) return true;
  }
  const phone = phoneEnd(text, r, prevBare);
  if (phone >= 0) return phone;
  // List markers and footnotes: "1. ", "2) " at a line start; "(1)", "[3]".
  if (r.plainInteger && bareNumber(r)) {
    const after = text.charCodeAt(r.numEnd);
    if ((after === 46 || after === 41) && atLineStart(text, r.start) && (r.numEnd + 1 >= text.length || isSpaceCode(text.charCodeAt(r.numEnd + 1)) || text.charCodeAt(r.numEnd + 1) === 10)) return true;
    const before = text.charCodeAt(r.start - 1);
    if ((before === 40 && after === 41) || (before === 91 && after === 93)) return true;
  }
  if (isLabel(text, r, prev.text, tokens, prev.end)) return true;
  if (r.words && (isPronounOne(text, r, tokens) || isTitleWord(text, r) || (!r.unit && !r.currency && inIdiom(text, r)))) return true;
  // "the two sides", "those three men": a set the text already knows, not a new quantity ("the three and six month
  // bills" is a pair of amounts).
  if (r.words && bareNumber(r) && r.value >= 2 && r.value <= 10 && DEFINITE_BEFORE_COUNT.has(prevBare) && !COORDINATED_AFTER.test(text.slice(r.end, r.end + 6))) return true;
  return false;
}

/**
 * Characters glued before a digit that make it part of something else: a code ("F-16", "MH17", "COVID-19"), a URL
 * or path ("/54980"), a time or ratio tail (":30", "/87"), a footnote mark ("war.46", "world.”41").
 */
export function gluedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (isSpaceCode(c) || c === 10 || c === 13) return false;
  if (isLetterAt(text, at - 1)) return true;
  const cc = at > 1 ? text.charCodeAt(at - 2) : 32;
  switch (c) {
    case 45: // -
    case 0x2013: // –
    case 0x2010:
    case 0x2011:
      // "F-16", "Su-25" (a code) or "1987-88", "3-1" (the second half of a pair that was not a range).
      return isLetterAt(text, at - 2) || isDigitCode(cc);
    case 43: // + in a URL query ("…+after+2026")
      return isLetterAt(text, at - 2) || isDigitCode(cc);
    case 40: // ( after a word or a backslash: a call or a code, "void(0)", "void\(0\)"
      return isLetterAt(text, at - 2) || cc === 92 || isDigitCode(cc);
    case 62: // > closing a link or tag: "<…>[8]", "<b>5"
    case 47: // /
    case 95: // _
    case 64: // @
    case 61: // =
    case 58: // :
    case 92: // \
    case 39: // '
    case 0x2019: // ’
    case 0x201d: // ”
    case 41: // )
    case 93: // ]
      return true;
    case 46: // .
      return isLetterAt(text, at - 2) || isDigitCode(cc) || cc === 0x201d || cc === 34 || cc === 41 || cc === 93;
    case 34: // " closing a quote
      return !(at < 2 || isSpaceCode(cc) || cc === 10 || cc === 40);
    default:
      return false;
  }
}

/** A number word glued to what precedes it by a hyphen or slash is part of a compound: "two-for-one", "24/seven". */
export function wordGluedBefore(text: string, at: number): boolean {
  if (at < 2) return false;
  const c = text.charCodeAt(at - 1);
  return (c === 45 || c === 47 || c === 0x2010 || c === 0x2011) && !isSpaceCode(text.charCodeAt(at - 2));
}
