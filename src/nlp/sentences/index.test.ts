import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, sentencesComponent } from './index.js';
import { Doc } from '../../doc/doc.js';
import { joinBlocks } from '../../doc/build-text.js';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('abbreviations, initials and quotes do not end a sentence', () => {
  const text = 'U.S. Gen. John F. Smith met officials on Jan. 5 in Kyiv. “We need an end,” he said. Then he left.';
  assert.deepEqual(texts(text), [
    'U.S. Gen. John F. Smith met officials on Jan. 5 in Kyiv.',
    '“We need an end,” he said.',
    'Then he left.',
  ]);
});

test('sentences never cross blocks, and offsets point into the Doc text', () => {
  const { text, blocks } = joinBlocks([
    { kind: 'heading', text: 'Trump-backed deadline looms' },
    { kind: 'paragraph', text: 'Putin, for his part, has said he’s willing to meet. Talks go on.' },
  ]);
  const doc = new Doc(text, { source: 's', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, blocks);
  sentencesComponent.run(doc);
  assert.deepEqual(doc.sentences.map((s) => doc.slice(s)), [
    'Trump-backed deadline looms',
    'Putin, for his part, has said he’s willing to meet.',
    'Talks go on.',
  ]);
});

test('empty text gives no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
});
