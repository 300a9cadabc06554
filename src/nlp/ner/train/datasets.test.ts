import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConll } from '../conll.js';
import { conllHalfText, documentHalves, loadTrainSet, parseTrainSets, TRAIN_SETS } from './datasets.js';
import { labelType } from '../labels.js';

/** A CoNLL file of `n` made-up one-sentence documents ("Doc k opens Acme k ."). */
function conllFile(n: number, reversed = false): string {
  const docs = Array.from({ length: n }, (_, k) => `-DOCSTART- O\n\nDoc O\n${k} O\nopens O\nAcme I-ORG\n${k} I-ORG\n. O\n`);
  if (reversed) docs.reverse();
  const dir = mkdtempSync(join(tmpdir(), 'ner-halves-'));
  const path = join(dir, 'set.conll');
  writeFileSync(path, docs.join('\n'));
  return path;
}

const firstLine = (doc: { tokens: string[] }[]) => doc[0].tokens.join(' ');

test('documentHalves: two balanced halves, fixed by content, not by file order', () => {
  const a = readConll(conllFile(40));
  const b = readConll(conllFile(40, true));
  const ha = documentHalves(a.docs);
  const hb = documentHalves(b.docs);
  assert.equal(ha.filter(h => h === 'A').length, 20);
  const byText = new Map(a.docs.map((d, i) => [firstLine(d), ha[i]]));
  b.docs.forEach((d, i) => assert.equal(hb[i], byText.get(firstLine(d)), firstLine(d)));
});

test('conllHalfText: the documents of one half, each after a -DOCSTART- line, with their tags', () => {
  const file = readConll(conllFile(10));
  const halves = documentHalves(file.docs);
  const want = file.docs.filter((_, i) => halves[i] === 'B').map(firstLine);
  const dir = mkdtempSync(join(tmpdir(), 'ner-half-b-'));
  writeFileSync(join(dir, 'b.conll'), conllHalfText(file, 'B'));
  const b = readConll(join(dir, 'b.conll'));
  assert.deepEqual(b.docs.map(firstLine), want);
  assert.deepEqual(b.docs[0][0].tags, ['O', 'O', 'O', 'I-ORG', 'I-ORG', 'O']);
});

test('parseTrainSets: names with optional repeat counts', () => {
  assert.deepEqual(parseTrainSets('conll, wikigoldA*3'), [{ name: 'conll', times: 1 }, { name: 'wikigoldA', times: 3 }]);
  assert.throws(() => parseTrainSets('conll,wikigold'), /unknown training set/);
  assert.throws(() => parseTrainSets('wikigoldA*0'), /at least 1/);
});

test('loadTrainSet wikigoldA: only half A, fully labelled, demonym MISC as NORP', () => {
  const text = readFileSync(conllFile(12), 'utf8').replace(/^Doc O$/gm, 'Doc O\nGerman I-MISC');
  const nerDir = mkdtempSync(join(tmpdir(), 'ner-dir-'));
  mkdirSync(join(nerDir, TRAIN_SETS.wikigoldA.split('/')[0]));
  writeFileSync(join(nerDir, TRAIN_SETS.wikigoldA), text);
  const file = readConll(join(nerDir, TRAIN_SETS.wikigoldA));
  const halves = documentHalves(file.docs);
  const docs = loadTrainSet(nerDir, 'wikigoldA', new Set(['german']));
  assert.deepEqual(docs.map(d => d[0].tokens.join(' ')), file.docs.filter((_, i) => halves[i] === 'A').map(firstLine));
  assert.ok(docs.every(d => d[0].allowed === null));
  assert.equal(labelType(docs[0][0].gold[1]), 'NORP');
});

test('documentHalves: documents of one story group stay in one half; conllHalfText keeps the groups', () => {
  // 30 texts in 10 groups of three: "group=" and "id=" fields on the -DOCSTART- lines.
  const group = (k: number) => String(1484000000 + (k % 10) * 7919);
  const docs = Array.from({ length: 30 }, (_, k) => `-DOCSTART- group=${group(k)} id=t${k} O\n\nText O\n${k} O\n. O\n`);
  const dir = mkdtempSync(join(tmpdir(), 'ner-groups-'));
  writeFileSync(join(dir, 'news.conll'), docs.join('\n'));
  const file = readConll(join(dir, 'news.conll'));
  assert.deepEqual(file.docIds.slice(0, 2), ['t0', 't1']);
  assert.deepEqual(file.docGroups.slice(0, 2), [group(0), group(1)]);
  const halves = documentHalves(file.docs, file.docGroups);
  for (let k = 0; k < 30; k++) assert.equal(halves[k], halves[k % 10], `text ${k} with its group`);
  assert.ok(halves.includes('A') && halves.includes('B'));
  writeFileSync(join(dir, 'b.conll'), conllHalfText(file, 'B'));
  const b = readConll(join(dir, 'b.conll'));
  assert.ok(b.docGroups.every(g => g !== null && halves[(Number(g) - 1484000000) / 7919] === 'B'));
  // A second set ("pr:" groups) is split on its own: the first set's halves do not move.
  const more = Array.from({ length: 3 }, (_, k) => `-DOCSTART- group=pr:2021-10-${10 + (k % 2)} id=r${k} O\n\nRelease O\n${k} O\n. O\n`);
  writeFileSync(join(dir, 'both.conll'), [...docs, ...more].join('\n'));
  const both = readConll(join(dir, 'both.conll'));
  const bothHalves = documentHalves(both.docs, both.docGroups);
  assert.deepEqual(bothHalves.slice(0, 30), halves);
  assert.ok(bothHalves.slice(30).includes('A') && bothHalves.slice(30).includes('B'));
});
