// The HTTP API and the UI as one hono app over an async store (src/store/api.ts). Every route comes from the route
// list (routes/*.ts): the app validates its parameters with the route's zod schemas and the OpenAPI document is
// generated from the same list. Every response carries the security headers (CSP and others, settings.ts).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/api.js';
import { auth } from './auth.js';
import { ApiError, errorResponse, onError, zodIssues } from './errors.js';
import type { Ingester } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { articleRoutes } from './routes/articles.js';
import type { ApiDeps, RouteDef } from './routes/define.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { ingestRoutes } from './routes/ingest.js';
import { metaRoutes } from './routes/meta.js';
import { storyRoutes } from './routes/stories.js';
import { CSP_DIRECTIVES, MAX_INGEST_BYTES } from './settings.js';
import { mountUi } from './static.js';

/** Every route of the API. */
export const ROUTES: readonly RouteDef[] = [...metaRoutes, ...articleRoutes, ...entityRoutes, ...eventRoutes, ...storyRoutes, ...ingestRoutes];

export interface AppOptions {
  store: Store;
  /** Stores POSTed articles; null for a store this server only reads. */
  ingester: Ingester | null;
  /** DOSSIER_TOKEN, or null when none is set. */
  token: string | null;
  /** The server listens on loopback only: reads are open. */
  loopback: boolean;
  /** The UI's built files (dist/ui); null or missing: a page saying how to build it. */
  uiDir: string | null;
  version: string;
}

function validated(c: Context, r: RouteDef) {
  const parse = (schema: RouteDef['query'], value: Record<string, string>, where: string) => {
    if (!schema) return {};
    const got = schema.safeParse(value);
    if (!got.success) throw new ApiError('bad_request', `invalid ${where}`, zodIssues(got.error));
    return got.data;
  };
  return { query: parse(r.query, c.req.query(), 'query'), params: parse(r.params, c.req.param() as Record<string, string>, 'path') };
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  let doc: unknown;
  const deps: ApiDeps = { store: opts.store, ingester: opts.ingester, version: opts.version, openapi: () => (doc ??= openApiDocument(ROUTES, opts.version)) };

  app.use('*', secureHeaders({
    contentSecurityPolicy: CSP_DIRECTIVES, referrerPolicy: 'no-referrer', xContentTypeOptions: 'nosniff', xFrameOptions: 'DENY',
    strictTransportSecurity: false, crossOriginResourcePolicy: 'same-origin', crossOriginOpenerPolicy: 'same-origin',
  }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', auth({ token: opts.token, loopback: opts.loopback }));
  app.use('/api/ingest', bodyLimit({
    maxSize: MAX_INGEST_BYTES,
    onError: (c) => errorResponse(c, new ApiError('too_large', `a request body holds at most ${MAX_INGEST_BYTES / 1024 / 1024} MB`)),
  }));
  for (const r of ROUTES) app[r.method](r.path, (c) => r.handle(c, validated(c, r) as never, deps));
  app.all('/api/*', (c) => errorResponse(c, new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`)));
  mountUi(app, opts.uiDir);
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.onError(onError);
  return app;
}
