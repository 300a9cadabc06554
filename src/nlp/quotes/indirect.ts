// Indirect speech: a reporting verb with its content as a clause after it ("Zelenskyy confirmed Friday that
// Moscow and Kyiv negotiators discussed…"), a reporting clause after the content ("…, the source added."), or
// around it ("Climate change, Mr. Obama often says, is the greatest threat"), and "according to X".
import type { Span } from '../../doc/types.js';
import type { Cue } from './cues.js';
import { EVALUATIVE_VERB } from './lexicon.js';
import { contentStart, isPunct, isWord, skipFramePhrase, speakerOf } from './frames.js';
import { npStartingAt, skipBack, subjectBefore, type TokenRange } from './phrases.js';
import { GENERIC_SURE, MAX_SUBJECT_TOKENS, MIN_INDIRECT_WORDS } from './settings.js';
import type { Found } from './types.js';
import type { View } from './view.js';

const CLAUSE_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
/** Words that do not open a reported clause ("added to his lead", "reports live from…", "…, who said"). */
const NOT_CLAUSE_START = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'VERB', 'AUX', 'ADV', 'PART']);
/** Prepositions that never open an adverbial before a reported clause ("added to", "reminds us of", "by"). */
const NO_OPENING_ADVERBIAL = new Set(['to', 'of', 'by', 'and', 'or', 'but', 'from', 'for', 'with', 'about', 'into']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
/** After a comma, words that open the narrator's own addition to a reported clause. */
const ASIDE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'though', 'although', 'as']);
const QUANTIFIERS = new Set(['none', 'all', 'some', 'most', 'many', 'few', 'both', 'each', 'neither', 'either', 'several', 'half']);
/** Tags that end a subject right before its verb. */
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const COORDINATORS = new Set(['and', 'but']);
const INDIRECT_CLASSES = new Set(['say', 'tell', 'propose', 'think', 'according', 'generic']);

/** Tokens [first, end) trimmed of punctuation and quotation marks at both ends. */
function trim(v: View, first: number, end: number): [number, number] {
  while (first < end && (isPunct(v, first) || v.markOf[first] >= 0) && v.inQuote[first] < 0) first++;
  while (end > first && ((isPunct(v, end - 1) && v.inQuote[end - 1] < 0) || COORDINATORS.has(v.lower[end - 1]))) end--;
  return [first, end];
}

/** Is tokens [first, end) a clause worth reporting: enough words, and shaped like a clause — a subject and its
 * verb ("Russian troops are…"), a conjunction ("that", "whether"), a quotation — or, for verbs of proposal, an
 * infinitive or gerund ("vowed to…", "proposed holding…"). "added to his lead", "wrote the letter" are not. A verb
 * the model found needs a stricter clause (its verb right after its subject), or to be an evaluative verb the model
 * is sure of ("condemned Russia's aggression"). */
function isClause(v: View, first: number, end: number, cls: string, probability = 1, lemma = ''): boolean {
  let words = 0;
  for (let i = first; i < end; i++) if (isWord(v, i)) words++;
  if (words < MIN_INDIRECT_WORDS) return false;
  if (cls === 'propose' || cls === 'according' || (cls === 'generic' && probability >= GENERIC_SURE && EVALUATIVE_VERB.test(lemma))) return true;
  const w = v.lower[first];
  if (CLAUSE_WORDS.has(w) || v.markOf[first] >= 0 || v.inQuote[first] >= 0) return true;
  if (w === 'to') return cls === 'tell' || cls === 'generic';
  const strict = cls === 'generic';
  if (w === 'that') return hasSubjectAndVerb(v, first + 1, end, 0, strict);
  return hasSubjectAndVerb(v, first, end, 0, strict);
}

function hasSubjectAndVerb(v: View, first: number, end: number, depth: number, strict: boolean): boolean {
  const w = v.lower[first];
  if (RELATIVES.has(w) || first >= end) return false;
  // "none of the attempts … will work", "all of them are…": a quantifier opens a subject.
  if (QUANTIFIERS.has(w)) return verbWithin(v, first + 1, end, strict);
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
    if (v.pos[i] !== 'VERB' || adjectival || (/ing$/.test(v.lower[i]) && v.pos[i - 1] !== 'AUX')) continue;
    // For a verb the model found, only a verb right after its subject counts: not an infinitive ("imposed sanctions
    // on Russia to weaken…"), a second verb ("… and deprive…"), a participle ("as enshrined in", "provided by").
    if (!strict || (SUBJECT_END.has(v.pos[i - 1]) && v.lower[i + 1] !== 'by')) return true;
  }
  return false;
}

/** Where the content of cue c (starting at `from`) stops: before a coordinated second report in the same
 * sentence ("…, adding that…", "… and warned that…", "…, but Cook did not say when"). */
