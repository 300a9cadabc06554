// Pronouns on made-up sentences: a description as subject, pronoun chains across sentences, cataphora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

const pronounsOf = (r: ReturnType<typeof link>, name: string) => r.get(name).mentions.filter((m) => /^(he|his|him|she|her)$/i.test(m.text)).map((m) => m.text);

test('a sentence led by a description ("the top official met … with X") does not give X a later "he"', () => {
  const r = link(
    'Peter Smith arrived on Sunday. Ahead of the talks, the top official met on Monday with Rafael Jones, head of the agency. He was also meeting with Tom Brown.',
    [['Peter Smith', 'PERSON'], ['Rafael Jones', 'PERSON'], ['Tom Brown', 'PERSON']],
  );
  assert.deepEqual(pronounsOf(r, 'Peter Smith'), ['He']);
  assert.deepEqual(pronounsOf(r, 'Rafael Jones'), []);
});

test('a resolved pronoun carries its person to the sentences after it', () => {
  const r = link('Peter Smith arrived in Geneva. He spoke to reporters. Then he met the press. It rained. Later he left.', [['Peter Smith', 'PERSON']]);
  assert.deepEqual(pronounsOf(r, 'Peter Smith'), ['He', 'he', 'he']);
});

test('a pronoun in a fronted adverbial is the person who opens the main clause', () => {
  const r = link('Tom Brown spoke on Monday. After his talks with Jane Roe, Peter Smith left.', [['Tom Brown', 'PERSON'], ['Jane Roe', 'PERSON'], ['Peter Smith', 'PERSON']]);
  assert.deepEqual(pronounsOf(r, 'Peter Smith'), ['his']);
  assert.deepEqual(pronounsOf(r, 'Tom Brown'), []);
});

test('inside its own sentence a pronoun still goes to the first person before it, not to a chain', () => {
  const r = link('Peter Smith called. "Call him now," Tom Brown told Jane Roe, his voice hoarse.', [['Peter Smith', 'PERSON'], ['Tom Brown', 'PERSON'], ['Jane Roe', 'PERSON']]);
  assert.ok(pronounsOf(r, 'Tom Brown').includes('his'));
});
