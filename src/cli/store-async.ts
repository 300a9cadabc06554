// The CLI's way to the asynchronous store (store/api.ts): opens the store, runs a command's work on it, closes it.
// A query the store refuses (syntax, caps, time limit) is one line on stderr and exit code 2.
import type { OpenStoreOptions, Store } from '../store/api.js';
import { openStore } from '../stories/story-store.js';
import { SearchSyntaxError } from '../store/types.js';
import { safeMessage } from './terminal.js';

/** Prints a refused query as the user's error (exit code 2) and returns true; false for any other error. */
export function reportQueryError(e: unknown): boolean {
  if (!(e instanceof SearchSyntaxError)) return false;
  process.stderr.write(`dossier: ${safeMessage(e.message)}\n`);
  process.exitCode = 2;
  return true;
}

/** The CLI's one place that picks the async store's implementation. */
export function openAsyncStore(path: string, opts: OpenStoreOptions = {}): Promise<Store> {
  return openStore(path, opts);
}

/** Runs `use` on the store at `path` (read-only unless `opts` says otherwise), then closes it. */
export async function withAsyncStore(path: string, use: (store: Store) => Promise<void>, opts: OpenStoreOptions = {}): Promise<void> {
  const store = await openAsyncStore(path, { readOnly: true, ...opts });
  try {
    await use(store);
  } catch (e) {
    if (!reportQueryError(e)) throw e;
  } finally {
    await store.close();
  }
}
