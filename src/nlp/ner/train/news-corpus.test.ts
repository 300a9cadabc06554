import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDatedRecords, readStoryPairs } from './news-corpus.js';

test('readStoryPairs: English texts once each; texts paired directly or through others share the least id as group', () => {
  const pair = (id1: string, id2: string, lang2 = 'en') => JSON.stringify({ id1, id2, lang1: 'en', lang2, text1: `text ${id1} `, text2: `text ${id2}` });
  const path = join(mkdtempSync(join(tmpdir(), 'news-corpus-')), 'pairs.jsonl.gz');
  writeFileSync(path, gzipSync([pair('3', '2'), pair('2', '1'), pair('5', '4'), pair('6', '7', 'de')].join('\n')));
  const { texts, group } = readStoryPairs(path);
  assert.deepEqual([...texts.keys()].sort(), ['1', '2', '3', '4', '5', '6']);
  assert.equal(texts.get('3'), 'text 3');
  assert.deepEqual(['1', '2', '3', '4', '5'].map(group), ['1', '1', '1', '4', '4']);
});

test('readDatedRecords: records with a text, each in the group of its day under the set prefix', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'news-records-')), 'records.jsonl.gz');
  const rec = (id: string, published?: string, text = `text ${id}`) => JSON.stringify({ id, published, text });
  writeFileSync(path, gzipSync([rec('a', '2021-10-24T11:00:00Z'), rec('b', '2021-10-24T18:30:00Z'), rec('c', '2021-10-25T09:00:00Z'), rec('d', undefined, '')].join('\n')));
  const { texts, group } = readDatedRecords(path, 'pr');
  assert.deepEqual([...texts.keys()], ['a', 'b', 'c']);
  assert.deepEqual(['a', 'b', 'c'].map(group), ['pr:2021-10-24', 'pr:2021-10-24', 'pr:2021-10-25']);
});
