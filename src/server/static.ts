// The UI: the Vite build in dist/ui (its files as they are; index.html for any other GET outside /api, so the UI's
// history routes load it), or, when the UI has not been built, a plain-text page saying how to build it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

const NOT_BUILT = 'The Dossier UI has not been built.\n\nRun `npm run build` (or `npm ci`) in the package, then restart `dossier serve`.\nThe API answers under /api (see /api/openapi.json).\n';

export function mountUi(app: Hono, uiDir: string | null): void {
  const index = uiDir ? join(uiDir, 'index.html') : null;
  if (uiDir && existsSync(uiDir)) app.get('*', serveStatic({ root: uiDir }));
  // Registered after the API and its catch-all, so only non-API paths come here.
  app.get('*', (c) => {
    if (index && existsSync(index)) {
      c.header('Cache-Control', 'no-cache');
      return c.html(readFileSync(index, 'utf8'));
    }
    return c.text(NOT_BUILT, 503);
  });
}
