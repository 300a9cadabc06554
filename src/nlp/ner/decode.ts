// Emission scores and constrained Viterbi decoding over BILOU labels (first-order chain).
import { ALLOWED_END, ALLOWED_START, ALLOWED_TRANSITION, NUM_LABELS } from './labels.js';

/** For each label b, the labels a that may precede it (BILOU leaves few): PRED[PRED_START[b] .. PRED_START[b+1]). */
const { PRED, PRED_START } = (() => {
  const list: number[] = [], start = [0];
  for (let b = 0; b < NUM_LABELS; b++) {
    for (let a = 0; a < NUM_LABELS; a++) if (ALLOWED_TRANSITION[a * NUM_LABELS + b]) list.push(a);
    start.push(list.length);
  }
  return { PRED: Int32Array.from(list), PRED_START: Int32Array.from(start) };
})();

const L = NUM_LABELS;
const NEG = -1e30;

/** Linear-chain scores: emission weights per feature row, plus transition, start and end weights. */
export interface ChainWeights {
  /** rows × L. */
  emit: Float32Array;
  /** L × L, from → to. */
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

/** Emission matrix n × L from the rows of each token (rows[offsets[i]..offsets[i+1]), -1 = unknown). */
export function emissions(w: ChainWeights, offsets: Int32Array, rows: Int32Array, out?: Float32Array): Float32Array {
  const n = offsets.length - 1;
  const e = out && out.length >= n * L ? out : new Float32Array(n * L);
  e.fill(0, 0, n * L);
  const emit = w.emit;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const r = rows[k];
      if (r < 0) continue;
      const wr = r * L;
      for (let l = 0; l < L; l++) e[base + l] += emit[wr + l];
    }
  }
  return e;
}

/**
 * Best label sequence under the BILOU constraints. `allowed` (n × L, optional) further restricts the labels
 * of each token: used to find the best path consistent with a partial annotation while training.
 */
let scoreBuf = new Float64Array(256 * L);
let backBuf = new Int32Array(256 * L);

/** Transition weights in PRED order (PRED_TRANS[p] = trans[PRED[p] → its target]), per transition matrix. */
const predTrans = new WeakMap<Float32Array, Float64Array>();
function transInPredOrder(trans: Float32Array): Float64Array {
  let t = predTrans.get(trans);
  if (!t) {
    t = new Float64Array(PRED.length);
    for (let b = 0; b < L; b++) for (let p = PRED_START[b]; p < PRED_START[b + 1]; p++) t[p] = trans[PRED[p] * L + b];
    predTrans.set(trans, t);
  }
  return t;
}

export function viterbi(w: Pick<ChainWeights, 'trans' | 'start' | 'end'> & { frozen?: boolean }, e: Float32Array, n: number, allowed?: Uint8Array): Int32Array {
  if (scoreBuf.length < n * L) { scoreBuf = new Float64Array(n * L * 2); backBuf = new Int32Array(n * L * 2); }
  const score = scoreBuf, back = backBuf;
  // Frozen (run-time) transitions are read in PRED order; while training they change between calls.
  const tp = w.frozen ? transInPredOrder(w.trans) : null;
  for (let l = 0; l < L; l++) {
    score[l] = ALLOWED_START[l] && (!allowed || allowed[l]) ? w.start[l] + e[l] : NEG;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L, cur = i * L;
    for (let b = 0; b < L; b++) {
      if (allowed && !allowed[cur + b]) { score[cur + b] = NEG; continue; }
      let best = NEG, arg = 0;
      for (let p = PRED_START[b], end = PRED_START[b + 1]; p < end; p++) {
        const a = PRED[p];
        const s = score[prev + a] + (tp ? tp[p] : w.trans[a * L + b]);
        if (s > best) { best = s; arg = a; }
      }
      score[cur + b] = best + e[cur + b];
      back[cur + b] = arg;
    }
  }
  const last = (n - 1) * L;
  let best = NEG, arg = 0;
  for (let l = 0; l < L; l++) {
    if (!ALLOWED_END[l]) continue;
    const s = score[last + l] + w.end[l];
    if (s > best) { best = s; arg = l; }
  }
  const out = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
  return out;
}
