import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readNewsCorpus } from './news-corpus.js';

test('readNewsCorpus: English texts once each; texts paired directly or through others share the least id as group', () => {
  const pair = (id1: string, id2: string, lang2 = 'en') => JSON.stringify({ id1, id2, lang1: 'en', lang2, text1: `text ${id1} `, text2: `text ${id2}` });
  const path = join(mkdtempSync(join(tmpdir(), 'news-corpus-')), 'pairs.jsonl.gz');
  writeFileSync(path, gzipSync([pair('3', '2'), pair('2', '1'), pair('5', '4'), pair('6', '7', 'de')].join('\n')));
  const { texts, group } = readNewsCorpus(path);
  assert.deepEqual([...texts.keys()].sort(), ['1', '2', '3', '4', '5', '6']);
  assert.equal(texts.get('3'), 'text 3');
  assert.deepEqual(['1', '2', '3', '4', '5'].map(group), ['1', '1', '1', '4', '4']);
});
