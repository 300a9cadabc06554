// What the words of a name say about its referent, from the NER model's lexicon (mined from a large mixed-case
// corpus: each word's typical capitalisation; gazetteers of given names, surnames and companies):
// - a one-word "person" that is an ordinary lower-case English word ("Maintenance, Repair and Overhaul") is no name
//   at all unless the article gives it a person's marks (a title or role, a speech verb);
// - a one-word "person" or unknown "place" that the company gazetteer knows and no name gazetteer does ("Wal-Mart",
//   "SpaceX") is an organisation.
import { loadNerModel } from '../ner/index.js';
import { CASE } from '../ner/word-shape.js';
import type { TokenView } from './context.js';
import type { Cluster } from './cluster.js';

/** Gazetteer category bits of the NER lexicon (GAZ_CATEGORIES order). */
const GIVEN = 1 << 5;
const SURNAME = 1 << 6;
const COMPANY = 1 << 7;
const PLACE = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 8);

/** Verbs of speech and thought right after a name: the name is someone who speaks ("Rice said"). */
const SPEECH_AFTER = /^(said|says|say|told|tells|added|adds|asked|asks|wrote|writes|argued|argues|explained|recalled|noted|insisted|believes|thinks|thought)$/i;

/** A verb of speech or thought right after token `last`: the name ending there speaks. */
export const speaksAfter = (v: TokenView, last: number) => SPEECH_AFTER.test(v.words[last + 1] ?? '');

const lexicon = () => loadNerModel().lexicon;
/** Case class of words with no 75 % majority form in the corpus (word-clusters.ts: CASE.mixed + 1). */
const MIXED_USE = CASE.mixed + 1;

/** The corpus mostly writes the (lower-case) word in lower case: an ordinary English word. */
export const isLowerWord = (word: string) => lexicon().typicalCase(word) === CASE.lower;
/** The corpus writes the word in lower case at least often (no capitalised majority): "rock", "arts". */
export const isCommonWord = (word: string) => lexicon().typicalCase(word) === CASE.lower || lexicon().typicalCase(word) === MIXED_USE;

/** The corpus mostly writes the (lower-case) word with a capital: a name's word ("christmas", "jordan"). */
export const isCapitalisedWord = (word: string) => lexicon().typicalCase(word) === CASE.title || lexicon().typicalCase(word) === CASE.upper;

/** Some gazetteer of the lexicon (places, demonyms, names, companies) knows the (lower-case) word. */
export const gazetteerKnows = (word: string) => (lexicon().gazWord(word) & 0xffff) !== 0;

/** A place gazetteer (countries, cities, regions, capitals) knows the (lower-case) word. */
export const isPlaceWord = (word: string) => (lexicon().gazWord(word) & PLACE) !== 0;

/** A company gazetteer knows the (lower-case) word. */
export const isCompanyWord = (word: string) => (lexicon().gazWord(word) & COMPANY) !== 0;

/** An ordinary English word: mostly written in lower case, and no gazetteer knows it. */
export const isOrdinaryWord = (word: string) => isLowerWord(word) && !gazetteerKnows(word);

/** A name gazetteer (given names or surnames) knows the (lower-case) word. */
export const isNameWord = (word: string) => (lexicon().gazWord(word) & (GIVEN | SURNAME)) !== 0;

/** The given-name gazetteer knows the (lower-case) word. */
export const isGivenName = (word: string) => (lexicon().gazWord(word) & GIVEN) !== 0;

/** Only one-word mentions (hyphens inside), no role anywhere: a name the article never gives in full or with a title. */
function bareOneWord(c: Cluster): boolean {
  const named = c.mentions.filter((m) => !m.pronoun);
  return named.length > 0 && named.every((m) => !/\s/u.test(m.text) && !m.role);
}

/**
 * Drops one-word "people" whose word the corpus mostly writes in lower case and knows as no given name, when no
 * mention is followed by a speech verb; re-types one-word "people" and unknown "places" that only the company
 * gazetteer knows as organisations. Returns the clusters kept; one pass.
 */
