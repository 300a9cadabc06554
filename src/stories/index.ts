// Stories layer: copies and story clusters across articles (issue 13, items 1 and 2).
//
//   copies.ts   CopyIndex — exact and near-duplicate articles at ingest: prose lines (text.ts) → 5-word shingles →
//               seeded MinHash (minhash.ts) → LSH bands for candidates → containment of the smaller text in the
//               larger, so reposts wrapped in page clutter or cut short still match; each copy group keeps its
//               original (first seen), its copies, its distinct outlets and the outlets its copies credit.
//   credit.ts   the outlet a repost names as its original ("first published in …", "via …", a "Source link"
//               anchor), with the cue wording in lexicon.ts.
//   cluster.ts  StoryIndex — incremental story clustering: TF-IDF (headline, lead, capitalised names or given
//               entity names) against story centroids, candidates from an inverted index over the article's
//               heaviest terms (common terms skipped), a time window, bridge merges; copies join their original's
//               story. One object holds all state (no globals), ready to be persisted by the store.
//   centroid-cosine.ts  the cosine of an article and a story centroid (clustering's inner loop) over arrays of
//               interned terms, each term's IDF computed once per article; the plain formula's result to the bit.
//   features.ts what StoryIndex.add reads of an article's text (copy print, term and quantity counts), prepared as
//               an ingest stores the article, so the update that ends the ingest does not compute it.
//   state.ts    where the two indexes keep their state: in memory (evals, tests), or the store's tables
//               (store/sqlite/stories-state.ts), with the same results for the same articles in the same order.
//   update.ts   updateStories(store): every stored article without a story, in date order, through the store-backed
//               indexes; incremental, idempotent, cheap when nothing is new. The ingest calls it after each commit.
//   timeline.ts a story's articles (copies under their original, credited outlets) and its events and quotes by the
//               date of what happened, with sentence spans.
//   entity-link.ts, dossier.ts  entities linked across name variants (spelling, initials, country, role; never
//               two given names), and one entity's quotes, events as source and target, co-occurring entities,
//               mentions per day and stories.
//   eval.ts     `dossier eval stories`; eval-copies.ts measures the copies layer (SemEval-2022 pairs and a seeded
//               near-duplicate set).
//   settings.ts every threshold, with where it was tuned.
//
// Input is plain fields (id, title, text, published, outlet, url, optional links and entity names), so the store
// can call it without the pipeline.
export { CopyIndex, type CopyInput, type CopyMatch, type CopyResult } from './copies.js';
export { creditedOutlet, type Link } from './credit.js';
export { StoryIndex, articleTerms, type Assignment, type StoryInput } from './cluster.js';
export { MemoryCopyState, MemoryStoryState, type CopyState, type StoryState } from './state.js';
export { updateStories, type UpdateReport } from './update.js';
export { storyTimeline, type Timeline, type TimelineItem } from './timeline.js';
export { entityDossier, findEntities, type EntityDossier, type EntityLookup } from './dossier.js';
