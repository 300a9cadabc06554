// The shape of reported content: is a run of tokens a clause (a subject and its verb, "that…", "whether…"), or
// content of another shape a verb may report (an infinitive, a noun phrase), and the halves of a clause a frame
// interrupts ("The museum, Mr. Bush said, celebrated…").
import { POSSESSIVE_DETERMINERS } from '../../doc/english.js';
import type { Cue } from './cues.js';
import { isWord } from './frames.js';
import { npStartingAt } from './phrases.js';
import { GENERIC_SURE, MAX_SUBJECT_TOKENS, MIN_INDIRECT_WORDS } from './settings.js';
import type { View } from './view.js';

export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
/** Words that do not open a reported clause ("added to his lead", "reports live from…", "…, who said"). */
const NOT_CLAUSE_START = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'VERB', 'AUX', 'ADV', 'PART']);
/** Prepositions that never open an adverbial before a reported clause ("added to", "reminds us of", "by"). */
const NO_OPENING_ADVERBIAL = new Set(['to', 'of', 'by', 'and', 'or', 'but', 'from', 'for', 'with', 'about', 'into']);
export const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const QUANTIFIERS = new Set(['none', 'all', 'some', 'most', 'many', 'few', 'both', 'each', 'neither', 'either', 'several', 'half']);
/** Tags that end a subject right before its verb. */
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Verbs of saying whose content may be an infinitive ("agreed to sit next to him", "claimed to have captured"). */
const TAKES_INFINITIVE = new Set(['agree', 'claim']);
/** Verbs of saying that report only a clause: with a noun phrase they do something else ("charges fees",
 *  "maintaining faith in…", "observe a minute's silence", "answered questions", "countered the attack", "question
 *  witnesses"). */
const CLAUSE_ONLY = new Set(['charge', 'maintain', 'observe', 'answer', 'counter', 'question']);
const POSSESSIVES = POSSESSIVE_DETERMINERS;
/** Tags a subject may start with. */
export const SUBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** Is tokens [first, end) content worth reporting: enough words, and shaped like a clause — a subject and its verb
 * ("Russian troops are…"), a conjunction ("that", "whether"), a quotation — or, for verbs of proposal, an infinitive
 * or gerund ("vowed to…", "proposed holding…"); a verb of saying may report a noun phrase ("announced the arrest of
 * a man"). "added to his lead" is not. A verb the model found needs a stricter clause (its verb right after its
 * subject), unless the model is sure of it ("condemned Russia's aggression"). */
export function isClause(v: View, first: number, end: number, cls: string, probability = 1, lemma = ''): boolean {
  let words = 0;
  for (let i = first; i < end; i++) if (isWord(v, i)) words++;
  if (words < MIN_INDIRECT_WORDS) return false;
  const w = v.lower[first];
  if (cls === 'propose' || cls === 'according' || (cls === 'generic' && probability >= GENERIC_SURE)) return true;
  if (CLAUSE_WORDS.has(w) || v.markOf[first] >= 0 || v.inQuote[first] >= 0) return true;
  if (w === 'to') return cls === 'tell' || cls === 'generic' || TAKES_INFINITIVE.has(lemma);
  const strict = cls === 'generic';
  if (w === 'that') return hasSubjectAndVerb(v, first + 1, end, 0, strict) || (cls !== 'generic' && !isDemonstrative(v, first, end));
  return hasSubjectAndVerb(v, first, end, 0, strict) || (cls === 'say' && !CLAUSE_ONLY.has(lemma) && isObject(v, first));
}

/** "echoed that promise": "that" determining a noun, not opening a clause. */
function isDemonstrative(v: View, i: number, end: number): boolean {
  if (i + 1 >= end || v.pos[i + 1] !== 'NOUN') return false;
  return i + 2 >= end || (v.pos[i + 2] !== 'VERB' && v.pos[i + 2] !== 'AUX');
}

/** Does a noun phrase start at token i (what a verb of saying may report: "announced the arrest of…", "noted the
 * clot's existence")? */
function isObject(v: View, i: number): boolean {
  const p = v.pos[i];
  if (p === 'DET') return v.lower[i] !== 'that' && v.lower[i] !== 'this';
  if (p === 'PRON') return POSSESSIVES.has(v.lower[i]);
  return p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM';
}

/** Do tokens [first, end) open with a subject and its verb, past an opening adverbial or subordinate clause?
 * `strict`: only a verb right after its subject counts. */
