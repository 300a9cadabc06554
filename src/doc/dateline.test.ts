import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineEnd } from './dateline.js';

const words = (s: string) => s.split(' ');
const end = (s: string) => {
  const w = words(s);
  return datelineEnd((i) => w[i], 0, w.length);
};

test('a dateline ends after its dash: a place in capitals, or an agency credit', () => {
  assert.equal(end('LIMA , Peru — Chile said'), 4);
  assert.equal(end('LIMA ( AP ) — Chile said'), 5);
  assert.equal(end('LIMA , Feb 5 ( Reuters ) - Chile said'), 8);
  assert.equal(end('Feb 10 ( Reuters ) - Chile said'), 6);
});

test('prose is no dateline, nor a capitalised phrase without capitals or credit', () => {
  assert.equal(end('Chile said on Monday - again'), 0);
  assert.equal(end('Feb 10 - Chile said'), 0);
  assert.equal(end('— Chile said'), 0);
});

test('a hyphen inside parentheses ends no dateline ("Rep. Jane Roe (R-Ga.) on Monday…")', () => {
  assert.equal(end('Rep . Jane Roe ( R - Ga . ) on Monday apologized'), 0);
  assert.equal(end('ATLANTA ( AP ) — Rep . Jane Roe ( R - Ga . ) said'), 5);
});
