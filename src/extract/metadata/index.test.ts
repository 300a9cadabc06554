import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { getOuterHTML } from 'domutils';
import { extractMetadata } from './index.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const meta = (html: string, url?: string) => extractMetadata(parseDocument(html), { url, now: NOW });

test('JSON-LD @graph: NewsArticle headline, author array, date, publisher by @id', () => {
  const m = meta(`<html lang="en-GB"><head><title>Ignored | Daily Planet</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"https://planet.test/#site","name":"Daily Planet"},
      {"@type":"Organization","@id":"https://planet.test/#org","name":"Daily Planet Media"},
      {"@type":"Person","@id":"https://planet.test/#lois","name":"Lois Lane"},
      {"@type":"NewsArticle","headline":"Mayor opens bridge","datePublished":"2018-04-05T06:00:00-04:00",
       "author":[{"@id":"https://planet.test/#lois"},{"@type":"Person","name":{"@value":"x","name":"Clark Kent"}}, "Jimmy Olsen"],
       "publisher":{"@id":"https://planet.test/#org"}}
    ]}</script></head><body><h1>Mayor opens bridge</h1></body></html>`);
  assert.equal(m.title, 'Mayor opens bridge');
  assert.deepEqual(m.byline, ['Lois Lane', 'Clark Kent', 'Jimmy Olsen']);
  assert.equal(m.published, '2018-04-05T06:00:00-04:00');
  assert.equal(m.outlet, 'Daily Planet Media');
  assert.equal(m.language, 'en');
});

test('JSON-LD in an array, author as a plain string; an embedded VideoObject does not win', () => {
  const m = meta(`<head><script type="application/ld+json">[
    {"@type":"VideoObject","name":"Clip","uploadDate":"2015-01-16T14:53:35+01:00"},
    {"@type":"BlogPosting","headline":"Notes on bees","author":"Ann Poe","datePublished":"2020-03-02"}
  ]</script></head>`);
  assert.equal(m.title, 'Notes on bees');
  assert.deepEqual(m.byline, ['Ann Poe']);
  assert.equal(m.published, '2020-03-02');
});

test('OpenGraph: title, site name, article:published_time, article:author name (URL dropped)', () => {
  const m = meta(`<head>
    <meta property="og:title" content="Storm hits coast">
    <meta property="og:site_name" content="Coastal News">
    <meta property="og:locale" content="de_DE">
    <meta property="article:published_time" content="2019-10-19T14:34+0200">
    <meta property="article:author" content="https://facebook.com/someone">
    <meta property="article:author" content="Jane Roe">
  </head>`);
  assert.equal(m.title, 'Storm hits coast');
  assert.equal(m.outlet, 'Coastal News');
  assert.equal(m.published, '2019-10-19T14:34:00+02:00');
  assert.deepEqual(m.byline, ['Jane Roe']);
  assert.equal(m.language, 'de');
});

test('meta tags: author, dc.date, content-language; citation_author "Last, First"', () => {
  const m = meta(`<head><title>A study of things</title>
    <meta http-equiv="content-language" content="fr-FR">
    <meta name="dc.date" content="05.04.2018">
    <meta name="citation_author" content="Kooman, F.">
    <meta name="citation_author" content="Jong, Michiel de">
  </head>`);
  assert.equal(m.published, '2018-04-05');
  assert.deepEqual(m.byline, ['F. Kooman', 'Michiel de Jong']);
  assert.equal(m.language, 'fr');
  const p = meta('<head><meta name="parsely-author" content="By JOHN SMITH and Mary Major, Staff Writers"></head>');
  assert.deepEqual(p.byline, ['John Smith', 'Mary Major']);
});

test('<time datetime> and itemprop=datePublished when no meta date', () => {
  const t = meta('<body><article><h1>Hello world</h1><time class="published" datetime="2021-11-01T10:52:50+0100">1 Nov</time></article></body>');
  assert.equal(t.published, '2021-11-01T10:52:50+01:00');
  const i = meta('<body><span itemprop="datePublished" content="2017-12-15">Dec 15</span></body>');
  assert.equal(i.published, '2017-12-15');
  const text = meta('<body><h1>Hund vertreibt Einbrecher</h1><p class="meta">Von Anna Berg | 5. April 2018</p></body>');
  assert.equal(text.published, '2018-04-05');
  assert.deepEqual(text.byline, ['Anna Berg']);
});

test('a UTC time stamp yields to the same instant with the publisher offset', () => {
  const m = meta(`<head><script type="application/ld+json">{"@type":"Article","headline":"X y z","datePublished":"2017-02-24T01:18:13Z"}</script>
    <meta property="article:published_time" content="2017-02-23T17:18:13-08:00"></head>`);
  assert.equal(m.published, '2017-02-23T17:18:13-08:00');
});

test('dates: future and pre-1990 dates are rejected; URL date is a fallback', () => {
  assert.equal(meta('<head><meta name="date" content="2031-01-01"></head>').published, null);
  assert.equal(meta('<head><meta name="date" content="1970-01-01"></head>').published, null);
  assert.equal(meta('<head></head>', 'https://x.test/2016/12/22/some-story/').published, '2016-12-22');
});

