import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerBound } from './search.js';

test('lowerBound finds the first index where the prefix predicate fails', () => {
  const xs = [1, 3, 3, 5, 8];
  assert.equal(lowerBound(xs.length, (i) => xs[i] < 3), 1);
  assert.equal(lowerBound(xs.length, (i) => xs[i] <= 3), 3);
  assert.equal(lowerBound(xs.length, (i) => xs[i] < 0), 0);
  assert.equal(lowerBound(xs.length, (i) => xs[i] < 100), 5);
  assert.equal(lowerBound(0, () => true), 0);
});
