import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'domhandler';
import { parseHtml } from './parse.js';

const firstElement = (html: string, name: string): Element => {
  const stack = [...parseHtml(html).dom.children];
  while (stack.length) {
    const n = stack.shift()!;
    if (n.type === 'tag' && n.name === name) return n;
    if ('children' in n) stack.push(...n.children);
  }
  throw new Error(`no <${name}>`);
};

test('attributes keep their values, their order and the first of a repeated name', () => {
  const a = firstElement('<p><a HREF="/x?a=1&amp;b=2" class=\'c d\' data-x=plain hidden class="later">link</a></p>', 'a');
  assert.deepEqual(Object.entries(a.attribs), [['href', '/x?a=1&b=2'], ['class', 'c d'], ['data-x', 'plain'], ['hidden', '']]);
});

test('an attribute the element lacks is not found, even one named like an Object method', () => {
  const a = firstElement('<div id="box" constructor="made-up">text</div><span>other</span>', 'span');
  assert.equal(a.attribs.constructor, undefined);
  assert.equal(a.attribs.toString, undefined);
  assert.equal(firstElement('<div id="box" constructor="made-up">text</div>', 'div').attribs.constructor, 'made-up');
});
