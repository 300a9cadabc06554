// The body's language from its own words: the share of very common English words, and the share of each other
// language's function words (function-words.ts). Linear in the text.
import { FUNCTION_WORDS } from './function-words.js';
import { ENGLISH_STOPWORD_SHARE, NOT_ENGLISH_MIN_WORDS, NOT_ENGLISH_SHARE, OTHER_LANGUAGE_MIN_WORDS, OTHER_LANGUAGE_SHARE } from './settings.js';

/** The code of a body that is not English, in a language without a list (BCP 47 "undetermined"). */
export const NOT_ENGLISH = 'und';

const EN_STOPWORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'as', 'by', 'it', 'at', 'from', 'he', 'has', 'have', 'be', 'are', 'its', 'his', 'will', 'an', 'not', 'this', 'but', 'they', 'which', 'were', 'had', 'been', 'who']);

const OTHER = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) OTHER.set(w, [...(OTHER.get(w) ?? []), lang]);

/**
 * The language the body is written in, read from its own words: "en" when it looks English, another language's code
 * when that language's function words make up a large share of it and outnumber the English ones, NOT_ENGLISH for a
 * long body with almost no English words (a language without a list: Indonesian, Czech, Russian, Chinese), else null
 * (too short, a table of figures).
 */
export function bodyLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (!words) return null;
  let english = 0;
  const hits = new Map<string, number>();
  for (const w of words) {
    if (EN_STOPWORDS.has(w)) english++;
    const langs = OTHER.get(w);
    if (langs) for (const l of langs) hits.set(l, (hits.get(l) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [l, n] of hits) if (n > most) [best, most] = [l, n];
  if (best && words.length >= OTHER_LANGUAGE_MIN_WORDS && most / words.length >= OTHER_LANGUAGE_SHARE && most > english) return best;
  if (words.length >= NOT_ENGLISH_MIN_WORDS && english / words.length < NOT_ENGLISH_SHARE) return NOT_ENGLISH;
  return words.length >= 5 && english / words.length >= ENGLISH_STOPWORD_SHARE ? 'en' : null;
}

/**
 * A page's language: what its body reads as, else what the page declares. A page template often declares "en" over
 * a German article (12 of 163 "en" pages of the extraction sets); a declared language the body contradicts is kept
 * as a warning.
 */
export function checkedLanguage(declared: string | null, body: string): { language: string | null; warning: string | null } {
  const read = bodyLanguage(body);
  // (A page that declares a language other than English says more than "not English".)
  if (read === NOT_ENGLISH && declared && declared !== 'en') return { language: declared, warning: null };
  if (!read || read === declared) return { language: declared, warning: null };
  return { language: read, warning: declared ? `declared language "${declared}", but the body reads as "${read}"` : null };
}
