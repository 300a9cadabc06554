import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a span with an office inside before a given name holds the person; what the office is of stays when known', () => {
  const { entities, get } = link('New York City Mayor Bill de Blasio spoke. Brastow Park Mayor Jake Spano left.', [
    ['New York City Mayor Bill de Blasio', 'LOC'], ['Brastow Park Mayor Jake Spano', 'LOC'],
  ]);
  assert.equal(get('Bill de Blasio').type, 'PERSON');
  assert.equal(get('Bill de Blasio').role, 'Mayor');
  assert.equal(get('New York City').type, 'LOC');
  assert.equal(get('Jake Spano').type, 'PERSON');
  assert.ok(!entities.some((e) => e.name.includes('Brastow')), entities.map((e) => e.name).join(', '));
});

test('a name holding a known place before a given name and a surname that end it is the place, then the person; a firm is left whole', () => {
  const { get } = link('The U.S. Attorney for the District of Vermont Dana Holt said the case was open. Ohio Edison Co rose.', [
    ['District of Vermont Dana Holt', 'ORG'], ['Ohio Edison Co', 'ORG'],
  ]);
  assert.deepEqual([get('District of Vermont').type, get('Dana Holt').type, get('Ohio Edison Co').type], ['LOC', 'PERSON', 'ORG']);
});

test('a name with an office word and no given name after it stays whole ("Bunu Sheriff Musa")', () => {
  const { get } = link('Bunu Sheriff Musa spoke to the elders on Monday.', [['Bunu Sheriff Musa', 'PERSON']]);
  assert.equal(get('Bunu Sheriff Musa').type, 'PERSON');
});

test('an office word read as a given name opens no person ("US Surgeon General Dr.")', () => {
  const { entities } = link('US Surgeon General Dr. Vivek Murthy warned on Thursday.', [['US Surgeon General Dr.', 'ORG'], ['Vivek Murthy', 'PERSON']]);
  assert.ok(!entities.some((e) => e.name === 'Dr.'), entities.map((e) => e.name).join(', '));
});

test('an office opening a span typed a place leaves the person ("Mayor Bill de Blasio")', () => {
  const { get } = link('Potholes were filled since Mayor Bill de Blasio took office.', [['Mayor Bill de Blasio', 'LOC']]);
  assert.equal(get('Bill de Blasio').type, 'PERSON');
  assert.equal(get('Bill de Blasio').role, 'Mayor');
});

test('a preposition opening the sentence opens no name ("In Whole Foods, …"), but a work\'s', () => {
  const { entities } = link('In Brastow Foods, Prime operates as a hybrid. Of Mice and Men sold well.', [['In Brastow Foods', 'ORG'], ['Of Mice and Men', 'MISC']]);
  const names = entities.map((e) => e.name);
  assert.ok(names.includes('Brastow Foods') && names.includes('Of Mice and Men'), names.join(', '));
});
