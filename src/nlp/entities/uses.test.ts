import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a name used before a noun of a craft, weapon or programme is a thing (MISC)', () => {
  const { get } = link(
    'The agency will fly the Vexor spacecraft on the Kestrel rocket in May. Troops used Zarnic launchers. Officials praised the Dunmore program.',
    [['Vexor', 'ORG'], ['Kestrel', 'ORG'], ['Zarnic', 'ORG'], ['Dunmore', 'ORG']],
  );
  for (const name of ['Vexor', 'Kestrel', 'Zarnic', 'Dunmore']) assert.equal(get(name).type, 'MISC', name);
  // Features, versions, updates and tools of software likewise.
  const soft = link('Users praised the new Glint feature and the Quill update.', [['Glint', 'ORG'], ['Quill', 'ORG']]);
  assert.deepEqual([soft.get('Glint').type, soft.get('Quill').type], ['MISC', 'MISC']);
});

test('a maker, a body that acts, or a noun phrase going on past the thing noun keeps the organisation', () => {
  const { get } = link(
    'Tovari said it would build more. Tovari jets flew. Engineers at the Brelko missile plant waited. The rocket company, Quorvane, and Quorvane vehicles. Halvex engineers built the Halvex rover. Pfizer vaccines and Boeing jets arrived.',
    [['Tovari', 'ORG'], ['Brelko', 'ORG'], ['Quorvane', 'ORG'], ['Halvex', 'ORG'], ['Pfizer', 'ORG'], ['Boeing', 'ORG']],
  );
  for (const name of ['Tovari', 'Brelko', 'Quorvane', 'Halvex', 'Pfizer', 'Boeing']) assert.equal(get(name).type, 'ORG', name);
});

test('the noun before a name classes it ("organisation TED", "the game Fortnite"); people with their marks stay people', () => {
  const { get } = link('He quit Brastow and now runs organisation Tedly. Fans of the game Fortnyte queued for hours. Singer Jane Harlo said she would tour.', [
    ['Brastow', 'ORG'], ['Tedly', 'PERSON'], ['Fortnyte', 'ORG'], ['Jane Harlo', 'PERSON'],
  ]);
  assert.equal(get('Tedly').type, 'ORG');
  assert.equal(get('Fortnyte').type, 'MISC');
  assert.equal(get('Jane Harlo').type, 'PERSON');
});

test('a name written with "a" or "an" that ends its noun phrase is a thing, unless it acts as a body or names a person', () => {
  const { get } = link('She bought a Zentrix. Later she found an Orvo in a box. A Kelpa spokesman spoke, and Kelpa said sales rose. He hired a Tarrow.', [
    ['Zentrix', 'ORG'], ['Orvo', 'PERSON'], ['Kelpa', 'ORG'], ['Tarrow', 'ORG'],
  ]);
  assert.deepEqual(['Zentrix', 'Orvo', 'Kelpa'].map((n) => get(n).type), ['MISC', 'MISC', 'ORG']);
  // (Before a full stop it ends the sentence: "hired a Tarrow." is a thing too, as written.)
  assert.equal(get('Tarrow').type, 'MISC');
});

test('a short name after a determiner and "new" that ends its noun phrase is a thing; a new body with a long name is not', () => {
  const { get } = link(
    'The new Zentrix Air uses less power. A new Kelpa poll came out. Trading on the new Dunmore Harbour Bond Market began.',
    [['Zentrix Air', 'ORG'], ['Kelpa', 'ORG'], ['Dunmore Harbour Bond Market', 'ORG']],
  );
  assert.deepEqual(['Zentrix Air', 'Kelpa', 'Dunmore Harbour Bond Market'].map((n) => get(n).type), ['MISC', 'ORG', 'ORG']);
});

test('an apposition classes the name before it: a version or system is a thing, a chain or firm a body', () => {
  const { get } = link(
    'Apple unveiled Lynx, the new version of its operating system. Tarrow bought Bramwell, a discount apparel chain. The report ran on Kelvo Update, the company said.',
    [['Apple', 'ORG'], ['Lynx', 'ORG'], ['Tarrow', 'ORG'], ['Bramwell', 'PERSON'], ['Kelvo Update', 'MISC']],
  );
  assert.deepEqual([get('Lynx').type, get('Bramwell').type], ['MISC', 'ORG']);
  // (", the company said" is a clause's subject and verb, not an apposition.)
  assert.equal(get('Kelvo Update').type, 'MISC');
});
