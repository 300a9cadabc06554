import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a place right before a body whose name ends in a head word is one name; not before a one-word body or a party', () => {
  const { entities } = link(
    'She studied at Marlow State University and spoke to the Senate. Dorset Aluminium Smelters Ltd closed. A Kent Democrat won.',
    [['Marlow', 'LOC'], ['State University', 'ORG'], ['Senate', 'ORG'], ['Dorset', 'LOC'], ['Aluminium Smelters Ltd', 'ORG'], ['Kent', 'LOC'], ['Democrat', 'MISC']],
  );
  const names = entities.map((e) => e.name);
  assert.ok(names.includes('Marlow State University') && names.includes('Dorset Aluminium Smelters Ltd'), names.join(', '));
  assert.ok(names.includes('Kent') && names.includes('Senate'), names.join(', '));
});
