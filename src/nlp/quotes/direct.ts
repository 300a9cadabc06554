// Direct and partial quotes: each quotation gets the reporting frame after it (“…,” X said / “…,” said X), the
// one before it (X said: “…” / X told media that “…”), the reported speech it sits in (X said he is willing to
// meet at the “final phase”), or — a whole quotation with no frame — the speaker of the quote just before it.
import { SUBORDINATORS } from '../../doc/english.js';
import type { Cue } from './cues.js';
import { isPassive, isWord, speakerOf } from './frames.js';
import { clauseSubject, continuesSentence, gapSubject, nameBeforeColon, NOMINAL_START, onlyFrameBetween, phraseToStop } from './lead-ins.js';
import { npStartingAt, sentenceSubject, subjectBefore, type TokenRange } from './phrases.js';
import { EVIDENCE_VERBS, RELATIVE_PRONOUNS } from './lexicon.js';
import { MAX_PARAGRAPHS_BACK_FOR_CONTINUATION, MAX_TITLE_TOKENS, MAX_TOKENS_CUE_TO_QUOTE, MAX_TOKENS_TO_CUE_AFTER_QUOTE, MIN_DIRECT_WORDS } from './settings.js';
import type { Found } from './types.js';
import { titleCase, type View } from './view.js';

interface Frame {
  /** Null for a lead-in with no reporting verb ("President Clinton released the following statement:"). */
  cue: Cue | null;
  speaker: TokenRange | null;
  /** The frame leads straight into the quotation (X said: “…”), rather than containing it mid-clause. */
  adjacent: boolean;
  /** The quotation it leads into stands as a sentence of its own (X said: “…”), as opposed to a complement
   * (X said that “…”, X called it “…”): direct rather than partial. */
  opens: boolean;
  /** The frame is a lead-in before the quotation's sentence: closing the previous paragraph, or a sentence of its own. */
  lead?: boolean;
}

const SENTENCE_END = new Set(['.', '!', '?', ';', ':', '—', '–', '...', '…']);
const SENTENCE_STOP = new Set(['.', '!', '?']);
const DASHES = new Set(['—', '―', '–', '-', '--']);
/** Verbs that lead straight into a quotation that is a sentence of its own (X said “We will win.”). */
const OPENING_CLASSES = new Set(['say', 'tell', 'frame', 'generic', 'according']);
const AFTER_CLASSES = new Set(['say', 'tell', 'frame', 'propose', 'think', 'according', 'generic']);

/** Index of the first token after quote k's closing mark. */
function afterQuote(v: View, k: number): number {
  let i = v.quoteEnd[k];
  while (i < v.n && v.markOf[i] === k) i++;
  return i;
}

/** Index of the last token before quote k's opening mark (-1 when none). */
function beforeQuote(v: View, k: number): number {
  let i = v.quoteFirst[k] - 1;
  while (i >= 0 && v.markOf[i] === k) i--;
  return i;
}

