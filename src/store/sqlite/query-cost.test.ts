import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SearchSyntaxError } from '../types.js';
import { migrate } from './migrate.js';
import { queryCost } from './query-cost.js';
import { openSqliteStore } from './index.js';
import { makeAnalysis, searchOf } from './testing.js';

function storeDb(texts: string[]): Database.Database {
  const db = new Database(':memory:');
  migrate(db);
  const ins = db.prepare(`INSERT INTO articles (id, title, text, first_seen, updated, latest_version) VALUES (?, '', ?, '', '', 1)`);
  texts.forEach((t, i) => ins.run(`a${i}`, t));
  return db;
}

const refused = (f: () => void, re: RegExp) => assert.throws(f, (e: unknown) => e instanceof SearchSyntaxError && re.test(e.message) && !e.message.includes('\n'));

test('length and word caps: one-line errors naming the cap', () => {
  const cost = queryCost(storeDb(['a b c']), 'articles_fts', { chars: 40, terms: 4, prefixPostings: 100 });
  cost.check('talks AND ceasefire', 'search');
  refused(() => cost.check('x'.repeat(41), 'search'), /^search: query too long \(41 characters; at most 40\)$/);
  refused(() => cost.check('one two three four five', 'search'), /^search: too many words in the query \(5; at most 4\)$/);
  cost.check('one AND two OR three NOT four', 'search'); // operators are not words
});

test('prefix terms are costed by the index entries they expand to, repeats included', () => {
  // "sa*" expands to sanction, sanctions (stemmed: sanction), save, said: each in several documents.
  const texts = Array.from({ length: 10 }, (_, i) => `sanctions were said to save ${i} jobs; tariffs too`);
  const cost = queryCost(storeDb(texts), 'articles_fts', { chars: 1000, terms: 32, prefixPostings: 25 });
  cost.check('sanc* tarif*', 'search'); // 10 + 10 postings
  refused(() => cost.check('sa*', 'search'), /^search: prefix terms match too much of the index/);
  refused(() => cost.check('sanc* sanc* sanc*', 'search'), /prefix terms match too much/);
  cost.check('"sanctions were"', 'search'); // no prefix: not costed
  cost.check('zz*', 'search');
});

test('the store refuses an over-long query before running it, in search and in quote search', () => {
  const store = openSqliteStore(':memory:');
  store.put(makeAnalysis());
  const many = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
  refused(() => searchOf(store).search(many), /^search: too many words/);
  refused(() => searchOf(store).searchQuotes({ text: many }), /^quotes: too many words/);
  assert.equal(searchOf(store).search('Geneva').length, 1);
  store.close();
});
