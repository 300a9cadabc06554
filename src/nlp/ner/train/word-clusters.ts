// Word clusters induced from raw text, a fast stand-in for Brown clusters: PPMI left/right-neighbour vectors,
// randomly projected, then split top-down by spherical k-means into a 4-level hierarchy (16/64/256/1024).
// Also the typical capitalisation of each word (its case class away from sentence starts and headlines).
import { CLUSTERS, CLUSTER_LEVELS } from '../settings.js';
import { caseClass, CASE, isAllCapsSentence } from '../word-shape.js';
import { gaussian, rng } from '../../rng.js';

export interface ClusterResult {
  words: string[];
  /** ids[level][i]: cluster of words[i] at level (CLUSTER_LEVELS order). */
  ids: Uint16Array[];
  caseWords: string[];
  caseClasses: Uint8Array;
}

class Vocab {
  readonly ids = new Map<string, number>();
  readonly forms: string[] = [];
  counts = new Int32Array(1 << 16);
  mid = new Int32Array(1 << 16);
  id(w: string): number {
    let i = this.ids.get(w);
    if (i === undefined) {
      i = this.forms.length;
      this.ids.set(w, i);
      this.forms.push(w);
      if (i >= this.counts.length) {
        const c = new Int32Array(this.counts.length * 2); c.set(this.counts); this.counts = c;
        const m = new Int32Array(this.mid.length * 2); m.set(this.mid); this.mid = m;
      }
    }
    return i;
  }
}

/** Modified Gram-Schmidt on the columns of a row-major (rows × dims) matrix, in place. */
function orthonormalColumns(M: Float32Array, rows: number, dims: number): Float32Array {
  for (let j = 0; j < dims; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += M[r * dims + i] * M[r * dims + j];
      for (let r = 0; r < rows; r++) M[r * dims + j] -= dot * M[r * dims + i];
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += M[r * dims + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < rows; r++) M[r * dims + j] /= norm;
  }
  return M;
}

function spherical(vecs: Float32Array, dims: number, members: Int32Array, k: number, iters: number, rand: () => number, weights?: Float32Array): { assign: Int32Array; centroids: Float32Array } {
  const n = members.length;
  const assign = new Int32Array(n);
  const cent = new Float32Array(k * dims);
  if (n <= k) {
    for (let i = 0; i < n; i++) { assign[i] = i; cent.set(vecs.subarray(members[i] * dims, members[i] * dims + dims), i * dims); }
    return { assign, centroids: cent };
  }
  // Initialise from k distinct random members (seeded).
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let p = Math.floor(rand() * n);
    while (picked.has(p)) p = (p + 1) % n;
    picked.add(p);
    cent.set(vecs.subarray(members[p] * dims, members[p] * dims + dims), c * dims);
  }
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      const v = members[i] * dims;
      let best = -Infinity, arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const cb = c * dims;
        for (let d = 0; d < dims; d++) s += vecs[v + d] * cent[cb + d];
        if (s > best) { best = s; arg = c; }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    const size = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const v = members[i] * dims, cb = assign[i] * dims, w = weights ? weights[members[i]] : 1;
      size[assign[i]] += w;
      for (let d = 0; d < dims; d++) cent[cb + d] += w * vecs[v + d];
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        const p = members[Math.floor(rand() * n)] * dims;
        cent.set(vecs.subarray(p, p + dims), c * dims);
        continue;
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += cent[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) cent[c * dims + d] /= norm;
    }
  }
  return { assign, centroids: cent };
}

