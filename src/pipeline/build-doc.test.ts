// Identity of inputs whose body comes out empty: the same source name with other content is another article.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { InputItem } from '../input/types.js';
import { buildDoc } from './analyze.js';

const item = (content: string): InputItem => ({ ok: true, source: '-', from: 'stdin', kind: 'html', content, encoding: 'utf-8', meta: {}, warnings: [] });

test('inputs with no URL, record id or body get ids from their source and their content', () => {
  const a = buildDoc(item('<html><body><nav><a href="/x">Home</a></nav></body></html>'));
  const b = buildDoc(item('<html><body><nav><a href="/y">Menu</a></nav></body></html>'));
  assert.equal(a.text, '');
  assert.equal(b.text, '');
  assert.notEqual(a.id, b.id);
  assert.equal(buildDoc(item('<html><body><nav><a href="/x">Home</a></nav></body></html>')).id, a.id, 'the same input, the same id');
});

test('a body in another language than the page declares takes its own, with a warning; the language layers skip it', async () => {
  const { analyze } = await import('./analyze.js');
  const german = '<html lang="en"><head><title>Brücke</title></head><body><article><p>Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss erst im nächsten Jahr gebaut wird. Der Bürgermeister Hans Müller sagte, die Kosten seien nicht mit dem alten Plan zu vergleichen, und die Opposition will das prüfen.</p></article></body></html>';
  const doc = buildDoc(item(german));
  assert.equal(doc.meta.language, 'de');
  assert.ok(doc.warnings.includes('declared language "en", but the body reads as "de"'));
  const a = analyze(item(german));
  assert.deepEqual([a.entities, a.quotes, a.amounts, a.times, a.events], [[], [], [], [], []]);
  assert.ok(a.warnings.some((w) => w.startsWith('language layers not run')));
  const english = german.replace(/<p>.*<\/p>/, '<p>The city council decided on Monday that the new bridge over the river will not be built before next year, the mayor Hans Müller said.</p>');
  const e = analyze(item(english));
  assert.equal(e.language, 'en');
  assert.ok(e.entities!.some((x) => x.name === 'Hans Müller'));
});

test('a long body that does not read as English, in a language without a function-word list, gets no language layers', async () => {
  const { analyze } = await import('./analyze.js');
  const sentence = 'Wali kota Budi Santoso berkata pada hari Senin bahwa jembatan baru di atas sungai itu tidak akan dibangun sebelum tahun depan. ';
  const page = `<html><head><title>Jembatan</title></head><body><article><p>${sentence.repeat(6)}</p></article></body></html>`;
  const a = analyze(item(page));
  assert.equal(a.language, 'und');
  assert.deepEqual([a.entities, a.quotes], [[], []]);
  assert.ok(a.warnings.some((w) => w.startsWith('language layers not run: the body does not read as English')));
});
