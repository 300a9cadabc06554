import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanLine } from './markdown.js';

test('links: text kept, empty links and images dropped, link-only lines measured', () => {
  assert.equal(cleanLine('Talks in [Geneva](https://example.org/g) resumed.').text, 'Talks in Geneva resumed.');
  const empty = cleanLine('[](https://example.org/news/<https:/www.facebook.com/sharer.php?u=x>)');
  assert.equal(empty.text, '');
  assert.equal(empty.linkShare, 1);
  assert.equal(cleanLine('![A photo](https://example.org/a.jpg) Caption text').text, 'Caption text');
  assert.equal(cleanLine('* [](https://example.org/<javascript:void\\(0\\)>)').text, '');
  assert.equal(cleanLine('See [[12]](https://example.org/#fn12) for details.').text, 'See [12] for details.');
});

test('emphasis markers go; glued bold runs become spaces; snake_case survives', () => {
  assert.equal(cleanLine('**Click****here****to see the map.**').text, 'Click here to see the map.');
  assert.equal(cleanLine('**KYIV (Agency) —** Officials said').text, 'KYIV (Agency) — Officials said');
  assert.equal(cleanLine('I spoke to _**Jane Doe,**_ the author.').text, 'I spoke to Jane Doe, the author.');
  assert.equal(cleanLine('The file test_cookie_name was set.').text, 'The file test_cookie_name was set.');
});

test('markers: bullets, numbers, headings, quotes', () => {
  assert.deepEqual([cleanLine('* item').marker, cleanLine('* item').text], ['bullet', 'item']);
  assert.equal(cleanLine('- item').marker, 'bullet');
  assert.deepEqual([cleanLine('2. Second point').marker, cleanLine('2. Second point').text], ['number', '2. Second point']);
  assert.deepEqual([cleanLine('## Section').marker, cleanLine('## Section').text], ['heading', 'Section']);
  assert.ok(cleanLine('## Section').emphasised);
  assert.ok(cleanLine('**A bold heading**').emphasised);
  assert.deepEqual([cleanLine('> “Quoted,” he said.').marker, cleanLine('> “Quoted,” he said.').text], ['quote', '“Quoted,” he said.']);
  assert.equal(cleanLine('* ###  Related headline').marker, 'bullet');
  assert.equal(cleanLine('**Bold start** of a line').marker, null);
});

test('zero-width characters and runs of spaces are cleaned', () => {
  assert.equal(cleanLine('a\u200b growing\u200b number  of   experts').text, 'a growing number of experts');
});
