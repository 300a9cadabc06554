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
