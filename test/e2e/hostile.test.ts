// Hostile content in the browser: articles whose titles, bodies, outlets and URLs carry <script>, onerror= handlers,
// javascript: URLs and SVG payloads (ingested through the CLI and through POST /api/ingest) are shown on every page
// that lists them, and nothing runs: each payload would call window.__pwned (a function the test exposes) or open a
// dialog, the DOM gains no script, handler or javascript: link, and the payloads read as plain text.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureUi, hasChromium, ingestFile, launch, newPage, screenshot, serve, tempDir, type Server } from './harness.js';

const TOKEN = 'e2e-token-for-hostile-ingest';
const call = (tag: string) => `window.__pwned('${tag}')`;

/** A JSON Lines record whose fields carry the payloads as they are (the title and outlet are kept as given). */
const RECORD = {
  url: `javascript:${call('url')}//https://hostile.example/a`,
  outlet: `<img src=x onerror="${call('outlet')}">Evil Outlet`,
  published: '2025-07-26',
  title: `<script>${call('title')}</script> Zorblat council hears of intrusion`,
  text: [
    `<script>${call('title')}</script> Zorblat council hears of intrusion`,
    `The mayor of Zorblat, Maria Quillfeather, said on Saturday that an intruder had tampered with the council's servers.`,
    `"We will not let anyone break into our city's systems," Quillfeather said.`,
  ].join('\n\n'),
};

