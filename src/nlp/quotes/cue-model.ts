// A learned cue detector: is this word, here, reporting what someone said or thinks? Logistic regression over a
// few contextual features, trained on PolNeAR train by scripts/train-quotes.ts (models/quotes-cues.json). It finds
// reporting verbs outside the hand lexicon ("slammed", "chastised", "insists") and vetoes lexicon verbs used in
// another sense ("added to his lead").
import { existsSync, readFileSync } from 'node:fs';
import { CUE_FORMS } from './lexicon.js';
import { skipBack } from './phrases.js';
import { CUE_MODEL_THAT_WINDOW } from './settings.js';
import type { View } from './view.js';
import { packageFile } from '../../resolve-data.js';

export interface CueModel {
  /** Words (lower case) the model scores; other words are never cues unless in the lexicon. */
  candidates: ReadonlySet<string>;
  weights: Weights;
  bias: number;
  /** Probability above which a word outside the lexicon is a cue. */
  threshold: number;
  /** Probability below which a lexicon verb is not taken as a cue. */
  veto: number;
}

export interface CueModelFile {
  version: 1;
  trainedOn: string;
  candidates: string[];
  bias: number;
  threshold: number;
  veto: number;
  weights: Record<string, number>;
}

/** Model file committed under models/ (relative to the repo root). */
export const CUE_MODEL_URL = packageFile('models/quotes-cues.json');

const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

/** A crude stem that groups a verb's forms (says/said/saying → sa…): enough for shared weights. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Receives each feature as a template name and one or two values. */
export type Emit = (template: string, a: string, b?: string) => void;

/** The name of a feature in the model file. */
export const featureName = (template: string, a: string, b?: string) => (b === undefined ? `${template}=${a}` : `${template}=${a}${PAIR}${b}`);
const PAIR = '\u001f';

/** The features of token i. */
export function cueFeatures(v: View, i: number, emit: Emit): void {
  const s = v.sentence[i];
  const first = v.sentenceFirst[s];
  const end = v.sentenceEnd[s];
  const w = v.lower[i];
  const l = stem(w);
  const prev = i - 1 >= first ? i - 1 : -1;
  const next = i + 1 < end ? i + 1 : -1;
  const next2 = i + 2 < end ? i + 2 : -1;
  const pp = prev >= 0 ? v.pos[prev] : '^';
  const np = next >= 0 ? v.pos[next] : '$';
  const nw = next >= 0 ? v.lower[next] : '$';
  emit('w', w);
  emit('l', l);
  emit('p', v.pos[i]);
  emit('p-1', pp);
  emit('p+1', np);
  emit('w+1', nw);
  emit('l|p-1', l, pp);
  emit('l|p+1', l, np);
  emit('l|w+1', l, nw);
  emit('w-1', prev >= 0 ? v.lower[prev] : '^');
  emit('p+2', next2 >= 0 ? v.pos[next2] : '$');
  emit('w+2', next2 >= 0 ? v.lower[next2] : '$');
  // The subject: what stands before the verb once auxiliaries and adverbs are skipped.
  const j = skipBack(v, i, first);
  const sp = j < first ? '^' : v.pos[j];
  if (sp === 'NOUN') emit('s', 'NOUN', v.lower[j]);
  else if (sp === 'PUNCT') emit('s', 'PUNCT', v.word[j]);
  else emit('s', sp);
  emit('l|s', l, sp);
  if (prev >= 0 && BE.has(v.lower[prev])) {
    emit('pass', '1');
    emit('l|pass', l);
  }
  // A "that" (or "to") complement right after.
  for (let k = i + 1; k < end && k - i <= CUE_MODEL_THAT_WINDOW; k++) {
    if (v.lower[k] === 'that') {
      emit('that', '1');
      emit('l|that', l);
      break;
    }
    if (v.pos[k] === 'VERB' || v.pos[k] === 'AUX' || v.word[k] === '.') break;
  }
  if (nw === 'to') emit('l|to', l);
  // Quotation marks near, the sentence ending soon (a frame after its content).
  for (let k = Math.max(first, i - 3); k < Math.min(end, i + 4); k++) {
    if (v.markOf[k] >= 0) {
      emit('q', '1');
      emit('l|q', l);
      break;
    }
  }
  if (end - i <= 3) {
    emit('end', '1');
    emit('l|end', l);
  }
  if (pp === 'PUNCT') emit('c-1', v.word[prev]);
  const lex = CUE_FORMS.get(w);
  if (lex) emit('lex', lex.cls);
  if (/^\p{Lu}/u.test(v.word[i])) emit('cap', '1');
}

/** Sums the weights of the features it is given (one object reused: no closure per call). */
class Scorer {
  z = 0;
  weights: Weights = new Map();
  readonly emit: Emit = (template, a, b) => {
    const byValue = this.weights.get(template);
    if (!byValue) return;
    const x = byValue.get(a);
    if (x === undefined) return;
    if (typeof x === 'number') {
      if (b === undefined) this.z += x;
    } else if (b !== undefined) this.z += x.get(b) ?? 0;
  };
}

const scorer = new Scorer();

/** Probability that token i is a cue. */
export function cueProbability(model: CueModel, v: View, i: number): number {
  scorer.z = model.bias;
  scorer.weights = model.weights;
  cueFeatures(v, i, scorer.emit);
  return 1 / (1 + Math.exp(-scorer.z));
}

/** Weights by template, then value (then second value for pair templates): lookups use the token strings as they
 * are, with no string building. */
type Weights = Map<string, Map<string, number | Map<string, number>>>;

export function decodeCueModel(file: CueModelFile): CueModel {
  const weights: Weights = new Map();
  for (const [name, x] of Object.entries(file.weights)) {
    const eq = name.indexOf('=');
    const template = name.slice(0, eq);
    const value = name.slice(eq + 1);
    let byValue = weights.get(template);
    if (!byValue) weights.set(template, (byValue = new Map()));
    const pair = value.indexOf(PAIR);
    if (pair < 0) byValue.set(value, x);
    else {
      const a = value.slice(0, pair);
      let second = byValue.get(a);
      if (!(second instanceof Map)) byValue.set(a, (second = new Map()));
      second.set(value.slice(pair + 1), x);
    }
  }
  return { candidates: new Set(file.candidates), weights, bias: file.bias, threshold: file.threshold, veto: file.veto };
}

let cached: CueModel | null | undefined;

/** The committed model (cached), or null when the file is absent (the lexicon alone is used then). */
export function loadCueModel(): CueModel | null {
  if (cached !== undefined) return cached;
  cached = existsSync(CUE_MODEL_URL) ? decodeCueModel(JSON.parse(readFileSync(CUE_MODEL_URL, 'utf8')) as CueModelFile) : null;
  return cached;
}

/** For tests and training: use this model (or none) instead of the committed file. */
export function setCueModel(model: CueModel | null | undefined): void {
  cached = model;
}
