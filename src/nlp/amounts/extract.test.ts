// Amounts without tokens: numbers, scales, currencies, units, ranges and what is not an amount. Sentences are short
// quotes from the corpora in ../shared (Reuters 1987, Ukraine web crawl and press releases), some trimmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCorpus } from '../../../bench/corpora.js';
import { extractAmounts } from './extract.js';

/** Compact view: span text and the fields that are set. */
function view(text: string) {
  return extractAmounts(text).map((a) => {
    const { start, end, text: t, ...rest } = a;
    assert.equal(text.slice(start, end), t, 'span text matches the offsets');
    return { text: t, ...rest };
  });
}
const texts = (text: string) => extractAmounts(text).map((a) => a.text);

test('money: currency signs, ISO codes, Reuters dlrs/mln/stg, scales glued or spaced', () => {
  assert.deepEqual(view('The European Commission is announcing €153 million in emergency aid to Ukraine.'), [
    { text: '€153 million', value: 153e6, currency: 'EUR' },
  ]);
  assert.deepEqual(view('the German funding of long-range weapons worth €400m. Why £6bn black hole will change'), [
    { text: '€400m', value: 4e8, currency: 'EUR' },
    { text: '£6bn', value: 6e9, currency: 'GBP' },
  ]);
  assert.deepEqual(view('Loan losses fell in the quarter to 22 mln dlrs, versus 40 mln dlrs a year ago'), [
    { text: '22 mln dlrs', value: 22e6, currency: 'USD' },
    { text: '40 mln dlrs', value: 40e6, currency: 'USD' },
  ]);
  assert.deepEqual(view('The Bank of England said it had given the money market 206 mln stg of assistance'), [
    { text: '206 mln stg', value: 206e6, currency: 'GBP' },
  ]);
  assert.deepEqual(view('Quebecor, which had revenues of 446 mln Canadian dlrs last year'), [
    { text: '446 mln Canadian dlrs', value: 446e6, currency: 'CAD' },
  ]);
  assert.deepEqual(view('net profit to 42 mln Swiss francs. Japan will inject about 5,000 billion yen'), [
    { text: '42 mln Swiss francs', value: 42e6, currency: 'CHF' },
    { text: '5,000 billion yen', value: 5e12, currency: 'JPY' },
  ]);
  assert.deepEqual(view('a loan of USD 5 million and 300 mln hryvnias'), [
    { text: 'USD 5 million', value: 5e6, currency: 'USD' },
    { text: '300 mln hryvnias', value: 300e6, currency: 'UAH' },
  ]);
  assert.deepEqual(view('Borden called for redemption its outstanding 605,000 dlrs of debentures'), [
    { text: '605,000 dlrs', value: 605000, currency: 'USD' },
  ]);
});

test('hundredths and rates: cts, pence, "a share", "per tonne", "a barrel"', () => {
  assert.deepEqual(view('Qtly div 30 cts vs 30 cts prior'), [
    { text: '30 cts', value: 0.3, currency: 'USD' },
    { text: '30 cts', value: 0.3, currency: 'USD' },
  ]);
  assert.deepEqual(view('BP said it planned to offer 70 dlrs per share for the stock.'), [
    { text: '70 dlrs per share', value: 70, unit: 'per share', currency: 'USD' },
  ]);
  assert.deepEqual(view('the current benchmark price of 18 dlrs a barrel'), [
    { text: '18 dlrs a barrel', value: 18, unit: 'per barrel', currency: 'USD' },
  ]);
  assert.deepEqual(view('Berisford shares firmed on the announcement to 366p.'), [{ text: '366p', value: 3.66, currency: 'GBP' }]);
  // "a year ago" is a time, not a rate.
  assert.deepEqual(texts('versus 40 mln dlrs a year ago'), ['40 mln dlrs']);
});

