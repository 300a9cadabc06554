// The Doc's tokens as flat arrays for the quote rules: words, lower-case words, POS, sentence and paragraph of each
// token, and which quotation (if any) each token is inside.
import type { Doc } from '../../doc/doc.js';
import type { Span, Token } from '../../doc/types.js';
import { TITLE_SMALL_WORDS } from '../../doc/english.js';
import type { QuoteMarks } from './marks.js';

export interface View {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  word: string[];
  lower: string[];
  pos: string[];
  sentence: Int32Array;
  /** Index of the paragraph (Doc block) of each token. */
  paragraph: Int32Array;
  /** First token (inclusive) and last token + 1 of each sentence. */
  sentenceFirst: Int32Array;
  sentenceEnd: Int32Array;
  /** Index into `quotes` of the quotation a token is inside (marks excluded), else -1. */
  inQuote: Int32Array;
  /** Index into `quotes` of the quotation whose opening/closing mark the token is, else -1. */
  markOf: Int32Array;
  quotes: QuoteMarks[];
  /** Token range [first, end) inside each quotation. */
  quoteFirst: Int32Array;
  quoteEnd: Int32Array;
}

/** Paragraph spans of a Doc: its blocks, else the whole text. */
export function paragraphsOf(doc: Doc): Span[] {
  return doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
}

/** Is token i an initial written onto the full stop before it? wink cuts initials after a hyphen ("(R-S.C.)" → "S" +
 *  "." + "C.") and ends a sentence inside them. */
function initialOnStop(word: readonly string[], toks: readonly Token[], i: number): boolean {
  return word[i - 1] === '.' && /^\p{Lu}\.$/u.test(word[i]) && toks[i].start === toks[i - 1].end;
}

/**
 * Sentence numbers as the quote rules read them, into `sentence`; returns how many fewer sentences there are. wink
 * ends a sentence after some abbreviations ("Rep. Gwen Moore (D-Wis.) | said Friday.") and inside initials ("(R-S.C.)"):
 * a sentence that starts with a lower-case word or such an initial in the same paragraph continues the one before. It
 * also runs a sentence on past a quotation that ends one ("“That makes me smart.” Trump was…"): a capitalised word
 * after such a closing mark starts a new sentence.
 */
function renumberSentences(text: string, toks: readonly Token[], word: readonly string[], end: Int32Array, paragraph: Int32Array, quotes: readonly QuoteMarks[], sentence: Int32Array): number {
  const n = toks.length;
  const sentenceCloses = new Set<number>();
  for (const q of quotes) if (q.closed && /[.!?]$/.test(text.slice(q.innerStart, q.innerEnd))) sentenceCloses.add(q.close);
  let shift = 0;
  for (let i = 1; i < n; i++) {
    const starts = toks[i].sentence !== toks[i - 1].sentence;
    if (starts && paragraph[i] === paragraph[i - 1] && (/^\p{Ll}/u.test(word[i]) || initialOnStop(word, toks, i))) shift++;
    else if (!starts && sentenceCloses.size > 0 && sentenceCloses.has(end[i - 1]) && paragraph[i] === paragraph[i - 1] && /^\p{Lu}/u.test(word[i])) shift--;
    sentence[i] = toks[i].sentence - shift;
  }
  if (n) sentence[0] = toks[0].sentence;
  return shift;
}

