// Whether the tagger was sure of a mention's type, and the types a gazetteer settles when it was not: evidence the
// rules would not trust against a sure tagger may decide between the tagger's first and second choices, and a one-word
// "person" it was never sure of needs some mark of a person to be reported.
import type { TokenView } from './context.js';
import { retype, type Cluster } from './cluster.js';
import { hasPersonMarks, titledBefore } from './positioned.js';
import { isCompanyWord, isGivenName, isLowerWord, isNameWord, isPlaceWord } from './lexical.js';
import { UNSURE_TYPE_MARGIN } from './settings.js';
import { clusterLists } from './lists.js';
import type { RawMention } from './types.js';

/** The tagger gave the mention its type, and with a small margin over the runner-up (ner/margins.ts). */
export const unsureType = (m: RawMention): boolean => !!m.tagged && m.tagged.type === m.type && m.tagged.margin < UNSURE_TYPE_MARGIN;

/** The tagger was unsure of the one-word mention's type, whichever type it gave (document-level consistency may have
 *  given the mention another since: "Cisco" tagged a body twice and a person three times, each time unsure). */
const unsureWord = (m: RawMention): boolean => !!m.tagged && m.tagged.margin < UNSURE_TYPE_MARGIN && m.first === m.last;

/**
 * A name of two or three words opening with a given name, which the tagger typed something else than a person unsure
 * every time with a person its runner-up ("Victoria Prentis" an organisation: Victoria is a place too), is a person,
 * unless a word of it is a company's or a place's or an English word. One pass over the clusters.
 */
export function unsurePeople(clusters: readonly Cluster[]): void {
  for (const c of clusters) {
    if (c.type === 'PERSON' || c.type === 'NORP' || c.countryKey) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    // (Written with its capital: "al-Qaeda" opens with no given name.)
    if (!named.length || !named.every((m) => unsureType(m) && m.tagged!.alt === 'PERSON' && /^\p{Lu}/u.test(m.text))) continue;
    const words = c.words;
    if (words.length < 2 || words.length > 3 || !isGivenName(words[0]!)) continue;
    if (words.slice(1).some((w) => isCompanyWord(w) || isPlaceWord(w) || isLowerWord(w))) continue;
    retype(c, 'PERSON');
  }
}

/** "Phillips, Jock (April 2010)", "Jones, Carl;": a surname before a comma, a given name and a bracket, semicolon or
 *  initial, as a reference list writes an author. */
const citedAuthor = (v: TokenView, last: number) => v.words[last + 1] === ',' && /^\p{Lu}\p{Ll}+$/u.test(v.words[last + 2] ?? '') &&
  (isGivenName(v.words[last + 2]!.toLowerCase()) || /^([(;]|\p{Lu}\.)$/u.test(v.words[last + 3] ?? ''));

/**
 * A one-word name the tagger was unsure of every time (a person in the end), that the company gazetteer knows and no given-name
 * gazetteer does, and that the article gives nothing of a person (no role, pronoun, given name, speech verb, "who",
 * age) nor writes as an author in a reference list, is the firm ("content from Disney, Pixar's distributor"; "Cisco
 * states that it…"). One pass.
 */
export function unsureFirms(v: TokenView, clusters: readonly Cluster[]): void {
  for (const c of clusters) {
    if (c.type !== 'PERSON' || c.words.length !== 1) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length || !named.every(unsureWord)) continue;
    const word = c.words[0]!;
    if (!isCompanyWord(word) || isGivenName(word) || hasPersonMarks(v, c) || named.some((m) => citedAuthor(v, m.last))) continue;
    retype(c, 'ORG');
  }
}

/**
 * A one-word "person" the tagger was unsure of every time, whose word no name gazetteer knows, that the article never
 * names in full and gives nothing of a person (no role or title, pronoun, honorific, speech verb, "who", age), that is
 * not cited as an author nor listed with people ("Putin, Medvedev, and Lavrov"), is too weakly a person to report: such
 * words are mostly firms, products, bands and places the tagger did not know ("Rolls-Royce, part of the consortium",
 * "Dreamliners delivered", "Refinitiv data"). A given name or surname stays: a person named so on a blog or in comments
 * ("Nick", "Gruber"). Runs after pronouns are resolved. Returns the clusters kept; linear.
 */
export function unsureLoneWords(v: TokenView, clusters: readonly Cluster[]): Cluster[] {
  const weak = new Set(clusters.filter((c) => {
    if (c.type !== 'PERSON' || c.words.length !== 1) return false;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length || !named.every(unsureWord) || isNameWord(c.words[0]!)) return false;
    return !hasPersonMarks(v, c) && !named.some((m) => titledBefore(v, m.first) || citedAuthor(v, m.last));
  }));
  if (!weak.size) return [...clusters];
  for (const run of clusterLists(v, clusters)) {
    if (run.some((s) => clusters[s.ci]!.type === 'PERSON' && !weak.has(clusters[s.ci]!))) for (const s of run) weak.delete(clusters[s.ci]!);
  }
  return clusters.filter((c) => !weak.has(c));
}
