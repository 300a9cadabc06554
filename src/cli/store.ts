// The CLI's one place that picks a store implementation.
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';

export function openStore(path: string): Store {
  return openSqliteStore(path);
}
