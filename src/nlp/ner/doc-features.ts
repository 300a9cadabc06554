// Stage-2 features: what stage 1 predicted for the same word / name elsewhere in the document
// (token majority, entity majority, super-entity of Krishnan & Manning 2006), for document-level consistency.
// Gathered in two passes over the sentences, so that nothing is kept per token of the whole document: `add` takes
// each sentence's stage-1 labels in order (statistics per distinct word and name), then `sentence` gives each
// sentence's features, in the same order.
import { mix } from './hash.js';
import { labelSpans, labelTypeIndex } from './labels.js';
import type { SentenceFeatures } from './features.js';
import { ENTITY_TYPES } from './settings.js';

const D = { tokMaj: 101, tokAny: 102, tokFirst: 103, tokAll: 104, inLonger: 105, entMaj: 106, self: 107, tokMajCaps: 108 } as const;
const NT = ENTITY_TYPES.length;
/** Type slot of O in the count arrays. */
const O_SLOT = NT;
/** Per capitalised word: type counts (NT + 1), then its first two occurrences as (sentence, token, slot) × 2. */
const OCC = NT + 1 + 6;

function argmax(counts: Int32Array): number {
  let best = 0;
  for (let t = 1; t < counts.length; t++) if (counts[t] > counts[best]) best = t;
  return best;
}

interface LongerEntry {
  size: number;
  order: number[];
  at: Map<number, number[]>;
  /** Entries handed out again while the features are read (pass 2 walks the spans in the order pass 1 did). */
  seen: number;
}

