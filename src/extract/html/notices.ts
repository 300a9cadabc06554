// Notices a site shows about itself — cookie/consent banners, customer-service and subscription boxes, paywall,
// app and newsletter prompts — are page furniture wherever they stand: their blocks never count as prose and never
// stay in the body. A block is a notice when it holds a phrase of site speech (lexicon/notices.ts, "strong") and is
// short or holds more of the vocabulary, or holds several topic words ("weak") while addressing the reader.
// Phrases are matched word by word (a map from each phrase's first word), so a block costs one pass over its words
// whatever the lexicon's size.
import { CONSENT, PROMPTS, SERVICE, type NoticeLexicon } from './lexicon/notices.js';
import { READER_ADDRESS_RE } from './patterns.js';
import { NOTICE_MIN_SCORE, NOTICE_SHORT_CHARS, NOTICE_STRONG_WEIGHT } from './settings.js';

interface Phrase {
  words: readonly string[];
  strong: boolean;
  /** Index of the phrase in its lexicon, to count each phrase once. */
  id: number;
}

/** Words are runs between spaces and punctuation ("and/or" → and, or; "e-edition" → e, edition). */
const WORD_RE = /[^\s.,;:!?()[\]{}"'\u2018\u2019\u201c\u201d\u201e«»/|\u2013\u2014-]+/g;
const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD_RE) ?? [];

/** Phrases of all lexicons by their first word, longest first, each with the index of its lexicon. */
function index(lexicons: readonly NoticeLexicon[]): Map<string, (Phrase & { lexicon: number })[]> {
  const byFirst = new Map<string, (Phrase & { lexicon: number })[]>();
  let id = 0;
  lexicons.forEach((lex, lexicon) => {
    const strong = new Set(lex.strong);
    for (const phrase of new Set([...lex.strong, ...lex.weak])) {
      const words = wordsOf(phrase);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, strong: strong.has(phrase), id: id++, lexicon });
      byFirst.set(words[0], list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const LEXICONS: readonly NoticeLexicon[] = [CONSENT, SERVICE, PROMPTS];
const BY_FIRST_WORD = index(LEXICONS);

/** Whether a block of text is a site notice (consent banner, customer-service or subscription box). */
export function isNotice(text: string): boolean {
  const words = wordsOf(text);
  const seen = new Set<number>();
  const strong = new Array<number>(LEXICONS.length).fill(0);
  const score = new Array<number>(LEXICONS.length).fill(0);
  for (let i = 0; i < words.length; i++) {
    const candidates = BY_FIRST_WORD.get(words[i]);
    if (!candidates) continue;
    for (const p of candidates) {
      let k = 1;
      while (k < p.words.length && words[i + k] === p.words[k]) k++;
      if (k < p.words.length) continue;
      if (!seen.has(p.id)) {
        seen.add(p.id);
        if (p.strong) strong[p.lexicon]++;
        score[p.lexicon] += p.strong ? NOTICE_STRONG_WEIGHT : 1;
      }
      i += k - 1; // the longest phrase here is taken; its words are not read again
      break;
    }
  }
  let addresses: boolean | undefined;
  for (let l = 0; l < LEXICONS.length; l++) {
    if (strong[l] > 0 && (score[l] >= NOTICE_MIN_SCORE || text.length <= NOTICE_SHORT_CHARS)) return true;
    if (score[l] >= NOTICE_MIN_SCORE && (addresses ??= READER_ADDRESS_RE.test(text))) return true;
  }
  return false;
}
