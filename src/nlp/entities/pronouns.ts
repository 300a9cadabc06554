// Personal pronouns resolved where the text makes it clear: the subject-most person of the same sentence before
// the pronoun, else of the nearest earlier sentence (within a few) that names one.
import { readFileSync } from 'node:fs';
import type { Cluster } from './cluster.js';
import { GIVEN_GENDER_PATH, MAX_LEAD_TOKENS } from './settings.js';
import type { TokenView } from './context.js';
import type { Mention } from './types.js';
import { ROLE_SECTORS, ROLE_MODIFIERS } from './roles.js';

const PRONOUNS = new Map<string, 'm' | 'f'>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f']]);
/** Letters of the longest pronoun: a longer word is never lower-cased and looked up (lower-casing never shortens). */
const LONGEST_PRONOUN = 7;
const FEMALE_ROLES = /\b(queen|spokeswoman|congresswoman|chairwoman|businesswoman|princess|mrs|ms|madam|lady|dame|first lady|actress|wife|mother|daughter|sister|widow)\b/i;
const MALE_ROLES = /\b(king|spokesman|congressman|chairman|businessman|prince|mr|sir|lord|actor|husband|father|son|brother|widower)\b/i;
/** How many sentences back an antecedent may be. */
const MAX_SENTENCES_BACK = 3;
/** How many people of one sentence are tried as a pronoun's antecedent. */
const MAX_CANDIDATES = 16;

/** Given names of one gender, from the name lists the gazetteers are built from (models/given-gender.json). */
let given: Map<string, 'm' | 'f'> | undefined;
function givenGender(word: string): 'm' | 'f' | undefined {
  if (!given) {
    const data = JSON.parse(readFileSync(GIVEN_GENDER_PATH, 'utf8')) as { f: string[]; m: string[] };
    given = new Map([...data.f.map((n): [string, 'f'] => [n, 'f']), ...data.m.map((n): [string, 'm'] => [n, 'm'])]);
  }
  return given.get(word);
}

/** A person's gender as the article gives it: a gendered role or title, else a given name of one gender. */
function gender(c: Cluster): 'm' | 'f' | null {
  if (c.mentions.some((m) => m.role && FEMALE_ROLES.test(m.role))) return 'f';
  if (c.mentions.some((m) => m.role && MALE_ROLES.test(m.role))) return 'm';
  // (Only the first word of a name of two or more words is a given name: "Putin" alone says nothing.)
  const full = c.mentions.find((m) => !m.pronoun && m.words.length >= 2);
  return (full && givenGender(full.words[0])) ?? null;
}


/** Whether the sentence whose tokens start at `s` is led by a described person before any name: "[Ahead of the
 *  talks,] the Iranian top official met … with Rafael Grossi" — the subject is the description, so the first person
 *  named is no clear antecedent of a later "he" (the description's referent was named before). */
function describedSubject(v: TokenView, s: number, firstPerson: number): boolean {
  let i = s;
  // A leading adverbial phrase up to its comma.
  for (let j = s; j < Math.min(firstPerson, s + MAX_LEAD_TOKENS); j++) if (v.words[j] === ',') { i = j + 1; break; }
  if (v.words[i]?.toLowerCase() !== 'the') return false;
  for (let j = i + 1; j < Math.min(firstPerson, i + MAX_LEAD_TOKENS); j++) {
    const w = v.words[j].toLowerCase();
    if (ROLE_SECTORS[w] !== undefined && !ROLE_MODIFIERS.has(w)) {
      const next = v.tokens[j + 1]?.pos;
      return next === 'VERB' || next === 'AUX';
    }
    if (!/^[\p{L}-]+$/u.test(v.words[j])) return false;
  }
  return false;
}

