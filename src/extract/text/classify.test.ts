// Line shapes the classifier reads without a lexicon: date lines, leaked script data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from './classify.js';
import { markTruncatedRuns } from './inserts.js';
import type { Unit } from './unit.js';

const judge = (text: string) => classify({ text, marker: null, linkShare: 0 });

test('a line that only dates something is a timestamp, a figure is not', () => {
  for (const t of ['12 November 2019', 'Nov. 18, 2019 7:04 pm ET', '2 days ago at 07:52 am', 'Updated Monday, 5:44 PM UTC']) {
    assert.equal(judge(t).reason, 'timestamp', t);
  }
  for (const t of ['-5.44%', 'Harbour Times 2019 annual report', '60 Minutes']) assert.notEqual(judge(t).reason, 'timestamp', t);
});

test('string escapes and code are script data, not prose', () => {
  assert.equal(judge('Police said the girl\\u0027s mother called them at midnight.').reason, 'code');
  assert.equal(judge('var config = {debug: true, items: [1, 2, 3]};').reason, 'code');
  assert.equal(judge('<The Harbour: A Tale of Two Cities>').verdict, 'menu');
});

test('a run of unpunctuated paragraphs amid punctuated text is a teaser list', () => {
  const unit = (text: string): Unit => ({ raw: text, text, marker: null, linkShare: 0, emphasised: false, ...judge(text) });
  const long = (w: string) => `${w} ${'said on Monday that the harbour would reopen after repairs to the quay and the '.repeat(4)}`.trim();
  const units = [unit('The port authority said the harbour would reopen next week after repairs.'), unit(long('Minister')), unit(long('Mayor')), unit('Officials said the quay was safe.')];
  const story = 'Engineers finished the survey of the quay on Sunday and handed their report to the ministry, which said it would publish it. ';
  for (let i = 0; i < 6; i++) units.push(unit(story.repeat(2).trim()));
  markTruncatedRuns(units);
  assert.equal(units[1].reason, 'truncated teaser');
  assert.equal(units[2].reason, 'truncated teaser');
  const lone = [unit('The port authority said the harbour would reopen next week after repairs.'), unit(long('Minister'))];
  markTruncatedRuns(lone);
  assert.equal(lone[1].reason, 'long paragraph'); // a paywall-cut last paragraph stays prose
});

test('captions: what the picture shows, pipe-separated and glued credits', () => {
  assert.equal(judge('This illustration of a lunar lander shows how crews could land near the pole').verdict, 'caption');
  assert.equal(judge('In this photo provided by the city council, crews repair a substation.').verdict, 'caption');
  assert.equal(judge('Jane Roe | Bloomberg | Getty Images').verdict, 'caption');
  assert.equal(judge('The hospital where patients sought treatmentCredit: EPA').verdict, 'caption');
  assert.equal(judge('The photo shows nothing, the minister told reporters on Monday.').verdict, 'prose');
});

test('an author box header is boilerplate', () => {
  assert.equal(judge('About Jane Roe').reason, 'author-header');
  assert.equal(judge('Sobre Carlos Pereira').reason, 'author-header');
  assert.equal(judge('About 40,000 homes').reason === 'author-header', false);
});

test('a one-sentence scene in the present tense is a caption whose credit was lost; narrative is not', () => {
  assert.equal(judge('A woman sleeps as she takes shelter inside a metro station during an air raid alert in the capital.').reason, 'scene caption');
  assert.equal(judge('The mayor speaks to residents outside the damaged school in the northern district.').reason, 'scene caption');
  assert.equal(judge('Ukrainian forces continue to hold defensive lines and push back advances in the south.').reason, 'sentence');
  assert.equal(judge('The mayor speaks to residents every week, his office said on Monday.').reason, 'sentence');
  assert.equal(judge('Forest fires spread across the northern district overnight, forcing evacuations.').reason, 'sentence');
});

test('a teaser tagged with its section in capitals is a related link', () => {
  assert.equal(judge('Holidaymakers fall ill after eating marmot [INSIGHT]').reason, 'related');
  assert.equal(judge('The minister said the figures were wrong [sic].').reason, 'sentence');
});

test('credits: ellipsis labels and name/outlet lines', () => {
  assert.equal(judge('The mayor at the harbour on Sunday.Credit...Jane Roe/The Harbour Times').verdict, 'caption');
  assert.equal(judge('Jane Roe/Harbour Times').verdict, 'caption');
});

test('a lone handle is an embed leftover', () => {
  assert.equal(judge('@harbourtimes').reason, 'handle');
});

test('a line led by a link arrow points elsewhere', () => {
  assert.equal(judge('» Preview: Harbour Grand Prix 2026').reason, 'related');
  assert.equal(judge('“Yes,” she said » and left.').reason, 'sentence');
});

test('a teaser cut with two dots is not a finished sentence', () => {
  assert.notEqual(judge('Harbour mayor opens up about the winter that nearly..').reason, 'sentence');
});
