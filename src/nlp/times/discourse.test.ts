// Dates read from the discourse (issue 9): the year a paragraph narrates, "of that year", "the previous year",
// appositions, day ranges, "a year earlier" after a month, and "today" inside a quotation. Every sentence is made up.
// testing.ts anchors on 2025-07-25, a Friday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found, one } from './testing.js';

test('"of that year" and a scene-setting month take the year the paragraph narrates', () => {
  assert.deepEqual(found('The firm moved to Leeds in 2019. In April of that year it hired its first engineer.'), [
    '2019|DATE|2019',
    'April of that year|DATE|2019-04',
  ]);
  assert.equal(one('The war began in 2014. By May of the following year, it had spread.', 'May of the following year').value, '2015-05');
  assert.equal(one('The dam burst in February 2021. In April, the valley was still flooded.', 'April').value, '2021-04');
  // A new paragraph, or a month inside its sentence, goes back to the publication date.
  assert.equal(one('The dam burst in February 2021.\nIn April, the valley flooded again.', 'April').value, '2025-04');
  assert.notEqual(one('Under a plan adopted in 2019, the fund had bought shares through Sept. 29.', 'Sept. 29').value, '2019-09-29');
});

test('"since" a date starts a stretch: it is not what "the previous year" refers to', () => {
  assert.deepEqual(found('Officials said 2024 was the worst year since 2019. Deaths were 30 percent higher than in the previous year.'), [
    '2024|DATE|2024',
    '2019|DATE|2019|AFTER',
    'the previous year|DATE|2023',
  ]);
});

test('an apposition restates the date just named', () => {
  assert.deepEqual(found('On Feb. 16, the day before the talks began, the envoy flew in.', '2026-02-18'), [
    'Feb. 16|DATE|2026-02-16',
    'the day before|DATE|2026-02-16',
  ]);
  assert.deepEqual(found('The envoy flew in the day before the talks.', '2026-02-18'), []);
});

test('the second day of a range shares the month of the first', () => {
  assert.deepEqual(found('The army advanced between February 11 and 15, observers said.', '2026-02-20'), [
    'February 11|DATE|2026-02-11',
    '15|DATE|2026-02-15',
  ]);
  assert.deepEqual(found('The fair runs Feb. 11-15 in Lyon.', '2026-02-05'), ['Feb. 11|DATE|2026-02-11', '15|DATE|2026-02-15']);
  // A count after the first day is not a day.
  assert.deepEqual(found('On February 11 and 15 people were hurt.', '2026-02-20'), ['February 11|DATE|2026-02-11']);
});

test('"a year earlier" after a month in the same sentence is that month a year back', () => {
  assert.equal(one('Exports fell 50% in January from a year earlier.', 'a year earlier', '2026-02-22').value, '2025-01');
  assert.equal(one('Exports fell in January. A year earlier, they rose.', 'A year earlier', '2026-02-22').value, '2025');
});

test('"today" inside a quotation is the day its attribution names', () => {
  // 2026-02-20 is a Friday.
  assert.equal(one('“As of today, we have no deal,” the president said in a Wednesday evening address.', 'today', '2026-02-20').value, '2026-02-18');
  assert.equal(one('He told reporters on Monday: "We will sign it tomorrow."', 'tomorrow', '2026-02-20').value, '2026-02-17');
  assert.equal(one('“We sign today,” he said.', 'today', '2026-02-20').value, '2026-02-20');
  assert.equal(one('The deal is signed today, on Wednesday.', 'today', '2026-02-20').value, '2026-02-20');
});

test('durations: one-word "-long" units, a decade, large day counts, the stretch up to now', () => {
  assert.deepEqual(found('It capped a yearlong effort and weeklong talks.'), ['yearlong|DURATION|P1Y', 'weeklong|DURATION|P1W']);
  assert.equal(one('They broke a decade-long deadlock.', 'decade-long').value, 'P1DE');
  assert.equal(one('The siege lasted two decades.', 'two decades').value, 'P20Y');
  assert.equal(one('More than 1450 days later, the war goes on.', 'More than 1450 days').value, 'P1450D');
  assert.equal(one('Aid has fallen over the past year.', 'the past year').value, 'P1Y');
  assert.equal(one('Aid fell in the past year.', 'the past year').value, '2024');
});

test('year-end is the last day of the year; a march is not a month', () => {
  assert.equal(one('The deal should close by year-end.', 'year-end').value, '2025-12-31');
  assert.equal(one('The deal should close around year end.', 'around year end').value, '2025-12');
  assert.deepEqual(found('Thousands joined the annual March for Life.'), []);
});

test('a count of days is not a year, nor is a year inside a URL path', () => {
  assert.deepEqual(found('It is the lesson from 1461 days of war.'), ['1461 days|DURATION|P1461D']);
  assert.deepEqual(found('Read it at example.com/news/2026/2/7/ for more.'), []);
});

test('"in the morning" is a part of the day just named, and nothing without one', () => {
  assert.equal(one('The talks were held on Friday. Traders placed orders in the morning.', 'the morning', '2026-02-16').value, '2026-02-13TMO');
  assert.deepEqual(found('He left in the morning.'), []);
});

test('decades: "the 2000s", "the 1990\'s", "the 80s" are decades; a year\'s possessive and an age are not', () => {
  assert.deepEqual(found('Prices soared in the 2000s, the 1990’s and the 80s.', '2026-02-18'), [
    'the 2000s|DATE|200',
    'the 1990’s|DATE|199',
    'the 80s|DATE|198',
  ]);
  assert.deepEqual(found("2020's election was close.", '2026-02-18'), ['2020|DATE|2020']);
  assert.deepEqual(found('Most residents are in their 80s; highs in the 80s are expected.', '2026-02-18'), []);
});

test('"the same day" that the words after it define is not the day last named', () => {
  const talks = 'The talks opened on Tuesday. ';
  assert.deepEqual(found(`${talks}Russia launched a strike on the same day talks began.`, '2026-02-18'), ['Tuesday|DATE|2026-02-17']);
  assert.deepEqual(found(`${talks}Russia struck on the same day as the vote.`, '2026-02-18'), ['Tuesday|DATE|2026-02-17']);
  assert.equal(one(`${talks}Russia struck the same day.`, 'the same day', '2026-02-18').value, '2026-02-17');
});
