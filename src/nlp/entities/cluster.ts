// One entity per referent: mentions of an article grouped by name (a surname joins the full name, "President
// Trump" joins "Donald Trump", "U.S." joins "United States", "NATO" joins "North Atlantic Treaty Organization",
// "Zelensky" joins "Zelenskyy"). Lookups go through hash indexes by surname, name and acronym, so linking stays
// linear in the number of mentions; two people who share a surname ("Joe and Hunter Biden") or differ by a
// generational suffix ("Jr.") stay apart.
import { place } from '../geo/index.js';
import { acronym } from './normalize.js';
import { TITLE_SMALL_WORDS } from '../../doc/english.js';
import type { Mention, MentionType } from './types.js';

export interface Cluster {
  type: MentionType;
  mentions: Mention[];
  /** Longest name words seen: the canonical name's words. */
  words: string[];
  /** Country code a country-like place stands for (its names all merge). */
  countryKey?: string;
  /** Creation order: the most recent matching cluster wins. */
  order: number;
}

/** Gives a cluster and its named mentions a new type. */
export function retype(c: Cluster, type: MentionType): void {
  c.type = type;
  for (const m of c.mentions) if (!m.pronoun) m.type = type;
}

/** Generational suffixes: "Jr." and "Sr." (and "III") make a different person. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The word is a generational suffix as written in running text: capitalised ("Jr.", "Sr.", "III"). */
export const isGenerationalSuffix = (word: string): boolean => /^\p{Lu}/u.test(word) && SUFFIXES.has(word.toLowerCase());

/**
 * A name word folded for spelling variants of transliterated names ("Zelenskyy", "Zelensky", "Zelenskiy" →
 * "zelensk"): doubled letters collapsed and a final y/i/iy dropped, for words long enough not to collide.
 */
export function wordKey(w: string): string {
  if (w.length < 6) return w;
  return w.replace(/(.)\1+/g, '$1').replace(/(iy|y|i)$/, '');
}

const suffixOf = (words: readonly string[]) => (words.length > 1 && SUFFIXES.has(words[words.length - 1]) ? words[words.length - 1].replace(/\.$/, '') : '');
/** The generation a name marks: "Sr." is the name's bearer as the plain name is ("Mark Felt Sr." = "Mark Felt"), a
 *  "Jr." or a numeral is another person ("Donald Trump Jr." ≠ "Donald Trump"). */
const generation = (words: readonly string[]) => {
  const s = suffixOf(words);
  return s === 'sr' ? '' : s;
};
const surname = (words: readonly string[]) => wordKey(suffixOf(words) ? words[words.length - 2] : words[words.length - 1]);

/** True when every word of `short` occurs in `long`, in order ("zelenskyy" in "volodymyr zelenskyy"). */
function containsInOrder(long: readonly string[], short: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && wordKey(w) === wordKey(short[i])) i++;
  return i === short.length;
}

function samePerson(c: Cluster, m: Mention): boolean {
  // A one-word mention matches the surname; longer ones match in order, either way round, of the same generation.
  if (m.words.length === 1) return true; // found through the surname index
  if (generation(c.words) !== generation(m.words)) return false;
  return containsInOrder(c.words, m.words) || containsInOrder(m.words, c.words);
}

// One referent, one entity: "US" tagged as a place, an adjective (MISC) or an actor (ORG) is the same country.
const countryKey = (m: Mention) => {
  const p = m.type !== 'PERSON' ? place(m.text) : null;
  return p?.kind === 'country' ? p.code : undefined;
};

// Names of things other than people merge whatever type the tagger gave each mention ("Alibaba" as ORG and LOC).
const nameKey = (_type: string, words: readonly string[]) => words.join(' ').replace(/\./g, '');

/** Groups mentions (in text order) into clusters; the most recent matching cluster wins ties. */
export function clusterMentions(mentions: readonly Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byCountry = new Map<string, Cluster>();
  const bySurname = new Map<string, Cluster[]>();
  const byName = new Map<string, Cluster>();
  const byLastWord = new Map<string, Cluster>();
  const index = (c: Cluster, words: readonly string[]) => {
    if (c.type === 'PERSON') {
      const key = surname(words);
      const list = bySurname.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      bySurname.set(key, list);
      return;
    }
    byName.set(nameKey(c.type, words), c);
    // (Not a phrase's last word: "Mac" is no short form of "Back to the Mac", nor "Michigan" of "University of Michigan".)
    if (words.length > 1 && !words.some((w) => TITLE_SMALL_WORDS.has(w))) byLastWord.set(words[words.length - 1], c);
    // "NATO" finds "North Atlantic Treaty Organization" and the other way round.
    if (words.length > 2) byName.set(nameKey(c.type, [acronym(words)]), c);
  };
  const later = (a: Cluster | undefined, b: Cluster | undefined) => (!a ? b : !b ? a : a.order > b.order ? a : b);
  for (const m of mentions) {
    const key = countryKey(m);
    let target: Cluster | undefined = key ? byCountry.get(key) : undefined;
    if (!target) {
      // A person: the most recent person cluster with this surname whose name agrees. A lone word joins, in this
      // order, a person named in full with that surname, a non-person of that name ("Disney" tagged ORG and once
      // PERSON is one company), a person named by that word alone.
      const list = m.type === 'PERSON' || m.words.length === 1 ? bySurname.get(surname(m.words)) : undefined;
      if (m.words.length === 1) {
        for (let i = (list?.length ?? 0) - 1; i >= 0 && !target; i--) if (list![i].words.length > 1) target = list![i];
        target ??= byName.get(nameKey(m.type, m.words));
        if (!target && list?.length) target = list[list.length - 1];
        // Last, the short form of a longer name ("Post" for "Washington Post", "Clipper" for "Europa Clipper").
        target ??= byLastWord.get(m.words[0]);
      } else if (m.type === 'PERSON') {
        for (let i = (list?.length ?? 0) - 1; i >= 0 && !target; i--) if (samePerson(list![i], m)) target = list![i];
      } else {
        target = later(byName.get(nameKey(m.type, m.words)), m.words.length > 2 ? byName.get(nameKey(m.type, [acronym(m.words)])) : undefined);
      }
    }
    if (!target) {
      const c: Cluster = { type: m.type, mentions: [m], words: m.words, countryKey: key, order: clusters.length };
      clusters.push(c);
      if (key) byCountry.set(key, c);
      index(c, m.words);
      continue;
    }
    target.mentions.push(m);
    if (m.words.length > target.words.length) {
      target.words = m.words;
      index(target, m.words);
    }
  }
  // The cluster's type is the one most of its mentions have (the pronoun resolver links only to people).
  for (const c of clusters) {
    const counts = new Map<MentionType, number>();
    for (const m of c.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    c.type = c.countryKey ? 'LOC' : [...counts].sort((a, b) => b[1] - a[1])[0][0];
  }
  return clusters;
}
