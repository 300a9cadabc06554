// Entry of the search worker thread: TypeScript sources run through tsx, as in bin/dossier.mjs (loader hooks of the
// main thread are not inherited by workers).
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