/** “…,” X said / “…,” said X / “…,” X, a former adviser, said. */
function frameAfter(v: View, k: number, cueAt: (Cue | null)[]): Frame | null {
  let a = afterQuote(v, k);
  const para = v.paragraph[v.quoteEnd[k] - 1 >= 0 ? v.quoteEnd[k] - 1 : 0];
  if (a < v.n && v.word[a] === ',') a++;
  // “…” ― Sonya Herridge: a dash and a name closing the line, or on a line of its own after the quotation's
  // paragraph (quote collections, fact checks).
  if (a < v.n && DASHES.has(v.word[a]) && v.paragraph[a] - para <= 1) {
    const line = v.paragraph[a];
    const sp = npStartingAt(v, a + 1, v.n);
    const after = sp ? sp.last + 1 : -1;
    const closes = sp !== null && (after >= v.n || v.paragraph[after] !== line || (line !== para && v.word[after] === ',') || SENTENCE_STOP.has(v.word[after]) || v.text.slice(v.end[sp.last], v.start[after]).includes('\n'));
    return closes ? { cue: null, speaker: sp, adjacent: false, opens: false } : null;
  }
  if (a >= v.n || v.paragraph[a] !== para) return null;
  const inner = v.text.slice(v.quotes[k].innerStart, v.quotes[k].innerEnd).trimEnd();
  const endsSentence = inner.endsWith('.');
  let relative = false;
  for (let i = a; i < v.n && i - a < MAX_TOKENS_TO_CUE_AFTER_QUOTE; i++) {
    // A full stop inside an abbreviation ("R-Ky.") does not end the sentence: wink's sentence index tells.
    const stop = SENTENCE_END.has(v.word[i]) && (v.word[i] !== '.' || i + 1 >= v.n || v.sentence[i + 1] !== v.sentence[i]);
    if (v.paragraph[i] !== para || v.inQuote[i] >= 0 || v.markOf[i] >= 0 || stop) return null;
    if (RELATIVE_PRONOUNS.has(v.lower[i]) && v.pos[i] === 'PRON' && i > a) relative = true;
    const c = cueAt[i];
    if (!c) continue;
    // "…,” the man who attacked her said: a verb in a relative clause on the speaker is not the frame's.
    if (relative && c.cls !== 'frame' && c.cls !== 'say' && c.cls !== 'tell') continue;
    if (relative && cueAfterInClause(v, c.last + 1, cueAt)) continue;
    if (!AFTER_CLASSES.has(c.cls) || isPassive(v, c)) return null;
    let sp: TokenRange | null;
    let frameEnd: number;
    if (i === a) {
      // “…,” said X: the phrase after the verb, else everything up to the sentence end ("said the printed slate
      // card.").
      sp = npStartingAt(v, c.last + 1, v.n) ?? phraseToStop(v, c.last + 1);
      if (!sp) return null;
      frameEnd = sp.last + 1;
    } else {
      sp = subjectBefore(v, i, a);
      // The speaker phrase must fill the gap between the closing mark and the verb; one the phrase rules do not
      // parse ("the Florida senator and presidential candidate said", "the bespectacled, 71-year-old diplomat
      // said") is still the whole gap.
      if (!sp || sp.first !== a) sp = gapSubject(v, a, i);
      if (!sp) return null;
      frameEnd = c.last + 1;
    }
    // “…life.” He added, “…”: after a full stop inside the marks a new sentence starts, unless the frame is all
    // there is to it (“….” Smith said.).
    if (endsSentence && frameEnd < v.n && v.paragraph[frameEnd] === para && !SENTENCE_STOP.has(v.word[frameEnd])) return null;
    return { cue: c, speaker: sp, adjacent: false, opens: false };
  }
  return null;
}

/** Do quotations j < k stand in one sentence with no full stop or other quotation between them? */
function onlyClauseBetween(v: View, j: number, k: number): boolean {
  const from = afterQuote(v, j);
  const to = beforeQuote(v, k);
  if (v.sentence[Math.max(0, from - 1)] !== v.sentence[Math.min(v.n - 1, to + 1)]) return false;
  for (let i = from; i <= to; i++) if (SENTENCE_STOP.has(v.word[i]) || v.markOf[i] >= 0) return false;
  return true;
}

/** Is there a reporting verb from token i on, before the clause ends (at a comma, or at a subordinator: "told Al
 * Jazeera as she showed…")? */
function cueAfterInClause(v: View, i: number, cueAt: (Cue | null)[]): boolean {
  for (; i < v.n && v.inQuote[i] < 0 && v.markOf[i] < 0 && !SENTENCE_END.has(v.word[i]) && v.word[i] !== ',' && !SUBORDINATORS.has(v.lower[i]); i++) if (cueAt[i] && AFTER_CLASSES.has(cueAt[i]!.cls)) return true;
  return false;
}

/** Is there a reporting verb after quotation k, in its sentence, within reach of a frame? */
function cueFollows(v: View, k: number, cueAt: (Cue | null)[]): boolean {
  const a = afterQuote(v, k);
  // The frame opens with its speaker or its verb, not with a conjunction or preposition ("…,'' since so many…").
  if (a >= v.n || !(NOMINAL_START.has(v.pos[a]) || cueAt[a])) return false;
  for (let i = a; i < v.n && i - a < MAX_TOKENS_TO_CUE_AFTER_QUOTE && v.inQuote[i] < 0 && v.markOf[i] < 0 && !SENTENCE_STOP.has(v.word[i]); i++) {
    if (cueAt[i] && AFTER_CLASSES.has(cueAt[i]!.cls)) return true;
  }
  return false;
}

