// Guard against regressions on real pages: title accuracy on Mozilla's Readability test pages (../shared).
// Reached 63/87 = 72.4 % exact and 80/87 = 92.0 % ignoring a site part the gold keeps ("… | eHow"); see
// scripts/eval-metadata.ts for the full evaluation and the comparison rules. Skipped when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { extractMetadata } from './index.js';

const DIR = fileURLToPath(new URL('../../../../shared/data/extraction/readability-pages/', import.meta.url));
const MIN_EXACT = 0.7;
const MIN_LENIENT = 0.89;

const norm = (s: string): string => s.normalize('NFKC').toLowerCase()
  .replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―]/g, '-')
  .replace(/\s+/g, ' ').trim().replace(/[\s.,;:!]+$/, '');

/** Equal, or one is the other plus a site/section part after a separator. */
function sameExceptSitePart(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (!short) return false;
  return (long.startsWith(short) && /^\s*(?:\||-|·|_|::|»|•)\s*/.test(long.slice(short.length)))
    || (long.endsWith(short) && /\s*(?:\||-|·|_|::|»|•)\s*$/.test(long.slice(0, long.length - short.length)));
}

function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(buf.subarray(0, 4096).toString('latin1'));
    try { return new TextDecoder(m ? m[1] : 'utf-8').decode(buf); } catch { return buf.toString('utf8'); }
  }
}

test('title accuracy on readability-pages stays above the reached level', { skip: !existsSync(`${DIR}index.jsonl`) && 'no ../shared' }, () => {
  const rows = readFileSync(`${DIR}index.jsonl`, 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { url?: string; title?: string; labels: { html_path: string } })
    .filter((r) => r.title);
  let exact = 0, lenient = 0;
  for (const r of rows) {
    const dom = parseDocument(decode(gunzipSync(readFileSync(DIR + r.labels.html_path))));
    const url = r.url && /^https?:\/\//.test(r.url) ? r.url : undefined;
    const got = norm(extractMetadata(dom, { url }).title ?? '');
    const want = norm(r.title!);
    if (got === want) exact++;
    if (sameExceptSitePart(got, want)) lenient++;
  }
  assert.ok(rows.length >= 80, `expected the 87 pages, found ${rows.length}`);
  assert.ok(exact / rows.length >= MIN_EXACT, `exact title accuracy ${exact}/${rows.length}`);
  assert.ok(lenient / rows.length >= MIN_LENIENT, `lenient title accuracy ${lenient}/${rows.length}`);
});
