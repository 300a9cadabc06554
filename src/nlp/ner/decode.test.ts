import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FrozenChain, viterbi } from './decode.js';
import { labelSpans, LABELS, NUM_LABELS, tagsToSpans } from './labels.js';
import { rng } from '../rng.js';

test('the run-time decoder finds the same path as the training-time Viterbi', () => {
  const r = rng(7);
  for (let trial = 0; trial < 200; trial++) {
    const L = NUM_LABELS, n = 1 + Math.floor(r() * 40);
    const w = {
      trans: Float32Array.from({ length: L * L }, () => r() * 4 - 2),
      start: Float32Array.from({ length: L }, () => r() * 2 - 1),
      end: Float32Array.from({ length: L }, () => r() * 2 - 1),
    };
    const e = Float32Array.from({ length: n * L }, () => r() * 10 - 5);
    assert.deepEqual(new FrozenChain(w).decode(e, n), viterbi(w, e, n), `trial ${trial}`);
  }
});

test('labelSpans reads label ids as tagsToSpans reads their tags, even for illegal sequences', () => {
  const r = rng(11);
  for (let trial = 0; trial < 300; trial++) {
    const labels = Array.from({ length: Math.floor(r() * 12) }, () => Math.floor(r() * NUM_LABELS));
    const fromTags = tagsToSpans(labels.map(l => LABELS[l])).map(s => `${s.start}-${s.end}:${s.type}`);
    const types = LABELS.map(l => l.slice(2));
    const fromIds = labelSpans(labels).map(s => `${s.start}-${s.end}:${types[1 + s.type * 4]}`);
    assert.deepEqual(fromIds, fromTags, labels.join());
  }
});
