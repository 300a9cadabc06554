// End-to-end: the `dossier` command line as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dossier, dossierAsync, SEED, SHARED, hasShared, tempDir } from './helpers.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { AnalysisSchema } from '../src/doc/schema.js';

const article = (i: number) =>
  `Headline number ${i}\n\nThe council met on Tuesday to discuss item ${i} of the budget, officials said.\n\n` +
  `A second paragraph about item ${i} adds detail on what was decided and why it matters to residents.`;

test('analyze --json: the seed article becomes a clean, valid analysis document', async () => {
  const r = dossier(['analyze', SEED, '--json', '--published', '2025-07-25']);
  assert.equal(r.status, 0, r.stderr);
  const doc = AnalysisSchema.parse(JSON.parse(r.stdout));
  assert.equal(doc.source, SEED);
  assert.equal(doc.title, 'Zelenskyy, Putin meeting floated amid renewed push for peace deal');
  assert.equal(doc.outlet, 'Daily Sabah');
  assert.equal(doc.published, '2025-07-25');
  assert.ok(doc.text.startsWith('Ukraine and Russia may be inching'));
  assert.ok(doc.text.endsWith('keeps Ukraine’s arsenal stocked.'));
  assert.ok(!/newsletter|unsubscribe|source link/i.test(doc.text));
  for (const s of doc.sentences) assert.ok(s.end <= doc.text.length && s.start < s.end);
  const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
  assert.deepEqual(headings, ['Trump-backed deadline looms', 'No major gains on the battlefield']);
  if (hasShared) {
    const { scoreSeed } = await import(join(SHARED, 'tools/score-seed.mjs'));
    const gold = JSON.parse(readFileSync(join(SHARED, 'seed/expected.json'), 'utf8'));
    const scored = scoreSeed(gold, doc);
    const failed = scored.items.filter((i: { section: string; pass: boolean }) => ['title', 'body'].includes(i.section) && !i.pass);
    assert.deepEqual(failed, []);
  }
});

test('analyze --jsonl: one line per input, "source" as given, stdin included', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), article(1));
  const r = dossier(['analyze', join(dir, 'a.txt'), '-', '--jsonl'], article(2));
  assert.equal(r.status, 0, r.stderr);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(docs.map((d) => d.source), [join(dir, 'a.txt'), '-']);
  assert.match(docs[1].text, /item 2/);
});

test('a batch with bad inputs goes on, names each failure on one line, and ends with "N ok, M failed"', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), article(1));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'feed.jsonl'), [JSON.stringify({ title: 'T1', text: article(3) }), '{broken', JSON.stringify({ title: 'T3', text: article(4) })].join('\n'));
  const r = dossier(['analyze', dir, join(dir, 'missing.html'), '--jsonl']);
  assert.equal(r.status, 0, 'some inputs succeeded');
  assert.equal(r.stdout.trim().split('\n').length, 3);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('dossier: '));
  assert.equal(errors.length, 4, r.stderr);
  for (const name of ['empty.txt', 'image.png', 'feed.jsonl:2', 'missing.html']) assert.ok(errors.some((l) => l.includes(name)), `${name} in ${r.stderr}`);
  assert.match(r.stderr, /^3 ok, 4 failed$/m);
  const none = dossier(['analyze', join(dir, 'empty.txt')]);
  assert.equal(none.status, 1, 'nothing succeeded');
});

test('ingest is idempotent, keeps versions, and search/show/export read the store', () => {
  const dir = tempDir();
  const db = join(dir, 'news.db');
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in/a.txt'), article(1));
  writeFileSync(join(dir, 'in/b.txt.gz'), gzipSync(article(2).replace('budget', 'harbour budget')));
  assert.equal(dossier(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const again = dossier(['ingest', join(dir, 'in'), '--db', db]);
  assert.match(again.stderr, /2 ok, 0 failed/);
  assert.match(again.stderr, /0 new, 0 new versions, 2 unchanged; 2 articles/);

  const hits = dossier(['search', 'harbour', '--db', db, '--json']);
  assert.equal(hits.status, 0, hits.stderr);
  const [hit] = JSON.parse(hits.stdout);
  assert.equal(hit.title, 'Headline number 2');
  assert.match(hit.snippet, /\[harbour\]/);

  const bad = dossier(['search', '"unbalanced', '--db', db]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^dossier: .*search.*\n$/);

  const shown = dossier(['show', hit.id.slice(0, 8), '--db', db]);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /Headline number 2/);

  const exported = dossier(['export', '--format', 'jsonl', '--db', db]);
  assert.equal(exported.stdout.trim().split('\n').length, 2);
});

test('an interrupted ingest resumes: killed mid-batch, run again, every record stored once', async () => {
  const dir = tempDir();
  const db = join(dir, 'news.db');
  const feed = join(dir, 'feed.jsonl');
  const n = 400;
  for (let i = 0; i < n; i++) appendFileSync(feed, JSON.stringify({ id: `r${i}`, title: `Report ${i}`, text: article(i) }) + '\n');
  const child = dossierAsync(['ingest', feed, '--db', db]);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Kill it once part of the batch is stored (or let it end if it is faster than the poll).
  let stored = 0;
  for (let tries = 0; tries < 600 && child.exitCode === null; tries++) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const s = openSqliteStore(db);
      stored = s.count();
      s.close();
    } catch {
      continue;
    }
    if (stored > 0) break;
  }
  child.kill('SIGKILL');
  await exited;
  const rerun = dossier(['ingest', feed, '--db', db]);
  assert.equal(rerun.status, 0, rerun.stderr);
  if (stored > 0 && stored < n) assert.match(rerun.stderr, /resuming job/);
  const s = openSqliteStore(db);
  assert.equal(s.count(), n);
  s.close();
});

test('a changed article (same URL or feed id) is stored as a new version of the same article', () => {
  const dir = tempDir();
  const db = join(dir, 'news.db');
  const feed = join(dir, 'feed.jsonl');
  writeFileSync(feed, JSON.stringify({ id: 'x1', outlet: 'Wire', title: 'T', text: article(1) }) + '\n');
  assert.equal(dossier(['ingest', feed, '--db', db]).status, 0);
  writeFileSync(feed, JSON.stringify({ id: 'x1', outlet: 'Wire', title: 'T', text: article(1) + ' Updated.' }) + '\n');
  const r = dossier(['ingest', feed, '--db', db]);
  assert.match(r.stderr, /0 new, 1 new versions, 0 unchanged; 1 articles/);
  const s = openSqliteStore(db);
  const [only] = [...s.iterate()];
  assert.equal(only.version, 2);
  assert.match(only.analysis.text, /Updated\.$/);
  s.close();
});
