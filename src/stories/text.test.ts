import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentTerms, isTitleCase, names, proseLines, quantities } from './text.js';

test('content terms drop closed-class words and fold plurals', () => {
  assert.deepEqual(contentTerms('The councils said they would close the ferries'), ['council', 'close', 'ferry']);
});

test('prose lines leave out menu and button lines', () => {
  assert.deepEqual(proseLines('Home\nSport\nThe ferry terminal will close next week after storms.\nShare', 6), [
    'The ferry terminal will close next week after storms.',
  ]);
});

test('names are capitalised runs inside sentences, not a sentence-opening word', () => {
  const ns = names('Yesterday the mayor met Lina Korr in Riverton. Rain fell all day.');
  assert.ok(ns.includes('#lina_korr'));
  assert.ok(ns.includes('#korr'));
  assert.ok(ns.includes('#riverton'));
  assert.ok(!ns.includes('#rain'));
  assert.ok(!ns.includes('#yesterday'));
});

test('title-case headlines are recognised', () => {
  assert.equal(isTitleCase('Supreme Court Sides With Police In Two Cases'), true);
  assert.equal(isTitleCase('Supreme Court sides with police in two cases'), false);
});

test('quantities pair each figure with the content words beside it, not across a sentence or inside a name', () => {
  const qs = quantities('A magnitude of 5.6 shook Varo. Three villagers died and 1,200 homes fell; COVID-19 wards stayed open.');
  assert.ok(qs.includes('<magnitude=5.6'));
  assert.ok(qs.includes('>villager=3'));
  assert.ok(qs.includes('>home=1200'));
  assert.ok(!qs.some((q) => q.includes('=19')));
  assert.ok(!qs.includes('>varo=5.6') && !qs.includes('<shook=3'));
});