/** The sentence ending with the full stop at b, when it is nothing but a frame: a speaker, a reporting verb and frame
 * material ("Sam Lau, the party's spokesman, said in a statement.", "Bystrom agreed."). */
function bareFrame(v: View, b: number, cueAt: (Cue | null)[]): Frame | null {
  const s = v.sentence[b];
  const first = v.sentenceFirst[s];
  for (let i = b - 1; i >= first && v.markOf[i] < 0 && v.inQuote[i] < 0; i--) {
    const c = cueAt[i];
    if (!c) continue;
    if (!AFTER_CLASSES.has(c.cls) || isPassive(v, c) || !onlyFrameBetween(v, c, b)) return null;
    const speaker = speakerOf(v, c, first, null);
    // The speaker must open the sentence (or follow the verb: "Said Ellis.").
    if (!speaker || (speaker.first < c.first ? speaker.first !== first : c.first !== first)) return null;
    // Weaker than a frame after the quotation (“…,” Jones said.).
    return { cue: c, speaker, adjacent: true, opens: true, lead: true };
  }
  return null;
}

/** X said: “…” / X told state media that “…” / X said he is willing to meet at the “final phase”. */
function frameBefore(v: View, k: number, cueAt: (Cue | null)[], previous: TokenRange | null): Frame | null {
  const b = beforeQuote(v, k);
  if (b < 0) return null;
  const para = v.paragraph[v.quoteFirst[k] < v.n ? v.quoteFirst[k] : v.n - 1];
  if (v.paragraph[b] !== para) {
    // A lead-in ending the previous paragraph with a colon ("X said:", "X released the following statement:").
    if (v.word[b] !== ':' || para - v.paragraph[b] > 1) return null;
    const s = v.sentence[b];
    for (let i = b - 1; i >= v.sentenceFirst[s]; i--) {
      const c = cueAt[i];
      if (!c || c.cls === 'label') continue;
      const sp = speakerOf(v, c, 0, null);
      // "X observed that the biggest victor was the stage itself:" — the quotation completes the reported clause.
      if (sp) return onlyFrameBetween(v, c, b) ? { cue: c, speaker: sp, adjacent: true, opens: true, lead: true } : { cue: c, speaker: sp, adjacent: false, opens: false, lead: true };
      break;
    }
    return { cue: null, speaker: sentenceSubject(v, s, b), adjacent: true, opens: true, lead: true };
  }
  // A quotation that opens a sentence has no frame before it, unless the sentence before is a bare frame whose
  // content is the quotation ("Smith said in a statement. “…”").
  if (SENTENCE_STOP.has(v.word[b])) return v.word[b] === '.' ? bareFrame(v, b, cueAt) : null;
  // The clause before the quotation, back to a sentence end or another quotation.
  let lo = b;
  while (lo - 1 >= 0 && v.paragraph[lo - 1] === para && v.markOf[lo - 1] < 0 && v.inQuote[lo - 1] < 0 && !['.', '!', '?'].includes(v.word[lo - 1])) lo--;
  for (let i = b; i >= lo; i--) {
    const c = cueAt[i];
    if (!c) continue;
    const gap = b - c.last;
    const lead = v.word[b];
    const punct = lead === ':' || lead === ',' || lead === '—';
    // Between the verb and the punctuation leading into its quotation only frame material may stand.
    const leadsIn = punct && onlyFrameBetween(v, c, b);
    const adjacent = gap <= MAX_TOKENS_CUE_TO_QUOTE && (gap === 0 || leadsIn || v.lower[b] === 'that');
    // Verbs that only frame a quotation ("continued", "read") do not report a clause that contains one.
    if (!adjacent && c.cls === 'frame') continue;
    const speaker = speakerOf(v, c, lo, previous);
    // "An economic downturn, he said, “could be a good time…”": a frame set in the middle of a sentence, and a
    // quotation going on in lower case, complete what came before the frame — one reported clause, partly quoted.
    if (speaker && speaker.first < c.first && continuesSentence(v, k, speaker.first)) return { cue: c, speaker, adjacent: false, opens: false };
    const opens = adjacent && c.cls !== 'label' && (punct || (gap === 0 && OPENING_CLASSES.has(c.cls)));
    return { cue: c, speaker, adjacent, opens };
  }
  // No reporting verb, but a colon: "Pollsters agree - Carl Bialik: “…”", "Mr. Christie gloated: “…”", "Clinton's
  // response was: “…”" — the name before the colon, else the subject of the clause.
  if (v.word[b] === ':') return { cue: null, speaker: nameBeforeColon(v, b, lo) ?? clauseSubject(v, b, lo), adjacent: true, opens: true, lead: true };
  return null;
}

