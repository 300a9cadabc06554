// The ingest service with stand-in workers: a store that fills up in the middle of a long batch stops it at the item
// the store failed on, names that item once, and counts only what was stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../src/run/analyzer.js';
import type { ItemOutcome } from '../src/service/batch.js';
import { ingest } from '../src/service/ingest.js';
import { STORE_GROUP_SIZE } from '../src/service/settings.js';
import { withStories } from '../src/stories/story-store.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { makeAnalysis } from '../src/store/sqlite/testing.js';
import type { Store } from '../src/store/types.js';

test('a full disk in the middle of a batch: stopped at the group it struck, only what was stored counted', async () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  const n = STORE_GROUP_SIZE * 2 + 8;
  for (let i = 0; i < n; i++) fs.writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), `item ${i}`);
  const real = openSqliteStore(':memory:');
  let puts = 0;
  // The stand-in workers' results are not analyses: each is stored as a made-up article of its text, and the third
  // put meets a full disk.
  const store: Store = {
    ...real,
    put: (a, p) => {
      if (++puts === STORE_GROUP_SIZE + 3) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      const { text } = a as unknown as { text: string };
      return real.put(makeAnalysis({ url: `https://news.example/${encodeURIComponent(text)}`, text }), p);
    },
  };
  const analyzer = createAnalyzer({ jobs: 2, timeoutMs: 0, workerUrl: new URL('./stand-in-worker.fixture.mjs', import.meta.url) });
  const outcomes: ItemOutcome[] = [];
  try {
    const { report, counts } = await ingest(withStories(store, ':memory:'), [dir], { input: {}, analyze: {}, analyzer, onItem: (o) => outcomes.push(o) });
    // The first group is stored; the second, which the full disk struck, is not (a re-run takes it up), and the batch
    // stops there instead of failing every input after it.
    assert.equal(report.summary(), `${STORE_GROUP_SIZE} ok, 0 failed; stopped early: store: database or disk is full`);
    assert.equal(counts.new, STORE_GROUP_SIZE);
    assert.equal(real.count(), STORE_GROUP_SIZE);
    assert.ok(outcomes.length < n, 'no input read after the stop');
  } finally {
    await analyzer.close();
    real.close();
  }
});

test('an ingest brings the stories up to date: each stored article has its story, a copy is linked to its original', async () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'dossier-ingest-stories-'));
  const body = 'Harbour workers in Portvale ended a two-week strike on Friday after the dock union accepted a wage offer '
    + 'from the port authority, which had warned that ships were being diverted to rival harbours along the coast.';
  fs.writeFileSync(join(dir, 'a.txt'), `Portvale strike ends\n\n${body}`);
  fs.writeFileSync(join(dir, 'b.txt'), `Portvale dockers end strike\n\n${body} The deal runs to 2027.\n\nShare this article.`);
  fs.writeFileSync(join(dir, 'c.txt'), 'Orchard frost\n\nGrowers near Velmar fear a late frost could ruin the apple harvest this spring.');
  const store = openSqliteStore(':memory:');
  const analyzer = createAnalyzer({ jobs: 1, timeoutMs: 0 });
  try {
    const { report, stories } = await ingest(withStories(store, ':memory:'), [dir], { input: {}, analyze: { published: '2025-05-02' }, analyzer });
    assert.equal(report.ok, 3, report.summary());
    assert.equal(stories?.assigned, 3);
    assert.equal(store.stories.pending(), 0);
    const ids = [...store.iterate()].map((a) => a.id);
    const [sa, sb, sc] = ids.map((id) => store.stories.storyOf(id));
    assert.ok(sa && sa === sb, 'the edited copy joins its original\'s story');
    assert.equal(store.stories.members(sa).filter((m) => m.copy).length, 1, 'and is linked as its copy');
    assert.notEqual(sc, sa);
    const again = await ingest(withStories(store, ':memory:'), [dir], { input: {}, analyze: { published: '2025-05-02' }, analyzer });
    assert.equal(again.stories?.assigned, 0, 'nothing new, nothing assigned');
  } finally {
    await analyzer.close();
    store.close();
  }
});
