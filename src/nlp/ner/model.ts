// The NER model: lexicon + two linear-chain stages (stage 2 adds document-consistency features).
import { emissions, viterbi, type ChainWeights } from './decode.js';
import { documentFeatures, withExtra } from './doc-features.js';
import { FeatureIndex } from './feature-index.js';
import { sentenceFeatures, type SentenceFeatures } from './features.js';
import { labelsToBio, LABELS, NUM_LABELS } from './labels.js';
import { Lexicon, type LexiconData } from './lexicon.js';
import { decodeModel, encodeModel, type Section } from './model-file.js';
import { PUBLIC_TYPE_NAME, type EntityType } from './settings.js';

export interface Stage {
  index: FeatureIndex;
  weights: ChainWeights;
}

/** Feature hashes → weight rows (-1 where the model has none). */
export function featureRows(index: FeatureIndex, f: SentenceFeatures): Int32Array {
  const rows = new Int32Array(f.hashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = index.row(f.hashes[k]);
  return rows;
}

export function decodeSentence(stage: Stage, f: SentenceFeatures, scratch?: Float32Array): Int32Array {
  const n = f.offsets.length - 1;
  if (n === 0) return new Int32Array(0);
  const e = emissions(stage.weights, f.offsets, featureRows(stage.index, f), scratch);
  return viterbi(stage.weights, e, n);
}

export class NerModel {
  constructor(
    readonly lexicon: Lexicon,
    readonly stage1: Stage,
    readonly stage2: Stage | null,
    readonly meta: Record<string, unknown> = {},
  ) {}

  /** BILOU label ids per token, for a document given as tokenised sentences. */
  tagLabels(doc: string[][]): Int32Array[] {
    const base = doc.map(s => sentenceFeatures(s, this.lexicon));
    const scratch = new Float32Array(1024 * NUM_LABELS);
    const first = base.map(f => decodeSentence(this.stage1, f, scratch));
    if (!this.stage2) return first;
    const extra = documentFeatures(doc, first);
    return base.map((f, s) => decodeSentence(this.stage2!, withExtra(f, extra[s]), scratch));
  }

  /**
   * IOB2 tags per token ("B-PERSON", "I-ORG", "O"); types PERSON, ORG, LOC, MISC, NORP.
   * Pass all sentences of one document together: later mentions are made consistent with earlier ones.
   */
  tag(sentences: string[][], typeName: (t: EntityType) => string = t => PUBLIC_TYPE_NAME[t]): string[][] {
    return this.tagLabels(sentences).map(l => labelsToBio(l, typeName));
  }

  encode(): Buffer {
    const sections: Record<string, Section> = {};
    const d = this.lexicon.data;
    sections.clusterWords = d.clusterWords;
    d.clusterIds.forEach((ids, l) => (sections[`clusterIds${l}`] = ids));
    sections.caseWords = d.caseWords;
    sections.caseClasses = d.caseClasses;
    sections.gazPhrases = d.gazPhrases;
    sections.gazMasks = d.gazMasks;
    const scales: Record<string, number> = {};
    const put = (name: string, st: Stage) => {
      const { keys, rows } = st.index;
      const n = st.weights.emit.length / NUM_LABELS;
      const hashes = new Uint32Array(n);
      for (let p = 0; p < keys.length; p++) if (rows[p] >= 0) hashes[rows[p]] = keys[p];
      let max = 0;
      for (const v of st.weights.emit) max = Math.max(max, Math.abs(v));
      const scale = max > 0 ? 32767 / max : 1;
      scales[name] = scale;
      const q = new Int16Array(st.weights.emit.length);
      // Stored label-major (all rows' weight for label 0, then label 1…): compresses far better.
      for (let r = 0; r < n; r++) for (let l = 0; l < NUM_LABELS; l++) q[l * n + r] = Math.round(st.weights.emit[r * NUM_LABELS + l] * scale);
      sections[`${name}.hashes`] = hashes;
      sections[`${name}.emit`] = q;
      sections[`${name}.trans`] = st.weights.trans;
      sections[`${name}.start`] = st.weights.start;
      sections[`${name}.end`] = st.weights.end;
    };
    put('s1', this.stage1);
    if (this.stage2) put('s2', this.stage2);
    return encodeModel({ ...this.meta, labels: LABELS, levels: d.clusterIds.length, scales }, sections);
  }

  static decode(gz: Uint8Array): NerModel {
    const m = decodeModel(gz);
    const labels = m.meta.labels as string[];
    if (labels.join() !== LABELS.join()) throw new Error('NER model was trained with another label set');
    const lex: LexiconData = {
      clusterWords: m.section<string[]>('clusterWords'),
      clusterIds: Array.from({ length: m.meta.levels as number }, (_, l) => m.section<Uint16Array>(`clusterIds${l}`)),
      caseWords: m.section<string[]>('caseWords'),
      caseClasses: m.section<Uint8Array>('caseClasses'),
      gazPhrases: m.section<string[]>('gazPhrases'),
      gazMasks: m.section<Uint16Array>('gazMasks'),
    };
    const get = (name: string): Stage => {
      const hashes = m.section<Uint32Array>(`${name}.hashes`);
      const q = m.section<Int16Array>(`${name}.emit`);
      const inv = 1 / (m.meta.scales[name] as number);
      const n = hashes.length;
      const emit = new Float32Array(q.length);
      for (let l = 0; l < NUM_LABELS; l++) {
        const off = l * n;
        for (let r = 0; r < n; r++) emit[r * NUM_LABELS + l] = q[off + r] * inv;
      }
      return {
        index: FeatureIndex.build(hashes),
        weights: {
          emit,
          trans: Float32Array.from(m.section<Float32Array>(`${name}.trans`)),
          start: Float32Array.from(m.section<Float32Array>(`${name}.start`)),
          end: Float32Array.from(m.section<Float32Array>(`${name}.end`)),
        },
      };
    };
    const { labels: _l, levels: _v, scales: _s, ...meta } = m.meta;
    return new NerModel(new Lexicon(lex), get('s1'), m.has('s2.hashes') ? get('s2') : null, meta);
  }
}
