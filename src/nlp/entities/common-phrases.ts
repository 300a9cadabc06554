// Names the article itself writes as common words: a Title-Case heading, label or deck ("1. Skinfold Calipers", "Job
// Openings", "Export Credit Guarantee Program") whose words the article also writes in lower case, opening a sentence
// at most ("Skinfold calipers measure…", "job openings soared", "its export credit guarantee program") is a common
// noun phrase, not a name. Still names: a first word that keeps its capital mid-sentence ("the Jordan river",
// "Suvarnabhumi airport", "a Commerce department official") or that opens a sentence and is mostly written with a
// capital ("Christmas day."), the institutions and places the lexicons know, anything with a person's marks.
import type { TokenView } from './context.js';
import type { Cluster } from './cluster.js';
import type { Mention } from './types.js';
import { isCapitalisedWord } from './lexical.js';
import { hasPersonMarks } from './positioned.js';

/** Longest phrase looked up: a common noun phrase typed as a name is short. */
const MAX_PHRASE_WORDS = 5;

const opensLower = (w: string) => /^\p{Ll}/u.test(w);

/** The Title-Case phrases of `wanted` (their lower-cased words joined by spaces) that the text also writes in lower
 *  case, its first word opening a sentence at most. Sentences that open in lower case are left out: a source that
 *  lower-cased them ("analysts and wall street sources doubted…") says nothing of the words' case. Linear in the
 *  tokens: only a word that opens a wanted phrase is looked at further, and at most MAX_PHRASE_WORDS words from it. */
function writtenInLowerCase(v: TokenView, wanted: ReadonlySet<string>, firstWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const n = v.words.length;
  let lowerSentence = -1;
  for (let i = 0; i < n; i++) {
    const sentence = v.tokens[i]!.sentence;
    const opens = i === 0 || v.tokens[i - 1]!.sentence !== sentence;
    const lower = opensLower(v.words[i]!);
    if (opens && lower) lowerSentence = sentence;
    const first = v.words[i]!.toLowerCase();
    if (!firstWords.has(first) || sentence === lowerSentence) continue;
    // A capital counts only on a sentence's first word, and only when the corpus mostly writes that word in lower
    // case ("Christmas day" opening a sentence is still a holiday).
    if (!lower && (!opens || isCapitalisedWord(first))) continue;
    let key = first;
    for (let k = i + 1; k < n && k - i < MAX_PHRASE_WORDS && v.tokens[k]!.sentence === sentence && opensLower(v.words[k]!); k++) {
      key += ' ' + v.words[k];
      if (wanted.has(key)) out.add(key);
    }
  }
  return out;
}

/** The mention's words as the text writes them, lower-cased and joined by spaces, when it is a Title-Case phrase of
 *  several words. */
function titleCaseKey(v: TokenView, first: number, last: number): string | null {
  if (last === first || last - first >= MAX_PHRASE_WORDS) return null;
  const words = v.words.slice(first, last + 1);
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ? words.join(' ').toLowerCase() : null;
}

/** The clusters without the Title-Case phrases the article also writes in lower case (`known`: institutions and
 *  places of the lexicons). */
export function dropCommonPhrases(v: TokenView, clusters: Cluster[], known: (name: string) => boolean): Cluster[] {
  const keys = new Map<Mention, string>();
  for (const c of clusters) {
    for (const m of c.mentions) {
      const key = m.pronoun ? null : titleCaseKey(v, m.first, m.last);
      if (key) keys.set(m, key);
    }
  }
  if (!keys.size) return clusters;
  const wanted = new Set(keys.values());
  const found = writtenInLowerCase(v, wanted, new Set([...wanted].map((k) => k.slice(0, k.indexOf(' ')))));
  if (!found.size) return clusters;
  return clusters.filter((c) => {
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.some((m) => found.has(keys.get(m) ?? ''))) return true;
    return named.some((m) => known(m.text)) || hasPersonMarks(v, c);
  });
}
