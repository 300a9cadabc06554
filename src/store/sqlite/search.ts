// Full-text search over the latest version of each article (FTS5, bm25 with the title weighted higher).
import type Database from 'better-sqlite3';
import { SearchSyntaxError, type SearchHit, type SearchOptions } from '../types.js';
import { isFtsQueryError, repairQuery } from './fts-query.js';
import { queryCost } from './query-cost.js';
import {
  BM25_TEXT_WEIGHT, BM25_TITLE_WEIGHT, DEFAULT_HIGHLIGHT, DEFAULT_SEARCH_LIMIT, SNIPPET_COLUMN, SNIPPET_ELLIPSIS, SNIPPET_TOKENS,
} from './settings.js';

interface HitRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  snippet: string | null;
  rank: number;
}


export function searcher(db: Database.Database) {
  const stmt = db.prepare<[string, string, string, string, number], HitRow>(`
    SELECT a.id, a.title, a.outlet, a.published, a.url,
      snippet(articles_fts, ${SNIPPET_COLUMN}, ?, ?, ?, ${SNIPPET_TOKENS}) AS snippet,
      bm25(articles_fts, ${BM25_TITLE_WEIGHT}, ${BM25_TEXT_WEIGHT}) AS rank
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH ?
    ORDER BY rank
    LIMIT ?`);

  const cost = queryCost(db, 'articles_fts');

  return function search(query: string, opts: SearchOptions = {}): SearchHit[] {
    if (!query.trim()) throw new SearchSyntaxError('search: empty query');
    cost.check(query, 'search');
    const [open, close] = opts.highlight ?? DEFAULT_HIGHLIGHT;
    const limit = Math.max(1, Math.floor(opts.limit ?? DEFAULT_SEARCH_LIMIT));
    const run = (q: string) => stmt.all(open, close, SNIPPET_ELLIPSIS, q, limit);
    let rows: HitRow[];
    try {
      rows = run(query);
    } catch (err) {
      if (!isFtsQueryError(err)) throw err;
      try {
        rows = run(repairQuery(query));
      } catch (again) {
        if (!isFtsQueryError(again)) throw again;
        throw new SearchSyntaxError(`search: invalid query ${JSON.stringify(query)}: ${oneLine(err.message)}`);
      }
    }
    return rows.map((r) => ({
      id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url,
      snippet: r.snippet ?? '',
      score: -r.rank, // bm25 is lower-is-better; expose higher-is-better
    }));
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
