// Thresholds of the shared wink-nlp instance.

/** Words wink may add to its lexicon (~100 bytes each: about 10 MB) before a fresh instance replaces it (loading the
 *  model again costs ~0.2 s, so at most once per some 100,000 new words: a few thousand news articles). */
export const WINK_MAX_NEW_WORDS = 100_000;
