// End-to-end: `dossier search` with our query language (store/query.ts) and its filters and pages, over a store
// ingested from made-up JSON Lines records.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dossier, tempDir } from './helpers.js';

let db = '';
const record = (id: string, outlet: string, published: string, title: string, body: string) =>
  JSON.stringify({ id, outlet, published, title, text: `${title}\n\n${body} ${'Officials gave no further details on the matter. '.repeat(3)}` });

before(() => {
  const dir = tempDir();
  db = join(dir, 'news.db');
  const feed = join(dir, 'feed.jsonl');
  writeFileSync(feed, [
    record('r1', 'Tidings', '2025-05-02', 'Harbour strike ends', 'Dock workers in Portvale ended their strike after a wage offer.'),
    record('r2', 'Tidings', '2025-05-20', 'Growers fear frost', 'Growers near Portvale said a late frost could ruin the harvest.'),
    record('r3', 'Ledger', '2025-06-01', 'Bridge opens after strike delay', 'The bridge over the Lune opened; the strike had delayed it.'),
  ].join('\n') + '\n');
  const r = dossier(['ingest', feed, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
});

const titles = (args: string[]) => {
  const r = dossier(['search', ...args, '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as { title: string }[]).map((h) => h.title);
};

test('words, -word, OR and title: as users type them', () => {
  assert.deepEqual(titles(['strike -portvale']), ['Bridge opens after strike delay']);
  assert.deepEqual(titles(['frost OR bridge']).sort(), ['Bridge opens after strike delay', 'Growers fear frost']);
  assert.deepEqual(titles(['title:strike']).sort(), ['Bridge opens after strike delay', 'Harbour strike ends']);
});

test('--outlet, --since and --until narrow the hits; --offset gives the next page', () => {
  assert.deepEqual(titles(['portvale OR bridge', '--outlet', 'Ledger']), ['Bridge opens after strike delay']);
  assert.deepEqual(titles(['portvale OR bridge', '--since', '2025-05-10', '--until', '2025-05-31']), ['Growers fear frost']);
  const all = titles(['officials', '-n', '3']);
  assert.equal(all.length, 3);
  assert.deepEqual([...titles(['officials', '-n', '2']), ...titles(['officials', '-n', '2', '--offset', '2'])], all);
  const bad = dossier(['search', 'x', '--since', 'May', '--db', db]);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /not an ISO date/);
});

test('a query that cannot run is one line and exit code 2, before the store is opened', () => {
  for (const q of ['NOT portvale', 'strike OR', '"open', 'a OR -b']) {
    const r = dossier(['search', q, '--db', join(tempDir(), 'none.db')]);
    assert.equal(r.status, 2, q);
    assert.match(r.stderr, /^dossier: search: [^\n]+\n$/, q);
  }
});