/** Does the quotation open a clause (start of a sentence or paragraph, after a colon or a frame)? */
function opensClause(v: View, k: number, before: Frame | null): boolean {
  const b = beforeQuote(v, k);
  if (b < 0) return true;
  if (v.paragraph[b] !== v.paragraph[Math.min(v.quoteFirst[k], v.n - 1)]) return true;
  if (SENTENCE_END.has(v.word[b]) || v.markOf[b] >= 0) return true;
  // A line break inside the paragraph (lists of quotes, one a line).
  if (v.text.slice(v.end[b], v.quotes[k].open).includes('\n')) return true;
  return before !== null && before.opens;
}

/** Is the quotation the first thing in its paragraph? */
function opensParagraph(v: View, k: number): boolean {
  const b = beforeQuote(v, k);
  return b < 0 || v.paragraph[b] !== v.paragraph[Math.min(v.quoteFirst[k], v.n - 1)];
}

/** Does the clause end with the quotation (sentence end, paragraph end, another quotation, a dash or colon)? */
function closesClause(v: View, k: number): boolean {
  const a = afterQuote(v, k);
  if (a >= v.n || v.paragraph[a] !== v.paragraph[Math.max(0, v.quoteEnd[k] - 1)]) return true;
  if (SENTENCE_END.has(v.word[a]) || v.markOf[a] >= 0 || v.inQuote[a] >= 0 || DASHES.has(v.word[a])) return true;
  if (v.text.slice(v.quotes[k].close, v.start[a]).includes('\n')) return true;
  // “…,” adding that… (a comma after the closing mark), or a full stop inside the marks.
  return v.word[a] === ',' || /[.!?]$/.test(v.text.slice(v.quotes[k].innerStart, v.quotes[k].innerEnd).trimEnd());
}

/** Quotation k is a title by its shape: a few capitalised words, no punctuation inside the marks at their end. */
function titleShaped(v: View, k: number): boolean {
  if (v.quoteEnd[k] - v.quoteFirst[k] > MAX_TITLE_TOKENS || !titleCase(v, v.quoteFirst[k], v.quoteEnd[k])) return false;
  return !/[.!?,;:]$/.test(v.text.slice(v.quotes[k].innerStart, v.quotes[k].innerEnd));
}

/** A paragraph that is nothing but a title-shaped quotation, with no frame (“Pay for the Pains”): a section heading
 * or a title, not somebody's words. */
function isHeading(v: View, k: number): boolean {
  const a = afterQuote(v, k);
  return opensParagraph(v, k) && (a >= v.n || v.paragraph[a] !== v.paragraph[v.quoteEnd[k] - 1]) && titleShaped(v, k);
}

/** A title-shaped quotation right after the verb, with no punctuation between ("to write “The Female Eunuch” –"): the
 * title of a work the verb takes as its object. */
const isTitleObject = (v: View, k: number, cue: Cue) => beforeQuote(v, k) === cue.last && titleShaped(v, k);

