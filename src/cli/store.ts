// The CLI's one place that picks a store implementation.
import { openSqliteStore } from '../store/sqlite/index.js';
import { SearchSyntaxError, type Store } from '../store/types.js';
import { safeMessage } from './terminal.js';

export function openStore(path: string): Store {
  return openSqliteStore(path);
}

/** Runs `use` on the store at `path`, then closes it; a bad search query becomes a one-line error (exit code 2). */
export function withStore(path: string, use: (store: Store) => void): void {
  const store = openStore(path);
  try {
    use(store);
  } catch (e) {
    if (!(e instanceof SearchSyntaxError)) throw e;
    process.stderr.write(`dossier: ${safeMessage(e.message)}\n`);
    process.exitCode = 2;
  } finally {
    store.close();
  }
}
