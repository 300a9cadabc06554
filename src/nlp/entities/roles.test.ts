import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('appositions before and after a name, with an "of" phrase or a possessive owner', () => {
  const { attrs } = link(
    'Talks resumed on Monday. Olav Berg, head of Norway’s sovereign wealth fund, flew in. ' +
      'The Danish foreign minister, Ida Holm, arrived later. Peter Lund, a fellow at the Nordic Policy Institute, disagreed. ' +
      'Then the chief of staff to the king, Jens Vik, spoke.',
    [['Olav Berg', 'PERSON'], ['Ida Holm', 'PERSON'], ['Peter Lund', 'PERSON'], ['Nordic Policy Institute', 'ORG'], ['Jens Vik', 'PERSON']],
  );
  assert.deepEqual(attrs('Olav Berg'), ['head', 'NOR', 'GOV']);
  assert.deepEqual(attrs('Ida Holm'), ['foreign minister', 'DNK', 'GOV']);
  assert.deepEqual(attrs('Peter Lund'), ['fellow', undefined, 'SOC']);
  assert.equal(attrs('Jens Vik')[0], 'chief of staff');
});

test('an apposition before a name needs the name to close it: a subject after a comma takes no role', () => {
  const { get } = link('After meeting the president, Anna Weiss said nothing.', [['Anna Weiss', 'PERSON']]);
  assert.equal(get('Anna Weiss').role, undefined);
});

test('a title ending "of the President" belongs to a longer one: "Head of the Office of the President X" is no president', () => {
  const { get } = link(
    'Deputy Head of the Office of the President Roman Nowak met the envoy. A letter went to President Ola Berg.',
    [['Roman Nowak', 'PERSON'], ['Ola Berg', 'PERSON']],
  );
  assert.equal(get('Roman Nowak').role, 'Deputy Head');
  assert.equal(get('Ola Berg').role, 'President');
});

test('a phrase after a name and a comma that goes on with a verb is a new clause, not an apposition', () => {
  const { get } = link(
    'At the request of Cyril Dube, the President of Norland spoke about the war. Jane Roe, a lawyer who is based in Oslo, agreed.',
    [['Cyril Dube', 'PERSON'], ['Norland', 'LOC'], ['Jane Roe', 'PERSON']],
  );
  assert.equal(get('Cyril Dube').role, undefined);
  assert.equal(get('Jane Roe').role, 'lawyer');
});

test('a possessive owner and coordination carry the country; a plural title names each', () => {
  const { attrs } = link(
    'Polish President Adam Nowak’s envoys Ewa Kowal and his son-in-law Jan Zielinski landed. ' +
      'Czech prime minister Karel Dvorak’s aide, Petr Novy, stayed home.',
    [['Adam Nowak', 'PERSON'], ['Ewa Kowal', 'PERSON'], ['Jan Zielinski', 'PERSON'], ['Karel Dvorak', 'PERSON'], ['Petr Novy', 'PERSON']],
  );
  assert.deepEqual(attrs('Adam Nowak'), ['President', 'POL', 'GOV']);
  assert.deepEqual(attrs('Ewa Kowal'), ['envoy', 'POL', 'GOV']);
  assert.deepEqual(attrs('Jan Zielinski'), ['son-in-law', 'POL', 'GOV']);
  assert.deepEqual(attrs('Petr Novy'), ['aide', 'CZE', 'GOV']);
});

test('relative clauses, open-class titles, former offices and "of" a state', () => {
  const { attrs, get } = link(
    'Mary Fox, who is the park’s concessions manager, agreed. State epidemiologist Tom Reed was not asked. ' +
      'Former Vice President Al Gray objected, as did Senator Jane Roe of Ohio.',
    [['Mary Fox', 'PERSON'], ['Tom Reed', 'PERSON'], ['Al Gray', 'PERSON'], ['Jane Roe', 'PERSON']],
  );
  assert.match(get('Mary Fox').role ?? '', /concessions manager/);
  assert.equal(get('Tom Reed').role, 'State epidemiologist');
  assert.deepEqual([get('Al Gray').role, get('Al Gray').sector], ['Former Vice President', 'ELI']);
  assert.deepEqual(attrs('Jane Roe'), ['Senator', 'USA', 'LEG']);
});

