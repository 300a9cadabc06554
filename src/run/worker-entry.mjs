// Entry of the analysis worker thread: TypeScript sources run through tsx, as in bin/dossier.mjs. (Loader hooks
// registered in the main thread are not inherited by workers, so the worker registers its own.)
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
