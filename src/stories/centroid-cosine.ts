// The cosine of an arriving article and a candidate story's centroid, the inner loop of story clustering: each
// article scores up to STORIES.maxCandidates centroids of up to ~800 terms, with the IDF of the moment. Terms are
// numbered once, a centroid is kept as arrays of term numbers and counts (rebuilt only when its story changes), and
// each term's IDF is computed once per article, so the loop reads arrays instead of looking strings up in maps.
// The arithmetic is the plain formula's, term by term in the centroid's order: the same floating-point result.
import type { StoryRecord } from './state.js';

/** Prefix of a quantity feature among a story's counts (quantities take no part in the cosine). */
export const QUANTITY = '%';

interface Arrays {
  counts: Map<string, number>;
  ids: Int32Array;
  cs: Float64Array;
}

export class CentroidCosine {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Document frequency per term number, as read from the state (undefined: not read, or changed since). */
  private readonly dfs: (number | undefined)[] = [];
  private readonly idfs: number[] = [];
  private readonly idfAt: number[] = [];
  private readonly vec: number[] = [];
  private readonly vecAt: number[] = [];
  private readonly arrays = new WeakMap<StoryRecord, Arrays>();
  /** The article being scored (stamps the per-article IDFs and vector) and N of its IDF. */
  private at = 0;
  private docs = 0;

  /** `df`: the state's document frequency of a term. Only this index's articles may change it (begin() is told). */
  constructor(private readonly df: (t: string) => number) {}

  private id(t: string): number {
    let i = this.ids.get(t);
    if (i === undefined) {
      i = this.terms.length;
      this.ids.set(t, i);
      this.terms.push(t);
    }
    return i;
  }

  /** IDF of a term for the article being scored: log((N + 1) / (df + 1)) + 1. */
  idf(t: string): number {
    return this.idfOf(this.id(t));
  }

  private idfOf(i: number): number {
    if (this.idfAt[i] === this.at) return this.idfs[i]!;
    const df = (this.dfs[i] ??= this.df(this.terms[i]!));
    const v = Math.log((this.docs + 1) / (df + 1)) + 1;
    this.idfs[i] = v;
    this.idfAt[i] = this.at;
    return v;
  }

  /** Starts an article: N after counting it, and its terms, whose document frequencies it has just raised. */
  begin(docs: number, terms: Iterable<string>): void {
    this.at++;
    this.docs = docs;
    for (const t of terms) this.dfs[this.id(t)] = undefined;
  }

  /** Sets the article's weighted vector (a term's count × its IDF; weights are never 0). */
  setVector(vec: ReadonlyMap<string, number>): void {
    for (const [t, w] of vec) {
      const i = this.id(t);
      this.vec[i] = w;
      this.vecAt[i] = this.at;
    }
  }

  /** A story's counts changed (an article joined, a story was merged in, the centroid was trimmed). */
  forget(s: StoryRecord): void {
    this.arrays.delete(s);
  }

  private arraysOf(s: StoryRecord): Arrays {
    const known = this.arrays.get(s);
    if (known && known.counts === s.counts) return known;
    const ids: number[] = [];
    const cs: number[] = [];
    for (const [t, c] of s.counts) {
      if (t.startsWith(QUANTITY)) continue;
      ids.push(this.id(t));
      cs.push(c);
    }
    const a = { counts: s.counts, ids: Int32Array.from(ids), cs: Float64Array.from(cs) };
    this.arrays.set(s, a);
    return a;
  }

  /** Cosine of the article's vector (norm `vnorm`) and the story's centroid weighted with the current IDF. */
  cosine(vnorm: number, s: StoryRecord): number {
    const { ids, cs } = this.arraysOf(s);
    let dot = 0, norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k]!;
      const w = cs[k]! * this.idfOf(i);
      norm += w * w;
      if (this.vecAt[i] === this.at) dot += this.vec[i]! * w;
    }
    return norm && vnorm ? dot / Math.sqrt(norm) / vnorm : 0;
  }
}
