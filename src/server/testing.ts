// Helpers of the server's tests: an app over an in-memory store filled through POST /api/ingest with short
// made-up articles (the real pipeline, in this thread), and request shorthands.
import type { Hono } from 'hono';
import { openStore } from '../stories/story-store.js';
import type { Store } from '../store/api.js';
import { createApp, type AppOptions } from './app.js';
import { createIngester } from './ingest.js';

export const TOKEN = 'test-token-0123456789';

/** Made-up articles: two outlets on one agreement (a story), a strike, and one carrying hostile markup. */
export const ARTICLES = [
  {
    url: 'https://tidings.example/water-deal', outlet: 'tidings.example', published: '2025-05-02', title: 'Chile and Peru sign water deal',
    text: 'Chile and Peru signed a water-sharing agreement in Brenna on Monday. "This deal ends a decade of quarrels," said Foreign Minister Ada Quell. ' +
      'Peru\'s prime minister Tomas Brenner welcomed the accord and said both countries would share the river equally.',
  },
  {
    url: 'https://ledger.example/river-accord', outlet: 'ledger.example', published: '2025-05-03', title: 'River accord signed by Chile and Peru',
    text: 'Chile and Peru signed an accord on Monday to share the water of the Lune river. Foreign Minister Ada Quell said the deal ended years of dispute. ' +
      '"We trust our neighbours," Quell told reporters in Brenna.',
  },
  {
    url: 'https://ledger.example/harbour-strike', outlet: 'ledger.example', published: '2025-06-10', title: 'Harbour strike ends in Portvale',
    text: 'Dock workers in Portvale ended their strike on Friday after the union accepted a wage offer. "The offer is fair," said union leader Mira Vell. ' +
      'The port authority said ships would sail again on Saturday.',
  },
];

/** Strings a browser would run if they were ever written into a page as HTML. */
export const HOSTILE = {
  script: '<script>alert("t")</script>',
  onerror: '<img src=x onerror=alert(1)>',
  jsUrl: 'javascript:alert(document.cookie)',
  svg: '<svg onload=alert(2)><circle r=1 /></svg>',
};

export const HOSTILE_ARTICLE = {
  url: 'https://evil.example/story', outlet: `evil.example ${HOSTILE.svg}`, published: '2025-06-11',
  title: `Council meets ${HOSTILE.script} today`,
  text: `The town council of Harrowgate met on Tuesday to discuss the budget. A resident wrote ${HOSTILE.onerror} on the notice board and ` +
    `posted the link ${HOSTILE.jsUrl} beside ${HOSTILE.svg} before the meeting. The mayor said the budget would be balanced by July.`,
};

export interface Fixture {
  app: Hono;
  store: Store;
  /** Article ids in ARTICLES order, then the hostile one. */
  ids: string[];
  close(): Promise<void>;
}

export async function fixture(opts: Partial<Omit<AppOptions, 'store' | 'ingester'>> = {}): Promise<Fixture> {
  const store = await openStore(':memory:');
  const ingester = createIngester(store, { timeoutPerInputMs: 0, jobs: 1 });
  const app = createApp({ store, ingester, token: TOKEN, loopback: true, uiDir: null, version: 'test', ...opts });
  const res = await app.request('/api/ingest', {
    method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify([...ARTICLES, HOSTILE_ARTICLE]),
  });
  const body = (await res.json()) as { results: { status: string; id: string; error?: string }[] };
  if (res.status !== 200 || body.results.some((r) => r.status !== 'stored')) throw new Error(`fixture ingest: ${JSON.stringify(body)}`);
  return { app, store, ids: body.results.map((r) => r.id), close: () => store.close() };
}

/** GET as JSON: the status, the body and the headers. */
export async function getJson<T = any>(app: Hono, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await app.request(path, { headers });
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}
