// Sentence spans, per block (a sentence never crosses a paragraph or heading), from wink-nlp's segmenter.
import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import type { Component } from '../../pipeline/component.js';
import { wink } from '../wink/index.js';

/** Sentence spans of `text`, offsets shifted by `base`. Token values are located in the text to get exact offsets. */
export function splitSentences(text: string, base = 0): Span[] {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const tokens = wdoc.tokens().out(its.value) as string[];
  const starts = new Array<number>(tokens.length);
  const ends = new Array<number>(tokens.length);
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const at = text.indexOf(tokens[i], cursor);
    // wink may normalise a token's text; then keep it where the cursor is so offsets stay monotonic.
    const start = at < 0 ? cursor : at;
    starts[i] = start;
    ends[i] = at < 0 ? start : start + tokens[i].length;
    cursor = ends[i];
  }
  const spans: Span[] = [];
  for (const [first, last] of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
    const start = starts[first];
    const end = Math.max(ends[last], start);
    if (end > start) spans.push({ start: base + start, end: base + end });
  }
  return spans;
}

export const sentencesComponent: Component = {
  name: 'sentences',
  requires: ['text', 'blocks'],
  assigns: ['sentences'],
  run(doc: Doc) {
    const out: Span[] = [];
    const blocks = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
    for (const b of blocks) out.push(...splitSentences(doc.text.slice(b.start, b.end), b.start));
    doc.sentences = out;
  },
};
