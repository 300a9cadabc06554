// End-to-end: the command line against hostile servers (loopback only) and hostile text. It must end its work
// promptly whatever the server does, and never pass control characters from untrusted strings to the terminal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dossier, dossierAsync, tempDir } from './helpers.js';

let server: http.Server;
let base = '';

const page = (canonical: string, title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><link rel="canonical" href="${canonical}">` +
  `<meta property="og:url" content="${canonical}"></head><body><article><h1>${title}</h1>` +
  `<p>${body}</p><p>${body.replace('council', 'committee')}</p></article></body></html>`;

before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.flushHeaders(); // and nothing more
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 ** 12) });
      res.write('<p>start'); // and nothing more
    } else if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(`${base}/story`, 'Harbour plan approved', 'The council approved the harbour plan on Tuesday, officials said.'));
    } else if (req.url === '/encoding') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'x-unknown' });
      res.write('<p>start');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** Runs the CLI without blocking this process (the server lives here); resolves with its exit and timing. */
function run(args: string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const t0 = Date.now();
  const child = dossierAsync(args);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000); // bound the test if the CLI hangs
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, ms: Date.now() - t0 });
    }),
  );
}

test('the CLI exits once its work ends, whatever the server does', async () => {
  const r = await run(['analyze', `${base}/stall`, `${base}/huge`, `${base}/encoding`, '--allow-private', '--timeout', '2', '--max-mb', '1']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /\/stall: timed out after 2 s/);
  assert.match(r.stderr, /\/huge: larger than 1 MB cap/);
  assert.match(r.stderr, /\/encoding: unsupported content encoding x-unknown/);
  assert.match(r.stderr, /^0 ok, 3 failed$/m);
  // Start-up (~2 s) + the one 2 s deadline; a leaked socket would hold the process until the 30 s kill.
  assert.ok(r.ms < 15_000, `exited after ${r.ms} ms`);
});

test('a --timeout too long for a timer is refused with one line', () => {
  const r = dossier(['analyze', `${base}/stall`, '--allow-private', '--timeout', '3000000']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /at most 2147483 seconds/);
});

const ESC_OR_BEL = /[\x07\x1b\x9b\u202e]/;

test('control characters of titles, text, outlets, bylines, file names and errors never reach the terminal raw', () => {
  const dir = tempDir();
  const db = join(dir, 'news.db');
  const feed = join(dir, 'feed\x1b[2J.jsonl');
  const body = 'Ministers met on Tuesday\x1b]0;pwned\x07 to agree the harbour budget, officials said.\n\nA second paragraph.';
  writeFileSync(feed, [
    JSON.stringify({ id: 'h1', title: 'Harbour \x1b[31mdeal\x1b[0m\u202e', outlet: 'Wire\x07', text: body }),
    '{broken \x1b[2J line',
  ].join('\n'));
  const analyzed = dossier(['analyze', feed]);
  assert.doesNotMatch(analyzed.stdout, ESC_OR_BEL, analyzed.stdout);
  assert.doesNotMatch(analyzed.stderr, ESC_OR_BEL, analyzed.stderr);
  assert.match(analyzed.stdout, /Harbour \\x1b\[31mdeal/);

  const ingested = dossier(['ingest', feed, '--db', db]);
  assert.doesNotMatch(ingested.stderr, ESC_OR_BEL);
  const search = dossier(['search', 'harbour', '--db', db]);
  assert.equal(search.status, 0, search.stderr);
  assert.doesNotMatch(search.stdout, ESC_OR_BEL, search.stdout);
  assert.match(search.stdout, /\[harbour\]/i, 'hits marked in plain output');
  const id = JSON.parse(dossier(['search', 'harbour', '--db', db, '--json']).stdout)[0].id as string;
  const shown = dossier(['show', id, '--db', db]);
  assert.doesNotMatch(shown.stdout, ESC_OR_BEL, shown.stdout);
  assert.match(shown.stdout, /\\x1b\]0;pwned\\x07/);
  // JSON output stays exact JSON: the control characters come back as they were stored.
  const json = JSON.parse(dossier(['show', id, '--db', db, '--json']).stdout);
  assert.equal(json.outlet, 'Wire\x07');
});

test('a local file claiming a fetched article\'s canonical URL becomes its own article, a claimed copy', async () => {
  const dir = tempDir();
  const db = join(dir, 'news.db');
  // Fetches run asynchronously: the server lives in this process.
  const fetched = await run(['ingest', `${base}/story`, '--allow-private', '--db', db]);
  assert.match(fetched.stderr, /1 new, 0 new versions, 0 unchanged; 1 articles/, fetched.stderr);
  const dump = join(dir, 'dump.html');
  writeFileSync(dump, page(`${base}/story`, 'Harbour plan approved', 'A forged account of what the council decided on Tuesday.'));
  const claimed = dossier(['ingest', dump, '--db', db]);
  assert.match(claimed.stderr, /1 new, 0 new versions, 0 unchanged, 1 claimed copies; 2 articles/, claimed.stderr);
  const again = await run(['ingest', `${base}/story`, '--allow-private', '--db', db]);
  assert.match(again.stderr, /0 new, 0 new versions, 1 unchanged; 2 articles/, 'the original is untouched');
  const docs = dossier(['export', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs.length, 2);
  assert.ok(docs.some((d) => /forged/.test(d.text)) && docs.some((d) => !/forged/.test(d.text)));
  const copy = docs.find((d) => /forged/.test(d.text));
  assert.match(dossier(['show', copy.id, '--db', db]).stdout, /claimed copy of /);
});

test('a body over the language layers\' cap is that input\'s one-line error; the batch goes on with the next', () => {
  const dir = tempDir();
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, 'A huge page\n\n' + 'Word '.repeat(1_050_000));
  const small = join(dir, 'small.txt');
  writeFileSync(small, 'A small page\n\nThe minister said the talks would resume on Monday.');
  const r = dossier(['analyze', '--jsonl', '--jobs', '1', huge, small]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^dossier: .*huge\.txt: body of 5\.\d million characters, over the 5 million the language layers take: not analysed/m);
  assert.equal(r.stdout.trim().split('\n').length, 1, 'the small page is analysed');
});
