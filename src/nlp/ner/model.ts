// The NER model: lexicon + two linear-chain stages (stage 2 adds document-consistency features).
// At run time both stages share one feature index and one int16 weight table whose row holds the stage-1
// weights then the stage-2 weights (96 bytes): one hash probe per feature serves both.
import { emissions, FrozenChain, viterbi, type ChainWeights } from './decode.js';
import { DocumentFeatures, TokenHashes } from './doc-features.js';
import { rowsKernel, tokenKernel } from './emission-kernel.js';
import { FeatureIndex } from './feature-index.js';
import { GROUPS_PER_TOKEN, sentenceFeatures, type FeatureGroup, type SentenceFeatures } from './features.js';
import { labelSpans, labelsToBio, LABELS, NUM_LABELS, type EntitySpan } from './labels.js';
import { Lexicon, type LexiconData } from './lexicon.js';
import { spanMargins, type SpanMargin } from './margins.js';
import { decodeModel, encodeModel, type Section } from './model-file.js';
import { ENTITY_TYPES, MAX_TAGGED_SENTENCE_TOKENS, MEMO_MAX_SLOTS, STAGE2_KEPT_TOKENS, PUBLIC_TYPE_NAME, type EntityType } from './settings.js';

const L = NUM_LABELS;
/**
 * int16 slots per fused row: stage 1 at [0, L), stage 2 at [L, 2L), padding to 96 bytes (a row never spans
 * more than two cache lines). The file stores this table as is, so loading needs no conversion.
 */
const STRIDE = 48;
const HALF = L;
/** Slots that carry weights. */
const USED = 2 * L;
/** Memo pool of group sums: initial number of slots. */
const MEMO_INITIAL_SLOTS = 4096;

