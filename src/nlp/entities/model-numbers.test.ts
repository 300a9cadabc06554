import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a name with a model number takes the number in and is a thing; a body that acts keeps its type', () => {
  const { entities } = link(
    'Fans lined up for the Zentrix 4 at launch. Gamers said Vortal 2 is fun. Kelpa said sales rose, and the Kelpa 3 sold out.',
    [['Zentrix', 'ORG'], ['Vortal', 'ORG'], ['Kelpa', 'ORG']],
  );
  const byName = Object.fromEntries(entities.map((e) => [e.name, e.type]));
  assert.equal(byName['Zentrix 4'], 'MISC');
  assert.equal(byName['Vortal 2'], 'MISC');
  assert.equal(byName['Kelpa'], 'ORG');
  assert.equal(byName['Kelpa 3'], 'MISC');
});

test('no model number: a count, a unit, an age, a score, a numbered part, a body by its number', () => {
  const { entities } = link(
    'Morvan 2 years ago sold shares. The Quillon 16-inch laptop sells. Jane Roe 31, of Hope, spoke. Bruins 5, Devils 1: a rout. Read Section 9 of the rules. The Group of 20 met.',
    [['Morvan', 'ORG'], ['Quillon', 'ORG'], ['Jane Roe', 'PERSON'], ['Bruins', 'ORG'], ['Devils', 'ORG'], ['Section', 'ORG'], ['Group of 20', 'ORG']],
  );
  const byName = Object.fromEntries(entities.map((e) => [e.name, e.type]));
  assert.deepEqual([byName['Morvan'], byName['Quillon'], byName['Jane Roe'], byName['Bruins'], byName['Group of 20']], ['ORG', 'ORG', 'PERSON', 'ORG', 'ORG']);
  assert.ok(!('Section 9' in byName));
});
