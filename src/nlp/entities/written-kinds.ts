// What the words around a tagged span say of its kind, on raw mentions (one pass, text order):
// - a nationality written as a noun ("the 48-year-old Australian was evicted") is a nationality (NORP), whatever the
//   tagger typed, unless it ends a longer name ("Volker Turk") or names an institution ("Kremlin");
// - a name glued to "-based" ("an Amritsar-based agent") or given as where someone lives ("Ryan Hollman, 31, of
//   Hope", "Jamie Roe, 46, Decatur") is a place, and a name of several words with an age after it ("Leanne L.
//   Hivley, 52,") a person;
// - a street is a place: a span ending in a thoroughfare word ("Caldwell Place", "Gladstone Avenue") typed a body or a
//   thing, or one the tagger cut from its ordinal ("17th" + "Street"); two streets joined by "and" ("Seventh Street
//   and Central Avenue") are two places;
// - a word of position the tagger left out of a place's name opens it ("Inner" + "Mongolia");
// - a count word opening a county's name ("Two Bartholomew County warrants") is no part of it;
// - the place of a dateline ("AUSTIN (KXAN) —", "WASHINGTON, D.C. —") is a place.
import { datelineEnd } from '../../doc/dateline.js';
import { demonym } from '../geo/index.js';
import { DIRECTIONS, DIVISION_WORDS } from '../../doc/english.js';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../times/lexicon.js';
import type { TokenView } from './context.js';
import type { RawMention } from './types.js';
import { THOROUGHFARES } from './not-names.js';
import { innerWord } from './precision.js';

const AGE = /^\d{1,3}$/;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** An ordinal before a street's name, in figures or in words ("17th Street", "Seventh Street"). */
const isOrdinal = (w: string) => /^\d+(st|nd|rd|th)$/.test(w) || (CAPITALISED.test(w) && ORDINAL_WORDS[w.toLowerCase()] !== undefined);
/** A count opening a county's name ("Two Bartholomew County warrants"). */
const isCount = (w: string) => CAPITALISED.test(w) && (NUMBER_WORDS[w.toLowerCase()] !== undefined || /^(Several|Many|Both)$/.test(w));
/** Words of position that open names of regions ("Inner Mongolia", "Northern Ireland", "Upper Volta"): the compass
 *  words and their adjectives, and the words of inside and height. */
const POSITION_WORDS = new Set([...DIRECTIONS, 'northern', 'southern', 'eastern', 'western', 'central', 'inner', 'outer', 'upper', 'lower']);
const opensPlace = (w: string) => CAPITALISED.test(w) && POSITION_WORDS.has(w.toLowerCase());

const isStreetWord = (w: string) => THOROUGHFARES.has(w.toLowerCase().replace(/\.$/, ''));

/** The tokens glued to the span's end are "-based". */
function basedAfter(v: TokenView, last: number): boolean {
  const dash = v.words[last + 1];
  const next = v.words[last + 2];
  return dash === '-' && /^based$/i.test(next ?? '') && v.tokens[last].end === v.tokens[last + 1].start && v.tokens[last + 1].end === v.tokens[last + 2].start;
}

/** ", 31, of" or ", 31," right before the span: where a person named before lives ("Jamie Roe, 46, Decatur, was
 *  arrested"). */
export function residence(v: TokenView, first: number): boolean {
  const k = v.words[first - 1] === 'of' ? first - 1 : first;
  return k >= 3 && v.words[k - 1] === ',' && AGE.test(v.words[k - 2]) && v.words[k - 3] === ',';
}

/** ", 52," right after the span: a person's age ("Leanne L. Hivley, 52, of Quincy"). */
export const agedAfter = (v: TokenView, last: number) => v.words[last + 1] === ',' && AGE.test(v.words[last + 2] ?? '') && v.words[last + 3] === ',';

/** The span opens its paragraph in capitals and a dateline ("AUSTIN (KXAN) —", "ERBIL, Iraq —"): where the story
 *  was filed. (A name in capitals right before the dash, "SNP —", may head a list item instead.) */
function datelinePlace(v: TokenView, r: RawMention): boolean {
  if (r.first > 0 && !/\n\s*$/.test(v.text.slice(v.tokens[r.first - 1].end, v.tokens[r.first].start))) return false;
  for (let i = r.first; i <= r.last; i++) if (/\p{Ll}/u.test(v.words[i])) return false;
  const after = v.words[r.last + 1];
  return (after === ',' || after === '(') && datelineEnd((i) => v.words[i] ?? '', r.first, v.words.length) > r.first;
}

/** Re-kinds and re-cuts raw mentions by the words around them (`isInstitution`: the lexicon knows the name as an
 *  institution); returns them in text order. */
export function writtenKinds(v: TokenView, raw: readonly RawMention[], isInstitution: (name: string) => boolean): RawMention[] {
  // Last words of longer names, surnames of people named in full among them: "Turk" of "Volker Turk" is no nationality.
  const surnames = new Set<string>();
  for (const r of raw) if (r.last > r.first) surnames.add(v.words[r.last]);
  const out: RawMention[] = [];
  for (const r0 of raw) {
    const r = { ...r0 };
    const sameSentence = (i: number) => i >= 0 && i < v.tokens.length && v.tokens[i].sentence === v.tokens[r.first].sentence;
    // (A nationality before "-based", "Turkish-based carrier", stays one.)
    const nationality = r.first === r.last && !!demonym(v.words[r.first]);
    // (An "organisation" that is an institution of the lexicon, "Kremlin", stays one.)
    const mistyped = r.type === 'PERSON' || (r.type === 'ORG' && !isInstitution(v.words[r.first]));
    if (nationality && mistyped && !surnames.has(v.words[r.first])) r.type = 'NORP';
    else if (!nationality && (basedAfter(v, r.last) || (r.type !== 'LOC' && residence(v, r.first)) || datelinePlace(v, r))) r.type = 'LOC';
    else if (r.type !== 'PERSON' && r.type !== 'NORP' && r.last > r.first && agedAfter(v, r.last)) r.type = 'PERSON';
    // A street: its head word, with the ordinal the tagger left out (a street word alone, "St.", names nothing).
    const ordinal = sameSentence(r.first - 1) && isOrdinal(v.words[r.first - 1]);
    if ((r.last > r.first || ordinal) && isStreetWord(v.words[r.last]) && r.type !== 'PERSON') {
      r.type = 'LOC';
      if (ordinal) r.first -= 1;
    }
    // A compass or position word the tagger left out of a place's name ("Inner" + "Mongolia", "Northern" + "Ireland").
    // (The word may be a mention of its own, "Western" typed MISC, but not the end of a longer one.)
    if (r.type === 'LOC' && sameSentence(r.first - 1) && opensPlace(v.words[r.first - 1])) {
      const prev = out[out.length - 1];
      const taken = prev !== undefined && prev.last === r.first - 1;
      if (!taken || prev.first === prev.last) {
        if (taken) out.pop();
        r.first -= 1;
      }
    }
    if (r.last > r.first && isCount(v.words[r.first]) && DIVISION_WORDS.has(v.words[r.last].toLowerCase())) r.first += 1;
    // Two streets joined by "and".
    const and = r.type === 'LOC' ? innerWord(v, r, (w) => w === 'and') : -1;
    if (and > r.first + 1 && isStreetWord(v.words[and - 1]) && isStreetWord(v.words[r.last])) {
      out.push({ ...r, last: and - 1 }, { ...r, first: and + 1 });
      continue;
    }
    out.push(r);
  }
  return out;
}
