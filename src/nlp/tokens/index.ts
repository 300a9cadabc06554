// Tokens (with POS) and sentences, from one wink-nlp pass per line of each block: a sentence never crosses a
// paragraph, a heading or a line break (list items, <br>), and every span is an offset into Doc.text.
import type { Doc } from '../../doc/doc.js';
import type { Span, Token } from '../../doc/types.js';
import type { Component } from '../../doc/component.js';
import { forgetNewWords, wink } from '../wink/index.js';
import { MAX_WINK_CHARS, WORD_STOPS } from './settings.js';

export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
}

/** Tokens and sentences of `text`, offsets shifted by `base`, sentence indices from `firstSentence`. */
export function tokenize(text: string, base = 0, firstSentence = 0): Tokenized {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    // wink may normalise a token's text; then it stays where the cursor is, so offsets stay monotonic.
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? start : start + values[i].length;
    tokens[i] = { start: base + start, end: base + end, pos: pos[i], sentence: firstSentence };
    cursor = end;
  }
  const sentences: Span[] = [];
  const spans = footnoteMarksBack(splitAfterWordStops(wdoc.sentences().out(its.span) as unknown as [number, number][], values), values, tokens);
  for (let [first, last] of spans) {
    if (first === undefined || !tokens[first]) continue;
    // Sentence edges sit on words, not on line-break tokens.
    while (first < last && tokens[first].pos === 'SPACE') first++;
    while (last > first && tokens[last].pos === 'SPACE') last--;
    const start = tokens[first].start;
    const end = Math.max(tokens[last].end, start);
    if (end <= start) continue;
    for (let i = first; i <= last; i++) tokens[i].sentence = firstSentence + sentences.length;
    sentences.push({ start, end });
  }
  // wink emits line breaks as SPACE tokens: they are layout, not words.
  const words = joinLetterRuns(tokens.filter((t) => t.end > t.start && t.pos !== 'SPACE'), text, base);
  return { tokens: splitPossessives(words, text, base), sentences };
}

/**
 * wink reads a lower-case word with its full stop ("no.") as an abbreviation and runs the sentence on when a name
 * follows ("She said no. Lula won."); such a word before a capital ends the sentence. Written "No." ("No. 5") it stays
 * the abbreviation.
 */
function splitAfterWordStops(spans: [number, number][], values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    let from = first;
    for (let i = first; i < last; i++) {
      if (!WORD_STOPS.has(values[i])) continue;
      let next = i + 1;
      while (next <= last && !values[next].trim()) next++;
      if (next <= last && /^\p{Lu}/u.test(values[next])) {
        out.push([from, i]);
        from = i + 1;
      }
    }
    out.push([from, last]);
  }
  return out;
}

