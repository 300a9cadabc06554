import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditedOutlet } from './credit.js';

test('a credit cue names the original outlet', () => {
  assert.equal(creditedOutlet('Body text here.\nThis story first appeared in Harbour Weekly.'), 'Harbour Weekly');
  assert.equal(creditedOutlet('Body.\n\nFirst published in The Valley Times on 3 May.'), 'The Valley Times');
  assert.equal(creditedOutlet('Body.\n\n(via Coastline News Service)'), 'Coastline News Service');
});

test('"via" far from the end, or followed by a lower-case word, credits nothing', () => {
  const body = ['The road goes via Northgate to the coast.', 'Line two of the story is here.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.'].join('\n');
  assert.equal(creditedOutlet(body), undefined);
  assert.equal(creditedOutlet('Tickets are sold via the website.'), undefined);
});

test('a "Source link" anchor credits the host it points at', () => {
  assert.equal(creditedOutlet('Body.\nSource link', [{ text: 'Source link', href: 'https://www.example-news.test/a/1' }]), 'example-news.test');
  assert.equal(creditedOutlet('Body.', [{ text: 'Home', href: 'https://www.example-news.test/' }]), undefined);
});

test('"via" inside a long sentence near the end is not a credit line', () => {
  const body = 'Body.\nThe minister has signalled support for arms purchases via Northern Alliance members, a move that keeps the arsenal stocked.';
  assert.equal(creditedOutlet(body), undefined);
  assert.equal(creditedOutlet('Body.\nPhotos and text via Harbour Weekly'), 'Harbour Weekly');
});
