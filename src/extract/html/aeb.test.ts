// Scores extractHtml on the AEB dev pages with the reference scorer (../shared, beside the repo); skipped without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from './index.js';

const SHARED = new URL('../../../../shared/', import.meta.url);
const AEB = new URL('data/extraction/aeb/', SHARED);
const SCORER = new URL('tools/score-extraction.mjs', SHARED);
const present = existsSync(fileURLToPath(new URL('ground-truth.json', AEB))) && existsSync(fileURLToPath(SCORER));

/** AEB pages are UTF-8 except a few declared windows-1252/latin-1: valid UTF-8 first, else the declared charset. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = /charset\s*=\s*["']?\s*([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

interface Scorer {
  evaluate: (gold: unknown, pred: unknown, opts: { nBootstrap: number }) => { metrics: { f1: number; n: number } };
}

test('AEB dev set: article-body F1 ≥ 0.965', { skip: !present && 'shared data not found beside the repo' }, async () => {
  const gold = JSON.parse(readFileSync(new URL('ground-truth.json', AEB), 'utf8')) as Record<string, { url?: string }>;
  const pred: Record<string, { articleBody: string }> = {};
  for (const [id, { url }] of Object.entries(gold)) {
    const html = decode(gunzipSync(readFileSync(new URL(`pages/${id}.html.gz`, AEB))));
    pred[id] = { articleBody: extractHtml(html, { url }).text };
  }
  const { evaluate } = (await import(SCORER.href)) as Scorer;
  const { metrics } = evaluate(gold, pred, { nBootstrap: 1 });
  assert.equal(metrics.n, 85);
  assert.ok(metrics.f1 >= 0.965, `F1 ${metrics.f1.toFixed(4)} < 0.965`);
});
