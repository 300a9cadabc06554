import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analysisJsonSchema, JSON_SCHEMA_PATH } from './json-schema.js';
import { AnalysisSchema } from './schema.js';
import { Doc } from './doc.js';
import { joinBlocks } from './build-text.js';

test('committed JSON Schema is generated from the zod schema (run `npm run schema` after a change)', () => {
  const committed = JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(analysisJsonSchema())));
});

test('a Doc serialises to a valid analysis document with offsets into its text', () => {
  const { text, blocks } = joinBlocks([
    { kind: 'heading', text: ' Heading ' },
    { kind: 'paragraph', text: 'First paragraph.' },
    { kind: 'paragraph', text: '   ' },
  ]);
  assert.equal(text, 'Heading\n\nFirst paragraph.');
  const doc = new Doc(text, { source: 'x.txt', url: null, outlet: null, title: 'T', byline: [], published: null, language: 'en' }, blocks);
  const json = AnalysisSchema.parse(doc.toJSON());
  assert.deepEqual(json.blocks.map((b) => text.slice(b.start, b.end)), ['Heading', 'First paragraph.']);
  assert.equal(json.blocks[0].kind, 'heading');
  assert.match(json.id, /^[0-9a-f]{16}$/);
  assert.equal(json.entities, undefined, 'layers not run are absent, not empty');
});

test('ids: the same canonical URL gives the same id whatever its tracking parameters', () => {
  const meta = { source: 's', outlet: null, title: '', byline: [], published: null, language: null };
  const a = new Doc('one', { ...meta, url: 'https://Example.com/a/?utm_source=x#top' });
  const b = new Doc('two', { ...meta, url: 'https://example.com/a' });
  const c = new Doc('one', { ...meta, url: null });
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, c.id);
});
