// Indirect speech: a reporting verb with its content as a clause after it ("Zelenskyy confirmed Friday that
// Moscow and Kyiv negotiators discussed…"), a reporting clause after the content ("…, the source added."), or
// around it ("Climate change, Mr. Obama often says, is the greatest threat"), and "according to X".
import type { Span } from '../../doc/types.js';
import type { Cue } from './cues.js';
import { hasSubjectAndVerb, isClause, isPredicate, isSplitClause, RELATIVES, wordsIn } from './clause.js';
import { blockAfterColon, contentEnd, narratorAside, opensSubordinate, relativeBefore, skipApposition, trimContent } from './content.js';
import { contentStart, isPassive, isWord, skipFramePhrase, speakerOf } from './frames.js';
import { NAMING_VERBS } from './lexicon.js';
import { npStartingAt, skipBack, sourceAfter, subjectBefore, type TokenRange } from './phrases.js';
import { MIN_INDIRECT_WORDS, MIN_PREDICATE_WORDS } from './settings.js';
import type { Found } from './types.js';
import type { View } from './view.js';

const INDIRECT_CLASSES = new Set(['say', 'tell', 'propose', 'think', 'according', 'generic']);
/** Marks that end one clause of a sentence and open another. */
const CLAUSE_BREAKS = new Set(['—', '–', ';', ':']);
/** Words after a passive reporting verb that open what is reported about its subject ("expected to", "seen as",
 * "accused of", "told that"). */
const PASSIVE_COMPLEMENTS = new Set(['to', 'as', 'of', 'for', 'that', 'with', 'about']);

function piece(v: View, first: number, end: number): Span {
  return { start: v.start[first], end: v.end[end - 1] };
}

/** "Clinton is expected to win", "He was accused of using…", "Trump is supported by far fewer papers": a passive
 * reporting verb reports on its subject — the subject and what follows the verb are the content, the agent after
 * "by" (when there is one) the speaker. */
function passiveQuote(v: View, c: Cue, cueAt: readonly (Cue | null)[]): Omit<Found, 'group'> | null {
  const s = v.sentence[c.first];
  const sf = v.sentenceFirst[s];
  const se = v.sentenceEnd[s];
  const subject = subjectBefore(v, c.first, sf);
  if (!subject) return null;
  let i = c.last + 1;
  let speaker: TokenRange | null = null;
  if (v.lower[i] === 'by') {
    speaker = npStartingAt(v, i + 1, se);
    if (speaker) i = speaker.last + 1;
  }
  const pieces: Array<[number, number]> = [[subject.first, subject.last + 1]];
  if (i < se && PASSIVE_COMPLEMENTS.has(v.lower[i]) && i + 1 < se && v.pos[i + 1] !== 'PUNCT') {
    const [a, b] = trimContent(v, v.lower[i] === 'to' || v.lower[i] === 'that' ? i : i + 1, contentEnd(v, i + 1, se, cueAt));
    if (b > a) pieces.push([a, b]);
  } else if (!speaker || c.cls === 'generic') {
    // ("Dear Abby is written by…": a verb the model found reports nothing without a complement, even with an agent.)
    return null;
  }
  if (pieces.reduce((n, p) => n + wordsIn(v, p), 0) < MIN_INDIRECT_WORDS && !speaker) return null;
  return { kind: 'indirect', pieces: pieces.map(([a, b]) => piece(v, a, b)), cue: c, speaker };
}

/** Where reported content [start, end) of cue c, in the sentence from sf, ends when the reporting clause is itself
 *  an opening one, before the sentence's main clause. */
