// Exports (PLOVER records, GDELT-style rows) and queries over an analysis document we make up here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../doc/schema.js';
import { cameoCode, GDELT_COLUMNS, gdeltRows, ploverRecords, quadClass } from './export.js';
import { queryEvents } from '../../store/event-filter.js';

const text = 'Japan and Vietnam held talks. Egypt did not attack Libya. Egypt accused Libya of smuggling.';
const s = (a: string) => ({ start: text.indexOf(a), end: text.indexOf(a) + a.length });
const analysis: Analysis = {
  id: 'abc', source: 't', url: 'https://example.org/a', outlet: null, title: 'T', byline: [], published: '2025-03-01',
  language: 'en', text, blocks: [], sentences: [], warnings: [],
  entities: [
    { id: 'e1', type: 'LOC', name: 'Japan', mentions: [], country: 'JPN' },
    { id: 'e2', type: 'LOC', name: 'Vietnam', mentions: [], country: 'VNM' },
    { id: 'e3', type: 'PERSON', name: 'Ahmed Said', mentions: [], country: 'EGY', sector: 'GOV' },
  ],
  events: [
    {
      type: 'CONSULT', mode: null, source: ['e1', 'e2'], target: ['e2', 'e1'], date: '2025-03-01', location: null,
      sentence: s('Japan and Vietnam held talks.'), cue: { ...s('held talks'), text: 'held talks' }, status: 'asserted', reciprocal: true,
      mentions: [{ sentence: s('Japan and Vietnam held talks.'), cue: s('talks') }],
      sourceActors: [{ text: 'Japan', entity: 'e1', code: 'JPN', sector: null }, { text: 'Vietnam', entity: 'e2', code: 'VNM', sector: null }],
      targetActors: [{ text: 'Vietnam', entity: 'e2', code: 'VNM', sector: null }, { text: 'Japan', entity: 'e1', code: 'JPN', sector: null }],
    },
    {
      type: 'ASSAULT', mode: null, source: ['EGY'], target: ['LBY'], date: '2025-03-01', sentence: s('Egypt did not attack Libya.'),
      cue: { ...s('attack'), text: 'attack' }, status: 'negated',
    },
    {
      type: 'ACCUSE', mode: 'allege', source: ['e3'], target: ['LBY'], date: '2025-02-27', sentence: s('Egypt accused Libya of smuggling.'),
      cue: { ...s('accused'), text: 'accused' }, status: 'asserted',
      sourceActors: [{ text: 'he', entity: 'e3', code: 'EGY', sector: 'GOV' }], targetActors: [{ text: 'Libya', entity: null, code: 'LBY', sector: null }],
    },
  ],
};

test('PLOVER records: asserted events only, with codes, names, sentence and mention count', () => {
  const r = ploverRecords(analysis);
  assert.equal(r.length, 2);
  assert.deepEqual((r[0].actor as { codes: string[] }).codes, ['JPN', 'VNM']);
  assert.equal((r[0].text_info as { mentions: number }).mentions, 2);
  assert.equal((r[1].text_info as { sentence: string }).sentence, 'Egypt accused Libya of smuggling.');
  // An entity actor goes by its name, not the pronoun that told it.
  assert.deepEqual((r[1].actor as { names: string[] }).names, ['Ahmed Said']);
});

test('GDELT rows: one per direction of a reciprocal event, CAMEO codes through the table, PLOVER quads', () => {
  const rows = gdeltRows(analysis);
  assert.equal(rows.length, 3);
  const col = (row: string[], name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];
  assert.deepEqual(rows.slice(0, 2).map((r) => [col(r, 'Actor1CountryCode'), col(r, 'Actor2CountryCode')]), [['JPN', 'VNM'], ['VNM', 'JPN']]);
  assert.equal(col(rows[0], 'EventCode'), '040');
  assert.equal(col(rows[2], 'Actor1Code'), 'EGYGOV');
  assert.equal(col(rows[2], 'Day'), '20250227');
  assert.equal(cameoCode(analysis.events![2]), '1121');
  assert.equal(quadClass('ACCUSE') ?? 3, 3);
  for (const r of rows) assert.equal(r.length, GDELT_COLUMNS.length);
});

test('queries by actor code or name, type, target and date; non-asserted events only when asked', () => {
  assert.equal(queryEvents(analysis, { actor: 'JPN' }).length, 1);
  assert.equal(queryEvents(analysis, { actor: 'said' }).length, 1);
  assert.equal(queryEvents(analysis, { actor: 'EGY', type: 'assault' }).length, 0);
  assert.equal(queryEvents(analysis, { actor: 'EGY', type: 'assault', all: true }).length, 1);
  assert.equal(queryEvents(analysis, { target: 'LBY', since: '2025-02-28' }).length, 0);
  assert.equal(queryEvents(analysis, { target: 'LBY', since: '2025-02-01' })[0].type, 'ACCUSE');
});
