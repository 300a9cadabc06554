import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link, mark } from './testing.js';
import { linkEntities } from './link.js';

test('names cut at a hyphen, a particle or a quoted nickname stay whole', () => {
  const { entities, get } = link(
    'Guests included Khalid bin Saad al-Harbi and Omar al-Masri. Adviser Ivan “Bear” Petrenko was late. Analyst Ming-Chi Lo and Ann Fox-Hale came.',
    [['Khalid', 'ORG'], ['Saad', 'LOC'], ['Harbi', 'PERSON'], ['Omar al', 'PERSON'], ['Masri', 'PERSON'], ['Ivan', 'PERSON'], ['Petrenko', 'ORG'],
      ['Chi Lo', 'PERSON'], ['Ann Fox', 'PERSON']],
  );
  assert.equal(get('Khalid bin Saad al-Harbi').type, 'PERSON');
  assert.equal(get('Omar al-Masri').type, 'PERSON');
  assert.equal(get('Ivan Petrenko').role, 'Adviser', 'the nickname stays in the mention, not in the name');
  assert.equal(get('Ming-Chi Lo').type, 'PERSON');
  assert.equal(get('Ann Fox-Hale').type, 'PERSON');
  assert.equal(entities.length, 5);
});

test('a person found in any part of a nickname frame is named by the whole frame (the nickname alone, too)', () => {
  const { entities, get } = link(
    'Adviser Serhiy “Flash” Beskrestnov said so. Kyiv sent Olena “Zoya” Marchenko. The film “Dune” Part Two opened.',
    [['Flash', 'PERSON'], ['Olena “Zoya', 'MISC'], ['Marchenko', 'PERSON'], ['Dune', 'MISC']],
  );
  assert.equal(get('Serhiy Beskrestnov').role, 'Adviser');
  assert.equal(get('Olena Marchenko').type, 'PERSON');
  assert.ok(!entities.some((e) => e.name === 'Flash' || e.name.includes('Zoya')), entities.map((e) => e.name).join(', '));
  assert.ok(!entities.some((e) => e.type === 'PERSON' && /Dune|Part/.test(e.name)), 'no person where no part was tagged one');
  // The tagger silent, a person's title before the frame.
  const silent = link('The front held, said adviser Serhiy “Flash” Beskrestnov. The film “Dune” Part Two opened.', []);
  assert.deepEqual(silent.entities.map((e) => `${e.type} ${e.name}`), ['PERSON Serhiy Beskrestnov']);
});

test('a suffix makes a different person; a shared surname does not merge two people; spelling variants merge', () => {
  const { entities, get } = link(
    'Robert Hale Jr. met Robert Hale. Joe Brandt and Hunter Brandt left. Ivan Kovalenkiy spoke; Kovalenky agreed.',
    [['Robert Hale Jr.', 'PERSON'], ['Robert Hale', 'PERSON'], ['Joe Brandt', 'PERSON'], ['Hunter Brandt', 'PERSON'], ['Ivan Kovalenkiy', 'PERSON'], ['Kovalenky', 'PERSON']],
  );
  assert.equal(get('Robert Hale Jr.').mentions.length, 1);
  assert.equal(get('Robert Hale').mentions.length, 1);
  assert.equal(get('Joe Brandt').mentions.length, 1);
  assert.equal(get('Ivan Kovalenkiy').mentions.length, 2);
  assert.equal(entities.length, 5);
});

test('a suffix or a surname after particles that the tagger left out joins the name; "Sr." is the plain name', () => {
  const { entities, get } = link(
    'Donald Trump Jr. met Donald Trump. Mark Felt Sr. and Mark Felt, Jr. spoke of Mark Felt. Robert Griffin III threw. Laurence des Cars spoke.',
    [['Donald Trump', 'PERSON'], ['Mark Felt', 'PERSON'], ['Robert Griffin', 'PERSON'], ['III', 'ORG'], ['Laurence', 'PERSON']],
  );
  assert.equal(get('Donald Trump Jr.').mentions.length, 1);
  assert.equal(get('Donald Trump').mentions.length, 1);
  assert.deepEqual(get('Mark Felt Sr.').mentions.map((m) => m.text), ['Mark Felt Sr.', 'Mark Felt']);
  assert.equal(get('Mark Felt, Jr.').mentions.length, 1);
  assert.equal(get('Robert Griffin III').type, 'PERSON');
  assert.equal(get('Laurence des Cars').type, 'PERSON');
  assert.equal(entities.length, 6);
});

test('a name the article mostly types as a person is a person everywhere, title words left out', () => {
  const { get } = link(
    'It was said by Danish Minister of Defence Lars Holm on Monday. Holm repeated it. Holm left.',
    [['Defence Lars Holm', 'ORG'], ['Holm', 'PERSON']],
  );
  const holm = get('Lars Holm');
  assert.deepEqual([holm.type, holm.role, holm.country, holm.mentions.length], ['PERSON', 'Minister of Defence', 'DNK', 3]);
});

test('names with an article are things or teams, not people; a possessive company name stays whole', () => {
  const { get, entities } = link(
    'The Wild won again. Coach Jim Bell praised the Wild. The Wild’s goalie was great. Lowe’s said sales rose; Lowe’s stores opened. ' +
      'Critics blamed the Bell administration.',
    [['Wild', 'PERSON'], ['Jim Bell', 'PERSON'], ['Bell', 'PERSON'], ['Lowe', 'ORG']],
  );
  assert.equal(get('Wild').type, 'ORG');
  assert.equal(get('Jim Bell').type, 'PERSON', 'a name before a noun ("the Bell administration") is still a person');
  assert.deepEqual(get('Lowe’s').mentions.map((m) => m.text), ['Lowe’s', 'Lowe']);
  assert.equal(entities.length, 3);
});

