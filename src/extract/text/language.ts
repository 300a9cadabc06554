// Cheap language check for the body: the share of very common English words.
import { ENGLISH_STOPWORD_SHARE } from './settings.js';

const EN_STOPWORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'as', 'by', 'it', 'at', 'from', 'he', 'has', 'have', 'be', 'are', 'its', 'his', 'will', 'an', 'not', 'this', 'but', 'they', 'which', 'were', 'had', 'been', 'who']);

/** Cheap language check: the share of very common English words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 5) return false;
  let hits = 0;
  for (const w of words) if (EN_STOPWORDS.has(w)) hits++;
  return hits / words.length >= ENGLISH_STOPWORD_SHARE;
}
