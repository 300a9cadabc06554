import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { collect } from './testing.js';


/** A stdin look-alike delivering `data` in small chunks. */
function stdinOf(data: Buffer): NodeJS.ReadableStream {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += 7) chunks.push(data.subarray(i, i + 7));
  return Readable.from(chunks);
}

test('"-" reads stdin fully: text, with its encoding detected', async () => {
  const bytes = Buffer.from([...Buffer.from('Smart '), 0x93, ...Buffer.from('quotes'), 0x94, ...Buffer.from(' from stdin.')]);
  const [r] = await collect(['-'], { stdin: stdinOf(bytes) });
  assert.deepEqual(r, { ok: true, source: '-', from: 'stdin', kind: 'text', content: 'Smart \u201cquotes\u201d from stdin.', encoding: 'windows-1252', meta: {}, warnings: [] });
});

test('gzip on stdin is decompressed; html detected', async () => {
  const [r] = await collect(['-'], { stdin: stdinOf(zlib.gzipSync('<html><body><p>x</p></body></html>')) });
  assert.equal(r.ok && r.kind, 'html');
});

test('stdin over the cap, empty stdin', async () => {
  assert.deepEqual(await collect(['-'], { stdin: stdinOf(Buffer.alloc(5000, 'a')), maxBytes: 1000 }), [{ ok: false, source: '-', error: 'larger than 1000 bytes cap' }]);
  assert.deepEqual(await collect(['-'], { stdin: stdinOf(Buffer.alloc(0)) }), [{ ok: false, source: '-', error: 'empty input' }]);
});

test('JSON Lines on stdin give one item per record, sourced "-:LINE"', async () => {
  const data = Buffer.from(`${JSON.stringify({ id: 'a', text: 'One.' })}\nnot json\n${JSON.stringify({ id: 'b', html: '<p>Two</p>' })}\n`);
  const rs = await collect(['-'], { stdin: stdinOf(data) });
  assert.deepEqual(
    rs.map((r) => [r.source, r.ok ? r.kind : r.error.slice(0, 21)]),
    [
      ['-:1', 'text'],
      ['-:2', 'line 2: invalid JSON:'],
      ['-:3', 'html'],
    ],
  );
});