/** Direct and partial quotes of the View's quotations. `used` collects the cues taken as frames. */
export function directQuotes(v: View, cueAt: (Cue | null)[], used: Set<Cue>, nextGroup: () => number): Found[] {
  const out: Found[] = [];
  type Seen = { found: Found; paragraph: number; k: number };
  let last: Seen | null = null;
  let attributed: Seen | null = null;
  let lastDirect: Seen | null = null;
  const continued = (paragraph: number, opensParagraph: boolean): Found | null => {
    if (attributed && attributed.paragraph === paragraph) return attributed.found;
    if (opensParagraph && lastDirect && paragraph - lastDirect.paragraph <= MAX_PARAGRAPHS_BACK_FOR_CONTINUATION) return lastDirect.found;
    return null;
  };
  for (let k = 0; k < v.quotes.length; k++) {
    const q = v.quotes[k];
    const first = v.quoteFirst[k];
    const end = v.quoteEnd[k];
    let words = 0;
    for (let i = first; i < end; i++) if (isWord(v, i)) words++;
    if (!words) continue;
    const paragraph = v.paragraph[first];
    // The speaker of an earlier quotation in the same sentence ("…,” he said, adding, “…”).
    const previousSpeaker = last && v.sentence[Math.max(v.quoteFirst[last.k], v.quoteEnd[last.k] - 1)] === v.sentence[first] ? last.found.speaker : null;
    const sameSentence = previousSpeaker !== null && last !== null && last.found.kind !== 'direct' && onlyClauseBetween(v, last.k, k);
    let before = frameBefore(v, k, cueAt, previousSpeaker);
    // "X said the prisoner swap showed that “…”": words in quotation marks are a person's, not what evidence "shows";
    // "X added that they had “very good talks” and a deal was “very close”": a second quotation of one reported
    // clause. Both are the earlier quotation's.
    if (sameSentence && (!before || (before.cue && EVIDENCE_VERBS.has(before.cue.lemma) && before.cue.first > v.quoteEnd[last!.k]))) {
      before = { cue: last!.found.cue, speaker: previousSpeaker, adjacent: false, opens: false };
    }
    // "encouraged her to write “The Female Eunuch”": a title the verb takes for its object, nobody's words.
    if (before?.cue && isTitleObject(v, k, before.cue)) continue;
    const after = frameAfter(v, k, cueAt);
    const startsClause = opensClause(v, k, before);
    // X says “the whole game has become screwed up” because…: a quotation that its clause goes on after is part
    // of the reported speech (partial), whatever leads into it.
    // A quotation that opens a clause and ends with a comma inside its marks, a reporting verb following (“…,” the
    // senator, who … in 2010, said), is followed by its frame, whether or not the frame parses.
    const endsClause = closesClause(v, k) || after !== null || (startsClause && /,$/.test(v.text.slice(q.innerStart, q.innerEnd)) && cueFollows(v, k, cueAt));
    let frame: Frame | null = null;
    const label = before?.cue?.cls === 'label';
    if (!endsClause && before && !label) frame = { ...before, adjacent: false };
    else if (before?.adjacent && !before.lead && !label) frame = before;
    else if (after) frame = after;
    else if (before?.adjacent && !label) frame = before;
    else if (before && (!startsClause || !label)) frame = before;
    // A quotation that opens a clause is direct when a frame leads into or follows it, or when it is long enough to
    // stand alone; one inside a clause that reports it ("X said the nation has become “more…”") is partial.
    const own = frame !== null && (frame.opens || frame === after);
    const kind = startsClause && endsClause && (own || (frame === null && words >= MIN_DIRECT_WORDS)) ? 'direct' : 'partial';
    let found: Found;
    let source: Found | null;
    if (frame) {
      // “A,” she said, “B.” — one attribution; not a partial quote further on in the clause the frame opens, nor a
      // quotation of another kind (“…,” she said. “…” after a partial one).
      const sameAsLast = last && frame.cue && last.found.cue === frame.cue && last.found.kind === kind && (frame.adjacent || frame === after);
      found = { kind, pieces: q.pieces, cue: frame.cue, speaker: frame.speaker, group: sameAsLast ? last!.found.group : nextGroup() };
      // A frame that leads into or follows the quotation is the quote's own; a clause that merely contains a
      // partial quote is still reported speech of its own (left to the indirect rules).
      if (frame.cue && (frame.adjacent || frame === after)) used.add(frame.cue);
    } else if (kind === 'direct' && (source = continued(paragraph, opensParagraph(v, k)))) {
      // A quotation with no frame continues the quote before it: an attributed one earlier in the paragraph (a
      // title or scare quote in between does not count), or, opening its paragraph, a direct one just before.
      found = { kind, pieces: q.pieces, cue: source.cue, speaker: source.speaker, group: source.group };
    } else if (kind === 'direct' && !isHeading(v, k)) {
      found = { kind, pieces: q.pieces, cue: null, speaker: null, group: nextGroup() };
    } else continue; // a scare quote: no reporting verb around it
    out.push(found);
    last = { found, paragraph: v.paragraph[Math.max(first, end - 1)], k };
    if (found.speaker) attributed = last;
    if (found.kind === 'direct') lastDirect = last;
  }
  return out;
}
