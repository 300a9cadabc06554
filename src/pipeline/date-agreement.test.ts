import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateDisagreement } from './date-agreement.js';
import { buildDoc } from './analyze.js';
import type { InputItem } from '../input/types.js';

test('dates a time zone apart agree; days apart disagree and the warning names both', () => {
  assert.equal(dateDisagreement('2026-02-10', '2026-02-10'), null);
  assert.equal(dateDisagreement('2026-02-10', '2026-02-11'), null, 'a zone-less date may be a day off');
  assert.equal(dateDisagreement('2026-02-10T23:30:00-05:00', '2026-02-11T04:30:00Z'), null, 'the same instant');
  const w = dateDisagreement('2026-02-10', '2026-02-05');
  assert.match(w ?? '', /2026-02-10/);
  assert.match(w ?? '', /2026-02-05/);
  assert.notEqual(dateDisagreement('2026-02-10T01:00:00Z', '2026-02-12T00:00:00Z'), null);
  assert.equal(dateDisagreement('not a date', '2026-02-05'), null);
});

const PAGE = [
  'Harbour pilots end strike at Marlow',
  '',
  'Published 5 February 2026',
  '',
  'Harbour pilots in Marlow ended their three-week strike on Thursday after the port authority agreed to hire four more pilots, the union said.',
  '',
  'Ships had queued outside the breakwater since mid-January, and two ferry lines had cancelled their winter timetables.',
].join('\n');

function item(meta: InputItem['meta']): InputItem {
  return { ok: true, source: 'test.txt', kind: 'text', content: PAGE, encoding: 'utf-8', meta, warnings: [] };
}

test('published date: the record wins over the text, the text over --published; a contradiction is a warning', () => {
  const fromText = buildDoc(item({}), { published: '2026-03-01' });
  assert.equal(fromText.meta.published, '2026-02-05', "the text's date line beats the --published fallback");
  assert.ok(!fromText.warnings.some((w) => /disagree/.test(w)));

  const agreeing = buildDoc(item({ published: '2026-02-05T09:00:00Z' }));
  assert.equal(agreeing.meta.published, '2026-02-05T09:00:00Z');
  assert.ok(!agreeing.warnings.some((w) => /disagree/.test(w)));

  const contradicted = buildDoc(item({ published: '2026-02-10' }));
  assert.equal(contradicted.meta.published, '2026-02-10', "the record's own date is kept");
  assert.ok(contradicted.warnings.some((w) => w.includes('2026-02-10') && w.includes('2026-02-05')));
});
