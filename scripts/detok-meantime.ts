// Dev-time only: rebuilds the demo fixtures in fixtures/demo/ from the MEANTIME English corpus
// (../shared/data/corpora/meantime_en/articles.jsonl), whose texts are English Wikinews articles (CC BY 2.5)
// distributed in a tokenised form: "Wal - Mart", "$ 40 billion", "Michael O ' Leary", closing quotes as '',
// "GB # 20.1 billion" for £. This script undoes that tokenisation, splits each text into headline, date line
// and paragraphs, and writes every article twice over the selection below: as the text a scraper saves from a
// Wikinews page (site navigation, "From Wikinews, the free news source you can write!", categories and the
// licence footer around the article) or as a Wikinews-like HTML page, plus one JSON Lines file of records.
//
//   npx tsx scripts/detok-meantime.ts [--check]     (--check prints every rebuilt article for reading by eye)
//
// Paragraph breaks are not in MEANTIME: they are rebuilt from sentence ends (a few sentences per paragraph),
// so the paragraphing is ours, the words are Wikinews'.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../shared/data/corpora/meantime_en/articles.jsonl', import.meta.url));
const OUT = fileURLToPath(new URL('../fixtures/demo/', import.meta.url));
const PARAGRAPH_SENTENCES = 3;
const PARAGRAPH_CHARS = 260;

/** The articles used, by Wikinews id, with the form each is written in and its Wikinews categories. */
const SELECTION: { id: string; form: 'txt' | 'html' | 'jsonl'; slug: string; categories: string[] }[] = [
  { id: '100911', form: 'txt', slug: 'northrop-eads-tanker', categories: ['Northrop Grumman', 'EADS', 'Boeing', 'United States Air Force', 'Economy and business', 'Aviation'] },
  { id: '108294', form: 'html', slug: 'gao-tanker-rerun', categories: ['Boeing', 'Northrop Grumman', 'United States', 'Politics and conflicts', 'Aviation'] },
  { id: '11714', form: 'txt', slug: 'ryanair-boeing-737', categories: ['Ryanair', 'Boeing', 'Ireland', 'Economy and business', 'Aviation'] },
  { id: '129865', form: 'html', slug: 'airbus-black-boxes', categories: ['Airbus', 'Air France', 'France', 'Disasters and accidents', 'Aviation'] },
  { id: '145930', form: 'jsonl', slug: 'boeing-787-maiden-flight', categories: ['Boeing', 'United States', 'Science and technology', 'Aviation'] },
  { id: '41882', form: 'jsonl', slug: 'boeing-final-717', categories: ['Boeing', 'AirTran Airways', 'United States', 'Economy and business', 'Aviation'] },
  { id: '103623', form: 'txt', slug: 'itunes-top-music-seller', categories: ['Apple Inc.', 'Wal-Mart', 'United States', 'Economy and business', 'Music'] },
  { id: '10450', form: 'html', slug: 'jobs-wwdc-2005', categories: ['Apple Inc.', 'Steve Jobs', 'Intel', 'Computing', 'Science and technology'] },
  { id: '199629', form: 'txt', slug: 'apple-executive-leaves', categories: ['Apple Inc.', 'iPhone', 'United States', 'Economy and business', 'Computing'] },
  { id: '238039', form: 'html', slug: 'jobs-medical-leave', categories: ['Apple Inc.', 'Steve Jobs', 'United States', 'Economy and business', 'Health'] },
  { id: '287096', form: 'txt', slug: 'steve-jobs-dies', categories: ['Apple Inc.', 'Steve Jobs', 'Obituaries', 'United States', 'Computing'] },
  { id: '37313', form: 'html', slug: 'apple-corps-sues-apple-computer', categories: ['Apple Corps', 'Apple Inc.', 'The Beatles', 'United Kingdom', 'Law and justice'] },
];

/**
 * Words the tokeniser split at a hyphen ("Wal - Mart") that are one word in the article. Read off every
 * " - " of the selected texts by eye: the others are dashes between clauses and stay (as an en dash).
 */
