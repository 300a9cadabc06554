// Stage-2 features: what stage 1 predicted for the same word / name elsewhere in the document
// (token majority, entity majority, super-entity of Krishnan & Manning 2006), for document-level consistency.
import { mix } from './hash.js';
import { labelSpans, labelTypeIndex } from './labels.js';
import type { SentenceFeatures } from './features.js';
import { ENTITY_TYPES } from './settings.js';

const D = { tokMaj: 101, tokAny: 102, tokFirst: 103, tokAll: 104, inLonger: 105, entMaj: 106, self: 107, tokMajCaps: 108 } as const;
const NT = ENTITY_TYPES.length;
/** Type slot of O in the count arrays. */
const O_SLOT = NT;

function argmax(counts: Int32Array): number {
  let best = 0;
  for (let t = 1; t < counts.length; t++) if (counts[t] > counts[best]) best = t;
  return best;
}

interface LongerEntry {
  size: number;
  order: number[];
  at: Map<number, number[]>;
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

/** labels[s][i] = stage-1 label id of token i of sentence s. Returns extra hashes per sentence and token. */
export function documentFeatures(doc: string[][], labels: ArrayLike<number>[]): number[][][] {
  // Each capitalised word (lower-cased key): stage-1 type counts over its occurrences, and its first two
  // occurrences (to know the first one *other* than the token at hand). Linear in the document length.
  const occ = new Map<string, { counts: Int32Array; first: number[] }>();
  // Words inside multi-token entities: key → the codes (type × 2 + is-last-token) of its entries, in order of first
  // appearance, each with the sorted indexes of its entries in the key's list.
  const inLonger = new Map<string, LongerEntry>();
  // ownBlock[s][i]: the block of token i's own span's entries in its key's list (sentences without spans: none).
  const ownBlock: ([number, number] | undefined)[][] = [];
  // Entity strings → type counts.
  const entityTypes = new Map<string, Int32Array>();
  // keys[s][i]: the lower-cased token when it has a capital, else null; spans and their lower-cased text.
  const keys: (string | null)[][] = [];
  const spansOf: ReturnType<typeof labelSpans>[] = [];
  const spanText: string[][] = [];
  for (let s = 0; s < doc.length; s++) {
    const toks = doc[s];
    const k: (string | null)[] = (keys[s] = new Array(toks.length));
    for (let i = 0; i < toks.length; i++) {
      const key = toks[i].toLowerCase();
      k[i] = key === toks[i] ? null : key;
      if (k[i] === null) continue;
      let o = occ.get(key);
      if (!o) occ.set(key, (o = { counts: new Int32Array(NT + 1), first: [] }));
      const ti = labelTypeIndex(labels[s][i]);
      const slot = ti < 0 ? O_SLOT : ti;
      o.counts[slot]++;
      if (o.first.length < 6) o.first.push(s, i, slot);
    }
    const spans = (spansOf[s] = labelSpans(labels[s]));
    spanText[s] = [];
    for (const sp of spans) {
      const t = sp.type;
      const text = toks.slice(sp.start, sp.end).join(' ').toLowerCase();
      spanText[s].push(text);
      let c = entityTypes.get(text);
      if (!c) entityTypes.set(text, (c = new Int32Array(NT)));
      c[t]++;
      if (sp.end - sp.start < 2) continue;
      // This span's entries of one key are contiguous in that key's list: remember where, so that a token can
      // leave its own span out in O(log n) instead of walking every entry (one repeated word made that n²).
      const blockOf = new Map<string, [number, number]>();
      for (let i = sp.start; i < sp.end; i++) {
        const key = toks[i].toLowerCase();
        let entry = inLonger.get(key);
        if (!entry) inLonger.set(key, (entry = { size: 0, order: [], at: new Map() }));
        const code = t * 2 + (i === sp.end - 1 ? 1 : 0);
        let idxs = entry.at.get(code);
        if (!idxs) {
          entry.at.set(code, (idxs = []));
          entry.order.push(code);
        }
        idxs.push(entry.size);
        const b = blockOf.get(key);
        if (b) b[1] = entry.size + 1;
        else blockOf.set(key, [entry.size, entry.size + 1]);
        entry.size++;
      }
      const blocks = (ownBlock[s] ??= []);
      for (let i = sp.start; i < sp.end; i++) blocks[i] = blockOf.get(toks[i].toLowerCase());
    }
  }

  const out: number[][][] = doc.map(toks => toks.map(() => []));
  const counts = new Int32Array(NT + 1);
  for (let s = 0; s < doc.length; s++) {
    const toks = doc[s];
    const allCaps = toks.length > 1 && toks.every(t => t === t.toUpperCase());
    const spans = spansOf[s];
    const spanAt = new Int32Array(toks.length).fill(-1);
    spans.forEach((sp, k) => { for (let i = sp.start; i < sp.end; i++) spanAt[i] = k; });
    for (let i = 0; i < toks.length; i++) {
      const f = out[s][i];
      const own = labels[s][i];
      f.push(mix(D.self, own + 1));
      const key = keys[s][i];
      if (key === null) continue;
      const o = occ.get(key)!;
      // Counts over the other occurrences: all of them minus this one.
      counts.set(o.counts);
      const ownTi = labelTypeIndex(own);
      counts[ownTi < 0 ? O_SLOT : ownTi]--;
      const others = counts.reduce((a, b) => a + b, 0);
      const first = o.first[0] === s && o.first[1] === i ? (o.first.length > 3 ? o.first[5] : -1) : o.first[2];
      if (others > 0) {
        const maj = argmax(counts);
        f.push(mix(D.tokMaj, maj + 1));
        if (allCaps) f.push(mix(D.tokMajCaps, maj + 1));
        f.push(mix(D.tokFirst, first + 1));
        if (counts[maj] === others) f.push(mix(D.tokAll, maj + 1));
        for (let t = 0; t <= NT; t++) if (counts[t] > 0) f.push(mix(D.tokAny, t + 1));
      }
      const longer = inLonger.get(key);
      if (longer) for (const code of longerCodes(longer, ownBlock[s]?.[i])) f.push(mix(D.inLonger, code + 1));
      const k = spanAt[i];
      if (k >= 0) {
        const c = entityTypes.get(spanText[s][k]);
        if (c) {
          const own = spans[k].type;
          // Other mentions of the same string: their majority type (own mention removed).
          c[own]--;
          let best = -1;
          for (let t = 0; t < NT; t++) if (c[t] > 0 && (best < 0 || c[t] > c[best])) best = t;
          c[own]++;
          if (best >= 0) f.push(mix(D.entMaj, best + 1));
        }
      }
    }
  }
  return out;
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
