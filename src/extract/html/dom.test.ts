import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeSpace } from './dom.js';

/** normalizeSpace by its definition: invisible characters dropped, then every whitespace run made one space. */
const reference = (s: string) =>
  s.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff\ufffe\uffff]/g, '').replace(/\s+/g, ' ');

test('normalizeSpace: every run of whitespace of any kind becomes one space; invisible characters go', () => {
  assert.equal(normalizeSpace('a \n\t b\u00a0c\u3000\u3000d'), 'a b c d');
  assert.equal(normalizeSpace('zero\u200bwidth'), 'zerowidth');
  assert.equal(normalizeSpace('one space stays'), 'one space stays');
  const kinds = [' ', '\n', '\t', '\r', '\f', '\v', '\u00a0', '\u2003', '\u3000', '\u2028', '\u200b', 'x', 'y'];
  // every string of up to four of these pieces
  const all = (n: number): string[] => (n === 0 ? [''] : all(n - 1).flatMap((s) => kinds.map((k) => s + k)));
  for (const s of all(4)) assert.equal(normalizeSpace(s), reference(s), JSON.stringify(s));
});
