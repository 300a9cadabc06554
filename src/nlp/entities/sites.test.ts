import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a site name cut at its dots is one name, an organisation', () => {
  const { entities } = link(
    'According to Boxofficeindia.com, it earned more. Read News18.com today. It was in the independent.co.uk too.',
    [['Boxofficeindia', 'LOC'], ['com', 'ORG'], ['News18.', 'ORG'], ['co.uk', 'ORG']],
  );
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`).sort(), ['ORG Boxofficeindia.com', 'ORG News18.com', 'ORG independent.co.uk']);
});

test('no site without a domain written in lower case (a full stop without its space)', () => {
  const { entities } = link('Troops left India.It was late.', [['India', 'LOC']]);
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`), ['LOC India']);
});
