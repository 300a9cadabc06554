// The NER model: lexicon + two linear-chain stages (stage 2 adds document-consistency features).
// At run time both stages share one feature index and one int16 weight table whose row holds the stage-1
// weights then the stage-2 weights (128 bytes, two adjacent cache lines): one hash probe per feature serves both.
import { emissions, viterbi, type ChainWeights } from './decode.js';
import { documentFeatures } from './doc-features.js';
import { FeatureIndex } from './feature-index.js';
import { GROUPS_PER_TOKEN, sentenceFeatures, type FeatureGroup, type SentenceFeatures } from './features.js';
import { labelsToBio, LABELS, NUM_LABELS } from './labels.js';
import { Lexicon, type LexiconData } from './lexicon.js';
import { decodeModel, encodeModel, type Section } from './model-file.js';
import { PUBLIC_TYPE_NAME, type EntityType } from './settings.js';

const L = NUM_LABELS;
/**
 * int16 slots per fused row: stage 1 at [0, L), stage 2 at [L, 2L), padding to 96 bytes (a row never spans
 * more than two cache lines). The file stores this table as is, so loading needs no conversion.
 */
const STRIDE = 48;
const HALF = L;
/** Slots that carry weights. */
const USED = 2 * L;

/** A trained stage as the trainer makes it (float weights, its own feature index). */
export interface Stage {
  index: FeatureIndex;
  weights: ChainWeights;
}

/** Transition, start and end scores of a chain (no emission weights). */
type Chain = Pick<ChainWeights, 'trans' | 'start' | 'end'> & { frozen: true };

