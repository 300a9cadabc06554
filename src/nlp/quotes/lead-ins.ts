// The words around a quotation and its reporting verb: what may stand between the verb and the quotation it leads
// into ("told reporters in Ohio on Monday, “…”") as opposed to reported content the quotation only completes ("said
// that whatever choice voters make, “…”"), and speaker phrases the phrase rules miss (the whole gap in "“…,” the
// bespectacled, 71-year-old diplomat said", a name or subject before a colon).
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../../doc/english.js';
import type { Cue } from './cues.js';
import { MEDIUM_WORDS, skipFramePhrase } from './frames.js';
import { FRAME_PREPOSITIONS, TIME_WORDS } from './lexicon.js';
import { npEndingAt, npStartingAt, sentenceSubject, subjectBefore, type TokenRange } from './phrases.js';
import { MAX_FRAME_STEPS, MAX_SPEAKER_TOKENS } from './settings.js';
import type { View } from './view.js';

const SENTENCE_STOP = new Set(['.', '!', '?']);
const DASHES = new Set(['—', '―', '–', '-', '--']);
/** Prepositions naming what a quotation is about, between its verb and itself ("said of the plan, “…”"). */
const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'with', 'for', 'on', 'to']);
/** Verb particles between a reporting verb and its quotation ("wrote back, “…”"). */
const PARTICLES = new Set(['back', 'out', 'up', 'again', 'later']);
const RELATIVE_WHO = new Set(['who', 'whom']);
/** Tags a speaker phrase may start with. */
export const NOMINAL_START = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM']);
/** Nouns naming an utterance, as the object of a verb leading into it ("added a caveat: “…”"). */
const SPEECH_NOUNS = new Set(['caveat', 'warning', 'case', 'answer', 'question', 'comment', 'explanation', 'plea', 'promise', 'vow', 'prediction']);
/** Words opening a sentence that link it to the one before, not part of what is reported ("But, he added, “…”"). */
const CONNECTIVES = new Set(['but', 'and', 'still', 'yet', 'however', 'instead', 'so', 'now', 'then', 'also', 'meanwhile', 'again']);
const POSSESSIVES = POSSESSIVE_DETERMINERS;

/** Are the tokens between cue c and the comma or dash at b that leads into a quotation only frame material: adverbs,
 * time and medium phrases, the one addressed, an aside set off by commas ("told reporters in Ohio on Monday, “…”",
 * "said of the plan, “…”", "joked, again using a Southern accent, “…”")? Anything else ("said that whatever choice
 * voters make, “…”", "says things such as, “…”") is reported content of the verb, which the quotation completes. */
export function onlyFrameBetween(v: View, c: Cue, b: number): boolean {
  let i = c.last + 1;
  // The one addressed ("told reporters", "told me", "told his audience"), the source ("according to Limbaugh"), a
  // speaker after its verb ("Said Ellis, “…”"), or "put it".
  const r = npStartingAt(v, POSSESSIVES.has(v.lower[i]) ? i + 1 : i, b);
  const inverted = c.first === v.sentenceFirst[v.sentence[c.first]] || v.word[c.first - 1] === ',' || v.markOf[c.first - 1] >= 0;
  // "issued the following statement:", "added a caveat:": the object names the quotation itself.
  const names = r !== null && (SPEECH_NOUNS.has(v.lower[r.last]) || MEDIUM_WORDS.has(v.lower[r.last]));
  if (r && (names || c.cls === 'tell' || c.cls === 'according' || (inverted && (r.last + 1 === b || v.word[r.last + 1] === ',')))) i = r.last + 1;
  else if (OBJECT_PRONOUNS.has(v.lower[i])) i++;
  for (let step = 0; step < MAX_FRAME_STEPS && i < b; step++) {
    const w = v.lower[i];
    const det = v.pos[i] === 'DET' && TIME_WORDS.has(v.lower[i + 1]); // "a day earlier"
    if (w === ',' || det || PARTICLES.has(w) || (v.pos[i] === 'ADV' && w !== 'that') || (w === 'and' && v.pos[i + 1] === 'ADV')) {
      i++;
      continue;
    }
    // An aside up to the next comma: a participle clause ("referring to the excuse,") or a relative clause on the
    // one addressed ("told the mayors who gathered in Indianapolis,").
    const aside = (v.pos[i] === 'VERB' && w.endsWith('ing') && (v.word[i - 1] === ',' || v.pos[i - 1] === 'ADV')) || (RELATIVE_WHO.has(w) && i > c.last + 1);
    if (aside) {
      while (i < b && v.word[i] !== ',') i++;
      continue;
    }
    // "said of the proposal", "asked at Western High School", "tweeting at him": what the quotation is about, whom
    // it is addressed to, where it was said.
    if (TOPIC_PREPOSITIONS.has(w) || FRAME_PREPOSITIONS.has(w)) {
      if (OBJECT_PRONOUNS.has(v.lower[i + 1]) && i + 1 < b) {
        i += 2;
        continue;
      }
      const np = npStartingAt(v, POSSESSIVES.has(v.lower[i + 1]) ? i + 2 : i + 1, b);
      if (np) {
        i = np.last + 1;
        continue;
      }
    }
    const next = skipFramePhrase(v, i, b);
    if (next === i) return false;
    i = next;
  }
  return i >= b;
}

