// Copies: exact and near-duplicate articles, linked at ingest. The clean text (prose lines, see text.ts) is cut into
// word shingles; an exact copy has the same word sequence, a near copy a MinHash signature whose estimated
// containment (share of the smaller text's shingles found in the larger) passes COPIES.minContainment, so a repost
// wrapped in clutter or with its last paragraph cut still matches. Candidates come from LSH buckets, never from a
// scan of all articles. All state lives in a CopyState (state.ts): in memory, or the store's tables.
import { creditedOutlet, type Link } from './credit.js';
import { bandKeys, containmentFromJaccard, estimateJaccard, fnv1a, MinHasher, shingles } from './minhash.js';
import { COPIES } from './settings.js';
import { MemoryCopyState, type CopyState } from './state.js';
import { proseLines, words } from './text.js';

export interface CopyInput {
  id: string;
  title?: string;
  text: string;
  outlet?: string;
  url?: string;
  links?: readonly Link[];
}

export interface CopyMatch {
  /** The earlier article this one matched. */
  of: string;
  /** The original of its copy group (the first article of the chain of copies `of` belongs to). */
  original: string;
  kind: 'exact' | 'near';
  jaccard: number;
  containment: number;
}

export interface CopyResult {
  id: string;
  copy?: CopyMatch;
  /** Outlet the text credits as its original, when it names one. */
  credited?: string;
}

/** What add() reads of an article's text, computable ahead of time (see features.ts). */
export interface CopyPrint {
  /** Hash of the clean text's words, and how many words (0: no text to match exactly). */
  exactKey: number;
  words: number;
  /** Distinct shingles, and their MinHash signature. */
  shingles: number;
  sig: Uint32Array;
  credited?: string;
}

/** Longest LSH bucket kept: a band key shared by this many articles is boilerplate, not evidence of a copy. */
const MAX_BUCKET = 64;

export class CopyIndex {
  private readonly hasher = new MinHasher(COPIES.hashes, COPIES.seed);

  /** `state`: where signatures, buckets and groups live (in memory by default; see state.ts). */
  constructor(private readonly state: CopyState = new MemoryCopyState()) {}

  /** Shingle set and signature of an article's clean text. */
  fingerprint(a: CopyInput): { ws: string[]; set: Set<number>; sig: Uint32Array } {
    const ws = words(proseLines(a.text, COPIES.minLineWords).join('\n'));
    const set = shingles(ws, COPIES.shingleWords);
    return { ws, set, sig: this.hasher.signature(set) };
  }

  /** What add() reads of an article's text (its clean words' hash, shingles, signature and credited outlet). */
  print(a: Pick<CopyInput, 'text' | 'links'>): CopyPrint {
    const { ws, set, sig } = this.fingerprint({ id: '', text: a.text });
    const credited = creditedOutlet(a.text, a.links);
    return { exactKey: fnv1a(ws.join(' ')), words: ws.length, shingles: set.size, sig, ...(credited ? { credited } : {}) };
  }

  /** Adds an article and links it to the earlier article it copies, if any. `print`: its print() when computed
   *  ahead of time (from the same text and links). */
  add(a: CopyInput, print: CopyPrint = this.print(a)): CopyResult {
    const { exactKey, sig, credited, shingles: size, words: wordCount } = print;
    const result: CopyResult = { id: a.id, ...(credited ? { credited } : {}) };
    const keys = bandKeys(sig, COPIES.rowsPerBand);
    const buckets = this.state.buckets(keys, MAX_BUCKET);
    let match: CopyMatch | undefined;
    const same = wordCount ? this.state.exact(exactKey) : undefined;
    if (same !== undefined) match = { of: same, original: same, kind: 'exact', jaccard: 1, containment: 1 };
    else if (size >= COPIES.minShingles) {
      const seen = new Set<string>();
      for (const bucket of buckets) {
        for (const other of bucket) {
          if (seen.has(other)) continue;
          seen.add(other);
          const e = this.state.entry(other)!;
          if (Math.min(e.size, size) < COPIES.minShingles) continue;
          const j = estimateJaccard(sig, e.sig);
          const c = containmentFromJaccard(j, size, e.size);
          if (c >= COPIES.minContainment && (!match || c > match.containment)) match = { of: other, original: other, kind: 'near', jaccard: j, containment: c };
        }
      }
    }
    if (match) match.original = this.state.entry(match.of)?.group ?? match.of;
    const group = match?.original ?? a.id;
    this.state.setEntry(a.id, { sig, size, outlet: a.outlet, group });
    if (wordCount && same === undefined) this.state.setExact(exactKey, a.id);
    this.state.addToBuckets(a.id, keys.map((key, i) => ({ key, size: buckets[i].length })).filter((b) => b.size < MAX_BUCKET));
    this.state.addToGroup(group, a.id, a.outlet, credited);
    if (match) result.copy = match;
    return result;
  }

  /** The original of an article's copy group (itself when it copies nothing). */
  originalOf(id: string): string | undefined {
    return this.state.entry(id)?.group;
  }

  /** A copy group: its original, its copies, the distinct outlets that carry it and the outlets its copies credit. */
  group(id: string): { original: string; copies: number; outlets: number; credited: string[] } | undefined {
    const original = this.originalOf(id);
    const g = original ? this.state.group(original) : undefined;
    if (!original || !g) return undefined;
    return { original, copies: g.members - 1, outlets: g.outlets, credited: g.credited };
  }

  /** Similarity of two texts by the same measure as add(): estimated Jaccard and containment. */
  compare(a: string, b: string): { jaccard: number; containment: number; shingles: [number, number] } {
    const fa = this.fingerprint({ id: '', text: a });
    const fb = this.fingerprint({ id: '', text: b });
    const j = estimateJaccard(fa.sig, fb.sig);
    return { jaccard: j, containment: containmentFromJaccard(j, fa.set.size, fb.set.size), shingles: [fa.set.size, fb.set.size] };
  }
}
