// Malformed markup never empties a body a browser would show: stray and mis-nested end tags, unclosed blocks,
// headings and links. Every page here is made up; each holds the same three paragraphs in a different mess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';
import { parseHtml } from './parse.js';

const P = [
  'The harbour board agreed on Monday to dredge the eastern channel before the autumn storms arrive.',
  'Fishermen had asked for the work for years, saying their boats ran aground at low tide twice a week.',
  'The dredging will cost about two million and should take six weeks, the board chairwoman said.',
];
const paras = P.map((p) => `<p>${p}</p>`).join('');
const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const page = (body: string): string => `<!doctype html><html><head><title>Harbour</title></head><body>${NAV}${body}</body></html>`;

function assertAllParagraphs(html: string, label: string): string {
  const r = extractHtml(html);
  assert.ok(!r.warnings.includes('no article body found'), `${label}: body emptied`);
  for (const p of P) assert.ok(r.text.includes(p), `${label}: missing "${p.slice(0, 30)}…"`);
  return r.text;
}

test('a stray end tag of another heading level closes the heading, as in a browser', () => {
  const text = assertAllParagraphs(page(`<div class="story"><h2>Channel to be dredged</h3><div class="text">${paras}</div></div>`), 'h2…</h3>');
  assert.ok(text.startsWith('Channel to be dredged\n\n'), 'the heading stays a heading of its own');
  const { dom } = parseHtml('<h2>A</h3><p>b</p>');
  const h2 = dom.children.find((c) => 'name' in c && c.name === 'h2') as { children: unknown[] } | undefined;
  assert.equal(h2?.children.length, 1, 'the paragraph is not inside the heading');
});

test('a heading never closed does not turn the paragraphs it swallows into heading text', () => {
  assertAllParagraphs(page(`<div class="story"><h2>Channel to be dredged<div class="text">${paras}</div></div>`), 'unclosed h2');
  // a long run of text set in a heading tag is prose
  const long = [...P, 'A second meeting on the western channel is planned for next spring, once the tide tables are known.'].join(' ');
  const r = extractHtml(page(`<div class="story"><h4>${long}</h4></div>`));
  assert.equal(r.blocks[0]?.kind, 'paragraph');
  assert.equal(r.text, long);
});

test('mis-nested and stray </div> tags keep every paragraph', () => {
  assertAllParagraphs(page(`<div class="page"><div class="story"><p>${P[0]}</p></div></div><p>${P[1]}</p></div><p>${P[2]}</p></div>`), 'stray </div>');
  assertAllParagraphs(page(`<div class="story"><p>${P[0]}<div><b>${P[1]}</p></b></div><p>${P[2]}</div></p>`), 'mis-nested');
});

test('unclosed paragraphs and divs keep every paragraph, each its own block', () => {
  const r = extractHtml(page(`<div class="story"><p>${P[0]}<p>${P[1]}<div>${P[2]}`));
  assert.deepEqual(
    r.blocks.map((b) => r.text.slice(b.start, b.end)),
    P,
  );
});

test('an unclosed link that swallows the article does not make the article link text', () => {
  assertAllParagraphs(page(`<div class="top"><a href="/home">Home<div class="story">${paras}</div></div>`), 'unclosed <a>');
  // a teaser card whose link is closed stays link text: not the body
  const card = `<a href="/other"><div class="card"><h3>Other story</h3><p>${P[0]} ${P[1]}</p></div></a>`;
  const r = extractHtml(page(`<div class="story"><p>${P[2]}</p><p>${P[1]}</p></div><div class="more">${card}</div>`));
  assert.ok(!r.text.includes(P[0]), 'a closed card link is still a link');
});

test('an unclosed aside or footer that swallows the article keeps it', () => {
  assertAllParagraphs(page(`<aside><a href="/a">Most read</a><div class="story">${paras}</div></body>`), 'unclosed <aside>');
  assertAllParagraphs(page(`<footer><a href="/a">Contact</a><div class="story">${paras}</div>`), 'unclosed <footer>');
  // a closed aside beside the article is still dropped
  const r = extractHtml(page(`<div class="story">${paras}</div><aside><p>${P[0].replace('harbour', 'airport')}</p></aside>`));
  assert.ok(!r.text.includes('airport'));
});

test('a page with neither </head> nor <body> keeps its text', () => {
  const html = `<html><head><title>Harbour</title><meta charset="utf-8"><link rel="icon" href="x.ico"><div class="story">${paras}</div></html>`;
  assertAllParagraphs(html, 'no <body>');
});

test('an unclosed button, menu, label or figure that swallows the article keeps it', () => {
  assertAllParagraphs(page(`<div class="top"><button>Menu<div class="story">${paras}</div></div>`), 'unclosed <button>');
  assertAllParagraphs(page(`<menu><li>Home</li><div class="story">${paras}</div>`), 'unclosed <menu>');
  assertAllParagraphs(page(`<div class="story"><figure><img src="x.jpg"><figcaption>The channel</figcaption>${paras}</div>`), 'unclosed <figure>');
  // a closed picture box is still a caption
  const r = extractHtml(page(`<div class="story">${paras}<figure><img src="x.jpg"><div>The eastern channel at low tide, seen from the pier.</div></figure></div>`));
  assert.ok(!r.text.includes('seen from the pier'));
});

test('an unclosed headline does not turn the article text after it into headings', () => {
  const brText = P.join('<br><br>');
  const text = assertAllParagraphs(page(`<h1 class="title">Channel to be dredged<div class="meta">By A. Writer</div><div class="post-body">${brText}</div>`), 'unclosed <h1>');
  assert.ok(!text.includes('Channel to be dredged'), 'the headline is the title, not body');
});

test('an unclosed quote or caption box that swallows the article keeps it as paragraphs', () => {
  const r = extractHtml(page(`<div class="story"><blockquote><p>We will start in May.</p>${paras}</div>`));
  for (const p of P) assert.ok(r.text.includes(p), 'unclosed <blockquote>: paragraph lost');
  assert.ok(r.blocks.filter((b) => b.kind === 'paragraph').length >= 3, 'each paragraph its own block');
  // teaser cards elsewhere hold more prose than the article, so a caption box (furniture by name) holding the
  // article would be masked as furniture if it had not swallowed it
  const cards = ['ferry', 'bridge', 'tunnel', 'canal', 'lock', 'dock', 'quay', 'beach']
    .map((w) => `<div class="card"><h3>The ${w} reopens</h3><p>Work on the ${w} ended a week early, the council said on Friday evening.</p></div>`)
    .join('');
  const named = extractHtml(page(`<div class="story"><figure class="wp-caption"><img src="x.jpg"><figcaption>Pier</figcaption>${paras}</div><div class="more">${cards}</div>`));
  for (const p of P) assert.ok(named.text.includes(p), 'unclosed caption box: paragraph lost');
});
