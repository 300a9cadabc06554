// Two numbers joined by "to", a dash, "and" (after "between") or "or": one range, two amounts sharing a unit, or a pair
// that is not an amount at all (a score, a date).
import type { Token } from '../../doc/types.js';
import { notAnAmount } from './context.js';
import { CHANGE_VERBS } from './lexicon.js';
import { CANDIDATE, isSkip } from './number.js';
import { type Read, readAt } from './read.js';
import { RANGE_MAX_RATIO } from './settings.js';
import { bare, isSpaceCode, wordBefore } from './text.js';

const RANGE_Y = /[ \t]*(?:\r?\n[ \t]*)?(?:([-–—])|(to|and|or|through|thru)(?=[ \t\r\n]))[ \t]*(?:\r?\n[ \t]*)?/iy;
const SIGN_Y = /(?:[A-Z]{1,3}\$|[$€£¥₽₴₹₩₺₪]|(?:USD|EUR|GBP|JPY|CHF|RUB|UAH|CNY) ?)?/y;
const NUMBER_START_Y = new RegExp(CANDIDATE.source, 'iy');

export type RangeResult = { kind: 'range'; a: Read; b: Read; start: number } | { kind: 'skip'; to: number } | { kind: 'single'; a: Read } | null;

/** A copy of `a` that takes from `b` what it does not say itself: "10 to 30 billion dlrs" → 10 billion dlrs. */
function inherit(a: Read, b: Read): Read {
  const takeUnit = !a.unit && !a.currency && (b.unit !== null || b.currency !== null);
  const takeScale = !a.scaled && b.scaled && a.value * b.scale <= b.value;
  // "3.75 dlrs to 4.25 dlrs per share": the rate is said once, at the end.
  const takeRate = !a.unit && a.currency !== null && a.currency === b.currency && b.unit !== null && b.unit.startsWith('per ');
  if (!takeUnit && !takeScale && !takeRate) return a;
  const out = { ...a };
  if (takeRate) out.unit = b.unit;
  if (takeUnit) {
    out.unit = b.unit;
    out.currency = b.currency;
    if (b.subunit) out.value /= 100;
  }
  if (takeScale) {
    out.value *= b.scale;
    out.scale = b.scale;
    out.scaled = true;
    out.plainInteger = false;
  }
  return out;
}

/** A second number joined by "to", "-", "and" (after "between"), "or": a range, a pair that is not one, or nothing. */
export function readRange(text: string, a: Read, tokens: readonly Token[] | undefined): RangeResult {
  RANGE_Y.lastIndex = a.end;
  const c = RANGE_Y.exec(text);
  if (!c) return null;
  const dash = c[1] !== undefined;
  const conn = (c[2] ?? '').toLowerCase();
  if (!dash && !isSpaceCode(text.charCodeAt(a.end)) && text.charCodeAt(a.end) !== 10) return null;
  SIGN_Y.lastIndex = RANGE_Y.lastIndex;
  SIGN_Y.exec(text);
  const at = SIGN_Y.lastIndex;
  NUMBER_START_Y.lastIndex = at;
  if (!NUMBER_START_Y.test(text)) return null;
  const glued = dash && c[0].length === 1 && at === a.end + 1;
  const b = readAt(text, at, true);
  if (isSkip(b)) return glued && !a.words ? { kind: 'skip', to: b.skipTo } : null;
  if (a.words !== b.words && glued) return null;
  const prev = bare(wordBefore(text, a.start).text);
  // A year or a label keeps its own reading: "notes due 2000 and 35 mln dlrs".
  const a2 = notAnAmount(text, a, tokens) === false || a.scaled ? inherit(a, b) : a;
  // "three and six-month bills", "5 and 10 mln dlrs": two amounts, the first taking the second's unit.
  if (conn === 'and' && prev !== 'between') {
    const suffixed = (b.unit || b.currency) && b.start === b.numStart; // "$5" names its own currency, not a's
    return a2 !== a && suffixed && notAnAmount(text, b, tokens) === false ? { kind: 'single', a: a2 } : null;
  }
  const b2 = b.currency || b.unit || !a.currency ? b : { ...b, currency: a.currency };
  const fromTo = prev === 'from' && conn === 'to';
  // "loans fell 222 mln dlrs to 64.05 billion": a change by X to Y, not a range.
  const change = conn === 'to' && (CHANGE_VERBS.has(prev) || b2.value > a2.value * RANGE_MAX_RATIO);
  const ok =
    !fromTo &&
    !change &&
    b2.value > a2.value &&
    a2.unit === b2.unit &&
    a2.currency === b2.currency &&
    notAnAmount(text, a2, tokens) === false &&
    notAnAmount(text, b2, tokens) === false;
  if (ok) return { kind: 'range', a: a2, b: b2, start: prev === 'between' ? wordBefore(text, a.start).start : a2.start };
  // "3-1", "10-12", "1987-88": a pair of numbers that is a score, a date or a code, not a range.
  if (glued && !a.words && !a.unit && !a.currency) return { kind: 'skip', to: b.end };
  return fromTo ? { kind: 'single', a: a2 } : null;
}

