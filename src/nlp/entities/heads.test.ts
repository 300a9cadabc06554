import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link, linkTagged } from './testing.js';

test('a person named as a venue is a place, as an institution an organisation; Arsenio-style surnames stay people', () => {
  const { get } = link('Fans filled the Larkin Center. Tova Brandt University hired Ann Hall.', [
    ['Larkin Center', 'PERSON'], ['Tova Brandt University', 'PERSON'], ['Ann Hall', 'PERSON'],
  ]);
  assert.deepEqual([get('Larkin Center').type, get('Tova Brandt University').type, get('Ann Hall').type], ['LOC', 'ORG', 'PERSON']);
});

test('planets and moons are places unless they act or are a given name typed as a person', () => {
  const { get } = link('The probe flew past Jupiter to Europa. Mars said sales rose. Miranda won the match.', [
    ['Jupiter', 'PERSON'], ['Europa', 'ORG'], ['Mars', 'ORG'], ['Miranda', 'PERSON'],
  ]);
  assert.deepEqual([get('Jupiter').type, get('Europa').type, get('Mars').type, get('Miranda').type], ['LOC', 'LOC', 'ORG', 'PERSON']);
  const named = link('Venus Williams served. Later Venus won the match.', [['Venus Williams', 'PERSON'], ['Venus', 'PERSON']]);
  assert.deepEqual(named.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Venus Williams', 'PERSON', 2]]);
});

test('names cut at their edges are made whole: firm after a person, nationality before an event, role before an organisation', () => {
  const { entities } = link('Hal Brill Productions runs the American Film Awards, said Ivo Tam, Founder of Tamco Labs Inc.', [
    ['Hal Brill', 'PERSON'], ['American', 'NORP'], ['Film Awards', 'LOC'], ['Ivo Tam', 'PERSON'], ['Founder of Tamco Labs Inc.', 'ORG'],
  ]);
  assert.deepEqual(entities.map((e) => [e.name, e.type]), [
    ['Hal Brill Productions', 'ORG'], ['American Film Awards', 'MISC'], ['Ivo Tam', 'PERSON'], ['Tamco Labs Inc.', 'ORG'],
  ]);
});

test('a craft named after a moon and a camel-case product are things; camel-case people with a given name stay people', () => {
  const { get } = link('The Titan Orbiter will fly. Orbiter sees all. The MacBook Pro ships. Douglas MacArthur landed. Ian McKellen acted.', [
    ['Titan Orbiter', 'PERSON'], ['Orbiter', 'PERSON'], ['MacBook Pro', 'PERSON'], ['Douglas MacArthur', 'PERSON'], ['Ian McKellen', 'PERSON'],
  ]);
  assert.deepEqual(['Titan Orbiter', 'MacBook Pro', 'Douglas MacArthur', 'Ian McKellen'].map((n) => get(n).type), ['MISC', 'MISC', 'PERSON', 'PERSON']);
});

test('two common words around "and" open one name; two firms around "and" stay two', () => {
  const { entities } = link('They joined the Rock and Roll Hall of Fame. Apple and Google agreed.', [
    ['Rock', 'MISC'], ['Roll Hall of Fame', 'MISC'], ['Apple', 'ORG'], ['Google', 'ORG'],
  ]);
  assert.deepEqual(entities.map((e) => e.name), ['Rock and Roll Hall of Fame', 'Apple', 'Google']);
});

test('an "organisation" named as a known country, region or city of several words is a place; a one-word city stays', () => {
  const { get } = link('Rates rose in the District of Columbia and Bavaria. Pittsburgh beat Chicago 3-2.', [
    ['District of Columbia', 'ORG'], ['Bavaria', 'ORG'], ['Pittsburgh', 'ORG'], ['Chicago', 'ORG'],
  ]);
  assert.equal(get('District of Columbia').type, 'LOC');
  assert.equal(get('Bavaria').type, 'LOC');
  assert.equal(get('Pittsburgh').type, 'ORG');
});

test('a body\'s name cut at "for", "on" or "of the" is one name, typed by its head', () => {
  const { get, entities } = link(
    'The Institute for the Study of War said so. The Commission on Presidential Debates met. A case in Harlow Superior Court for Dunmore County was filed.',
    [['Institute', 'ORG'], ['Study of War', 'MISC'], ['Commission', 'ORG'], ['Presidential Debates', 'ORG'], ['Harlow Superior Court', 'ORG'], ['Dunmore County', 'ORG']],
  );
  assert.equal(get('Institute for the Study of War').type, 'ORG');
  assert.equal(get('Commission on Presidential Debates').type, 'ORG');
  assert.equal(get('Harlow Superior Court for Dunmore County').type, 'ORG');
  assert.equal(entities.length, 3);
});

test('a name in full headed by a body word is the body, whatever type its initialism took', () => {
  const { get } = link('Analysts at the Vornic Institute for Policy Studies (VIPS) said so. VIPS added more. VIPS data show it.', [
    ['Vornic Institute for Policy Studies', 'ORG'], ['VIPS', 'LOC'],
  ]);
  assert.equal(get('Vornic Institute for Policy Studies').type, 'ORG');
});

test('a "thing" or "place" headed by a body word is a body; a "thing" headed by a feature word is a place', () => {
  const { get } = link('The Joint Narcotics Enforcement Team raided it. He praised the Dunmore Brotherhood. Yaks roam the Harlow Plateau. The Gulf War ended.', [
    ['Joint Narcotics Enforcement Team', 'MISC'], ['Dunmore Brotherhood', 'LOC'], ['Harlow Plateau', 'MISC'], ['Gulf War', 'MISC'],
  ]);
  assert.equal(get('Joint Narcotics Enforcement Team').type, 'ORG');
  assert.equal(get('Dunmore Brotherhood').type, 'ORG');
  assert.equal(get('Harlow Plateau').type, 'LOC');
  assert.equal(get('Gulf War').type, 'MISC');
});

test('grounds and places of custody are places, whatever the tagger typed', () => {
  const { get } = link('They strolled around Harlow Park. He was held at the Dunmore County Jail.', [['Harlow Park', 'ORG'], ['Dunmore County Jail', 'MISC']]);
  assert.equal(get('Harlow Park').type, 'LOC');
  assert.equal(get('Dunmore County Jail').type, 'LOC');
});

test('organisations, institutions, alliances, forums and clubs are bodies, whatever the tagger typed', () => {
  const { get } = link('Records may fall (Brastow Meteorological Organization, 2023). Scholars at the Larkin Institution and the Harlow Football Club agreed.', [
    ['Brastow Meteorological Organization', 'MISC'], ['Larkin Institution', 'MISC'], ['Harlow Football Club', 'MISC'],
  ]);
  assert.deepEqual(['Brastow Meteorological Organization', 'Larkin Institution', 'Harlow Football Club'].map((n) => get(n).type), ['ORG', 'ORG', 'ORG']);
});

test('a "person" headed by a body or venue word before its complement is the body or venue ("… Hospital for Children")', () => {
  const { get } = link('Doctors fled Kamal Brastow Hospital for Children and met at Mary Harlo Center for Arts.', [
    ['Kamal Brastow Hospital for Children', 'PERSON'], ['Mary Harlo Center for Arts', 'PERSON'],
  ]);
  assert.equal(get('Kamal Brastow Hospital for Children').type, 'ORG');
  assert.equal(get('Mary Harlo Center for Arts').type, 'LOC');
});

test('a storm is an event, whatever given name it bears ("Hurricane Ida", "Tropical Storm Grace")', () => {
  const { get } = link('Hurricane Ida hit Louisiana, and Tropical Storm Grace followed. Actress Storm Reid said she stayed home.', [
    ['Hurricane Ida', 'PERSON'], ['Tropical Storm Grace', 'ORG'], ['Louisiana', 'LOC'], ['Storm Reid', 'PERSON'],
  ]);
  assert.equal(get('Hurricane Ida').type, 'MISC');
  assert.equal(get('Tropical Storm Grace').type, 'MISC');
  assert.equal(get('Storm Reid').type, 'PERSON');
});

test('a "thing" named like a newspaper or magazine is an outlet ("Haitian Times", "PC World"); "Third World" is not', () => {
  const { get } = link('The Brastow Times reported it, and Harlo World agreed. Third World debt grew.', [
    ['Brastow Times', 'MISC'], ['Harlo World', 'MISC'], ['Third World', 'MISC'],
  ]);
  assert.deepEqual(['Brastow Times', 'Harlo World', 'Third World'].map((n) => get(n).type), ['ORG', 'ORG', 'MISC']);
});

test('a one-word city the tagger typed an organisation is a place only when the tagger was unsure and no firm bears its name', () => {
  // The tagger's margins: unsure of Spokane and Toyota (a city too, and a firm), sure of Boise and Tacoma.
  const types = linkTagged('The airline adds flights from Spokane to Boise. Toyota and Tacoma follow.', [
    ['Spokane', 'ORG', 30, 'LOC'], ['Boise', 'ORG', 120, 'LOC'], ['Toyota', 'ORG', 20, 'LOC'], ['Tacoma', 'ORG', 90, 'LOC'],
  ]);
  assert.deepEqual(types, { Spokane: 'LOC', Boise: 'ORG', Toyota: 'ORG', Tacoma: 'ORG' });
});

test('a name that ends in a legal form, dotted or not, is a firm whatever the tagger typed and whatever feature word it holds', () => {
  const { get } = link('Shares of Gulf Applied Technologies Inc rose. Unilever N.V. said it would sell Aluminiumwerke GmbH to Harlo Vance B.V. soon.', [
    ['Gulf Applied Technologies Inc', 'LOC'], ['Unilever N.V.', 'MISC'], ['Aluminiumwerke GmbH', 'MISC'], ['Harlo Vance B.V.', 'PERSON'],
  ]);
  for (const name of ['Gulf Applied Technologies Inc', 'Unilever N.V.', 'Aluminiumwerke GmbH', 'Harlo Vance B.V.']) assert.equal(get(name).type, 'ORG', name);
});

test('a body whose head the tagger left untagged takes it back from its complement ("The Institute for the Study of War")', () => {
  const types = linkTagged('The Institute for the Study of War estimated so. Aid came from the National Institute on Drug Abuse. He spoke of the Battle of Britain. Chief of Staff of the Presidential Executive Office Anton Vaino came.', [
    ['Study of War', 'MISC', 200, 'ORG'], ['Drug Abuse', 'MISC', 200, 'ORG'], ['Battle of Britain', 'MISC', 200, 'ORG'],
    ['Presidential Executive Office', 'ORG', 200, 'MISC'], ['Anton Vaino', 'PERSON', 200, 'ORG'],
  ]);
  assert.equal(types['Presidential Executive Office'], 'ORG', 'a head after "of" is a title\'s: no "Staff of the …"');
  const part = linkTagged('The Management Board of Acme Group met.', [['Acme Group', 'ORG', 200, 'MISC']]);
  assert.equal(part['Acme Group'], 'ORG', 'a body "of" a named organisation is a part of it, not one name');
  assert.equal(types['Institute for the Study of War'], 'ORG');
  assert.equal(types['National Institute on Drug Abuse'], 'ORG');
  assert.equal(types['Battle of Britain'], 'MISC');
});
