import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestDate, dateFromLine } from './dateline.js';
import { extractText } from './index.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const head = (line: string) => dateFromLine(line, true, NOW);

test('date lines in their usual shapes give the date', () => {
  assert.equal(head('March 06, 2008')?.iso, '2008-03-06');
  assert.equal(head('Saturday, March 1, 2008')?.iso, '2008-03-01');
  assert.equal(head('2026-01-26')?.iso, '2026-01-26');
  assert.equal(head('26.01.2026, 10:31')?.iso, '2026-01-26', 'dotted dates are day first');
  assert.equal(head('Feb. 7, 2026 at 3:00 p.m. ET')?.iso, '2026-02-07');
  assert.equal(head('Published 12 Feb 2026, 10:31')?.iso, '2026-02-12');
  assert.equal(head('Posted on 3 February 2026 · 4 min read')?.iso, '2026-02-03');
  assert.equal(head('MARLOW HARBOUR, Vestland — Feb. 7, 2026')?.iso, '2026-02-07', 'a place may stand before the date');
  assert.equal(head('Copper Desk / THEDAILYLEDGER.EXAMPLE / Updated: Feb 10, 2026, 17:37 IST')?.iso, '2026-02-10');
  assert.equal(head('Updated [hour]:[minute] [AMPM] [timezone] Updated 5:44 PM UTC, January 26, 2026')?.iso, '2026-01-26');
});

test('each date takes its label: published before byline before bare date before updated', () => {
  assert.deepEqual(head('Published 12 January 2026'), { iso: '2026-01-12', source: 'published', lineIsDate: true });
  assert.equal(head('Updated 5:44 PM UTC, January 26, 2026')?.source, 'updated');
  assert.equal(head('by Petra Nowak 10:41 AM February 5, 2026')?.source, 'byline');
  assert.equal(head('February 5, 2026')?.source, 'dateline');
  const both = head('Published: 12 February 2026 | Updated: 13 February 2026');
  assert.deepEqual([both?.iso, both?.source], ['2026-02-12', 'published']);
  const reversed = head('Updated 13 February 2026, first published 12 February 2026');
  assert.deepEqual([reversed?.iso, reversed?.source], ['2026-02-12', 'published']);
  assert.equal(
    bestDate([
      { iso: '2026-02-10', source: 'updated', lineIsDate: true },
      { iso: '2026-02-09', source: 'dateline', lineIsDate: true },
    ]),
    '2026-02-09',
  );
  assert.equal(bestDate([]), null);
});

test('among equal date lines the one nearest the title wins', () => {
  const hits = [
    { iso: '2026-01-02', source: 'dateline' as const, lineIsDate: true, line: 1 },
    { iso: '2026-02-14', source: 'dateline' as const, lineIsDate: true, line: 9 },
  ];
  assert.equal(bestDate(hits, 8), '2026-02-14');
  assert.equal(bestDate(hits, 0), '2026-01-02');
});

test('dates in prose, teasers, tables, ranges and titles are no date lines', () => {
  assert.equal(head('On March 6, 2008, the court ruled.'), null);
  assert.equal(head('The report, published on March 3, 2025, found gaps.'), null);
  assert.equal(head('Coastal Ferry Strike Assessment, February 21, 2026'), null, 'a Title-Case teaser has too many name words');
  assert.equal(head('Online Event Fri, January 30, 2026 • 9:00 am ET How storms reshape harbours'), null);
  assert.equal(head('Harbour Authority| Jan 1, 2026 – Feb 20, 2026| ~900 square kilometres'), null);
  assert.equal(head('2 February 2026 – 8 February 2026'), null, 'a range is an event, not a date line');
  assert.equal(head('Worldcategory · February 10, 2026 · 3:07 PM UTC · 1 min ago'), null);
  assert.equal(head('March 2008'), null, 'a month alone is no publication date');
  assert.equal(head('Published 12 January 2031'), null, 'future dates are rejected');
});

