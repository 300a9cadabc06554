// The web UI in headless Chromium against `dossier serve` on the demo store: search, the seed article with its
// quotes highlighted under their speaker, a fact's permalink, the speaker's dossier (chart and graph), the story,
// the events explorer filtered by type, keyboard access and themes. Every page is saved as a screenshot (light and
// dark, 1280 px and a 390 px phone) under test/e2e/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, demoStore, ensureUi, hasChromium, ingestFile, launch, newPage, screenshot, serve, tempDir, type Server, type Theme } from './harness.js';

describe('web UI on the demo store', { skip: !hasChromium() && 'no Chromium at /usr/bin/chromium', timeout: 120_000 }, () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: Server;
  let browser: Browser;
  let seed: { id: string; title: string };
  const shots: { name: string; path: string }[] = [];

  before(async () => {
    tmp = tempDir();
    const db = join(tmp.dir, 'demo.db');
    // The seed article again, word for word, from another outlet: a copy the story shows under its original.
    const seedText = readFileSync(join(ROOT, 'fixtures/seed/000_91520a0463e5f117.txt'), 'utf8');
    const copy = join(tmp.dir, 'copy.jsonl');
    writeFileSync(copy, JSON.stringify({ url: 'https://copy.example/peace-talks', outlet: 'Copy Gazette', published: '2025-07-26', text: seedText }) + '\n');
    await Promise.all([demoStore(db).then(() => ingestFile(db, copy)), ensureUi()]);
    [server, browser] = await Promise.all([serve(db), launch()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    tmp?.remove();
  });

  test('search finds the seed article, with facets; its page highlights the quotes under their speaker', async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(`${server.url}/`);
    await page.locator('.hit').first().waitFor();
    await page.fill('#q', 'Zelenskyy');
    await page.press('#q', 'Enter');
    await page.waitForURL(/\?q=Zelenskyy/);
    const hit = page.locator('.hit h2 a', { hasText: 'Zelenskyy' }).first();
    await hit.waitFor();
    assert.ok(await page.locator('.facet a').count() > 0, 'facets are listed');
    // A facet narrows the search; its chip names it and takes it off again.
    await page.locator('.facet a', { hasText: 'Volodymyr Zelenskyy' }).click();
    await page.waitForURL(/entity=\d+/);
    await page.locator('.active-filters a', { hasText: 'entity: Volodymyr Zelenskyy' }).click();
    await page.waitForURL((u) => !u.search.includes('entity='));
    await hit.waitFor();
    const title = (await hit.textContent())!;
    shots.push({ name: 'search', path: '/?q=Zelenskyy' });
    await hit.click();
    await page.waitForURL(/\/article\//);
    await page.locator('.article-text').waitFor();
    assert.equal(await page.locator('h1').textContent(), title);
    seed = { id: decodeURIComponent(new URL(page.url()).pathname.split('/')[2]), title };

    // Each of Zelenskyy's quotes is a highlighted span led by his name, and holds its own words as text.
    const handles = page.locator('.hl-quote > .hl-handle', { hasText: 'Zelenskyy' });
    assert.ok(await handles.count() >= 3, `Zelenskyy's quotes are highlighted (${await handles.count()})`);
    const quote = page.locator('.hl-quote', { hasText: 'We need an end to the war' });
    assert.match((await quote.locator('.hl-handle').first().textContent())!, /Zelenskyy/);
    // Names, dates, amounts and events are highlighted too.
    for (const kind of ['.hl-PERSON', '.hl-LOC', '.hl-time', '.hl-amount', '.hl-event']) assert.ok(await page.locator(kind).count() > 0, `${kind} highlighted`);

    // A quote's details: its speaker (a link to his dossier), his mentions marked in the text, and a permalink.
    await quote.locator('.hl-handle').first().click();
    await page.waitForURL(/span=\d+-\d+/);
    const details = page.locator('.details');
    await details.getByText('Speaker', { exact: true }).waitFor();
    assert.ok(await details.locator('a', { hasText: 'Zelenskyy' }).count() > 0);
    assert.ok(await page.locator('.hl.related').count() >= 2, "the speaker's mentions are marked");
    const permalink = page.url();

    // The permalink, opened afresh, selects the quote and scrolls it into view.
    await page.goto(`${server.url}/`);
    await page.goto(permalink);
    const selected = page.locator('.hl.selected');
    await selected.waitFor();
    assert.match((await selected.textContent())!, /We need an end to the war/);
    assert.ok(await selected.isVisible());
    const box = (await selected.boundingBox())!;
    assert.ok(box.y >= 0 && box.y < 900, 'scrolled into view');
    shots.push({ name: 'article', path: new URL(permalink).pathname + new URL(permalink).search });

    // An arbitrary span (a sentence linked from a timeline) is marked.
    await page.goto(`${server.url}/article/${seed.id}?span=0-20`);
    await page.locator('mark.target').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the speaker's dossier: quotes, a chart over time and the co-occurrence graph; then his story", async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(`${server.url}/article/${seed.id}`);
    await page.locator('.hl-quote > .hl-handle', { hasText: 'Zelenskyy' }).first().click();
    await page.locator('.details a', { hasText: /^Volodymyr Zelenskyy$/ }).first().click();
    await page.waitForURL(/\/entity\?name=/);
    await page.locator('.dossier h1').waitFor();
    assert.match((await page.locator('.dossier h1').textContent())!, /Zelenskyy/);
    assert.ok(await page.locator('.quotes li').count() >= 3, 'his quotes are listed');
    // The copy's quotes are the original's: listed once, with a link to the copy.
    const texts = await page.locator('.quotes blockquote').allTextContents();
    assert.equal(new Set(texts).size, texts.length, 'no quote listed twice');
    assert.ok(await page.locator('.quotes li', { hasText: 'also in' }).count() >= 3);
    await page.locator('.chart canvas').first().waitFor();
    assert.ok(await page.locator('svg.cograph a').count() >= 2, 'co-occurring actors are drawn as linked nodes');
    shots.push({ name: 'entity', path: new URL(page.url()).pathname + new URL(page.url()).search });

    // A graph node is a link to that actor's dossier.
    const other = (await page.locator('svg.cograph a text').first().textContent())!;
    await page.locator('svg.cograph a').first().click();
    await page.waitForURL(/name=%23\d+/);
    await page.locator('.dossier h1', { hasText: other }).waitFor();

    // Without a name: the most mentioned entities, each a link to its dossier.
    await page.goto(`${server.url}/entity`);
    await page.locator('.entity-index a.chip', { hasText: 'Zelenskyy' }).click();
    await page.locator('.dossier h1', { hasText: 'Zelenskyy' }).waitFor();
    shots.push({ name: 'entities', path: '/entity' });

    // The story, from the seed article's page.
    await page.goto(`${server.url}/article/${seed.id}`);
    await page.locator('.meta a', { hasText: 'story:' }).click();
    await page.waitForURL(/\/story\//);
    await page.locator('.story h1').waitFor();
    assert.ok(await page.locator('.story-articles a', { hasText: seed.title }).count() >= 1, 'the story lists the seed article');
    assert.ok(await page.locator('.tl-item').count() > 0, 'the timeline has items');
    assert.equal(await page.locator('.story-articles .copies li', { hasText: 'Copy Gazette' }).count(), 1, 'the copy is listed under its original');
    const storyPath = new URL(page.url()).pathname;
    shots.push({ name: 'story', path: storyPath });
    // The list of stories leads to the same story.
    await page.goto(`${server.url}/stories`);
    const listed = page.locator('.story-list li', { hasText: seed.title });
    assert.match((await listed.textContent())!, /2 articles/);
    assert.equal(await listed.locator('a').getAttribute('href'), storyPath);
    shots.push({ name: 'stories', path: '/stories' });
    await page.goto(server.url + storyPath);
    await page.locator('.story h1').waitFor();
    // A timeline item links to its sentence in the article.
    await page.locator('.tl-event .sentence a').first().click();
    await page.waitForURL(/\/article\/.*span=/);
    await page.locator('mark.target, .hl.selected').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the events explorer filters by type and exports the view', async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(`${server.url}/events`);
    await page.locator('.events-table tbody tr').first().waitFor();
    const types = await page.locator('.events-table tbody tr td:nth-child(2) a').allTextContents();
    const type = types[0];
    assert.ok(new Set(types).size > 1, 'the unfiltered table holds several types');
    await page.selectOption('select[name=type]', type);
    await page.click('.filters button[type=submit]');
    await page.waitForURL(new RegExp(`type=${type}`));
    await page.locator('.events-table tbody tr').first().waitFor();
    const filtered = await page.locator('.events-table tbody tr td:nth-child(2) a').allTextContents();
    assert.ok(filtered.length > 0 && filtered.every((t) => t === type), `only ${type} rows: ${filtered.join(' ')}`);
    assert.equal(filtered.length, types.filter((t) => t === type).length);
    // The export is the current view: each PLOVER record and each CSV row has the filter's type.
    const read = async (button: string) => {
      const download = page.waitForEvent('download');
      await page.click(button);
      const file = await download;
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const plover = await read('.export button:nth-of-type(2)');
    assert.match(plover.name, /\.jsonl$/);
    const records = plover.text.trim().split('\n').map((l) => JSON.parse(l) as { event: string });
    assert.equal(records.length, filtered.length);
    assert.ok(records.every((r) => r.event === type));
    const csv = await read('.export button:nth-of-type(1)');
    assert.match(csv.name, /\.csv$/);
    assert.equal(csv.text.split('\n').filter((l) => l.includes(`,${type},`)).length, filtered.length);
    shots.push({ name: 'events', path: `/events?type=${type}` });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('search pages by cursor: "More results" appends the next page, without repeats', async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(`${server.url}/?limit=5`);
    await page.locator('.hit').first().waitFor();
    assert.equal(await page.locator('.hit').count(), 5);
    await page.click('button.more');
    await page.waitForFunction(() => document.querySelectorAll('.hit').length === 10);
    const links = await page.locator('.hit h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(new Set(links).size, 10);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard: the skip link comes first and leads to the content; the theme toggle switches themes', async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(`${server.url}/`);
    await page.locator('.hit').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('main')), 'focus moved into the main content');
    // A highlight is a link: focused and activated from the keyboard, it shows its details.
    await page.goto(`${server.url}/article/${seed.id}`);
    await page.focus('.hl-quote .hl-handle');
    await page.keyboard.press('Enter');
    await page.waitForURL(/span=\d+-\d+/);
    await page.locator('.details', { hasText: 'Speaker' }).waitFor();
    // The legend's buttons switch a kind of highlight off and on.
    const quoteMark = () => page.locator('.article-text .hl-quote').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const shown = await quoteMark();
    await page.locator('.legend-toggle', { hasText: 'quote' }).click();
    assert.equal(await quoteMark(), 'rgba(0, 0, 0, 0)');
    assert.equal(await page.locator('.legend-toggle', { hasText: 'quote' }).getAttribute('aria-pressed'), 'false');
    await page.locator('.legend-toggle', { hasText: 'quote' }).press('Enter');
    assert.equal(await quoteMark(), shown);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    await page.click('.theme-toggle');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the choice is kept');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('beyond loopback the API asks for the token: the UI shows a token form and keeps the token for the tab', async () => {
    const token = 'e2e-token-beyond-loopback';
    const guarded = await serve(join(tmp.dir, 'demo.db'), { DOSSIER_TOKEN: token }, '0.0.0.0');
    const { page, context, problems } = await newPage(browser);
    try {
      await page.goto(`${guarded.url}/?q=Zelenskyy`);
      await page.locator('#token').waitFor();
      assert.equal(await page.locator('.hit').count(), 0);
      await screenshot(page, 'token-form');
      await page.fill('#token', 'wrong');
      await page.press('#token', 'Enter');
      await page.getByText('The server refused that token.').waitFor();
      assert.ok(await page.locator('#token').isVisible(), 'a wrong token keeps the form');
      await page.fill('#token', token);
      await page.press('#token', 'Enter');
      await page.locator('.hit').first().waitFor();
      assert.equal(await page.locator('#token').count(), 0);
      assert.equal(await page.evaluate(() => sessionStorage.getItem('dossier-token')), token);
      await page.reload();
      await page.locator('.hit').first().waitFor();
      // The only errors: the browser's notes of the 401 answers.
      assert.deepEqual(problems.filter((p) => !/401/.test(p)), []);
    } finally {
      await context.close();
      await guarded.stop();
    }
  });

  test('screenshots of every page: light and dark, desktop and phone', async () => {
    assert.ok(shots.length >= 5, `pages visited: ${shots.map((s) => s.name).join(', ')}`);
    const combos = (['desktop', 'phone'] as const).flatMap((viewport) => (['light', 'dark'] as Theme[]).map((theme) => ({ viewport, theme })));
    await Promise.all(combos.map(async ({ viewport, theme }) => {
      const { page, context, problems } = await newPage(browser, { theme, viewport });
      for (const s of shots) {
        await page.goto(server.url + s.path);
        await settle(page);
        await screenshot(page, `${s.name}-${theme}-${viewport}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }));
  });
});

/** Data loaded and drawn: no "Loading…" left, a page heading, charts on their canvas, fonts ready. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    !!document.querySelector('main h1') &&
    !document.querySelector('[role=status]')?.textContent?.includes('Loading') &&
    [...document.querySelectorAll('.chart')].every((c) => c.querySelector('canvas')));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