function openingClauseEnd(v: View, c: Cue, speaker: TokenRange | null, sf: number, start: number, end: number): number {
  // "Having announced that he would not…, Judge Berman proceeded…": the opening clause ends at its comma.
  if (c.participle && c.first - sf <= 1) {
    let k = start;
    while (k < end && v.word[k] !== ',') k++;
    return k;
  }
  if (speaker && RELATIVES.has(v.lower[speaker.last]) && v.word[speaker.last - 1] === ',') {
    // A relative clause on the subject ends at the comma its main verb follows ("Mr. Biden, who wants a report
    // within 90 days, said that…"); an apposition inside it does not ("…, a center for…, said").
    for (let k = start + 1; k + 1 < end; k++) {
      if (v.word[k] === ',' && v.inQuote[k] < 0 && (v.pos[k + 1] === 'VERB' || v.pos[k + 1] === 'AUX' || (v.pos[k + 1] === 'ADV' && v.pos[k + 2] === 'VERB'))) return k;
    }
  } else if (opensSubordinate(v, sf, c.first)) {
    // "Though polls showed her well behind, Clinton campaigned…": the subordinate clause ends where the main clause
    // starts.
    for (let k = start + 1; k < end; k++) {
      if (v.word[k] === ',' && v.inQuote[k] < 0 && k + 1 < end && hasSubjectAndVerb(v, k + 1, end, 1, false)) return k;
    }
  }
  return end;
}

/** "called the senator a “nasty guy”", "described Clinton as “a lifetime politician”": what a labelling verb's
 * subject said is the one labelled and the label, quoted or not ("called the charges unsubstantiated"). "a group,
 * called the Fund" names; nobody speaks. */
function labelQuote(v: View, c: Cue, cueAt: readonly (Cue | null)[], previous: TokenRange | null): Omit<Found, 'group'> | null {
  const s = v.sentence[c.first];
  const sf = v.sentenceFirst[s];
  const se = v.sentenceEnd[s];
  const before = skipBack(v, c.first, sf);
  if (before < sf || v.word[before] === ',') return null;
  const speaker = speakerOf(v, c, sf, previous);
  if (!speaker || speaker.first > c.last) return null;
  const [a, b] = trimContent(v, c.last + 1, contentEnd(v, c.last + 1, se, cueAt));
  if (wordsIn(v, [a, b]) < MIN_INDIRECT_WORDS || !labelled(v, a, b) || namesNoun(v, c, speaker, sf, a, b)) return null;
  // ("named Tony DiLeo coach" appoints; "called Page as a witness" summons: acts, not words.)
  if (NAMING_VERBS.has(c.lemma) || summons(v, c, a, b)) return null;
  return { kind: 'indirect', pieces: [piece(v, a, b)], cue: c, speaker };
}

/** "called Page as a witness": "call" with an object and "as" summons someone; "describe X as Y" labels. */
function summons(v: View, c: Cue, a: number, b: number): boolean {
  if (c.lemma !== 'call') return false;
  const object = npStartingAt(v, a, b);
  return !!object && v.lower[object.last + 1] === 'as';
}

/** "a partnership between the schools and the county probation department called the Youth Accountability Team
 *  (YAT)", "an app called Instapaper, and he…": a labelling participle right after a common noun that is not the
 *  sentence's subject, with a name for all its object, names that noun; nobody speaks ("The governor called Smith, his
 *  rival, a liar" has its subject first). */