test('title: site suffix and prefix stripped, h1 that agrees wins, kicker dropped', () => {
  assert.equal(meta('<head><title>How to Build a Terrarium | eHow</title></head>', 'https://www.ehow.com/a').title, 'How to Build a Terrarium');
  assert.equal(meta('<head><title>Daily Planet - Mayor opens the new bridge</title><meta property="og:site_name" content="Daily Planet"></head>').title,
    'Mayor opens the new bridge');
  assert.equal(meta('<head><title>Obama admits gun laws are his biggest frustration - BBC News</title></head>', 'https://www.bbc.com/news/1').title,
    'Obama admits gun laws are his biggest frustration');
  // A dash inside a headline stays when the site is known and the part is not it.
  assert.equal(meta('<head><meta property="og:site_name" content="ACLU"><title>Students Criminalized for Bad Grades – Until Now | ACLU</title></head>').title,
    'Students Criminalized for Bad Grades – Until Now');
  // The h1 with a kicker span: the kicker is not part of the headline.
  assert.equal(meta(`<head><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"></head>
    <body><h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span>Bohren, bis es heiß wird</span></h1></body>`).title,
  'Bohren, bis es heiß wird');
  // A logo <h1> does not win against the headline the metadata agrees on.
  assert.equal(meta(`<head><title>Veteran Wraps Baby in Flag, Photo Sparks Controversy - Yahoo</title>
    <meta property="og:title" content="Veteran Wraps Baby in Flag, Photo Sparks Controversy"></head>
    <body><h1>Good Morning America</h1><h1>Veteran Wraps Baby in Flag, Photo Sparks Controversy</h1></body>`).title,
  'Veteran Wraps Baby in Flag, Photo Sparks Controversy');
});

test('byline elements: class byline, rel=author; the outlet is not an author', () => {
  const m = meta(`<head><meta property="og:site_name" content="Reuters"></head><body><article>
    <div class="byline">By <a href="/jd">Jane Doe</a> and John Smith, Staff Writers | Reuters<br>March 11, 2015 3:46 PM</div></article></body>`);
  assert.deepEqual(m.byline, ['Jane Doe', 'John Smith']);
  const r = meta('<body><nav><a rel="author" href="/x">Menu Person</a></nav><article><p>Text by <a rel="author" href="/a">Ann Poe</a></p></article></body>');
  assert.deepEqual(r.byline, ['Ann Poe']);
  const b = meta('<body><article><cite class="byline vcard">By <span class="fn">GILLIAN MOHNEY</span> <abbr>March 11, 2015 3:46 PM</abbr></cite></article></body>');
  assert.deepEqual(b.byline, ['Gillian Mohney']);
  const o = meta('<head><meta name="author" content="BBC News"><meta property="og:site_name" content="BBC News"></head>');
  assert.deepEqual(o.byline, []);
});

test('outlet: og:site_name, else the <title> site part, else the host without www', () => {
  assert.equal(meta('<head><meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje"></head>').outlet, 'Aktuálně.cz');
  assert.equal(meta('<head><title>United States to Lift Sudan Sanctions - The New York Times</title></head>', 'https://www.nytimes.com/2017/01/13/x.html').outlet,
    'The New York Times');
  assert.equal(meta('<head><title>Hello</title></head>', 'https://www.dropbox.tech/infra/x').outlet, 'dropbox.tech');
});

test('canonical URL: relative resolved against the page URL; og:url fallback; null without a base', () => {
  assert.equal(meta('<head><link rel="canonical" href="/news/a-story?x=1#top"></head>', 'https://example.test/path/page').url,
    'https://example.test/news/a-story?x=1');
  assert.equal(meta('<head><meta property="og:url" content="https://example.test/og"></head>').url, 'https://example.test/og');
  assert.equal(meta('<head><link rel="canonical" href="/relative"></head>').url, null);
  assert.equal(meta('<head><link rel="canonical" href="//cdn.example.test/a"></head>').url, 'https://cdn.example.test/a');
  // A canonical that points at the home page on every article is a template mistake.
  assert.equal(meta('<head><link rel="canonical" href="https://example.test/"></head>', 'https://example.test/news/story-1').url,
    'https://example.test/news/story-1');
});

test('language: <html lang> primary subtag, else og:locale', () => {
  assert.equal(meta('<html lang="pt-BR"><head></head></html>').language, 'pt');
  assert.equal(meta('<head><meta property="og:locale" content="es_ES"></head>').language, 'es');
});

test('malformed JSON-LD, missing head and hostile markup do not throw', () => {
  const broken = meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Still found",
    "datePublished":"2020-01-02", "author": {"name": "Ann Poe"},,, </script>`);
  assert.equal(broken.title, 'Still found');
  assert.equal(broken.published, '2020-01-02');
  assert.deepEqual(broken.byline, ['Ann Poe']);
  assert.doesNotThrow(() => meta('<script type="application/ld+json">{"@graph": [null, 1, "x", {"@type": null}], "author": {"name": ["a", {"b": 1}]}}</script>'));
  assert.doesNotThrow(() => meta(''));
  assert.doesNotThrow(() => meta('<div>'.repeat(50_000) + 'deep'));
  const deep = meta(`${'<div>'.repeat(20_000)}<h1>Deep headline here</h1>`);
  assert.equal(deep.title, 'Deep headline here');
});

test('does not modify the DOM', () => {
  const html = `<html lang="en"><head><title>A - B</title><script type="application/ld+json">{"@type":"Article","headline":"A"}</script>
    <meta property="og:title" content="A"></head><body><h1>A</h1><p class="byline">By X Y</p><time datetime="2020-01-01">x</time></body></html>`;
  const dom = parseDocument(html);
  const before = getOuterHTML(dom);
  extractMetadata(dom, { url: 'https://a.test/' });
  assert.equal(getOuterHTML(dom), before);
});