export function hasSubjectAndVerb(v: View, first: number, end: number, depth: number, strict: boolean): boolean {
  const w = v.lower[first];
  if (RELATIVES.has(w) || first >= end) return false;
  // "none of the attempts … will work", "all of them are…": a quantifier opens a subject.
  if (QUANTIFIERS.has(w)) return verbWithin(v, first + 1, end, strict);
  // "About 270 people have…": a preposition before a number is part of the subject.
  if (v.pos[first] === 'ADP' && v.pos[first + 1] === 'NUM') return verbWithin(v, first + 2, end, strict);
  // "But this was the first time…, she said.": a conjunction opening the sentence.
  if (v.pos[first] === 'CCONJ' && first === v.sentenceFirst[v.sentence[first]] && depth === 0) return hasSubjectAndVerb(v, first + 1, end, depth + 1, strict);
  if (NOT_CLAUSE_START.has(v.pos[first]) && depth < 2) {
    // "even on Friday morning, the White House was…", "despite being an alumna, she plans…": an opening adverbial.
    if (v.pos[first] === 'ADV') return hasSubjectAndVerb(v, first + 1, end, depth + 1, strict);
    // "although the elections were…", "if elected, he would…": a subordinate clause opens the content.
    if (v.pos[first] === 'SCONJ') return verbWithin(v, first + 1, end, strict);
    if (v.pos[first] === 'VERB' && /ing$/.test(w)) return verbWithin(v, first + 1, end, strict); // a gerund subject
    if (NO_OPENING_ADVERBIAL.has(w)) return false;
    for (let i = first + 1; i < end && i - first <= MAX_SUBJECT_TOKENS; i++) {
      if (v.word[i] === ',') {
        let k = i + 1;
        while (k < end && v.markOf[k] >= 0) k++;
        return hasSubjectAndVerb(v, k, end, depth + 1, strict);
      }
    }
    // "for weeks he's…", "over the last five days he has begun…": a short phrase, no comma.
    const np = v.pos[first] === 'ADP' ? npStartingAt(v, first + 1, end) : null;
    return np !== null && hasSubjectAndVerb(v, np.last + 1, end, depth + 1, strict);
  }
  if (NOT_CLAUSE_START.has(v.pos[first])) return false;
  return verbWithin(v, first + 1, end, strict);
}

/** A verb (or auxiliary) within the reach of a subject phrase starting before `from`. */
function verbWithin(v: View, from: number, end: number, strict: boolean): boolean {
  for (let i = from; i < end && i - from < MAX_SUBJECT_TOKENS; i++) {
    if (v.pos[i] === 'AUX') return true;
    // A participle inside the subject ("a state law banning fracking is…", "Ukraine's continued resistance") is not
    // its verb.
    const adjectival = v.pos[i - 1] === 'DET' || v.lower[i - 1] === "'s" || v.lower[i - 1] === '’s';
    if (v.pos[i] !== 'VERB' || adjectival || (/...ing$/.test(v.lower[i]) && v.pos[i - 1] !== 'AUX')) continue;
    // For a verb the model found, only a verb right after its subject counts: not an infinitive ("imposed sanctions
    // on Russia to weaken…"), a second verb ("… and deprive…"), a participle ("as enshrined in", "provided by").
    if (!strict || (SUBJECT_END.has(v.pos[i - 1]) && v.lower[i + 1] !== 'by')) return true;
  }
  return false;
}


export function wordsIn(v: View, [a, b]: [number, number]): number {
  let words = 0;
  for (let i = a; i < b; i++) if (isWord(v, i)) words++;
  return words;
}

/** Does a predicate (a finite verb, adverbs before it) start at token i? */
export function isPredicate(v: View, i: number, hi: number): boolean {
  while (i < hi && v.pos[i] === 'ADV') i++;
  return i < hi && (v.pos[i] === 'AUX' || (v.pos[i] === 'VERB' && !/...ing$/.test(v.lower[i])));
}


/** "A, X said, B" — do the halves around a frame make one clause: either half a clause of its own ("Like his
 * comments, Mr. Graham said, Mr. Trump's jabs were…"), a subject and its predicate ("The museum, Mr. Bush said,
 * celebrated…"), or a clause broken after its verb ("It was, he said, one of the bitterest…")? */
export function isSplitClause(v: View, a: [number, number], b: [number, number], c: Cue): boolean {
  if (isSubjectAndPredicate(v, a, b)) return true;
  if (a[1] > a[0] && isClause(v, a[0], a[1], c.cls, c.probability, c.lemma)) return true;
  if (b[1] > b[0] && isClause(v, b[0], b[1], c.cls, c.probability, c.lemma)) return true;
  const last = a[1] - 1;
  return last >= a[0] && (v.pos[last] === 'AUX' || v.pos[last] === 'VERB') && SUBJECT_START.has(v.pos[a[0]]);
}


/** Is `subject` a phrase with no verb and `predicate` (after a frame set off by commas) a verb phrase? */
export function isSubjectAndPredicate(v: View, [a, b]: [number, number], [c, d]: [number, number]): boolean {
  if (b <= a || d <= c || !SUBJECT_START.has(v.pos[a])) return false;
  for (let i = a; i < b; i++) if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX' || v.inQuote[i] >= 0) return false;
  let k = c;
  while (k < d && v.pos[k] === 'ADV') k++;
  return k < d && (v.pos[k] === 'AUX' || (v.pos[k] === 'VERB' && !v.lower[k].endsWith('ing')));
}
