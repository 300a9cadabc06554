// Names the text puts somewhere are places: "near Pishchane", "toward Kozacha Lopan", "northwest of Svyato-Pokrovske",
// the other members of a list so placed ("near Kotlyne, Udachne, Molodetske, and Novopidhorodne"), and a name
// followed by where it lies ("Velyki Prokhody (north of Kharkiv City)", "Predtechino (Donetsk People's Republic)",
// "Astrakhanka, Zaporizhia Oblast").
// Front-line reports name villages the tagger has never seen and takes for people; a person is rarely put so, and one
// with a person's marks (a role, a given name, a pronoun, speech) stays a person ("stood near Donald Trump").
import { DIRECTIONS, DIVISION_WORDS, PLACE_OF_HEADS } from '../../doc/english.js';
import { retype, type Cluster } from './cluster.js';
import type { TokenView } from './context.js';
import { isCompanyWord, isGivenName, isLowerWord, speaksAfter } from './lexical.js';
import { actsLikeOrganisation } from './acts.js';
import type { ListedMention } from './lists.js';
import { agedAfter } from './written-kinds.js';
import { GENERIC_ROLES, HONORIFICS, ROLE_SECTORS } from './roles.js';

/** Prepositions of position and heading that take places ("around Putin", "from Smith" may well be people). */
const POSITION_PREPOSITIONS: ReadonlySet<string> = new Set(['near', 'toward', 'towards', 'outside']);
const NEAR: ReadonlySet<string> = new Set(['near']);
const HEADINGS: ReadonlySet<string> = new Set(['toward', 'towards']);
/** Words of a parenthesis that says where a place lies: "(all north of …)", "(Donetsk People's Republic)". */
const WHERE_OPENERS = new Set(['all', 'both']);
/** Tokens a "(… region)" parenthesis is read over. */
const MAX_WHERE_TOKENS = 6;
/** Words of a region's name after a comma, its division word included ("Dnipropetrovsk Oblast"). */
const MAX_REGION_WORDS = 4;

const lower = (v: TokenView, i: number) => (v.words[i] ?? '').toLowerCase();

/** The token before `first` is "of" after a compass word or a noun of settlements and islands ("southeast of", "the
 *  islands of"), or one of the prepositions; a heading after a noun is an attitude's ("hostility toward X", "policy
 *  towards X"), not a move's. */
function placedByPosition(v: TokenView, first: number, prepositions: ReadonlySet<string> = POSITION_PREPOSITIONS): boolean {
  // ("near occupied Astrakhanka": one participle or adjective may stand between.)
  const k = /^(VERB|ADJ)$/.test(v.tokens[first - 1]?.pos ?? '') && /^\p{Ll}/u.test(v.words[first - 1] ?? '') ? first - 1 : first;
  const before = lower(v, k - 1);
  if (before === 'of') return PLACE_OF_HEADS.has(lower(v, k - 2));
  return prepositions.has(before) && !(HEADINGS.has(before) && afterNoun(v, k - 2));
}

/** Token `i` is a common noun, the tagger's, or a capitalised common word opening a sentence ("Hostility toward…"). */
function afterNoun(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  const opens = i === 0 || v.tokens[i - 1]!.sentence !== t.sentence;
  return t.pos === 'NOUN' || (opens && t.pos === 'PROPN' && isLowerWord(v.words[i]!.toLowerCase()));
}

/** "near X" or "southeast of X": what puts even an organisation's name on a map when every mention is so put. */
export const placedNear = (v: TokenView, first: number) => placedByPosition(v, first, NEAR);

/** A region's name follows after a comma: "Astrakhanka, Zaporizhia Oblast", "Millerovo, Rostov Oblast". */
function followedByRegion(v: TokenView, last: number): boolean {
  if (v.words[last + 1] !== ',') return false;
  for (let j = last + 2; j < Math.min(v.words.length, last + 2 + MAX_REGION_WORDS); j++) {
    if (!/^\p{Lu}/u.test(v.words[j]!)) return DIVISION_WORDS.has(lower(v, j)) && j > last + 2;
    if (DIVISION_WORDS.has(lower(v, j))) return j > last + 2;
  }
  return false;
}

