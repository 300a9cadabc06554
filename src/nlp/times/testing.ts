// Test helpers for the times layer (imported by its tests only).
import assert from 'node:assert/strict';
import { extractTimes } from './extract.js';

/** "text|TYPE|value[|mod]" for every expression found, for compact assertions. 2025-07-25 is a Friday. */
export const found = (text: string, dct: string | null = '2025-07-25') =>
  extractTimes(text, dct).map((t) => `${t.text}|${t.type}|${t.value}${t.mod ? `|${t.mod}` : ''}`);

/** The one expression whose text is `span`. */
export function one(text: string, span: string, dct: string | null = '2025-07-25') {
  const hits = extractTimes(text, dct).filter((t) => t.text === span);
  assert.equal(hits.length, 1, `expected "${span}" in ${JSON.stringify(found(text, dct))}`);
  return hits[0];
}
