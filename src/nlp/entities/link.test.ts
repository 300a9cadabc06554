import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEntities } from './link.js';
import { link, mark } from './testing.js';

const byName = (entities: ReturnType<typeof linkEntities>, name: string) => entities.find((e) => e.name === name);

test('titles become roles, demonyms countries, and short names join the full name', () => {
  const text =
    'Negotiators discussed a meeting between Ukrainian President Volodymyr Zelenskyy and Russian President Vladimir Putin. ' +
    'Zelenskyy confirmed it. Ukrainian negotiator Rustem Umerov proposed a date, and U.S. President Donald Trump agreed. ' +
    'Putin, for his part, has said he is willing. “With President Trump, we agreed,” Zelenskyy noted.';
  const { tokens, raw } = mark(text, [
    ['Volodymyr Zelenskyy', 'PERSON'], ['Vladimir Putin', 'PERSON'], ['Rustem Umerov', 'PERSON'], ['Donald Trump', 'PERSON'],
    ['President Trump', 'PERSON'], ['Zelenskyy', 'PERSON'], ['Putin', 'PERSON'], ['U.S.', 'LOC'],
  ]);
  const entities = linkEntities(text, tokens, raw);
  const z = byName(entities, 'Volodymyr Zelenskyy')!;
  assert.deepEqual([z.role, z.country, z.sector], ['President', 'UKR', 'GOV']);
  assert.equal(z.mentions.length, 3);
  const umerov = byName(entities, 'Rustem Umerov')!;
  assert.deepEqual([umerov.role, umerov.country, umerov.sector], ['negotiator', 'UKR', 'GOV']);
  const trump = byName(entities, 'Donald Trump')!;
  assert.deepEqual([trump.country, trump.sector], ['USA', 'GOV']);
  assert.ok(trump.mentions.some((m) => m.text === 'Trump'), '"President Trump" joins Donald Trump, without its title');
  const putin = byName(entities, 'Vladimir Putin')!;
  assert.deepEqual(putin.mentions.map((m) => m.text), ['Vladimir Putin', 'Putin', 'his', 'he'], 'pronouns of the sentence subject');
  assert.equal(byName(entities, 'U.S.')?.country, 'USA');
  assert.deepEqual(entities.map((e) => e.id), entities.map((_, i) => `e${i + 1}`));
});

test('apposition gives the role; places of one country merge; acronyms join their expansion', () => {
  const text =
    '“The meeting must be prepared,” said Medinsky, Russia’s envoy. The United States and America are one place, as is the U.S. ' +
    'The North Atlantic Treaty Organization met; NATO said so.';
  const { tokens, raw } = mark(text, [
    ['Medinsky', 'PERSON'], ['Russia', 'LOC'], ['United States', 'LOC'], ['America', 'LOC'], ['U.S.', 'LOC'],
    ['North Atlantic Treaty Organization', 'ORG'], ['NATO', 'ORG'],
  ]);
  const entities = linkEntities(text, tokens, raw);
  const medinsky = byName(entities, 'Medinsky')!;
  assert.deepEqual([medinsky.role, medinsky.country, medinsky.sector], ['envoy', 'RUS', 'GOV']);
  const us = byName(entities, 'United States')!;
  assert.deepEqual(us.mentions.map((m) => m.text), ['United States', 'America', 'U.S.']);
  assert.equal(us.country, 'USA');
  assert.equal(byName(entities, 'North Atlantic Treaty Organization')!.mentions.length, 2);
});

test('a pronoun with two people before it in its sentence goes to the subject; none found means no link', () => {
  const text = 'Smith met Jones on Monday and he left. Nobody else came. The weather was fine. It rained. She stayed.';
  const { tokens, raw } = mark(text, [['Smith', 'PERSON'], ['Jones', 'PERSON']]);
  const entities = linkEntities(text, tokens, raw);
  assert.deepEqual(byName(entities, 'Smith')!.mentions.map((m) => m.text), ['Smith', 'he']);
  assert.deepEqual(byName(entities, 'Jones')!.mentions.map((m) => m.text), ['Jones']);
});

test('the institution a role belongs to gives the sector: a foundation president is not in government', () => {
  const text =
    'Meaghan Mobbs, president of the R.T. Weatherman Foundation, spoke first. Harvard University president Jane Doe agreed. ' +
    'Olena Shuliak, president of Ukraine, did not.';
  const { tokens, raw } = mark(text, [['Meaghan Mobbs', 'PERSON'], ['Jane Doe', 'PERSON'], ['Olena Shuliak', 'PERSON']]);
  const entities = linkEntities(text, tokens, raw);
  assert.deepEqual([byName(entities, 'Meaghan Mobbs')!.role, byName(entities, 'Meaghan Mobbs')!.sector], ['president', 'SOC']);
  assert.deepEqual([byName(entities, 'Jane Doe')!.role, byName(entities, 'Jane Doe')!.sector], ['president', 'EDU']);
  const shuliak = byName(entities, 'Olena Shuliak')!;
  assert.deepEqual([shuliak.role, shuliak.country, shuliak.sector], ['president', 'UKR', 'GOV']);
});

test('a person whose name heads an administration or government is in government', () => {
  const text = 'Trump has criticized the Biden administration. Orbán’s government objected. Smith’s dog barked.';
  const { tokens, raw } = mark(text, [['Biden', 'PERSON'], ['Orbán', 'PERSON'], ['Smith', 'PERSON']]);
  const entities = linkEntities(text, tokens, raw);
  assert.equal(byName(entities, 'Biden')!.sector, 'GOV');
  assert.equal(byName(entities, 'Orbán')!.sector, 'GOV');
  assert.equal(byName(entities, 'Smith')!.sector, undefined);
});

test('pronouns agree in gender with a given name: "she" skips a man named first', () => {
  const { get } = link('Vladimir Petrov met Alexandra Ivanova. She said the talks failed, and he left.', [
    ['Vladimir Petrov', 'PERSON'], ['Alexandra Ivanova', 'PERSON'],
  ]);
  const texts = (name: string) => get(name).mentions.map((m) => m.text);
  assert.ok(texts('Alexandra Ivanova').includes('She'), 'she is the woman');
  assert.ok(!texts('Vladimir Petrov').includes('She'));
  assert.ok(texts('Vladimir Petrov').includes('he'));
});
