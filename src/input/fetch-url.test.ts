import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { readInputs, type InputOptions, type InputResult } from './index.js';

let server: http.Server;
let base = '';
/** Paths whose server-side socket has closed: a refused or failed response must release its connection. */
const closed = new Set<string>();

/** Routes of the local test server. */
function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', base);
  const p = url.pathname;
  if (p === '/article') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><body><p>Local article “quoted”.</p></body></html>');
  } else if (p === '/plain') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Just text.');
  } else if (p === '/latin2') {
    // "Łódź" in ISO-8859-2, charset given only by the header.
    res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-2' });
    res.end(Buffer.concat([Buffer.from('<p>'), Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), Buffer.from('</p>')]));
  } else if (p === '/start') {
    res.writeHead(302, { location: '/article' });
    res.end();
  } else if (p.startsWith('/loop/')) {
    res.writeHead(301, { location: `/loop/${Number(p.slice(6)) + 1}` });
    res.end();
  } else if (p === '/missing') {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>not here</p>');
  } else if (p === '/image') {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  } else if (p === '/big') {
    res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no Content-Length to refuse early
    for (let i = 0; i < 20; i++) res.write('x'.repeat(1000));
    res.end();
  } else if (p === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '20000' });
    res.end('x'.repeat(20000));
  } else if (p === '/gzip-bomb') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(Buffer.alloc(2 * 1024 * 1024, 'a')));
  } else if (p === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync('<p>compressed</p><p>page</p>'));
  } else if (p === '/slow') {
    // Never answers: the client's deadline has to end it.
  } else if (p === '/stall-after-headers') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.flushHeaders(); // headers, then nothing: only a deadline over the body ends it
  } else if (p === '/drip') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    // One byte every 20 ms, for ever: an idle timeout would never fire.
    const timer = setInterval(() => res.write('x'), 20);
    res.on('close', () => clearInterval(timer));
  } else if (p === '/huge-length') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 ** 12) });
    res.write('x'.repeat(100)); // then stalls
  } else if (p === '/unknown-encoding') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'x-unheard-of' });
    res.write('compressed somehow'); // then stalls
  } else if (p === '/proto-encoding') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'constructor' });
    res.end('x');
  } else if (p === '/truncated') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
    res.end('only part of it'); // the server hangs up early (Node closes the socket for the short body)
    res.socket?.destroy();
  } else {
    res.writeHead(500);
    res.end();
  }
}

