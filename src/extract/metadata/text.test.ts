import { test } from 'node:test';
import assert from 'node:assert/strict';
import { key } from './text.js';

/** The key by its definition: NFKC, lower case, letters and digits only. */
const reference = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

test('key: lower-case letters and digits only, ASCII or not', () => {
  assert.equal(key('The Harbour-Post, 2024!'), 'theharbourpost2024');
  assert.equal(key('Süddeutsche Zeitung'), 'süddeutschezeitung');
  assert.equal(key('ﬁnance Ａ１'), 'financea1'); // ligature and full-width forms fold (NFKC)
  assert.equal(key(''), '');
});

test('key: the ASCII shortcut gives what the definition gives, on every ASCII character', () => {
  let all = '';
  for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
  assert.equal(key(all), reference(all));
  for (const s of ['  Tarvel  Courier ', 'A_B-C.D/E', 'x\u0000y\u007fz', 'MIXED case 123 ~!@']) assert.equal(key(s), reference(s), s);
});
