// How sure the tagger is of each span's type: the best path's score minus the score of the same path with the
// span given another type (the "type margin"). On CoNLL eng.testa spans with a margin under 48 are exactly right 62 %
// of the time against 97 % from 128 up; on wikigold (held out) 36 % against 79 % (scripts/eval-margins.ts). The
// margin is in the model's score units: a retrained model needs the thresholds that use it measured again.
import type { ChainWeights } from './decode.js';
import { labelId, labelSpans, NUM_LABELS as L } from './labels.js';
import { ENTITY_TYPES } from './settings.js';

export interface SpanMargin {
  start: number;
  /** Exclusive. */
  end: number;
  /** Type index (ENTITY_TYPES). */
  type: number;
  /** Score lost by the best path when this span takes its runner-up type instead (≥ 0). */
  typeMargin: number;
  /** The runner-up type's index. */
  altType: number;
}

/** BILOU labels of a span of `len` tokens of type `t`, written into `out`. */
function spanLabels(len: number, t: number, out: Int32Array): void {
  const ty = ENTITY_TYPES[t];
  if (len === 1) { out[0] = labelId('U', ty); return; }
  out[0] = labelId('B', ty);
  for (let k = 1; k < len - 1; k++) out[k] = labelId('I', ty);
  out[len - 1] = labelId('L', ty);
}

/** Score of the path `labels` with [start, end) labelled `span` (its own labels when null), counting only the part
 *  that relabelling can change: those tokens' emissions, the transitions into, inside and out of them, and the start or
 *  end weight where the span touches the sentence's edge. */
function localScore(e: Float32Array, w: Pick<ChainWeights, 'trans' | 'start' | 'end'>, labels: Int32Array, start: number, end: number, span: Int32Array | null): number {
  let s = 0;
  let prev = start > 0 ? labels[start - 1] : -1;
  for (let i = start; i < end; i++) {
    const l = span === null ? labels[i] : span[i - start];
    s += e[i * L + l] + (prev < 0 ? w.start[l] : w.trans[prev * L + l]);
    prev = l;
  }
  return s + (end < labels.length ? w.trans[prev * L + labels[end]] : w.end[prev]);
}

/**
 * The spans of a decoded sentence with their type margins. `e` holds the sentence's emissions (n × L) under the
 * weights that decoded it. Relabelling a whole span keeps BILOU legal, so every alternative is a legal path.
 */
export function spanMargins(e: Float32Array, w: Pick<ChainWeights, 'trans' | 'start' | 'end'>, labels: Int32Array): SpanMargin[] {
  const spans = labelSpans(labels);
  // One scratch for every span's alternative labels: as long as the longest span.
  const alt = new Int32Array(spans.reduce((most, sp) => Math.max(most, sp.end - sp.start), 0));
  return spans.map((sp) => {
    const len = sp.end - sp.start, own = localScore(e, w, labels, sp.start, sp.end, null);
    let typeMargin = Infinity, altType = sp.type;
    for (let t = 0; t < ENTITY_TYPES.length; t++) {
      if (t === sp.type) continue;
      spanLabels(len, t, alt);
      const d = own - localScore(e, w, labels, sp.start, sp.end, alt);
      if (d < typeMargin) { typeMargin = d; altType = t; }
    }
    return { start: sp.start, end: sp.end, type: sp.type, typeMargin: Math.max(0, typeMargin), altType };
  });
}
