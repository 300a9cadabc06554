import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkTagged } from './testing.js';

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
