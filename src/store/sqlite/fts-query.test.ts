import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFtsQueryError, repairQuery } from './fts-query.js';

test('repairQuery quotes plain terms and keeps operators, phrases, parentheses, prefix, initial, columns', () => {
  assert.equal(repairQuery('peace-talks'), '"peace-talks"');
  assert.equal(repairQuery("Zelenskyy's visit"), `"Zelenskyy's" "visit"`);
  assert.equal(repairQuery('peace-talk* AND (kyiv OR "white house")'), '"peace-talk"* AND ( "kyiv" OR "white house" )');
  assert.equal(repairQuery('NOT a.b'), 'NOT "a.b"');
  assert.equal(repairQuery('^u.s. title:u.s.-china'), '^"u.s." title:"u.s.-china"');
  assert.equal(repairQuery('say "hi'), '"say" "hi', 'an unterminated phrase stays broken (then reported)');
  assert.equal(repairQuery('a"b'), '"a" "b', 'a stray quote is not silently dropped');
  assert.equal(repairQuery('NEAR(x-y z)'), 'NEAR ( "x-y" "z" )');
  assert.equal(repairQuery('near-by'), '"near-by"');
  assert.equal(repairQuery('* ^'), '');
});

test('isFtsQueryError recognises the FTS5 parser messages only', () => {
  for (const m of ['fts5: syntax error near "x"', 'no such column: talks', 'unterminated string', 'unknown special query: x'])
    assert.ok(isFtsQueryError(new Error(m)), m);
  assert.ok(!isFtsQueryError(new Error('database is locked')));
  assert.ok(!isFtsQueryError('fts5: not an Error'));
});
