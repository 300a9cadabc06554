// `dossier eval articles` on a folder of our own: one made-up article with a small gold in the seed's format,
// scored with ../shared/tools/score-seed.mjs (skipped when ../shared is absent).
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { evalArticles, SCORE_SEED_URL, totals } from './eval-articles.js';

const present = existsSync(fileURLToPath(SCORE_SEED_URL));

const ARTICLE = `Harbour talks end without a deal

Negotiators from Norway and Iceland met in Oslo on Monday to discuss fishing quotas.

"We are not there yet," said Norwegian minister Kari Nordmann after the talks.
`;

test('eval articles analyses each gold article and totals its sections', { skip: !present }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-articles-'));
  writeFileSync(join(dir, '01.txt'), ARTICLE);
  const gold = {
    file: '01.txt',
    published: '2026-03-04',
    outlet_hint: 'Made-up Gazette',
    title: 'Harbour talks end without a deal',
    body: { starts_with: 'Negotiators from Norway', ends_with: 'after the talks.', headings: [], must_not_contain: ['Cookie'] },
    entities: [{ type: 'PERSON', name: 'Kari Nordmann', country: 'NOR' }, { type: 'LOC', name: 'Oslo' }],
    quotes: [{ kind: 'direct', text: 'We are not there yet', speaker: 'Kari Nordmann' }],
    times: [{ text: 'Monday', type: 'DATE', value: '2026-03-02' }],
  };
  writeFileSync(join(dir, '01.expected.json'), JSON.stringify(gold));
  const out = join(dir, 'out');
  const [r, ...rest] = await evalArticles(dir, out);
  assert.equal(rest.length, 0);
  assert.equal(r.outlet, 'Made-up Gazette');
  assert.equal(r.score.sections.title.pass, 1);
  assert.deepEqual(r.score.sections.quotes, { pass: 2, total: 2 }); // found, and its speaker
  assert.ok(r.score.sections.entities.pass >= 1);
  const analysis = JSON.parse(readFileSync(join(out, '01.analysis.json'), 'utf8')) as { published: string };
  assert.match(analysis.published, /^2026-03-04/);
  const sums = totals([r]);
  assert.deepEqual(sums.get('overall'), r.score.overall);
});

test('eval articles refuses a folder with no gold', { skip: !present }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-articles-'));
  await assert.rejects(evalArticles(dir), /no \*\.expected\.json/);
});
