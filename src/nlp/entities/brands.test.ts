import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test("a brand's product is a thing; its divisions and an institution stay organisations", () => {
  const { get } = link(
    'The Intel Glowpad sold out, while Intel Labs hired staff. The US Senate voted.',
    [['Intel Glowpad', 'ORG'], ['Intel Labs', 'ORG'], ['US Senate', 'ORG']],
  );
  assert.equal(get('Intel Glowpad').type, 'MISC', 'a brand the company gazetteer knows, then a product name');
  assert.equal(get('Intel Labs').type, 'ORG');
  assert.equal(get('US Senate').type, 'ORG');
  // A firm named by its industry after the brand is the firm.
  const industry = link('Intel Computer and Intel Aerospace hired staff.', [['Intel Computer', 'ORG'], ['Intel Aerospace', 'ORG']]);
  assert.deepEqual([industry.get('Intel Computer').type, industry.get('Intel Aerospace').type], ['ORG', 'ORG']);
});

test('lower-camel names are products; camel-case unknown "places" and plural teams after "the" are organisations', () => {
  const { get } = link(
    'Owners of an iGlow can pay through PayDash. PayDash grew. The Harriers beat the Comets 3-1 as the Comets tired. Fans flew to Ostrava.',
    [['iGlow', 'ORG'], ['PayDash', 'LOC'], ['Harriers', 'LOC'], ['Comets', 'MISC'], ['Ostrava', 'LOC']],
  );
  assert.equal(get('iGlow').type, 'MISC');
  assert.equal(get('PayDash').type, 'ORG');
  assert.equal(get('Harriers').type, 'ORG');
  assert.equal(get('Comets').type, 'ORG');
  assert.equal(get('Ostrava').type, 'LOC');
});

test('in a list of names, unknown "places" take the kind of the list', () => {
  const { get } = link(
    'Apps such as Zelvo, Quillo, PayDash and CashNest grew. Zelvo and Quillo said so; PayDash and CashNest too.',
    [['Zelvo', 'LOC'], ['Quillo', 'LOC'], ['PayDash', 'ORG'], ['CashNest', 'ORG']],
  );
  assert.equal(get('Zelvo').type, 'ORG');
  assert.equal(get('Quillo').type, 'ORG');
});

test('a lone letter or an initialism after a brand written in words names a model; after an initialism brand, a station', () => {
  const { get } = link(
    'The Intel Glowpad X sold out and the Intel VR headset followed. CBS DFW will air the launch.',
    [['Intel Glowpad X', 'ORG'], ['Intel VR', 'ORG'], ['CBS DFW', 'ORG']],
  );
  assert.equal(get('Intel Glowpad X').type, 'MISC');
  assert.equal(get('Intel VR').type, 'MISC');
  assert.equal(get('CBS DFW').type, 'ORG', 'a call sign after a network is a station');
});

test('a word written in lower case is no founder\'s name after a brand: "Intel Core" is a product, "Intel Martin" stays a firm', () => {
  const { get } = link('The Intel Core chip sold out, and Intel Martin hired staff.', [['Intel Core', 'ORG'], ['Intel Martin', 'ORG']]);
  assert.equal(get('Intel Core').type, 'MISC');
  assert.equal(get('Intel Martin').type, 'ORG');
});

test('a planet whose name ends in "s" is no plural team', () => {
  const { get } = link('Plans for Mars grew. Critics said the Mars landing must wait.', [['Mars', 'ORG']]);
  assert.equal(get('Mars').type, 'LOC');
});

test('a feature\'s name in a list of organisations stays a place ("the Northern Pacific and Bering Sea")', () => {
  const { get } = link('The fishery in the Brastow Group and Harlo Sea is capped.', [['Brastow Group', 'ORG'], ['Harlo Sea', 'LOC']]);
  assert.equal(get('Harlo Sea').type, 'LOC');
});

test('a firm the company gazetteer knows, typed a thing after its products, is the firm when it acts ("Airbus has warned")', () => {
  const { get } = link('The Airbus A380 landed in Chicago. Most passengers will be staff of Airbus and Lufthansa. Airbus has warned there could be more costs.', [
    ['Airbus A380', 'MISC'], ['Airbus', 'MISC'], ['Lufthansa', 'ORG'], ['Chicago', 'LOC'],
  ]);
  assert.equal(get('Airbus').type, 'ORG');
});

test('a known place then a plural that names no kind of place is a team or body; a feature word before a plural is no place', () => {
  const { get } = link(
    'The Denver Comets signed him. The Reno Bay Harriers lost. They flew to Palm Springs and to the Cayman Islands.',
    [['Denver Comets', 'LOC'], ['Reno Bay Harriers', 'ORG'], ['Palm Springs', 'LOC'], ['Cayman Islands', 'LOC']],
  );
  assert.equal(get('Denver Comets').type, 'ORG');
  assert.equal(get('Reno Bay Harriers').type, 'ORG');
  assert.equal(get('Palm Springs').type, 'LOC');
  assert.equal(get('Cayman Islands').type, 'LOC');
});
