// Where reported content starts and stops: the narrator's additions after it (", which…", ", but the real issue…"),
// a second report coordinated with it, the main clause after a subordinate one that holds the cue, an apposition to
// a speaker after the verb, and a paragraph a frame leads into with a colon.
import { hasSubjectAndVerb, RELATIVES, SUBJECT_START } from './clause.js';
import type { Cue } from './cues.js';
import { isPunct } from './frames.js';
import { onlyFrameBetween } from './lead-ins.js';
import { skipBack, subjectBefore } from './phrases.js';
import { datelineEnd, MAX_DATELINE_TOKENS } from '../../doc/dateline.js';
import { SUBORDINATORS } from '../../doc/english.js';
import { MIN_INDIRECT_WORDS } from './settings.js';
import type { View } from './view.js';

/** After a comma, words that open the narrator's own addition to a reported clause. */
const ASIDE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'though', 'although']);
const COORDINATORS = new Set(['and', 'but']);
/** -ing words that are prepositions, not participles ("…, including those of Republicans"): the clause goes on. */
const PREPOSITION_LIKE = new Set(['including', 'excluding', 'regarding', 'concerning', 'involving']);
/** Words opening a subordinate clause before a main clause (and "even" of "even if", "even though"). */
const OPENS_SUBORDINATE: ReadonlySet<string> = new Set([...SUBORDINATORS, 'even']);

/** Tokens [first, end) trimmed of punctuation and quotation marks at both ends, and of a note mark written onto the
 *  last full stop ("…information warfare.59"). */
