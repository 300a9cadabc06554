// Photo captions and credits are dropped from the body, however they are marked up; article sentences that name
// an agency or end in a parenthesis stay. The page is made up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';
import { isCaption } from './captions.js';

const P = [
  'Firefighters contained the forest fire north of the town on Sunday after three days of work.',
  'About two hundred homes were evacuated, and the residents were allowed to return late in the evening.',
  'A spokesman for the regional government told Reuters that the cause of the fire was still unknown.',
  'The ministry will pay for the damage to farms and roads (about four million, according to first estimates).',
];
const CAPTIONS = [
  'A firefighter sprays water on a burning slope near the town on Saturday. (AP Photo/Jane Doe)',
  'Photo: John Roe/Reuters',
  'Smoke rises over the hills. Photograph: Ann Lee/AFP via Getty Images',
  'Getty Images',
  'Credit: Regional fire service',
  'Image copyright EPA',
  'Residents watch the fire from the main road (Photo by Max Mustermann/dpa)',
  'Foto: Erika Musterfrau',
  'Crédit photo : Jean Dupont / AFP',
  'Firefighters rest after the night shift.\nPhoto: Jane J. Doe',
];

test('captions and credits are dropped from the body wherever they stand', () => {
  const html = `<html><body><article>
    <figure><img src="a.jpg"><div class="pic-text">Firefighters at work on the northern slope on Saturday evening, where the fire began.</div></figure>
    <p>${P[0]}</p><p>${CAPTIONS[0]}</p><p>${CAPTIONS[1]}</p>
    <p>${P[1]}</p><div>${CAPTIONS[2]}</div><span>${CAPTIONS[3]}</span>
    <p>${P[2]}</p><p>${CAPTIONS[4]}</p><p>${CAPTIONS[5]}</p><p>${CAPTIONS[6]}</p><p>${CAPTIONS[7]}</p><p>${CAPTIONS[8]}</p>
    <p>${P[3]}</p></article></body></html>`;
  const r = extractHtml(html);
  assert.equal(r.text, P.join('\n\n'));
});

test('a figure holding a table or a quote is text, not a caption', () => {
  const html = `<article><p>${P[0]}</p><p>${P[1]}</p>
    <figure><img src="chart.png"><blockquote><p>We have never seen a fire move this fast in autumn.</p></blockquote></figure>
    <p>${P[2]}</p></article>`;
  assert.ok(extractHtml(html).text.includes('We have never seen a fire move this fast in autumn.'));
});

test('isCaption tells credits from article sentences', () => {
  for (const c of CAPTIONS) assert.equal(isCaption(c), true, c);
  for (const p of [...P, 'The health insurers want the electronic patient record (ePA)', 'LONDON (Reuters) - Prices rose.']) {
    assert.equal(isCaption(p), false, p);
  }
});
