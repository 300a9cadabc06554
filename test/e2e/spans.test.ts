// The article page's span layout (ui/src/article/spans.ts): facts nest inside each other, a fact that crosses
// another is cut where the outer one ends, blocks cut facts that run across them, and bad spans are dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layout, parseSpan, type Fact, type SpanNode } from '../../ui/src/article/spans.js';

const fact = (id: string, kind: Fact['kind'], start: number, end: number): Fact => ({ id, group: id, kind, start, end });
const shape = (nodes: SpanNode[]): unknown[] => nodes.map((n) => [n.fact.id, n.start, n.end, ...(n.children.length ? [shape(n.children)] : [])]);

test('a quote holds the names inside it; names beside it stay at the top level', () => {
  const text = 'Ann said "Bob is here" today.';
  const [block] = layout(text, [fact('q', 'quote', 10, 21), fact('bob', 'entity', 10, 13), fact('ann', 'entity', 0, 3), fact('t', 'time', 23, 28)]);
  assert.deepEqual(shape(block.nodes), [['ann', 0, 3], ['q', 10, 21, [['bob', 10, 13]]], ['t', 23, 28]]);
});

test('the same span twice: the quote (outer kind) holds the entity', () => {
  const [block] = layout('Hello world', [fact('e', 'entity', 0, 5), fact('q', 'quote', 0, 5)]);
  assert.deepEqual(shape(block.nodes), [['q', 0, 5, [['e', 0, 5]]]]);
});

test('a crossing span is cut at the end of the one it starts in; both pieces keep its id', () => {
  const [block] = layout('abcdefghij', [fact('a', 'quote', 0, 5), fact('b', 'time', 3, 8)]);
  assert.deepEqual(shape(block.nodes), [['a', 0, 5, [['b', 3, 5]]], ['b', 5, 8]]);
});

test('paragraphs split on blank lines; a span over two paragraphs appears in both', () => {
  const text = 'First one.\n\nSecond one.';
  const blocks = layout(text, [fact('x', 'quote', 6, 18)]);
  assert.deepEqual(blocks.map((b) => [b.start, b.end]), [[0, 10], [12, 23]]);
  assert.deepEqual(shape(blocks[0].nodes), [['x', 6, 10]]);
  assert.deepEqual(shape(blocks[1].nodes), [['x', 12, 18]]);
});

test('spans out of the text, empty or reversed are dropped', () => {
  const [block] = layout('short', [fact('a', 'entity', 3, 99), fact('b', 'entity', 2, 2), fact('c', 'entity', 4, 1), fact('d', 'entity', -1, 2), fact('ok', 'entity', 0, 5)]);
  assert.deepEqual(shape(block.nodes), [['ok', 0, 5]]);
});

test('the analysis blocks are used when given', () => {
  const blocks = layout('Head\n\nBody text', [fact('e', 'entity', 6, 10)], [{ start: 0, end: 4, kind: 'heading' }, { start: 6, end: 15, kind: 'paragraph' }]);
  assert.deepEqual(blocks.map((b) => b.kind), ['heading', 'paragraph']);
  assert.deepEqual(shape(blocks[1].nodes), [['e', 6, 10]]);
});

test('permalink spans parse as START-END only', () => {
  assert.deepEqual(parseSpan('10-20'), { start: 10, end: 20 });
  assert.equal(parseSpan('20-10'), null);
  assert.equal(parseSpan('x'), null);
  assert.equal(parseSpan(null), null);
});

test("an analysis' facts: every mention, quote, amount, date and event cue, keyed back to its record", async () => {
  const { articleFacts, relatedGroups } = await import('../../ui/src/article/facts.js');
  const text = 'Ann Lee said "we agreed on $5 today" after Bob Roe signed.';
  const f = articleFacts({
    id: 'x', url: null, outlet: null, title: 't', published: null, text,
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Ann Lee', mentions: [{ start: 0, end: 7, text: 'Ann Lee' }] },
      { id: 'e2', type: 'PERSON', name: 'Bob Roe', mentions: [{ start: 43, end: 50, text: 'Bob Roe' }] },
    ],
    quotes: [{ start: 14, end: 35, text: 'we agreed on $5 today', kind: 'direct', speaker: 'e1' }],
    amounts: [{ start: 27, end: 29, text: '$5', value: 5, currency: 'USD' }],
    times: [{ start: 30, end: 35, text: 'today', type: 'DATE', value: '2025-01-01' }],
    events: [
      { type: 'AGREE', source: ['e1'], target: ['e2'], sentence: { start: 0, end: 58 }, cue: { start: 17, end: 23, text: 'agreed' } },
      { type: 'CONSULT', source: [], target: [], sentence: { start: 0, end: 58 } },
    ],
  });
  assert.deepEqual(f.facts.map((x) => `${x.kind}:${text.slice(x.start, x.end)}`), [
    'entity:Ann Lee', 'entity:Bob Roe', 'quote:we agreed on $5 today', 'amount:$5', 'time:today', 'event:agreed',
  ]);
  // A quote marks its speaker's mentions; an event its actors; an event without a cue has no span to mark.
  assert.deepEqual(relatedGroups(f.detail.get('quote:0')), ['entity:e1']);
  assert.deepEqual(relatedGroups(f.detail.get('event:0')), ['entity:e1', 'entity:e2']);
  assert.equal(f.detail.has('event:1'), false);
  const [block] = layout(text, f.facts);
  assert.deepEqual(shape(block.nodes).map((n) => (n as unknown[])[0]), ['entity:e1:0', 'quote:0', 'entity:e2:0']);
});
