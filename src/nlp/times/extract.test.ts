import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractTimes } from './extract.js';
import { found, one } from './testing.js';
import { timesComponent } from './component.js';
import { Doc } from '../../doc/doc.js';


const SEED = fileURLToPath(new URL('../../../fixtures/seed/000_91520a0463e5f117.txt', import.meta.url));
const SHARED_SEED = fileURLToPath(new URL('../../../../shared/seed/000_91520a0463e5f117.txt', import.meta.url));

test('seed article: Friday, this week, before the end of August, 50-day deadline', (t) => {
  const path = existsSync(SEED) ? SEED : SHARED_SEED;
  if (!existsSync(path)) return t.skip('seed article not found');
  const text = readFileSync(path, 'utf8');
  const times = extractTimes(text, '2025-07-25');
  const get = (s: string) => times.find((x) => x.text.includes(s));
  assert.deepEqual(
    times.map(({ text: x, type, value }) => `${x}|${type}|${value}`),
    ['Friday|DATE|2025-07-25', 'this week|DATE|2025-W30', 'the end of August|DATE|2025-08-31', '50-day|DURATION|P50D'],
  );
  assert.equal(get('end of August')?.mod, 'BEFORE');
  for (const x of times) assert.equal(text.slice(x.start, x.end), x.text);
});

test('weekdays lean to the past, unless the clause speaks of the future', () => {
  // 2025-07-25 is a Friday
  assert.equal(one('Zelenskyy said on Monday that talks went well.', 'Monday').value, '2025-07-21');
  assert.equal(one('The envoy arrived Saturday.', 'Saturday').value, '2025-07-19');
  assert.equal(one('Officials confirmed Friday that the deal holds.', 'Friday').value, '2025-07-25');
  assert.equal(one('The two leaders will meet on Monday in Istanbul.', 'Monday').value, '2025-07-28');
  assert.equal(one('Talks are scheduled to resume Tuesday.', 'Tuesday').value, '2025-07-29');
  assert.equal(one('He left last Friday.', 'last Friday').value, '2025-07-18');
  assert.equal(one('They return next Wednesday.', 'next Wednesday').value, '2025-07-30');
});

test('parts of day and clock times are TIME values', () => {
  assert.deepEqual(found('Shelling began Friday morning and went on until late last night.'), [
    'Friday morning|TIME|2025-07-25TMO',
    'late last night|TIME|2025-07-24TNI|BEFORE',
  ]);
  // The weekday after a parenthesis dates the clock time; both stay separate timexes, as TimeML marks them.
  assert.deepEqual(found('The blast occurred at about 10:35 a.m. (0735 GMT) Thursday.'), [
    '10:35 a.m.|TIME|2025-07-24T10:35',
    '0735 GMT|TIME|2025-07-24T07:35', // a bare clock time falls on the day just named
    'Thursday|DATE|2025-07-24',
  ]);
  assert.equal(one('The deadline is 5 p.m. EST Nov. 9.', '5 p.m. EST Nov. 9').value, '2025-11-09T17:00');
  assert.equal(one('They met at noon Thursday.', 'noon Thursday').value, '2025-07-24T12:00');
});

test('weeks, months, years, quarters, seasons, decades', () => {
  assert.deepEqual(found('Last week prices fell; this month they rose, and next year they may settle.'), [
    'Last week|DATE|2025-W29',
    'this month|DATE|2025-07',
    'next year|DATE|2026',
  ]);
  assert.equal(one('The accord was signed in March 2024.', 'March 2024').value, '2024-03');
  assert.equal(one('It was signed on March 26, 1996.', 'March 26, 1996').value, '1996-03-26');
  assert.equal(one('It was signed on 5 January 2025.', '5 January 2025').value, '2025-01-05');
  assert.equal(one('The vote is in September.', 'September').value, '2025-09');
  assert.equal(one('The crisis began in October.', 'October').value, '2024-10');
  assert.equal(one('Profit rose in the third quarter.', 'the third quarter').value, '2025-Q3');
  assert.equal(one('Third-quarter profit rose.', 'Third-quarter').value, '2025-Q3');
  assert.equal(one('Q3 2024 results were weak.', 'Q3 2024').value, '2024-Q3');
  assert.equal(one('Sales in fiscal 1998 fell.', 'fiscal 1998').value, '1998');
  assert.equal(one('The fighting stopped last fall.', 'last fall').value, '2024-FA');
  assert.equal(one('Prices soared in the 1990s.', 'the 1990s').value, '199');
  assert.equal(one('The band peaked in the late 1970s.', 'the late 1970s').mod, 'END');
  assert.equal(one('It ended in 1998.', '1998').value, '1998');
});

