// Amounts in a text: one compiled scan for digits and number words, then local rules around each candidate —
// currency, scale, unit, percent, range, bounds — and the counted object from the POS-tagged tokens.
//
// Output conventions:
//   span    the amount expression: currency sign or code + number + scale + currency word / unit / percent
//           ("$10 billion", "5 mln dlrs", "10 pct", "5,000 tonnes", "50-day"); ranges span both ends
//           ("$10 billion to $30 billion", "between 5 and 10", "400-600"). Bounding words ("up to", "more than")
//           and the counted object stay outside the span.
//   value   the number of a single amount, scale applied ("$10 billion" → 1e10; "15 cts" → 0.15 USD).
//   min/max a range has min and max and no value; "up to 10" has value 10 and max 10, "more than 10" value 10, min 10.
//   unit    canonical unit: "percent", "percentage point", "basis point", "day", "year", "km", "tonne", …; money
//           counted per something carries "per share", "per tonne"; a measure per time "barrel per day".
//   currency ISO 4217 code ("USD", "EUR", "GBP", "UAH"; Reuters' 1987 "marks" → "DEM").
//   object  the counted thing or the thing the money is the worth of: its head noun phrase ("Patriot systems",
//           "drone deal"), found from the tokens (omitted when no tokens are given).
import type { Amount } from '../../doc/schema.js';
import type { Token } from '../../doc/types.js';
import { notAnAmount } from './context.js';
import { FRACTION_DENOMINATORS, MAX_MODIFIERS, MIN_MODIFIERS, PREPOSITION_MODIFIERS } from './lexicon.js';
import { CANDIDATE, isSkip } from './number.js';
import { FRACTION_UNIT, type Fraction, fractionAt, readRatio } from './fraction.js';
import { type AmountKind, findObject, wordTokens } from './object.js';
import { readRange } from './range.js';
import { type Read, readAt } from './read.js';
import { COMPARED_CUE_MAX_GAP, COMPARED_LOOKBACK_CHARS } from './settings.js';
import { bare, wordBefore } from './text.js';
import { firstTokenFrom } from './tokens.js';

