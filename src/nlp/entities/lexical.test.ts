import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a bare given name joins the one full name it opens, not one of two', () => {
  const one = link('Dana Whitfield opened the show. Later Dana thanked the crowd.', [['Dana Whitfield', 'PERSON'], ['Dana', 'PERSON']]);
  assert.deepEqual(one.entities.map((e) => [e.name, e.mentions.length]), [['Dana Whitfield', 2]]);
  const two = link('Dana Whitfield and Dana Kerr opened the show. Later Dana thanked the crowd.', [['Dana Whitfield', 'PERSON'], ['Dana Kerr', 'PERSON'], ['Dana', 'PERSON']]);
  assert.deepEqual(two.entities.map((e) => e.name), ['Dana Whitfield', 'Dana Kerr', 'Dana']);
});

test('a one-word person that is an ordinary lower-case word is no name unless it speaks', () => {
  const { entities } = link('Analyst Jo Park said Maintenance, Repair and Overhaul work would grow.', [['Jo Park', 'PERSON'], ['Maintenance', 'PERSON']]);
  assert.deepEqual(entities.map((e) => e.name), ['Jo Park']);
  const spoke = link('Morning said the vote was lost.', [['Morning', 'PERSON']]);
  assert.deepEqual(spoke.entities.map((e) => e.type), ['PERSON']);
});

test('a name before a role that heads a body is an organisation; a person before an aide stays a person', () => {
  const { get } = link('Flyaway CEO Mara Quist said fares fall. Flyaway flies to Rome. Trump adviser Ed Vale agreed.', [
    ['Flyaway', 'PERSON'], ['Mara Quist', 'PERSON'], ['Trump', 'PERSON'], ['Ed Vale', 'PERSON'], ['Rome', 'LOC'],
  ]);
  assert.equal(get('Flyaway').type, 'ORG');
  assert.equal(get('Trump').type, 'PERSON');
});

test('a one-word person the company gazetteer knows (and no name gazetteer) is an organisation', () => {
  const { get } = link('Apple passed Wal-Mart to become the top music seller.', [['Apple', 'ORG'], ['Wal-Mart', 'PERSON']]);
  assert.equal(get('Wal-Mart').type, 'ORG');
});

test('a bare name a company owns or that is sold in copies is a product; a team’s player who acts stays a person', () => {
  const { get } = link('Zentro said Vexa will ship with Zentro’s Quill. It sold 2 million copies of Lynx. Dynamo’s Abena scored twice.', [
    ['Zentro', 'ORG'], ['Vexa', 'MISC'], ['Quill', 'PERSON'], ['Lynx', 'PERSON'], ['Dynamo', 'ORG'], ['Abena', 'PERSON'],
  ]);
  assert.deepEqual([get('Quill').type, get('Lynx').type, get('Abena').type], ['MISC', 'MISC', 'PERSON']);
});
