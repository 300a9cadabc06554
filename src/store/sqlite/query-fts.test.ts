import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { and, inField, not, or, parseQuery, phrase, word } from '../query.js';
import { SearchSyntaxError } from '../types.js';
import { ftsString, toFts5 } from './query-fts.js';

test('terms become FTS5 strings; groups are parenthesized; NOT takes the exclusions of an AND', () => {
  assert.equal(toFts5(parseQuery('ceasefire')), '"ceasefire"');
  assert.equal(toFts5(parseQuery('"peace talks" AND Putin')), '("peace talks" AND "Putin")');
  assert.equal(toFts5(parseQuery('a OR b NOT c')), '("a" OR ("b" NOT "c"))');
  assert.equal(toFts5(parseQuery('a -b -c')), '("a" NOT ("b" OR "c"))');
  assert.equal(toFts5(parseQuery('sanction* "peace tal"*')), '("sanction"* AND "peace tal"*)');
  assert.equal(toFts5(parseQuery('title:(a OR b) -text:c')), '((title : "a" OR title : "b") NOT text : "c")');
  assert.equal(toFts5(inField('title', and(word('a'), inField('text', word('b'))))), '(title : "a" AND text : "b")', 'an inner field wins');
  assert.equal(toFts5(inField('title', word('a')), { title: 'text', text: 'text' }, 'text'), 'text : "a"', 'columns are mapped');
});

test('quotes are doubled and control characters blanked: no term can leave its string', () => {
  assert.equal(ftsString('say "hi"'), '"say ""hi"""');
  assert.equal(ftsString('a\0b\nc'), '"a b c"');
  assert.equal(toFts5(word('x" OR title:"y')), '"x"" OR title:""y"');
});

/** A table like articles_fts, with made-up rows. */
function table(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2')`);
  const ins = db.prepare('INSERT INTO t (rowid, title, text) VALUES (?, ?, ?)');
  ins.run(1, 'Harbour strike ends', 'Dock workers ended their strike.');
  ins.run(2, 'Frost fears', 'Growers fear a late frost and the end of the harvest.');
  ins.run(3, 'Bridge opens', 'The strike delayed the bridge.');
  return db;
}

test('translations run on FTS5 and find what the query says', () => {
  const db = table();
  const rows = (q: ReturnType<typeof parseQuery>) =>
    db.prepare<[string], { rowid: number }>('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').all(toFts5(q)).map((r) => r.rowid);
  assert.deepEqual(rows(parseQuery('strike')), [1, 3]);
  assert.deepEqual(rows(parseQuery('strike -bridge')), [1]);
  assert.deepEqual(rows(parseQuery('title:strike')), [1]);
  assert.deepEqual(rows(parseQuery('"late frost" OR bridge')), [2, 3]);
  assert.deepEqual(rows(parseQuery('harv*')), [2]);
  assert.deepEqual(rows(parseQuery('dock-workers')), [1], 'punctuation splits a word as in the text');
  assert.deepEqual(rows(or(phrase('end of the'), and(word('strike'), not(inField('title', word('harbour')))))), [2, 3]);
  // FTS5 syntax inside a word is text: none of these finds a row.
  for (const w of ['strike" OR "frost', 'title:strike', 'NEAR(strike frost)', 'strike* OR frost*', 'strike) OR (frost'])
    assert.deepEqual(rows(word(w)), [], w);
});

test('hostile input: every query the parser accepts is a valid FTS5 expression', () => {
  const db = table();
  const stmt = db.prepare('SELECT rowid FROM t WHERE t MATCH ?');
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const alphabet = ['strike', 'frost', ' ', '"', '(', ')', '-', '*', '^', ':', 'AND', 'OR', 'NOT', 'NEAR', 'title:', 'text:', '\0', "'", 'é', ',', '+', '{', '}'];
  let accepted = 0;
  for (let i = 0; i < 3000; i++) {
    const s = Array.from({ length: 1 + Math.floor(rand() * 25) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    let match: string;
    try {
      match = toFts5(parseQuery(s));
    } catch (e) {
      assert.ok(e instanceof SearchSyntaxError, `${JSON.stringify(s)}: ${String(e)}`);
      continue;
    }
    accepted++;
    assert.doesNotThrow(() => stmt.all(match), `${JSON.stringify(s)} → ${match}`);
  }
  assert.ok(accepted > 500, `most random queries are accepted (${accepted})`);
});