export function buildView(doc: Doc, quotes: QuoteMarks[]): View {
  const text = doc.text;
  // wink keeps line breaks inside a paragraph as SPACE tokens; they carry nothing for the rules.
  const toks = doc.tokens.some((t) => t.pos === 'SPACE') ? doc.tokens.filter((t) => t.pos !== 'SPACE') : doc.tokens;
  const n = toks.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const word: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const pos: string[] = new Array(n);
  const sentence = new Int32Array(n);
  const paragraph = new Int32Array(n);
  const paras = paragraphsOf(doc);
  let p = 0;
  let maxSentence = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    start[i] = t.start;
    end[i] = t.end;
    const w = text.slice(t.start, t.end);
    word[i] = w;
    lower[i] = w.toLowerCase();
    pos[i] = t.pos;
    sentence[i] = t.sentence;
    if (t.sentence > maxSentence) maxSentence = t.sentence;
    while (p < paras.length - 1 && paras[p].end <= t.start) p++;
    paragraph[i] = p;
  }
  retagHyphenCompounds(pos, word, start, end);
  retagRelatives(pos, word, lower);
  retagTitlesGeneral(pos, lower);
  maxSentence -= renumberSentences(text, toks, word, end, paragraph, quotes, sentence);
  const sentenceFirst = new Int32Array(maxSentence + 1).fill(-1);
  const sentenceEnd = new Int32Array(maxSentence + 1).fill(-1);
  for (let i = 0; i < n; i++) {
    const s = sentence[i];
    if (sentenceFirst[s] < 0) sentenceFirst[s] = i;
    sentenceEnd[s] = i + 1;
  }
  const inQuote = new Int32Array(n).fill(-1);
  const markOf = new Int32Array(n).fill(-1);
  const quoteFirst = new Int32Array(quotes.length);
  const quoteEnd = new Int32Array(quotes.length);
  let i = 0;
  quotes.forEach((q, k) => {
    while (i > 0 && end[i - 1] > q.open) i--;
    while (i < n && end[i] <= q.open) i++;
    // Opening mark tokens (wink makes '' two tokens).
    let j = i;
    while (j < n && start[j] < q.innerStart) {
      if (start[j] >= q.open) markOf[j] = k;
      j++;
    }
    quoteFirst[k] = j;
    while (j < n && end[j] <= q.innerEnd) {
      if (inQuote[j] < 0) inQuote[j] = k;
      j++;
    }
    // A token that straddles the inner end (rare tokenisation) still counts as inside.
    if (j < n && start[j] < q.innerEnd) {
      if (inQuote[j] < 0) inQuote[j] = k;
      j++;
    }
    quoteEnd[k] = j;
    while (j < n && start[j] < q.close) {
      markOf[j] = k;
      j++;
    }
  });
  return { text, n, start, end, word, lower, pos, sentence, paragraph, sentenceFirst, sentenceEnd, inQuote, markOf, quotes, quoteFirst, quoteEnd };
}

/** Index of the first token ending after `offset`. */
export function tokenAt(v: View, offset: number): number {
  let lo = 0;
  let hi = v.n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Punctuation before a relative pronoun that opens a clause on the noun before it. */
const RELATIVE_OPENERS = new Set([',', '--', '—', '–']);

/** "the study, which notes that…": wink tags a relative "which" after a comma a determiner and the verb after it a
 *  noun; they are a pronoun and a verb (a third-person or past form), unless a verb follows that noun, the clause's
 *  own ("which advocates say…"). */
function retagRelatives(pos: string[], word: readonly string[], lower: readonly string[]): void {
  for (let i = 1; i + 2 < pos.length; i++) {
    if ((lower[i] !== 'which' && lower[i] !== 'who') || !RELATIVE_OPENERS.has(word[i - 1])) continue;
    if (pos[i + 1] !== 'NOUN' || !/^\p{Ll}+(s|ed)$/u.test(word[i + 1]) || pos[i + 2] === 'VERB' || pos[i + 2] === 'AUX') continue;
    pos[i] = 'PRON';
    pos[i + 1] = 'VERB';
  }
}

/** "the attorney general said", "the UN secretary general": "general" right after a noun ends a title; wink tags it an
 *  adjective, which would end the speaker's phrase before it. */
function retagTitlesGeneral(pos: string[], lower: readonly string[]): void {
  for (let i = 1; i < pos.length; i++) if (lower[i] === 'general' && pos[i] === 'ADJ' && pos[i - 1] === 'NOUN') pos[i] = 'NOUN';
}

/** A "verb" written onto a noun with a hyphen is the first half of a compound noun ("the German think-tank said",
 *  "a pay-rise"): tagged a noun, so that a speaker phrase runs through it. */
function retagHyphenCompounds(pos: string[], word: readonly string[], start: Int32Array, end: Int32Array): void {
  for (let i = 0; i + 2 < pos.length; i++) {
    if (pos[i] === 'VERB' && word[i + 1] === '-' && end[i] === start[i + 1] && end[i + 1] === start[i + 2] && pos[i + 2] === 'NOUN') pos[i] = 'NOUN';
  }
}

/** Is the quotation of token range [first, end) written in title case (a title, a name)? */
export function titleCase(v: View, first: number, end: number): boolean {
  let words = 0;
  let lastCapital = false;
  for (let i = first; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(v.word[i])) continue;
    lastCapital = /^[\p{Lu}\p{N}]/u.test(v.word[i]);
    if (!lastCapital && !(words > 0 && TITLE_SMALL_WORDS.has(v.word[i]))) return false;
    words++;
  }
  return words > 0 && lastCapital;
}

/** "American Express", "the Sunday Express", "Desktop Express": a capitalised word after another, inside a sentence,
 *  is part of a name, whatever the tagger made of it (a verb of saying among them no cue). */
export function inNameRun(v: View, i: number): boolean {
  return i > 0 && v.sentence[i - 1] === v.sentence[i] && /^\p{Lu}/u.test(v.word[i]) && /^\p{Lu}/u.test(v.word[i - 1]) && v.markOf[i - 1] < 0;
}
