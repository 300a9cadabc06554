// The demo's Wikinews fixtures (fixtures/demo, built by scripts/detok-meantime.ts): each is dated by its own
// date line (scraped text), its page (HTML) or its record (JSON Lines), and reads as untokenised text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/extract/html/index.js';
import { extractText } from '../src/extract/text/index.js';

const DIR = fileURLToPath(new URL('../fixtures/demo/', import.meta.url));
const files = readdirSync(DIR).sort();

/** Traces of MEANTIME's tokenisation that the fixtures must not carry. */
const TOKENISED = [/ ''/, /\w - \w/, /\$ \d/, / [,.;:]\s/, /\w ' \w/, /\( /, / \)/, /`/];

function checkBody(name: string, text: string): void {
  for (const re of TOKENISED) assert.doesNotMatch(text, re, `${name}: ${re}`);
}

test('demo fixtures: scraped texts and pages are dated by their own date line', () => {
  const pages = files.filter((f) => /\.(txt|html)$/.test(f));
  assert.ok(pages.length >= 8, 'scraped texts and HTML pages');
  assert.ok(pages.some((f) => f.endsWith('.txt')) && pages.some((f) => f.endsWith('.html')));
  for (const f of pages) {
    const raw = readFileSync(DIR + f, 'utf8');
    const article = f.endsWith('.html') ? extractHtml(raw, {}) : extractText(raw);
    assert.equal(article.published?.slice(0, 10), f.slice(0, 10), f);
    assert.ok(article.text.length > 500, `${f}: body kept`);
    checkBody(f, article.text);
  }
});

test('demo fixtures: the JSON Lines records carry their own date and clean text', () => {
  const lines = files.filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(DIR + f, 'utf8').split('\n').filter(Boolean));
  assert.ok(lines.length >= 1);
  for (const line of lines) {
    const r = JSON.parse(line) as { published: string; title: string; text: string };
    assert.match(r.published, /^\d{4}-\d{2}-\d{2}$/);
    checkBody(r.title, r.text);
  }
});