/** A trained stage as the trainer makes it (float weights, its own feature index). */
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
  readonly chains: [FrozenChain, FrozenChain | null];

  private constructor(
    readonly lexicon: Lexicon,
    index: FeatureIndex,
    q: Int16Array,
    inv: [number, number],
    chains: [FrozenChain, FrozenChain | null],
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
    const chain = (st: Stage) => new FrozenChain(st.weights);
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

  /**
   * Memo of feature groups' summed weights (both stages), USED int32 per slot, in one pool: a token reads its
   * five groups' sums from one array instead of chasing five objects. Full → a new generation starts over.
   */
  private memo = new Int32Array(MEMO_INITIAL_SLOTS * USED);
  private memoUsed = 0;
  private memoGen: object = {};
  /** Largest number of memo slots before the pool starts over (settings; tests lower it). */
  memoMaxSlots = MEMO_MAX_SLOTS;
  /** Tokens whose stage-2 base emissions are kept between the passes (settings; tests lower it). */
  stage2KeptTokens = STAGE2_KEPT_TOKENS;
  /** Scratch: ungrouped feature rows of the sentence being tagged. */
  private rowBuf = new Int32Array(1024);

  /** Room for `slots` more memo slots, so no slot is recycled while a sentence is being scored. */
  private reserveMemo(slots: number): void {
    if (this.memoUsed + slots > this.memoMaxSlots) {
      this.memoGen = {};
      this.memoUsed = 0;
    }
    const need = (this.memoUsed + slots) * USED;
    if (need > this.memo.length) {
      // Doubling, but never past the pool's cap (unless one sentence needs more).
      const bigger = new Int32Array(Math.max(need, Math.min(this.memo.length * 2, this.memoMaxSlots * USED)));
      bigger.set(this.memo);
      this.memo = bigger;
    }
  }

  /** Offset in `memo` of the group's summed weights, computed on first use. */
  private groupBase(g: FeatureGroup): number {
    if (g.owner === this.memoGen) return g.slot * USED;
    const slot = this.memoUsed++;
    const base = slot * USED, hashes = g.h, size = g.to - g.from;
    if (this.groupRows.length < size) this.groupRows = new Int32Array(size * 2);
    const rows = this.groupRows;
    for (let k = 0; k < size; k++) rows[k] = this.index.row(hashes[g.from + k]);
    this.sumRows(this.q, STRIDE, rows, 0, size, this.memo, base);
    g.slot = slot;
    g.owner = this.memoGen;
    return base;
  }
  private readonly sumRows = rowsKernel(USED);
  /** Scratch: the weight rows of the group being summed. */
  private groupRows = new Int32Array(64);

  /** Stage-1 (and stage-2 base) emissions of a sentence, in one pass over the weight table. */
  private baseEmissions(f: SentenceFeatures, e1: Float32Array, e2: Float32Array | null): void {
    const q = this.q, inv1 = this.inv[0], inv2 = this.inv[1], index = this.index, hashes = f.hashes, groups = f.groups;
    const n = f.offsets.length - 1, offsets = f.offsets;
    if (!groups || !f.groupsOmitted) throw new Error('NerModel needs features built with withGroupHashes = false');
    this.reserveMemo(n * GROUPS_PER_TOKEN);
    if (this.rowBuf.length < hashes.length) this.rowBuf = new Int32Array(hashes.length * 2);
    const rows = this.rowBuf;
    for (let k = 0; k < hashes.length; k++) rows[k] = index.row(hashes[k]);
    const kernel = tokenKernel(L), stage2 = e2 ?? this.scratchE2(n);
    for (let i = 0; i < n; i++) {
      const g = i * GROUPS_PER_TOKEN;
      const b0 = this.groupBase(groups[g]), b1 = this.groupBase(groups[g + 1]), b2 = this.groupBase(groups[g + 2]);
      const b3 = this.groupBase(groups[g + 3]), b4 = this.groupBase(groups[g + 4]);
      kernel(q, STRIDE, this.memo, b0, b1, b2, b3, b4, rows, offsets[i], offsets[i + 1], e1, stage2, i * L, inv1, inv2);
    }
  }

  /** Where stage-2 emissions go when a one-stage model has no use for them. */
  private scratch = new Float32Array(0);
  private scratchE2(n: number): Float32Array {
    if (this.scratch.length < n * L) this.scratch = new Float32Array(n * L * 2);
    return this.scratch;
  }

  /** Stage-1 and stage-2 base emissions of one sentence, in scratch buffers (valid until the next call). */
  private sentenceEmissions(toks: string[]): { e1: Float32Array; e2: Float32Array } {
    const n = toks.length;
    if (this.e1.length < n * L) {
      this.e1 = new Float32Array(n * L * 2);
      this.e2 = new Float32Array(n * L * 2);
    }
    this.baseEmissions(sentenceFeatures(toks, this.lexicon, false), this.e1, this.chains[1] ? this.e2 : null);
    return { e1: this.e1, e2: this.e2 };
  }
  private e1 = new Float32Array(256 * L);
  private e2 = new Float32Array(256 * L);

  /**
   * BILOU label ids per token, for a document given as tokenised sentences. Two passes, one sentence at a time, so
   * that no feature or score is kept for the whole document: stage 1 labels each sentence and feeds the document
   * statistics; stage 2 computes each sentence's features again and adds the document features. A sentence longer
   * than MAX_TAGGED_SENTENCE_TOKENS is tagged in pieces of that length.
   */
  tagLabels(doc: string[][]): Int32Array[] {
    return this.tagDocument(doc, null).labels;
  }

  /** tagLabels, and when `margins` is set, each sentence's spans with their type margins (margins.ts). */
  private tagDocument(doc: string[][], margins: SpanMargin[][] | null): { labels: Int32Array[]; margins: SpanMargin[][] | null } {
    const pieces: string[][] = [];
    for (const toks of doc) {
      if (toks.length <= MAX_TAGGED_SENTENCE_TOKENS) pieces.push(toks);
      else for (let i = 0; i < toks.length; i += MAX_TAGGED_SENTENCE_TOKENS) pieces.push(toks.slice(i, i + MAX_TAGGED_SENTENCE_TOKENS));
    }
    const labels = this.tagPieces(pieces, margins);
    if (pieces.length === doc.length) return { labels, margins };
    // Pieces back into their sentences.
    let p = 0;
    const whole: SpanMargin[][] = [];
    const sentences = doc.map((toks) => {
      if (toks.length <= MAX_TAGGED_SENTENCE_TOKENS) {
        if (margins) whole.push(margins[p]);
        return labels[p++];
      }
      const out = new Int32Array(toks.length), spans: SpanMargin[] = [];
      for (let i = 0; i < toks.length; i += MAX_TAGGED_SENTENCE_TOKENS) {
        if (margins) for (const m of margins[p]) spans.push({ ...m, start: m.start + i, end: m.end + i });
        out.set(labels[p++], i);
      }
      whole.push(spans);
      return out;
    });
    return { labels: sentences, margins: margins ? whole : null };
  }

  /** Scratch of tagPieces' second pass: a sentence's document features and their weight rows. */
  private docHashes = new TokenHashes();
  private docRows = new Int32Array(1024);

  private tagPieces(doc: string[][], margins: SpanMargin[][] | null): Int32Array[] {
    const [c1, c2] = this.chains;
    const context = c2 ? new DocumentFeatures() : null;
    // Stage-2 base emissions of the first STAGE2_KEPT_TOKENS tokens are kept from pass 1 (faster); past that, pass 2
    // computes them again, so that memory stays bounded and the extra cost grows smoothly with the length.
    let total = 0;
    for (const toks of doc) total += toks.length;
    const kept = c2 ? new Float32Array(Math.min(total, this.stage2KeptTokens) * L) : null;
    let at = 0;
    const labels: Int32Array[] = new Array(doc.length);
    for (let s = 0; s < doc.length; s++) {
      const toks = doc[s];
      if (!toks.length) {
        labels[s] = new Int32Array(0);
        if (margins) margins[s] = [];
        continue;
      }
      const { e1, e2 } = this.sentenceEmissions(toks);
      const first = c1.decode(e1, toks.length);
      if (margins && !c2) margins[s] = spanMargins(e1, c1.weights, first);
      context?.add(toks, first);
      if (kept && at + toks.length * L <= kept.length) kept.set(e2.subarray(0, toks.length * L), at);
      at += toks.length * L;
      labels[s] = first;
    }
    if (!c2 || !context || !kept) return labels;
    const extra = this.docHashes;
    at = 0;
    for (let s = 0; s < doc.length; s++) {
      const toks = doc[s], n = toks.length;
      if (!n) continue;
      // Document features of the sentence as weight rows, token by token.
      context.sentence(toks, labels[s], extra);
      if (this.docRows.length < extra.size) this.docRows = new Int32Array(extra.size * 2);
      const rows = this.docRows;
      for (let k = 0; k < extra.size; k++) rows[k] = this.index.row(extra.hashes[k]);
      const e2 = at + n * L <= kept.length ? kept.subarray(at, at + n * L) : this.sentenceEmissions(toks).e2;
      at += n * L;
      this.addEmissions(extra.offsets.subarray(0, n + 1), rows, 1, e2);
      labels[s] = c2.decode(e2, n);
      if (margins) margins[s] = spanMargins(e2, c2.weights, labels[s]);
    }
    return labels;
  }

  /**
   * IOB2 tags per token ("B-PERSON", "I-ORG", "O"); types PERSON, ORG, LOC, MISC, NORP.
   * Pass all sentences of one document together: later mentions are made consistent with earlier ones.
   */
  tag(sentences: string[][], typeName: (t: EntityType) => string = t => PUBLIC_TYPE_NAME[t]): string[][] {
    return this.tagLabels(sentences).map(l => labelsToBio(l, typeName));
  }

  /** Entity spans (token ranges, public type names) per sentence; same reading as tagsToSpans(tag(…)). */
  spans(sentences: string[][]): EntitySpan[][] {
    return this.tagLabels(sentences).map(l => labelSpans(l).map(s => ({ start: s.start, end: s.end, type: PUBLIC_TYPE_NAME[ENTITY_TYPES[s.type]] })));
  }

  /** spans(), each with how sure the tagger is of its type (`typeMargin`) and the type it would give next (`altType`). */
  spansWithMargins(sentences: string[][]): (EntitySpan & { typeMargin: number; altType: string })[][] {
    const margins = this.tagDocument(sentences, new Array(sentences.length)).margins!;
    const name = (t: number) => PUBLIC_TYPE_NAME[ENTITY_TYPES[t]];
    return margins.map(ms => ms.map(m => ({ start: m.start, end: m.end, type: name(m.type), typeMargin: m.typeMargin, altType: name(m.altType) })));
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
      const c = this.chains[s]!.weights;
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
    const chains: FrozenChain[] = [];
    for (let s = 1; s <= (stages as number); s++) {
      const section = (name: string) => Float32Array.from(m.section<Float32Array>(`s${s}.${name}`));
      chains.push(new FrozenChain({ trans: section('trans'), start: section('start'), end: section('end') }));
    }
    return new NerModel(new Lexicon(lex), FeatureIndex.build(hashes), q, inv as [number, number], [chains[0], chains[1] ?? null], meta);
  }
}
