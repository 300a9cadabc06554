import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseNewlines, splitUnits } from './layout.js';

test('blank-line layout: one unit per line, lower-case continuation lines joined', () => {
  const { units, layout } = splitUnits('Title\n\nFirst paragraph.\n\nKeep up with what is happening in the region,\nthe country and the world.\n\nLast one.');
  assert.equal(layout, 'blank');
  assert.deepEqual(units.map((u) => u.raw), [
    'Title', 'First paragraph.', 'Keep up with what is happening in the region, the country and the world.', 'Last one.',
  ]);
  assert.deepEqual(units.map((u) => u.block), [0, 1, 2, 3]);
});

test('blank-line layout: a byline under a title is not a continuation', () => {
  const { units } = splitUnits('A headline without a full stop\nby Jane Doe\n\nBody text.');
  assert.deepEqual(units.map((u) => u.raw), ['A headline without a full stop', 'by Jane Doe', 'Body text.']);
});

test('one paragraph per line: no joining at all', () => {
  const { units, layout } = splitUnits('Home WorldEurope A headline\nby Jane Doe 10:41 AM February 5, 2026\nBody text follows here.');
  assert.equal(layout, 'lines');
  assert.equal(units.length, 3);
});

test('hard-wrapped text: lines joined, indentation and list markers start paragraphs', () => {
  const text = 'The bank left its rate unchanged on\nThursday, citing slower inflation.\n    It said prices would\nfall further in the spring.\n* a list item\n Reuter';
  const { units, layout } = splitUnits(text);
  assert.equal(layout, 'wrapped');
  assert.deepEqual(units.map((u) => u.raw), [
    'The bank left its rate unchanged on Thursday, citing slower inflation.',
    'It said prices would fall further in the spring.',
    '* a list item',
    'Reuter',
  ]);
});

test('a list of short headlines is not mistaken for wrapped text', () => {
  const { layout } = splitUnits('Markets rally on rate hopes\nPort strike enters second week\nFloods close mountain roads\nElection date set for June');
  assert.equal(layout, 'lines');
});

test('newlines: CRLF and CR become LF', () => {
  assert.equal(normaliseNewlines('a\r\nb\rc'), 'a\nb\nc');
});
