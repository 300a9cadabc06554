// Plain-text features of an article for the stories layer: normalised words, body lines without clutter, content
// terms (lower-case, closed-class words dropped, a light plural fold), name features (capitalised phrases) and
// quantities (figures with the word beside them).
import { NUMBER_WORDS, STOPWORDS } from './lexicon.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-case words of a text, NFKC-normalised, apostrophe forms kept whole. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** The lines of a text that read as prose: lines with at least `minWords` words. Menus, buttons, share bars and
 *  one-word credits fall out, so a repost wrapped in page clutter keeps the words of its original. When nothing is
 *  left (a one-line text) the whole text is kept. */
export function proseLines(text: string, minWords: number): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const prose = lines.filter((l) => words(l).length >= minWords);
  return prose.length ? prose : lines;
}

/** A fold of English inflection good enough for matching terms across articles (not a stemmer): plural -s/-es/-ies. */
export function fold(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w.replace(/['’]s$/, '');
}

/** Content terms of a text: folded words that are not closed-class, not one letter and not a bare number. */
export function contentTerms(text: string, maxWords = Infinity): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (out.length >= maxWords) break;
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(fold(w));
  }
  return out;
}

/** True when most words of a line are capitalised (a title-case headline), where capitals say nothing about names. */
export function isTitleCase(line: string): boolean {
  const ws = line.match(/[\p{L}]+/gu) ?? [];
  const long = ws.filter((w) => w.length > 3);
  if (long.length < 3) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.6;
}

/** Name features: runs of capitalised words inside sentences ("Tara Reid", "Promises Treatment Center"), lower-cased
 *  and joined with "_"; a run that opens a sentence counts only from its second word when the first is closed-class.
 *  Each single capitalised word of a run is a feature too, so "Reid" meets "Tara Reid". (Callers leave title-case headlines out.) */
export function names(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const sentence of line.split(/(?<=[.!?]["'”’)]?)\s+/)) {
      const toks = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
      let run: string[] = [];
      const flush = () => {
        if (run.length) {
          const ws = run.map((w) => fold(w.toLowerCase().replace(/[.'’-]+$/, '')));
          for (const w of ws) if (w.length > 1 && !STOPWORDS.has(w)) out.push(`#${w}`);
          if (ws.length > 1) out.push(`#${ws.join('_')}`);
        }
        run = [];
      };
      toks.forEach((t, i) => {
        const cap = /^\p{Lu}/u.test(t);
        if (cap && !(i === 0 && STOPWORDS.has(t.toLowerCase()))) {
          if (i === 0 && toks.length > 1 && !/^\p{Lu}/u.test(toks[1])) {
            // A lone capital at a sentence's start is only the sentence's first word.
            return;
          }
          run.push(t);
        } else flush();
      });
      flush();
    }
  }
  return out;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;

/** Quantities of a text as `slot=value` features: each figure (or number word) with the content word after it and
 *  the one before it, closed-class words skipped ("a magnitude of 5.6" → "<magnitude=5.6", "23 pirates" →
 *  ">pirate=23"). Two reports of one event give the same figure in the same slot; two events of one kind give
 *  different figures there (another magnitude, another toll). Read from the first `maxWords` words. */
export function quantities(text: string, maxWords = Infinity): string[] {
  const value = (t: string) => (NUMBER.test(t) ? t.replace(/,(?=\d{3}(?!\d))/g, '') : NUMBER_WORDS.get(t.toLowerCase()));
  const out: string[] = [];
  let budget = maxWords;
  // Only the start is read: no need to normalise and split a long text (words average well under 20 characters).
  const head = Number.isFinite(maxWords) ? text.slice(0, maxWords * 20) : text;
  for (const sentence of head.normalize('NFKC').split(/(?<=[.!?]["'”’)]?)\s+|\n+/)) {
    if (budget <= 0) break;
    // A figure hyphened to a word ("COVID-19", "F-22") is part of a name, not a quantity.
    const toks = (sentence.match(/(?<!\p{L}-|[\d.,])\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, budget);
    budget -= toks.length;
    /** The nearest content word from i in direction d, within two words and not across another figure. */
    const slot = (i: number, d: number): string | undefined => {
      for (let j = i + d, n = 0; j >= 0 && j < toks.length && n < 2; j += d, n++) {
        const w = toks[j].toLowerCase();
        if (value(w) !== undefined) return undefined;
        if (w.length > 1 && !STOPWORDS.has(w)) return fold(w);
      }
      return undefined;
    };
    toks.forEach((t, i) => {
      const v = value(t);
      if (v === undefined) return;
      const after = slot(i, 1);
      const before = slot(i, -1);
      if (after) out.push(`>${after}=${v}`);
      if (before) out.push(`<${before}=${v}`);
    });
  }
  return out;
}