/** A note mark: a small number written onto the full stop before it. */
const NOTE_MARK = /^\d{1,3}$/;
const SENTENCE_STOP = /^[.!?”"’)]$/;

/**
 * A note mark written onto a sentence's full stop ("…and its allies.1 Furthermore, Zelenskyy …") ends that sentence;
 * wink opens the next one with it, whose first words then read as "1 Furthermore". Spans are [first, last] tokens.
 */
function footnoteMarksBack(spans: [number, number][], values: readonly string[], tokens: readonly Token[]): [number, number][] {
  for (let k = 1; k < spans.length; k++) {
    const [first, last] = spans[k]!;
    const prev = first - 1;
    if (first >= last || prev < 0 || !NOTE_MARK.test(values[first]!) || !SENTENCE_STOP.test(values[prev]!)) continue;
    if (tokens[first]!.start !== tokens[prev]!.end || spans[k - 1]![1] !== prev) continue;
    // (The next sentence opens after a space with a capital or a quotation mark: ".45-caliber" is no note.)
    if (tokens[first + 1]!.start === tokens[first]!.end || !/^[\p{Lu}“"‘]/u.test(values[first + 1]!)) continue;
    spans[k - 1]![1] = first;
    spans[k]![0] = first + 1;
  }
  return spans;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const NON_ASCII_LETTER = /[^\x00-\x7f]/;

/**
 * wink cuts a word at some letters outside ASCII ("Whangārei" → "Whang" + "ā" + "rei"): pieces of letters that touch,
 * one of them with such a letter, are one word again, a name when any piece was. Pieces all in ASCII stay as wink cut
 * them ("cannot" → "can" + "not").
 */
function joinLetterRuns(tokens: Token[], text: string, base: number): Token[] {
  const letters = (t: Token) => LETTERS.test(text.slice(t.start - base, t.end - base));
  const touches = (a: Token, b: Token) => a.end === b.start && a.sentence === b.sentence;
  if (!NON_ASCII_LETTER.test(text)) return tokens; // an all-ASCII text has nothing to join
  let joined: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // The longest run of letter pieces that touch, from i.
    // (Touching is tested first: most tokens have a space after them, and their text is never sliced.)
    let j = i;
    if (i + 1 < tokens.length && touches(tokens[i], tokens[i + 1]) && letters(tokens[i]))
      while (j + 1 < tokens.length && touches(tokens[j], tokens[j + 1]) && letters(tokens[j + 1])) j++;
    if (j > i && NON_ASCII_LETTER.test(text.slice(tokens[i].start - base, tokens[j].end - base))) {
      const run = tokens.slice(i, j + 1);
      joined ??= tokens.slice(0, i);
      const pos = run.some((t) => t.pos === 'PROPN') ? 'PROPN' : (run.find((t) => t.pos !== 'X') ?? run[0]).pos;
      joined.push({ start: run[0].start, end: run[run.length - 1].end, pos, sentence: run[0].sentence });
    } else if (joined) for (let k = i; k <= j; k++) joined.push(tokens[k]);
    i = j;
  }
  return joined ?? tokens;
}

/** A word with its possessive or contracted "'s" glued on ("Poor's"). */
const GLUED_S = /^.*\p{L}['’]s$/u;

/**
 * wink cuts "Poor's 500" into "Poor" + "'s", but keeps "Poor's." whole, and once it has read a word whole it keeps
 * that word whole in every later text ("Standard and Poor's 500" after "Poor's."): the same text would be cut
 * differently after another. The "'s" is always its own token here, and the pair is tagged by its form, so neither
 * the cut nor the tags depend on what was read before.
 */
function splitPossessives(tokens: Token[], text: string, base: number): Token[] {
  const word = (t: Token) => text.slice(t.start - base, t.end - base);
  // (Its last two characters are read first: most tokens are never sliced and matched.)
  const glued = (t: Token) => {
    if (t.end - t.start <= 2 || text.charCodeAt(t.end - base - 1) !== 115) return false; // "s"
    const q = text.charCodeAt(t.end - base - 2);
    return (q === 39 || q === 0x2019) && GLUED_S.test(word(t)); // "'" or "’"
  };
  let out = tokens;
  if (tokens.some(glued)) {
    out = [];
    for (const t of tokens) {
      if (glued(t)) out.push({ ...t, end: t.end - 2 }, { start: t.end - 2, end: t.end, pos: 'PART', sentence: t.sentence });
      else out.push(t);
    }
  }
  // The word before an "'s" is tagged by its own form, not by wink (which tags it differently when it read the pair
  // whole): a pronoun's "'s" is "is" ("it's"), a capitalised word is a name, any other a noun.
  for (let i = 0; i + 1 < out.length; i++) {
    // (Length first: the hot path slices no text for the other tokens.)
    if (out[i + 1].end - out[i + 1].start !== 2 || out[i].end !== out[i + 1].start || !S_TOKEN.test(word(out[i + 1]))) continue;
    const w = word(out[i]);
    const pronoun = S_PRONOUNS.has(w.toLowerCase());
    out[i].pos = pronoun ? 'PRON' : /^\p{Lu}/u.test(w) ? 'PROPN' : 'NOUN';
    out[i + 1].pos = pronoun ? 'AUX' : 'PART';
  }
  return out;
}

const S_TOKEN = /^['’]s$/;
/** Pronouns and wh-words whose "'s" is a contraction of "is" or "has" (closed class). */
const S_PRONOUNS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'where', 'here', 'how', 'let', 'this']);

/** End of the next piece of `line` from `from` for wink: the whole rest when short enough, else a cut after a
 *  sentence end (". ", "?” ") in the last half of MAX_WINK_CHARS, else after the last space, else a hard cut. */
export function pieceEnd(line: string, from: number, max = MAX_WINK_CHARS): number {
  if (line.length - from <= max) return line.length;
  const limit = from + max;
  let space = -1;
  for (let i = limit; i > from + max / 2; i--) {
    if (line.charCodeAt(i) !== 32) continue;
    if (space < 0) space = i;
    let k = i - 1;
    while (k > from && /["”’')\]]/.test(line[k])) k--;
    if (/[.!?]/.test(line[k])) return i + 1;
  }
  return space >= 0 ? space + 1 : limit;
}

export const tokensComponent: Component = {
  name: 'tokens',
  requires: ['text', 'blocks'],
  assigns: ['tokens', 'sentences'],
  run(doc: Doc) {
    // Each article is read by wink as the instance was made, whatever was read before it (see forgetNewWords).
    forgetNewWords();
    const tokens: Token[] = [];
    const sentences: Span[] = [];
    const blocks = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
    for (const b of blocks) {
      // A block's lines are items of a list or lines set apart by the page: wink would run a sentence (and the
      // NER a name: "…: Report\nRussia's FSB…") across them.
      const block = doc.text.slice(b.start, b.end);
      for (let from = 0; from < block.length; ) {
        const nl = block.indexOf('\n', from);
        const to = nl < 0 ? block.length : nl;
        const line = block.slice(from, to);
        for (let at = 0; at < line.length; ) {
          const end = pieceEnd(line, at);
          const t = tokenize(at === 0 && end === line.length ? line : line.slice(at, end), b.start + from + at, sentences.length);
          for (const tok of t.tokens) tokens.push(tok);
          for (const s of t.sentences) sentences.push(s);
          at = end;
        }
        from = to + 1;
      }
    }
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};