function namesNoun(v: View, c: Cue, speaker: TokenRange, sf: number, a: number, b: number): boolean {
  const before = c.first - 1;
  if (speaker.first === sf || v.pos[before] !== 'NOUN' || !/^\p{Ll}/u.test(v.word[before])) return false;
  const name = npStartingAt(v, a, b);
  if (!name) return false;
  const head = v.lower[name.first] === 'the' ? name.first + 1 : name.first;
  const next = v.word[name.last + 1] ?? '';
  return head <= name.last && /^\p{Lu}/u.test(v.word[head]) && (name.last + 1 >= b || /^[,;.(]$/.test(next));
}

/** Do tokens [a, b) hold more than an object followed by a clause of its own? "called the police while on his way",
 *  "called the sheriff's office asking questions" name whom somebody phoned, not what they called it ("it a “step
 *  forward”", "her vote a mistake", "the talks constructive"). */
function labelled(v: View, a: number, b: number): boolean {
  const object = npStartingAt(v, a, b);
  if (!object) return true;
  const next = object.last + 1;
  return next < b && v.pos[next] !== 'SCONJ' && !(v.pos[next] === 'VERB' && v.lower[next].endsWith('ing'));
}

/** The content of "according to": after it ("According to X, content."; "According to research by one think tank,
 *  the RUSI, content") or before it ("content, according to X", "A, according to X, and B"). */
function accordingPieces(v: View, c: Cue, speaker: TokenRange | null, sf: number, se: number, cueAt: (Cue | null)[]): Array<[number, number]> {
  const [head] = trimContent(v, sf, c.first);
  if (head >= c.first) {
    let i = speaker ? speaker.last + 1 : c.last + 1;
    while (i < se && v.word[i] !== ',') i++;
    const apposition = i + 1 < se ? skipApposition(v, i + 1, se) : i;
    if (apposition > i && v.word[apposition] === ',') i = apposition;
    return [trimContent(v, i + 1, se)];
  }
  const pieces = [trimContent(v, sf, c.first)];
  // "A, according to X, and B": the sentence goes on after the source.
  const after = speaker ? speaker.last + 1 : c.last + 1;
  if (after + 1 < se && v.word[after] === ',' && v.inQuote[after + 1] < 0 && !narratorAside(v, after + 1, se) && !RELATIVES.has(v.lower[after + 1])) {
    pieces.push(trimContent(v, after + 1, contentEnd(v, after + 1, se, cueAt)));
  }
  return pieces;
}

/** The content around a frame that follows it: "content, X said." / "content, said X." / "A, X said, B." (two pieces
 *  when the frame interrupts the sentence). */
function contentAroundFrame(v: View, c: Cue, speaker: TokenRange | null, sf: number, se: number, cueAt: (Cue | null)[]): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  const frameStart = speaker && speaker.first < c.first ? speaker.first : c.first;
  // "…, as the report noted.": the comma before "as".
  const lead = v.lower[frameStart - 1] === 'as' && frameStart - 2 >= sf ? frameStart - 2 : frameStart - 1;
  if (lead >= sf && (v.word[lead] === ',' || v.markOf[lead] >= 0 || v.word[lead] === '—')) {
    // "However, slower growth…, the IMF said.": a connective opening the sentence is the narrator's.
    const from = (v.pos[sf] === 'ADV' || v.pos[sf] === 'CCONJ') && v.word[sf + 1] === ',' && sf + 2 < lead ? sf + 2 : sf;
    pieces.push(trimContent(v, from, lead));
  }
  let after = c.last + 1;
  if (speaker && speaker.first > c.last) {
    after = speaker.last + 1;
    // "…, said Sherman, a George Washington University grad whose…": an apposition to the speaker.
    if (after < se && v.word[after] === ',') after = skipApposition(v, after + 1, se);
  }
  // "…, Moffat told Hero Complex recently, was…": past the one told.
  const told = c.cls === 'tell' && !(speaker && speaker.first > c.last) ? npStartingAt(v, after, se) : null;
  if (told) after = told.last + 1;
  for (let guard = 0; guard < 3; guard++) {
    const next = skipFramePhrase(v, after, se);
    if (next === after) break;
    after = next;
  }
  // (", where lawmakers pressed her", ", which…": a relative clause on the frame's last noun is no content.)
  if (after < se && v.word[after] === ',' && !(cueAt[after + 1]?.participle) && !RELATIVES.has(v.lower[after + 1]) && v.lower[after + 1] !== 'where' &&
    (!told || goesOn(v, pieces, after + 1))) {
    pieces.push(trimContent(v, after + 1, contentEnd(v, after + 1, se, cueAt)));
  }
  // "…a poor basis for decisions – the point, Moffat told the paper, was to…": the clause the frame interrupts opens
  // after the last dash, semicolon or colon before it.
  if (pieces.length === 2) {
    const [a, b] = pieces[0]!;
    for (let k = b - 1; k > a; k--) if (CLAUSE_BREAKS.has(v.word[k]) && v.inQuote[k] < 0) { pieces[0] = [k + 1, b]; break; }
  }
  // "As the charges were unsealed, Hawk Sawyer testified before the committee": a subordinate clause before a frame
  // that goes on with words of its own is that clause's adverbial ("If it fails, the debt will grow, he said." ends
  // with its frame).
  const frameEnd = Math.max(c.last, speaker?.last ?? c.last) + 1;
  if (pieces.length === 1 && pieces[0]![0] === sf && v.pos[sf] === 'SCONJ' && frameEnd < se && isWord(v, frameEnd)) return [];
  return pieces;
}

/** After "X told Y," the interrupted clause goes on only with its predicate ("the point, X told Y, was…") or when what
 *  came before is no clause ("To respond to these needs, X told OSV News, the church has…"); not with the narrator's
 *  "as…", nor with an apposition to the one told ("told Eishiro Saito, Chairman of…"). */
