// Anchoring and span rules added to generalise beyond TimeBank (issue 4): every sentence here is made up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found, one } from './testing.js';


test('a month and day with last/next takes its direction', () => {
  assert.equal(one('The mayor was elected last Oct. 23 by a wide margin.', 'last Oct. 23').value, '2024-10-23');
  assert.equal(one('The audit closes next March 5.', 'next March 5').value, '2026-03-05');
});

test('a past-tense verb right before a month puts it in the past', () => {
  assert.equal(one('The plant reopened on Oct. 23 after repairs.', 'Oct. 23').value, '2024-10-23');
  assert.equal(one('The firm was sold in September to a rival.', 'September').value, '2024-09');
  assert.equal(one('The report is to be published in September.', 'September').value, '2025-09');
  assert.equal(one('Elections will be held on Oct. 23.', 'Oct. 23').value, '2025-10-23');
});

test('a sentence-opening weekday looks right for a future cue, but not past a reporting verb', () => {
  assert.equal(one('On Tuesday, the dockers plan to walk out again.', 'Tuesday').value, '2025-07-29');
  assert.equal(one('On Tuesday, the minister said he will resign.', 'Tuesday').value, '2025-07-22');
  assert.equal(one('The ferry company said Tuesday it will add routes.', 'Tuesday').value, '2025-07-22');
});

test('a future cue does not date the report: "the plant will close, the company said Tuesday"', () => {
  assert.equal(one('The plant will close in June, the company said Tuesday.', 'Tuesday').value, '2025-07-22');
  assert.equal(one('Fares will rise, the minister told reporters in a briefing Monday.', 'Monday').value, '2025-07-21');
  assert.equal(one('On Friday, the mayor signed a decree that will take effect soon.', 'Friday').value, '2025-07-25');
  assert.equal(one('The talks will resume on Tuesday.', 'Tuesday').value, '2025-07-29');
});

test('a plan that belonged to the past does not make the weekday future', () => {
  // 2025-07-28 is a Monday.
  assert.equal(one('The bid had been scheduled to expire Friday, but it was extended.', 'Friday', '2025-07-28').value, '2025-07-25');
  assert.equal(one('The strike went ahead as originally planned on Saturday.', 'Saturday', '2025-07-28').value, '2025-07-26');
  assert.equal(one('The bid is scheduled to expire Friday.', 'Friday', '2025-07-28').value, '2025-08-01');
});

test('postponed or extended until a weekday: a deadline still to come', () => {
  assert.equal(one('The council postponed the vote until Tuesday.', 'Tuesday').value, '2025-07-29');
  assert.equal(one('The bank gave the borrowers until 9 a.m. Monday to pay.', '9 a.m. Monday').value, '2025-07-28T09:00');
  assert.equal(one('The shelter stayed open until Monday.', 'Monday').value, '2025-07-21');
});

test('the coming weeks and the weeks ahead are vague durations', () => {
  assert.deepEqual(found('Analysts expect cuts in the coming weeks and more pain in the months ahead.'), [
    'the coming weeks|DURATION|PXW',
    'the months ahead|DURATION|PXM',
  ]);
  assert.equal(one('Rates may rise in future years.', 'future years').value, 'FUTURE_REF');
});

test('an hour with its part of day is a clock time, dated by a weekday in a parenthesis', () => {
  assert.deepEqual(found('The convoy will leave at 4 in the morning (4 a.m. GMT Sunday) and return at eleven at night.'), [
    '4 in the morning|TIME|2025-07-27T04:00',
    '4 a.m. GMT Sunday|TIME|2025-07-27T04:00',
    'eleven at night|TIME|2025-07-25T23:00',
  ]);
  assert.equal(one('The bells rang at 3 o\'clock in the afternoon.', "3 o'clock in the afternoon").value, '2025-07-25T15:00');
});

test('a bare clock time falls on the reported day just named, not on a deadline to come', () => {
  assert.equal(one('A gas main burst on Tuesday in the old town. It blew at 10 a.m. near a school.', '10 a.m.').value, '2025-07-22T10:00');
  assert.equal(one('The budget runs through Dec. 3. The mayor must sign before midnight.', 'midnight').value, '2025-07-25T24:00');
});

test('anaphoric days: the next day, that same day, the following week, the next morning, that night', () => {
  assert.deepEqual(found('The storm hit on March 3. The next day, crews cleared roads. The following week, schools reopened.'), [
    'March 3|DATE|2025-03-03',
    'The next day|DATE|2025-03-04',
    'The following week|DATE|2025-W11',
  ]);
  assert.equal(one('The ship docked on June 2. Its crew left that same day.', 'that same day').value, '2025-06-02');
  assert.equal(one('He was arrested on June 2 and freed the next morning.', 'the next morning').value, '2025-06-03TMO');
  assert.equal(one('Fans gathered on June 2 and sang that night.', 'that night').value, '2025-06-02TNI');
  // Counted from the publication date: "over the next year", "the next day or two".
  assert.equal(one('The plant was sold on June 2. Jobs will go over the next year.', 'the next year').value, '2026');
});

test('the day before or after a weekday', () => {
  assert.equal(one('The day before last Tuesday the talks collapsed.', 'The day before last Tuesday').value, '2025-07-21');
});

test('unit adjectives and hyphenated periods', () => {
  assert.deepEqual(found('After a day-long meeting and a decades-long feud, the two firms settled.'), [
    'day-long|DURATION|P1D',
    'decades-long|DURATION|PXY',
  ]);
  assert.equal(one('The court may waive the extra seven-day period.', 'seven-day').value, 'P7D');
  assert.equal(one('Claims for the week ended July 19 fell.', 'the week').value, 'P1W');
});

test('decades ago name a year', () => {
  assert.equal(one('The bridge opened two decades ago.', 'two decades ago').value, '2005');
});

test('titles, ages and adjectives that are not time expressions', () => {
  assert.deepEqual(found('Residents 65 years and older may apply.'), []);
  assert.deepEqual(found('She told CBS program 60 Minutes about it.'), []);
  assert.deepEqual(found('His book, Notes on the Future of Europe, sold well.'), []);
  assert.deepEqual(found('Read the full story. Subscribe Now to continue.'), []);
  assert.deepEqual(found('The party daily Pravda printed the speech.'), []);
  assert.equal(one('The bill must pass before current funding runs out.', 'current').mod, undefined);
});

test('the previous or following weekday counts from the day last named', () => {
  assert.deepEqual(found('Shares closed lower on Friday, July 18, down 2% from the previous Friday.'), [
    'Friday, July 18|DATE|2025-07-18',
    'the previous Friday|DATE|2025-07-11',
  ]);
  assert.equal(one('The ship sank on June 2, and divers arrived the following Monday.', 'the following Monday').value, '2025-06-09');
});

test('a capitalised "This Week" inside a sentence is a programme title', () => {
  assert.deepEqual(found('The senator told ABC\'s "This Week" that the bill was dead.'), []);
  assert.equal(one('This week, the senator said the bill was dead.', 'This week').value, '2025-W30');
});
