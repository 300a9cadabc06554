// Thresholds of the stories layer (copies and story clusters). Tuned on half A of each dev set (see eval.ts and
// eval-copies.ts); the figures for half B and the whole set are in the commit messages.

/** Copies: word shingles hashed into a seeded MinHash signature, banded for LSH. */
export const COPIES = {
  /** Words per shingle. Five words: long enough that two unrelated texts share almost none (3 and 4 link more
   *  rewritten same-story articles; see eval-copies.ts). */
  shingleWords: 5,
  /** MinHash functions (signature length) = bands × rowsPerBand. 256 rather than 128: the containment estimate of a
   *  short text (≈ 60 shingles) is too noisy with 128. */
  hashes: 256,
  /** Two rows per band: a copy wrapped in as much clutter as text (Jaccard ≈ 0.3) is still a candidate. */
  rowsPerBand: 2,
  /** Fixed seed of the hash family, so signatures are the same in every run and every process. */
  seed: 0x5eed,
  /** A near copy: estimated containment of the smaller text in the larger one at least this… */
  minContainment: 0.6,
  /** …and the smaller text at least this many shingles (shorter texts must match exactly). */
  minShingles: 12,
  /** Lines with fewer words than this are left out before shingling (menus, buttons, share bars). */
  minLineWords: 6,
};

/** Story clusters: an arriving article joins the most similar open story, or starts one. */
export const STORIES = {
  /** Title terms count this many times a body term (the headline names the story). */
  titleWeight: 3,
  /** Name features (capitalised phrases) count this many times a plain term. */
  nameWeight: 2,
  /** Body words read per article: the lead names the event; later paragraphs drift to background shared by
   *  other events of the same kind (100 beat 200, 400 and 1000 on ECB+ half A; AllSides excerpts are shorter). */
  maxBodyWords: 100,
  /** Words read from the start of the headline and text for quantities (figures with the word beside them; 100
   *  and 250 lose on ECB+ half A). */
  quantityWords: 150,
  /** When the article or the story is undated: added to the cosine per slot where they give the same figure…
   *  (0.04 / 0.06: best of a grid on ECB+ half A; dated pairs are left to text and time, since on AllSides and
   *  Reuters figures shared by chance — a year, "March 31", "4 pct" — joined different stories) */
  quantityAgree: 0.04,
  /** …and taken off per slot where they give only different figures (another magnitude, toll or score)… */
  quantityConflict: 0.06,
  /** …counting at most this many slots either way. */
  maxSlots: 3,
  /** Quantities kept per story (its most frequent), like centroidTerms. */
  centroidQuantities: 100,
  /** Terms of the article used to look up candidate stories (its highest-weighted ones). */
  queryTerms: 25,
  /** A term whose posting list is longer than this is too common to block on (keeps cost per article flat). */
  maxPosting: 100,
  /** Candidate stories scored in full per article. */
  maxCandidates: 30,
  /** Terms kept per story centroid (its heaviest), so a story's size stays bounded. */
  centroidTerms: 300,
  /** Cosine (article vs story centroid) needed to join a story. */
  joinSimilarity: 0.2,
  /** Cosine needed to join when the article or the story has no date (no time window to back the text up). */
  joinUndated: 0.25,
  /** Cosine needed for a second story to be merged into the first through a bridge article. */
  mergeSimilarity: 0.35,
  /** Days between an article and its story's dated articles beyond which it cannot join (1 and 2 tie on half A). */
  windowDays: 1,
  /** Days a story may span at most: a developing event becomes a new story each few days, as roundups have it. */
  maxSpanDays: 4,
};

/** Articles assigned per store transaction by updateStories. The LSH buckets and postings are B-trees written at
 *  random keys, so a transaction rewrites most of their pages once the store is large: the cost per article is
 *  that divided by the batch. Reuters, CPU ms/article: 256 → 2.01 at 1k, 2.53 at 21,578 (last 1k 2.82); 1024 →
 *  2.05 at 21,578 (last 1k 2.23). The store's write lock is held ~2 s per batch (the busy timeout is 10 s). */
export const STORE_BATCH = 1024;

/** Entity dossiers: linking canonical entities across name variants (entity-link.ts). */
export const LINK = {
  /** Surnames this long or longer may differ by one edit and still be one name (transliterations: "Zelensky",
   *  "Zelenskyy", "Zelenskiy"); shorter ones must be equal ("Biden" / "Bidan" are not linked). */
  fuzzySurnameMin: 6,
  /** …and must share this many first letters (also the store's candidate lookup prefix). */
  fuzzyPrefix: 4,
  /** A surname alone that fits several people joins the one with this many times the mentions of the next (same
   *  as the store's AMBIGUOUS_MERGE_DOMINANCE at ingest). */
  dominance: 3,
};

/** Dossier lists: co-occurring entities shown, and articles read for events (the most recent ones). */
export const DOSSIER = {
  coEntities: 20,
  maxEventArticles: 500,
};

/** Credited outlets (credit.ts). */
export const CREDIT = {
  /** A line with a short cue ("via", "Source:") is a credit line when it has at most this many words (or opens
   *  with the cue): "Photo and text via Harbour Weekly", not a sentence of the story that uses "via". */
  maxShortCueLineWords: 12,
};

/** Features of stored articles computed ahead of their stories update (features.ts): when an ingest stores an
 *  article its copy print and term counts are computed at once (on the main thread while the workers analyse the
 *  next articles), so the update that ends the ingest, which runs alone, does not. Capped (oldest dropped first):
 *  about 5 kB an article, so ~13,000 articles; past that the update computes them itself. */
export const PREPARED_MAX_BYTES = 64 * 2 ** 20;
