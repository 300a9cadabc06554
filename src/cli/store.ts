// The CLI's one place that picks a store implementation.
import { openSqliteStore } from '../store/sqlite/index.js';
import { SearchSyntaxError, type Store } from '../store/types.js';
import { safeMessage } from './terminal.js';

/** `readOnly` for commands that only read (search, show, export, …): they work on a store they cannot write. */
export function openStore(path: string, opts: { readOnly?: boolean } = {}): Store {
  return openSqliteStore(path, opts);
}

/** Runs `use` on the store at `path` (read-only), then closes it; a bad search query becomes a one-line error
 *  (exit code 2). */
export function withStore(path: string, use: (store: Store) => void): void {
  const store = openStore(path, { readOnly: true });
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
