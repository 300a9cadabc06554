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

let scoreBuf = new Float64Array(256 * L);
let backBuf = new Int32Array(256 * L);

/** Transition weights in PRED order: out[p] = trans[PRED[p] → the label p precedes]. */
function transInPredOrder(trans: Float32Array): Float64Array {
  const t = new Float64Array(PRED.length);
  for (let b = 0; b < L; b++) for (let p = PRED_START[b]; p < PRED_START[b + 1]; p++) t[p] = trans[PRED[p] * L + b];
  return t;
}

/**
 * Best label sequence under the BILOU constraints. `allowed` (n × L, optional) further restricts the labels
 * of each token: used to find the best path consistent with a partial annotation while training.
 */
export function viterbi(w: Pick<ChainWeights, 'trans' | 'start' | 'end'>, e: Float32Array, n: number, allowed?: Uint8Array): Int32Array {
  if (scoreBuf.length < n * L) { scoreBuf = new Float64Array(n * L * 2); backBuf = new Int32Array(n * L * 2); }
  const score = scoreBuf, back = backBuf;
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
        const s = score[prev + a] + w.trans[a * L + b];
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

/**
 * The forward pass of Viterbi for run time, generated once from the label constraints: the scores of the
 * previous token live in local variables (V8 keeps them in registers) and each label's predecessors are
 * unrolled, which makes decoding about three times faster than the indexed loops of `viterbi`.
 * Writes back-pointers to `back` (n × L) and returns the best last label.
 */
type Forward = (e: Float32Array, n: number, tp: Float64Array, start: Float64Array, end: Float64Array, back: Int32Array) => number;

const forward: Forward = (() => {
  const src: string[] = [];
  for (let l = 0; l < L; l++) src.push(`let s${l} = start[${l}] + e[${l}];`);
  src.push('for (let i = 1; i < n; i++) {', '  const c = i * ' + L + ';', '  let best, arg, v;');
  for (let b = 0; b < L; b++) {
    const p0 = PRED_START[b];
    src.push(`  best = s${PRED[p0]} + tp[${p0}]; arg = ${PRED[p0]};`);
    for (let p = p0 + 1; p < PRED_START[b + 1]; p++) src.push(`  v = s${PRED[p]} + tp[${p}]; if (v > best) { best = v; arg = ${PRED[p]}; }`);
    src.push(`  const n${b} = best + e[c + ${b}]; back[c + ${b}] = arg;`);
  }
  for (let l = 0; l < L; l++) src.push(`  s${l} = n${l};`);
  src.push('}', `let best = s0 + end[0], arg = 0, v;`);
  for (let l = 1; l < L; l++) src.push(`v = s${l} + end[${l}]; if (v > best) { best = v; arg = ${l}; }`);
  src.push('return arg;');
  return new Function('e', 'n', 'tp', 'start', 'end', 'back', src.join('\n')) as Forward;
})();

/** Run-time decoding with weights that no longer change (same result as `viterbi`). */
export class FrozenChain {
  private readonly tp: Float64Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private back = new Int32Array(256 * L);

  constructor(readonly weights: Pick<ChainWeights, 'trans' | 'start' | 'end'>) {
    this.tp = transInPredOrder(weights.trans);
    this.start = Float64Array.from({ length: L }, (_, l) => (ALLOWED_START[l] ? weights.start[l] : NEG));
    this.end = Float64Array.from({ length: L }, (_, l) => (ALLOWED_END[l] ? weights.end[l] : NEG));
  }

  decode(e: Float32Array, n: number): Int32Array {
    const out = new Int32Array(n);
    if (n === 0) return out;
    if (this.back.length < n * L) this.back = new Int32Array(n * L * 2);
    const back = this.back;
    let arg = forward(e, n, this.tp, this.start, this.end, back);
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * L + arg];
    }
    return out;
  }
}
