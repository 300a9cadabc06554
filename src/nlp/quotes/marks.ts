// Quotation-mark pairing: curly (“…”), straight ("…"), typewriter doubles (''…'', ``…''), guillemets, and curly
// single quotes at the top level. A quotation left open at the end of a paragraph continues when the next
// paragraph opens with a quotation mark (the news convention for a quote over several paragraphs), or closes it with
// its first mark, not re-opened.
import type { Span } from '../../doc/types.js';

export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number;
  /** Inside the marks: [innerStart, innerEnd). */
  innerStart: number;
  innerEnd: number;
  /** End of the closing mark (= innerEnd when the quotation is never closed). */
  close: number;
  /** The inner text of each paragraph the quotation runs over, in order. */
  pieces: Span[];
  closed: boolean;
}

type Dir = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  len: number;
  dir: Dir;
  single: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const isCurly = (c: string) => c === '“' || c === '”';
/** Text just before a mark in mid-sentence: a word or comma, then a space on the same line. */
const MID_SENTENCE = /[\p{L}\p{N},;:] $/u;
const CLOSING = new Set(['”', '»']);
/** Characters after which a mark opens (start of a word) and before which it closes. */
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/]/;
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-/…]/;

/** Characters that may be, or start, a quotation mark (found with one native regex scan). */
const CANDIDATE = /[“”"„«»'`‘’]/g;

function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m && m.index < to; m = CANDIDATE.exec(text)) {
    let i = m.index;
    const c = text[i];
    if (c === '“' || c === '”' || c === '"' || c === '„' || c === '«' || c === '»') {
      marks.push({ at: i, len: 1, dir: OPENING.has(c) ? 'open' : CLOSING.has(c) ? 'close' : 'either', single: false });
    } else if (c === "'" && text[i + 1] === "'" && text[i + 2] === "'") {
      // ''' = a single quote closing inside a double one, then the double ('''College Bowl,''' he replied).
      continue;
    } else if ((c === "'" || c === '`') && text[i + 1] === c) {
      marks.push({ at: i, len: 2, dir: c === '`' ? 'open' : 'either', single: false });
      i++;
      CANDIDATE.lastIndex = i + 1;
    } else if (c === '‘') {
      marks.push({ at: i, len: 1, dir: 'open', single: true });
    } else if (c === '’' && (i + 1 >= to || CLOSE_AFTER.test(text[i + 1])) && i > from && !/\s/.test(text[i - 1])) {
      // A ’ followed by a letter is an apostrophe (don’t); only a word-final one may close a single quotation.
      marks.push({ at: i, len: 1, dir: 'close', single: true });
    }
  }
  return marks;
}

/** The direction a mark takes from its surroundings; a curly mark typed the wrong way round is corrected when the
 * surroundings are unambiguous ("”Mr. Trump…" at the start of a paragraph opens). */
function direction(text: string, m: Mark, from: number, to: number): Dir {
  const before = m.at > from ? text[m.at - 1] : ' ';
  const after = m.at + m.len < to ? text[m.at + m.len] : ' ';
  const opensHere = OPEN_BEFORE.test(before) && !/\s/.test(after);
  const closesHere = !/\s/.test(before) && CLOSE_AFTER.test(after);
  if (m.dir === 'either') return opensHere && !closesHere ? 'open' : closesHere && !opensHere ? 'close' : 'either';
  if (m.single) return m.dir;
  if (m.dir === 'close' && opensHere && !closesHere) return 'open';
  if (m.dir === 'open' && closesHere && !opensHere) return 'close';
  return m.dir;
}

/** How a paragraph takes a quotation left open at the end of the one before, by its first mark: opening the paragraph,
 * the quotation goes on; closing it, not re-opened ("…getting better.¶I need a coach,” Nishikori said), the quotation
 * runs on to that mark, for nothing else would close it; else the quotation ended unclosed. */
function continuation(text: string, lead: Mark | undefined, start: number, end: number): 'reopened' | 'closed' | 'ended' {
  if (!lead || lead.single) return 'ended';
  const dir = direction(text, lead, start, end);
  if (dir === 'close') return 'closed';
  return text.slice(start, lead.at).trim() === '' ? 'reopened' : 'ended';
}