/** Does quotation k, starting in lower case, continue a sentence that began before its frame (the speaker at token
 * `speaker`, after a comma and something more than a connective: "The reality is, he added, “there are…”")? */
export function continuesSentence(v: View, k: number, speaker: number): boolean {
  if (!/^\p{Ll}/u.test(v.text[v.quotes[k].innerStart] ?? '')) return false;
  const s = v.sentence[speaker];
  const first = v.sentenceFirst[s];
  if (speaker - 1 <= first || v.word[speaker - 1] !== ',') return false;
  return !(speaker - 2 === first && CONNECTIVES.has(v.lower[first]));
}

/** Tokens [a, i) between a closing quotation mark and the reporting verb at i, as the speaker: a nominal phrase with no
 * verb of its own outside commas ("the bespectacled, 71-year-old diplomat", "Texas delegate Bill Eastland, wearing a
 * cowboy hat,"). Its first noun phrase when there is one. */
export function gapSubject(v: View, a: number, i: number): TokenRange | null {
  if (!NOMINAL_START.has(v.pos[a])) return null;
  let commas = 0;
  let relative = false;
  for (let j = a; j < i; j++) {
    if (v.word[j] === ',') commas++;
    // "a woman who called herself Svetlana": a relative clause on the subject has verbs of its own.
    else if (RELATIVE_WHO.has(v.lower[j]) && j > a) relative = true;
    else if (relative) continue;
    // A verb outside an aside set off by commas makes the gap a clause ("…,” Smith told me he said); not a word
    // of a compound ("the conservative-leaning newspaper") or a capitalised name ("Will wrote").
    else if ((v.pos[j] === 'VERB' || v.pos[j] === 'AUX') && commas % 2 === 0 && !/^\p{Lu}/u.test(v.word[j]) && v.word[j - 1] !== '-' && v.word[j + 1] !== '-') return null;
  }
  let last = i - 1;
  while (last > a && (v.pos[last] === 'PUNCT' || v.pos[last] === 'ADV')) last--;
  if (relative) return { first: a, last };
  return npStartingAt(v, a, i) ?? { first: a, last };
}

/** Tokens from `from` to the end of the sentence (a full stop within a few tokens), as a speaker phrase. */
export function phraseToStop(v: View, from: number): TokenRange | null {
  if (from >= v.n || !NOMINAL_START.has(v.pos[from])) return null;
  for (let j = from; j < v.n && j - from < MAX_SPEAKER_TOKENS && v.sentence[j] === v.sentence[from]; j++) {
    if (SENTENCE_STOP.has(v.word[j])) return j > from ? { first: from, last: j - 1 } : null;
    if (v.markOf[j] >= 0 || v.inQuote[j] >= 0 || v.word[j] === ',') return null;
  }
  return null;
}

/** The subject of the last verb before token b that has one ("She became upset, so upset that I had to change my
 * answer:" → I), else the subject of the sentence. */
export function clauseSubject(v: View, b: number, lo: number): TokenRange | null {
  for (let j = b - 1; j > lo; j--) {
    if (v.pos[j] !== 'VERB' && v.pos[j] !== 'AUX') continue;
    const sp = subjectBefore(v, j, lo);
    if (sp) return sp;
  }
  return sentenceSubject(v, v.sentence[b], b);
}

/** A name standing alone before the colon at b, after a dash or at the start of its clause ("… - Carl Bialik:"). */
export function nameBeforeColon(v: View, b: number, lo: number): TokenRange | null {
  const np = npEndingAt(v, b - 1, lo);
  if (!np || v.pos[np.last] !== 'PROPN') return null;
  return np.first === lo || DASHES.has(v.word[np.first - 1]) ? np : null;
}
