// Helpers for this folder's tests: analysis documents, temp directories, searches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../doc/schema.js';
import { articleId } from '../../doc/id.js';
import type { SearchQueryOptions } from '../api.js';
import { parseQuery } from '../query.js';
import type { Store } from '../types.js';
import { sqliteHandle } from './handle.js';
import { querySearcher } from './query-search.js';

/** A minimal valid analysis; the id follows the url (or the text) as the pipeline does. */
export function makeAnalysis(fields: Partial<Analysis> = {}): Analysis {
  const text = fields.text ?? 'Negotiators met in Geneva on Monday.';
  const url = fields.url === undefined ? 'https://news.example/a' : fields.url;
  return {
    id: articleId(url, text),
    source: 'input/a.html',
    url,
    outlet: 'news.example',
    title: 'Talks resume',
    byline: [],
    published: '2025-03-01',
    language: 'en',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    warnings: [],
    ...fields,
  };
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
