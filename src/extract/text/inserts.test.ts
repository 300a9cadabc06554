// Inserts inside the body: a caption printed twice, a media label and its description, a run of teaser headlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText, traceText } from './index.js';

const P = [
  'Engineers restored power to three districts of the city overnight after a drone strike damaged a substation, the regional governor said on Sunday.',
  'About 40,000 households had been without heating for most of Saturday as temperatures fell to minus 15 degrees Celsius.',
  '“Our crews worked through the night and will keep working until every home is back on the grid,” the governor wrote on social media.',
  'The energy ministry said repairs to a second substation would take at least a week.',
];
const page = (...lines: string[]) => ['Power restored to three districts after strike', '', ...lines.flatMap((l) => [l, ''])].join('\n');

test('a caption printed bare and again with its credit goes both times', () => {
  const text = page('Repair crews work on a damaged substation on Jan. 5, 2026.', 'Repair crews work on a damaged substation on Jan. 5, 2026.Ivan Petrenko—Getty Images', ...P);
  assert.equal(extractText(text).text, P.join('\n\n'));
});

test('a media label and the description under it go', () => {
  const text = page(P[0], P[1], 'RADIO AUDIO: Power returns to three districts after drone strike', 'Our correspondent Jane Roe reports on the repairs in the city.', P[2], P[3]);
  assert.equal(extractText(text).text, P.join('\n\n'));
});

test('a run of teaser headlines between paragraphs goes; a list introduced by a colon stays', () => {
  const teasers = page(
    P[0], P[1],
    'Grid operator asks factories to cut their evening use as cold snap deepens',
    'Why substations are so hard to protect from drones, explained by engineers',
    P[2], P[3],
  );
  assert.equal(extractText(teasers).text, P.join('\n\n'));
  const list = page(P[0], 'The ministry listed three priorities for the week:', 'Restoring heating to every hospital in the region', 'Repairing the second substation near the river', P[2], P[3]);
  assert.ok(extractText(list).text.includes('Repairing the second substation near the river'));
});

test('labels next to labels next to a number are a menu, not table rows', () => {
  const text = page(P[0], P[1], P[2], P[3], 'World', 'Politics', 'Sport', '60 Minutes', 'Weather', 'Travel', 'Culture', '© 2026 Harbour Times');
  const verdicts = new Map(traceText(text).units.map((u) => [u.text, u.verdict]));
  assert.equal(verdicts.get('Weather'), 'data'); // next to the row with digits
  assert.equal(verdicts.get('Travel'), 'short'); // only next to a label
  assert.equal(verdicts.get('Culture'), 'short');
});

test('kicker and headline pairs and a lone photo count inside the body go', () => {
  const text = page(
    P[0], '6', P[1],
    'TIME TRAVELLER', 'Harbour residents say they spotted a tall ship from 1890 in the bay',
    'EYE POPPING', 'Fisherman lands a record catch off the northern pier on Sunday night',
    P[2], P[3],
  );
  assert.equal(extractText(text).text, P.join('\n\n'));
});

test('a long headline in capitals between paragraphs goes, a heading in sentence case stays', () => {
  const text = page(P[0], P[1], 'HARBOUR MAYOR OPENS UP ABOUT THE WINTER THAT NEARLY BROKE THE CITY', P[2], 'What happens next', P[3], 'Share this article');
  const out = extractText(text).text;
  assert.ok(!out.includes('HARBOUR MAYOR'));
  assert.ok(out.includes('What happens next'));
});

test('a caption above a bare credit goes with it; three short teaser headlines go', () => {
  const text = page(
    P[0],
    'The mayor, centre in a blue coat, visits the repaired substation near the river on Sunday.',
    'Jane Roe | Bloomberg | Getty Images',
    P[1],
    'The Winter Grid', 'Harbour lights return', 'Ferry strike ends after talks with the port authority',
    P[2], P[3],
  );
  assert.equal(extractText(text).text, P.join('\n\n'));
});

test('a paragraph above a caption that carries its own words is not a caption', () => {
  const text = page(P[0], P[1], 'However, with three confirmed cases, residents are beginning to worry.', 'Crews at work on the substation (Image: Harbour Times)', P[2], P[3], 'Share this article');
  assert.ok(extractText(text).text.includes('However, with three confirmed cases'));
});