test('the sector follows the institution: an air force spokesperson is military, a UN agency head intergovernmental', () => {
  const { attrs } = link(
    'The Finnish Air Force spokesperson Aino Laine confirmed it. Later Rafael Ortiz, head of the UN’s refugee agency, spoke.',
    [['Aino Laine', 'PERSON'], ['Rafael Ortiz', 'PERSON'], ['UN', 'ORG']],
  );
  assert.deepEqual(attrs('Aino Laine'), ['Air Force spokesperson', 'FIN', 'MIL']);
  assert.deepEqual(attrs('Rafael Ortiz'), ['head', undefined, 'IGO']);
});

test('an intergovernmental body inside a title makes the office its own; a place after "in" is the posting', () => {
  const { attrs } = link('Infants are at risk, said Munir Aliyev, UNICEF country representative in Ukraine, on Friday.', [['Munir Aliyev', 'PERSON'], ['UNICEF', 'ORG'], ['Ukraine', 'LOC']]);
  assert.deepEqual(attrs('Munir Aliyev'), ['UNICEF country representative', undefined, 'IGO']);
});

test('national institutions and outlets are organisations of their country; the home country places bare offices', () => {
  const text = 'The Kremlin denied it, the BBC reported. In Ohio, Governor Mike Dale said the Justice Department would look into it.';
  const { get } = link(text, [['Kremlin', 'LOC'], ['BBC', 'PERSON'], ['Ohio', 'LOC'], ['Mike Dale', 'PERSON'], ['Justice Department', 'ORG']], { outlet: 'CNN' });
  assert.deepEqual([get('Kremlin').type, get('Kremlin').country], ['ORG', 'RUS']);
  assert.deepEqual([get('BBC').type, get('BBC').country], ['ORG', 'GBR']);
  assert.equal(get('Mike Dale').country, 'USA');
  assert.equal(get('Justice Department').country, 'USA');
  // An outlet abroad writing about a country it does not name leaves bare offices unplaced.
  const abroad = link('Governor Mike Dale said the Justice Department would look into it.', [['Mike Dale', 'PERSON']], { outlet: 'Al Jazeera' });
  assert.equal(abroad.get('Mike Dale').country, undefined);
});

test('regions are places in their country, not the country; an unknown place takes a nearby place’s country', () => {
  const { get, entities } = link(
    'Drones hit Crimea and Ukraine. In the Krasnodar region, fragments fell on the town of Velikovka.',
    [['Crimea', 'LOC'], ['Ukraine', 'LOC'], ['Krasnodar', 'LOC'], ['Velikovka', 'LOC']],
  );
  assert.equal(get('Crimea').country, 'UKR');
  assert.equal(entities.filter((e) => e.country === 'UKR').length, 2, 'Crimea is not a mention of Ukraine');
  assert.equal(get('Velikovka').country, 'RUS');
});

test('an "its" owning a role is the country named just before', () => {
  const { attrs } = link(
    'Talks stalled, but Norway may have another card to play. Its foreign ministry deputy director for trade, Siri Dahl, floated a deal.',
    [['Norway', 'LOC'], ['Siri Dahl', 'PERSON']],
  );
  assert.deepEqual(attrs('Siri Dahl'), ['foreign ministry deputy director', 'NOR', 'GOV']);
});

test('a state body named without its state takes the country of the possessive before it', () => {
  const { get } = link('Norway’s General Staff said the strike failed.', [['Norway', 'LOC']]);
  assert.deepEqual([get('General Staff').type, get('General Staff').country, get('General Staff').sector], ['ORG', 'NOR', 'MIL']);
});

