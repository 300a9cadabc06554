import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanByline } from './byline.js';

const clean = (raw: string | string[], outlets: string[] = []) => cleanByline(Array.isArray(raw) ? raw : [raw], { outlets });

test('prefixes, connectives and roles', () => {
  assert.deepEqual(clean('By Jane Doe and John Smith'), ['Jane Doe', 'John Smith']);
  assert.deepEqual(clean('Von Anna Berg und Otto Kern'), ['Anna Berg', 'Otto Kern']);
  assert.deepEqual(clean('Par Sébastien Farcis'), ['Sébastien Farcis']);
  assert.deepEqual(clean('Written by Rob Ewaschuk\nEdited by Betsy Beyer'), ['Rob Ewaschuk']);
  assert.deepEqual(clean('Jane Doe, Senior Correspondent'), ['Jane Doe']);
  assert.deepEqual(clean('Text und Interview: Harald Willenbrock'), ['Harald Willenbrock']);
  assert.deepEqual(clean('Martin Untersinger (avec Damien Leloup et Morgane Tual)'), ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']);
});

test('dates, tails, credentials, handles and URLs are removed', () => {
  assert.deepEqual(clean('by Lucas Nolan22 Dec 2016651'), ['Lucas Nolan']);
  assert.deepEqual(clean('Posted on September 21, 2020 by Adi Tzlil'), ['Adi Tzlil']);
  assert.deepEqual(clean('By Brenda Goodman, MA\nWebMD Health News', ['WebMD']), ['Brenda Goodman']);
  assert.deepEqual(clean('Jane Doe | Reuters', ['The Daily']), ['Jane Doe']);
  assert.deepEqual(clean('Bradley M. Kuhn (http://ebb.org/bkuhn/)'), ['Bradley M. Kuhn']);
  assert.deepEqual(clean('Jane Doe (@janedoe)'), ['Jane Doe']);
  assert.deepEqual(clean('https://www.facebook.com/someone'), []);
  assert.deepEqual(clean('@handle'), []);
});

test('the outlet is not an author; agencies only when alone; user names kept', () => {
  assert.deepEqual(clean('BBC News', ['BBC News']), []);
  assert.deepEqual(clean('hessenschau.de, Frankfurt, Germany', ['hessenschau.de']), []);
  assert.deepEqual(clean('Reuters'), ['Reuters']);
  assert.deepEqual(clean('Jane Doe, AFP'), ['Jane Doe']);
  assert.deepEqual(clean('freeman1984'), ['freeman1984']);
});

test('case, duplicates and non-names', () => {
  assert.deepEqual(clean('GILLIAN MOHNEY'), ['Gillian Mohney']);
  assert.deepEqual(clean(['Jane Doe', 'jane doe', 'Jane']), ['Jane Doe']);
  assert.deepEqual(clean('admin'), []);
  assert.deepEqual(clean('Tiempo de lectura'), ['Tiempo de lectura'], 'structured data is trusted more than page text');
  assert.deepEqual(cleanByline(['Tiempo de lectura'], { outlets: [], fromPage: true }), []);
  assert.deepEqual(cleanByline(['Kooman, F.', 'Jong, Michiel de'], { outlets: [], onePerValue: true }), ['F. Kooman', 'Michiel de Jong']);
});