export function trimContent(v: View, first: number, end: number): [number, number] {
  first = afterDateline(v, first, end);
  while (first < end && (isPunct(v, first) || v.markOf[first] >= 0) && v.inQuote[first] < 0) first++;
  if (end - 1 > first && /^\d{1,3}$/.test(v.word[end - 1]!) && /^[.!?”"]$/.test(v.word[end - 2]!) && v.start[end - 1] === v.end[end - 2]) end--;
  while (end > first && ((isPunct(v, end - 1) && v.inQuote[end - 1] < 0) || COORDINATORS.has(v.lower[end - 1]))) end--;
  return [first, end];
}

/** Past a dateline opening the paragraph ("DUBAI, United Arab Emirates — …", "WASHINGTON (AP) —", "NEW DELHI: …").
 *  A name in capitals before a colon that the content's own frame follows is no speaker's turn: it heads the
 *  paragraph as a dateline or a label does. */
function afterDateline(v: View, first: number, end: number): number {
  if (first >= end || (first > 0 && v.paragraph[first - 1] === v.paragraph[first])) return first;
  const dashed = datelineEnd((i) => v.word[i], first, end);
  if (dashed !== first) return dashed;
  let i = first;
  while (i < end && i - first < MAX_DATELINE_TOKENS && (/^\p{Lu}[\p{Lu}.'’-]*$/u.test(v.word[i]) || v.word[i] === ',')) i++;
  return i > first && i < end && v.word[i] === ':' ? i + 1 : first;
}

/** Where the content of cue c (starting at `from`) stops: before a coordinated second report in the same
 * sentence ("…, adding that…", "… and warned that…", "…, but Cook did not say when"). */
export function contentEnd(v: View, from: number, hi: number, cueAt: readonly (Cue | null)[]): number {
  for (let j = from + 1; j < hi; j++) {
    // What the narrator adds after the reported clause: "; …", ", which…", ", sparking…", ", while…",
    // ", and continued to…" (a second verb of the speaker's).
    if (v.inQuote[j] < 0 && j - from >= MIN_INDIRECT_WORDS) {
      if (v.word[j] === ';') return j;
      if (v.word[j] === ',' && j + 1 < hi && v.inQuote[j + 1] < 0 && v.markOf[j + 1] < 0 && narratorAside(v, j + 1, hi)) return j;
      // ", but the real issue is…": a contrast in a clause of its own is the narrator's.
      if (v.word[j] === ',' && j + 2 < hi && v.lower[j + 1] === 'but' && v.lower[j + 2] !== 'that' && v.inQuote[j + 2] < 0 && v.markOf[j + 2] < 0 && hasSubjectAndVerb(v, j + 2, hi, 1, true)) return j;
    }
    const c = cueAt[j];
    if (!c || c.cls === 'label' || c.cls === 'frame' || c.cls === 'noun') continue;
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
export function narratorAside(v: View, i: number, hi: number): boolean {
  const w = v.lower[i];
  if (ASIDE_OPENERS.has(w)) return true;
  // Not "a limited, rolling military call-up": an -ing word between an adjective and its noun is one more modifier.
  const modifier = v.pos[i - 2] === 'ADJ' && i + 1 < hi && (v.pos[i + 1] === 'ADJ' || v.pos[i + 1] === 'NOUN');
  if (v.pos[i] === 'VERB' && w.endsWith('ing') && v.pos[i - 2] !== 'ADP' && !PREPOSITION_LIKE.has(w) && !modifier) return true;
  return (w === 'and' || w === 'but') && i + 1 < hi && v.pos[i + 1] === 'VERB';
}

/** Does a relative clause open at the speaker starting at token first: a relative pronoun before it ("which the probe
 * said…") or a noun it follows with none ("a deadline the insiders said…")? */
export function relativeBefore(v: View, first: number, lo: number): boolean {
  const k = first - 1;
  if (k < lo) return false;
  return RELATIVES.has(v.lower[k]) || v.lower[k] === 'that' || v.pos[k] === 'NOUN';
}

/** Does the sentence starting at token sf open with a subordinate clause that reaches the cue at c ("If…", "Though
 * polls showed…", "But when he said…")? */
export function opensSubordinate(v: View, sf: number, c: number): boolean {
  let i = sf;
  // Past a conjunction or a sentence adverb ("Notably, when Trump floated…").
  while (i < c && (v.pos[i] === 'CCONJ' || isPunct(v, i) || (v.pos[i] === 'ADV' && v.word[i + 1] === ','))) i++;
  if (i >= c || !OPENS_SUBORDINATE.has(v.lower[i])) return false;
  for (let k = i + 1; k < c; k++) if (v.word[k] === ',' || v.word[k] === ';') return false;
  return true;
}

/** The paragraph after the one that cue c closes with a colon ("Limbaugh added:", "he wrote in a statement:"), when
 * only frame material stands between the verb and the colon and the paragraph is not a quotation (those are
 * direct quotes). */
export function blockAfterColon(v: View, c: Cue): [number, number] | null {
  let colon = c.last + 1;
  while (colon < v.n && v.paragraph[colon] === v.paragraph[c.first] && v.word[colon] !== ':') colon++;
  const first = colon + 1;
  if (first >= v.n || v.word[colon] !== ':' || v.paragraph[first] !== v.paragraph[c.first] + 1) return null;
  if (!onlyFrameBetween(v, c, colon) || v.markOf[first] >= 0 || v.inQuote[first] >= 0) return null;
  let end = first;
  while (end < v.n && v.paragraph[end] === v.paragraph[first]) end++;
  const [a, b] = trimContent(v, first, end);
  return b > a ? [a, b] : null;
}

/** After a comma at `from` - 1: the end of a noun phrase in apposition ("a political scientist at Rice University",
 * "who was elected in 2012" about it), or `from` - 1 when what follows is not one. */
export function skipApposition(v: View, from: number, hi: number): number {
  if (from >= hi || !(SUBJECT_START.has(v.pos[from]) || RELATIVES.has(v.lower[from])) || v.inQuote[from] >= 0 || v.markOf[from] >= 0) return from - 1;
  let relative = RELATIVES.has(v.lower[from]);
  let k = from;
  for (; k < hi && v.word[k] !== ',' && v.inQuote[k] < 0 && v.markOf[k] < 0; k++) {
    if (RELATIVES.has(v.lower[k]) || (v.lower[k] === 'that' && v.pos[k] !== 'SCONJ')) relative = true;
    // A finite verb outside a relative clause makes it a clause of its own (the content going on).
    if (!relative && (v.pos[k] === 'AUX' || (v.pos[k] === 'VERB' && !/(ing|ed)$/.test(v.lower[k])))) return from - 1;
  }
  return k;
}
