// Public API of the amounts layer: numbers with their currency, scale, unit, range and counted object.
import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/component.js';
import { extractAmounts } from './extract.js';

export { extractAmounts } from './extract.js';

/** Fills doc.amounts from the text and its POS-tagged tokens. */
export const amountsComponent: Component = {
  name: 'amounts',
  requires: ['text', 'tokens', 'sentences'],
  assigns: ['amounts'],
  run(doc: Doc) {
    doc.amounts = extractAmounts(doc.text, doc.tokens);
  },
};
