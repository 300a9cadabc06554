import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const para = (s: string): string => `<p>${s}</p>`;
const P1 = 'The city council voted on Tuesday to expand the tram network, a decision that had been delayed for years.';
const P2 = 'Supporters said the new line would cut travel times, while critics warned about the cost to taxpayers.';
const P3 = 'Construction is expected to begin next spring and to last about three years, the mayor told reporters.';

const PAGE = `<!doctype html><html lang="en"><head><title>Council backs tram plan | Daily Planet</title>
<script>var tracking = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <header class="site-header"><a href="/">Daily Planet</a></header>
  <main>
    <article>
      <h1>Council backs tram plan</h1>
      <div class="byline">By Jane Doe</div>
      <div class="article-body">
        ${para(P1)}
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        ${para(P2)}
        <h2>What happens next</h2>
        ${para(P3)}
        <ul><li>Phase one: the northern loop</li><li>Phase two: the airport link</li></ul>
        <blockquote><p>This is a historic day for the city.</p></blockquote>
        <!-- a comment that must not appear -->
        <div class="newsletter-signup"><p>Sign up for our newsletter to get the latest news every morning.</p></div>
      </div>
      <div class="related-articles"><h3>Related</h3><ul>
        <li><a href="/a">Bus fares to rise again next year, the transport authority says</a></li>
        <li><a href="/b">New bike lanes open on the river front after two years of works</a></li>
        <li><a href="/c">Airport expansion approved despite protests from local residents</a></li>
      </ul></div>
    </article>
    <section id="comments"><h3>Comments</h3>
      <div class="comment"><p>I have waited for this tram line for ten years, and I am glad it is finally coming to us.</p></div>
      <div class="comment"><p>What a waste of money, the buses work fine and nobody asked for this expensive project.</p></div>
    </section>
  </main>
  <aside class="sidebar"><h3>Most read</h3><p>Local bakery wins national prize for its rye bread, beating hundreds of others.</p></aside>
  <footer><p>© 2024 Daily Planet. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;

test('finds the article body and drops page furniture', () => {
  const r = extractHtml(PAGE, { url: 'https://example.com/tram' });
  for (const p of [P1, P2, P3]) assert.ok(r.text.includes(p), `missing: ${p}`);
  for (const junk of ['Home', 'Share on Facebook', 'newsletter', 'Bus fares', 'waited for this tram', 'bakery', '©', 'not text', 'color: red', 'a comment']) {
    assert.ok(!r.text.includes(junk), `kept furniture: ${junk}`);
  }
  assert.ok(!r.text.includes('Council backs tram plan'), 'the title is metadata, not body');
  assert.ok(!r.text.includes('Jane Doe'), 'the byline is metadata, not body');
  assert.deepEqual(r.warnings, []);
});

test('cuts the body into paragraph, heading, list and blockquote blocks with exact offsets', () => {
  const r = extractHtml(PAGE);
  const texts = r.blocks.map((b) => r.text.slice(b.start, b.end));
  assert.deepEqual(
    r.blocks.map((b) => b.kind),
    ['paragraph', 'paragraph', 'heading', 'paragraph', 'list', 'blockquote'],
  );
  assert.equal(texts[0], P1);
  assert.equal(texts[2], 'What happens next');
  assert.equal(texts[4], 'Phase one: the northern loop\nPhase two: the airport link');
  assert.equal(texts[5], 'This is a historic day for the city.');
  // blocks are joined by exactly one blank line and cover the whole text
  assert.equal(r.text, texts.join('\n\n'));
  for (let i = 1; i < r.blocks.length; i++) assert.equal(r.blocks[i].start, r.blocks[i - 1].end + 2);
});

test('decodes entities and normalises whitespace, no-break spaces included', () => {
  const html = `<article><p>Caf&eacute; prices rose&nbsp;by 5&nbsp;%   in
    the &quot;old town&quot; &amp; the harbour, the statistics office said on Monday.</p>
    <p>Line one<br>line two of a longer paragraph that goes on for a while, with commas.</p></article>`;
  const r = extractHtml(html);
  assert.equal(
    r.text,
    'Café prices rose by 5 % in the "old town" & the harbour, the statistics office said on Monday.\n\n' +
      'Line one\nline two of a longer paragraph that goes on for a while, with commas.',
  );
});

test('<br><br> separates paragraphs in pages without <p>', () => {
  const html = `<div class="text">${P1}<br><br>${P2}<br/><br/>${P3}</div>`;
  const r = extractHtml(html);
  assert.deepEqual(
    r.blocks.map((b) => r.text.slice(b.start, b.end)),
    [P1, P2, P3],
  );
});

test('copies the metadata fields and never throws on malformed or truncated HTML', () => {
  const cut = PAGE.slice(0, PAGE.indexOf('<h2>') + 10); // truncated in the middle of a heading
  for (const html of [cut, '', '<', '<p', '<div><p>unclosed <b>bold <i>both', '<<<>>>', '<!--', '<![CDATA[x', '\u0000\uffff']) {
    const r = extractHtml(html);
    assert.equal(typeof r.text, 'string');
    for (const key of ['title', 'byline', 'published', 'outlet', 'url', 'language', 'blocks', 'warnings'] as const) {
      assert.ok(key in r, `missing field ${key}`);
    }
  }
  assert.ok(extractHtml(cut).text.includes(P2));
  assert.deepEqual(extractHtml('').warnings, ['no article body found']);
  // @ts-expect-error: callers outside TypeScript may pass anything
  assert.equal(extractHtml(undefined).text, '');
});

test('survives 100k nested elements without blowing the stack or the clock', () => {
  const n = 100_000;
  const html = `<body>${'<div>'.repeat(n)}${para(P1)}${'</div>'.repeat(n)}</body>`;
  const t0 = performance.now();
  const r = extractHtml(html);
  assert.ok(performance.now() - t0 < 5000, 'hostile nesting must stay fast');
  assert.ok(r.text.includes(P1));
  assert.ok(r.warnings.some((w) => w.includes('flattened')));
  const lists = extractHtml(`${'<ul><li>'.repeat(50_000)}item${'</li></ul>'.repeat(50_000)}`);
  assert.equal(typeof lists.text, 'string');
});

test('a page with only short lines still yields its text, with a warning', () => {
  const r = extractHtml('<html><body><div class="content"><p>Open daily.</p><p>Free entry.</p></div></body></html>');
  assert.equal(r.text, 'Open daily.\n\nFree entry.');
  assert.deepEqual(r.warnings, ['short article body']);
});

test('falls back to the JSON-LD articleBody when the page renders its text with scripts', () => {
  const body = [P1, P2, P3, P1, P2].join('\n');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', articleBody: body }] });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head>
    <body><div id="app"><p>Loading…</p></div><script>render()</script></body></html>`;
  const r = extractHtml(html);
  assert.equal(r.text, [P1, P2, P3, P1, P2].join('\n\n'));
  assert.ok(r.warnings.some((w) => w.includes('JSON-LD')));
  // a page that renders its text keeps its own body
  assert.ok(!extractHtml(PAGE.replace('</head>', `<script type="application/ld+json">${ld}</script></head>`)).warnings.length);
});

test('a "More in <section>" label late in the body ends it: what follows are other stories', () => {
  const teaser = 'Another story from the same section, with its own long excerpt that runs for a sentence or two here.';
  const html = `<article>${para(P1)}${para(P2)}${para(P3)}<h3>More in Politics</h3>${para(teaser)}<p>November 18, 2019</p>${para(teaser.replace('Another', 'A third'))}</article>`;
  assert.equal(extractHtml(html).text, [P1, P2, P3].join('\n\n'));
});