test('percentages and points, with Reuters fractions', () => {
  assert.deepEqual(view('Crude energy materials were up 2.6 pct, much less than the 10 pct rise in January.'), [
    { text: '2.6 pct', value: 2.6, unit: 'percent' },
    { text: '10 pct', value: 10, unit: 'percent' },
  ]);
  assert.deepEqual(view('offered funds at 12-1/2 pct; Kyiv said 5% of GDP; grew 2.4 per\ncent'), [
    { text: '12-1/2 pct', value: 12.5, unit: 'percent' },
    { text: '5%', value: 5, unit: 'percent' },
    { text: '2.4 per\ncent', value: 2.4, unit: 'percent' },
  ]);
  assert.deepEqual(view('as managers at 7.5 mln dlrs for five basis points; a decrease of five or six percentage points'), [
    { text: '7.5 mln dlrs', value: 7.5e6, currency: 'USD' },
    { text: 'five basis points', value: 5, unit: 'basis point' },
    { text: 'five or six percentage points', min: 5, max: 6, unit: 'percentage point' },
  ]);
});

test('ranges: "to", dashes, "between … and", "or"; the scale and unit said once apply to both ends', () => {
  assert.deepEqual(view('a major drone deal, potentially worth $10 billion to $30 billion, under which'), [
    { text: '$10 billion to $30 billion', min: 1e10, max: 3e10, currency: 'USD' },
  ]);
  assert.deepEqual(view('March shipment at 1,750 to 1,780 dlrs per tonne to ports to be named.'), [
    { text: '1,750 to 1,780 dlrs per tonne', min: 1750, max: 1780, unit: 'per tonne', currency: 'USD' },
  ]);
  assert.deepEqual(view('Under current law, between 40 and 45 mln acres of erodible land'), [
    { text: 'between 40 and 45 mln acres', min: 40e6, max: 45e6, unit: 'acre' },
  ]);
  assert.deepEqual(view('with periodic pulses using 400-600 drones and missiles. ICU said about 20-25% of output'), [
    { text: '400-600', min: 400, max: 600 },
    { text: '20-25%', min: 20, max: 25, unit: 'percent' },
  ]);
  assert.deepEqual(view('our European partners say it could take three to five years.'), [
    { text: 'three to five years', min: 3, max: 5, unit: 'year' },
  ]);
  assert.deepEqual(view('earnings will be in a range of 3.75 dlrs to 4.25 dlrs per share.'), [
    { text: '3.75 dlrs to 4.25 dlrs per share', min: 3.75, max: 4.25, unit: 'per share', currency: 'USD' },
  ]);
});

test('a change "from X to Y" is two amounts; the first takes the unit said once', () => {
  assert.deepEqual(view('payments on Venezuela\'s public debt were extended from 12 to 14 years'), [
    { text: '12', value: 12, unit: 'year' },
    { text: '14 years', value: 14, unit: 'year' },
  ]);
  // A bare scaled number compared with an amount takes its currency.
  assert.deepEqual(view('Group bank net profit rose to 275.52 mln marks in 1986 from 222.73 mln the previous year'), [
    { text: '275.52 mln marks', value: 275.52e6, currency: 'DEM' },
    { text: '222.73 mln', value: 222.73e6, currency: 'DEM' },
  ]);
});

test('bounds: "up to", "more than", "at least", "or more" keep the value and add min or max', () => {
  assert.deepEqual(view('Northern Trust filed to offer up to 150 mln dlrs of debt securities.'), [
    { text: '150 mln dlrs', value: 150e6, max: 150e6, currency: 'USD' },
  ]);
  assert.deepEqual(view('Russia launched “more than 400 drones and around 40 missiles” overnight'), [
    { text: '400', value: 400, min: 400 },
    { text: '40', value: 40 },
  ]);
  assert.deepEqual(view('if a person or group acquires 20 pct or more of its shares'), [{ text: '20 pct', value: 20, min: 20, unit: 'percent' }]);
});

