import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { describeError, formatBytes } from './errors.js';
import { readInputs, type InputOptions, type InputResult } from './index.js';
import { DEFAULT_MAX_BYTES } from './types.js';
import { collect, tempDirs } from './testing.js';

const tmp = tempDirs('dossier-input-');

async function one(input: string, opts?: InputOptions): Promise<InputResult> {
  const all = await collect([input], opts);
  assert.equal(all.length, 1, JSON.stringify(all));
  return all[0];
}

function write(dir: string, name: string, data: string | Buffer): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}

function assertFailure(r: InputResult, source: string, error: string | RegExp): void {
  assert.equal(r.ok, false, JSON.stringify(r).slice(0, 200));
  if (r.ok) return;
  assert.equal(r.source, source);
  if (typeof error === 'string') assert.equal(r.error, error);
  else assert.match(r.error, error);
  assert.doesNotMatch(r.error, /\n/);
}

test('a text file and an html file: kind by content, encoding, source', async () => {
  const dir = tmp();
  const txt = write(dir, 'a.txt', 'WASHINGTON - The vote passed.\n\nSecond paragraph.');
  const html = write(dir, 'saved.txt.bin', '<!doctype html><html><body><p>Hi</p></body></html>');
  const [a, b] = await collect([txt, html]);
  assert.deepEqual(a, { ok: true, source: txt, from: 'file', kind: 'text', content: 'WASHINGTON - The vote passed.\n\nSecond paragraph.', encoding: 'utf-8', meta: {}, warnings: [] });
  assert.equal(b.ok && b.kind, 'html');
});

test('missing path → one-line failure', async () => {
  assertFailure(await one('/nonexistent/dossier/x.html'), '/nonexistent/dossier/x.html', 'no such file or directory');
});

test('permission denied → one-line failure', { skip: process.getuid?.() === 0 ? 'running as root: permissions are not enforced' : false }, async () => {
  const p = write(tmp(), 'secret.txt', 'x');
  fs.chmodSync(p, 0o000);
  assertFailure(await one(p), p, 'permission denied');
});

test('permission errors are described in one line (also checked when running as root)', () => {
  const err = Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: 'EACCES' });
  assert.equal(describeError(err), 'permission denied');
  assert.equal(describeError(new Error('two\nlines')), 'two lines');
});

test('empty and whitespace-only files', async () => {
  const dir = tmp();
  assertFailure(await one(write(dir, 'empty.txt', '')), path.join(dir, 'empty.txt'), 'empty file');
  assertFailure(await one(write(dir, 'blank.txt', ' \n\t\n')), path.join(dir, 'blank.txt'), 'empty file (whitespace only)');
});

test('binary files are refused and named', async () => {
  const dir = tmp();
  const cases: [string, Buffer, string][] = [
    ['pic.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary file (PNG image)'],
    ['doc.txt', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'binary file (PDF document)'],
    ['arch.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'binary file (ZIP archive)'],
    ['prog', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'binary file (ELF executable)'],
    ['data.txt', Buffer.from('abc\0\x01\x02\0\0xyz\x03\0\0\0\0\0\0'), 'binary file (contains NUL bytes)'],
  ];
  for (const [name, bytes, error] of cases) assertFailure(await one(write(dir, name, bytes)), path.join(dir, name), error);
});

test('UTF-16 text with NUL bytes is not mistaken for binary', async () => {
  const p = write(tmp(), 'utf16.txt', Buffer.from('An article saved as UTF-16 by a Windows editor.', 'utf16le'));
  const r = await one(p);
  assert.equal(r.ok && r.encoding, 'utf-16le');
  assert.equal(r.ok && r.content, 'An article saved as UTF-16 by a Windows editor.');
});

test('over the size cap', async () => {
  const dir = tmp();
  const p = write(dir, 'big.txt', 'x'.repeat(2000));
  assertFailure(await one(p, { maxBytes: 1024 }), p, 'larger than 1 KB cap');
  assert.equal(formatBytes(DEFAULT_MAX_BYTES), '20 MB');
});

test('gzip by extension or by magic bytes, decoded and kind-detected', async () => {
  const dir = tmp();
  const page = '<html><head><meta charset="utf-8"></head><body><p>Grüße aus Köln</p></body></html>';
  const a = write(dir, 'page.html.gz', zlib.gzipSync(page));
  const b = write(dir, 'page-no-ext', zlib.gzipSync(page));
  for (const p of [a, b]) {
    const r = await one(p);
    assert.equal(r.ok, true);
    if (!r.ok) continue;
    assert.equal(r.kind, 'html');
    assert.equal(r.content, page);
    assert.equal(r.source, p);
  }
});

test('a file named .gz that is not gzip is read as is, with a warning', async () => {
  const p = write(tmp(), 'plain.txt.gz', 'Just text.');
  const r = await one(p);
  assert.equal(r.ok && r.content, 'Just text.');
  assert.deepEqual(r.ok && r.warnings, ['named .gz but not gzip data; read as is']);
});

test('corrupt and truncated gzip', async () => {
  const dir = tmp();
  const garbage = write(dir, 'bad.html.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  assertFailure(await one(garbage), garbage, /^corrupt gzip \(/);
  const full = zlib.gzipSync('Some article text. '.repeat(500));
  const cut = write(dir, 'cut.txt.gz', full.subarray(0, full.length - 20));
  assertFailure(await one(cut), cut, /^corrupt gzip \(/);
});

test('gzip bomb: the cap applies to the decompressed size', async () => {
  const bomb = zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024, 'a'));
  assert.ok(bomb.length < 64 * 1024);
  const p = write(tmp(), 'bomb.txt.gz', bomb);
  assertFailure(await one(p, { maxBytes: 64 * 1024 }), p, 'larger than 64 KB cap');
});

test('gzip bomb under a generous cap: refused by its expansion ratio, read whole or streamed alike', async () => {
  const bomb = zlib.gzipSync(Buffer.alloc(24 * 1024 * 1024, 0)); // ~1,030× smaller than what it holds
  const dir = tmp();
  const p = write(dir, 'bomb.txt.gz', bomb);
  assertFailure(await one(p, { maxBytes: 64 * 1024 * 1024 }), p, /expands more than 1000× \(refused as a decompression bomb\)/);
  // A cap smaller than the compressed file sends it down the streamed path: the same verdict.
  assertFailure(await one(p, { maxBytes: bomb.length - 1 }), p, /larger than .* cap|decompression bomb/);
  // Ordinary gzip under the cap is read whole.
  const page = write(dir, 'page.html.gz', zlib.gzipSync('<html><body><p>Text of a page.</p></body></html>'));
  const r = await one(page);
  assert.equal(r.ok && r.content, '<html><body><p>Text of a page.</p></body></html>');
});

test('directory: recursive, sorted, dot entries skipped, symlink loops and duplicates walked once', async () => {
  const dir = tmp();
  write(dir, 'b.txt', 'B text');
  write(dir, 'a/2.txt', 'A2 text');
  write(dir, 'a/10.txt', 'A10 text');
  write(dir, 'a/deep/x.txt', 'deep text');
  write(dir, '.hidden.txt', 'hidden');
  write(dir, '.git/config', 'hidden dir');
  write(dir, 'c.txt', '');
  fs.symlinkSync(dir, path.join(dir, 'a', 'loop')); // a/loop → the root: a loop
  fs.symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'link-to-b.txt'));
  fs.symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'dangling.txt'));
  const results = await collect([dir]);
  assert.deepEqual(
    results.map((r) => [path.relative(dir, r.source), r.ok ? r.content : r.error]),
    [
      ['a/10.txt', 'A10 text'],
      ['a/2.txt', 'A2 text'],
      ['a/deep/x.txt', 'deep text'],
      ['b.txt', 'B text'],
      ['c.txt', 'empty file'],
      ['dangling.txt', 'broken symbolic link'],
      ['link-to-b.txt', 'B text'],
    ],
  );
});

