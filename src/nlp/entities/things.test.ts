import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('holidays and named days are MISC; product editions are things; colours are no names', () => {
  const { get, entities } = link(
    'Deals for Black Friday and Christmas: the Glowpad Edition in Turquoise costs less at Zentrix. Zentrix said so.',
    [['Black Friday', 'LOC'], ['Christmas', 'ORG'], ['Glowpad Edition', 'ORG'], ['Turquoise', 'LOC'], ['Zentrix', 'ORG']],
  );
  assert.equal(get('Black Friday').type, 'MISC');
  assert.equal(get('Christmas').type, 'MISC');
  assert.equal(get('Glowpad Edition').type, 'MISC');
  assert.ok(!entities.some((e) => e.name === 'Turquoise'), 'a colour is a product variant');
});

test('one name is one thing: a product by its model number makes every mention of that name a product', () => {
  const { entities } = link(
    'The 16-inch Glowbook Pro arrived. Reviewers liked the Glowbook Pro keyboard, and the Glowbook Pro sold well.',
    [['Glowbook Pro', 'ORG']],
  );
  const named = entities.filter((e) => e.name === 'Glowbook Pro');
  assert.equal(named.length, 1);
  assert.equal(named[0].type, 'MISC');
  assert.equal(named[0].mentions.length, 3);
});

test('a one-word "place" nothing locates and no verb takes is dropped; a village a verb takes stays', () => {
  const { entities } = link('The Vextra, Google Assistant and Siri speakers sold. Troops captured Dovzhyk on Monday.', [
    ['Vextra', 'LOC'], ['Dovzhyk', 'LOC'],
  ]);
  assert.deepEqual(entities.map((e) => e.name), ['Dovzhyk']);
});

test('awards and events are MISC, by their head word', () => {
  const { get } = link('She won the Nollan Film Award for Best Actress at the Vorda Auto Show, then watched the Zentrix Cup.', [
    ['Nollan Film Award for Best Actress', 'ORG'], ['Vorda Auto Show', 'ORG'], ['Zentrix Cup', 'ORG'],
  ]);
  assert.equal(get('Nollan Film Award for Best Actress').type, 'MISC');
  assert.equal(get('Vorda Auto Show').type, 'MISC');
  assert.equal(get('Zentrix Cup').type, 'MISC');
});

test('laws and agreements are MISC, not organisations', () => {
  const { get } = link('Zentrix is registered under the Investment Company Act, and signed the Velmar Accord with Orvia.', [
    ['Zentrix', 'ORG'], ['Investment Company Act', 'ORG'], ['Velmar Accord', 'ORG'], ['Orvia', 'ORG'],
  ]);
  assert.equal(get('Investment Company Act').type, 'MISC');
  assert.equal(get('Velmar Accord').type, 'MISC');
  assert.equal(get('Zentrix').type, 'ORG');
});

test('a "person" named like a firm, with no role, is the firm; a person with a role stays a person', () => {
  const { get } = link('Velmar Games made the game. Velmar Games said it sold well. Dana Cole, a designer, agreed.', [
    ['Velmar Games', 'PERSON'], ['Dana Cole', 'PERSON'],
  ]);
  assert.equal(get('Velmar Games').type, 'ORG');
  assert.equal(get('Dana Cole').type, 'PERSON');
});
