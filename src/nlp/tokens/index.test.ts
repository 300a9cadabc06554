import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pieceEnd, tokenize, tokensComponent } from './index.js';
import { MAX_WINK_CHARS } from './settings.js';
import { Doc } from '../../doc/doc.js';
import { joinBlocks } from '../../doc/build-text.js';

const texts = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));

test('abbreviations, initials and quotes do not end a sentence', () => {
  const text = 'U.S. Gen. John F. Smith met officials on Jan. 5 in Kyiv. “We need an end,” he said. Then he left.';
  assert.deepEqual(texts(text), [
    'U.S. Gen. John F. Smith met officials on Jan. 5 in Kyiv.',
    '“We need an end,” he said.',
    'Then he left.',
  ]);
});

test('a lower-case "no." before a capital ends the sentence; "No." before a number does not', () => {
  assert.deepEqual(texts('She said no. Lula da Silva won. It was No. 5 on the list.'), ['She said no.', 'Lula da Silva won.', 'It was No. 5 on the list.']);
});

test('a note mark written onto a full stop ends its sentence', () => {
  const s = texts('Kyiv wants guarantees from its allies.1 Furthermore, Zelenskyy reinforced his terms.12 “We will not yield.” It rose 3.1 percent.');
  assert.deepEqual(s, ['Kyiv wants guarantees from its allies.1', 'Furthermore, Zelenskyy reinforced his terms.12', '“We will not yield.”', 'It rose 3.1 percent.']);
});

test('sentences never cross blocks, and offsets point into the Doc text', () => {
  const { text, blocks } = joinBlocks([
    { kind: 'heading', text: 'Trump-backed deadline looms' },
    { kind: 'paragraph', text: 'Putin, for his part, has said he’s willing to meet. Talks go on.' },
  ]);
  const doc = new Doc(text, { source: 's', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, blocks);
  tokensComponent.run(doc);
  assert.deepEqual(doc.sentences.map((s) => doc.slice(s)), [
    'Trump-backed deadline looms',
    'Putin, for his part, has said he’s willing to meet.',
    'Talks go on.',
  ]);
});

test('sentences never cross a line break inside a block (list items)', () => {
  const { text, blocks } = joinBlocks([
    { kind: 'list', text: "British Army trains for possible conflict with Russia: Report\nRussia's FSB detains a man before a flight\n\nThird item" },
  ]);
  const doc = new Doc(text, { source: 's', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, blocks);
  tokensComponent.run(doc);
  assert.deepEqual(doc.sentences.map((s) => doc.slice(s)), [
    'British Army trains for possible conflict with Russia: Report',
    "Russia's FSB detains a man before a flight",
    'Third item',
  ]);
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end).includes('\n'), false);
  assert.deepEqual([...new Set(doc.tokens.map((t) => t.sentence))], [0, 1, 2]);
});

test('empty text gives no sentences', () => {
  assert.deepEqual(tokenize(''), { tokens: [], sentences: [] });
});

test('tokens carry exact offsets, POS and their sentence index', () => {
  const text = 'Zelenskyy’s team met. He can’t go.';
  const { tokens } = tokenize(text, 10, 3);
  const shifted = ' '.repeat(10) + text;
  assert.deepEqual(tokens.map((t) => shifted.slice(t.start, t.end)), ['Zelenskyy', '’s', 'team', 'met', '.', 'He', 'ca', 'n’t', 'go', '.']);
  assert.equal(tokens[0].pos, 'PROPN');
  assert.deepEqual([...new Set(tokens.map((t) => t.sentence))], [3, 4]);
});

test('a line far longer than any paragraph is read in pieces cut at sentence ends: the same tokens and sentences', () => {
  const line = Array.from({ length: 3000 }, (_, i) => `Ana Lind met Bo Vell in Tarvel on day ${i}.`).join(' ');
  const { text, blocks } = joinBlocks([{ kind: 'paragraph', text: line }]);
  const doc = new Doc(text, { source: 's', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, blocks);
  tokensComponent.run(doc);
  const whole = tokenize(text);
  assert.ok(text.length > 2 * MAX_WINK_CHARS);
  assert.equal(doc.sentences.length, 3000);
  assert.deepEqual(doc.sentences, whole.sentences);
  assert.deepEqual(doc.tokens, whole.tokens);
});

test('pieces end after a sentence end, else after a space, else at the limit', () => {
  assert.equal(pieceEnd('short line', 0, 100), 10);
  const text = 'aaaa bbbb. cccc dddd eeee';
  assert.equal(pieceEnd(text, 0, 16), 11); // after "bbbb. "
  assert.equal(pieceEnd('aaaa bbbb cccc dddd eeee', 0, 16), 15); // after the last space
  assert.equal(pieceEnd('x'.repeat(40), 0, 16), 16);
});

test('a glued "\'s" is always its own token, whatever text was read before ("Poor\'s." once made later "Poor\'s" whole)', () => {
  const words = (t: string) => tokenize(t).tokens.map((k) => `${t.slice(k.start, k.end)}/${k.pos}`);
  const later = "The Standard and Poor's 500 index rose, and the bank's chief said it's over.";
  const before = words(later);
  assert.deepEqual(words("He cited Poor's. Then more."), ['He/PRON', 'cited/VERB', 'Poor/PROPN', "'s/PART", './PUNCT', 'Then/ADV', 'more/ADJ', './PUNCT']);
  words("And the bank's. It's.");
  assert.deepEqual(words(later), before, 'the same words and tags after texts that taught wink the pairs whole');
  assert.deepEqual(before.slice(2, 5), ['and/CCONJ', 'Poor/PROPN', "'s/PART"]);
});

test('a word wink cuts at a letter outside ASCII is one token again; ASCII pieces stay as wink cut them', () => {
  const words = (t: string) => tokenize(t).tokens.map((k) => t.slice(k.start, k.end));
  assert.deepEqual(words('Whales stranded near Whangārei on Tuesday.'), ['Whales', 'stranded', 'near', 'Whangārei', 'on', 'Tuesday', '.']);
  assert.deepEqual(words('They live in Whangārei.'), ['They', 'live', 'in', 'Whangārei', '.'], 'punctuation touching the word stays apart');
  assert.deepEqual(words('Whanga\u0304rei and Łódź and Ærøskøbing.'), ['Whanga\u0304rei', 'and', 'Łódź', 'and', 'Ærøskøbing', '.']);
  assert.deepEqual(words('We cannot stay.'), ['We', 'can', 'not', 'stay', '.'], 'ASCII pieces that touch stay apart');
  assert.equal(tokenize('Whales stranded near Whangārei.').tokens[3].pos, 'PROPN');
});

test('an article gets the same tokens whatever was read before it (wink learns the words it meets)', () => {
  const words = (text: string) => {
    const { text: joined, blocks } = joinBlocks([{ kind: 'paragraph', text }]);
    const doc = new Doc(joined, { source: 's', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, blocks);
    tokensComponent.run(doc);
    return doc.tokens.map((t) => doc.slice(t));
  };
  // A fresh wink reads "L.A." as one token; once an earlier article has taught it "L.A", it would cut "L.A" + ".".
  words('The star fooled an L.A Superior Court judge.');
  assert.deepEqual(words('Director Ana Ferro spoke. L.A. County will reopen.').slice(5, 7), ['L.A.', 'County']);
});