export function buildClusters(sentences: Iterable<string[]>, seed: number, log: (s: string) => void = () => {}): ClusterResult {
  const vocab = new Vocab();
  let stream = new Int32Array(1 << 20);
  let len = 0;
  const push = (v: number) => {
    if (len === stream.length) { const s = new Int32Array(stream.length * 2); s.set(stream); stream = s; }
    stream[len++] = v;
  };
  for (const sent of sentences) {
    const caps = isAllCapsSentence(sent);
    for (let i = 0; i < sent.length; i++) {
      const id = vocab.id(sent[i]);
      vocab.counts[id]++;
      if (i > 0 && !caps && !/^["'(`“‘:]$/.test(sent[i - 1])) vocab.mid[id]++;
      push(id);
    }
    push(-1);
  }
  log(`clusters: ${len} tokens, ${vocab.forms.length} forms`);

  // Typical case per lower-cased word.
  const caseCounts = new Map<string, Int32Array>();
  vocab.forms.forEach((f, id) => {
    if (!vocab.mid[id]) return;
    const key = f.toLowerCase();
    let c = caseCounts.get(key);
    if (!c) caseCounts.set(key, (c = new Int32Array(5)));
    c[caseClass(f)] += vocab.mid[id];
  });
  const caseWords: string[] = [], caseCls: number[] = [];
  for (const [key, c] of caseCounts) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < CLUSTERS.caseMinCount) continue;
    let best = 0;
    for (let k = 1; k < 5; k++) if (c[k] > c[best]) best = k;
    if (best === CASE.none) continue;
    // A clear majority, else "mixed" use (e.g. "March", "Will").
    caseWords.push(key);
    caseCls.push(c[best] >= 0.75 * total ? best : CASE.mixed + 1);
  }

  // Cluster vocabulary and context vocabulary (most frequent forms).
  const byCount = vocab.forms.map((_, i) => i).sort((a, b) => vocab.counts[b] - vocab.counts[a] || (vocab.forms[a] < vocab.forms[b] ? -1 : 1));
  const target = new Int32Array(vocab.forms.length).fill(-1);
  const words: string[] = [];
  for (const id of byCount) {
    if (words.length >= CLUSTERS.maxWords || vocab.counts[id] < CLUSTERS.minCount) break;
    target[id] = words.length;
    words.push(vocab.forms[id]);
  }
  const C = CLUSTERS.contextWords;
  const ctx = new Int32Array(vocab.forms.length).fill(-1);
  byCount.slice(0, C).forEach((id, k) => (ctx[id] = k));
  const BOS = C, EOS = C + 1, OTHER = C + 2;
  const side = C + 3, ctxDims = 2 * side;
  const ctxOf = (id: number, edge: number) => (id < 0 ? edge : ctx[id] >= 0 ? ctx[id] : OTHER);

  // (word, context) pairs, packed, sorted, run-length counted.
  let pairs = new Uint32Array(len * 2);
  let np = 0;
  for (let i = 0; i < len; i++) {
    const t = stream[i];
    if (t < 0 || target[t] < 0) continue;
    const base = target[t] * ctxDims;
    const l = i > 0 ? stream[i - 1] : -1, r = i + 1 < len ? stream[i + 1] : -1;
    pairs[np++] = base + ctxOf(l, BOS);
    pairs[np++] = base + side + ctxOf(r, EOS);
  }
  pairs = pairs.subarray(0, np).sort();
  const keys: number[] = [], vals: number[] = [];
  for (let i = 0; i < np; ) {
    let j = i;
    while (j < np && pairs[j] === pairs[i]) j++;
    keys.push(pairs[i]); vals.push(j - i);
    i = j;
  }
  log(`clusters: ${words.length} words, ${keys.length} non-zero contexts`);

  // PPMI with context-distribution smoothing (α = 0.75).
  const W = words.length;
  const wTot = new Float64Array(W), cTot = new Float64Array(ctxDims);
  let total = 0;
  for (let k = 0; k < keys.length; k++) {
    const w = Math.floor(keys[k] / ctxDims), c = keys[k] % ctxDims;
    wTot[w] += vals[k]; cTot[c] += vals[k]; total += vals[k];
  }
  let cSmooth = 0;
  const cPow = cTot.map(x => x ** 0.75);
  for (const x of cPow) cSmooth += x;

  // PPMI matrix (CSR by word), then its top right-singular subspace by a randomized range finder with
  // power iterations; word vectors = rows projected onto that subspace (a truncated SVD, U·S), normalised.
  const rowStart = new Int32Array(W + 1), colIdx: number[] = [], val: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const w = Math.floor(keys[k] / ctxDims), c = keys[k] % ctxDims;
    if (c === OTHER || c === side + OTHER) continue;
    const pmi = Math.log((vals[k] / wTot[w]) / (cPow[c] / cSmooth));
    if (pmi <= 0) continue;
    colIdx.push(c); val.push(pmi); rowStart[w + 1]++;
  }
  for (let w = 0; w < W; w++) rowStart[w + 1] += rowStart[w];
  const cols = Int32Array.from(colIdx), vs = Float32Array.from(val);
  const rand = rng(seed);
  const dims = CLUSTERS.dims;
  // A·M (W × dims) for M (ctxDims × dims), and Aᵀ·Y (ctxDims × dims) for Y (W × dims).
  const times = (M: Float32Array): Float32Array => {
    const out = new Float32Array(W * dims);
    for (let w = 0; w < W; w++) for (let k = rowStart[w]; k < rowStart[w + 1]; k++) {
      const v = vs[k], mb = cols[k] * dims, ob = w * dims;
      for (let d = 0; d < dims; d++) out[ob + d] += v * M[mb + d];
    }
    return out;
  };
  const timesT = (Y: Float32Array): Float32Array => {
    const out = new Float32Array(ctxDims * dims);
    for (let w = 0; w < W; w++) for (let k = rowStart[w]; k < rowStart[w + 1]; k++) {
      const v = vs[k], ob = cols[k] * dims, yb = w * dims;
      for (let d = 0; d < dims; d++) out[ob + d] += v * Y[yb + d];
    }
    return out;
  };
  let Z: Float32Array = new Float32Array(ctxDims * dims);
  for (let i = 0; i < Z.length; i++) Z[i] = gaussian(rand);
  for (let it = 0; it < CLUSTERS.powerIterations; it++) {
    Z = orthonormalColumns(timesT(orthonormalColumns(times(Z), W, dims)), ctxDims, dims);
  }
  const vecs = times(Z);
  for (let w = 0; w < W; w++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += vecs[w * dims + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vecs[w * dims + d] /= norm;
  }
  const weight = Float32Array.from(wTot, x => Math.log(1 + x));

  // Top-down hierarchy: 64 clusters; 16 = the 64 centroids grouped; 256 = each split in 4; 1024 = again.
  const [L16, L64, L256, L1024] = CLUSTER_LEVELS;
  const all = Int32Array.from({ length: W }, (_, i) => i);
  const top = spherical(vecs, dims, all, L64, CLUSTERS.kmeansIterations, rand, weight);
  const ids64 = Uint16Array.from(top.assign);
  const groups = spherical(top.centroids, dims, Int32Array.from({ length: L64 }, (_, i) => i), L16, CLUSTERS.kmeansIterations, rand);
  const ids16 = Uint16Array.from(ids64, c => groups.assign[c]);
  const split = (parent: Uint16Array, parents: number, fanout: number): Uint16Array => {
    const out = new Uint16Array(W);
    for (let p = 0; p < parents; p++) {
      const members = Int32Array.from(all.filter(i => parent[i] === p));
      if (!members.length) continue;
      const sub = spherical(vecs, dims, members, fanout, CLUSTERS.kmeansIterations, rand, weight);
      members.forEach((m, k) => (out[m] = p * fanout + sub.assign[k]));
    }
    return out;
  };
  const ids256 = split(ids64, L64, L256 / L64);
  const ids1024 = split(ids256, L256, L1024 / L256);
  log(`clusters: done`);
  return { words, ids: [ids16, ids64, ids256, ids1024], caseWords, caseClasses: Uint8Array.from(caseCls) };
}
