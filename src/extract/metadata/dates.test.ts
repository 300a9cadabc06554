import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, normaliseDate } from './dates.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const d = (s: string, language: string | null = 'en') => normaliseDate(s, { language, now: NOW });

test('ISO and near-ISO forms keep the given offset, normalised to ±HH:MM', () => {
  assert.equal(d('2018-04-05T06:00:00-04:00'), '2018-04-05T06:00:00-04:00');
  assert.equal(d('2021-11-01T10:52:50+0100'), '2021-11-01T10:52:50+01:00');
  assert.equal(d('2019-01-03T07:00:02.000Z'), '2019-01-03T07:00:02Z');
  assert.equal(d('2017-11-03 03:01:00.000000'), '2017-11-03T03:01:00');
  assert.equal(d('2024-05-25'), '2024-05-25');
  assert.equal(d('20180405'), '2018-04-05');
  assert.equal(d('Published 2018-04-05 10:00'), '2018-04-05T10:00:00');
});

test('RFC 2822, month names in several languages, times with am/pm and zone names', () => {
  assert.equal(d('Thu, 05 Apr 2018 06:00:00 -0400'), '2018-04-05T06:00:00-04:00');
  assert.equal(d('April 5, 2018'), '2018-04-05');
  assert.equal(d('Apr 5, 2018 3:46 PM EDT'), '2018-04-05T15:46:00-04:00');
  assert.equal(d('5. April 2018, 10:52 Uhr', 'de'), '2018-04-05T10:52:00');
  assert.equal(d('12. März 2019', 'de'), '2019-03-12');
  assert.equal(d('5 de abril de 2018', 'es'), '2018-04-05');
  assert.equal(d('21 juin 2018', 'fr'), '2018-06-21');
  assert.equal(d('Monday, 5th April 2021'), '2021-04-05');
});

test('numeric dates: dots are day-first, slashes month-first only for English', () => {
  assert.equal(d('05.04.2018', 'de'), '2018-04-05');
  assert.equal(d('4/5/2018', 'en'), '2018-04-05');
  assert.equal(d('4/5/2018', 'fr'), '2018-05-04');
  assert.equal(d('25/12/2019', 'en'), '2019-12-25');
  assert.equal(d('1522922400'), '2018-04-05T10:00:00Z');
});

test('implausible and non-dates are rejected', () => {
  assert.equal(d('1970-01-01'), null);
  assert.equal(d('2099-01-01'), null);
  assert.equal(d('2018-02-30'), null);
  assert.equal(d('mars 2018', 'fr'), null);
  assert.equal(d('5 augmented 2018'), null);
  assert.equal(d(''), null);
  assert.equal(normaliseDate(null), null);
});

test('dates in URL paths', () => {
  assert.equal(dateFromUrl('https://x.test/2018/04/05/story', NOW), '2018-04-05');
  assert.equal(dateFromUrl('https://x.test/news/20180405-story', NOW), '2018-04-05');
  assert.equal(dateFromUrl('https://x.test/2018/story', NOW), null);
  assert.equal(dateFromUrl('not a url', NOW), null);
});
