// End-to-end: `dossier entities`, `dossier quotes` and the layers in `dossier show`, over a store filled with
// hand-built analysis documents (the layers' own components are tested where they live).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Analysis, Entity } from '../src/doc/schema.js';
import { articleId } from '../src/doc/id.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { dossier, tempDir } from './helpers.js';

const ent = (id: string, type: Entity['type'], name: string, n: number, extra: Partial<Entity> = {}): Entity => ({
  id, type, name, mentions: Array.from({ length: n }, () => ({ start: 0, end: name.length, text: name })), ...extra,
});

function doc(n: number, title: string, layers: Partial<Analysis>): Analysis {
  const url = `https://news.example/${n}`;
  const text = `${title}. Body of story ${n}.`;
  return {
    id: articleId(url, text), source: `in/${n}.html`, url, outlet: 'news.example', title, byline: [],
    published: `2025-07-0${n}`, language: 'en', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }], warnings: [], ...layers,
  };
}

const talks = doc(1, 'Zelenskyy ready for talks', {
  entities: [
    ent('e1', 'PERSON', 'Volodymyr Zelenskyy', 4, { role: 'President', country: 'UKR', sector: 'GOV' }),
    ent('e2', 'LOC', 'Istanbul', 2, { country: 'TUR' }),
    ent('e3', 'ORG', 'Kremlin', 1, { country: 'RUS' }),
  ],
  quotes: [{ start: 0, end: 10, text: 'We are ready to meet.', kind: 'direct', speaker: 'e1', speakerText: 'Zelenskyy', cue: { start: 11, end: 15, text: 'said' } }],
  amounts: [{ start: 0, end: 5, text: '$1 billion', value: 1e9, currency: 'USD' }],
  times: [{ start: 0, end: 6, text: 'Monday', type: 'DATE', value: '2025-06-30' }, { start: 7, end: 12, text: 'July', type: 'DATE', value: '2025-07' }],
});
const aid = doc(2, 'Aid package approved', {
  entities: [ent('e1', 'PERSON', 'Zelenskyy', 2), ent('e2', 'ORG', 'European Union', 3), ent('e3', 'LOC', 'Kyiv', 1, { country: 'UKR' })],
  quotes: [
    { start: 0, end: 10, text: 'This aid saves lives.', kind: 'direct', speaker: 'e1', speakerText: 'he' },
    { start: 20, end: 30, text: 'the package was delayed', kind: 'indirect', speaker: 'e2' },
  ],
});
const plain = doc(3, 'Weather report', {});

let db: string;
before(() => {
  db = join(tempDir(), 'layers.db');
  const store = openSqliteStore(db);
  store.transaction(() => [talks, aid, plain].forEach((a) => store.put(a)));
  store.close();
});
after(() => rmSync(dirname(db), { recursive: true, force: true }));

test('dossier entities: one row per canonical entity, merged across articles, with counts; --type, --limit, --json', () => {
  const r = dossier(['entities', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0], /^NAME\s+TYPE\s+COUNTRY\s+ARTICLES\s+MENTIONS$/);
  assert.match(lines[1], /^Volodymyr Zelenskyy\s+PERSON\s+UKR\s+2\s+6$/);
  assert.equal(lines.filter((l) => /Zelenskyy/.test(l)).length, 1, 'surname-only article merged into the full name');
  assert.equal(lines.length, 1 + 5);

  const people = dossier(['entities', '--type', 'person', '--limit', '1', '--db', db, '--json']);
  assert.equal(people.status, 0, people.stderr);
  assert.deepEqual(JSON.parse(people.stdout).map((e: { name: string; articles: number }) => [e.name, e.articles]), [['Volodymyr Zelenskyy', 2]]);

  const bad = dossier(['entities', '--type', 'PLANET', '--db', db]);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /not an entity type: "PLANET"/);
});

test('dossier quotes: by speaker surname, by text, both; one line each with title, date and id', () => {
  const r = dossier(['quotes', '--speaker', 'Zelenskyy', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), [
    `Volodymyr Zelenskyy — “This aid saves lives.” — Aid package approved, 2025-07-02  [${aid.id}]`,
    `Volodymyr Zelenskyy — “We are ready to meet.” — Zelenskyy ready for talks, 2025-07-01  [${talks.id}]`,
  ]);
  const byText = dossier(['quotes', '--text', 'delayed', '--db', db]);
  assert.equal(byText.stdout, `European Union — (indirect) the package was delayed — Aid package approved, 2025-07-02  [${aid.id}]\n`);
  const both = dossier(['quotes', '--speaker', 'volodymyr zelenskyy', '--text', 'meet OR lives', '--limit', '1', '--db', db, '--json']);
  assert.equal(JSON.parse(both.stdout).length, 1, '--limit');

  const bad = dossier(['quotes', '--text', 'ready AND', '--db', db]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^dossier: quotes: invalid text query "ready AND".*\n$/);
});

test('dossier show: the article\'s entities after the summary, the other layers counted; none for an article without them', () => {
  const r = dossier(['show', aid.id.slice(0, 8), '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const [header, body] = r.stdout.split('\n\n');
  assert.match(header, /^ {2}entities: {2}3$/m);
  assert.match(header, /^ {4}NAME\s+TYPE\s+ROLE\s+COUNTRY\s+SECTOR\s+MENTIONS$/m);
  assert.match(header, /^ {4}European Union\s+ORG\s+-\s+-\s+-\s+3$/m);
  assert.match(header, /^ {4}Zelenskyy \(= Volodymyr Zelenskyy\)\s+PERSON\s+-\s+UKR\s+-\s+2$/m);
  assert.match(header, /^ {2}layers: {4}2 quotes$/m);
  assert.ok(header.indexOf('version:') < header.indexOf('entities:'), 'after the summary');
  assert.match(body, /^Aid package approved\. Body of story 2\./);

  const first = dossier(['show', talks.id, '--db', db]);
  assert.match(first.stdout, /^ {4}Volodymyr Zelenskyy\s+PERSON\s+President\s+UKR\s+GOV\s+4$/m);
  assert.match(first.stdout, /^ {2}layers: {4}1 quotes, 1 amounts, 2 times$/m);

  const bare = dossier(['show', plain.id, '--db', db]);
  assert.equal(bare.status, 0, bare.stderr);
  assert.doesNotMatch(bare.stdout, /entities:|layers:/);
});