function contentEnd(v: View, from: number, hi: number, cueAt: (Cue | null)[]): number {
  for (let j = from + 1; j < hi; j++) {
    // What the narrator adds after the reported clause: "; …", ", which…", ", sparking…", ", while…",
    // ", and continued to…" (a second verb of the speaker's).
    if (v.inQuote[j] < 0 && j - from >= MIN_INDIRECT_WORDS) {
      if (v.word[j] === ';') return j;
      if (v.word[j] === ',' && j + 1 < hi && v.inQuote[j + 1] < 0 && v.markOf[j + 1] < 0 && narratorAside(v, j + 1, hi)) return j;
    }
    const c = cueAt[j];
    if (!c || c.cls === 'label' || c.cls === 'frame') continue;
    const p = skipBack(v, j, from);
    if (p < from) continue;
    if (c.participle && (v.word[p] === ',' || v.markOf[p] >= 0)) return p;
    if (COORDINATORS.has(v.lower[p])) return p;
    const subject = subjectBefore(v, j, from);
    if (subject && subject.first - 1 > from) {
      const q = subject.first - 1;
      if (COORDINATORS.has(v.lower[q]) || v.word[q] === ';') return v.word[q - 1] === ',' ? q - 1 : q;
    }
  }
  return hi;
}

/** Does token i, after a comma, open something the narrator adds rather than more of the reported clause? */
function narratorAside(v: View, i: number, hi: number): boolean {
  const w = v.lower[i];
  if (ASIDE_OPENERS.has(w)) return true;
  if (v.pos[i] === 'VERB' && w.endsWith('ing') && v.pos[i - 2] !== 'ADP') return true;
  return (w === 'and' || w === 'but') && i + 1 < hi && v.pos[i + 1] === 'VERB';
}

function piece(v: View, first: number, end: number): Span {
  return { start: v.start[first], end: v.end[end - 1] };
}

export function indirectQuotes(
  v: View,
  cues: readonly Cue[],
  cueAt: (Cue | null)[],
  used: ReadonlySet<Cue>,
  frameSpeakers: ReadonlyMap<number, TokenRange>,
  nextGroup: () => number,
): Found[] {
  const out: Found[] = [];
  const lastSpeaker = new Map(frameSpeakers);
  for (const c of cues) {
    const s = v.sentence[c.first];
    if (used.has(c)) continue;
    if (!INDIRECT_CLASSES.has(c.cls)) continue;
    const sf = v.sentenceFirst[s];
    const se = v.sentenceEnd[s];
    let pieces: Array<[number, number]> = [];
    let speaker: TokenRange | null;
    if (c.cls === 'according') {
      speaker = npStartingAt(v, c.last + 1, se);
      const [head] = trim(v, sf, c.first);
      if (head >= c.first) {
        // "According to X, content."
        let i = speaker ? speaker.last + 1 : c.last + 1;
        while (i < se && v.word[i] !== ',') i++;
        pieces.push(trim(v, i + 1, se));
      } else pieces.push(trim(v, sf, c.first));
    } else {
      const previous = lastSpeaker.get(s) ?? null;
      speaker = speakerOf(v, c, sf, previous);
      // "…, said Angie Drobnic Holan, Politifact's editor.": the speaker after the verb means the content came first.
      const inverted = speaker !== null && speaker.first === c.last + 1;
      const start = inverted ? -1 : contentStart(v, c, se);
      if (start >= 0) {
        let end = contentEnd(v, start, se, cueAt);
        // "Having announced that he would not…, Judge Berman proceeded…": the opening clause ends at its comma.
        if (c.participle && c.first - sf <= 1) {
          let k = start;
          while (k < end && v.word[k] !== ',') k++;
          end = k;
        }
        pieces.push(trim(v, start, end));
      } else if (c.cls !== 'propose' && c.cls !== 'generic') {
        // The content comes first: "content, X said." / "content, said X." / "A, X said, B."
        const frameStart = speaker && speaker.first < c.first ? speaker.first : c.first;
        // "…, as the report noted.": the comma before "as".
        const lead = v.lower[frameStart - 1] === 'as' && frameStart - 2 >= sf ? frameStart - 2 : frameStart - 1;
        if (lead >= sf && (v.word[lead] === ',' || v.markOf[lead] >= 0 || v.word[lead] === '—')) pieces.push(trim(v, sf, lead));
        let after = c.last + 1;
        if (speaker && speaker.first > c.last) after = speaker.last + 1;
        for (let guard = 0; guard < 3; guard++) {
          const next = skipFramePhrase(v, after, se);
          if (next === after) break;
          after = next;
        }
        if (after < se && v.word[after] === ',' && !(cueAt[after + 1]?.participle)) {
          pieces.push(trim(v, after + 1, contentEnd(v, after + 1, se, cueAt)));
        }
      }
    }
    pieces = pieces.filter(([a, b]) => b > a && isClause(v, a, b, c.cls, c.probability, c.lemma));
    // A verb the model found, with nobody doing it ("designed to…", "listed above"), reports nothing.
    if (!pieces.length || (c.cls === 'generic' && !speaker)) continue;
    if (speaker) lastSpeaker.set(s, speaker);
    out.push({ kind: 'indirect', pieces: pieces.map(([a, b]) => piece(v, a, b)), cue: c, speaker, group: nextGroup() });
  }
  return out;
}
