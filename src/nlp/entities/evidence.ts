// A name needs some evidence beyond the tagger's guess:
// - a person, organisation or thing named once, by one word that no gazetteer knows and that is a common English
//   word or an unknown all-capitals code ("Curve", "Road", "LAN", "DXY"), with no role, no country and no verb after
//   it (nor an owner's "'s"), is too weakly attested to report: such words are mostly product words, titles of works
//   and codes;
// - a "person" with no name word (no given name or surname the gazetteers know) and a common English word in the
//   name, with nothing a person has in the article, is no person ("Trials Rising" in a list of games).
// Places are left to the place rules.
import type { TokenView } from './context.js';
import type { Cluster } from './cluster.js';
import { loadNerModel } from '../ner/index.js';
import { CASE } from '../ner/word-shape.js';
import { gazetteerKnows, isCommonWord } from './lexical.js';
import { inResultLine } from './shapes.js';
import { hasPersonMarks, titledBefore } from './positioned.js';

/** Drops weakly attested one-word names; returns the clusters kept. One pass. */
export function weakNames(v: TokenView, clusters: readonly Cluster[]): Cluster[] {
  const lx = loadNerModel().lexicon;
  return clusters.filter((c) => {
    if (c.type !== 'ORG' && c.type !== 'PERSON' && c.type !== 'MISC') return true;
    if (c.countryKey || c.mentions.some((m) => m.pronoun)) return true;
    if (c.mentions.length !== 1) return true;
    const m = c.mentions[0];
    if (m.words.length !== 1 || m.role || m.country || m.sector) return true;
    const word = m.words[0];
    // Only a common word ("Curve", "Road") or an unknown all-capitals code ("LAN", "DXY") is too weak: a rare
    // capitalised word may be a firm named once ("Lucasfilm"), and a camel-case one is a name by its shape.
    const common = isCommonWord(word);
    const code = lx.typicalCase(word) === CASE.none && /^\p{Lu}{2,}$/u.test(m.text);
    if (gazetteerKnows(word) || (!common && !code)) return true;
    // (A team after "the" or in a result line is named so: "the Hurricanes", "Hurricanes 4, Blackhawks 2".)
    if (/^the$/i.test(v.words[m.first - 1] ?? '') && /^\p{Lu}\p{Ll}+s$/u.test(m.text)) return true;
    if (inResultLine(v, m.first, m.last)) return true;
    // (The subject of a verb acts, "Skyway ordered jets"; an owner owns, "Skyway's fleet".)
    return /^(VERB|AUX)$/.test(v.tokens[m.last + 1]?.pos ?? '') || /^[’']s$/.test(v.words[m.last + 1] ?? '');
  });
}

/**
 * A "person" no word of whose name the name gazetteers know, some word of which is a common English word, with no
 * role and no verb after any mention ("Trials Rising", "Just Dance" in a list of games), has nothing of a person:
 * dropped. People the gazetteers miss are kept by what the article says of them (a role, an act, a speech verb).
 * Returns the clusters kept.
 */
export function unnamedPeople(v: TokenView, clusters: readonly Cluster[], nameWord: (word: string) => boolean): Cluster[] {
  return clusters.filter((c) => {
    if (c.type !== 'PERSON') return true;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (named.some((m) => m.role || m.country || m.words.some((w) => w.split('-').some(nameWord)))) return true;
    // (A name of another culture the gazetteers miss, "Artturi Lehkonen", has no common English word in it.)
    if (!named.some((m) => m.words.some(isCommonWord))) return true;
    return named.some((m) => /^(VERB|AUX)$/.test(v.tokens[m.last + 1]?.pos ?? '') || /^[’']s$/.test(v.words[m.last + 1] ?? ''));
  });
}

/**
 * A "person" named once by one word that no name gazetteer knows, with no role, no country, no pronoun that refers
 * to it, no honorific or title before it, no relative "who" or speech verb, and no verb or owner's "'s" after it
 * ("via Gizmodo", "Wunderlist", "about 100 were Shaheds", Reuters' "Oper shr") has nothing of a person: dropped. Runs after pronouns
 * are resolved, so that a pronoun that refers to the name keeps it ("releasing Hitler from his isolation"). Returns
 * the clusters kept.
 */
export function loneWordPeople(v: TokenView, clusters: readonly Cluster[], nameWord: (word: string) => boolean): Cluster[] {
  return clusters.filter((c) => {
    if (c.type !== 'PERSON' || c.mentions.length !== 1) return true;
    const m = c.mentions[0];
    if (m.pronoun || m.words.length !== 1 || m.role || m.country || m.words[0].split('-').some(nameWord)) return true;
    // (An honorific or a title before the name makes a person: "Mr Tokayev, good afternoon".)
    return titledBefore(v, m.first) || hasPersonMarks(v, c) || /^(VERB|AUX)$/.test(v.tokens[m.last + 1]?.pos ?? '') || /^[’']s$/.test(v.words[m.last + 1] ?? '');
  });
}
