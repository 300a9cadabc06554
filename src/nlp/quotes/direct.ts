// Direct and partial quotes: each quotation gets the reporting frame after it (“…,” X said / “…,” said X), the
// one before it (X said: “…” / X told media that “…”), the reported speech it sits in (X said he is willing to
// meet at the “final phase”), or — a whole quotation with no frame — the speaker of the quote just before it.
import type { Cue } from './cues.js';
import { isPassive, isWord, speakerOf } from './frames.js';
import { npStartingAt, sentenceSubject, subjectBefore, type TokenRange } from './phrases.js';
import { MAX_PARAGRAPHS_BACK_FOR_CONTINUATION, MAX_TOKENS_CUE_TO_QUOTE, MAX_TOKENS_TO_CUE_AFTER_QUOTE, MIN_DIRECT_WORDS } from './settings.js';
import type { Found } from './types.js';
import type { View } from './view.js';

interface Frame {
  /** Null for a lead-in with no reporting verb ("President Clinton released the following statement:"). */
  cue: Cue | null;
  speaker: TokenRange | null;
  /** The frame leads straight into the quotation (X said: “…”), rather than containing it mid-clause. */
  adjacent: boolean;
  /** The quotation it leads into stands as a sentence of its own (X said: “…”), as opposed to a complement
   * (X said that “…”, X called it “…”): direct rather than partial. */
  opens: boolean;
  /** The frame is a lead-in closing the previous paragraph. */
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
  if (a >= v.n || v.paragraph[a] !== para) return null;
  // “…” ― Sonya Herridge: a dash and a name closing the line.
  if (DASHES.has(v.word[a])) {
    const sp = npStartingAt(v, a + 1, v.n);
    const after = sp ? sp.last + 1 : -1;
    const closes = sp !== null && (after >= v.n || v.paragraph[after] !== para || SENTENCE_STOP.has(v.word[after]) || v.text.slice(v.end[sp.last], v.start[after]).includes('\n'));
    return closes ? { cue: null, speaker: sp, adjacent: false, opens: false } : null;
  }
  const inner = v.text.slice(v.quotes[k].innerStart, v.quotes[k].innerEnd).trimEnd();
  const endsSentence = inner.endsWith('.');
  for (let i = a; i < v.n && i - a < MAX_TOKENS_TO_CUE_AFTER_QUOTE; i++) {
    // A full stop inside an abbreviation ("R-Ky.") does not end the sentence: wink's sentence index tells.
    const stop = SENTENCE_END.has(v.word[i]) && (v.word[i] !== '.' || i + 1 >= v.n || v.sentence[i + 1] !== v.sentence[i]);
    if (v.paragraph[i] !== para || v.inQuote[i] >= 0 || v.markOf[i] >= 0 || stop) return null;
    const c = cueAt[i];
    if (!c) continue;
    if (!AFTER_CLASSES.has(c.cls) || isPassive(v, c)) return null;
    let sp: TokenRange | null;
    let frameEnd: number;
    if (i === a) {
      sp = npStartingAt(v, c.last + 1, v.n);
      if (!sp) return null;
      frameEnd = sp.last + 1;
    } else {
      sp = subjectBefore(v, i, a);
      // The speaker phrase must fill the gap between the closing mark and the verb.
      if (!sp || sp.first !== a) return null;
      frameEnd = c.last + 1;
    }
    // “…life.” He added, “…”: after a full stop inside the marks a new sentence starts, unless the frame is all
    // there is to it (“….” Smith said.).
    if (endsSentence && frameEnd < v.n && v.paragraph[frameEnd] === para && !SENTENCE_STOP.has(v.word[frameEnd])) return null;
    return { cue: c, speaker: sp, adjacent: false, opens: false };
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
      if (sp) return { cue: c, speaker: sp, adjacent: true, opens: true, lead: true };
      break;
    }
    return { cue: null, speaker: sentenceSubject(v, s, b), adjacent: true, opens: true, lead: true };
  }
  // A quotation that opens a sentence has no frame before it.
  if (SENTENCE_STOP.has(v.word[b])) return null;
  // The clause before the quotation, back to a sentence end or another quotation.
  let lo = b;
  while (lo - 1 >= 0 && v.paragraph[lo - 1] === para && v.markOf[lo - 1] < 0 && v.inQuote[lo - 1] < 0 && !['.', '!', '?'].includes(v.word[lo - 1])) lo--;
  for (let i = b; i >= lo; i--) {
    const c = cueAt[i];
    if (!c) continue;
    const gap = b - c.last;
    const lead = v.word[b];
    const punct = lead === ':' || lead === ',' || lead === '—';
    const adjacent = gap <= MAX_TOKENS_CUE_TO_QUOTE && (gap === 0 || punct || v.lower[b] === 'that');
    // Verbs that only frame a quotation ("continued", "read") do not report a clause that contains one.
    if (!adjacent && c.cls === 'frame') continue;
    const opens = adjacent && c.cls !== 'label' && (punct || (gap === 0 && OPENING_CLASSES.has(c.cls)));
    return { cue: c, speaker: speakerOf(v, c, lo, previous), adjacent, opens };
  }
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
    const previousSpeaker = last && last.paragraph === paragraph ? last.found.speaker : null;
    const before = frameBefore(v, k, cueAt, previousSpeaker);
    const after = frameAfter(v, k, cueAt);
    const startsClause = opensClause(v, k, before);
    // X says “the whole game has become screwed up” because…: a quotation that its clause goes on after is part
    // of the reported speech (partial), whatever leads into it.
    const endsClause = closesClause(v, k) || after !== null;
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
      const sameAsLast = last && frame.cue && last.found.cue === frame.cue;
      found = { kind, pieces: q.pieces, cue: frame.cue, speaker: frame.speaker, group: sameAsLast ? last!.found.group : nextGroup() };
      // A frame that leads into or follows the quotation is the quote's own; a clause that merely contains a
      // partial quote is still reported speech of its own (left to the indirect rules).
      if (frame.cue && (frame.adjacent || frame === after)) used.add(frame.cue);
    } else if (kind === 'direct' && (source = continued(paragraph, opensParagraph(v, k)))) {
      // A quotation with no frame continues the quote before it: an attributed one earlier in the paragraph (a
      // title or scare quote in between does not count), or, opening its paragraph, a direct one just before.
      found = { kind, pieces: q.pieces, cue: source.cue, speaker: source.speaker, group: source.group };
    } else if (kind === 'direct') {
      found = { kind, pieces: q.pieces, cue: null, speaker: null, group: nextGroup() };
    } else continue; // a scare quote: no reporting verb around it
    out.push(found);
    last = { found, paragraph: v.paragraph[Math.max(first, end - 1)], k };
    if (found.speaker) attributed = last;
    if (found.kind === 'direct') lastDirect = last;
  }
  return out;
}
