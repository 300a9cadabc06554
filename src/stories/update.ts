// Brings a store's copies and stories up to date: every stored article without a story is added, in date order, to
// the store-backed CopyIndex and StoryIndex (state in the store's tables, see store/sqlite/stories-state.ts), in
// transactions of STORE_BATCH articles. Incremental (an article joins a story as it arrives; a bridge article
// merges stories, recorded), idempotent (an assigned article is never added again) and deterministic (the same
// articles arriving in the same batches give the same links and stories). Cheap when nothing is new: one count.
import type { Store, StoryArticle } from '../store/types.js';
import { StoryIndex } from './cluster.js';
import type { PreparedFeatures } from './features.js';
import { STORE_BATCH } from './settings.js';

export { STORE_BATCH };

export interface UpdateReport {
  /** Articles given a story by this call. */
  assigned: number;
  /** Of which exact or near copies of an earlier article. */
  copies: number;
  /** Stories merged into another by a bridge article. */
  merges: number;
  /** Of the articles assigned, those whose features had been prepared ahead (see features.ts). */
  prepared: number;
  ms: number;
}

export interface UpdateOptions {
  /** Called after each committed batch with the articles done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Do nothing until at least this many articles wait (default 1). The ingest hook passes STORE_BATCH after each
   *  commit and calls once more without it when the batch ends: a transaction of the stories layer writes pages
   *  of its randomly keyed indexes (LSH buckets, postings), so a few large ones cost less than many small ones. */
  minPending?: number;
  /** Features computed ahead as the articles were stored (an ingest's; see features.ts). */
  prepared?: PreparedFeatures;
}

/** Assigns every article of the store that has no story yet. Call it after each ingest commit (or before reading
 *  stories); it needs a store opened for writing. */
export function updateStories(store: Store, opts: UpdateOptions = {}): UpdateReport {
  const t0 = performance.now();
  const report: UpdateReport = { assigned: 0, copies: 0, merges: 0, prepared: 0, ms: 0 };
  const pending = store.stories.pending();
  if (pending === 0 || pending < (opts.minPending ?? 1)) return { ...report, ms: performance.now() - t0 };
  const { ids, upTo } = store.stories.unassigned();
  for (let i = 0; i < ids.length; i += STORE_BATCH) {
    const batch = store.stories.articles(ids.slice(i, i + STORE_BATCH));
    store.stories.update((w) => {
      const index = new StoryIndex(w.stories, w.copies);
      for (const a of batch) {
        if (w.stories.joined(a.id) !== undefined) continue; // another writer assigned it meanwhile
        const features = opts.prepared?.take(a);
        if (features) report.prepared++;
        const r = index.add(storyInput(a), features);
        report.assigned++;
        report.merges += r.merged.length;
        if (r.copy) {
          report.copies++;
          w.link({ articleId: a.id, of: r.copy.of, original: r.copy.original, kind: r.copy.kind, score: r.copy.containment });
        } else if (a.copyOf) {
          // It claimed a stored article's identity (URL or record) without its text matching: a copy by claim only.
          w.link({ articleId: a.id, of: a.copyOf, original: index.copies.originalOf(a.copyOf) ?? a.copyOf, kind: 'claimed', score: 0 });
        }
        if (r.credited) w.credit(a.id, r.credited);
      }
    });
    opts.onProgress?.(Math.min(ids.length, i + STORE_BATCH), ids.length);
  }
  store.stories.settle(upTo);
  return { ...report, ms: performance.now() - t0 };
}

function storyInput(a: StoryArticle) {
  return { id: a.id, title: a.title, text: a.text, published: a.published ?? undefined, outlet: a.outlet ?? undefined, url: a.url ?? undefined };
}