/** Quotations of the text, paragraph by paragraph (`paragraphs` in text order; the whole text when empty). */
export function findQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const blocks = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  const out: QuoteMarks[] = [];
  let carry: { open: number; pieces: Span[] } | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b];
    let open: Mark | null = null;
    let pieceStart = -1;
    let pieces: Span[] = [];
    let firstOpen = -1;
    const marks = marksOf(text, start, end);
    let k = 0;
    if (carry) {
      const lead = marks[0];
      const how = continuation(text, lead, start, end);
      if (how === 'reopened') {
        open = lead;
        pieces = carry.pieces;
        firstOpen = carry.open;
        pieceStart = lead.at + lead.len;
        k = 1;
      } else if (how === 'closed') {
        emit(out, text, carry.open, [...carry.pieces, { start, end: lead.at }], true, lead.at + lead.len);
        k = 1;
      } else emit(out, text, carry.open, carry.pieces, false);
      carry = null;
    }
    let single: Mark | null = null;
    let nested = 0;
    for (; k < marks.length; k++) {
      const m = marks[k];
      const dir = direction(text, m, start, end);
      if (m.single) {
        // Single quotations only at the top level (inside a double quotation they are nested quotes).
        if (open) continue;
        if (dir === 'open' && !single) single = m;
        else if (dir === 'close' && single) {
          emit(out, text, single.at, [{ start: single.at + 1, end: m.at }], true, m.at + 1);
          single = null;
        }
        continue;
      }
      if (!open) {
        if (dir === 'open' || dir === 'either') {
          open = m;
          firstOpen = m.at;
          pieceStart = m.at + m.len;
          pieces = [];
          single = null;
          nested = 0;
        }
        continue;
      }
      // Curly marks say which way they face: “ inside a curly quotation, in mid-sentence, opens a nested one (“… what
      // he calls “hell” than …”), which its ” closes. At the start of a line or a sentence it is the next quotation
      // of a text whose paragraphs are lines.
      const curly = isCurly(text[m.at]) && isCurly(text[open.at]);
      if (curly && dir === 'open' && MID_SENTENCE.test(text.slice(Math.max(start, m.at - 3), m.at))) {
        nested++;
        continue;
      }
      if (dir === 'close' || dir === 'either') {
        if (curly && nested > 0) {
          nested--;
          continue;
        }
        pieces.push({ start: pieceStart, end: m.at });
        emit(out, text, firstOpen, pieces, true, m.at + m.len);
        open = null;
      }
      // Any other opening mark inside an open quotation is a typo or a nested quote: the first one stands.
    }
    if (open) {
      pieces.push({ start: pieceStart, end });
      carry = { open: firstOpen, pieces };
    }
  }
  if (carry) emit(out, text, carry.open, carry.pieces, false);
  return out;
}

/** A nickname in a name (Serhiy “Flash” Beskrestnov): one to three capitalised words in quotation marks between two
 * capitalised words; or a title governed by an article or preposition (the “Pose” actor, said on “DWTS.”). A name,
 * not a quotation. */
const NICKNAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;
function isNickname(text: string, open: number, pieces: Span[], close: number): boolean {
  if (pieces.length !== 1 || !NICKNAME.test(text.slice(pieces[0].start, pieces[0].end).replace(/[.,!?]$/, ''))) return false;
  const before = text.slice(Math.max(0, open - 30), open);
  // A title after an article or preposition: the “Pose” actor, said on “DWTS.”
  if (TITLE_BEFORE.test(before)) return true;
  return /\p{Lu}[\p{L}.]* $/u.test(before) && /^ \p{Lu}/u.test(text.slice(close, close + 2));
}
const TITLE_BEFORE = /(?:^|\s)(?:the|a|an|on|of|in|at|from|by)\s$/;

function emit(out: QuoteMarks[], text: string, open: number, pieces: Span[], closed: boolean, close?: number): void {
  // Trim white space inside each piece; drop empty pieces.
  const kept: Span[] = [];
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) kept.push({ start: s, end: e });
  }
  if (!kept.length) return;
  if (closed && close !== undefined && isNickname(text, open, kept, close)) return;
  const innerEnd = kept[kept.length - 1].end;
  out.push({ open, innerStart: kept[0].start, innerEnd, close: closed && close !== undefined ? close : innerEnd, pieces: kept, closed });
}