test('directory: a symbolic link out of the tree is not followed unless asked; links between trees loop safely', async () => {
  const outside = tmp();
  write(outside, 'secret.txt', 'outside text');
  write(outside, 'sub/more.txt', 'more outside');
  const dir = tmp();
  write(dir, 'in.txt', 'inside text');
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'file-out.txt'));
  fs.symlinkSync(outside, path.join(dir, 'dir-out'));
  fs.symlinkSync(dir, path.join(outside, 'back')); // outside/back → dir: a loop across the two trees
  const refused = await collect([dir]);
  assert.deepEqual(
    refused.map((r) => [path.relative(dir, r.source), r.ok ? r.content : r.error.replace(/ \(.*/, '')]),
    [
      ['dir-out', 'symbolic link leads out of the directory given'],
      ['file-out.txt', 'symbolic link leads out of the directory given'],
      ['in.txt', 'inside text'],
    ],
  );
  const followed = await collect([dir], { followSymlinks: true });
  assert.deepEqual(
    followed.map((r) => [path.relative(dir, r.source), r.ok ? r.content : r.error]),
    [
      ['dir-out/secret.txt', 'outside text'],
      ['dir-out/sub/more.txt', 'more outside'],
      ['file-out.txt', 'outside text'],
      ['in.txt', 'inside text'],
    ],
  );
});

test('inputs are read lazily and in order; a consumer may stop early', async () => {
  const dir = tmp();
  for (let i = 0; i < 5; i++) write(dir, `f${i}.txt`, `file ${i}`);
  const seen: string[] = [];
  for await (const r of readInputs([path.join(dir, 'f3.txt'), dir])) {
    seen.push(r.ok ? r.content : r.error);
    if (seen.length === 3) break;
  }
  assert.deepEqual(seen, ['file 3', 'file 0', 'file 1']);
});

test('file: URLs, unsupported schemes, empty path, character devices', async () => {
  const p = write(tmp(), 'x.txt', 'via file URL');
  const r = await one(pathToFileURL(p).href);
  assert.equal(r.ok && r.content, 'via file URL');
  assertFailure(await one('ftp://example.com/a.txt'), 'ftp://example.com/a.txt', 'unsupported URL scheme ftp:');
  assertFailure(await one(''), '', 'empty path');
  if (fs.existsSync('/dev/null')) assertFailure(await one('/dev/null'), '/dev/null', 'empty input');
});

test('a gzip file comes out whole whatever size its trailer states (several members: the last one states its own)', async () => {
  const dir = tmp();
  const first = 'First member of the file. '.repeat(4000); // ~100 KB: larger than the last member's stated size
  const second = 'Second member. '.repeat(10);
  const p = write(dir, 'two.txt.gz', Buffer.concat([zlib.gzipSync(first), zlib.gzipSync(second)]));
  const r = await one(p);
  assert.equal(r.ok && r.content, first + second);
  const big = 'A long page of text. '.repeat(20000); // ~420 KB in one member
  const q = write(dir, 'big.txt.gz', zlib.gzipSync(big));
  const s = await one(q);
  assert.equal(s.ok && s.content, big);
});
