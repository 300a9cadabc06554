// Defaults of the stories layer's reads (see stories.ts).

/** Stories listed by `StoriesRepo.list` when no limit is given. */
export const DEFAULT_STORY_LIMIT = 20;

/** What a connection keeps of the stories layer's state between its transactions (stories-state.ts), so a long
 *  pass does not re-read and re-parse the same rows batch after batch; bounded, so memory stays flat. Worst case
 *  ≈ 2,000 centroids × 800 entries (2 × STORIES.centroidTerms terms and 2 × centroidQuantities figures; ~130 MB)
 *  + 20,000 signatures × 1 kB + 200,000 terms. */
export const STORIES_CACHE = { stories: 2_000, signatures: 20_000, terms: 200_000, merged: 100_000 };

/** SQLite page cache (KiB) while updateStories writes: the LSH buckets and postings are B-trees written at random
 *  keys, so more of them in memory means fewer page reads. The connection's own setting is restored after. */
export const STORIES_PAGE_CACHE_KIB = 32_768;

/** Rows (LSH buckets, postings) written per INSERT statement when a stories transaction ends (stories-state.ts):
 *  one call binding a hundred rows costs less than a hundred calls. */
export const ROWS_PER_INSERT = 100;
