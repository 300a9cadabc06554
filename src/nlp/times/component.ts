// The times pipeline component: fills doc.times from the text, anchored on the publication date.
import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/component.js';
import { extractTimes } from './extract.js';

export const timesComponent: Component = {
  name: 'times',
  requires: ['text', 'sentences'],
  assigns: ['times'],
  run(doc: Doc) {
    doc.times = extractTimes(doc.text, doc.meta.published);
  },
};
