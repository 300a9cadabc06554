// Checks on the shared corpora (skipped when ../shared is absent): clean newswire loses (almost) nothing,
// and the scraped Ukraine crawl loses its common clutter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { traceText } from './index.js';

const shared = (rel: string) => fileURLToPath(new URL(`../../../../shared/${rel}`, import.meta.url));
const REUTERS = shared('data/corpora/reuters21578/articles.jsonl.gz');
const MEANTIME = shared('data/corpora/meantime_en/articles.jsonl');
const WEBCRAWL = shared('data/corpora/ukraine/webcrawl_2026.jsonl');

interface Rec {
  id: string;
  title?: string;
  url?: string;
  text?: string;
  labels?: { likely_non_article_or_off_topic?: boolean };
}

/** The first `limit` records that have a text, read as a stream (the Reuters file is 25 MB unpacked). */
async function records(file: string, limit: number): Promise<Rec[]> {
  const input = createReadStream(file);
  const lines = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const out: Rec[] = [];
  for await (const line of lines) {
    if (!line) continue;
    const r = JSON.parse(line) as Rec;
    if (r.text) out.push(r);
    if (out.length >= limit) break;
  }
  lines.close();
  input.destroy();
  return out;
}

/** Characters of the input's lines that were dropped, not counting lines that only repeat the title. */
function removedShare(recs: readonly Rec[]): { removed: number; total: number } {
  let removed = 0;
  let total = 0;
  for (const r of recs) {
    const t = traceText(r.text ?? '', { title: r.title, url: r.url });
    for (const u of t.units) {
      total += u.text.length;
      if (!u.kept && u.verdict !== 'title') removed += u.text.length;
    }
  }
  return { removed, total };
}

test('Reuters newswire (first 200 texts): less than 1% of body characters removed', { skip: !existsSync(REUTERS) && 'no shared data' }, async () => {
  const { removed, total } = removedShare(await records(REUTERS, 200));
  assert.ok(total > 100_000, `read ${total} characters`);
  assert.ok(removed / total < 0.01, `removed ${removed} of ${total} characters`);
});

test('MEANTIME Wikinews texts: less than 1% removed besides the repeated title', { skip: !existsSync(MEANTIME) && 'no shared data' }, async () => {
  const { removed, total } = removedShare(await records(MEANTIME, 200));
  assert.ok(total > 50_000, `read ${total} characters`);
  assert.ok(removed / total < 0.01, `removed ${removed} of ${total} characters`);
});

test('Ukraine web crawl: common clutter is gone and articles keep their body', { skip: !existsSync(WEBCRAWL) && 'no shared data' }, async () => {
  const recs = await records(WEBCRAWL, 1000);
  assert.equal(recs.length, 60);
  const clutter = [
    'Skip to main content', 'We use cookies', 'Your browser does not support', 'notification-important', 'list 1 of 3',
    'Sign up here', 'Accept all cookies', 'Exclusive news, data and analytics', 'Do Not Sell or Share',
    'ERROR MESSAGE HEADING', 'All rights reserved', 'Scan the QR code',
  ];
  for (const r of recs) {
    const a = traceText(r.text ?? '', { title: r.title, url: r.url }).article;
    for (const c of clutter) assert.ok(!a.text.includes(c), `${r.id} still has "${c}"`);
    if (r.labels?.likely_non_article_or_off_topic) continue;
    // Real articles keep most of their text (the crawl's clutter is mostly at most about half of a page; a wire
    // story under a long site menu keeps its 3,000-odd characters).
    assert.ok(a.text.length > 0.4 * (r.text ?? '').length || a.text.length > 3000, `${r.id} kept ${a.text.length} of ${(r.text ?? '').length}`);
    assert.ok(a.outlet, `${r.id} has an outlet`);
  }
});
