import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeLine, safeMessage, safeText } from './terminal.js';

const hostile = 'Title\x1b]0;owned\x07 \x1b[2J\x9b31m\u202eevil\u2066\x7f\r';

test('safeLine escapes C0, DEL, C1, bidi controls and line breaks; plain text and accents pass', () => {
  const out = safeLine(hostile);
  assert.equal(out, 'Title\\x1b]0;owned\\x07 \\x1b[2J\\x9b31m\\u202eevil\\u2066\\x7f\\x0d');
  assert.doesNotMatch(out, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.equal(safeLine('Zelenskyy’s “plan” — café'), 'Zelenskyy’s “plan” — café');
  assert.equal(safeLine('a\nb\tc'), 'a\\x0ab\\x09c');
});

test('safeText keeps newlines and tabs of a body but escapes every other control', () => {
  assert.equal(safeText('one\n\ttwo\x1b[H\u2028'), 'one\n\ttwo\\x1b[H\\u2028');
});

test('safeMessage folds whitespace to one line before escaping', () => {
  assert.equal(safeMessage('  bad\r\nthing \x07 here '), 'bad thing \\x07 here');
});
