// Nominal attributions: a noun of saying or thinking with its holder and its content — "Trump's claim that there
// have been thousands of shootings", "her decision to leave the race", "his criticism of the deal", "the senator
// expressed concern that…". The holder is a possessive before the noun or the subject of a light verb governing it.
import { POSSESSIVE_DETERMINERS } from '../../doc/english.js';
import type { Span } from '../../doc/types.js';
import type { Cue } from './cues.js';
import { hasSubjectAndVerb, wordsIn } from './clause.js';
import { contentEnd, trimContent } from './content.js';
import { NOMINAL_CUES, type NominalComplement } from './lexicon.js';
import { npEndingAt, subjectBefore, type TokenRange } from './phrases.js';
import { MIN_INDIRECT_WORDS } from './settings.js';
import type { Found } from './types.js';
import type { View } from './view.js';

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_PRONOUNS = POSSESSIVE_DETERMINERS;
/** Verbs that take a noun of saying as their object and leave the saying to their subject ("expressed concern that",
 * "voiced support for", "made the claim that", "repeated his call for"). */
const LIGHT_VERBS = /^(express|voic|mak|made|issu|offer|rais|reiterat|repeat|renew|lodg|fil|level|air|echo|stat|deliver|register|sound|extend|announc)/;

/** The complement that opens right after the noun at token n: its first content token and its kind. */
function complement(v: View, n: number, takes: readonly NominalComplement[], hi: number): [number, NominalComplement] | null {
  const next = n + 1;
  if (next >= hi || v.inQuote[next] >= 0) return null;
  const w = v.lower[next];
  if (w === 'that' && takes.includes('that') && hasSubjectAndVerb(v, next + 1, hi, 0, false)) return [next, 'that'];
  if (w === 'to' && takes.includes('to') && next + 1 < hi && v.pos[next + 1] === 'VERB') return [next, 'to'];
  if (w !== 'to' && takes.includes(w as NominalComplement) && next + 1 < hi && v.pos[next + 1] !== 'PUNCT') return [next + 1, w as NominalComplement];
  return null;
}

/** The holder of the noun at token n: a possessive before it ("Trump's repeated claims", "his plan"), else the
 * subject of a light verb governing it ("the senator expressed concern that"). Adjectives, numbers and determiners
 * between are passed over. */
function holderOf(v: View, n: number, lo: number): TokenRange | null {
  let k = n - 1;
  while (k >= lo && (v.pos[k] === 'ADJ' || v.pos[k] === 'ADV' || v.pos[k] === 'NUM' || (v.pos[k] === 'NOUN' && k === n - 1 && !POSSESSIVE_MARKS.has(v.lower[k])))) k--;
  if (k < lo) return null;
  if (POSSESSIVE_PRONOUNS.has(v.lower[k])) return { first: k, last: k };
  if (POSSESSIVE_MARKS.has(v.lower[k])) {
    const np = npEndingAt(v, k - 1, lo);
    return np ? { first: np.first, last: k } : null;
  }
  if (v.pos[k] === 'DET' && k - 1 >= lo) k--;
  if (v.pos[k] === 'VERB' && LIGHT_VERBS.test(v.lower[k])) return subjectBefore(v, k, lo);
  return null;
}

/** Is there a verb in tokens [a, b)? */
function verbBefore(v: View, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') return true;
  return false;
}

/** "Trump's claim that crime has fallen was disputed": a clause complementing the subject ends before the main verb — a
 * second verb group after the clause's own, with no conjunction or comma between. */
function beforeMainVerb(v: View, from: number, end: number): number {
  let seen = false;
  for (let i = from; i < end; i++) {
    const verb = v.pos[i] === 'VERB' || v.pos[i] === 'AUX';
    if (verb && !seen) {
      // The clause's verb group: auxiliaries, negation and adverbs up to its main verb ("has not yet fallen").
      seen = true;
      while (v.pos[i] !== 'VERB' && i + 1 < end && (v.pos[i + 1] === 'VERB' || v.pos[i + 1] === 'AUX' || v.pos[i + 1] === 'PART' || v.pos[i + 1] === 'ADV')) i++;
      continue;
    }
    if (!seen) continue;
    if (v.word[i] === ',' || v.pos[i] === 'CCONJ' || v.pos[i] === 'SCONJ' || v.pos[i] === 'PRON' || v.lower[i] === 'that') return end;
    if (v.pos[i] === 'AUX' || (v.pos[i] === 'VERB' && /ed$|s$/.test(v.lower[i]) && v.pos[i - 1] !== 'AUX')) return i;
  }
  return end;
}

export function nominalQuotes(v: View, cues: readonly Cue[], nextGroup: () => number): Found[] {
  const out: Found[] = [];
  // The last reporting verb seen, by token: a noun phrase after one in its sentence is most likely what that verb
  // reports ("Democrats blast Portman for his decision to…"), not an attribution of its own.
  let k = 0;
  let lastCue: Cue | null = null;
  for (let n = 0; n < v.n; n++) {
    while (k < cues.length && cues[k].last < n) lastCue = cues[k++];
    if (v.pos[n] !== 'NOUN' || v.inQuote[n] >= 0) continue;
    const takes = NOMINAL_CUES.get(v.lower[n]);
    if (!takes) continue;
    const s = v.sentence[n];
    const hi = v.sentenceEnd[s];
    const comp = complement(v, n, takes, hi);
    if (!comp) continue;
    const speaker = holderOf(v, n, v.sentenceFirst[s]);
    if (!speaker) continue;
    if (lastCue && v.sentence[lastCue.first] === s && lastCue.cls !== 'according') continue;
    let stop = contentEnd(v, comp[0], hi, []);
    if ((comp[1] === 'that' || comp[1] === 'to') && !verbBefore(v, v.sentenceFirst[s], speaker.first)) stop = beforeMainVerb(v, comp[0] + 1, stop);
    const [first, end] = trimContent(v, comp[0], stop);
    if (wordsIn(v, [first, end]) < MIN_INDIRECT_WORDS) continue;
    const cueLast = comp[1] === 'that' || comp[1] === 'to' ? n : n + 1;
    const cue: Cue = { first: n, last: cueLast, lemma: v.lower[n], cls: 'noun', participle: false, past: false };
    const piece: Span = { start: v.start[first], end: v.end[end - 1] };
    out.push({ kind: 'indirect', pieces: [piece], cue, speaker, group: nextGroup() });
  }
  return out;
}
