// Identity of inputs whose body comes out empty: the same source name with other content is another article.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { InputItem } from '../input/types.js';
import { buildDoc } from './analyze.js';

const item = (content: string): InputItem => ({ ok: true, source: '-', from: 'stdin', kind: 'html', content, encoding: 'utf-8', meta: {}, warnings: [] });

test('inputs with no URL, record id or body get ids from their source and their content', () => {
  const a = buildDoc(item('<html><body><nav><a href="/x">Home</a></nav></body></html>'));
  const b = buildDoc(item('<html><body><nav><a href="/y">Menu</a></nav></body></html>'));
  assert.equal(a.text, '');
  assert.equal(b.text, '');
  assert.notEqual(a.id, b.id);
  assert.equal(buildDoc(item('<html><body><nav><a href="/x">Home</a></nav></body></html>')).id, a.id, 'the same input, the same id');
});
