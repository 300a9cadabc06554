import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestDate, dateFromLine, parseByline, parseNameList } from './meta.js';

const NOW = new Date('2026-03-01T00:00:00Z');

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

test('dates: keyword lines, bylines, bare datelines; ranking', () => {
  assert.deepEqual(dateFromLine('Published 12 January 2026', true, NOW), { iso: '2026-01-12', source: 'published', lineIsDate: true });
  assert.equal(dateFromLine('TOI Tech Desk / Updated: Feb 10, 2026, 17:37 IST', true, NOW)?.iso, '2026-02-10');
  assert.equal(dateFromLine('by Petra Nowak 10:41 AM February 5, 2026', true, NOW)?.source, 'byline');
  assert.equal(dateFromLine('February 5, 2026', true, NOW)?.source, 'dateline');
  assert.equal(dateFromLine('February 5, 2026', false, NOW), null, 'outside the head only "Published" lines count');
  assert.equal(dateFromLine('Page last modified: 10-02-2025 17:48:45', false, NOW), null);
  assert.equal(dateFromLine('Published 12 January 2031', true, NOW), null, 'future dates are rejected');
  assert.equal(
    bestDate([
      { iso: '2026-02-10', source: 'updated', lineIsDate: true },
      { iso: '2026-02-09', source: 'published', lineIsDate: true },
    ]),
    '2026-02-09',
  );
  assert.equal(bestDate([]), null);
});
