// Averaged structured perceptron for the linear chain (Collins 2002), with partial-label support:
// when a sentence's labels are only constrained, the target is the best path that respects the constraints.
import { emissions, viterbi, type ChainWeights } from '../decode.js';
import { NUM_LABELS } from '../labels.js';
import { rng, shuffle } from '../../rng.js';

const L = NUM_LABELS;

export interface Instance {
  offsets: Int32Array;
  rows: Int32Array;
  gold: Int32Array;
  allowed: Uint8Array | null;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, mistakes: number, averaged: () => ChainWeights) => void;
}

export function trainPerceptron(data: Instance[], numRows: number, opt: TrainOptions): ChainWeights {
  const w: ChainWeights = {
    emit: new Float32Array(numRows * L),
    trans: new Float32Array(L * L),
    start: new Float32Array(L),
    end: new Float32Array(L),
  };
  // Sums for averaging: avg = w - u / c, u accumulating c · Δ (Daumé's trick).
  const u = { emit: new Float64Array(numRows * L), trans: new Float64Array(L * L), start: new Float64Array(L), end: new Float64Array(L) };
  let c = 1;
  const averaged = (): ChainWeights => ({
    emit: Float32Array.from(w.emit, (v, i) => v - u.emit[i] / c),
    trans: Float32Array.from(w.trans, (v, i) => v - u.trans[i] / c),
    start: Float32Array.from(w.start, (v, i) => v - u.start[i] / c),
    end: Float32Array.from(w.end, (v, i) => v - u.end[i] / c),
  });
  const order = data.map((_, i) => i);
  const rand = rng(opt.seed);
  let scratch = new Float32Array(256 * L);
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    shuffle(order, rand);
    let mistakes = 0;
    for (const k of order) {
      const x = data[k];
      const n = x.offsets.length - 1;
      if (n === 0) continue;
      if (scratch.length < n * L) scratch = new Float32Array(n * L * 2);
      const e = emissions(w, x.offsets, x.rows, scratch);
      const pred = viterbi(w, e, n);
      const gold = x.allowed ? viterbi(w, e, n, x.allowed) : x.gold;
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i], p = pred[i];
        if (g === p) continue;
        wrong = true;
        for (let f = x.offsets[i]; f < x.offsets[i + 1]; f++) {
          const r = x.rows[f];
          if (r < 0) continue;
          w.emit[r * L + g] += 1; u.emit[r * L + g] += c;
          w.emit[r * L + p] -= 1; u.emit[r * L + p] -= c;
        }
      }
      if (wrong) {
        mistakes++;
        const bump = (arr: Float32Array, acc: Float64Array, idx: number, d: number) => { arr[idx] += d; acc[idx] += c * d; };
        bump(w.start, u.start, gold[0], 1); bump(w.start, u.start, pred[0], -1);
        bump(w.end, u.end, gold[n - 1], 1); bump(w.end, u.end, pred[n - 1], -1);
        for (let i = 1; i < n; i++) {
          bump(w.trans, u.trans, gold[i - 1] * L + gold[i], 1);
          bump(w.trans, u.trans, pred[i - 1] * L + pred[i], -1);
        }
      }
      c++;
    }
    opt.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}
