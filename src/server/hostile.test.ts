// Hostile content (issue 14 item 3, the server's side): markup and script in titles, bodies, outlets and URLs comes
// back verbatim as JSON strings with content-type application/json; the API builds no HTML from an article, and the
// UI's page is the same static file whatever the path asks for.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { makeAnalysis } from '../store/sqlite/testing.js';
import { createApp } from './app.js';
import { fixture, HOSTILE, HOSTILE_ARTICLE, TOKEN, type Fixture } from './testing.js';

let f: Fixture;
before(async () => {
  f = await fixture();
});
after(() => f.close());

/** The raw body of a JSON response, checked to be JSON. */
async function raw(path: string): Promise<string> {
  const res = await f.app.request(path);
  assert.equal(res.status, 200, path);
  assert.match(res.headers.get('content-type')!, /^application\/json/, path);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  return res.text();
}

test('the article: title, text and outlet come back verbatim as JSON strings', async () => {
  const body = await raw(`/api/articles/${f.ids[3]}`);
  const { article } = JSON.parse(body) as { article: { title: string; text: string; outlet: string } };
  assert.equal(article.title, HOSTILE_ARTICLE.title);
  assert.equal(article.text, HOSTILE_ARTICLE.text);
  assert.equal(article.outlet, HOSTILE_ARTICLE.outlet);
  for (const s of Object.values(HOSTILE)) assert.ok(`${article.title} ${article.text} ${article.outlet}`.includes(s), s);
});

test('a stored javascript: URL (from another way in) comes back as a JSON string, in hits and in the article', async () => {
  const doc = makeAnalysis({ url: HOSTILE.jsUrl, title: `Quarry vote ${HOSTILE.onerror}`, text: 'The quarry vote in Harrowgate was put off again.', outlet: HOSTILE.svg });
  await f.store.put(doc);
  const { items } = JSON.parse(await raw('/api/articles?q=quarry')) as { items: { url: string; title: string; outlet: string }[] };
  assert.deepEqual([items[0].url, items[0].title, items[0].outlet], [HOSTILE.jsUrl, doc.title, HOSTILE.svg]);
  const { article } = JSON.parse(await raw(`/api/articles/${doc.id}`)) as { article: { url: string } };
  assert.equal(article.url, HOSTILE.jsUrl);
});

test('search hits, snippets and facets carry the strings as data', async () => {
  const hits = JSON.parse(await raw('/api/articles?q=council&facets=1')) as {
    items: { id: string; title: string; outlet: string; snippet: { text: string } }[]; facets: { outlets: { value: string }[] };
  };
  const hit = hits.items.find((h) => h.id === f.ids[3])!;
  assert.equal(hit.title, HOSTILE_ARTICLE.title);
  assert.equal(hit.outlet, HOSTILE_ARTICLE.outlet);
  assert.ok(hits.facets.outlets.some((o) => o.value === HOSTILE_ARTICLE.outlet));
  const lead = JSON.parse(await raw('/api/articles?outlet=' + encodeURIComponent(HOSTILE_ARTICLE.outlet))) as { items: { snippet: { text: string } }[] };
  assert.ok(lead.items[0].snippet.text.includes(HOSTILE.onerror), 'the lead keeps the markup as text');
});

test('a hostile query string is echoed nowhere as markup: errors are JSON too', async () => {
  const res = await f.app.request(`/api/articles?since=${encodeURIComponent(HOSTILE.script)}`);
  assert.equal(res.status, 400);
  assert.match(res.headers.get('content-type')!, /^application\/json/);
  const dossier = await f.app.request(`/api/dossier?name=${encodeURIComponent(HOSTILE.svg)}`);
  assert.match(dossier.headers.get('content-type')!, /^application\/json/);
});

test('ingest refuses nothing for its markup, and a javascript: URL is not an article URL', async () => {
  const res = await f.app.request('/api/ingest', {
    method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: `Budget talks in Harrowgate went on late into the night. ${HOSTILE.script}`, url: HOSTILE.jsUrl, title: HOSTILE.svg }),
  });
  const { results } = (await res.json()) as { results: { status: string; error?: string }[] };
  assert.equal(results[0].status, 'failed');
  assert.match(results[0].error!, /^url: /);
});

test('the UI page is the built file whatever the path: nothing of the request is written into it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ui-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Dossier</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(dir, 'app.css'), 'body{}');
    const app = createApp({ store: f.store, ingester: null, token: null, loopback: true, uiDir: dir, version: 't' });
    const page = await app.request(`/article/${encodeURIComponent(HOSTILE.script)}?q=${encodeURIComponent(HOSTILE.svg)}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    const html = await page.text();
    assert.ok(!html.includes('alert'), 'the request is not reflected');
    assert.match(page.headers.get('content-security-policy')!, /script-src 'self'/);
    const css = await app.request('/app.css');
    assert.match(css.headers.get('content-type')!, /^text\/css/);
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const res = await app.request(path);
      assert.ok(!(await res.text()).includes('root:'), `${path} stays inside the UI folder`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
