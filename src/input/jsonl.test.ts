import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { readInputs, type InputResult } from './index.js';
import { LineSplitter } from './jsonl.js';
import { collect, tempDirs } from './testing.js';

const tmp = tempDirs('dossier-jsonl-');

const line = (o: unknown): string => JSON.stringify(o);
const summary = (rs: InputResult[]): string[] => rs.map((r) => `${r.source.replace(/^.*\//, '')} ${r.ok ? `${r.kind}:${r.content.slice(0, 20)}` : `ERR ${r.error}`}`);

test('a broken line in the middle is one failure naming the line; the other records still come', async () => {
  const p = path.join(tmp(), 'c.jsonl');
  fs.writeFileSync(p, [line({ id: 'a', text: 'First article.' }), '{"id": "b", "text": "unterminated', '', line({ id: 'c', text: 'Third article.' })].join('\n') + '\n');
  const rs = await collect([p]);
  assert.deepEqual(summary(rs).map((s) => s.replace(/invalid JSON: .*/, 'invalid JSON: …')), [
    'c.jsonl:1 text:First article.',
    'c.jsonl:2 ERR line 2: invalid JSON: …',
    'c.jsonl:4 text:Third article.',
  ]);
  assert.equal(rs[1].source, `${p}:2`);
});

test('records: meta fields, html field → html, text that is HTML → html, no body → failure', async () => {
  const p = path.join(tmp(), 'r.jsonl');
  fs.writeFileSync(
    p,
    [
      line({ id: 7, url: 'https://ex.com/a', outlet: 'Ex', published: '2021-01-02', title: 'T', text: 'Body.', labels: { x: 1 } }),
      line({ id: 'h', html: '<p>One</p><p>Two</p>' }),
      line({ id: 't', text: '<!DOCTYPE html><html><body>x</body></html>' }),
      line({ id: 'e', title: 'Headline only', text: '' }),
      line([1, 2]),
    ].join('\r\n'),
  );
  const rs = await collect([p]);
  assert.deepEqual(rs[0], {
    ok: true,
    source: `${p}:1`,
    from: 'record',
    kind: 'text',
    content: 'Body.',
    encoding: null,
    meta: { id: '7', url: 'https://ex.com/a', outlet: 'Ex', published: '2021-01-02', title: 'T' },
    warnings: [],
  });
  assert.deepEqual(summary(rs.slice(1)), [
    'r.jsonl:2 html:<p>One</p><p>Two</p>',
    'r.jsonl:3 html:<!DOCTYPE html><html',
    'r.jsonl:4 ERR line 4: no text or html',
    'r.jsonl:5 ERR line 5: not a JSON object',
  ]);
});

test('JSON Lines in gzip (.jsonl.gz) are streamed', async () => {
  const p = path.join(tmp(), 'c.jsonl.gz');
  const records = Array.from({ length: 500 }, (_, i) => line({ id: `r${i}`, text: `Article number ${i}.` }));
  fs.writeFileSync(p, zlib.gzipSync(records.join('\n')));
  const rs = await collect([p]);
  assert.equal(rs.length, 500);
  assert.ok(rs.every((r) => r.ok));
  assert.equal(rs[499].source, `${p}:500`);
  assert.equal(rs[499].ok && rs[499].meta.id, 'r499');
});

test('.json and .ndjson are JSON Lines when their content is; pretty-printed JSON is not', async () => {
  const dir = tmp();
  const a = path.join(dir, 'a.json');
  fs.writeFileSync(a, line({ text: 'one' }) + '\n' + line({ text: 'two' }) + '\n');
  const b = path.join(dir, 'b.ndjson');
  fs.writeFileSync(b, '\n' + line({ text: 'three' }));
  const c = path.join(dir, 'c.json');
  fs.writeFileSync(c, JSON.stringify({ text: 'pretty' }, null, 2));
  assert.deepEqual(summary(await collect([a, b, c])), ['a.json:1 text:one', 'a.json:2 text:two', 'b.ndjson:2 text:three', 'c.json text:{\n  "text": "pretty"']);
});

test('a line over the cap is one failure; the next line still comes', async () => {
  const p = path.join(tmp(), 'big.jsonl');
  fs.writeFileSync(p, [line({ text: 'small' }), line({ text: 'x'.repeat(5000) }), line({ text: 'after' })].join('\n'));
  assert.deepEqual(summary(await collect([p], { maxBytes: 1024 })), ['big.jsonl:1 text:small', 'big.jsonl:2 ERR line 2: larger than 1 KB cap', 'big.jsonl:3 text:after']);
});

