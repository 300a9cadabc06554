// A press statement re-posted after an article is cut from its body; a page that is itself a release keeps its
// text. The pages are made up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const ARTICLE = [
  'The regional airline said on Thursday it would stop flying to three small airports next spring.',
  'Passenger numbers on the routes had fallen by a third since the new rail line opened, the company said.',
  'The mayors of the three towns criticised the decision and asked the government to step in.',
];
const RELEASE = [
  'The airline today announced a new network plan focused on its core routes, effective from April.',
  '“We are proud to serve our customers on the routes they value most,” said the chief executive.',
  'About the airline: founded in 1990, it flies to 40 destinations with a fleet of 30 aircraft.',
  'Media contact: press office, +1 555 0100',
];
const paras = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

const APPENDED: Record<string, string> = {
  'a "Press release" label': `${paras(ARTICLE)}<h3>Press release</h3>${paras(RELEASE.slice(0, 2))}<p>###</p>${paras(RELEASE.slice(2))}`,
  'a "Read the full statement:" label': `${paras(ARTICLE)}<p><strong>Read the full statement:</strong></p>${paras(RELEASE)}`,
  'a wire-service dateline': `${paras(ARTICLE)}<p>SPRINGFIELD, March 3, 2024 /PRNewswire/ -- ${RELEASE[0]}</p>${paras(RELEASE.slice(1))}`,
  'a German "Pressemitteilung" label': `${paras(ARTICLE)}<p>Pressemitteilung</p>${paras(RELEASE)}`,
};

for (const [how, body] of Object.entries(APPENDED)) {
  test(`a press statement appended after the article is cut: ${how}`, () => {
    const r = extractHtml(`<html><body><article><h1>Airline drops routes</h1>${body}</article></body></html>`);
    assert.equal(r.text, ARTICLE.join('\n\n'));
  });
}

test('a page that is itself a press release keeps its text and drops only the end mark', () => {
  const html = `<article><h1>Airline announces network plan</h1><p>Press release</p>${paras(RELEASE.slice(0, 2))}<p>###</p>${paras(RELEASE.slice(2))}</article>`;
  assert.equal(extractHtml(html).text, RELEASE.join('\n\n'));
});

test('a "statement" mentioned in a sentence does not cut the article', () => {
  const text = [...ARTICLE, 'In a statement, the ministry said it would review the airline’s licence for the winter season.'];
  assert.equal(extractHtml(`<article>${paras(text)}</article>`).text, text.join('\n\n'));
});
