// The quotes layer: direct, partial and indirect quotes with their cue and speaker (an entity id when the speaker
// phrase is a mention of one), and apart from them the attributions that are no quotes (beliefs, intentions).
import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/component.js';
import { extractQuotes } from './extract.js';

export { extractQuotes, findQuotes, type QuoteDetail } from './extract.js';
export { runQuotesEval } from './eval.js';

export const quotesComponent: Component = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities'],
  assigns: ['quotes', 'attributions'],
  run(doc: Doc) {
    ({ quotes: doc.quotes, attributions: doc.attributions } = extractQuotes(doc));
  },
};