test('an unknown "place" never put after a place preposition is an organisation; a named sea or hotel is a place', () => {
  const { get } = link(
    'Streamflix said subscribers rose. Streamflix shares fell. Europe must act, he said at the Grand Lumen Hotel near the Sea of Vors. ' +
      'Fragments fell in Ostrava.',
    [['Streamflix', 'LOC'], ['Europe', 'LOC'], ['Grand Lumen Hotel', 'ORG'], ['Sea of Vors', 'ORG'], ['Ostrava', 'LOC']],
  );
  assert.equal(get('Streamflix').type, 'ORG');
  assert.equal(get('Europe').type, 'LOC');
  assert.equal(get('Grand Lumen Hotel').type, 'LOC');
  assert.equal(get('Sea of Vors').type, 'LOC');
  assert.equal(get('Ostrava').type, 'LOC');
  const war = link('Russian forces captured Velykopole on Monday. Velykopole was shelled again.', [['Velykopole', 'LOC']]);
  assert.equal(war.get('Velykopole').type, 'LOC', 'a village taken in a war is still a place');
});

test('short forms join the longer name: a last word, an acronym; national agencies are organisations of their state', () => {
  const { get, entities } = link(
    'The Daily Ledger reported it first; the Ledger later corrected it. The British Virgin Islands said the BVI would respond. NASA confirmed.',
    [['Daily Ledger', 'ORG'], ['Ledger', 'ORG'], ['British Virgin Islands', 'LOC'], ['BVI', 'LOC'], ['NASA', 'LOC']],
  );
  assert.equal(get('Daily Ledger').mentions.length, 2);
  assert.equal(get('British Virgin Islands').mentions.length, 2);
  assert.deepEqual([get('NASA').type, get('NASA').country], ['ORG', 'USA']);
  assert.equal(entities.length, 3);
});

test('the last word of a phrase is no short form of it: the state after its university, a product after an event', () => {
  const { get } = link('The University of Vermont grew. Vermont voted. The "Return to the Ipad" event showed the Ipad.', [
    ['University of Vermont', 'ORG'], ['Vermont', 'LOC'], ['Return to the Ipad', 'MISC'], ['Ipad', 'MISC'],
  ]);
  assert.deepEqual([get('University of Vermont').mentions.length, get('Vermont').type], [1, 'LOC']);
  assert.deepEqual([get('Return to the Ipad').mentions.length, get('Ipad').mentions.length], [1, 1]);
});

test('administrative divisions and names only ever "near" something or a compass point "of" it are places', () => {
  const { get } = link(
    'Drones hit Velmora Oblast and Kestrin Raion. Troops attacked north of Ostravka and near Pilsenko. Brig. Gen. Dara Pell stood near Ilan Voss.',
    [['Velmora Oblast', 'ORG'], ['Kestrin Raion', 'PERSON'], ['Ostravka', 'PERSON'], ['Pilsenko', 'ORG'], ['Dara Pell', 'PERSON'], ['Ilan Voss', 'PERSON']],
  );
  assert.equal(get('Velmora Oblast').type, 'LOC');
  assert.equal(get('Kestrin Raion').type, 'LOC');
  assert.equal(get('Ostravka').type, 'LOC');
  assert.equal(get('Pilsenko').type, 'LOC');
  assert.equal(get('Ilan Voss').type, 'PERSON', 'a full name of a person stays a person');
});

test('a "person" whose name ends in a street, an island or a harbour is a place; a surname like "Street" needs more words', () => {
  const { get } = link(
    'Buses left from Ivana Voloshyna Street and Zmiinyi Island. Whales beached near Tarvel Harbour. Skier Picabo Street won.',
    [['Ivana Voloshyna Street', 'PERSON'], ['Zmiinyi Island', 'PERSON'], ['Tarvel Harbour', 'PERSON'], ['Picabo Street', 'PERSON']],
  );
  assert.equal(get('Ivana Voloshyna Street').type, 'LOC');
  assert.equal(get('Zmiinyi Island').type, 'LOC');
  assert.equal(get('Tarvel Harbour').type, 'LOC');
  assert.equal(get('Picabo Street').type, 'PERSON');
});

test('a one-word "organisation" capitalised only where sentences open, written in lower case too, is a common word', () => {
  const { entities } = link('Cells turn into zorbocytes as they age. Zorbocytes hold water. Zorbocytes also shed.', [['Zorbocytes', 'ORG']]);
  assert.deepEqual(entities.map((e) => e.name), []);
});

test('a person\'s full name opening with a word the article once took for a body stays a person when it names that person more often', () => {
  const text = 'Eloise Parry, 21, was taken to hospital. Eloise said so. Eloise later wrote. Friends of Eloise came.';
  const { tokens, raw } = mark(text, [['Eloise Parry', 'PERSON'], ['Eloise', 'PERSON']]);
  raw[raw.length - 1].type = 'ORG';
  const entities = linkEntities(text, tokens, raw);
  const get = (name: string) => entities.find((e) => e.name === name)!;
  assert.equal(get('Eloise Parry').type, 'PERSON');
});

test('a legal form ends a firm\'s name, whatever the tagger typed ("Arduino SRL")', () => {
  const { get } = link('Arduino said the board was ready. Brastow SRL disagreed with the plan.', [['Arduino', 'PERSON'], ['Brastow SRL', 'PERSON']]);
  assert.equal(get('Brastow SRL').type, 'ORG');
});
