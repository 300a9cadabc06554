import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a city or state that wins or loses a game is its team; a country, or a city also named as a place, stays a place', () => {
  const { get } = link('Karl Oman scored twice and Vermont beat Halifax 3-1. Toledo lost to Tulsa. Russia beat Croatia on Monday. '
    + 'Reno edged Boise, and fans in Reno cheered. Debris fell to Earth.', [
    ['Karl Oman', 'PERSON'], ['Vermont', 'LOC'], ['Halifax', 'LOC'], ['Toledo', 'LOC'], ['Tulsa', 'LOC'], ['Russia', 'LOC'], ['Croatia', 'LOC'],
    ['Reno', 'LOC'], ['Boise', 'LOC'], ['Earth', 'LOC'],
  ]);
  for (const name of ['Vermont', 'Halifax', 'Toledo', 'Tulsa', 'Boise']) assert.equal(get(name).type, 'ORG', name);
  for (const name of ['Russia', 'Croatia', 'Reno', 'Earth']) assert.equal(get(name).type, 'LOC', name);
});

test('in a report of games, a city or state written mostly as a side is its team; one written where things are stays a place', () => {
  const names: [string, 'LOC' | 'PERSON'][] = [['Tulsa', 'LOC'], ['Dana Roe', 'PERSON'], ['Toledo', 'LOC'], ['Ohio', 'LOC'], ['Reno', 'LOC'], ['Boise', 'LOC']];
  const games = 'The rookie quarterback threw a touchdown pass in the playoff opener. Tulsa’s opening drive stalled, and '
    + 'Dana Roe (Toledo) was fired. Ohio kept its offense. Fans in Reno cheered, and the team flew from Reno at dawn. '
    + 'The kickoff came at Boise.';
  const teams = link(games, names);
  for (const name of ['Tulsa', 'Toledo', 'Ohio']) assert.equal(teams.get(name).type, 'ORG', name);
  // (After "in" and "from": where things are. After "at": a game's or a place's, neither.)
  for (const name of ['Reno', 'Boise']) assert.equal(teams.get(name).type, 'LOC', name);
  // Without game words, the same names stay places.
  const plain = link('Tulsa’s opening drive stalled, and Dana Roe (Toledo) was fired. Ohio kept its offense.', names);
  for (const name of ['Tulsa', 'Toledo', 'Ohio']) assert.equal(plain.get(name).type, 'LOC', name);
});