test('a hyphenated title is a role ("Vice-President"); a hyphenated kinship word is not split ("son-in-law")', () => {
  const { attrs } = link('Vice-President Ana Lind of Norway declined to resign. Her son-in-law Per Dahl stayed home.', [['Ana Lind', 'PERSON'], ['Per Dahl', 'PERSON']]);
  assert.deepEqual(attrs('Ana Lind'), ['Vice-President', 'NOR', 'GOV']);
});

test('only a person has a role, and only a person or a body a sector', () => {
  const { entities } = link(
    'European leaders met on Monday. The European summit ended late. Few could imagine what a major European land war would look like.',
    [['European', 'MISC']],
  );
  assert.deepEqual(entities.map((e) => [e.type, e.role, e.sector]), [['MISC', undefined, undefined]]);
});

test('a US state before a title places it, "New" opening its name; AP abbreviations are titles', () => {
  const { attrs } = link(
    'New York Governor Anna Vell said so on Monday. New Mexico Sen. Tom Ridel agreed, and Ohio Gov. Mara Quist did too. ' +
      'Lt. Col. Jan Orr and Maj. Gen. Ivo Kask spoke later.',
    [['New York', 'LOC'], ['Anna Vell', 'PERSON'], ['New Mexico', 'LOC'], ['Tom Ridel', 'PERSON'], ['Ohio', 'LOC'], ['Mara Quist', 'PERSON'], ['Jan Orr', 'PERSON'], ['Ivo Kask', 'PERSON']],
  );
  assert.deepEqual(attrs('Anna Vell'), ['Governor', 'USA', 'GOV']);
  assert.deepEqual(attrs('Tom Ridel'), ['Sen.', 'USA', 'LEG']);
  assert.deepEqual(attrs('Mara Quist'), ['Gov.', 'USA', 'GOV']);
  assert.deepEqual(attrs('Jan Orr'), ['Lt. Col.', undefined, 'MIL']);
  assert.match(attrs('Ivo Kask')[0] ?? '', /Gen\.$/);
  assert.equal(attrs('Ivo Kask')[2], 'MIL');
});

test('a title does not begin inside another name, and one before the next name is not an apposition', () => {
  const { attrs } = link(
    'Chairman of the Joint Chiefs of Staff Gen. Ari Molle testified. Supreme Court Justice Ena Tors wrote the opinion. ' +
      'At an event of the retired Ben Haal, Surgeon General Ola Vik spoke.',
    [['Joint Chiefs of Staff', 'ORG'], ['Ari Molle', 'PERSON'], ['Supreme Court', 'ORG'], ['Ena Tors', 'PERSON'], ['Ben Haal', 'PERSON'], ['Ola Vik', 'PERSON']],
  );
  assert.equal(attrs('Ari Molle')[0], 'Gen.');
  assert.equal(attrs('Ena Tors')[0], 'Justice');
  assert.equal(attrs('Ben Haal')[0], undefined);
  assert.equal(attrs('Ola Vik')[0], 'Surgeon General');
});

test("a person's country comes from the person's own mentions, not a surname read as a nationality", () => {
  const { attrs } = link('Plant attorney Ron English said so on Monday. English denied the claims. English said more.', [
    ['Ron English', 'PERSON'], ['English', 'MISC'],
  ]);
  assert.notEqual(attrs('Ron English')[1], 'GBR');
});

test('honorifics the tagger took into a person\'s span are no part of the name, His Excellency\'s too ("H.E. Mr. Pipat")', () => {
  const { entities } = link('The minister, H.E. Mr. Tanit Somchai, spoke first. Mrs. Dara Poe left.', [['H.E. Mr. Tanit Somchai', 'PERSON'], ['Mrs. Dara Poe', 'PERSON']]);
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`).sort(), ['PERSON Dara Poe', 'PERSON Tanit Somchai']);
});
