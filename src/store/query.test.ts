import { test } from 'node:test';
import assert from 'node:assert/strict';
import { and, checkQuery, inField, not, or, parseQuery, phrase, positiveTerms, word } from './query.js';
import { SearchSyntaxError } from './types.js';

const refused = (input: string, re: RegExp) =>
  assert.throws(() => parseQuery(input), (e: unknown) => e instanceof SearchSyntaxError && re.test(e.message) && !e.message.includes('\n'), input);

test('words, phrases and prefixes; AND is implied', () => {
  assert.deepEqual(parseQuery('ceasefire'), word('ceasefire'));
  assert.deepEqual(parseQuery('ceasefire talks'), and(word('ceasefire'), word('talks')));
  assert.deepEqual(parseQuery('"peace talks" AND Putin'), and(phrase('peace talks'), word('Putin')));
  assert.deepEqual(parseQuery('sanction*'), word('sanction', true));
  assert.deepEqual(parseQuery('"peace tal"*'), phrase('peace tal', true));
  assert.deepEqual(parseQuery("peace-talks Zelenskyy's U.S. 10:30"), and(word('peace-talks'), word("Zelenskyy's"), word('U.S.'), word('10:30')));
});

test('OR, NOT and -word, with NOT above AND above OR (as FTS5 reads them)', () => {
  assert.deepEqual(parseQuery('a OR b'), or(word('a'), word('b')));
  assert.deepEqual(parseQuery('a b OR c'), or(and(word('a'), word('b')), word('c')));
  assert.deepEqual(parseQuery('a OR b NOT c'), or(word('a'), and(word('b'), not(word('c')))));
  assert.deepEqual(parseQuery('talks -Moscow'), and(word('talks'), not(word('Moscow'))));
  assert.deepEqual(parseQuery('talks AND NOT Moscow'), and(word('talks'), not(word('Moscow'))));
  assert.deepEqual(parseQuery('NOT Moscow talks'), and(not(word('Moscow')), word('talks')));
  assert.deepEqual(parseQuery('a -"b c"'), and(word('a'), not(phrase('b c'))));
  assert.deepEqual(parseQuery('(a OR b) c'), and(or(word('a'), word('b')), word('c')));
  assert.deepEqual(parseQuery('(a b) (c d)'), and(word('a'), word('b'), word('c'), word('d')), 'nested ANDs are one');
  assert.deepEqual(parseQuery('a and b or c'), and(word('a'), word('and'), word('b'), word('or'), word('c')), 'lower case is words');
  assert.deepEqual(parseQuery('well-known -'), word('well-known'), 'a hyphen inside a word, a lone one names nothing');
});

test('title: and text: fields, for a word, a phrase or a group; other colons are part of a word', () => {
  assert.deepEqual(parseQuery('title:ceasefire'), inField('title', word('ceasefire')));
  assert.deepEqual(parseQuery('title:"white house"'), inField('title', phrase('white house')));
  assert.deepEqual(parseQuery('text:(a OR b) -title:c'), and(inField('text', or(word('a'), word('b'))), not(inField('title', word('c')))));
  assert.deepEqual(parseQuery('author:smith'), word('author:smith'));
});

test('FTS5 leftovers users may type: ^ is dropped, NEAR(...) is a group, terms with no letter or digit vanish', () => {
  assert.deepEqual(parseQuery('^u.s.'), word('u.s.'));
  assert.deepEqual(parseQuery('NEAR(talks envoy)'), and(word('talks'), word('envoy')));
  assert.deepEqual(parseQuery('talks && envoy *'), and(word('talks'), word('envoy')));
});

test('malformed queries are refused with one line each', () => {
  refused('', /^search: empty query$/);
  refused('  "" ()  ', /^search: empty query$/);
  refused('foo AND', /^search: AND needs a word on each side$/);
  refused('OR foo', /^search: OR needs a word on each side$/);
  refused('(a OR b', /unbalanced parentheses/);
  refused('a OR b)', /unbalanced parentheses/);
  refused('a ()', /empty parentheses/);
  refused('say "hi', /unterminated phrase/);
  refused('NOT a', /at least one word that is not excluded/);
  refused('-a -b', /at least one word that is not excluded/);
  refused('a OR -b', /cannot be one side of an OR/);
  refused('a --b', /^search: - needs a word after it$/);
  assert.deepEqual(parseQuery('a - -b'), and(word('a'), not(word('b'))), 'a lone - names nothing');
  refused('a NOT NOT b', /needs a word after it/);
  assert.deepEqual(parseQuery('title: x'), and(word('title:'), word('x')), 'a field name followed by a space is a word');
  refused('a title:(', /unbalanced|ends too early/);
});

test('caps: length, words and nesting, each a one-line error naming the cap', () => {
  refused('x'.repeat(1001), /^search: query too long \(1001 characters; at most 1000\)$/);
  refused(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '), /^search: too many words in the query \(33; at most 32\)$/);
  refused('(((((((((a)))))))))', /^search: query nested too deeply \(at most 8 levels of parentheses\)$/);
  parseQuery('((((((((a))))))))');
  parseQuery(Array.from({ length: 16 }, (_, i) => `w${i}`).join(' AND '));
  const custom = { chars: 10, terms: 2, depth: 1 };
  assert.throws(() => parseQuery('a b c', { caps: custom, label: 'quotes' }), (e: Error) => e.message === 'quotes: too many words in the query (3; at most 2)');
});

test('checkQuery vets hand-built trees as the parser does', () => {
  const bad = (q: unknown, re: RegExp) => assert.throws(() => checkQuery(q as never), (e: unknown) => e instanceof SearchSyntaxError && re.test(e.message));
  bad(not(word('a')), /not excluded/);
  bad(or(word('a'), not(word('b'))), /side of an OR/);
  bad(and(word('a'), not(not(word('b')))), /cannot be excluded/);
  bad(word(''), /no letter or digit/);
  bad({ kind: 'and', of: [] }, /empty AND/);
  bad({ kind: 'field', field: 'author', of: word('a') }, /unknown field/);
  bad({ kind: 'nope' }, /not a query/);
  let deep = word('a') as ReturnType<typeof and>;
  for (let i = 0; i < 100; i++) deep = { kind: 'and', of: [deep, word('b')] };
  bad(deep, /nested too deeply/);
  checkQuery(and(word('a'), inField('title', not(word('b')))));
});

test('hostile input: whatever is typed, the parser gives a query or a one-line SearchSyntaxError, quickly', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const alphabet = ['a', 'b', ' ', '"', '(', ')', '-', '*', '^', ':', 'AND', 'OR', 'NOT', 'NEAR', 'title:', 'text:', '\0', '\n', 'é', '""', '\\'];
  const started = Date.now();
  for (let i = 0; i < 3000; i++) {
    const s = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    try {
      checkQuery(parseQuery(s));
    } catch (e) {
      assert.ok(e instanceof SearchSyntaxError && !e.message.includes('\n'), `${JSON.stringify(s)}: ${String(e)}`);
    }
  }
  assert.ok(Date.now() - started < 5000);
});

test('positiveTerms: the words and phrases looked for, not the excluded ones', () => {
  assert.deepEqual(positiveTerms(parseQuery('a "b c" -d title:(e OR f*)')), [word('a'), phrase('b c'), word('e'), word('f', true)]);
});