before(async () => {
  server = http.createServer((req, res) => {
    req.socket.on('close', () => closed.add(new URL(req.url ?? '/', base).pathname));
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function one(input: string, opts: InputOptions = { allowPrivate: true }): Promise<InputResult> {
  const out: InputResult[] = [];
  for await (const r of readInputs([input], opts)) out.push(r);
  assert.equal(out.length, 1);
  return out[0];
}

function errorOf(r: InputResult): string {
  assert.equal(r.ok, false, JSON.stringify(r).slice(0, 200));
  return r.ok ? '' : r.error;
}

test('a loopback URL is refused without allowPrivate (by IP and by name)', async () => {
  assert.equal(errorOf(await one(`${base}/article`, {})), 'refused: loopback address 127.0.0.1 (private addresses need allowPrivate)');
  const port = new URL(base).port;
  assert.match(errorOf(await one(`http://localhost:${port}/article`, {})), /^refused: localhost resolves to loopback address (127\.0\.0\.1|::1)/);
  assert.match(errorOf(await one(`http://[::ffff:127.0.0.1]:${port}/`, {})), /^refused: loopback address/);
  assert.match(errorOf(await one(`http://[::ffff:0:127.0.0.1]:${port}/`, {})), /^refused: loopback address/);
});

test('with allowPrivate the page is fetched: html, charset, meta.url', async () => {
  const r = await one(`${base}/article`);
  assert.equal(r.ok, true);
  if (!r.ok) return;
  assert.equal(r.source, `${base}/article`);
  assert.equal(r.kind, 'html');
  assert.equal(r.encoding, 'utf-8');
  assert.match(r.content, /Local article “quoted”\./);
  assert.deepEqual(r.meta, { url: `${base}/article` });
  const plain = await one(`${base}/plain`);
  assert.equal(plain.ok && plain.kind, 'text');
});

test('the charset of the Content-Type header is used', async () => {
  const r = await one(`${base}/latin2`);
  assert.equal(r.ok && r.encoding, 'iso-8859-2');
  assert.equal(r.ok && r.content, '<p>Łódź</p>');
});

test('redirects are followed (meta.url is the final URL) up to the limit', async () => {
  const r = await one(`${base}/start`);
  assert.equal(r.ok && r.meta.url, `${base}/article`);
  assert.equal(r.source, `${base}/start`);
  assert.equal(errorOf(await one(`${base}/loop/0`, { allowPrivate: true, maxRedirects: 3 })), 'too many redirects (more than 3)');
});

test('HTTP errors and refused content types', async () => {
  assert.equal(errorOf(await one(`${base}/missing`)), 'HTTP 404 Not Found');
  assert.equal(errorOf(await one(`${base}/image`)), 'unsupported content type image/png');
});

test('timeout', async () => {
  const t0 = Date.now();
  assert.equal(errorOf(await one(`${base}/slow`, { allowPrivate: true, timeoutMs: 150 })), 'timed out after 150 ms');
  assert.ok(Date.now() - t0 < 2000);
});

test('size cap while streaming, from Content-Length, and after gzip decoding', async () => {
  const opts = { allowPrivate: true, maxBytes: 10_000 };
  assert.equal(errorOf(await one(`${base}/big`, opts)), 'larger than 9.8 KB cap');
  assert.equal(errorOf(await one(`${base}/big-declared`, opts)), 'larger than 9.8 KB cap');
  assert.equal(errorOf(await one(`${base}/gzip-bomb`, opts)), 'larger than 9.8 KB cap');
  const gz = await one(`${base}/gzip`, opts);
  assert.equal(gz.ok && gz.content, '<p>compressed</p><p>page</p>');
});

test('unresolvable host and invalid URL are one-line failures', async () => {
  // Offline machines may stall on DNS instead of failing: the deadline keeps this short either way.
  assert.match(errorOf(await one('http://no-such-host.invalid/', { timeoutMs: 3000 })), /^(cannot resolve host no-such-host\.invalid|timed out)/);
  assert.equal(errorOf(await one('http://exa mple.com/', {})), 'invalid URL');
});

/** Waits (bounded) until the server has seen the connection of `path` close. */
async function serverSawClose(path: string): Promise<boolean> {
  for (let i = 0; i < 100 && !closed.has(path); i++) await new Promise((r) => setTimeout(r, 10));
  return closed.has(path);
}

test('a response refused on its headers is destroyed: huge Content-Length, unknown encoding', async () => {
  const opts = { allowPrivate: true, maxBytes: 10_000, timeoutMs: 5000 };
  const t0 = Date.now();
  assert.equal(errorOf(await one(`${base}/huge-length`, opts)), 'larger than 9.8 KB cap');
  assert.equal(errorOf(await one(`${base}/unknown-encoding`, opts)), 'unsupported content encoding x-unheard-of');
  assert.equal(errorOf(await one(`${base}/proto-encoding`, opts)), 'unsupported content encoding constructor');
  assert.ok(Date.now() - t0 < 2000, 'refused at once, not at the deadline');
  assert.ok(await serverSawClose('/huge-length'), 'connection of /huge-length closed');
  assert.ok(await serverSawClose('/unknown-encoding'), 'connection of /unknown-encoding closed');
});

test('the deadline covers the body: a server that stalls after headers or drips bytes is cut off', async () => {
  for (const path of ['/stall-after-headers', '/drip']) {
    const t0 = Date.now();
    assert.equal(errorOf(await one(`${base}${path}`, { allowPrivate: true, timeoutMs: 300 })), 'timed out after 300 ms', path);
    assert.ok(Date.now() - t0 < 2000, `${path} ended near its deadline`);
    assert.ok(await serverSawClose(path), `connection of ${path} closed`);
  }
});

test('a body cut short is a failure, not a truncated page', async () => {
  assert.match(errorOf(await one(`${base}/truncated`, { allowPrivate: true, timeoutMs: 2000 })), /^connection (closed before the body ended|reset by peer)$/);
});

test('a timeout beyond what a timer can hold is clamped, not taken as "now"', async () => {
  const r = await one(`${base}/plain`, { allowPrivate: true, timeoutMs: 3e12 });
  assert.equal(r.ok && r.content, 'Just text.');
});
