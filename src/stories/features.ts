// An article's features for the stories layer (its copy print and term counts, see cluster.ts) computed ahead of its
// stories update. An ingest stores articles while the workers analyse the next ones, then ends with the update,
// which runs alone; computing the features as each article is stored takes that work off the update. They are
// keyed by the article's content (title and text, the only fields they read), so a stored article always gets the
// features of its stored text, whatever its id became (claimed copies) or whichever version is latest.
import { createHash } from 'node:crypto';
import { storyCounts, type StoryFeatures } from './cluster.js';
import { CopyIndex } from './copies.js';
import { PREPARED_MAX_BYTES } from './settings.js';

export type { StoryFeatures } from './cluster.js';

/** The fields the features read (an update's articles have no links or entity names: none are read). */
export interface FeatureSource {
  title: string;
  text: string;
}

const printer = new CopyIndex();

/** The features StoryIndex.add computes for an article with this title and text and no links or entity names. */
export function storyFeatures(a: FeatureSource): StoryFeatures {
  const counts = storyCounts({ id: '', title: a.title, text: a.text });
  return { ...(a.text ? { print: printer.print({ text: a.text }) } : {}), terms: [...counts.keys()], weights: Float64Array.from(counts.values()) };
}

const keyOf = (a: FeatureSource) => createHash('sha1').update(a.title).update('\u0000').update(a.text).digest('base64');

/** Heap size of one entry, roughly (measured: ~5 kB for a Reuters article): the signature, each term's string
 *  and weight, and the objects around them. */
const sizeOf = (f: StoryFeatures) => 400 + (f.print?.sig.byteLength ?? 0) + f.terms.reduce((n, t) => n + 48 + t.length, 0);

/** Features computed ahead, until an update takes them; bounded by PREPARED_MAX_BYTES (oldest dropped first). */
export class PreparedFeatures {
  private readonly entries = new Map<string, { features: StoryFeatures; size: number; uses: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes = PREPARED_MAX_BYTES) {}

  /** Computes the features of an article about to wait for its stories update. */
  prepare(a: FeatureSource): void {
    if (typeof a.title !== 'string' || typeof a.text !== 'string') return; // not an article the update will read
    const key = keyOf(a);
    const known = this.entries.get(key);
    if (known) {
      known.uses++; // an exact copy: two articles will ask
      return;
    }
    const features = storyFeatures(a);
    const size = sizeOf(features);
    this.entries.set(key, { features, size, uses: 1 });
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.size;
    }
  }

  /** The features prepared for an article with this title and text, if any (each prepare answers one take). */
  take(a: FeatureSource): StoryFeatures | undefined {
    const key = keyOf(a);
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (--e.uses === 0) {
      this.entries.delete(key);
      this.bytes -= e.size;
    }
    return e.features;
  }

  get size(): number {
    return this.entries.size;
  }
}