const modifierRe = (list: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${list.map((m) => m.replace(/ /g, '[ \\t\\r\\n]+')).join('|')})[ \\t\\r\\n]+$`, 'iu');
const MODIFIER_LAST_WORDS = new Set([...MAX_MODIFIERS, ...MIN_MODIFIERS].map((m) => m.split(' ').pop()!));
const MAX_BEFORE = modifierRe(MAX_MODIFIERS);
const MIN_BEFORE = modifierRe(MIN_MODIFIERS);
const OR_MORE_Y = /[ \t]+or[ \t]+(?:(more|greater|higher|above|over)|(less|fewer|lower|below|under))\b/iy;
const COMPARED_WORDS = new Set(['from', 'to', 'vs', 'versus', 'against', 'with', 'than']);

function kindOf(a: { currency: string | null; unit: string | null }): AmountKind {
  if (a.currency) return 'money';
  if (a.unit === 'percent' || a.unit === 'percentage point' || a.unit === 'basis point') return 'percent';
  return a.unit ? 'measure' : 'count';
}

interface Built {
  amount: Amount;
  read: Read;
}

/** Scales and hundredths are applied in binary floating point: 2.07 × 1e6 is printed 2069999.9999999998. */
const tidy = (x: number) => Number(x.toPrecision(12));

function build(text: string, start: number, end: number, f: Omit<Amount, 'start' | 'end' | 'text'>): Amount {
  const out: Amount = { start, end, text: text.slice(start, end) };
  if (f.value != null) out.value = tidy(f.value);
  if (f.min != null) out.min = tidy(f.min);
  if (f.max != null) out.max = tidy(f.max);
  if (f.unit) out.unit = f.unit;
  if (f.currency) out.currency = f.currency;
  return out;
}

function objectOf(text: string, tokens: readonly Token[] | undefined, start: number, r: Read): string | null {
  if (r.tailObject) return r.tailObject;
  return tokens ? findObject(text, tokens, { start, end: r.end, kind: kindOf(r), adjectival: r.adjectival, scaled: r.scaled }) : null;
}

const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]*\p{Lu})|\n\s*\n/u;

function sameSentence(text: string, from: number, to: number, tokens: readonly Token[] | undefined): boolean {
  if (!tokens?.length) return !SENTENCE_END.test(text.slice(from, to));
  const i = firstTokenFrom(tokens, from);
  const j = firstTokenFrom(tokens, to);
  return i < tokens.length && j < tokens.length && tokens[i].sentence === tokens[j].sentence;
}

/** A noun (or name) right after `pos`: the number counts it, so it takes no currency from elsewhere ("10 mln shares"). */
function countsNoun(pos: number, tokens: readonly Token[] | undefined): boolean {
  if (!tokens?.length) return true;
  const i = firstTokenFrom(tokens, pos);
  return i < tokens.length && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN' || tokens[i].pos === 'ADJ');
}

/**
 * A bare scaled number in the sentence of an amount with a currency or unit takes it: Reuters drops the repeated
 * currency ("rose to 275 mln marks from 222 mln", "exports totalled 22.4 billion dlrs and imports 12.9 billion").
 */
function compared(text: string, a: Read, out: Built[], tokens: readonly Token[] | undefined): Read {
  if (a.unit || a.currency || !a.scaled) return a;
  if (COMPARED_WORDS.has(bare(wordBefore(text, a.start).text))) {
    // "275.52 mln marks in 1986 from 222.73 mln": only the amount it is compared with counts.
    const last = out[out.length - 1];
    if (!last || !(last.read.currency || last.read.unit) || a.start - last.amount.end > COMPARED_CUE_MAX_GAP) return a;
    return { ...a, currency: last.read.currency, unit: last.read.unit };
  }
  if (countsNoun(a.end, tokens)) return a;
  for (let k = out.length - 1; k >= 0; k--) {
    const last = out[k];
    if (a.start - last.amount.end > COMPARED_LOOKBACK_CHARS) return a;
    if (!(last.read.currency || last.read.unit) || last.read.scale !== a.scale) continue;
    if (!sameSentence(text, last.amount.start, a.start, tokens)) return a;
    return { ...a, currency: last.read.currency, unit: last.read.unit };
  }
  return a;
}

/** Amounts of `text`, in text order. With POS-tagged `tokens` (offsets into `text`), the counted object too. */
export function extractAmounts(text: string, allTokens?: readonly Token[]): Amount[] {
  const tokens = allTokens && wordTokens(allTokens);
  const out: Built[] = [];
  const re = CANDIDATE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    // Fractions in words first: "two-thirds" starts at its number word, "a third of" at its denominator.
    const c = text.charCodeAt(at);
    const fraction = c < 48 || c > 57 ? fractionAt(text, at, m[0]) : null;
    if (fraction) {
      const amount = build(text, fraction.start, fraction.end, { unit: FRACTION_UNIT });
      amount.value = fraction.value; // exact: 2/3 is not rounded
      const object = tokens ? findObject(text, tokens, { start: fraction.start, end: fraction.end, kind: 'percent', adjectival: false, scaled: false }) : null;
      if (object) amount.object = object;
      out.push({ amount, read: fractionRead(fraction) });
      re.lastIndex = fraction.end;
      continue;
    }
    if (m[0].toLowerCase() in FRACTION_DENOMINATORS) continue; // "the third quarter": an ordinal, no amount
    const a = readAt(text, at);
    if (isSkip(a)) {
      re.lastIndex = Math.max(a.skipTo, at + 1);
      continue;
    }
    const range = readRange(text, a, tokens);
    if (range?.kind === 'skip') {
      re.lastIndex = Math.max(range.to, at + 1);
      continue;
    }
    if (range?.kind === 'range') {
      const { a: lo, b: hi } = range;
      const amount = build(text, range.start, hi.end, { min: lo.value, max: hi.value, unit: hi.unit, currency: hi.currency });
      const object = objectOf(text, tokens, range.start, hi);
      if (object) amount.object = object;
      out.push({ amount, read: hi });
      re.lastIndex = hi.end;
      continue;
    }
    const ratio = range ? null : readRatio(text, a);
    if (ratio) {
      // "four in five voters": one share, spanning both numbers.
      const amount = build(text, a.start, ratio.b.end, { unit: FRACTION_UNIT });
      amount.value = ratio.value; // exact: 1/3 is not rounded
      const object = tokens ? findObject(text, tokens, { start: a.start, end: ratio.b.end, kind: 'count', adjectival: false, scaled: false }) : null;
      if (object) amount.object = object;
      out.push({ amount, read: ratio.b });
      re.lastIndex = ratio.b.end;
      continue;
    }
    let one = range?.kind === 'single' ? range.a : a;
    const skip = notAnAmount(text, one, tokens);
    if (skip !== false) {
      re.lastIndex = Math.max(skip, at + 1);
      continue;
    }
    one = compared(text, one, out, tokens);
    // Bounds before the amount are tested only when the word before ends one ("more than", "up to", "over").
    const lastWord = bare(wordBefore(text, one.start).text);
    const placesOnly = PREPOSITION_MODIFIERS.has(lastWord) && kindOf(one) === 'count';
    const before = MODIFIER_LAST_WORDS.has(lastWord) && !placesOnly ? text.slice(Math.max(0, one.start - 24), one.start) : '';
    OR_MORE_Y.lastIndex = one.end;
    const orMore = OR_MORE_Y.exec(text);
    const isMin = (before !== '' && MIN_BEFORE.test(before)) || (orMore !== null && orMore[1] !== undefined);
    const isMax = !isMin && ((before !== '' && MAX_BEFORE.test(before)) || (orMore !== null && orMore[2] !== undefined));
    const amount = build(text, one.start, one.end, {
      value: one.value,
      min: isMin ? one.value : null,
      max: isMax ? one.value : null,
      unit: one.unit,
      currency: one.currency,
    });
    const object = objectOf(text, tokens, one.start, one);
    if (object) amount.object = object;
    out.push({ amount, read: one });
    re.lastIndex = Math.max(one.end, at + 1);
  }
  return out.map((b) => b.amount);
}

/** The reading a fraction leaves for the amounts after it (nothing to share: no currency, no scale). */
function fractionRead(f: Fraction): Read {
  return {
    start: f.start, end: f.end, numStart: f.start, numEnd: f.end, value: f.value, words: true, plainInteger: false, digits: 0,
    scaled: false, currency: null, unit: FRACTION_UNIT, scale: 1, subunit: false, adjectival: false, tailObject: null,
  };
}
