import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { siteOf, splitHalves } from './halves.js';

test('splitHalves keeps every group in one half and balances item counts', () => {
  const keys = ['a.com', 'b.com', 'a.com', 'c.org', 'd.net', 'b.com', 'e.de', 'f.fr', 'a.com', 'g.it'];
  const halves = splitHalves(keys);
  const byKey = new Map<string, Set<string>>();
  keys.forEach((k, i) => byKey.set(k, (byKey.get(k) ?? new Set()).add(halves[i])));
  for (const [k, hs] of byKey) assert.equal(hs.size, 1, `${k} is in both halves`);
  const a = halves.filter((h) => h === 'A').length;
  assert.ok(Math.abs(a - (keys.length - a)) <= 3, `unbalanced: ${a} of ${keys.length} in A`);
});

test('splitHalves does not depend on the order of the items or on key case', () => {
  const keys = ['x.com', 'y.com', 'z.com', 'w.com', 'x.com', 'v.com'];
  const first = new Map(keys.map((k, i) => [k, splitHalves(keys)[i]]));
  const reversed = [...keys].reverse().map((k) => k.toUpperCase());
  const halves = splitHalves(reversed);
  reversed.forEach((k, i) => assert.equal(halves[i], first.get(k.toLowerCase())));
});

test('siteOf reads a host from a URL and a site from a file-name id', () => {
  assert.equal(siteOf('https://www.example.com/2019/a.html'), 'example.com');
  assert.equal(siteOf('hard::gofeminin.de.abnehmen.html'), 'gofeminin.de');
  assert.equal(siteOf('hard::100noticias.com-millones.html'), '100noticias.com');
  assert.equal(siteOf('blog.python.org.html'), 'blog.python');
});
