// Training of the cue detector (cue-model.ts): which words are ever cues, then logistic regression (AdaGrad, L2)
// over their occurrences in PolNeAR train. Deterministic: documents are shuffled with a seeded generator.
import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import { cueFeatures, featureName, type CueModelFile } from './cue-model.js';
import { CUE_FORMS } from './lexicon.js';
import { findQuoteMarks } from './marks.js';
import { buildView, paragraphsOf, type View } from './view.js';
import { rng, shuffle } from '../rng.js';

const BIAS = '<bias>';

export interface CueTrainOptions {
  /** A word is a candidate when it is part of a gold cue at least this often… */
  minCueCount: number;
  /** …and in at least this share of its occurrences. */
  minCueRate: number;
  /** …and is tagged as a verb in at least this share of its occurrences. */
  minVerbRate: number;
  /** A lexicon verb that is a cue this often needs no scoring (it is left out of the candidates). */
  sureRate: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  threshold: number;
  veto: number;
  /** Weights smaller than this (in absolute value) are dropped from the file. */
  prune: number;
}

export const CUE_TRAIN_DEFAULTS: CueTrainOptions = {
  minCueCount: 3,
  minCueRate: 0.04,
  minVerbRate: 0.3,
  sureRate: 0.85,
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-5,
  seed: 7,
  threshold: 0.4,
  veto: 0.15,
  prune: 0.005,
};

export interface CueTrainDoc {
  doc: Doc;
  /** Gold cue spans, UTF-16 offsets. */
  cues: Span[];
}

const WORDLIKE = /[\p{L}]/u;

function viewOf(doc: Doc): View {
  return buildView(doc, findQuoteMarks(doc.text, paragraphsOf(doc)).sort((a, b) => a.open - b.open));
}

/** For each token of the view: is it inside a gold cue span? */
function cueLabels(v: View, cues: readonly Span[]): Uint8Array {
  const labels = new Uint8Array(v.n);
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < v.n; i++) {
    while (k < sorted.length && sorted[k].end <= v.start[i]) k++;
    for (let j = k; j < sorted.length && sorted[j].start < v.end[i]; j++) {
      if (sorted[j].end > v.start[i]) labels[i] = 1;
    }
  }
  return labels;
}

export function trainCueModel(data: readonly CueTrainDoc[], opts: CueTrainOptions = CUE_TRAIN_DEFAULTS, log: (s: string) => void = () => {}): CueModelFile {
  const views = data.map((d) => ({ v: viewOf(d.doc), cues: d.cues }));
  // 1. Candidate words.
  const seen = new Map<string, [number, number, number]>();
  const labelled = views.map(({ v, cues }) => {
    const labels = cueLabels(v, cues);
    for (let i = 0; i < v.n; i++) {
      if (v.inQuote[i] >= 0 || !WORDLIKE.test(v.word[i])) continue;
      const c = seen.get(v.lower[i]) ?? [0, 0, 0];
      c[0]++;
      c[1] += labels[i];
      c[2] += v.pos[i] === 'VERB' ? 1 : 0;
      seen.set(v.lower[i], c);
    }
    return { v, labels };
  });
  const candidates = [...seen]
    .filter(([w, [n, c, verb]]) => c >= opts.minCueCount && c / n >= opts.minCueRate && verb / n >= opts.minVerbRate && !(CUE_FORMS.has(w) && c / n >= opts.sureRate))
    .map(([w]) => w)
    .sort();
  const isCandidate = new Set(candidates);
  // 2. Examples: feature ids per candidate occurrence.
  const ids = new Map<string, number>([[BIAS, 0]]);
  const examples: { f: Int32Array; y: number }[] = [];
  for (const { v, labels } of labelled) {
    for (let i = 0; i < v.n; i++) {
      if (v.inQuote[i] >= 0 || !isCandidate.has(v.lower[i])) continue;
      const f: number[] = [0];
      cueFeatures(v, i, (template, a, b) => {
        const name = featureName(template, a, b);
        let id = ids.get(name);
        if (id === undefined) ids.set(name, (id = ids.size));
        f.push(id);
      });
      examples.push({ f: Int32Array.from(f), y: labels[i] });
    }
  }
  log(`${candidates.length} candidate words, ${examples.length} examples (${examples.filter((e) => e.y).length} cues), ${ids.size} features`);
  // 3. Logistic regression, AdaGrad.
  const w = new Float64Array(ids.size);
  const g2 = new Float64Array(ids.size).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = rng(opts.seed);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rand);
    let loss = 0;
    for (const k of order) {
      const { f, y } = examples[k];
      let z = 0;
      for (const id of f) z += w[id];
      const p = 1 / (1 + Math.exp(-z));
      loss -= y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
      const g = p - y;
      for (const id of f) {
        const grad = g + opts.l2 * w[id];
        g2[id] += grad * grad;
        w[id] -= (opts.learningRate * grad) / Math.sqrt(g2[id]);
      }
    }
    log(`epoch ${epoch}: log loss ${(loss / examples.length).toFixed(4)}`);
  }
  const weights: Record<string, number> = {};
  let biasWeight = 0;
  for (const [name, id] of ids) {
    if (name === BIAS) biasWeight = Math.round(w[id] * 1e4) / 1e4;
    else if (Math.abs(w[id]) >= opts.prune) weights[name] = Math.round(w[id] * 1e4) / 1e4;
  }
  return { version: 1, trainedOn: '', candidates, bias: biasWeight, threshold: opts.threshold, veto: opts.veto, weights };
}