test('a JSON Lines stream is capped in total (maxStreamBytes) and a corrupt gzip tail ends it with a failure', async () => {
  const dir = tmp();
  const records = Array.from({ length: 2000 }, (_, i) => line({ text: `Record ${i} ${'filler '.repeat(10)}` })).join('\n');
  const capped = path.join(dir, 'capped.jsonl');
  fs.writeFileSync(capped, records);
  const rs = await collect([capped], { maxStreamBytes: 100_000 });
  const last = rs[rs.length - 1];
  assert.ok(rs.length > 10 && rs.length < 2000);
  assert.deepEqual(last, { ok: false, source: capped, error: 'larger than 97.7 KB cap' });

  const gz = zlib.gzipSync(records);
  const cut = path.join(dir, 'cut.jsonl.gz');
  fs.writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
  const rs2 = await collect([cut]);
  assert.ok(rs2.length > 10 && rs2.slice(0, -1).every((r) => r.ok));
  const end = rs2[rs2.length - 1];
  assert.equal(end.ok, false);
  assert.equal(end.source, cut);
  assert.match(!end.ok ? end.error : '', /^corrupt gzip/);
});

test('empty and binary .jsonl files are one failure each', async () => {
  const dir = tmp();
  const empty = path.join(dir, 'e.jsonl');
  fs.writeFileSync(empty, '');
  const png = path.join(dir, 'p.jsonl');
  fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  assert.deepEqual(summary(await collect([empty, png])), ['e.jsonl ERR empty file', 'p.jsonl ERR binary file (PNG image)']);
});

test('a NUL byte in the first 8 kB costs its line only; a file full of NULs is binary', async () => {
  const dir = tmp();
  const p = path.join(dir, 'n.jsonl');
  fs.writeFileSync(p, [line({ id: 'a', text: 'First article.' }), `{"id": "b", "text": "bad\u0000"}`.replace('\\u0000', '\0'), line({ id: 'c', text: 'Third article.' })].join('\n'));
  assert.ok(fs.readFileSync(p).includes(0), 'the file holds a raw NUL byte');
  assert.deepEqual(summary(await collect([p])), ['n.jsonl:1 text:First article.', 'n.jsonl:2 ERR line 2: contains NUL bytes', 'n.jsonl:3 text:Third article.']);
  const bin = path.join(dir, 'b.jsonl');
  fs.writeFileSync(bin, Buffer.concat([Buffer.from('{"a":1}\n'), Buffer.alloc(200)]));
  assert.deepEqual(summary(await collect([bin])), ['b.jsonl ERR binary file (contains NUL bytes)']);
});

test('records per file are capped (configurable): the rest is one failure', async () => {
  const p = path.join(tmp(), 'many.jsonl');
  fs.writeFileSync(p, Array.from({ length: 5 }, (_, i) => line({ text: `Record ${i}.` })).join('\n'));
  assert.deepEqual(summary(await collect([p], { maxRecords: 3 })), [
    'many.jsonl:1 text:Record 0.', 'many.jsonl:2 text:Record 1.', 'many.jsonl:3 text:Record 2.',
    'many.jsonl ERR more than 3 records; the rest of the file is skipped (raise --max-records to read it)',
  ]);
  assert.equal((await collect([p], { maxRecords: 5 })).length, 5);
});

test('gzip that expands more than 1000× is refused, however small', async () => {
  const dir = tmp();
  const p = path.join(dir, 'bomb.jsonl.gz');
  // Repeated tiny records: ~1030× smaller gzipped, well under the size caps.
  fs.writeFileSync(p, zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
  const rs = await collect([p], { maxBytes: 64 * 1024 * 1024 });
  const last = rs[rs.length - 1];
  assert.match(!last.ok ? last.error : '', /^gzip expands more than 1000× \(refused as a decompression bomb\)$/);
  const fine = path.join(dir, 'fine.jsonl.gz');
  fs.writeFileSync(fine, zlib.gzipSync(Array.from({ length: 3000 }, (_, i) => line({ text: `Record number ${i} of the feed.` })).join('\n')));
  assert.equal((await collect([fine])).filter((r) => r.ok).length, 3000);
});

test('LineSplitter: lines across chunk boundaries, numbering, last line without newline, oversize lines', () => {
  const s = new LineSplitter(8);
  const bytes = Buffer.from('ab\ncdefghijklmn\n\nxyz');
  const lines = [...bytes].flatMap((b) => s.push(Buffer.from([b])));
  lines.push(...s.end());
  assert.deepEqual(
    lines.map((l) => [l.number, l.bytes?.toString() ?? null]),
    [[1, 'ab'], [2, null], [3, ''], [4, 'xyz']],
  );
});

const REUTERS = new URL('../../../shared/data/corpora/reuters21578/articles.jsonl.gz', import.meta.url);

test('the Reuters corpus (one big .jsonl.gz) streams its first records without reading it all', { skip: !fs.existsSync(REUTERS) && 'shared data absent' }, async () => {
  const file = REUTERS.pathname;
  const got: InputResult[] = [];
  for await (const r of readInputs([file])) {
    got.push(r);
    if (got.length === 50) break;
  }
  const first = got[0];
  assert.equal(first.source, `${file}:1`);
  assert.equal(first.ok && first.meta.id, 'reuters21578-1');
  assert.equal(first.ok && first.meta.outlet, 'Reuters');
  assert.equal(first.ok && first.kind, 'text');
  // Title-only records are failures naming their line, the others are items.
  assert.ok(got.some((r) => !r.ok && /^line \d+: no text or html$/.test(r.error)));
});
