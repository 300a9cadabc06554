// List articles keep all their numbered sections, however the sections are boxed; a ranked box of linked
// headlines beside an article does not join it. The pages are made up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const INTRO = [
  'Lisbon is one of the sunniest capitals in Europe, and it is easy to explore on foot in a long weekend.',
  'We asked people who live there for their favourite places; here are the ones they named most often.',
];
const NAMES = ['the castle hill', 'the old tram line', 'the riverside market', 'the tiled church', 'the botanical garden'];
const ITEMS = NAMES.map((name, i) => ({
  heading: `${i + 1}. Visit ${name}`,
  text: `Locals love ${name}, which has a fine view over the river and a quiet café nearby.`,
}));
const intro = INTRO.map((p) => `<p>${p}</p>`).join('');
const page = (body: string): string =>
  `<html><body><nav><a href="/">Home</a> <a href="/travel">Travel</a></nav>${body}<footer>Contact</footer></body></html>`;

const LAYOUTS: Record<string, string> = {
  'each section in its own box, with a picture and a link': `<article><h1>Five places</h1><div class="entry-content">${intro}</div>${ITEMS.map(
    (it) => `<div class="item"><h2>${it.heading}</h2><figure><img src="x.jpg"></figure><p>${it.text}</p><p><a href="/t">Book tickets</a></p></div>`,
  ).join('')}</article>`,
  'sections in <section> elements after the body box': `<article><h1>Five places</h1><div class="article-body">${intro}</div>${ITEMS.map(
    (it) => `<section><h3>${it.heading}</h3><p>${it.text}</p></section>`,
  ).join('')}</article>`,
  'a slideshow wrapper beside the intro': `<div class="post"><h1>Five places</h1><div class="post-content">${intro}</div><div class="slides">${ITEMS.map(
    (it) => `<div class="slide"><div class="slide-head"><h2>${it.heading}</h2></div><div class="slide-body"><p>${it.text}</p></div></div>`,
  ).join('')}</div></div>`,
  'a countdown': `<article><h1>Five places</h1><div class="entry-content">${intro}</div>${[...ITEMS]
    .reverse()
    .map((it, k) => `<div class="item"><h2>${ITEMS.length - k}. ${it.heading.slice(3)}</h2><p>${it.text}</p></div>`)
    .join('')}</article>`,
};

for (const [layout, html] of Object.entries(LAYOUTS)) {
  test(`a list article keeps every numbered section: ${layout}`, () => {
    const r = extractHtml(page(html));
    for (const p of INTRO) assert.ok(r.text.includes(p), 'introduction lost');
    for (const it of ITEMS) {
      assert.ok(r.text.includes(it.text), `section lost: ${it.heading}`);
      assert.ok(r.text.includes(it.heading.slice(3)), `heading lost: ${it.heading}`);
    }
    assert.ok(!r.text.includes('Book tickets'));
  });
}

test('a ranked box of linked headlines is not a list article', () => {
  const story = [
    'The city opened its new ferry pier on Friday after two years of building work on the southern bank.',
    'Ferries will run every twenty minutes, and a single ticket will cost the same as a bus ride, the operator said.',
  ];
  const ranked = ITEMS.map((it) => `<div class="row"><h3><a href="/s">${it.heading}</a></h3><p>${it.text}</p></div>`).join('');
  const r = extractHtml(page(`<div class="main"><div class="story">${story.map((p) => `<p>${p}</p>`).join('')}</div><div>${ranked}</div></div>`));
  assert.equal(r.text, story.join('\n\n'));
});
