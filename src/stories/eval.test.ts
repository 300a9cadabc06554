import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arrivalOrder, recordTime } from './eval.js';

test('raw date strings are read, and undated records come after dated ones in file order', () => {
  assert.equal(recordTime({ id: 'x', published: 'May 2, 2013 | 5 : 03pm' }) !== undefined, true);
  assert.equal(recordTime({ id: 'x', published: 'no date here' }), undefined);
  const order = arrivalOrder([
    { id: 'u1' },
    { id: 'late', published: '2021-05-03T00:00:00Z' },
    { id: 'u2' },
    { id: 'early', published: '2021-05-01T00:00:00Z' },
  ]).map((x) => x.rec.id);
  assert.deepEqual(order, ['early', 'late', 'u1', 'u2']);
});
