// Dates without a year in a plan, a timetable or a deadline lie ahead; a clock time in a plan falls on the day
// ahead just named (issue 9). Every sentence here is made up. testing.ts anchors on 2025-07-25, a Friday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found, one } from './testing.js';

test('a month before a deadline noun is the coming one', () => {
  // Written in February: "a June deadline" is this June, not last June.
  assert.equal(one('Washington set the two sides a June deadline to reach a deal.', 'June', '2026-02-07').value, '2026-06');
  assert.equal(one('The league missed its March target.', 'March', '2025-07-25').value, '2026-03');
  // Without the noun the month stays where news puts it: the last one.
  assert.equal(one('The league held its vote in March.', 'March', '2025-07-25').value, '2025-03');
});

test('a timetable verb in the present puts each date ahead', () => {
  assert.deepEqual(found('The tour kicks off June 9 and concludes October 10.', '2025-09-10'), [
    'June 9|DATE|2026-06-09',
    'October 10|DATE|2025-10-10',
  ]);
  assert.equal(one('The offer expires on March 2.', 'March 2', '2025-09-10').value, '2026-03-02');
  assert.equal(one('The vote will be held on June 9.', 'June 9', '2025-09-10').value, '2026-06-09');
  assert.equal(one('The ceremony is scheduled for March 3.', 'March 3', '2025-09-10').value, '2026-03-03');
  // The same dates reported in the past tense stay behind.
  assert.equal(one('The tour kicked off June 9.', 'June 9', '2025-09-10').value, '2025-06-09');
});

test('"by" a date is a deadline ahead, unless the clause is in the past', () => {
  assert.equal(one('The envoys want the parties to hold elections by mid-May.', 'mid-May', '2026-02-16').value, '2026-05');
  assert.equal(one('Donors are pressured by Washington to pay by May.', 'May', '2026-02-16').value, '2026-05');
  assert.equal(one('Prices had doubled by May.', 'May', '2026-02-16').value, '2025-05');
});

test('a clock time in a plan falls on the last day ahead that was named', () => {
  // 2026-02-16 is a Monday.
  const text =
    'The envoys will land on Tuesday. The minister, in town since Sunday night, is expected to join them before ' +
    'heading to the assembly to speak at 3 pm. His team will fly home that same evening.';
  assert.deepEqual(found(text, '2026-02-16'), [
    'Tuesday|DATE|2026-02-17',
    'Sunday night|TIME|2026-02-15TNI|AFTER',
    '3 pm|TIME|2026-02-17T15:00',
    'that same evening|TIME|2026-02-17TEV',
  ]);
  // A reported clock time still falls on the reported day.
  assert.equal(one('A fire broke out on Sunday. It spread at 3 pm.', '3 pm', '2026-02-16').value, '2026-02-15T15:00');
});

test('the weekday of a monthly schedule is not a date of this week', () => {
  assert.equal(found('The digest goes out on the last Wednesday of each month.').some((t) => t.startsWith('Wednesday')), false);
});

test('a clock time right after a day belongs to it, ahead or past; a season that ends in May ends next May', () => {
  assert.equal(one('The final is on Feb. 22 at 7:30 p.m. ET.', '7:30 p.m. ET', '2026-02-18').value, '2026-02-22T19:30');
  assert.equal(one('The season ends in May.', 'May', '2026-02-18').value, '2026-05');
});

test('"has until" a day is a deadline ahead', () => {
  // 2026-02-18 is a Wednesday.
  assert.equal(one('Congress has until Friday to pass the bill.', 'Friday', '2026-02-18').value, '2026-02-20');
  assert.equal(one('He had until Friday to pay.', 'Friday', '2026-02-18').value, '2026-02-13');
});

test('"a month" after a number is a rate: a SET', () => {
  assert.equal(one('Recruitment runs at about 40,000 a month.', 'a month').value, 'P1M');
  assert.equal(one('Recruitment runs at about 40,000 a month.', 'a month').type, 'SET');
  assert.deepEqual(found('The fare is 34 cents a ride.'), []);
});