function goesOn(v: View, pieces: ReadonlyArray<[number, number]>, i: number): boolean {
  if (v.pos[i] === 'AUX' || (v.pos[i] === 'VERB' && !v.lower[i].endsWith('ing'))) return true;
  return pieces.length === 1 && !hasSubjectAndVerb(v, pieces[0]![0], pieces[0]![1], 0, false);
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
    if (c.cls === 'label') {
      const found = labelQuote(v, c, cueAt, lastSpeaker.get(s) ?? null);
      if (found) out.push({ ...found, group: nextGroup() });
      continue;
    }
    if (!INDIRECT_CLASSES.has(c.cls)) continue;
    if (c.cls !== 'according' && isPassive(v, c)) {
      const found = passiveQuote(v, c, cueAt);
      if (found) out.push({ ...found, group: nextGroup() });
      continue;
    }
    const sf = v.sentenceFirst[s];
    const se = v.sentenceEnd[s];
    let pieces: Array<[number, number]> = [];
    let speaker: TokenRange | null;
    let relative = false;
    let around = false;
    let block: [number, number] | null = null;
    if (c.cls === 'according') {
      speaker = sourceAfter(v, c.last + 1, se);
      pieces = accordingPieces(v, c, speaker, sf, se, cueAt);
    } else {
      const previous = lastSpeaker.get(s) ?? null;
      speaker = speakerOf(v, c, sf, previous);
      // "…, said Angie Drobnic Holan, Politifact's editor.": the speaker after the verb means the content came first.
      const inverted = speaker !== null && speaker.first === c.last + 1;
      const start = inverted ? -1 : contentStart(v, c, se);
      block = start < 0 && speaker ? blockAfterColon(v, c) : null;
      if (block) {
        // "Limbaugh added:" closing a paragraph, the next one (unquoted) being what he said.
        pieces.push(block);
      } else if (start >= 0 && speaker && isPredicate(v, start, se) && relativeBefore(v, speaker.first, sf)) {
        // "…, which the probe said were covered up…", "a deadline the insiders said went unnoticed": the relative
        // pronoun (when there is one) and the predicate it is the subject of.
        const rel = speaker.first - 1;
        // The relative clause ends at a comma (", will not apply…" goes on with the main clause).
        let end = contentEnd(v, start, se, cueAt);
        for (let k = start; k < end; k++) if (v.word[k] === ',' && v.inQuote[k] < 0) end = k;
        end = trimContent(v, start, end)[1];
        if (RELATIVES.has(v.lower[rel]) || v.lower[rel] === 'that') pieces.push([rel, rel + 1]);
        pieces.push([start, end]);
        relative = true;
      } else if (start >= 0) {
        const end = openingClauseEnd(v, c, speaker, sf, start, contentEnd(v, start, se, cueAt));
        pieces.push(trimContent(v, start, end));
      } else if (c.cls !== 'propose' && c.cls !== 'generic') {
        pieces = contentAroundFrame(v, c, speaker, sf, se, cueAt);
        around = pieces.length === 2;
      }
    }
    if (block) {
      // A paragraph led in by its frame: content whatever its shape.
    } else if (relative) {
      if (wordsIn(v, pieces[pieces.length - 1]) < MIN_PREDICATE_WORDS) continue;
      pieces = pieces.filter(([a, b]) => b > a);
    } else if (around && wordsIn(v, pieces[0]) + wordsIn(v, pieces[1]) >= MIN_INDIRECT_WORDS && isSplitClause(v, pieces[0], pieces[1], c)) {
      // "A, X said, B": one sentence the frame interrupts; both halves are the content.
      pieces = pieces.filter(([a, b]) => b > a);
    } else pieces = pieces.filter(([a, b]) => b > a && isClause(v, a, b, c.cls, c.probability, c.lemma));
    // A verb the model found, with nobody doing it ("designed to…", "listed above"), reports nothing.
    if (!pieces.length || (c.cls === 'generic' && !speaker)) continue;
    if (speaker) lastSpeaker.set(s, speaker);
    out.push({ kind: 'indirect', pieces: pieces.map(([a, b]) => piece(v, a, b)), cue: c, speaker, group: nextGroup() });
  }
  return out;
}
