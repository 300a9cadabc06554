import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SearchSyntaxError, type Store } from '../types.js';
import { openSqliteStore } from './index.js';
import { makeAnalysis } from './testing.js';

let store: Store;
const doc = (n: number, title: string, text: string) =>
  makeAnalysis({ url: `https://news.example/${n}`, title, text, published: `2025-01-0${n}`, outlet: `outlet${n}` });

before(() => {
  store = openSqliteStore(':memory:');
  store.transaction(() => {
    store.put(doc(1, 'Markets close higher', 'Shares rose as traders weighed the ceasefire news. A ceasefire would lift stocks.'));
    store.put(doc(2, 'Ceasefire agreed in principle', 'Both sides said an agreement was near after long meetings in the ' +
      'capital, officials told reporters on Monday evening.'));
    store.put(doc(3, 'Volumes thin', 'Analysts said volumes were thin. '.repeat(10) + 'Traders left early.'));
    store.put(doc(4, "Zelenskyy's envoy joins peace-talks", 'The envoy arrived in Riyadh for the peace-talks on Sunday.'));
    store.put(doc(5, 'Café owners protest', 'Owners of cafés in the old town protested against new taxes.'));
  });
});
after(() => store.close());

test('a title hit ranks above a body-only hit (even one naming the term twice); hits carry their metadata', () => {
  const hits = store.search('ceasefire');
  assert.deepEqual(hits.map((h) => h.title), ['Ceasefire agreed in principle', 'Markets close higher']);
  assert.ok(hits[0].score > hits[1].score, 'score is higher-is-better');
  assert.deepEqual(
    { outlet: hits[0].outlet, published: hits[0].published, url: hits[0].url },
    { outlet: 'outlet2', published: '2025-01-02', url: 'https://news.example/2' },
  );
});

test('snippets show the body passage with hits wrapped in markers (default [ ], or custom)', () => {
  const bodyHit = store.search('ceasefire')[1];
  assert.equal(bodyHit.snippet, 'Shares rose as traders weighed the [ceasefire] news. A [ceasefire] would lift stocks.');
  const custom = store.search('traders', { highlight: ['<b>', '</b>'] });
  assert.equal(custom[0].snippet, 'Shares rose as <b>traders</b> weighed the ceasefire news. A ceasefire would lift stocks.');
  assert.match(custom[1].snippet, /^….* were thin\. <b>Traders<\/b> left early\.$/, 'a cut passage starts with an ellipsis');
  const titleOnly = store.search('ceasefire')[0];
  assert.match(titleOnly.snippet, /^Both sides said/, 'a title-only hit shows the lead of the text');
});

test('limit caps the number of hits', () => {
  assert.equal(store.search('said').length, 2);
  assert.equal(store.search('said', { limit: 1 }).length, 1);
  assert.equal(store.search('said', { limit: 0 }).length, 1, 'a limit below 1 still returns the best hit');
});

test('FTS5 syntax works: phrases, OR, NOT, prefix*, column filter', () => {
  const titles = (q: string) => store.search(q).map((h) => h.title).sort();
  assert.deepEqual(titles('"agreement was near"'), ['Ceasefire agreed in principle']);
  assert.deepEqual(titles('"was near agreement"'), []);
  assert.deepEqual(titles('riyadh OR taxes'), ['Café owners protest', "Zelenskyy's envoy joins peace-talks"]);
  assert.deepEqual(titles('ceasefire NOT traders'), ['Ceasefire agreed in principle']);
  assert.deepEqual(titles('protes*'), ['Café owners protest']);
  assert.deepEqual(titles('title:ceasefire'), ['Ceasefire agreed in principle']);
});

test('stemming and folded diacritics: "meeting" finds "meetings", "cafe" finds "Café"', () => {
  assert.equal(store.search('meeting').length, 1);
  assert.deepEqual(store.search('cafe').map((h) => h.title), ['Café owners protest']);
});

test('plain words with hyphens, apostrophes, colons do not error', () => {
  for (const q of ['peace-talks', "Zelenskyy's", 'peace-talks Riyadh', "Zelenskyy's envoy", 'peace-tal*'])
    assert.deepEqual(store.search(q).map((h) => h.title), ["Zelenskyy's envoy joins peace-talks"], q);
  assert.deepEqual(store.search('10:30'), []);
  assert.deepEqual(store.search('peace-talks AND sunday').length, 1, 'operators still work beside a repaired term');
});

test('a real syntax error is a SearchSyntaxError with a one-line message', () => {
  assert.throws(
    () => store.search('foo AND'),
    (err: Error) => err instanceof SearchSyntaxError && err.message === 'search: invalid query "foo AND": fts5: syntax error near ""',
  );
  assert.throws(() => store.search('(riyadh OR'), SearchSyntaxError);
  assert.throws(
    () => store.search('"unterminated'),
    (err: Error) => err instanceof SearchSyntaxError && err.message === 'search: invalid query "\\"unterminated": unterminated string',
  );
  assert.throws(() => store.search('   '), (err: Error) => err instanceof SearchSyntaxError && err.message === 'search: empty query');
});
