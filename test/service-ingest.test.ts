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
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { makeAnalysis } from '../src/store/sqlite/testing.js';
import type { Store } from '../src/store/types.js';

test('a full disk in the middle of a batch: stopped at the item it struck, named once, only what was stored counted', async () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  const n = STORE_GROUP_SIZE + 8;
  for (let i = 0; i < n; i++) fs.writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), `item ${i}`);
  const real = openSqliteStore(':memory:');
  let puts = 0;
  // The stand-in workers' results are not analyses: each is stored as a made-up article of its text, and the third
  // put meets a full disk.
  const store: Store = {
    ...real,
    put: (a, p) => {
      if (++puts === 3) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      const { text } = a as unknown as { text: string };
      return real.put(makeAnalysis({ url: `https://news.example/${encodeURIComponent(text)}`, text }), p);
    },
  };
  const analyzer = createAnalyzer({ jobs: 2, timeoutMs: 0, workerUrl: new URL('./stand-in-worker.fixture.mjs', import.meta.url) });
  const outcomes: ItemOutcome[] = [];
  try {
    const { report, counts } = await ingest(store, [dir], { input: {}, analyze: {}, analyzer, onItem: (o) => outcomes.push(o) });
    assert.equal(report.summary(), '2 ok, 1 failed; stopped early: store: database or disk is full');
    assert.equal(counts.new, 2);
    assert.equal(real.count(), 2);
    const failures = outcomes.filter((o) => o.status === 'failed');
    assert.deepEqual(failures.map((o) => o.source), [join(dir, '002.txt')]);
  } finally {
    await analyzer.close();
    real.close();
  }
});
