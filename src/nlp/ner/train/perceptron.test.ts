import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureIndex } from '../feature-index.js';
import { sentenceFeatures } from '../features.js';
import { labelsToBio, LABELS, spansToLabels, tagsToSpans } from '../labels.js';
import { Lexicon } from '../lexicon.js';
import { featureRows, NerModel } from '../model.js';
import { trainPerceptron } from './perceptron.js';

const emptyLexicon = () =>
  new Lexicon({
    clusterWords: ['Paris'], clusterIds: [Uint16Array.of(1)], caseWords: [], caseClasses: new Uint8Array(0),
    gazPhrases: ['acme corp'], gazMasks: Uint16Array.of(1 << 7),
  });

test('BILOU labels round-trip through spans, IOB1 and IOB2 read alike', () => {
  assert.equal(LABELS.length, 21);
  const iob1 = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'O'];
  const iob2 = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'O'];
  const spans = tagsToSpans(iob1);
  assert.deepEqual(spans, tagsToSpans(iob2));
  assert.deepEqual(spans.map(s => [s.start, s.end, s.type]), [[0, 2, 'PER'], [3, 4, 'LOC'], [4, 5, 'LOC']]);
  assert.deepEqual(labelsToBio(spansToLabels(spans, 6)), iob2);
});

test('the perceptron learns a toy pattern, and the fused model file round-trips', () => {
  const lex = emptyLexicon();
  const names = ['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Evans'];
  const places = ['Paris', 'Rome', 'Oslo', 'Lima'];
  const sents = names.flatMap((n, i) => [
    { tokens: ['Mr', n, 'went', 'to', places[i % 4], '.'], spans: [{ start: 1, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }] },
    { tokens: ['Acme', 'Corp', 'hired', 'Mr', n, '.'], spans: [{ start: 0, end: 2, type: 'ORG' }, { start: 4, end: 5, type: 'PER' }] },
  ]);
  const feats = sents.map(s => sentenceFeatures(s.tokens, lex));
  const all = new Set<number>();
  for (const f of feats) for (const h of f.hashes) all.add(h);
  const index = FeatureIndex.build([...all]);
  const data = feats.map((f, k) => ({ offsets: f.offsets, rows: featureRows(index, f), gold: spansToLabels(sents[k].spans, sents[k].tokens.length), allowed: null }));
  const weights = trainPerceptron(data, index.size, { epochs: 5, seed: 1 });
  const model = NerModel.decode(NerModel.fromStages(lex, { index, weights }, null).encode());
  const [tags] = model.tag([['Mr', 'Adams', 'went', 'to', 'Paris', '.']]);
  assert.deepEqual(tags, ['O', 'B-PERSON', 'O', 'O', 'B-LOC', 'O']);
});