test('outside the head only a "Published" line counts', () => {
  assert.equal(dateFromLine('February 5, 2026', false, NOW), null);
  assert.equal(dateFromLine('Page last modified: 10-02-2025 17:48:45', false, NOW), null);
  assert.equal(dateFromLine('First published on 4 February 2026', false, NOW)?.iso, '2026-02-04');
});

test('date lines in other languages, with comment counts and a date-time that reads like a range', () => {
  assert.equal(head('1. November 2023')?.iso, '2023-11-01');
  assert.equal(head('20. März 2021 - 15:00 Uhr')?.iso, '2021-03-20');
  assert.equal(head('17. Februar 2020 Anna Beispiel 4 Kommentare')?.iso, '2020-02-17');
  assert.equal(head('Publié le 12 février 2026 à 10h31')?.source, 'published');
  assert.equal(head('Harbour news 3 hours ago, 12 February 2026'), null, "a feed's relative stamp");
  assert.equal(dateFromLine('Ferry fares rise again published on 12 February 2026', false, NOW), null, 'a teaser with a label inside');
});

test('scraped page: the date line under the title dates it; a list of dated teasers does not', () => {
  const article = [
    'Harbour pilots end strike',
    '',
    'Home | News | Ports',
    '',
    'Harbour pilots end strike',
    '',
    'Thursday, February 5, 2026',
    '',
    'Harbour pilots in Marlow ended their three-week strike on Thursday after the port authority agreed to hire four more pilots, the union said.',
    '',
    'Ships had queued outside the breakwater since mid-January, and two ferry lines had cancelled their winter timetables.',
  ].join('\n');
  assert.equal(extractText(article).published, '2026-02-05');
  assert.ok(!extractText(article).text.includes('February 5, 2026'), 'the date line leaves the body');

  const teasers = [
    'Harbour pilots end strike',
    '',
    'Latest',
    '',
    'January 12, 2026',
    '',
    'February 2, 2026',
    '',
    'February 3, 2026',
    '',
    'Harbour pilots in Marlow ended their three-week strike on Thursday after the port authority agreed to hire four more pilots, the union said.',
    '',
    'Ships had queued outside the breakwater since mid-January, and two ferry lines had cancelled their winter timetables.',
  ].join('\n');
  assert.equal(extractText(teasers).published, null);
});

test('scraped page: among dated teasers, the date line next to the title is the article\'s', () => {
  const page = [
    'Harbour pilots end strike',
    '',
    'Ferry fares to rise',
    '',
    'January 12, 2026',
    '',
    'New lighthouse keeper named',
    '',
    'February 2, 2026',
    '',
    'Home | News | Ports',
    '',
    'Subscribe to our newsletter',
    '',
    'Share this article',
    '',
    'Harbour pilots end strike',
    '',
    'February 5, 2026',
    '',
    'Harbour pilots in Marlow ended their three-week strike on Thursday after the port authority agreed to hire four more pilots, the union said.',
    '',
    'Ships had queued outside the breakwater since mid-January, and two ferry lines had cancelled their winter timetables.',
  ].join('\n');
  assert.equal(extractText(page).published, '2026-02-05');
});

test('scraped page: a dated archive list right above the body is a list, not the date line', () => {
  const page = [
    'Harbour pilots end strike - Harbour Notes',
    '',
    'Home | Archive | About',
    '',
    'Subscribe to our newsletter',
    '',
    'Share this article',
    '',
    'Recent posts',
    '',
    'Harbour notes 01/26/2026',
    '',
    'Tide tables for the spring',
    '',
    'Harbour notes 01/24/2026',
    '',
    'Ferry timetable changes',
    '',
    'Harbour notes 09/20/2025',
    '',
    'Share this article',
    '',
    'Harbour pilots in Marlow ended their three-week strike on Thursday after the port authority agreed to hire four more pilots, the union said.',
    '',
    'Ships had queued outside the breakwater since mid-January, and two ferry lines had cancelled their winter timetables.',
  ].join('\n');
  assert.equal(extractText(page).published, null);
});
