// Actor codes the entity layer leaves out, resolved inside the events layer: from a role's country word and from
// the only country a sentence names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../doc/doc.js';
import { eventsPipeline } from '../../pipeline/eval-events.js';
import { findActors } from './actors.js';

const pipeline = eventsPipeline();

function actors(text: string): Record<string, string[]> {
  const doc = pipeline.run(new Doc(text, { source: 't', url: null, outlet: null, title: '', byline: [], published: '2025-03-01', language: 'en' }, [{ start: 0, end: text.length, kind: 'paragraph' }]));
  const out: Record<string, string[]> = {};
  for (const a of findActors(doc)) out[text.slice(doc.tokens[a.first].start, doc.tokens[a.last].end)] = a.codes;
  return out;
}

test('a titled person in a sentence naming one country belongs to it', () => {
  assert.deepEqual(actors('President Amadou Kone on Monday lifted the curfew imposed in Mali.')['Amadou Kone'], ['MLI']);
});

test('with two countries in the sentence, the person stays uncoded', () => {
  assert.deepEqual(actors('President Amadou Kone on Monday criticized Senegal and Ghana.')['Amadou Kone'], []);
});

test('a group noun is an actor, with the country of the place right after it', () => {
  const a = actors('Rebels in Mali on Tuesday blocked roads into the capital.');
  assert.deepEqual(a['Rebels in Mali'], ['MLI']);
  assert.equal(a['Mali'], undefined);
});

test('a civilian group takes the only country of its sentence; troops do not', () => {
  assert.deepEqual(actors('Protesters burned tyres outside the parliament of Ghana.')['Protesters'], ['GHA']);
  assert.deepEqual(actors('Troops fired on a convoy near the border of Ghana.')['Troops'], []);
});

test('nationality words the gazetteer lacks or misreads come from the alias table', () => {
  const a = actors('Bosnian officials rejected an Indian proposal on Monday.');
  assert.deepEqual(a['Bosnian officials'], ['BIH']);
  assert.deepEqual(a['Indian'], ['IND']);
});

test('a pronoun takes its country from its entity, not from its own sentence', () => {
  const a = actors('President Kwame Boateng left Accra early. He later met the foreign minister of Togo.');
  assert.deepEqual(a['Kwame Boateng'], ['GHA']);
  assert.deepEqual(a['He'], ['GHA']);
});

test('an entity mention that starts an international organisation\'s name grows to the whole name', () => {
  // The entity layer reads "Arab" alone here (a nationality before a title).
  const a = actors('Arab League Secretary General Omar Haddad undertook mediation between Chile and Peru.');
  assert.deepEqual(a['Arab League'], ['IGO']);
  assert.equal(a['Arab'], undefined);
});

test('a person the entity layer places in an international organisation acts for it, not for the sentence’s country', () => {
  assert.deepEqual(actors('The Iranian foreign minister met with Rafael Grossi, head of the UN’s nuclear watchdog.')['Rafael Grossi'], ['IGO']);
});

test('a trailing attribution\'s country is no part of the sentence\'s only country', () => {
  assert.deepEqual(actors('The military government of President Jean Pierre declared a state of siege in Haiti, a spokeswoman for the U.S. embassy said.')['Jean Pierre'], ['HTI']);
});

test('the transnational jihadist networks are IMG whatever the tagger typed them', () => {
  assert.deepEqual(actors('Al-Qaeda has threatened to strike the United States.')['Al-Qaeda'], ['IMG']);
});

test('the opposition is a group that takes the country of the place after it', () => {
  assert.deepEqual(actors('Opposition groups in Zimbabwe are demanding new elections.')['Opposition groups in Zimbabwe'], ['ZWE']);
});
