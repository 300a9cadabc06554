import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkTagged, mark } from './testing.js';
import { linkEntities } from './link.js';

test('a name opening with a given name that the tagger typed unsure, a person its runner-up, is a person', () => {
  const types = linkTagged('Minister Victoria Pellow met Georgia Tann. Later Austin Steel and Victoria Rivers spoke.', [
    ['Victoria Pellow', 'ORG', 20, 'PERSON'], ['Georgia Tann', 'LOC', 90, 'PERSON'], ['Austin Steel', 'ORG', 20, 'PERSON'], ['Victoria Rivers', 'ORG', 20, 'MISC'],
  ]);
  // Sure of Georgia Tann; a firm's word in Austin Steel; a thing the runner-up of Victoria Rivers.
  assert.deepEqual(types, { 'Victoria Pellow': 'PERSON', 'Georgia Tann': 'LOC', 'Austin Steel': 'ORG', 'Victoria Rivers': 'ORG' });
});

test('a one-word "person" the tagger was unsure of, that the company gazetteer knows, with no person marks, is the firm', () => {
  const types = linkTagged('A poll by Harvard and Disney found it. Kellogg said it would. Marriott, Jane (2010) wrote it.', [
    ['Harvard', 'PERSON', 20, 'ORG'], ['Disney', 'PERSON', 90, 'ORG'], ['Kellogg', 'PERSON', 20, 'ORG'], ['Marriott', 'PERSON', 20, 'ORG'],
  ]);
  // Sure of Disney; Kellogg speaks as a person might ("said"); Marriott is a cited author.
  assert.deepEqual(types, { Harvard: 'ORG', Disney: 'PERSON', Kellogg: 'PERSON', Marriott: 'PERSON' });
});

test('a one-word firm the tagger typed a person and a body, unsure each time, is the firm', () => {
  const text = 'Cisco sued Apple. Cisco states that it owns the mark, which belongs to Cisco.';
  const { tokens, raw } = mark(text, [['Cisco', 'PERSON'], ['Apple', 'ORG']]);
  for (const r of raw) r.tagged = { type: r.type, margin: r.type === 'ORG' ? 90 : 20, alt: r.type === 'ORG' ? 'LOC' : 'ORG' };
  // The tagger's first reading: a body, unsure (document-level consistency then makes it a person like the others).
  raw[0].type = 'ORG';
  raw[0].tagged = { type: 'ORG', margin: 18, alt: 'PERSON' };
  const types = Object.fromEntries(linkEntities(text, tokens, raw).map((e) => [e.name, e.type]));
  assert.equal(types.Cisco, 'ORG');
});

test('a one-word "person" the tagger was unsure of, no name gazetteer knows and the article gives nothing of a person, is dropped', () => {
  const types = linkTagged('Engines come from Zorvex, part of the group. Then Zorvex grew. Dmitry Medvedev, Vladimir Putin and Kravolt agreed. Then-President Quorvane\'s aide ' +
    'left. Zentaro said so. Brelik bought it. A post by Nick ran.', [
    ['Zorvex', 'PERSON', 16, 'LOC'], ['Dmitry Medvedev', 'PERSON', 200, 'ORG'], ['Vladimir Putin', 'PERSON', 200, 'ORG'], ['Kravolt', 'PERSON', 20, 'ORG'],
    ['Quorvane', 'PERSON', 20, 'ORG'], ['Zentaro', 'PERSON', 20, 'ORG'], ['Brelik', 'PERSON', 90, 'ORG'], ['Nick', 'PERSON', 20, 'ORG'],
  ]);
  // Kept: listed with people, titled, a speaker, a name the tagger was sure of, a given name.
  assert.deepEqual(Object.keys(types).sort(), ['Brelik', 'Dmitry Medvedev', 'Kravolt', 'Nick', 'Quorvane', 'Vladimir Putin', 'Zentaro']);
});
