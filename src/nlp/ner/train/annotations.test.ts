import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markNames, readAnnotations } from './annotations.js';

/** Whitespace tokens of a text, as spans. */
function spans(text: string) {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map(m => ({ start: m.index!, end: m.index! + m[0].length }));
}

test('only finished texts are read; NORP is written MISC; a name given two types is ambiguous', () => {
  const anns = readAnnotations(['1\tPER\tJoe Wicks', '1\tNORP\tBritish', '1\tDONE', '2\tORG\tAcme', '3\tORG\tLions', '3\tLOC\tLions', '3\tDONE'].join('\n'));
  assert.deepEqual([...anns.keys()], ['1', '3']);
  assert.deepEqual([...anns.get('1')!.names], [['Joe Wicks', 'PER'], ['British', 'MISC']]);
  assert.deepEqual([...anns.get('3')!.ambiguous], ['Lions']);
  assert.throws(() => readAnnotations('1\tPERSON\tJoe'), /line 1/);
});

test('names are marked at token edges, longest first, every occurrence', () => {
  const text = 'The Detroit Lions left Detroit. Wicks met Wickstrom.';
  const ann = readAnnotations('1\tORG\tDetroit Lions\n1\tLOC\tDetroit\n1\tPER\tWicks\n1\tDONE').get('1')!;
  const m = markNames(text, spans(text), ann);
  assert.deepEqual(m.tags, ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'B-PER', 'O', 'O', 'O']);
  assert.equal(m.count, 3);
});

test('an ambiguous name marks its tokens, not a type', () => {
  const text = 'Washington said Washington.';
  const ann = readAnnotations('1\tAMBIG\tWashington\n1\tDONE').get('1')!;
  const m = markNames(text, spans(text), ann);
  assert.deepEqual(m.ambiguous, [true, false, true, false]);
  assert.deepEqual(m.tags, ['O', 'O', 'O', 'O']);
});
