import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectKind } from './kind.js';

test('documents with a doctype, <html>, <head> or <body> near the start are html', () => {
  assert.equal(detectKind('<!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(detectKind('\n\n  <html lang="en"><p>x'), 'html');
  assert.equal(detectKind('\uFEFF<!doctype html>'), 'html');
  assert.equal(detectKind('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\n<html>'), 'html');
});

test('a page opening with a long inline <style> or <script> is html', () => {
  assert.equal(detectKind(`<style>${'.a { color: red; }\n'.repeat(1000)}</style><div>x</div>`), 'html');
  assert.equal(detectKind(`<!-- saved --><script>${'var a = 1;\n'.repeat(1000)}</script>`), 'html');
});

test('fragments that open with a tag are html: "<p>…</p>", upper-case tags too', () => {
  assert.equal(detectKind('<p>First paragraph.</p>\n<p>Second.</p>'), 'html');
  assert.equal(detectKind('<P>OLD STYLE<BR>PAGE</P>'), 'html');
  assert.equal(detectKind('<!-- x --><div class="article">Body</div>'), 'html');
});

test('text with many tags densely is html even without a leading tag', () => {
  const fragment = 'Headline\n' + Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} with <a href="/x">a link</a>.</p>`).join('\n');
  assert.equal(detectKind(fragment), 'html');
});

test('plain text stays text: scraped articles, a quoted tag, Reuters-style <Company> names', () => {
  assert.equal(detectKind('WASHINGTON (Reuters) - The Senate voted on Tuesday.\n\nMore text follows here.'), 'text');
  assert.equal(detectKind('In HTML, a paragraph is written <p> and closed </p>. ' + 'Long prose. '.repeat(200)), 'text');
  assert.equal(detectKind('<Video Shopping Mall Inc> said\nit signed WJTC-TV, Pensacola, Fla, to carry its programs.'), 'text');
  assert.equal(detectKind('<A/S Norske Shell>, Royal Dutch/Shell Group\'s <RD.AS> Norwegian subsidiary, said'), 'text');
  assert.equal(detectKind('<Strong Point Inc> said its unit will market a product.'), 'text');
  assert.equal(detectKind('a < b and c > d, 3 <4> 5'), 'text');
  assert.equal(detectKind(''), 'text');
});
