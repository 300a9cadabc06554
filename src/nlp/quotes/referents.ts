// What the text says about each entity, for resolving a speaker that is not a name: the words that describe it
// ("one Russian newspaper, Nezavisimaya Gazeta" → newspaper; "French President Emmanuel Macron" → president), the
// gender its pronouns show, and the documents it is the author of ("research from the CSIS" → a later "the report
// adds" is the CSIS's). One pass over the mentions; nothing is kept between documents.
import type { Entity } from '../../doc/schema.js';
import { TITLE_ABBREVIATIONS } from '../../doc/english.js';
import { AUTHOR_PREPOSITIONS, DOCUMENT_NOUNS, FEMALE_WORDS, MALE_WORDS } from './speaker-lexicon.js';
import { npEndingAt, npStartingAt } from './phrases.js';
import { SPEAKER_PRONOUNS } from './lexicon.js';
import { MAX_DESCRIPTOR_TOKENS } from './settings.js';
import { tokenAt, type View } from './view.js';

export type Gender = 'm' | 'f';

/** An entity mention as token positions. */
export interface TokenMention {
  first: number;
  last: number;
  entity: Entity;
}

export interface Referents {
  /** Non-pronoun mentions in text order. */
  mentions: TokenMention[];
  /** Index into `mentions` of the mention each token belongs to, else -1. */
  mentionOf: Int32Array;
  /** Lower-case words describing each entity (its role, titles before it, appositions). */
  descriptors: Map<string, Set<string>>;
  gender: Map<string, Gender>;
  /** Mentions (by token) that author a document: "a report from X", "X's study", "the X report". */
  sources: TokenMention[];
}

const GENDERED: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);
const HONORIFICS: ReadonlyMap<string, Gender> = new Map([['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f']]);
const DESCRIPTOR_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

export const isPronounText = (s: string) => s.length <= 7 && (SPEAKER_PRONOUNS.has(s.toLowerCase()) || GENDERED.has(s.toLowerCase()));

function add(map: Map<string, Set<string>>, id: string, word: string): void {
  let set = map.get(id);
  if (!set) map.set(id, (set = new Set()));
  set.add(word);
}

/** A word describing an entity, with the title an abbreviation stands for ("Gov." is described as "governor" too). */
function addDescriptor(map: Map<string, Set<string>>, id: string, word: string): void {
  add(map, id, word);
  const full = TITLE_ABBREVIATIONS.get(word.replace(/\.$/, ''));
  if (full) add(map, id, full);
}

/** Words of tokens [first, last] worth matching a description's head against (nouns and titles). */
function descriptorWords(v: View, first: number, last: number, out: (w: string) => void): void {
  for (let i = first; i <= last; i++) if (DESCRIPTOR_TAGS.has(v.pos[i])) out(v.lower[i]);
}

