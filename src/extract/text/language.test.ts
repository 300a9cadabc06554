// The body's own language: English, another language with a function-word list, or undetermined.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { bodyLanguage } from './language.js';

// Sentences written for these tests.
const GERMAN = 'Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss erst im nächsten Jahr gebaut wird. Der Bürgermeister sagte, die Kosten seien nicht mit dem alten Plan zu vergleichen, und die Opposition will das prüfen.';
const SPANISH = 'El gobierno anunció el lunes que la nueva ley de vivienda entrará en vigor en enero, y los alcaldes de las grandes ciudades dijeron que no tienen fondos para aplicarla como se había prometido.';
const FRENCH = 'Le gouvernement a annoncé lundi que la nouvelle loi sur le logement entrera en vigueur en janvier, et les maires des grandes villes ont dit qu’ils ne sont pas prêts pour cette réforme.';
const ENGLISH = 'The city council decided on Monday that the new bridge over the river will not be built before next year. The mayor said the costs could not be compared with the old plan, and the opposition wants to check that.';

test('a body is read as the language of its own words', () => {
  assert.equal(bodyLanguage(GERMAN), 'de');
  assert.equal(bodyLanguage(SPANISH), 'es');
  assert.equal(bodyLanguage(FRENCH), 'fr');
  assert.equal(bodyLanguage(ENGLISH), 'en');
});

test('English with foreign names and a quoted phrase stays English', () => {
  assert.equal(bodyLanguage(`${ENGLISH} Angela Merkel of the Christlich Demokratische Union said "Wir schaffen das" in 2015, and Le Monde and El País reported it.`), 'en');
});

test('too short a text, or a table of figures, is undetermined', () => {
  assert.equal(bodyLanguage('Die Brücke'), null);
  assert.equal(bodyLanguage('Shr 12 cts vs 15 cts Net 1,234,000 vs 1,456,000 Revs 20.1 mln vs 18.7 mln Avg shrs 10.2 mln vs 9.8 mln'), null);
});

test('a long body with almost no common English words is not English, even in a language without a list', () => {
  // Indonesian, written for this test, repeated to a body's length.
  const indonesian = 'Pemerintah kota memutuskan pada hari Senin bahwa jembatan baru di atas sungai itu tidak akan dibangun sebelum tahun depan. Wali kota berkata biayanya tidak dapat dibandingkan dengan rencana lama. ';
  assert.equal(bodyLanguage(indonesian.repeat(5)), 'und');
  assert.equal(bodyLanguage('Правительство города решило в понедельник, что новый мост через реку не будет построен до следующего года. '.repeat(10)), 'und');
  // (Under a hundred words it stays undetermined, read as English: a table of figures, a caption.)
  assert.equal(bodyLanguage(indonesian), null);
});
