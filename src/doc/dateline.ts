// A dateline opening a paragraph's first sentence, read over tokens: "DUBAI, United Arab Emirates —", "WASHINGTON
// (AP) —", "KYIV, Feb 5 (Reuters) -", "Feb 10 (Reuters) -". What it names is where and by whom the story was filed,
// not a speaker or an actor of the sentence after it. Shared by the layers that read sentences (quotes, events).
import { isDash } from './english.js';

/** A dateline has at most this many tokens before its dash. */
export const MAX_DATELINE_TOKENS = 12;

const isCaps = (w: string) => /^\p{Lu}{2,}$/u.test(w);

/** The token after the dash of a dateline that starts at token `first` (and ends before `end`), or `first` when
 *  there is none. A dateline starts with a place in capitals or holds an agency's credit in parentheses; between
 *  them only capitalised words, numbers, commas, full stops and the parentheses. */
export function datelineEnd(word: (i: number) => string, first: number, end: number, maxTokens = MAX_DATELINE_TOKENS): number {
  let credit = false;
  let open = false;
  for (let i = first; i < end && i - first <= maxTokens; i++) {
    const w = word(i);
    // (A hyphen inside parentheses joins a party and a state: "Rep. Jane Roe (R-Ga.) on Monday…".)
    if (isDash(w) && !open) return i > first && (credit || isCaps(word(first))) ? i + 1 : first;
    if (w === '(') {
      credit ||= i + 2 < end && /^\p{Lu}/u.test(word(i + 1));
      open = true;
      continue;
    }
    if (w === ')') open = false;
    if (w !== ',' && w !== '.' && w !== ')' && !/^[\p{Lu}\d]/u.test(w)) return first;
  }
  return first;
}