test('units: time, length, mass, area, energy; hyphenated and glued forms', () => {
  assert.deepEqual(view('a date that aligns with a 50-day deadline set by U.S. President Donald Trump'), [{ text: '50-day', value: 50, unit: 'day' }]);
  assert.deepEqual(view('the roughly 1,000-kilometer (600-mile) front line'), [
    { text: '1,000-kilometer', value: 1000, unit: 'km' },
    { text: '600-mile', value: 600, unit: 'mile' },
  ]);
  assert.deepEqual(view('the buffer stock manager bought 5,000 tonnes of cocoa; 155mm shells; 300 square kilometres'), [
    { text: '5,000 tonnes', value: 5000, unit: 'tonne' },
    { text: '155mm', value: 155, unit: 'mm' },
    { text: '300 square kilometres', value: 300, unit: 'km2' },
  ]);
  assert.deepEqual(view('OPEC output of 15.8 mln bpd; a 2 GW plant'), [
    { text: '15.8 mln bpd', value: 15.8e6, unit: 'barrel per day' },
    { text: '2 GW', value: 2, unit: 'GW' },
  ]);
  assert.deepEqual(view('Three and a half months later; a three-month-old son'), [
    { text: 'Three and a half months', value: 3.5, unit: 'month' },
    { text: 'three-month-old', value: 3, unit: 'month' },
  ]);
});

test('number words: compounds, "a million", "half a million", "a dozen"', () => {
  assert.deepEqual(view('Ninety-two nations are taking part; about a hundred thousand people; half a million doses; a dozen eggs'), [
    { text: 'Ninety-two', value: 92 },
    { text: 'a hundred thousand', value: 1e5 },
    { text: 'half a million', value: 5e5 },
    { text: 'a dozen', value: 12 },
  ]);
  assert.deepEqual(texts('two hundred and fifty people; Funding is already locked in for three: two from Germany, one from Norway.'), [
    'two hundred and fifty',
    'three',
    'two',
    'one',
  ]);
});

test('not amounts: years, dates, times, ordinals, codes, phone numbers, footnotes, labels', () => {
  assert.deepEqual(texts('Zelenskyy had been elected in 2019; the 1986/87 crop; the 1980s; mid-1990s; 1990–1991 Gulf War'), []);
  assert.deepEqual(texts('Arrivals for the week ended February 22 were low. Pay April 27 Record April 13. on 12 February 2026'), []);
  assert.deepEqual(texts('Shareholders vote on May 5, 1987 at 10:30 or 1900 GMT or 3 pm; the 3rd and 68th brigades'), []);
  assert.deepEqual(texts('F-16s, MiG-29, COVID-19, S-400, G7, 4G, Boeing 737, Article 5, Resolution 2231'), []);
  assert.deepEqual(texts('Call 555-1234 or +380 44 123 4567 or (212) 555-0199.'), []);
  assert.deepEqual(texts('against the war.46 Nevertheless; in the world.”41 But; see [3] and (2); version 1.2.3'), []);
  assert.deepEqual(texts('The April 12 and 26 elections; Russia’s 2022-era tanks; World War Three; Air Force One'), []);
  assert.deepEqual(texts('Pay April six Record March 20; approved at the May five annual meeting'), []);
});

test('not amounts: "one" as a pronoun and in idioms; number words in compounds', () => {
  const s =
    'Stopping NATO was one of the main reasons. No one saw the one who did it. They love one another. One day he came. ' +
    'At one point, Khan asked. He called them one by one, one on one. A three-for-two stock split, a one-sided deal.';
  assert.deepEqual(texts(s), []);
  // …but a counted "one" stays.
  assert.deepEqual(texts('said one US intelligence official; only one country; one from Norway'), ['one', 'one', 'one']);
});

test('scores and pairs of numbers that are not ranges are skipped whole', () => {
  assert.deepEqual(texts('Arsenal won 3-1 on Sunday; the 2-2 draw; the 2014-2022 period; a rate of 430.15/432.30'), []);
});

test('Reuters sample: spans match offsets, single amounts have a value, ranges min < max, no bare years', (t) => {
  const corpus = readCorpus('reuters', 400);
  if (!corpus) return t.skip('../shared corpora not found');
  let n = 0;
  for (const { text } of corpus) {
    for (const a of extractAmounts(text)) {
      n++;
      assert.equal(text.slice(a.start, a.end), a.text);
      if (a.value === undefined) assert.ok(a.min != null && a.max != null && a.min < a.max, a.text);
      assert.ok(!/^(?:1[89]|20)\d\d$/.test(a.text), `year read as an amount: ${a.text}`);
      assert.ok(!/^\d+(?:st|nd|rd|th)$/.test(a.text), `ordinal read as an amount: ${a.text}`);
    }
  }
  assert.ok(n > 1000);
});