/** A parenthesis right after `last` says where the name lies: "(southeast of Kupyansk)", "(all north of Kharkiv
 *  City)", or is the name of a region alone, "(Zaporozhye region)", "(Donetsk People's Republic)"; not a unit's
 *  chain of command, "(25th CAA, Central Military District [CMD])". */
function followedByWhere(v: TokenView, last: number): boolean {
  if (v.words[last + 1] !== '(') return false;
  let k = last + 2;
  if (WHERE_OPENERS.has(lower(v, k))) k++;
  if (DIRECTIONS.has(lower(v, k)) && lower(v, k + 1) === 'of') return true;
  let close = last + 2;
  while (close < Math.min(v.words.length, last + 3 + MAX_WHERE_TOKENS) && v.words[close] !== ')') close++;
  if (v.words[close] !== ')' || close === last + 2) return false;
  const end = lower(v, close - 1);
  if (!DIVISION_WORDS.has(end) && !(end === 'republic' && /^[’']s$/.test(v.words[close - 2] ?? ''))) return false;
  // Capitalised words (and a possessive) up to the division word: the region's name.
  for (let j = last + 2; j < close - 1; j++) if (!/^\p{Lu}/u.test(v.words[j]!) && !/^[’']s$/.test(v.words[j]!)) return false;
  return true;
}

/** First tokens of the named mentions the text places (themselves, or a member of their list; `lists`: clusterLists).
 *  Linear. */
export function positionedMentions(v: TokenView, lists: readonly ListedMention[][]): Set<number> {
  const placed = new Set<number>();
  for (const run of lists)
    if (run.some((m) => placedByPosition(v, m.first) || followedByWhere(v, m.last) || followedByRegion(v, m.last))) for (const m of run) placed.add(m.first);
  return placed;
}

/** Something of a person: a role, a pronoun that refers to it, a given name opening a longer name, a speech verb,
 *  a relative "who" or an age ("V. Marquardt, 58,") after it. */
export function hasPersonMarks(v: TokenView, c: Cluster): boolean {
  return c.mentions.some((m) => m.pronoun || m.role || m.former || (m.words.length > 1 && isGivenName(m.words[0]!)) || speaksAfter(v, m.last) ||
    (v.words[m.last + 1] === ',' && /^who(m|se)?$/i.test(v.words[m.last + 2] ?? '')) || agedAfter(v, m.last));
}

/** A person's title or an honorific right before token `first` ("then-President Obama", "singer Adele", "Mr Tokayev"). */
export function titledBefore(v: TokenView, first: number): boolean {
  const w = (v.words[first - 1] ?? '').toLowerCase().replace(/^(then|ex|former)-/, '');
  return w in ROLE_SECTORS || GENERIC_ROLES.has(w) || HONORIFICS.has(w.replace(/\.$/, ''));
}

/** Something of an organisation: a sector, a verb of its business or speech after it, something it owns. */
function hasBodyMarks(v: TokenView, c: Cluster): boolean {
  return c.mentions.some((m) => m.sector || m.role || actsLikeOrganisation(v, m.last));
}

/**
 * People, organisations and things the text places (`placed`: positionedMentions) and that have none of a person's
 * or a body's marks, and are no known institution, company or place, are places. Runs after the list rules: a list
 * so placed is a list of places, whatever kind its other members were given. One pass over the clusters.
 */
export function positionedPlaces(v: TokenView, clusters: readonly Cluster[], placed: ReadonlySet<number>, known: (text: string) => boolean): void {
  for (const c of clusters) {
    if (c.type !== 'PERSON' && c.type !== 'ORG' && c.type !== 'MISC') continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.some((m) => placed.has(m.first)) || named.some((m) => known(m.text) || (m.words.length === 1 && isCompanyWord(m.words[0]!)))) continue;
    // A name ending in an English noun ("11th Tank Brigade", "Combined Arms Army") or written in capitals ("CAA")
    // is a body's, not a village's.
    if (named.some((m) => isLowerWord(m.words[m.words.length - 1]!) || /^[\p{Lu}\d&.-]+$/u.test(m.text))) continue;
    if (c.type === 'PERSON' ? hasPersonMarks(v, c) : hasBodyMarks(v, c)) continue;
    retype(c, 'LOC');
  }
}
