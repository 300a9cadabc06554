// The UI's Vite build: a static bundle in dist/ui that `dossier serve` serves (any non-/api GET answers index.html).
// scripts/build.mjs runs this config through Vite's JS API into its temporary dist (outDir given there).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preact()],
  // `npx vite ui` for work on the UI: hot reload, the API of a running `dossier serve` (default port) behind it.
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/ui', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP allows no inline script: keep every script an external file.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: false,
  },
});
