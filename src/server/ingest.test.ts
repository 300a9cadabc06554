// POST /api/ingest: JSON and JSON Lines bodies through the batch service into the store, one-line errors per
// article, the caps (413), and concurrent ingests taking turns on the one writer.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openStore } from '../stories/story-store.js';
import type { Store } from '../store/api.js';
import { createApp } from './app.js';
import { createIngester } from './ingest.js';
import { MAX_INGEST_ARTICLES, MAX_INGEST_BYTES } from './settings.js';
import { TOKEN } from './testing.js';

let store: Store;
/** Ingests open at once, and the most seen (openJob … finishJob). */
let open = 0;
let most = 0;
before(async () => {
  const s = await openStore(':memory:');
  store = {
    ...s,
    openJob: (k, i) => {
      most = Math.max(most, ++open);
      return s.openJob(k, i);
    },
    finishJob: async (id) => {
      open--;
      return s.finishJob(id);
    },
  };
});
after(() => store.close());

const app = () => createApp({ store, ingester: createIngester(store, { timeoutPerInputMs: 0, jobs: 1 }), token: TOKEN, loopback: true, uiDir: null, version: 't' });
const post = (a: ReturnType<typeof app>, body: string, type: string) =>
  a.request('/api/ingest', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type }, body });
type Results = { results: { index: number; status: string; id?: string; error?: string }[] };

const line = (n: number, extra: Record<string, unknown> = {}) => JSON.stringify({
  url: `https://wire.example/${n}`, outlet: 'wire.example', published: '2025-04-0' + ((n % 9) + 1),
  text: `Farmers near Tarsk harvested ${n} tonnes of rye on Tuesday, the cooperative said. Prices held steady at the market.`, ...extra,
});

test('a JSON Lines body: each line stored, a bad line and an article without text fail alone with one line', async () => {
  const a = app();
  const body = [line(1), '{not json', line(2, { outlet: undefined, source: 'Wire Service' }), JSON.stringify({ url: 'https://wire.example/x' }), line(3)].join('\n');
  const res = await post(a, body, 'application/x-ndjson');
  assert.equal(res.status, 200);
  const { results } = (await res.json()) as Results;
  assert.deepEqual(results.map((r) => [r.index, r.status]), [[0, 'stored'], [1, 'failed'], [2, 'stored'], [3, 'failed'], [4, 'stored']]);
  assert.match(results[1].error!, /^line 2: invalid JSON/);
  assert.match(results[3].error!, /needs text or html/);
  for (const r of results.filter((x) => x.error)) assert.ok(!r.error!.includes('\n'));
  const stored = await store.get(results[2].id!);
  assert.equal(stored?.analysis.outlet, 'Wire Service', '`source` names the outlet');
  assert.equal(stored?.analysis.published?.slice(0, 10), '2025-04-03');
  assert.ok(stored?.analysis.entities, 'analysed by the pipeline');
});

test('a JSON object or array; the same article again is unchanged; a new text at its URL is its next version', async () => {
  const a = app();
  const one = (await (await post(a, line(10), 'application/json')).json()) as Results;
  assert.deepEqual(one.results.map((r) => r.status), ['stored']);
  const again = (await (await post(a, `[${line(10)}, ${line(11)}]`, 'application/json; charset=utf-8')).json()) as Results;
  assert.deepEqual(again.results.map((r) => r.status), ['unchanged', 'stored']);
  // The token holder speaks for what it ingested: the same address with a new text is a new version.
  const changed = (await (await post(a, line(10, { text: 'A different text under the same address, about fishing boats in Tarsk.' }), 'application/json')).json()) as Results;
  assert.deepEqual(changed.results.map((r) => r.status), ['stored']);
  assert.equal(changed.results[0].id, one.results[0].id);
  assert.equal((await store.get(one.results[0].id!))?.version, 2);
});

test('caps and bad bodies: 413 past 100 articles or 20 MB; 400 for bad JSON, an empty list or another content type', async () => {
  const a = app();
  const many = await post(a, JSON.stringify(Array.from({ length: MAX_INGEST_ARTICLES + 1 }, (_, i) => ({ text: `Item ${i}.` }))), 'application/json');
  assert.equal(many.status, 413);
  assert.equal(((await many.json()) as { error: { code: string } }).error.code, 'too_large');
  const big = await post(a, ' '.repeat(MAX_INGEST_BYTES + 1), 'application/json');
  assert.equal(big.status, 413);
  for (const [body, type] of [['{"text": ', 'application/json'], ['[]', 'application/json'], ['text=hello', 'application/x-www-form-urlencoded']]) {
    const res = await post(a, body, type);
    assert.equal(res.status, 400, `${type}: ${body}`);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'bad_request');
  }
});

test('concurrent ingests take turns on the one writer, and all of them are stored', async () => {
  const a = app();
  most = 0;
  const before = await store.count();
  const all = await Promise.all([20, 30, 40].map((base) => post(a, [line(base), line(base + 1)].join('\n'), 'application/x-ndjson')));
  for (const res of all) assert.deepEqual(((await res.json()) as Results).results.map((r) => r.status), ['stored', 'stored']);
  assert.equal(most, 1, 'one ingest at a time');
  assert.equal(await store.count(), before + 6);
});