const HYPHENATED = ['Wal - Mart', 'Macintosh - curious'];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_RE = new RegExp(`\\s(?:${MONTHS}) \\d{1,2}, \\d{4}\\s`);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Fixes for what the corpus lost and no rule can restore, each read off the text by eye: a closing quote the
 * corpus dropped, opening brackets it dropped, and € signs it turned into $ (the US$ conversions beside them,
 * at the rates of the day, show the currency).
 */
const CORRECTIONS: [string, string][] = [
  ['saving American lives. Boeing', 'saving American lives." Boeing'],
  ['"The test flight] will', '"[The test flight] will'],
  ['compiled for Intel processors] for', 'compiled for [Intel processors] for'],
  ['$12 million and $20 million (about US$16', '€12 million and €20 million (about US$16'],
  ['US$140bn ($96bn, £86bn)', 'US$140bn (€96bn, £86bn)'],
];

export function detokenise(s: string): string {
  let t = ` ${s} `;
  for (const h of HYPHENATED) t = t.split(h).join(h.replace(' - ', '-'));
  t = t
    .replace(/\s\d{2,3}px\s/g, ' ') // image-size residue of the wiki markup ("150px")
    .replace(/ ([A-Z])' ?([A-Z][a-z])/g, " $1'$2") // O' Leary, O ' Leary
    .replace(/([A-Za-z])' (ll|re|ve|d|m)\b/g, "$1'$2") // I' ll
    .replace(/ ([’']) s\b/g, '$1s') // Wayne ’ s World
    .replace(/\bcan not\b/g, 'cannot')
    .replace(/\s?`\s?([^`']{1,40})'/g, " '$1'") // audio` pingers' → audio 'pingers'
    .replace(/“ /g, '“')
    .replace(/ ”/g, '”')
    .replace(/(US|USD|A|C|NZ|HK)?\$ (\d)/g, (_m, cur: string | undefined, d: string) => `${cur ?? ''}$${d}`)
    .replace(/(GB )?# (\d)/g, (_m, gb: string | undefined, d: string) => `${gb ? 'GB' : ''}£${d}`) // PTB writes £ as #
    .replace(/(\d) %/g, '$1%')
    .replace(/(\d) \+ /g, '$1+ ')
    .replace(/(\d) (st|nd|rd|th)\b/g, '$1$2')
    .replace(/(\d) -- (\d)/g, '$1–$2')
    .replace(/ -- /g, ' — ');
  t = pairQuotes(t)
    .replace(/\( /g, '(')
    .replace(/ ([,.;:?!)\]])/g, '$1')
    .replace(/ - /g, ' – ') // a spaced hyphen left is a dash between clauses
    .replace(/\s+/g, ' ')
    .trim();
  for (const [from, to] of CORRECTIONS) t = t.split(from).join(to);
  return t;
}

/**
 * Straight double quotes spaced off their words. A text that writes closing quotes as '' opens every quote
 * with "; a text without '' alternates: the first " of a pair opens, the second closes.
 */
function pairQuotes(t: string): string {
  const closers = t.includes(" ''");
  const parts = t.replace(/ ''/g, '\u0001').split('"');
  let out = parts[0];
  let open = true;
  for (const seg of parts.slice(1)) {
    if (closers || open) out += '"' + seg.replace(/^\s+/, '');
    // A closing quote the tokeniser glued to the next word ("situation "claimed") gets its space back.
    else out = out.replace(/\s+$/, '') + '"' + (/^[\p{L}\p{N}(“]/u.test(seg) ? ' ' : '') + seg;
    if (!closers) open = !open;
  }
  return out.replace(/\u0001/g, '"');
}

/** Sentences of a detokenised text: a stop, then a space and an upper-case letter or a quote; abbreviations
 *  and stops inside a quotation do not end one. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  let scanned = 0;
  const re = /[.!?]["”]?\s(?=["“(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    for (; scanned < end; scanned++) {
      const c = text[scanned];
      if (c === '"') quoted = !quoted;
      else if (c === '“') quoted = true;
      else if (c === '”') quoted = false;
    }
    if (quoted) continue;
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (/(?:\b[A-Z]\.|\bNo\.|\bMr\.|\bMrs\.|\bDr\.|\bInc\.|\bCorp\.|\bCo\.|\bSt\.|\bvs\.|\bU\.S\.|\bN\.V\.)$/.test(before)) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** Sentences grouped into paragraphs of up to PARAGRAPH_SENTENCES, closed early once PARAGRAPH_CHARS long. */
function paragraphsOf(sents: readonly string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const s of sents) {
    cur.push(s);
    if (cur.length >= PARAGRAPH_SENTENCES || cur.join(' ').length >= PARAGRAPH_CHARS) {
      out.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

interface Article {
  id: string;
  headline: string;
  date: Date;
  dateLine: string;
  paragraphs: string[];
}

function parseArticle(id: string, raw: string): Article {
  const text = detokenise(raw);
  // The MEANTIME text is the headline, the date line and the body run together: the first date splits them.
  const m = DATE_RE.exec(text);
  if (!m) throw new Error(`no date line in ${id}`);
  const headline = text.slice(0, m.index).trim();
  const dateText = m[0].trim();
  const body = text.slice(m.index + m[0].length).trim();
  const date = new Date(`${dateText} 12:00 UTC`);
  const dateLine = `${WEEKDAYS[date.getUTCDay()]}, ${dateText.replace(/ 0(\d),/, ' $1,')}`;
  return { id, headline, date, dateLine, paragraphs: paragraphsOf(sentences(body)) };
}

const NAV = ['Jump to navigation', 'Jump to search', 'Main page', 'Latest news', 'Random article', 'Write an article', 'Community portal', 'Help', 'Log in'];
const LICENCE =
  'All text created after September 25, 2005 available under the terms of the Creative Commons Attribution 2.5 License, unless otherwise noted. Content published before this date is in the public domain.';
const FOOTER = ['Privacy policy', 'About Wikinews', 'Disclaimers', 'Mobile view'];

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The text a scraper saves from the article's Wikinews page. */
function scrapedText(a: Article, categories: string[], related: readonly Article[]): string {
  return [
    `${a.headline} - Wikinews, the free news source`,
    '',
    ...NAV.flatMap((n) => [n, '']),
    a.headline,
    '',
    'From Wikinews, the free news source you can write!',
    '',
    a.dateLine,
    '',
    ...a.paragraphs.flatMap((p) => [p, '']),
    'Related news',
    '',
    ...related.flatMap((r) => [relatedLine(r), '']),
    'Have an opinion on this story? Share it!',
    '',
    'This page is archived, and is no longer publicly editable. Articles presented on Wikinews reflect the specific time at which they were written and published, and do not attempt to encompass events or knowledge which occur or become known after their publication.',
    '',
    `Categories: ${[a.dateLine.replace(/^\w+, /, ''), 'Archived', 'Published', ...categories].join(' | ')}`,
    '',
    LICENCE,
    '',
    FOOTER.join(' | '),
    '',
  ].join('\n');
}

/** A "Related news" entry as Wikinews lists one: the other article's headline and date. */
function relatedLine(r: Article): string {
  return `"${r.headline}" — Wikinews, ${r.dateLine.replace(/^\w+, /, '')}`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A Wikinews-like HTML page around the article (MediaWiki skin: navigation, heading, body, categories, footer). */
function htmlPage(a: Article, categories: string[], slug: string, related: readonly Article[]): string {
  const title = esc(a.headline);
  const cats = ['Archived', 'Published', ...categories].map((c) => `<li><a href="/wiki/Category:${encodeURIComponent(c.replace(/ /g, '_'))}">${esc(c)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>${title} - Wikinews, the free news source</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="Wikinews">
<link rel="license" href="https://creativecommons.org/licenses/by/2.5/">
</head>
<body class="mediawiki ltr skin-vector">
<div id="mw-head"><nav id="p-personal" aria-label="Personal tools"><ul><li><a href="/wiki/Special:UserLogin">Log in</a></li></ul></nav>
<nav id="p-views"><ul><li><a href="/wiki/${slug}">Read</a></li><li><a href="/wiki/${slug}?action=history">View history</a></li></ul></nav>
<form id="searchform"><input type="search" name="search" placeholder="Search Wikinews"></form></div>
<div id="mw-panel"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page">Wikinews</a>
<nav id="p-navigation"><h3>Navigation</h3><ul>${NAV.slice(2).map((n) => `<li><a href="/wiki/${n.replace(/ /g, '_')}">${n}</a></li>`).join('')}</ul></nav></div>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading">${title}</h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub">From Wikinews, the free news source you can write!</div>
<div id="mw-content-text" class="mw-content-ltr"><div class="mw-parser-output">
<p><strong class="published"><span id="publishDate" class="value-title" title="${isoDay(a.date)}"></span>${esc(a.dateLine)}</strong></p>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<h2><span class="mw-headline" id="Related_news">Related news</span></h2>
<ul>${related.map((r) => `<li><a href="/wiki/${encodeURIComponent(r.headline.replace(/ /g, '_'))}">${esc(r.headline)}</a> — Wikinews, ${esc(r.dateLine.replace(/^\w+, /, ''))}</li>`).join('')}</ul>
<div class="noprint"><p>Have an opinion on this story? <a href="/wiki/Comments:${slug}">Share it!</a></p></div>
<table class="archived-notice"><tr><td>This page is archived, and is no longer publicly editable. Articles presented on Wikinews reflect the specific time at which they were written and published, and do not attempt to encompass events or knowledge which occur or become known after their publication.</td></tr></table>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>${cats}</ul></div></div>
</div></div>
<footer id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-copyright">${LICENCE}</li></ul>
<ul id="footer-places">${FOOTER.map((f) => `<li><a href="/wiki/${f.replace(/ /g, '_')}">${f}</a></li>`).join('')}</ul></footer>
</body>
</html>
`;
}

function main(): void {
  const rows = new Map<string, string>();
  for (const line of readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { labels?: { wikinews_id?: string }; text?: string };
    if (r.labels?.wikinews_id && r.text) rows.set(r.labels.wikinews_id, r.text);
  }
  const check = process.argv.includes('--check');
  mkdirSync(OUT, { recursive: true });
  const records: string[] = [];
  const articles = SELECTION.map((sel) => {
    const raw = rows.get(sel.id);
    if (!raw) throw new Error(`article ${sel.id} not in the corpus`);
    return parseArticle(sel.id, raw);
  });
  for (const [i, sel] of SELECTION.entries()) {
    const a = articles[i];
    // Related news: the two articles of the same half of the selection (same topic) published nearest before it.
    const topic = i < SELECTION.length / 2 ? articles.slice(0, SELECTION.length / 2) : articles.slice(SELECTION.length / 2);
    const related = topic.filter((r) => r.date < a.date).sort((x, y) => +y.date - +x.date).slice(0, 2);
    if (check) console.log(`== ${sel.id} ${sel.form}\n${a.headline}\n${a.dateLine}\n\n${a.paragraphs.join('\n\n')}\n`);
    const base = `${isoDay(a.date)}-${sel.slug}`;
    if (sel.form === 'txt') writeFileSync(`${OUT}${base}.txt`, scrapedText(a, sel.categories, related));
    else if (sel.form === 'html') writeFileSync(`${OUT}${base}.html`, htmlPage(a, sel.categories, sel.slug, related));
    else
      records.push(
        JSON.stringify({
          id: `wikinews-${sel.id}`,
          url: `https://en.wikinews.org/wiki/${encodeURIComponent(a.headline.replace(/ /g, '_'))}`,
          outlet: 'Wikinews',
          published: isoDay(a.date),
          title: a.headline,
          text: a.paragraphs.join('\n\n'),
        }),
      );
  }
  writeFileSync(`${OUT}wikinews-records.jsonl`, records.join('\n') + '\n');
}

main();