/** Adds pronoun mentions to the person clusters they refer to. `named` are the name mentions, in text order. */
export function resolvePronouns(v: TokenView, clusters: readonly Cluster[]): void {
  const owner = new Map<Mention, Cluster>();
  for (const c of clusters) if (c.type === 'PERSON') for (const m of c.mentions) owner.set(m, c);
  const people = [...owner.keys()].sort((a, b) => a.start - b.start);
  if (!people.length) return;
  // Learned genders: a cluster already referred to by "she" stays female.
  const genders = new Map<Cluster, 'm' | 'f' | null>([...new Set(owner.values())].map((c) => [c, gender(c)]));
  const firstOf = new Map<number, number>();
  // Sentences whose subject is a description, not the first person they name (by sentence index).
  const described = new Set<number>();
  let sentenceStart = 0;
  people.forEach((m, k) => {
    const sentence = v.tokens[m.first].sentence;
    if (firstOf.has(sentence)) return;
    firstOf.set(sentence, k);
    while (v.tokens[sentenceStart].sentence < sentence) sentenceStart++;
    if (describedSubject(v, sentenceStart, m.first)) described.add(sentence);
  });
  // The first pronoun of each sentence that was resolved, and to whom: a chain ("he told the BBC …") carries its
  // person to the sentences after it like a name would.
  const ledBy = new Map<number, { at: number; c: Cluster }>();
  // "After his talks with Tusk, Zelenskiy repeated …": a pronoun in a fronted adverbial is the person who opens the
  // main clause after its comma (cataphora).
  const personAt = new Map(people.map((m) => [m.first, m]));
  let lead = { sentence: -1, start: 0, comma: -1 };
  const cataphor = (i: number): Cluster | undefined => {
    const sentence = v.tokens[i].sentence;
    if (lead.sentence !== sentence) {
      let start = i;
      while (start > 0 && v.tokens[start - 1].sentence === sentence) start--;
      let comma = -1;
      if (v.tokens[start].pos === 'ADP' || v.tokens[start].pos === 'SCONJ') {
        for (let j = start + 1; j < Math.min(v.tokens.length, start + MAX_LEAD_TOKENS + 1) && v.tokens[j].sentence === sentence; j++) if (v.words[j] === ',') { comma = j; break; }
      }
      lead = { sentence, start, comma };
    }
    if (lead.comma < 0 || i > lead.comma) return undefined;
    const m = personAt.get(lead.comma + 1);
    const c = m && owner.get(m);
    return c && (genders.get(c) ?? PRONOUNS.get(v.words[i].toLowerCase())) === PRONOUNS.get(v.words[i].toLowerCase()) ? c : undefined;
  };
  let p = 0;
  for (let i = 0; i < v.tokens.length; i++) {
    const w = v.words[i];
    const g = w.length <= LONGEST_PRONOUN ? PRONOUNS.get(w.toLowerCase()) : undefined;
    if (!g) continue;
    const tok = v.tokens[i];
    while (p < people.length && people[p].end <= tok.start) p++;
    // Candidates: people mentioned before the pronoun; the first of the nearest sentence that has one. (People
    // are sorted, so a sentence's people form one run of `people`, found by its first index.)
    let chosen: Cluster | undefined = cataphor(i);
    for (let back = 0; back <= MAX_SENTENCES_BACK && !chosen; back++) {
      const sentence = tok.sentence - back;
      const from = firstOf.get(sentence);
      const named = from !== undefined && from < p && !(described.has(sentence) && back > 0);
      // A resolved pronoun before the sentence's first name is its subject.
      const led = ledBy.get(sentence);
      if (led && back > 0 && (!named || led.at < people[from!].first) && (genders.get(led.c) ?? g) === g) {
        chosen = led.c;
        break;
      }
      if (!named) continue;
      // Several different people in that sentence: only the first (the subject) is a clear antecedent; at most
      // MAX_CANDIDATES are looked at, so a sentence of thousands of names stays linear.
      for (let k = from; k < p && k < from + MAX_CANDIDATES && v.tokens[people[k].first].sentence === sentence; k++) {
        const c = owner.get(people[k])!;
        if ((genders.get(c) ?? g) === g) {
          chosen = c;
          break;
        }
      }
      if (!chosen) break;
    }
    if (!chosen) continue;
    genders.set(chosen, g);
    if (!ledBy.has(tok.sentence)) ledBy.set(tok.sentence, { at: i, c: chosen });
    chosen.mentions.push({ first: i, last: i, type: 'PERSON', start: tok.start, end: tok.end, text: v.words[i], words: [], pronoun: true });
  }
}