/** First index in the sorted `idxs` that is ≥ `from`, or -1. */
function firstFrom(idxs: number[], from: number): number {
  let lo = 0;
  let hi = idxs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idxs[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < idxs.length ? idxs[lo] : -1;
}

/** Codes of a key's entries outside the token's own span, in order of their first such entry. */
function longerCodes(e: LongerEntry, own: [number, number] | undefined): number[] {
  if (!own) return e.order;
  const found: [number, number][] = [];
  for (const code of e.order) {
    const idxs = e.at.get(code)!;
    const first = idxs[0] < own[0] ? idxs[0] : firstFrom(idxs, own[1]);
    if (first >= 0) found.push([first, code]);
  }
  return found.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

/** Growable Int32Array of fixed-width records. */
class Records {
  data: Int32Array;
  size = 0;
  constructor(readonly width: number, initial = 256) {
    this.data = new Int32Array(width * initial);
  }
  /** Index of a new record, filled with `fill`. */
  push(fill: number): number {
    if ((this.size + 1) * this.width > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.fill(fill, this.size * this.width, (this.size + 1) * this.width);
    return this.size++;
  }
}

/** Lower-cased form of a token that has a capital, else null (only those get word-level document features). */
function capitalKey(tok: string): string | null {
  const key = tok.toLowerCase();
  return key === tok ? null : key;
}

const spanKey = (toks: readonly string[], start: number, end: number) => toks.slice(start, end).join(' ').toLowerCase();

/** Hashes of one sentence's tokens, given in token order: token i owns hashes[offsets[i] .. offsets[i+1]). Reused
 *  from one sentence to the next (`start`). */
export class TokenHashes {
  offsets = new Int32Array(257);
  hashes = new Uint32Array(1024);
  size = 0;
  private next = 0;
  /** Empties it for a sentence of n tokens. */
  start(n: number): void {
    if (this.offsets.length < n + 1) this.offsets = new Int32Array((n + 1) * 2);
    this.size = 0;
    this.next = 0;
  }
  add(i: number, hash: number): void {
    while (this.next <= i) this.offsets[this.next++] = this.size;
    if (this.size === this.hashes.length) {
      const bigger = new Uint32Array(this.size * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[this.size++] = hash;
  }
  /** Closes the sentence of n tokens. */
  end(n: number): void {
    while (this.next <= n) this.offsets[this.next++] = this.size;
  }
}

/** Document-level statistics of stage-1 labels and the stage-2 features read from them. */
export class DocumentFeatures {
  // Each capitalised word (lower-cased key) → its record in `occ`: stage-1 type counts over its occurrences, and its
  // first two occurrences (to know the first one *other* than the token at hand). Linear in the document length.
  private readonly keyOf = new Map<string, number>();
  private readonly occ = new Records(OCC);
  // Words inside multi-token entities: key → the codes (type × 2 + is-last-token) of its entries, in order of first
  // appearance, each with the sorted indexes of its entries in the key's list.
  private readonly inLonger = new Map<string, LongerEntry>();
  // Entity strings → their record of type counts in `types`.
  private readonly entityOf = new Map<string, number>();
  private readonly types = new Records(NT);
  private added = 0;
  private read = 0;
  private readonly counts = new Int32Array(NT + 1);

  /** Pass 1: sentence after sentence, its tokens and stage-1 label ids. */
  add(toks: readonly string[], labels: ArrayLike<number>): void {
    const s = this.added++;
    const occ = this.occ;
    for (let i = 0; i < toks.length; i++) {
      const key = capitalKey(toks[i]);
      if (key === null) continue;
      let k = this.keyOf.get(key);
      if (k === undefined) {
        k = occ.push(-1);
        occ.data.fill(0, k * OCC, k * OCC + NT + 1);
        this.keyOf.set(key, k);
      }
      const ti = labelTypeIndex(labels[i]);
      const slot = ti < 0 ? O_SLOT : ti;
      const base = k * OCC;
      occ.data[base + slot]++;
      const f = base + NT + 1;
      const at = occ.data[f] < 0 ? f : occ.data[f + 3] < 0 ? f + 3 : -1;
      if (at >= 0) {
        occ.data[at] = s;
        occ.data[at + 1] = i;
        occ.data[at + 2] = slot;
      }
    }
    for (const sp of labelSpans(labels)) {
      const t = sp.type;
      const text = spanKey(toks, sp.start, sp.end);
      let e = this.entityOf.get(text);
      if (e === undefined) {
        e = this.types.push(0);
        this.entityOf.set(text, e);
      }
      this.types.data[e * NT + t]++;
      if (sp.end - sp.start < 2) continue;
      for (let i = sp.start; i < sp.end; i++) {
        const key = toks[i].toLowerCase();
        let entry = this.inLonger.get(key);
        if (!entry) this.inLonger.set(key, (entry = { size: 0, order: [], at: new Map(), seen: 0 }));
        const code = t * 2 + (i === sp.end - 1 ? 1 : 0);
        let idxs = entry.at.get(code);
        if (!idxs) {
          entry.at.set(code, (idxs = []));
          entry.order.push(code);
        }
        idxs.push(entry.size++);
      }
    }
  }

  /**
   * Pass 2: the features of the next sentence (the same tokens and labels given to `add`, in the same order),
   * in `hashes` (started and ended here).
   */
  sentence(toks: readonly string[], labels: ArrayLike<number>, hashes: TokenHashes): void {
    hashes.start(toks.length);
    const out = (i: number, hash: number) => hashes.add(i, hash);
    const s = this.read++;
    const occ = this.occ.data, counts = this.counts, types = this.types.data;
    const allCaps = toks.length > 1 && toks.every(t => t === t.toUpperCase());
    const spans = labelSpans(labels);
    const spanAt = new Int32Array(toks.length).fill(-1);
    // Each span's record of type counts (its string looked up once per span, not per token).
    const spanEntity = spans.map((sp) => this.entityOf.get(spanKey(toks, sp.start, sp.end)) ?? -1);
    // The block of a token's own span's entries in its key's list: a span's entries of one key are contiguous there,
    // so that a token can leave its own span out in O(log n) instead of walking every entry (one repeated word made
    // that n²). Pass 1 numbered them span by span; the same walk numbers them again.
    let ownBlock: ([number, number] | undefined)[] | undefined;
    spans.forEach((sp, k) => {
      for (let i = sp.start; i < sp.end; i++) spanAt[i] = k;
      if (sp.end - sp.start < 2) return;
      const blockOf = new Map<string, [number, number]>();
      for (let i = sp.start; i < sp.end; i++) {
        const key = toks[i].toLowerCase();
        const entry = this.inLonger.get(key)!;
        const b = blockOf.get(key);
        if (b) b[1] = entry.seen + 1;
        else blockOf.set(key, [entry.seen, entry.seen + 1]);
        entry.seen++;
      }
      ownBlock ??= [];
      for (let i = sp.start; i < sp.end; i++) ownBlock[i] = blockOf.get(toks[i].toLowerCase());
    });
    for (let i = 0; i < toks.length; i++) {
      const own = labels[i];
      out(i, mix(D.self, own + 1));
      const key = capitalKey(toks[i]);
      if (key === null) continue;
      const base = this.keyOf.get(key)! * OCC;
      // Counts over the other occurrences: all of them minus this one.
      counts.set(occ.subarray(base, base + NT + 1));
      const ownTi = labelTypeIndex(own);
      counts[ownTi < 0 ? O_SLOT : ownTi]--;
      let others = 0;
      for (let t = 0; t <= NT; t++) others += counts[t];
      const f = base + NT + 1;
      const first = occ[f] === s && occ[f + 1] === i ? (occ[f + 3] >= 0 ? occ[f + 5] : -1) : occ[f + 2];
      if (others > 0) {
        const maj = argmax(counts);
        out(i, mix(D.tokMaj, maj + 1));
        if (allCaps) out(i, mix(D.tokMajCaps, maj + 1));
        out(i, mix(D.tokFirst, first + 1));
        if (counts[maj] === others) out(i, mix(D.tokAll, maj + 1));
        for (let t = 0; t <= NT; t++) if (counts[t] > 0) out(i, mix(D.tokAny, t + 1));
      }
      const longer = this.inLonger.get(key);
      if (longer) for (const code of longerCodes(longer, ownBlock?.[i])) out(i, mix(D.inLonger, code + 1));
      const k = spanAt[i];
      if (k >= 0) {
        const sp = spans[k];
        const e = spanEntity[k];
        if (e >= 0) {
          // Other mentions of the same string: their majority type (own mention removed).
          const c = e * NT;
          let best = -1;
          for (let t = 0; t < NT; t++) {
            const n = types[c + t] - (t === sp.type ? 1 : 0);
            if (n > 0 && (best < 0 || n > types[c + best] - (best === sp.type ? 1 : 0))) best = t;
          }
          if (best >= 0) out(i, mix(D.entMaj, best + 1));
        }
      }
    }
    hashes.end(toks.length);
  }
}

/** labels[s][i] = stage-1 label id of token i of sentence s. Returns extra hashes per sentence and token (training). */
export function documentFeatures(doc: string[][], labels: ArrayLike<number>[]): number[][][] {
  const d = new DocumentFeatures();
  doc.forEach((toks, s) => d.add(toks, labels[s]));
  return doc.map((toks, s) => {
    const sink = new TokenHashes();
    d.sentence(toks, labels[s], sink);
    return toks.map((_, i) => Array.from(sink.hashes.subarray(sink.offsets[i], sink.offsets[i + 1])));
  });
}

/** Base features plus extra per-token hashes, as one SentenceFeatures. */
export function withExtra(base: SentenceFeatures, extra: number[][]): SentenceFeatures {
  const n = base.offsets.length - 1;
  let total = base.hashes.length;
  for (const e of extra) total += e.length;
  const hashes = new Uint32Array(total);
  const offsets = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    for (let k = base.offsets[i]; k < base.offsets[i + 1]; k++) hashes[m++] = base.hashes[k];
    for (const v of extra[i]) hashes[m++] = v;
  }
  offsets[n] = m;
  return { offsets, hashes };
}
