// Who may call the API: open reads on loopback only, the token beyond it and for ingest (401 without or with a
// wrong one), the Host check on loopback, the constant-time comparison.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openStore } from '../stories/story-store.js';
import type { Store } from '../store/api.js';
import { createApp } from './app.js';
import { isLoopbackHost, sameToken } from './auth.js';
import { createIngester } from './ingest.js';
import { TOKEN } from './testing.js';

let store: Store;
before(async () => {
  store = await openStore(':memory:');
});
after(() => store.close());

const appWith = (o: { token: string | null; loopback: boolean }) =>
  createApp({ store, ingester: createIngester(store, { timeoutPerInputMs: 0, jobs: 1 }), uiDir: null, version: 't', ...o });
const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

test('sameToken: equal only for the same string, whatever the lengths', () => {
  assert.ok(sameToken(TOKEN, TOKEN));
  assert.ok(!sameToken(TOKEN.slice(0, -1), TOKEN));
  assert.ok(!sameToken(`${TOKEN}x`, TOKEN));
  assert.ok(!sameToken('', TOKEN));
});

test('isLoopbackHost: 127.0.0.0/8, ::1 and localhost only', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST', 'app.localhost']) assert.ok(isLoopbackHost(h), h);
  for (const h of ['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.com', '128.0.0.1', 'localhost.example.com']) assert.ok(!isLoopbackHost(h), h);
});

test('on loopback: reads open; ingest needs the token (401 without, 401 wrong, 200 right)', async () => {
  const app = appWith({ token: TOKEN, loopback: true });
  assert.equal((await app.request('/api/health')).status, 200);
  const post = (auth?: string) => app.request('/api/ingest', {
    method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: '[]',
  });
  const none = await post();
  assert.equal(none.status, 401);
  assert.equal(none.headers.get('www-authenticate'), 'Bearer');
  assert.equal(await code(none), 'unauthorized');
  assert.equal((await post(`Bearer ${TOKEN}x`)).status, 401);
  assert.equal((await post(`Basic ${TOKEN}`)).status, 401);
  const right = await post(`Bearer ${TOKEN}`);
  assert.equal(right.status, 400, 'past auth: an empty list is the next error');
  assert.equal(await code(right), 'bad_request');
});

test('beyond loopback: every API request needs the token; the UI shell does not', async () => {
  const app = appWith({ token: TOKEN, loopback: false });
  for (const path of ['/api/health', '/api/articles', '/api/openapi.json', '/api/stories/s1']) {
    const res = await app.request(path, { headers: { host: 'dossier.example:8080' } });
    assert.equal(res.status, 401, path);
    assert.equal(await code(res), 'unauthorized');
    assert.equal((await app.request(path, { headers: { host: 'dossier.example', authorization: 'Bearer nope' } })).status, 401);
  }
  assert.equal((await app.request('/api/health', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
  assert.equal((await app.request('/', { headers: { host: 'dossier.example' } })).status, 503, 'the (unbuilt) UI page, not a 401');
});

test('on loopback, a request for another host name (DNS rebinding) is refused', async () => {
  const app = appWith({ token: TOKEN, loopback: true });
  const res = await app.request('/api/health', { headers: { host: 'attacker.example' } });
  assert.equal(res.status, 403);
  assert.equal(await code(res), 'forbidden');
  for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080'])
    assert.equal((await app.request('/api/health', { headers: { host } })).status, 200, host);
});

test('without a token set, ingest is forbidden (403) and reads stay open on loopback', async () => {
  const app = appWith({ token: null, loopback: true });
  const res = await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: '{}' });
  assert.equal(res.status, 403);
  assert.equal(await code(res), 'forbidden');
  assert.equal((await app.request('/api/health')).status, 200);
});
