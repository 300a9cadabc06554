import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Analysis, Entity } from '../../doc/schema.js';
import { SearchSyntaxError } from '../types.js';
import { openSqliteStore } from './index.js';
import { makeAnalysis, tempDir, searchOf } from './testing.js';

/** An entity with `n` mentions (offsets are not checked by the store). */
const ent = (id: string, type: Entity['type'], name: string, n: number, extra: Partial<Entity> = {}): Entity => ({
  id, type, name, mentions: Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: name })), ...extra,
});

const article = (n: number, fields: Partial<Analysis>): Analysis =>
  makeAnalysis({ url: `https://news.example/${n}`, title: `Story ${n}`, published: `2025-07-0${n}`, ...fields });

const kyiv = article(1, {
  entities: [
    ent('e1', 'PERSON', 'Volodymyr Zelenskyy', 3, { role: 'President', country: 'UKR', sector: 'GOV' }),
    ent('e2', 'LOC', 'Kyiv', 2, { country: 'UKR' }),
    ent('e3', 'ORG', 'NATO', 1),
  ],
  quotes: [
    { start: 0, end: 30, text: 'We are ready for a ceasefire.', kind: 'direct', speaker: 'e1', speakerText: 'Zelenskyy', cue: { start: 31, end: 35, text: 'said' } },
    { start: 40, end: 70, text: 'the talks had stalled', kind: 'indirect', speaker: null, speakerText: 'a Kremlin spokesman' },
  ],
  amounts: [{ start: 80, end: 92, text: '$2.5 billion', value: 2.5e9, unit: 'USD', currency: 'USD', object: 'aid' }],
  times: [{ start: 100, end: 106, text: 'Monday', type: 'DATE', value: '2025-06-30' }],
});
const surnameOnly = article(2, {
  entities: [
    ent('e1', 'PERSON', 'Zelenskyy', 2),
    ent('e2', 'PERSON', 'Vladimir Putin', 4, { country: 'RUS' }),
    ent('e3', 'LOC', 'KYIV', 1, { country: 'UKR' }),
  ],
  quotes: [{ start: 0, end: 20, text: 'Peace needs guarantees.', kind: 'direct', speaker: 'e1', speakerText: 'he' }],
});

test('entities merge across articles (surname → full name, case folded) with summed counts', () => {
  const store = openSqliteStore(':memory:');
  store.put(kyiv);
  store.put(surnameOnly);
  const top = store.topEntities();
  assert.deepEqual(
    top.map((e) => [e.name, e.type, e.country, e.articles, e.mentions]),
    [
      ['Volodymyr Zelenskyy', 'PERSON', 'UKR', 2, 5],
      ['Vladimir Putin', 'PERSON', 'RUS', 1, 4],
      ['Kyiv', 'LOC', 'UKR', 2, 3],
      ['NATO', 'ORG', null, 1, 1],
    ],
  );
  assert.deepEqual(store.topEntities({ type: 'LOC' }).map((e) => e.name), ['Kyiv']);
  assert.deepEqual(store.topEntities({ limit: 1 }).map((e) => e.name), ['Volodymyr Zelenskyy']);
  assert.deepEqual(store.topEntities({ by: 'articles' }).map((e) => e.name).slice(0, 2), ['Volodymyr Zelenskyy', 'Kyiv']);
  store.close();
});

test('a full name arriving after the surname grows the stored entity (the other order gives the same row)', () => {
  const store = openSqliteStore(':memory:');
  store.put(surnameOnly);
  assert.equal(store.topEntities({ type: 'PERSON' }).find((e) => e.mentions === 2)?.name, 'Zelenskyy');
  store.put(kyiv);
  const z = store.topEntities({ type: 'PERSON' })[0];
  assert.deepEqual([z.name, z.country, z.articles, z.mentions], ['Volodymyr Zelenskyy', 'UKR', 2, 5]);
  assert.deepEqual(store.topEntities({ type: 'LOC' }).map((e) => e.name), ['Kyiv'], '"KYIV" seen first gives way to "Kyiv"');
  // The earlier quote is now found by the first name too (its speaker index follows the rename).
  assert.deepEqual(searchOf(store).searchQuotes({ speaker: 'Volodymyr' }).map((q) => q.text).sort(),
    ['Peace needs guarantees.', 'We are ready for a ceasefire.']);
  store.close();
});

test('articleEntities: the article\'s own names and roles, linked to the canonical entity', () => {
  const store = openSqliteStore(':memory:');
  store.put(kyiv);
  store.put(surnameOnly);
  const rows = store.articleEntities(surnameOnly.id);
  assert.deepEqual(
    rows.map((r) => [r.localId, r.name, r.canonicalName, r.type, r.country, r.mentions, r.articles]),
    [
      ['e2', 'Vladimir Putin', 'Vladimir Putin', 'PERSON', 'RUS', 4, 1],
      ['e1', 'Zelenskyy', 'Volodymyr Zelenskyy', 'PERSON', 'UKR', 2, 2],
      ['e3', 'KYIV', 'Kyiv', 'LOC', 'UKR', 1, 2],
    ],
  );
  const z = store.articleEntities(kyiv.id)[0];
  assert.deepEqual([z.role, z.sector], ['President', 'GOV']);
  assert.deepEqual(store.articleEntities('nope'), []);
  store.close();
});

