// The API's endpoints on made-up articles analysed by the real pipeline (fixture: POST /api/ingest into an
// in-memory store): happy paths, validation 400s, 404s, cursor pages, security headers, the OpenAPI document, the
// time limit.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../stories/story-store.js';
import { createApp, ROUTES } from './app.js';
import { openApiPath } from './openapi.js';
import { CSP_DIRECTIVES } from './settings.js';
import { ARTICLES, fixture, getJson, type Fixture } from './testing.js';

let f: Fixture;
before(async () => {
  f = await fixture();
});
after(() => f.close());

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

describe('read endpoints', () => {
  test('health: ok, version, the number of articles', async () => {
    const r = await getJson(f.app, '/api/health');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { ok: true, version: 'test', articles: 4 });
  });

  test('articles: a search ranks the title hit first and marks the words in the snippet by offsets', async () => {
    const r = await getJson(f.app, '/api/articles?q=strike');
    assert.equal(r.status, 200);
    assert.equal(r.body.items[0].id, f.ids[2]);
    const s = r.body.items[0].snippet;
    assert.ok(s.highlights.length > 0);
    for (const [a, b] of s.highlights) assert.match(s.text.slice(a, b), /^strike$/i);
    assert.ok(!/[\uE000\uE001]/.test(s.text), 'no marker characters left');
    assert.equal(r.body.nextCursor, null);
  });

  test('articles: without q newest first; filters by outlet, date range, event type and entity (id or name)', async () => {
    const all = await getJson(f.app, '/api/articles');
    assert.deepEqual(all.body.items.map((i: { id: string }) => i.id), [f.ids[3], f.ids[2], f.ids[1], f.ids[0]]);
    const ledger = await getJson(f.app, '/api/articles?outlet=ledger.example');
    assert.deepEqual(ledger.body.items.map((i: { id: string }) => i.id).sort(), [f.ids[1], f.ids[2]].sort());
    const may = await getJson(f.app, '/api/articles?since=2025-05-01&until=2025-05-31');
    assert.deepEqual(may.body.items.map((i: { id: string }) => i.id).sort(), [f.ids[0], f.ids[1]].sort());
    const byName = await getJson(f.app, `/api/articles?entity=${encodeURIComponent('Ada Quell')}`);
    assert.deepEqual(byName.body.items.map((i: { id: string }) => i.id).sort(), [f.ids[0], f.ids[1]].sort());
    const quell = (await getJson(f.app, '/api/entities?q=quell')).body.items[0];
    const byId = await getJson(f.app, `/api/articles?entity=${quell.id}`);
    assert.ok(byId.body.items.some((i: { id: string }) => i.id === f.ids[0]));
    assert.deepEqual((await getJson(f.app, '/api/articles?entity=Nobody%20Atall')).body.items, []);
    const types = (await getJson(f.app, '/api/articles?facets=1')).body.facets.eventTypes as { value: string; count: number }[];
    assert.ok(types.length > 0, 'the pipeline found events in the fixture');
    const t = types[0];
    const typed = await getJson(f.app, `/api/articles?eventType=${t.value}`);
    assert.equal(typed.body.items.length, t.count);
  });

  test('articles: facets over the hits (outlets, event types, entities)', async () => {
    const r = await getJson(f.app, '/api/articles?q=Chile&facets=1');
    assert.deepEqual(r.body.facets.outlets.map((o: { value: string }) => o.value).sort(), ['ledger.example', 'tidings.example']);
    assert.ok(r.body.facets.entities.some((e: { name: string; count: number }) => /Chile/.test(e.name) && e.count === 2));
    assert.equal((await getJson(f.app, '/api/articles?q=Chile')).body.facets, undefined, 'only when asked');
  });

  test('one article: the analysis whole, its version, story and copy; by a unique prefix; 404 when unknown', async () => {
    const r = await getJson(f.app, `/api/articles/${f.ids[0]}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.article.text, ARTICLES[0].text);
    assert.ok(Array.isArray(r.body.article.entities) && Array.isArray(r.body.article.quotes));
    assert.equal(r.body.version, 1);
    assert.equal(r.body.copyOf, null);
    assert.ok(r.body.story?.id, 'the article is in a story');
    assert.equal((await getJson(f.app, `/api/articles/${f.ids[0].slice(0, 8)}`)).body.article.id, f.ids[0]);
    const missing = await getJson(f.app, '/api/articles/ffffffffffff');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
  });

  test('entities: most mentioned first, by name words and type', async () => {
    const r = await getJson(f.app, '/api/entities?type=PERSON');
    assert.ok(r.body.items.length > 0);
    assert.ok(r.body.items.every((e: { type: string }) => e.type === 'PERSON'));
    assert.ok(r.body.items.every((e: { mentions: number }, i: number, a: { mentions: number }[]) => i === 0 || a[i - 1].mentions >= e.mentions));
    assert.deepEqual((await getJson(f.app, '/api/entities?q=quell')).body.items.map((e: { name: string }) => e.name), ['Ada Quell']);
  });

  test('dossier: found with quotes and their spans; 404 for a name nobody has', async () => {
    const r = await getJson(f.app, '/api/dossier?name=Quell');
    assert.equal(r.status, 200);
    assert.equal(r.body.kind, 'found');
    const q = r.body.dossier.quotes.find((x: { articleId: string }) => x.articleId === f.ids[1]);
    assert.ok(q, 'her quote in the second article');
    const text = ARTICLES[1].text;
    assert.equal(text.slice(q.span.start, q.span.end), q.text);
    const none = await getJson(f.app, '/api/dossier?name=Nobody%20Atall');
    assert.equal(none.status, 404);
  });

  test('quotes: by speaker, by words; spans into the article text', async () => {
    const r = await getJson(f.app, '/api/quotes?speaker=vell');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((q: { articleId: string }) => q.articleId), [f.ids[2]]);
    const q = r.body.items[0];
    assert.equal(ARTICLES[2].text.slice(q.span.start, q.span.end), q.text);
    assert.ok((await getJson(f.app, '/api/quotes?q=neighbours')).body.items.some((x: { articleId: string }) => x.articleId === f.ids[1]));
  });

  test('events: a page of rows; CSV and PLOVER downloads of the filter', async () => {
    const r = await getJson(f.app, '/api/events');
    assert.equal(r.status, 200);
    assert.ok(r.body.items.length > 0);
    const e = r.body.items[0];
    assert.ok(e.articleId && e.type && typeof e.sentence.text === 'string');
    const { body: art } = await getJson(f.app, `/api/articles/${e.articleId}`);
    assert.equal(art.article.text.slice(e.sentence.start, e.sentence.end), e.sentence.text, 'the span locates the sentence');
    const typed = await getJson(f.app, `/api/events?type=${e.type}`);
    assert.ok(typed.body.items.every((x: { type: string }) => x.type === e.type));
    const csv = await f.app.request(`/api/events?format=csv&type=${e.type}`);
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    assert.match(csv.headers.get('content-disposition')!, /attachment/);
    const lines = (await csv.text()).trim().split('\r\n');
    assert.match(lines[0], /^article_id,date,type,/);
    assert.equal(lines.length, 1 + typed.body.items.length);
    const plover = await f.app.request('/api/events?format=plover');
    assert.match(plover.headers.get('content-type')!, /^application\/x-ndjson/);
    const recs = (await plover.text()).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, r.body.items.length);
    assert.ok(recs.every((x) => x.event && x.text_info.article_id));
  });

  test('stories: the two accounts of the water deal are one story; its timeline; 404 for an unknown story', async () => {
    const r = await getJson(f.app, '/api/stories');
    assert.equal(r.status, 200);
    const story = r.body.items.find((s: { articles: number }) => s.articles === 2);
    assert.ok(story, 'one story of two articles');
    const t = await getJson(f.app, `/api/stories/${story.id}`);
    assert.deepEqual(t.body.articles.map((a: { id: string }) => a.id).sort(), [f.ids[0], f.ids[1]].sort());
    assert.deepEqual(t.body.outlets.sort(), ['ledger.example', 'tidings.example']);
    assert.ok(t.body.items.length > 0);
    const byEntity = await getJson(f.app, '/api/stories?entity=Quell');
    assert.deepEqual(byEntity.body.items.map((s: { id: string }) => s.id), [story.id]);
    assert.equal((await getJson(f.app, '/api/stories/s999999')).status, 404);
  });
});

describe('validation and errors', () => {
  const bad = async (path: string, field: string) => {
    const r = await getJson(f.app, path);
    assert.equal(r.status, 400, path);
    assert.equal(r.body.error.code, 'bad_request');
    assert.equal(typeof r.body.error.message, 'string');
    assert.ok(r.body.error.issues.some((i: { path: string; message: string }) => i.path === field && i.message), `${path}: ${JSON.stringify(r.body)}`);
  };

  test('bad parameters are 400s naming each field', async () => {
    await bad('/api/articles?limit=0', 'limit');
    await bad('/api/articles?limit=101', 'limit');
    await bad('/api/articles?limit=abc', 'limit');
    await bad('/api/articles?since=yesterday', 'since');
    await bad('/api/articles?eventType=%3Cscript%3E', 'eventType');
    await bad('/api/articles?facets=maybe', 'facets');
    await bad('/api/articles?cursor=not-a-cursor', 'cursor');
    await bad(`/api/articles?cursor=${Buffer.from('o99999999').toString('base64url')}`, 'cursor');
    await bad('/api/entities?type=ALIEN', 'type');
    await bad('/api/dossier', 'name');
    await bad('/api/events?format=xml', 'format');
    await bad('/api/articles/abc', 'id');
  });

  test('a query the search language refuses is a 400 "search_syntax" with one line', async () => {
    const r = await getJson(f.app, '/api/articles?q=NOT%20strike');
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'search_syntax');
    assert.ok(!r.body.error.message.includes('\n'));
  });

  test('unknown API paths are 404 JSON; other methods too', async () => {
    for (const path of ['/api/nothing', '/api', '/api/articles/abcdef/more']) {
      const r = await getJson(f.app, path);
      assert.equal(r.status, 404, path);
      assert.equal(r.body.error.code, 'not_found');
    }
    const del = await f.app.request('/api/articles', { method: 'DELETE', headers: { authorization: 'Bearer test-token-0123456789' } });
    assert.equal(del.status, 404);
  });
});

describe('cursor pages', () => {
  test('pages of every listing visit every item once, and end with a null cursor', async () => {
    for (const [path, key] of [['/api/articles', 'id'], ['/api/articles?q=Chile%20OR%20strike%20OR%20council', 'id'], ['/api/entities', 'id'], ['/api/quotes', 'text'], ['/api/events', 'type'], ['/api/stories', 'id']] as const) {
      const whole = (await getJson(f.app, `${path}${path.includes('?') ? '&' : '?'}limit=100`)).body.items.map((i: Record<string, unknown>) => JSON.stringify(i));
      assert.ok(whole.length >= 2, `${path} has items to page`);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const q: string = `${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`;
        const r = await getJson(f.app, q);
        assert.equal(r.status, 200, q);
        seen.push(...r.body.items.map((i: Record<string, unknown>) => JSON.stringify(i)));
        cursor = r.body.nextCursor;
        pages++;
      } while (cursor && pages < 500);
      assert.deepEqual(seen, whole, `${path} (${key})`);
    }
  });
});

describe('headers, UI and OpenAPI', () => {
  test('the CSP and the other security headers are on API, error and UI responses', async () => {
    assert.equal(Object.keys(CSP_DIRECTIVES).length, 9);
    for (const path of ['/api/health', '/api/articles?limit=0', '/api/nothing', '/', '/article/abc?span=1-2']) {
      const res = await f.app.request(path);
      assert.equal(res.headers.get('content-security-policy'), CSP, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    }
  });

  test('without a UI build, any non-API page says to run npm run build (plain text)', async () => {
    const res = await f.app.request('/story/s1');
    assert.equal(res.status, 503);
    assert.match(res.headers.get('content-type')!, /^text\/plain/);
    assert.match(await res.text(), /npm run build/);
  });

  test('the OpenAPI 3.1 document lists every route of the app with its parameters', async () => {
    const { body: doc } = await getJson(f.app, '/api/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    const routes = f.app.routes.filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && (r.method === 'GET' || r.method === 'POST'));
    assert.equal(routes.length, ROUTES.length);
    for (const r of routes) {
      const op = doc.paths[openApiPath(r.path)]?.[r.method.toLowerCase()];
      assert.ok(op, `${r.method} ${r.path} is in the document`);
      const def = ROUTES.find((x) => x.path === r.path && x.method === r.method.toLowerCase())!;
      const names = [...Object.keys(def.query?.shape ?? {}), ...Object.keys(def.params?.shape ?? {})].sort();
      assert.deepEqual(op.parameters.map((p: { name: string }) => p.name).sort(), names, `${r.path} parameters`);
      assert.ok(op.responses['200']);
    }
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/entities', '/api/dossier', '/api/quotes', '/api/events', '/api/stories', '/api/stories/{id}', '/api/ingest', '/api/health', '/api/openapi.json'])
      assert.ok(doc.paths[p], p);
    assert.deepEqual(doc.paths['/api/ingest'].post.security, [{ bearer: [] }]);
    const limit = doc.paths['/api/articles'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    assert.deepEqual([limit.schema.minimum, limit.schema.maximum], [1, 100]);
  });
});

describe('time limit', () => {
  test('a search past the store\'s time limit is a 503 "timeout" with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-limit-'));
    // A store on disk searched by its resident worker with a 1 ms limit: the worker's start alone is past it.
    const store = await openStore(join(dir, 'limit.db'), { residentSearch: true, searchTimeLimitMs: 1 });
    try {
      const app = createApp({ store, ingester: null, token: null, loopback: true, uiDir: null, version: 't' });
      const r = await getJson(app, '/api/articles?q=strike');
      assert.equal(r.status, 503);
      assert.equal(r.body.error.code, 'timeout');
      assert.ok(!r.body.error.message.includes('\n'));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
