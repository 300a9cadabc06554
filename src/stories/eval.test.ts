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

test('a raw date string gives its written date, not a clock time or a bare number read as one', () => {
  const day = (published: string) => {
    const t = recordTime({ id: 'x', published });
    return t === undefined ? undefined : new Date(t).toISOString().slice(0, 10);
  };
  assert.equal(day('9 : 40 a. m. Mar. 3, 2011'), '2011-03-03');
  assert.equal(day('Posted 2012 - 10 - 05 08 : 15 : 00'), '2012-10-05');
  assert.equal(day('Updated 4 : 10 PM'), undefined);
  assert.equal(day('Oct. 9 6 : 20 PM EDT'), undefined);
  assert.equal(day('He was 87.'), undefined);
});
