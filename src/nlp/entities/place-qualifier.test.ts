import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

const country = (text: string, names: string[], of: string) => link(text, names.map((n) => [n, 'LOC'])).get(of).country;

test('a place qualified by its region or country is in that country, and the bare name after it too', () => {
  assert.equal(country('SANTA FE, N.M. (AP) — A cat was found. Santa Fe is dry.', ['SANTA FE', 'Santa Fe'], 'SANTA FE'), 'USA');
  assert.equal(country('The mayor of Halden, Ontario, spoke on Tuesday.', ['Halden', 'Ontario'], 'Halden'), 'CAN');
  assert.equal(country('The mayor of London, Ontario, spoke on Tuesday.', ['London', 'Ontario'], 'London'), 'CAN');
  assert.equal(country('Officials in Valencia, Spain, agreed.', ['Valencia', 'Spain'], 'Valencia'), 'ESP');
  assert.equal(country('A fan from Athens, Georgia, cheered.', ['Athens', 'Georgia'], 'Athens'), 'USA');
  assert.equal(country('Strikes hit Millerovo, Rostov Oblast, and toward the border.', ['Millerovo', 'Rostov Oblast'], 'Millerovo'), 'RUS');
});

test('a country after a comma that goes on a list or opens a clause qualifies nothing', () => {
  assert.equal(country('Visitors came from Tbilisi, Georgia.', ['Tbilisi', 'Georgia'], 'Tbilisi'), 'GEO');
  assert.equal(country('Envoys from Moscow, Ukraine and Belarus met.', ['Moscow', 'Ukraine', 'Belarus'], 'Moscow'), 'RUS');
  assert.equal(country('Drones hit Lviv, Russia said.', ['Lviv', 'Russia'], 'Lviv'), 'UKR');
  assert.equal(country('Near Avdiivka, Russia also intensified its effort.', ['Avdiivka', 'Russia'], 'Avdiivka'), 'UKR');
  assert.equal(country('Bases on Halden, Taiwan, and the Philippines.', ['Halden', 'Taiwan', 'Philippines'], 'Halden'), undefined);
  assert.equal(country('In a speech in Dalian, U.S. Secretary of State Shultz spoke.', ['Dalian', 'U.S.'], 'Dalian'), 'CHN');
});

test('a region beats a city of its name abroad', () => {
  assert.equal(country('Voters in Virginia went to the polls.', ['Virginia'], 'Virginia'), 'USA');
  assert.equal(country('Ontario raised its forecast.', ['Ontario'], 'Ontario'), 'CAN');
});
