import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEntities } from './link.js';
import { mark } from './testing.js';
import type { MentionType } from './types.js';

/** Links the marked names with the tagger's margins and runner-up types given per name. */
function linkWith(text: string, names: [string, MentionType, number, MentionType][]) {
  const { tokens, raw } = mark(text, names.map(([n, t]) => [n, t]));
  for (const r of raw) {
    const [, , margin, alt] = names.find(([n]) => n === text.slice(tokens[r.first].start, tokens[r.last].end))!;
    r.tagged = { type: r.type, margin, alt };
  }
  return Object.fromEntries(linkEntities(text, tokens, raw).map((e) => [e.name, e.type]));
}

test('a name opening with a given name that the tagger typed unsure, a person its runner-up, is a person', () => {
  const types = linkWith('Minister Victoria Pellow met Georgia Tann. Later Austin Steel and Victoria Rivers spoke.', [
    ['Victoria Pellow', 'ORG', 20, 'PERSON'], ['Georgia Tann', 'LOC', 90, 'PERSON'], ['Austin Steel', 'ORG', 20, 'PERSON'], ['Victoria Rivers', 'ORG', 20, 'MISC'],
  ]);
  // Sure of Georgia Tann; a firm's word in Austin Steel; a thing the runner-up of Victoria Rivers.
  assert.deepEqual(types, { 'Victoria Pellow': 'PERSON', 'Georgia Tann': 'LOC', 'Austin Steel': 'ORG', 'Victoria Rivers': 'ORG' });
});