/** Feature hashes → weight rows (-1 where the model has none). */
export function featureRows(index: FeatureIndex, f: SentenceFeatures): Int32Array {
  const rows = new Int32Array(f.hashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = index.row(f.hashes[k]);
  return rows;
}

/** Decoding with a float stage (training-time cross-validation). */
export function decodeSentence(stage: Stage, f: SentenceFeatures): Int32Array {
  const n = f.offsets.length - 1;
  if (n === 0) return new Int32Array(0);
  return viterbi(stage.weights, emissions(stage.weights, f.offsets, featureRows(stage.index, f)), n);
}

function quantScale(emit: Float32Array): number {
  let max = 0;
  for (let i = 0; i < emit.length; i++) max = Math.max(max, Math.abs(emit[i]));
  return max > 0 ? 32767 / max : 1;
}

export class NerModel {
  readonly index: FeatureIndex;
  /** rows × STRIDE int16 weights. */
  readonly q: Int16Array;
  readonly inv: [number, number];
  readonly chains: [Chain, Chain | null];

  private constructor(
    readonly lexicon: Lexicon,
    index: FeatureIndex,
    q: Int16Array,
    inv: [number, number],
    chains: [Chain, Chain | null],
    readonly meta: Record<string, unknown> = {},
  ) {
    this.index = index;
    this.q = q;
    this.inv = inv;
    this.chains = chains;
  }

  get hasStage2(): boolean {
    return this.chains[1] !== null;
  }

  /** Fuses trained float stages into the run-time form (quantising the weights). */
  static fromStages(lexicon: Lexicon, stage1: Stage, stage2: Stage | null, meta: Record<string, unknown> = {}): NerModel {
    const stages = stage2 ? [stage2, stage1] : [stage1];
    // Union of the stages' features, in the order of the first (frequency order: hot rows together).
    const rowOf = new Map<number, number>();
    for (const st of stages) for (const h of st.index.hashes()) if (!rowOf.has(h)) rowOf.set(h, rowOf.size);
    const full = new Int16Array(rowOf.size * STRIDE);
    const inv: [number, number] = [1, 1];
    [stage1, stage2].forEach((st, s) => {
      if (!st) return;
      const scale = quantScale(st.weights.emit);
      inv[s] = 1 / scale;
      const own = st.index.hashes();
      for (let r = 0; r < own.length; r++) {
        const base = rowOf.get(own[r])! * STRIDE + s * HALF;
        for (let l = 0; l < L; l++) full[base + l] = Math.round(st.weights.emit[r * L + l] * scale);
      }
    });
    // Most features never took part in a perceptron update (their sentences were always right): all-zero
    // rows are dropped, which shrinks the index, the table and the file about fourfold.
    const all = [...rowOf.keys()];
    const kept: number[] = [];
    for (let r = 0; r < all.length; r++) {
      for (let x = 0; x < USED; x++) if (full[r * STRIDE + x] !== 0) { kept.push(r); break; }
    }
    const q = new Int16Array(kept.length * STRIDE);
    kept.forEach((r, k) => q.set(full.subarray(r * STRIDE, (r + 1) * STRIDE), k * STRIDE));
    const hashes = Uint32Array.from(kept, r => all[r]);
    const chain = (st: Stage): Chain => ({ trans: st.weights.trans, start: st.weights.start, end: st.weights.end, frozen: true });
    return new NerModel(lexicon, FeatureIndex.build(hashes), q, inv, [chain(stage1), stage2 ? chain(stage2) : null], meta);
  }

  /** Adds the weights of `rows` (stage `s`) for each token into `e` (n × L). */
  private addEmissions(offsets: Int32Array, rows: Int32Array, s: number, e: Float32Array): void {
    const q = this.q, inv = this.inv[s], off = s * HALF;
    const n = offsets.length - 1;
    const acc = new Int32Array(L);
    for (let i = 0; i < n; i++) {
      acc.fill(0);
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = rows[k];
        if (r < 0) continue;
        const wr = r * STRIDE + off;
        for (let l = 0; l < L; l++) acc[l] += q[wr + l];
      }
      for (let l = 0; l < L; l++) e[i * L + l] += acc[l] * inv;
    }
  }

  /** Summed weights (both stages) of a feature group, memoised on the group for this model. */
  private groupSum(g: FeatureGroup): Int32Array {
    if (g.owner === this && g.sum) return g.sum;
    const sum = g.owner === this || !g.sum ? new Int32Array(USED) : g.sum.fill(0);
    const q = this.q, hashes = g.h;
    for (let k = 0; k < hashes.length; k++) {
      const r = this.index.row(hashes[k]);
      if (r < 0) continue;
      const wr = r * STRIDE;
      for (let x = 0; x < USED; x++) sum[x] += q[wr + x];
    }
    g.sum = sum;
    g.owner = this;
    return sum;
  }

  /** Stage-1 (and stage-2 base) emissions of a sentence, in one pass over the weight table. */
  private baseEmissions(f: SentenceFeatures, e1: Float32Array, e2: Float32Array | null): void {
    const q = this.q, inv1 = this.inv[0], inv2 = this.inv[1], index = this.index, hashes = f.hashes, groups = f.groups;
    const n = f.offsets.length - 1;
    const acc = new Int32Array(STRIDE);
    for (let i = 0; i < n; i++) {
      let k = f.offsets[i];
      acc.fill(0);
      if (groups) {
        for (let gi = i * GROUPS_PER_TOKEN; gi < (i + 1) * GROUPS_PER_TOKEN; gi++) {
          const g = groups[gi];
          const sum = this.groupSum(g);
          for (let x = 0; x < USED; x++) acc[x] += sum[x];
          if (!f.groupsOmitted) k += g.h.length;
        }
      }
      for (const end = f.offsets[i + 1]; k < end; k++) {
        const r = index.row(hashes[k]);
        if (r < 0) continue;
        const wr = r * STRIDE;
        for (let x = 0; x < USED; x++) acc[x] += q[wr + x];
      }
      for (let l = 0; l < L; l++) e1[i * L + l] = acc[l] * inv1;
      if (e2) for (let l = 0; l < L; l++) e2[i * L + l] = acc[HALF + l] * inv2;
    }
  }

  /** BILOU label ids per token, for a document given as tokenised sentences. */
  tagLabels(doc: string[][]): Int32Array[] {
    const feats = doc.map(s => sentenceFeatures(s, this.lexicon, false));
    const [c1, c2] = this.chains;
    const e1 = feats.map(f => new Float32Array((f.offsets.length - 1) * L));
    const e2 = c2 ? feats.map(f => new Float32Array((f.offsets.length - 1) * L)) : [];
    feats.forEach((f, s) => this.baseEmissions(f, e1[s], c2 ? e2[s] : null));
    const first = feats.map((f, s) => (doc[s].length ? viterbi(c1, e1[s], doc[s].length) : new Int32Array(0)));
    if (!c2) return first;
    const extra = documentFeatures(doc, first);
    return doc.map((toks, s) => {
      if (!toks.length) return new Int32Array(0);
      const ex = extra[s];
      const offsets = new Int32Array(toks.length + 1);
      let total = 0;
      for (let i = 0; i < toks.length; i++) { offsets[i] = total; total += ex[i].length; }
      offsets[toks.length] = total;
      const exRows = new Int32Array(total);
      let m = 0;
      for (const list of ex) for (const h of list) exRows[m++] = this.index.row(h);
      this.addEmissions(offsets, exRows, 1, e2[s]);
      return viterbi(c2, e2[s], toks.length);
    });
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
    sections.hashes = this.index.hashes();
    sections.emit = this.q;
    const stages = this.hasStage2 ? 2 : 1;
    for (let s = 0; s < stages; s++) {
      const c = this.chains[s]!;
      sections[`s${s + 1}.trans`] = c.trans;
      sections[`s${s + 1}.start`] = c.start;
      sections[`s${s + 1}.end`] = c.end;
    }
    const meta = { ...this.meta, labels: LABELS, levels: d.clusterIds.length, stages, inv: this.inv, stride: STRIDE };
    return encodeModel(meta, sections);
  }

  static decode(gz: Uint8Array): NerModel {
    const m = decodeModel(gz);
    const { labels, levels, stages, inv, stride, ...meta } = m.meta;
    if ((labels as string[]).join() !== LABELS.join()) throw new Error('NER model was trained with another label set');
    if (stride !== STRIDE) throw new Error(`NER model file has weight rows of ${stride}, this code reads ${STRIDE}`);
    const lex: LexiconData = {
      clusterWords: m.section<string[]>('clusterWords'),
      clusterIds: Array.from({ length: levels as number }, (_, l) => m.section<Uint16Array>(`clusterIds${l}`)),
      caseWords: m.section<string[]>('caseWords'),
      caseClasses: m.section<Uint8Array>('caseClasses'),
      gazPhrases: m.section<string[]>('gazPhrases'),
      gazMasks: m.section<Uint16Array>('gazMasks'),
    };
    const hashes = m.section<Uint32Array>('hashes');
    const q = m.section<Int16Array>('emit');
    const chains: [Chain, Chain | null] = [null as unknown as Chain, null];
    for (let s = 0; s < (stages as number); s++) {
      chains[s] = {
        trans: Float32Array.from(m.section<Float32Array>(`s${s + 1}.trans`)),
        start: Float32Array.from(m.section<Float32Array>(`s${s + 1}.start`)),
        end: Float32Array.from(m.section<Float32Array>(`s${s + 1}.end`)),
        frozen: true,
      };
    }
    return new NerModel(new Lexicon(lex), FeatureIndex.build(hashes), q, inv as [number, number], chains, meta);
  }
}
