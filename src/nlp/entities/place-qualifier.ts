// A place qualified by its region or country ("Santa Fe, New Mexico", "SANTA FE, N.M.", "London, Ontario", "Valencia,
// Spain") is in that region's country, whatever the gazetteer's one reading of the bare name says (Santa Fe → ARG,
// London → GBR, Valencia → VEN). Only a region or a country qualifies, so a list of cities ("Paris, London and
// Berlin") qualifies nothing, nor does a country that opens a clause ("in Lviv, Russia said") or goes on a list
// ("Moscow, Ukraine and Belarus"). A country keeps its own reading; a capital yields to a region only ("Athens,
// Georgia" is in the US; "Moscow, Ukraine, Belarus" is a list). A region's reading of the qualifier comes before a
// country's, unless the country's is the bare name's own ("Tbilisi, Georgia").
import { place, regionCountry } from '../geo/index.js';
import { DIVISION_WORDS } from '../../doc/english.js';
import type { Token } from '../../doc/types.js';

/** The article's tokens as the entity layer reads them (context.ts's TokenView has these and more). */
interface TokenView {
  tokens: readonly Token[];
  words: readonly string[];
  text: string;
}

/** Longest qualifier read, in tokens ("Prince Edward Island"). */
const MAX_QUALIFIER_TOKENS = 3;

/** The country a ", Region" right after the place at tokens [first, last] gives it, or undefined. */
export function qualifierCountry(v: TokenView, first: number, last: number): string | undefined {
  const own = place(v.text.slice(v.tokens[first].start, v.tokens[last].end));
  if (own?.kind === 'country') return undefined;
  const from = last + 2;
  if (v.words[last + 1] !== ',' || v.words[first - 1] === ',' || from >= v.words.length) return undefined;
  const sentence = v.tokens[last].sentence;
  if (v.tokens[from].sentence !== sentence || !/^\p{Lu}/u.test(v.words[from])) return undefined;
  for (let n = MAX_QUALIFIER_TOKENS; n >= 1; n--) {
    const to = from + n - 1;
    if (to >= v.words.length || v.tokens[to].sentence !== sentence) continue;
    const phrase = v.text.slice(v.tokens[from].start, v.tokens[to].end);
    const region = regionCountry(phrase);
    const p = place(phrase);
    const country = p?.kind === 'country' ? p.code : undefined;
    if (!region && !country) continue;
    // "Millerovo, Rostov Oblast": the division word belongs to the qualifier.
    const end = DIVISION_WORDS.has((v.words[to + 1] ?? '').toLowerCase()) && v.tokens[to + 1].sentence === sentence ? to + 1 : to;
    if (!endsQualifier(v, end)) return undefined;
    if (own && (own.code === region || own.code === country)) return own.code;
    return region ?? (own?.kind === 'capital' ? undefined : country);
  }
  return undefined;
}

/**
 * What may follow a qualifier: the end, or punctuation or a word that neither goes on a list ("Moscow, Ukraine and
 * Belarus", "Europe, Russia, and Eurasia", "Paris, France, Germany") nor opens a clause or a longer name with the
 * qualifier ("in Lviv, Russia said", "Avdiivka, Russia also intensified", "Dalian, U.S. Secretary of State"), nor
 * makes it an owner ("Kharkiv, Ukraine's second city").
 */
function endsQualifier(v: TokenView, to: number): boolean {
  const sentence = v.tokens[to].sentence;
  const at = (i: number) => (i < v.words.length && v.tokens[i].sentence === sentence ? v.words[i] : '');
  const verbAt = (i: number) => !!at(i) && /^(VERB|AUX)$/.test(v.tokens[i].pos);
  const next = at(to + 1);
  if (!next) return true;
  if (/^[’']s?$/.test(next) || /^(and|or|nor)$/i.test(next) || /^\p{Lu}/u.test(next)) return false;
  // (", and toward Myropillya" goes on with the sentence; ", and Eurasia", ", and the Philippines" and ", Germany"
  // with a list.)
  if (next === ',') return !(/^(and|or|nor)$/i.test(at(to + 2)) && /^(PROPN|NOUN|DET|ADJ|NUM)$/.test(v.tokens[to + 3]?.pos ?? '')) && !place(at(to + 2));
  return !verbAt(to + 1) && !(v.tokens[to + 1].pos === 'ADV' && verbAt(to + 2));
}
