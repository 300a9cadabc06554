import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestRegion, capRuns, extendOverInserts } from './region.js';

test('best region: the contiguous run with the highest total', () => {
  assert.deepEqual(bestRegion([-25, -150, 300, 200, -25, 120, -150, -60, 80]), { start: 2, end: 5, total: 595 });
  assert.equal(bestRegion([-10, -20]).end, -1, 'no positive unit: no region');
  assert.deepEqual(bestRegion([0, 100, 0]), { start: 1, end: 1, total: 100 }, 'neutral lines at the edges stay out');
});

test('runs of removable lines weigh at most base + perLine × (lines − 1)', () => {
  const removable = [false, true, true, true, false];
  assert.deepEqual(capRuns([200, -150, -150, -150, 100], removable, { base: 150, perLine: 50 }), [200, -250, 0, 0, 100]);
  assert.deepEqual(capRuns([200, -60, 100], [false, true, false], { base: 150, perLine: 50 }), [200, -60, 100]);
});

test('inserts after the body: the prose behind a short insert joins the body, a long block does not', () => {
  const roles = ['prose', 'prose', 'insert', 'blank', 'prose', 'insert', 'prose', 'other'] as const;
  assert.equal(extendOverInserts({ start: 0, end: 1, total: 1 }, roles, 3).end, 6);
  const long = ['prose', 'insert', 'insert', 'insert', 'insert', 'prose'] as const;
  assert.equal(extendOverInserts({ start: 0, end: 0, total: 1 }, long, 3).end, 0);
});