/** An HTML page whose text (escaped in the page, so it survives extraction as text) carries the payloads. */
const PAGE_TITLE = `<svg onload="${call('svg-title')}"> Zorblat council report`;
const BODY_IMG = `<img src=x onerror="${call('body-img')}">`;
const BODY_SCRIPT = `<script>alert('body-script')</script>`;
const BODY_LINK = `<a href="javascript:${call('body-link')}">click</a>`;
const BODY_SVG = `<svg><script>${call('body-svg')}</script></svg>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const HTML = `<!doctype html><html><head><title>${esc(PAGE_TITLE)}</title>
<meta property="og:site_name" content="${esc(`<script>${call('og')}</script>Hostile Times`)}"></head><body><article>
<h1>${esc(PAGE_TITLE)}</h1>
<p>The council of Zorblat said on Sunday that the string ${esc(BODY_IMG)} appeared on its website.</p>
<p>"Nobody should paste ${esc(BODY_SCRIPT)} into a form," council leader Maria Quillfeather said on Sunday.</p>
<p>Residents were sent a link, ${esc(BODY_LINK)}, and an SVG file ${esc(BODY_SVG)} by email.</p>
<script>${call('raw-script')}</script><img src=x onerror="${call('raw-img')}">
</article></body></html>`;

/** Through the API's own title and outlet fields. */
const API_ARTICLE = {
  title: `<iframe src="javascript:${call('iframe')}"></iframe> Zorblat budget vote`,
  outlet: `<svg><a xlink:href="javascript:${call('svg-link')}"><text>Svg Wire</text></a></svg>`,
  url: 'https://hostile.example/c',
  text: `The Zorblat council voted on Monday to double its security budget after the intrusion, council leader Maria Quillfeather said.\n\n"Security comes first," Quillfeather said.`,
};

describe('hostile content never executes in the UI', { skip: !hasChromium() && 'no Chromium at /usr/bin/chromium', timeout: 120_000 }, () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: Server;
  let browser: Browser;
  const ids: string[] = [];

  before(async () => {
    tmp = tempDir();
    const db = join(tmp.dir, 'hostile.db');
    const jsonl = join(tmp.dir, 'hostile.jsonl');
    writeFileSync(jsonl, JSON.stringify(RECORD) + '\n');
    // A store of the hostile articles alone (the demo's would only slow the test down).
    await Promise.all([ingestFile(db, jsonl), ensureUi()]);
    [server, browser] = await Promise.all([serve(db, { DOSSIER_TOKEN: TOKEN }), launch()]);
    const res = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([
        { html: HTML, url: `https://hostile.example/b?q=${encodeURIComponent('"><script>' + call('query') + '</script>')}`, published: '2025-07-27' },
        { ...API_ARTICLE, published: '2025-07-28' },
      ]),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const body = (await res.json()) as { results: { status: string; id?: string }[] };
    assert.deepEqual(body.results.map((r) => r.status), ['stored', 'stored']);
    const search = (await (await fetch(`${server.url}/api/articles?q=Zorblat`)).json()) as { items: { id: string }[] };
    ids.push(...search.items.map((h) => h.id));
    assert.equal(ids.length, 3, 'the hostile articles are stored and found');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    tmp?.remove();
  });

  async function visit(page: Page, path: string, fired: string[], problems: string[]) {
    await page.goto(server.url + path);
    await page.waitForFunction(() => !!document.querySelector('main h1, main [role=alert]') && !document.querySelector('[role=status]')?.textContent?.includes('Loading'));
    // Let late handlers (image errors, SVG loads) have their chance.
    await page.waitForTimeout(150);
    const dom = await page.evaluate(() => ({
      scripts: [...document.scripts].map((s) => s.src || `inline: ${s.textContent?.slice(0, 60)}`),
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      jsLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
        .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v)),
      imgs: document.querySelectorAll('main img, main svg image, main iframe, main object, main embed').length,
      flag: (window as unknown as { __pwnedFlag?: boolean }).__pwnedFlag ?? false,
    }));
    assert.equal(dom.scripts.length, 1, `only the UI's bundle is a script on ${path}: ${dom.scripts.join(', ')}`);
    assert.match(dom.scripts[0], /\/assets\/.*\.js$/);
    assert.deepEqual(dom.handlers, [], `no event handler attributes on ${path}`);
    assert.deepEqual(dom.jsLinks, [], `no javascript:/data: links on ${path}`);
    assert.equal(dom.imgs, 0, `no image or embedded element from article content on ${path}`);
    assert.deepEqual(fired, [], `no payload ran on ${path}`);
    assert.deepEqual(problems.filter((p) => !p.startsWith('console: Failed to load resource')), [], `no error or dialog on ${path}`);
  }

  test('search results, facets, article pages, story, dossier and events show the payloads as text only', async () => {
    const { page, context, problems } = await newPage(browser);
    const fired: string[] = [];
    await page.exposeFunction('__pwned', (tag: string) => { fired.push(tag); });

    // The tripwire works: a call from the page reaches the test.
    await page.goto(`${server.url}/`);
    await page.evaluate(() => (window as unknown as { __pwned: (t: string) => Promise<void> }).__pwned('control'));
    assert.deepEqual(fired.splice(0), ['control']);

    await visit(page, '/?q=Zorblat', fired, problems);
    await page.getByText(RECORD.title, { exact: true }).waitFor();
    await page.getByText(PAGE_TITLE, { exact: true }).waitFor();
    assert.ok(await page.locator('.facet a', { hasText: 'Evil Outlet' }).count() > 0, 'the outlet is a facet, as text');
    await screenshot(page, 'hostile-search');
    await visit(page, '/', fired, problems);

    for (const id of ids) {
      await visit(page, `/article/${id}`, fired, problems);
      const h1 = (await page.locator('h1').textContent())!;
      assert.ok([RECORD.title, PAGE_TITLE, API_ARTICLE.title].includes(h1), `title as text: ${h1}`);
      // The javascript: URL is not a link.
      assert.equal(await page.locator('a', { hasText: 'original' }).count(), h1 === RECORD.title ? 0 : 1, 'only an http(s) URL is a link');
      if (h1 === PAGE_TITLE) {
        // The article's own text (without the highlights' handles) holds each payload as characters.
        const text = await page.evaluate(() => {
          const copy = document.querySelector('.article-text')!.cloneNode(true) as Element;
          for (const h of copy.querySelectorAll('.hl-handle')) h.remove();
          return copy.textContent ?? '';
        });
        for (const payload of [BODY_IMG, BODY_SCRIPT, BODY_LINK, BODY_SVG]) assert.ok(text.includes(payload), `body payload shown as text: ${payload}\n${text}`);
        await screenshot(page, 'hostile-article');
        // Each highlight's details (quotes, names…), with their links.
        const n = await page.locator('.article-text a').count();
        for (let i = 0; i < Math.min(n, 8); i++) {
          await page.locator('.article-text a').nth(i).click();
          await page.waitForTimeout(50);
        }
        assert.deepEqual(fired, []);
      } else if (h1 === RECORD.title) {
        assert.match((await page.locator('.article-page .meta').textContent())!, /<img src=x onerror=/);
      } else {
        assert.ok((await page.locator('.article-page .meta').textContent())!.includes(API_ARTICLE.outlet), 'the outlet as text');
      }
      const story = page.locator('.meta a', { hasText: 'story:' });
      if (await story.count()) {
        const href = (await story.getAttribute('href'))!;
        await visit(page, href, fired, problems);
        await page.getByText(/Zorblat/).first().waitFor();
      }
    }
    await visit(page, `/entity?name=${encodeURIComponent('Maria Quillfeather')}`, fired, problems);
    await page.locator('.dossier h1', { hasText: 'Quillfeather' }).waitFor();
    await visit(page, `/events?actor=${encodeURIComponent('Zorblat')}`, fired, problems);
    await visit(page, `/events?type=${encodeURIComponent('<script>x</script>')}&actor=${encodeURIComponent(`<img src=x onerror="${call('param')}">`)}`, fired, problems);
    await visit(page, `/entity?name=${encodeURIComponent(`<svg onload="${call('name-param')}">`)}`, fired, problems);
    await visit(page, `/?q=${encodeURIComponent(`<script>${call('q-param')}</script>`)}`, fired, problems);
    // Hostile paths and permalink parameters.
    await visit(page, `/article/${encodeURIComponent(`<img src=x onerror="${call('path')}">`)}`, fired, problems);
    await visit(page, `/article/${ids[0]}?span=${encodeURIComponent('<script>')}&kind=${encodeURIComponent(`"]<img src=x onerror=${call('kind')}>`)}`, fired, problems);
    await visit(page, `/story/${encodeURIComponent(`<svg onload="${call('story-path')}">`)}`, fired, problems);
    assert.deepEqual(fired, []);
    await context.close();
  });
});
