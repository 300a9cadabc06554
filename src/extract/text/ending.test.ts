// The end of the article: contributor lines, disclaimers, comment headers and author bios close the body once most
// of it stands before them; the same lines near the top do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAuthorBio } from './bio.js';
import { extractText } from './index.js';

const BODY = [
  'Engineers restored power to three districts of the city overnight after a drone strike damaged a substation, the regional governor said on Sunday.',
  'About 40,000 households had been without heating for most of Saturday as temperatures fell to minus 15 degrees Celsius.',
  '“Our crews worked through the night and will keep working until every home is back on the grid,” the governor wrote on social media.',
  'The energy ministry said repairs to a second substation would take at least a week.',
];

test('an author bio is recognised by its shape, not by a name', () => {
  assert.ok(isAuthorBio('Jane Roe is a senior correspondent at the Harbour Times, where she covers energy.'));
  assert.ok(isAuthorBio('John Doe is editor of the Harbour Review service.'));
  assert.ok(!isAuthorBio('The governor is a former energy minister who took office in 2024.'));
  assert.ok(!isAuthorBio('Jane Roe said the plant would reopen in a week.'));
});

test('what follows a contributor line, a bio or a disclaimer at the end is the page tail, sentences or not', () => {
  const text = [
    'Power restored to three districts after strike',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'Olena Koval in Kyiv contributed reporting to this article.',
    '',
    'Energy Grid Winter Kyiv',
    '',
    'Your morning update on the region, sent Monday to Friday at 6 AM. We cover energy, health and trade.',
    '',
    'The Monthly Digest is sent on the last Wednesday of the month. It features our top stories.',
  ].join('\n');
  assert.equal(extractText(text).text, BODY.join('\n\n'));

  const bio = [
    'Power restored to three districts after strike',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'Jane Roe is the weekend editor at the Harbour Times, where she covers energy and housing.',
    '',
    'The views expressed in this column are solely those of the authors and do not necessarily reflect the views of the Harbour Institute.',
    '',
    'The Harbour Institute’s mission is to promote cooperation and prosperity across the region.',
  ].join('\n');
  assert.equal(extractText(bio).text, BODY.join('\n\n'));
});

test('a comment section ends the body even though comments are sentences', () => {
  const text = [
    'Power restored to three districts after strike',
    '',
    ...BODY.flatMap((p) => [p, '']),
    '12 responses to “Power restored to three districts after strike”',
    '',
    'harbourfan says:',
    '',
    'It is about time they fixed the grid properly instead of patching it every winter.',
    '',
    'oldtimer says:',
    '',
    'Nobody in my street had heating until this morning, so the numbers look too low to me.',
  ].join('\n');
  assert.equal(extractText(text).text, BODY.join('\n\n'));
});

test('an expert introduced at the top is not an author bio that ends the body', () => {
  const text = [
    'Power restored to three districts after strike',
    '',
    'Olena Koval is a senior fellow at the Harbour Institute who has studied the grid for a decade.',
    '',
    ...BODY.flatMap((p) => [p, '']),
  ].join('\n');
  assert.ok(extractText(text).text.endsWith(BODY[3]));
});

test('a related-stories header ends the body when only teasers follow it, not when the story goes on', () => {
  const teasers = [
    'Power restored to three districts after strike',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'You may also like',
    '',
    'Grid operator asks factories to cut evening use',
    '',
    'The operator said demand peaked on Friday.',
    '',
    'Why substations are hard to protect',
    '',
    'Engineers explain what makes the sites so exposed to drones and shelling.',
  ].join('\n');
  assert.equal(extractText(teasers).text, BODY.join('\n\n'));
  const midStory = [
    'Power restored to three districts after strike',
    '',
    BODY[0], '', BODY[1], '', BODY[2], '',
    'Related',
    '',
    BODY[3], '',
    'Officials said a third substation, damaged in an earlier attack, had been repaired and tested over the weekend.',
  ].join('\n');
  assert.ok(extractText(midStory).text.includes('had been repaired and tested'));
});

test('a first paragraph that lost its full stop is still the start of the body', () => {
  const text = [
    'Power restored to three districts after strike',
    '',
    'Home', '', 'World', '', 'Politics', '', 'Sport', '', 'Share this article', '',
    'Engineers worked through the night to bring power back to three districts after the strike on Saturday',
    '',
    ...BODY.flatMap((p) => [p, '']),
  ].join('\n');
  assert.ok(extractText(text).text.startsWith('Engineers worked through the night'));
});

test('a source introduced late in the story does not end it when the story goes on', () => {
  const text = [
    'Power restored to three districts after strike',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'Olena Koval is a senior fellow at the Harbour Institute who has studied the grid for a decade.',
    '',
    'She said the repairs showed how much the city had learned since the first winter of attacks on its power plants.',
    '',
    'Koval added that the next test would come in February, when demand usually peaks across the whole region.',
  ].join('\n');
  assert.ok(extractText(text).text.endsWith('across the whole region.'));
});

test('a reported sentence with disclaimer wording does not end the body', () => {
  const text = [
    'Power restored to three districts after strike',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'The figures do not necessarily reflect the views of the ministry, a spokesman said on Monday.',
    '',
    'Repairs to the remaining lines are expected to take another week, according to the grid operator.',
    '',
    '© 2026 Harbour Times',
  ].join('\n');
  const out = extractText(text).text;
  assert.ok(out.endsWith('according to the grid operator.'));
  assert.ok(out.includes('a spokesman said on Monday'));
});
