import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseByline, parseNameList } from './meta.js';

test('bylines: names, roles and dates cut off, sentences starting with "By" rejected', () => {
  assert.deepEqual(parseByline('By Jane Marlowe and Tom Okafor')?.names, ['Jane Marlowe', 'Tom Okafor']);
  assert.deepEqual(parseByline('By Maxine Davey, an editorial fellow at Foreign Policy.')?.names, ['Maxine Davey']);
  assert.deepEqual(parseByline('Brief by  Seth G. Jones and Riley McCabe')?.names, ['Seth G. Jones', 'Riley McCabe']);
  const timed = parseByline('by Petra Nowak 10:41 AM February 5, 2026');
  assert.deepEqual(timed?.names, ['Petra Nowak']);
  assert.match(timed?.rest ?? '', /February 5, 2026/);
  assert.equal(parseByline('By Tuesday, Russian forces had advanced two kilometres.'), null);
  assert.equal(parseByline('By February 2026 the front had barely moved.'), null);
  assert.equal(parseByline('By Reuters'), null);
});

test('names-only author lines', () => {
  assert.deepEqual(parseNameList('Justin Young, Grace Mappes and Frederick W. Kagan'), ['Justin Young', 'Grace Mappes', 'Frederick W. Kagan']);
  assert.equal(parseNameList('Jane Doe'), null);
  assert.equal(parseNameList('Russia, Ukraine and the United States'), null);
});
