// Starting the server: the store opened for writing (reads and the one writer share it), the app, @hono/node-server
// on the given address, and a clean stop (the server stops taking requests, the analysis workers end, the store
// closes). Beyond loopback it refuses to start without a token.
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { packageFile } from '../resolve-data.js';
import { createAnalyzer, type Analyzer } from '../run/analyzer.js';
import { DEFAULT_TIMEOUT_PER_INPUT_S } from '../run/settings.js';
import type { Store } from '../store/api.js';
import { createApp } from './app.js';
import { isLoopbackHost } from './auth.js';
import { createIngester, type Ingester } from './ingest.js';

export interface ServeOptions {
  store: Store;
  host: string;
  port: number;
  token: string | null;
  version: string;
  /** The UI's build (default: dist/ui of the package). */
  uiDir?: string | null;
  /** Articles to ingest first when the store is empty (the demo). */
  seed?: readonly { path: string; published?: string }[];
  /** Told what the seed ingest did. */
  onSeeded?: (r: { ok: number; failed: number }) => void;
}

export interface RunningServer {
  url: string;
  ingester: Ingester;
  /** Stops taking requests, ends the analysis workers; the caller closes the store. */
  close(): Promise<void>;
}

/** Thrown before anything starts: the address is beyond loopback and no token is set. */
export class NeedsToken extends Error {}

export const urlOf = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const loopback = isLoopbackHost(o.host);
  if (!loopback && !o.token)
    throw new NeedsToken(`listening on ${o.host} (beyond loopback) needs DOSSIER_TOKEN set: every request must then carry it`);
  let analyzer: Analyzer | undefined;
  const ingester = createIngester(o.store, {
    analyzer: () => (analyzer ??= createAnalyzer({ timeoutMs: DEFAULT_TIMEOUT_PER_INPUT_S * 1000, jobs: 1 })),
    timeoutPerInputMs: DEFAULT_TIMEOUT_PER_INPUT_S * 1000,
    jobs: 1,
  });
  if (o.seed?.length && (await o.store.count()) === 0) o.onSeeded?.(await ingester.ingestPaths(o.seed));
  else await o.store.updateStories();
  const app = createApp({
    store: o.store, ingester, token: o.token, loopback, version: o.version,
    uiDir: o.uiDir === undefined ? fileURLToPath(packageFile('dist/ui')) : o.uiDir,
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return {
    url: urlOf(o.host, port),
    ingester,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await analyzer?.close();
    },
  };
}
