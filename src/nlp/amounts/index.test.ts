// The amounts component in a pipeline, on the seed article, scored like ../shared/tools/score-seed.mjs does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Doc } from '../../doc/doc.js';
import { AmountSchema } from '../../doc/schema.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { tokensComponent } from '../tokens/index.js';
import { amountsComponent } from './index.js';

const SEED_TEXT = new URL('../../../fixtures/seed/000_91520a0463e5f117.txt', import.meta.url);
const SEED_GOLD = new URL('../../../../shared/seed/expected.json', import.meta.url);
const CURRENCY: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP' };

interface GoldAmount {
  text: string;
  value?: number;
  min?: number;
  max?: number;
  currency?: string;
}

function seedDoc(): Doc {
  const doc = new Doc(readFileSync(SEED_TEXT, 'utf8'), { source: 'seed', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' });
  return new Pipeline([tokensComponent, amountsComponent]).run(doc);
}

test('the component declares its layers and fills doc.amounts with schema-valid amounts', () => {
  assert.equal(amountsComponent.name, 'amounts');
  assert.deepEqual([...amountsComponent.requires], ['text', 'tokens', 'sentences']);
  assert.deepEqual([...amountsComponent.assigns], ['amounts']);
  assert.throws(() => new Pipeline([amountsComponent]), /requires tokens/);
  const doc = seedDoc();
  assert.ok(doc.amounts && doc.amounts.length > 0);
  for (const a of doc.amounts) {
    AmountSchema.parse(a);
    assert.equal(doc.text.slice(a.start, a.end), a.text);
  }
});

test('seed article: every gold amount is found (score-seed rule: span inside or around the gold text, values equal)', (t) => {
  if (!existsSync(SEED_GOLD)) return t.skip('../shared/seed/expected.json not found');
  const gold = (JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { amounts: GoldAmount[] }).amounts;
  const doc = seedDoc();
  for (const g of gold) {
    const occurrences: [number, number][] = [];
    for (let i = doc.text.indexOf(g.text); i >= 0; i = doc.text.indexOf(g.text, i + 1)) occurrences.push([i, i + g.text.length]);
    const found = doc.amounts!.find(
      (a) =>
        occurrences.some(([s, e]) => (a.start <= s && e <= a.end) || (s <= a.start && a.end <= e)) &&
        (['value', 'min', 'max'] as const).every((k) => g[k] === undefined || a[k] === g[k]) &&
        (g.currency === undefined || (CURRENCY[a.currency ?? ''] ?? a.currency) === g.currency),
    );
    assert.ok(found, `gold amount "${g.text}" not found`);
  }
  // The seed's counted objects and units, as the gold names them.
  const byText = new Map(doc.amounts!.map((a) => [a.text, a]));
  assert.equal(byText.get('$10 billion to $30 billion')?.object, 'drone deal');
  assert.equal(byText.get('50-day')?.unit, 'day');
  assert.deepEqual(doc.amounts!.filter((a) => a.text === '10').map((a) => a.object), ['Patriot systems', 'systems']);
});
