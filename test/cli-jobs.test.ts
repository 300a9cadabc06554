// Every core: --jobs N runs inputs on N worker threads; output stays in input order and byte for byte what one
// worker gives, a stuck input is cut off at its budget and its worker replaced, and `extract` gives the clean article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import { PATHOLOGICAL } from '../bench/pathological-texts.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { dossier, dossierAsync, ROOT, SEED, tempDir } from './helpers.js';

const made = [
  `Poor's index rises\n\nThe Standard and Poor's 500 rose 1.2 percent on Tuesday, traders said. "It was a calm day," said Ana Lind of Tarvel Bank.`,
  `Tarvel mayor resigns\n\nAna Lind, the mayor of Tarvel, resigned on Friday. Lind said she would return to Tarvel Bank, where she earned $2 million a year.`,
  `Bank reports\n\nTarvel Bank reported a profit of 4.5 billion euros for 2024. "We are pleased," chief executive Marco Vell said in March.`,
];

test('analyze --jobs 2: every document byte for byte what --jobs 1 gives, in input order', () => {
  const dir = tempDir();
  made.forEach((t, i) => fs.writeFileSync(join(dir, `${i}.txt`), t));
  const inputs = [join(dir, '0.txt'), SEED, join(ROOT, 'fixtures/demo'), join(dir, '1.txt'), join(dir, '2.txt')];
  const one = dossier(['analyze', '--jsonl', '--jobs', '1', ...inputs]);
  const two = dossier(['analyze', '--jsonl', '--jobs', '2', ...inputs]);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.status, 0, two.stderr);
  const lines = one.stdout.trim().split('\n');
  assert.ok(lines.length >= 15, `${lines.length} documents`);
  assert.equal(JSON.parse(lines[0]!).source, inputs[0]);
  assert.equal(JSON.parse(lines.at(-1)!).source, inputs[4]);
  assert.equal(two.stdout, one.stdout);
});

test('--jobs 2 with a budget: the stuck input is its own one-line error, its worker replaced, the rest in order', () => {
  const dir = tempDir();
  const files = ['a.txt', 'huge.txt', 'b.txt', 'c.txt', 'd.txt'].map((f) => join(dir, f));
  files.forEach((f, i) => fs.writeFileSync(f, i === 1 ? PATHOLOGICAL.names!(4_000_000) : made[i % made.length]!.replace('Tarvel', `Tarvel ${i}`)));
  const r = dossier(['analyze', '--jsonl', '--jobs', '2', '--timeout-per-input', '3', ...files]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source), [files[0], files[2], files[3], files[4]]);
  assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('dossier:')), [`dossier: ${files[1]}: analysis timed out after 3 s (--timeout-per-input)`]);
  assert.match(r.stderr, /^4 ok, 1 failed$/m);
});

test('extract: the clean article of each input, in order, with no language layer; --jobs 1 and 2 alike', () => {
  const dir = tempDir();
  fs.writeFileSync(join(dir, 'feed.jsonl'), made.map((text, i) => JSON.stringify({ id: `r${i}`, text, published: '2024-05-0' + (i + 1) })).join('\n'));
  const inputs = [SEED, join(dir, 'feed.jsonl'), join(ROOT, 'fixtures/demo')];
  const one = dossier(['extract', '--jobs', '1', ...inputs]);
  const two = dossier(['extract', '--jobs', '2', ...inputs]);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.stdout, one.stdout);
  const docs = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs[0].source, SEED);
  assert.deepEqual(docs.slice(1, 4).map((d) => [d.source, d.published]), made.map((_, i) => [`${join(dir, 'feed.jsonl')}:${i + 1}`, `2024-05-0${i + 1}`]));
  for (const d of docs) {
    assert.deepEqual(Object.keys(d).sort(), ['blocks', 'byline', 'id', 'language', 'outlet', 'published', 'source', 'text', 'title', 'url', 'warnings']);
    assert.ok(d.text.length > 0);
  }
  // The same id, text and blocks as the whole analysis gives.
  const analysis = JSON.parse(dossier(['analyze', '--json', '--jobs', '1', SEED]).stdout);
  assert.deepEqual([docs[0].id, docs[0].text, docs[0].blocks], [analysis.id, analysis.text, analysis.blocks]);
});

test('Ctrl-C stops an ingest with --jobs 2 cleanly: what was analysed is stored, the summary says so, a re-run resumes', async () => {
  const dir = tempDir();
  const db = join(dir, 'news.db');
  const feed = join(dir, 'feed.jsonl');
  const n = 600;
  fs.writeFileSync(feed, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: made[i % made.length]!.replace(/Tarvel/g, `Tarvel ${i}`) })).join('\n'));
  const child = dossierAsync(['ingest', feed, '--db', db, '--jobs', '2']);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // Interrupt once part of the batch is stored.
  for (let tries = 0; tries < 1200 && child.exitCode === null; tries++) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const s = openSqliteStore(db, { readOnly: true });
      const stored = s.count();
      s.close();
      if (stored > 0) break;
    } catch {
      // not created yet
    }
  }
  child.kill('SIGINT');
  const code = await exited;
  const s = openSqliteStore(db, { readOnly: true });
  const stored = s.count();
  s.close();
  if (stored < n) {
    assert.equal(code, 130, stderr);
    const summary = new RegExp(`^(\\d+) ok, 0 failed; stopped early: interrupted \\(\\d+ new, 0 new versions, 0 unchanged; ${stored} articles`, 'm');
    assert.match(stderr, summary);
    assert.equal(Number(summary.exec(stderr)![1]), stored, 'every article the summary counts is stored');
  }
  const rerun = dossier(['ingest', feed, '--db', db, '--jobs', '2']);
  assert.equal(rerun.status, 0, rerun.stderr);
  if (stored < n) assert.match(rerun.stderr, new RegExp(`resuming job \\d+: ${stored} items already stored`));
  const after = openSqliteStore(db, { readOnly: true });
  assert.equal(after.count(), n);
  after.close();
});