export function buildReferents(v: View, entities: readonly Entity[] | undefined): Referents {
  const mentions: TokenMention[] = [];
  const mentionOf = new Int32Array(v.n).fill(-1);
  for (const e of entities ?? []) {
    for (const m of e.mentions) {
      if (isPronounText(m.text)) continue;
      const first = tokenAt(v, m.start);
      if (first >= v.n || v.start[first] >= m.end) continue;
      let last = first;
      while (last + 1 < v.n && v.start[last + 1] < m.end) last++;
      mentions.push({ first, last, entity: e });
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  mentions.forEach((m, k) => {
    for (let i = m.first; i <= m.last; i++) if (mentionOf[i] < 0) mentionOf[i] = k;
  });
  const descriptors = new Map<string, Set<string>>();
  const votes = new Map<string, number>(); // > 0 male, < 0 female
  const vote = (id: string, g: Gender) => votes.set(id, (votes.get(id) ?? 0) + (g === 'm' ? 1 : -1));
  const sources: TokenMention[] = [];
  for (const e of entities ?? []) if (e.role) for (const w of e.role.toLowerCase().split(/\s+/)) addDescriptor(descriptors, e.id, w);
  for (const m of mentions) {
    const id = m.entity.id;
    const s = v.sentence[m.first];
    // Titles and nouns right before the name ("French President Emmanuel Macron", "Mr. Smith").
    let i = m.first - 1;
    while (i >= 0 && m.first - i <= MAX_DESCRIPTOR_TOKENS && v.sentence[i] === s && mentionOf[i] < 0 && DESCRIPTOR_TAGS.has(v.pos[i])) addDescriptor(descriptors, id, v.lower[i--]);
    const before = m.first - 1;
    if (before >= 0 && HONORIFICS.has(v.lower[before])) vote(id, HONORIFICS.get(v.lower[before])!);
    // An apposition before ("one Russian pro-Kremlin newspaper, Nezavisimaya Gazeta") or after ("Prokopenko, a
    // fellow at…").
    const comma = before >= 0 && v.pos[before] === 'DET' ? before - 1 : before;
    if (comma >= 1 && v.word[comma] === ',' && v.sentence[comma - 1] === s) {
      const np = npEndingAt(v, comma - 1, v.sentenceFirst[s]);
      if (np && mentionOf[np.last] < 0) descriptorWords(v, np.first, np.last, (w) => addDescriptor(descriptors, id, w));
    }
    const after = m.last + 1;
    if (after + 1 < v.n && v.word[after] === ',' && v.sentence[after + 1] === s && mentionOf[after + 1] < 0) {
      const np = npStartingAt(v, after + 1, v.sentenceEnd[s]);
      // An apposition is closed by a comma or the sentence end, not followed by a verb ("X, the report adds").
      const closed = np && (np.last + 1 >= v.sentenceEnd[s] || /^[,.;:)]$/.test(v.word[np.last + 1]));
      if (np && closed && np.last - np.first < MAX_DESCRIPTOR_TOKENS) descriptorWords(v, np.first, np.last, (w) => addDescriptor(descriptors, id, w));
    }
    // Author of a document: "research from the US-based CSIS", "a report by X", "the CEPA report", "X's study".
    if (m.entity.type === 'ORG' || m.entity.type === 'PERSON') {
      let k = m.first - 1;
      while (k >= 0 && m.first - k <= MAX_DESCRIPTOR_TOKENS && v.sentence[k] === s && (v.pos[k] === 'DET' || v.pos[k] === 'ADJ' || v.pos[k] === 'PROPN' || (v.pos[k] === 'NOUN' && !DOCUMENT_NOUNS.has(v.lower[k])) || v.word[k] === '-')) k--;
      const authored = (k >= 1 && AUTHOR_PREPOSITIONS.has(v.lower[k]) && DOCUMENT_NOUNS.has(v.lower[k - 1])) || (after < v.n && DOCUMENT_NOUNS.has(v.lower[after]))
        || (after + 1 < v.n && /^['’]s$/.test(v.lower[after]) && DOCUMENT_NOUNS.has(v.lower[after + 1]));
      if (authored) sources.push(m);
    }
  }
  // Gendered words describing an entity ("spokeswoman", "his wife, Jane Roe").
  for (const [id, words] of descriptors) for (const w of words) {
    if (MALE_WORDS.has(w)) vote(id, 'm');
    else if (FEMALE_WORDS.has(w)) vote(id, 'f');
  }
  // Pronouns: a he/she/his/her whose sentence names exactly one person before it ("Putin insists on going on as he
  // waits"). Across sentences a pronoun is too often somebody else to tell a gender.
  const current = new Set<string>();
  for (let i = 0; i < v.n; i++) {
    if (i > 0 && v.sentence[i] !== v.sentence[i - 1] && current.size) current.clear();
    const k = mentionOf[i];
    if (k >= 0 && mentions[k].entity.type === 'PERSON' && v.inQuote[i] < 0) current.add(mentions[k].entity.id);
    const g = GENDERED.get(v.lower[i]);
    if (!g || v.inQuote[i] >= 0) continue;
    if (current.size === 1) vote(current.values().next().value as string, g);
  }
  const gender = new Map<string, Gender>();
  for (const [id, n] of votes) if (n !== 0) gender.set(id, n > 0 ? 'm' : 'f');
  return { mentions, mentionOf, descriptors, gender, sources };
}