test('a new version replaces its layers; the same content leaves them; old content back restores them', () => {
  const store = openSqliteStore(':memory:');
  store.put(kyiv);
  store.put(surnameOnly);
  const revised: Analysis = { ...surnameOnly, entities: [ent('e1', 'PERSON', 'Vladimir Putin', 1, { country: 'RUS' })], quotes: [] };
  assert.equal(store.put(revised).status, 'version');
  const putin = store.topEntities().find((e) => e.name === 'Vladimir Putin')!;
  assert.deepEqual([putin.articles, putin.mentions], [1, 1], 'counts are over latest versions only');
  assert.deepEqual(store.topEntities({ type: 'PERSON' }).find((e) => e.name.includes('Zelenskyy'))?.mentions, 3);
  assert.deepEqual(searchOf(store).searchQuotes({ speaker: 'Zelenskyy' }).map((q) => q.text), ['We are ready for a ceasefire.']);

  assert.equal(store.put({ ...revised, source: 'again.html' }).status, 'same');
  assert.equal(store.articleEntities(revised.id).length, 1);
  assert.equal(store.put(surnameOnly).status, 'version');
  assert.equal(store.articleEntities(surnameOnly.id).length, 3);
  assert.equal(searchOf(store).searchQuotes({ speaker: 'zelenskyy' }).length, 2);
  store.close();
});

test('quotes: by speaker surname or full name (case/diacritics folded), by text, both, newest first', () => {
  const store = openSqliteStore(':memory:');
  store.put(kyiv);
  store.put(surnameOnly);
  const bySurname = searchOf(store).searchQuotes({ speaker: 'zelenskyy' });
  assert.deepEqual(bySurname.map((q) => [q.text, q.speaker, q.published]), [
    ['Peace needs guarantees.', 'Volodymyr Zelenskyy', '2025-07-02'],
    ['We are ready for a ceasefire.', 'Volodymyr Zelenskyy', '2025-07-01'],
  ]);
  assert.equal(searchOf(store).searchQuotes({ speaker: 'Volodymyr ZELENSKYY' }).length, 2);
  assert.equal(searchOf(store).searchQuotes({ speaker: 'Zelensky' }).length, 0, 'another spelling is another word');
  const [unattributed] = searchOf(store).searchQuotes({ speaker: 'Kremlin' });
  assert.deepEqual([unattributed.text, unattributed.speaker, unattributed.kind], ['the talks had stalled', 'a Kremlin spokesman', 'indirect']);

  const byText = searchOf(store).searchQuotes({ text: 'ceasefires' });
  assert.deepEqual(byText.map((q) => [q.text, q.cue, q.title, q.articleId]), [['We are ready for a ceasefire.', 'said', 'Story 1', kyiv.id]]);
  assert.equal(searchOf(store).searchQuotes({ speaker: 'Zelenskyy', text: 'guarantees' }).length, 1);
  assert.equal(searchOf(store).searchQuotes({ speaker: 'Putin', text: 'guarantees' }).length, 0, 'the text is not the speaker');
  assert.equal(searchOf(store).searchQuotes({ text: "peace-needs guarantees'" }).length, 1, 'punctuation is repaired, not an error');
  assert.throws(() => searchOf(store).searchQuotes({ text: 'peace AND' }), SearchSyntaxError);
  assert.equal(searchOf(store).searchQuotes().length, 3, 'no filter: all quotes, newest first');
  assert.equal(searchOf(store).searchQuotes({ limit: 1 }).length, 1);
  store.close();
});

test('amounts and times are stored with their article and replaced with it', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'layers.db');
    const store = openSqliteStore(path);
    store.put(kyiv);
    const raw = new Database(path, { readonly: true });
    const amounts = () => raw.prepare('SELECT char_start, char_end, text, value, min, unit, currency, object FROM amounts WHERE article_id = ?').all(kyiv.id);
    const times = () => raw.prepare('SELECT n, text, type, value, mod FROM times WHERE article_id = ?').all(kyiv.id);
    assert.deepEqual(amounts(), [{ char_start: 80, char_end: 92, text: '$2.5 billion', value: 2.5e9, min: null, unit: 'USD', currency: 'USD', object: 'aid' }]);
    assert.deepEqual(times(), [{ n: 0, text: 'Monday', type: 'DATE', value: '2025-06-30', mod: null }]);
    const { amounts: _dropped, ...withoutAmounts } = kyiv;
    store.put({ ...withoutAmounts, times: [...kyiv.times!, { start: 110, end: 119, text: 'next week', type: 'DATE', value: '2025-W28', mod: 'APPROX' }] });
    assert.deepEqual(amounts(), [], 'layer absent in the new version → no rows');
    assert.deepEqual(times().map((t: any) => [t.n, t.value, t.mod]), [[0, '2025-06-30', null], [1, '2025-W28', 'APPROX']]);
    raw.close();
    store.close();
  } finally {
    cleanup();
  }
});

test('an article without layers has no rows; malformed local ids do not break the put', () => {
  const store = openSqliteStore(':memory:');
  store.put(makeAnalysis());
  assert.deepEqual(store.topEntities(), []);
  assert.deepEqual(searchOf(store).searchQuotes(), []);
  const dup = article(3, {
    entities: [ent('e1', 'ORG', 'Reuters', 2), ent('e1', 'ORG', 'Reuters', 1), ent('e2', 'MISC', '—', 1)],
    quotes: [{ start: 0, end: 5, text: 'Fine.', kind: 'direct', speaker: 'e9' }],
  });
  assert.equal(store.put(dup).status, 'new');
  assert.deepEqual(store.articleEntities(dup.id).map((e) => [e.localId, e.name, e.mentions]), [['e1', 'Reuters', 2], ['e2', '—', 1]]);
  assert.equal(searchOf(store).searchQuotes()[0].speaker, null, 'an unknown speaker id is unattributed');
  store.close();
});

test('put stays one transaction: a failure inside rolls back the article and its layers together', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() => store.transaction(() => {
    store.put(kyiv);
    throw new Error('boom');
  }), /boom/);
  assert.equal(store.count(), 0);
  assert.deepEqual(store.topEntities(), []);
  store.close();
});