export function lexicalTypes(v: TokenView, clusters: readonly Cluster[], isPlace: (name: string) => boolean): Cluster[] {
  const lx = lexicon();
  return clusters.filter((c) => {
    if ((c.type !== 'PERSON' && c.type !== 'LOC') || c.countryKey || !bareOneWord(c)) return true;
    const named = c.mentions.filter((m) => !m.pronoun);
    const word = named[0].text.replace(/[’']s$/, '').toLowerCase();
    if (isPlace(named[0].text)) return true;
    const gaz = lx.gazWord(word) & 0xffff;

    if ((gaz & COMPANY) && !(gaz & (GIVEN | SURNAME | PLACE))) {
      c.type = 'ORG';
      for (const m of named) m.type = 'ORG';
      return true;
    }
    if (c.type !== 'PERSON' || lx.typicalCase(word) !== CASE.lower || gaz & GIVEN) return true;
    return named.some((m) => SPEECH_AFTER.test(v.words[m.last + 1] ?? ''));
  });
}

/**
 * A bare given name that opens exactly one full name of a person in the article is that person ("Steve" after
 * "Steve Jobs"), unless two full names share it ("Steve Jobs" and "Steve Wozniak"). Merges in place; returns the
 * clusters kept. Linear: one index of first names.
 */
export function givenNamesJoin(clusters: readonly Cluster[]): Cluster[] {
  const byGiven = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type !== 'PERSON' || c.words.length < 2 || bareOneWord(c)) continue;
    const g = c.words[0];
    byGiven.set(g, byGiven.has(g) && byGiven.get(g) !== c ? null : c);
  }
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (c.type !== 'PERSON' || !bareOneWord(c)) continue;
    const target = byGiven.get(c.words[0]);
    if (!target || target === c) continue;
    target.mentions.push(...c.mentions);
    gone.add(c);
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : [...clusters];
}

/**
 * Roles that head or serve a body, not a person (hand-collected closed class of corporate and team offices): a
 * name written right before one, with a name after it, is the body ("Ryanair CEO Michael O'Leary", "Chargers coach
 * Anthony Lynn"). Not aides or spokespeople, whom a person has too ("Trump spokesman …").
 */
const BODY_HEADS = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder',
  'boss', 'coach', 'manager', 'executive', 'director', 'owner']);
const TWO_WORD_HEADS = new Set(['chief executive', 'managing director', 'general manager', 'head coach']);

/**
 * A "person" named by one word only, one of whose mentions is followed by a role that heads a body and then a
 * capitalised name, is that body, an organisation. One pass over the clusters' mentions.
 */
export function namesBeforeBodyHeads(v: TokenView, clusters: readonly Cluster[]): void {
  const lx = lexicon();
  const w = (i: number) => (v.words[i] ?? '').toLowerCase();
  const headsBody = (last: number) => {
    let k = last + 1;
    if (TWO_WORD_HEADS.has(`${w(k)} ${w(k + 1)}`)) k += 2;
    else if (BODY_HEADS.has(w(k))) k += 1;
    else return false;
    if (v.words[k] === ',') k++;
    return k < v.tokens.length && v.tokens[k].sentence === v.tokens[last].sentence && /^\p{Lu}/u.test(v.words[k]);
  };
  for (const c of clusters) {
    if (c.type !== 'PERSON' || !bareOneWord(c)) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (lx.gazWord(named[0].text.toLowerCase()) & GIVEN || !named.some((m) => headsBody(m.last))) continue;
    c.type = 'ORG';
    for (const m of named) m.type = 'ORG';
  }
}

/** Nouns that count or version a product before "of" ("copies of Tiger", "a version of Windows"); closed class. */
const PRODUCT_COUNTS = /^(copies|copy|units|unit|version|versions|edition|editions|release|releases|upgrade|update)$/i;

/**
 * A one-word "person" that a company owns ("Microsoft's Longhorn") or that is counted in copies or versions
 * ("2 million copies of Tiger") is a product (MISC): a firm's people come with a role ("Apple's CEO"), which
 * bare names lack. One pass over the clusters' mentions.
 */
export function ownedThings(v: TokenView, clusters: readonly Cluster[]): void {
  const orgAt = new Uint8Array(v.tokens.length);
  for (const c of clusters) if (c.type === 'ORG') for (const m of c.mentions) if (!m.pronoun) orgAt[m.last] = 1;
  const owned = (first: number) => first >= 2 && /^[’']s$/.test(v.words[first - 1]) && orgAt[first - 2] === 1;
  const counted = (first: number) => first >= 2 && /^of$/i.test(v.words[first - 1]) && PRODUCT_COUNTS.test(v.words[first - 2]);
  for (const c of clusters) {
    if (c.type !== 'PERSON' || !bareOneWord(c)) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    // (A team's player acts: "Chelsea's Hazard scored" stays a person; a product named after its owner rarely does.)
    const acts = named.some((m) => /^(VERB|AUX)$/.test(v.tokens[m.last + 1]?.pos ?? ''));
    if (!named.some((m) => counted(m.first) || (owned(m.first) && !acts))) continue;
    c.type = 'MISC';
    for (const m of named) m.type = 'MISC';
  }
}
