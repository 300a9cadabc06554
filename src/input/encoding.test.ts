import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromContentType, decodeBytes, looksUtf16, sniffDeclaredCharset } from './encoding.js';

const SMART = 'He said \u201cno\u201d \u2014 caf\u00e9'; // “no” — café

function utf16be(s: string): Buffer {
  return Buffer.from(s, 'utf16le').swap16();
}

test('UTF-8 BOM is stripped and wins', () => {
  const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SMART, 'utf8')]));
  assert.deepEqual(d, { text: SMART, encoding: 'utf-8', warnings: [] });
});

test('UTF-16LE and UTF-16BE BOMs', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMART, 'utf16le')]));
  assert.equal(le.text, SMART);
  assert.equal(le.encoding, 'utf-16le');
  const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SMART)]));
  assert.equal(be.text, SMART);
  assert.equal(be.encoding, 'utf-16be');
});

test('a BOM contradicting the declared charset wins, with a warning', () => {
  const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SMART)]), 'iso-8859-1');
  assert.equal(d.text, SMART);
  assert.match(d.warnings[0], /declared charset iso-8859-1 but byte order mark says utf-8/);
});

test('UTF-16 without BOM is recognised by its NUL bytes (LE and BE)', () => {
  const text = 'Plain ASCII-range article text, long enough to judge.';
  assert.equal(looksUtf16(Buffer.from(text, 'utf16le')), 'utf-16le');
  assert.equal(looksUtf16(utf16be(text)), 'utf-16be');
  assert.equal(looksUtf16(Buffer.from(text)), null);
  assert.deepEqual(decodeBytes(Buffer.from(text, 'utf16le')), { text, encoding: 'utf-16le', warnings: [] });
  assert.equal(decodeBytes(utf16be(text)).text, text);
});

test('windows-1252 bytes (0x93/0x94 smart quotes) are decoded as windows-1252 when nothing is declared', () => {
  const bytes = Buffer.from([...Buffer.from('He said '), 0x93, ...Buffer.from('no'), 0x94, 0x20, 0x97, ...Buffer.from(' caf'), 0xe9]);
  const d = decodeBytes(bytes);
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.text, SMART);
  assert.deepEqual(d.warnings, []);
});

test('ISO-8859-2 declared by <meta charset> and by http-equiv', () => {
  // "Zażółć gęślą jaźń" in ISO-8859-2.
  const polish = Buffer.from([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0xb6, 0x6c, 0xb1, 0x20, 0x6a, 0x61, 0xbc, 0xf1]);
  const html = (head: string): Buffer => Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), polish, Buffer.from('</p></body></html>')]);
  for (const head of ['<meta charset="iso-8859-2">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">']) {
    const d = decodeBytes(html(head));
    assert.equal(d.encoding, 'iso-8859-2', head);
    assert.match(d.text, /Zażółć gęślą jaźń/);
    assert.deepEqual(d.warnings, []);
  }
});

test('the XML declaration names the charset too', () => {
  assert.equal(sniffDeclaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><html/>')), 'ISO-8859-15');
});

test('the HTTP charset wins over <meta>', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
  const d = decodeBytes(bytes, 'iso-8859-1');
  assert.equal(d.encoding, 'windows-1252'); // WHATWG: latin1 labels mean windows-1252
  assert.match(d.text, /café/);
  assert.deepEqual(d.warnings, []);
});

test('declared latin-1 over valid multi-byte UTF-8: decoded as UTF-8 with a warning naming both', () => {
  const d = decodeBytes(Buffer.from(`<meta charset="iso-8859-1"><p>${SMART}</p>`));
  assert.equal(d.encoding, 'utf-8');
  assert.match(d.text, /“no” — café/);
  assert.deepEqual(d.warnings, ['declared charset iso-8859-1 but content is utf-8; decoded as utf-8']);
});

test('declared utf-8 over windows-1252 bytes: decoded as windows-1252 with a warning naming both', () => {
  const bytes = Buffer.from([...Buffer.from('<p>'), 0x93, ...Buffer.from('Quote'), 0x94, ...Buffer.from(' caf'), 0xe9, ...Buffer.from('</p>')]);
  const d = decodeBytes(bytes, 'utf-8');
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.text, '<p>\u201cQuote\u201d café</p>');
  assert.deepEqual(d.warnings, ['declared charset utf-8 but content is not valid utf-8; decoded as windows-1252']);
});

test('UTF-8 with one stray Latin-1 byte stays UTF-8 (lossy, warned)', () => {
  const bytes = Buffer.concat([Buffer.from('Müller, Straße, Köln, Düsseldorf: M'), Buffer.from([0xe4]), Buffer.from('scot')]);
  const d = decodeBytes(bytes, 'utf-8');
  assert.equal(d.encoding, 'utf-8');
  assert.match(d.text, /^Müller, Straße, Köln, Düsseldorf: M\uFFFDscot$/);
  assert.match(d.warnings[0], /1 invalid byte/);
});

test('pure ASCII is utf-8; an unknown charset label is ignored with a warning', () => {
  assert.deepEqual(decodeBytes(Buffer.from('hello')), { text: 'hello', encoding: 'utf-8', warnings: [] });
  const d = decodeBytes(Buffer.from('hello'), 'x-klingon');
  assert.equal(d.encoding, 'utf-8');
  assert.deepEqual(d.warnings, ['unknown charset x-klingon ignored']);
});

test('charset parameter of Content-Type', () => {
  assert.equal(charsetFromContentType('text/html; charset=ISO-8859-2'), 'ISO-8859-2');
  assert.equal(charsetFromContentType('text/html;charset="utf-8"'), 'utf-8');
  assert.equal(charsetFromContentType('text/html'), null);
});

test('windows-1252 0x80–0x9F map to the right characters (Node 20 TextDecoder gets them wrong)', () => {
  const bytes = Buffer.from([0x80, 0x85, 0x8a, 0x91, 0x92, 0x96, 0x99, 0x9f, 0xa0, 0xff]);
  assert.equal(decodeBytes(bytes, 'windows-1252').text, '€…Š‘’–™Ÿ\u00a0ÿ');
});