test('modifiers: early, mid, late, the end of, before, since', () => {
  assert.deepEqual(found('Work starts in early 2026 and ends by mid-September.'), [
    'early 2026|DATE|2026|START',
    'mid-September|DATE|2025-09|BEFORE',
  ]);
  assert.equal(one('Output fell in late November.', 'late November').mod, 'END');
  assert.equal(one('Costs will be cut by the end of 2026.', 'the end of 2026').value, '2026');
  assert.equal(one('Prices have doubled since 2019.', '2019').mod, 'AFTER');
});

test('durations: numbers, words, hyphenated units, fractions, vague amounts', () => {
  assert.deepEqual(found('a 50-day deadline, the past three years, 2 1/2 hours, a minute and a half, several weeks'), [
    '50-day|DURATION|P50D',
    'the past three years|DURATION|P3Y',
    '2 1/2 hours|DURATION|PT2H30M',
    'a minute and a half|DURATION|PT1M30S',
    'several weeks|DURATION|PXW',
  ]);
  assert.equal(one('The truce held for nearly two months.', 'nearly two months').mod, 'APPROX');
  assert.equal(one('The program runs for five years.', 'five years').value, 'P5Y');
  assert.equal(one('Losses mounted over the past two quarters.', 'the past two quarters').value, 'P2Q');
});

test('sets: every, each, daily, twice a week, weekday plurals', () => {
  assert.deepEqual(found('Talks are held every week, reports come daily and meetings each Thursday.'), [
    'every week|SET|P1W',
    'daily|SET|P1D',
    'each Thursday|SET|XXXX-WXX-4',
  ]);
  assert.equal(one('Inspectors visit twice a month.', 'twice a month').value, 'P1M');
});

test('relative expressions: yesterday, last month, two days ago, next year, a year earlier', () => {
  assert.deepEqual(found('Yesterday the index rose; two days ago it fell; last month it was flat; next year it may fall.'), [
    'Yesterday|DATE|2025-07-24',
    'two days ago|DATE|2025-07-23',
    'last month|DATE|2025-06',
    'next year|DATE|2026',
  ]);
  assert.equal(one('Six weeks ago the talks failed.', 'Six weeks ago').value, '2025-W24');
  assert.equal(one('Net income rose from a year earlier.', 'a year earlier').value, '2024');
  assert.equal(one('Third-quarter profit rose 5% from a year earlier.', 'a year earlier').value, '2024-Q3');
  assert.equal(one('Several years ago it was different.', 'Several years ago').value, 'PAST_REF');
  assert.equal(one('Talks will resume tomorrow.', 'tomorrow').value, '2025-07-26');
});

test('present, past and future references', () => {
  assert.deepEqual(found('Now the market is calm; it was volatile in recent years and may rise in the near future.'), [
    'Now|DATE|PRESENT_REF',
    'recent years|DATE|PAST_REF',
    'the near future|DATE|FUTURE_REF',
  ]);
});

test('no time expressions in plain numbers, money, counts, phone numbers or names', () => {
  assert.deepEqual(found('Ukraine seeks 10 U.S.-made Patriot systems.'), []);
  assert.deepEqual(found('The deal is worth $10 billion to $30 billion, or 2,000 drones.'), []);
  assert.deepEqual(found('Call 202-555-2019 or +1 (202) 555-0100, extension 1990.'), []);
  assert.deepEqual(found('Theresa May met April Ryan; 1500 people marched; Resolution 2254 passed.'), []);
  assert.deepEqual(found('The Sunday Times and USA Today reported a 2.5% rise, $1.76 a year per share.'), []);
  assert.deepEqual(found('Shares rose 45 cents a share; he is 52 years old and a 44-year-old aide quit.'), []);
});

test('without a publication date, anchored values stay underspecified', () => {
  assert.deepEqual(found('On Friday, July 25, officials met; the talks began last week and will last 50 days.', null), [
    'Friday, July 25|DATE|XXXX-07-25',
    'last week|DATE|XXXX-WXX',
    '50 days|DURATION|P50D',
  ]);
  assert.equal(one('It happened on Tuesday.', 'Tuesday', null).value, 'XXXX-WXX-2');
  assert.equal(one('It happened in 2019.', '2019', null).value, '2019');
});

test('the component fills doc.times from the publication date', () => {
  const doc = new Doc('Talks ended on Thursday.', { source: 's', url: null, outlet: null, title: '', byline: [], published: '2025-07-25T10:00:00Z', language: 'en' });
  timesComponent.run(doc);
  assert.deepEqual(doc.times, [{ start: 15, end: 23, text: 'Thursday', type: 'DATE', value: '2025-07-24' }]);
});
