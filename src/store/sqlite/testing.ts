// Helpers for this folder's tests: analysis documents, temp directories, searches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../doc/schema.js';
import { article } from '../conformance.js';
import type { SearchQueryOptions } from '../api.js';
import { parseQuery } from '../query.js';
import type { Store } from '../types.js';
import { sqliteHandle } from './handle.js';
import { querySearcher } from './query-search.js';

/** A minimal valid analysis (the conformance suite's, with this folder's defaults); the id follows the url (or the
 *  text) as the pipeline does. */
export function makeAnalysis(fields: Partial<Analysis> = {}): Analysis {
  return article('a', {
    text: 'Negotiators met in Geneva on Monday.', outlet: 'news.example', title: 'Talks resume', published: '2025-03-01',
    ...fields, url: fields.url === undefined ? 'https://news.example/a' : fields.url,
  });
}

/** A fresh temp directory and its cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Searches for this folder's tests of the synchronous store: the query search of the async contract
 *  (query-search.ts) on the store's own connection, with queries typed as users type them. */
export function searchOf(store: Store) {
  const q = querySearcher(sqliteHandle(store));
  return {
    search: (text: string, opts: SearchQueryOptions = {}) => q.search(parseQuery(text), opts),
    searchQuotes: (o: { speaker?: string; text?: string; limit?: number } = {}) =>
      q.searchQuotes({ ...o, text: o.text === undefined ? undefined : parseQuery(o.text, { label: 'quotes' }) }),
  };
}
