// A site's tagline under the masthead and the date line after it are not the article; a lead naming the site is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const page = (lead: string) => `<!doctype html><html><head><title>Ferry fares rise for the first time in a decade - Harbour Post, the paper you can trust</title>
<meta property="og:site_name" content="Harbour Post"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>Ferry fares rise for the first time in a decade</h1>
<div class="sub">From Harbour Post, the paper you can trust!</div>
<p><strong>Monday, March 2, 2026</strong></p>
<p>${lead}</p>
<p>The authority said the rise would pay for two new boats, and that season tickets would keep their price until the
spring, when a review of the whole network is due to report to the council.</p>
<p>Commuters' groups said they would ask the council to freeze the fares of students and pensioners for another year.</p>
</main></body></html>`;

test('a tagline naming the site at the head of the body goes, and the date line before the first paragraph with it', () => {
  const a = extractHtml(page('Ferry fares across the harbour will rise by ten cents next month, the port authority said on Monday.'));
  assert.equal(a.outlet, 'Harbour Post');
  assert.ok(a.text.startsWith('Ferry fares across the harbour'), a.text.slice(0, 80));
});

test('a lead that names the site stays', () => {
  const lead = 'Ferry fares across the harbour will rise by ten cents next month, the port authority told Harbour Post on Monday.';
  assert.ok(extractHtml(page(lead)).text.startsWith(lead));
});
