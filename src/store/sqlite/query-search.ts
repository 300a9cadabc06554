// Search with our query tree (../query.ts) on SQLite: articles (FTS5 over title and text, bm25 with the title
// weighted higher, filters by outlet, date and entity, pages by offset) and quotes (FTS5 over text and speaker).
// Runs in the caller's thread or, with a time limit, in the search worker (search-worker.ts, job kinds below).
import type Database from 'better-sqlite3';
import type { QuoteQuery, SearchFilters, SearchQueryOptions } from '../api.js';
import { checkQuery, type Query } from '../query.js';
import type { QuoteHit, SearchHit } from '../types.js';
import { SearchSyntaxError } from '../types.js';
import { queryCost } from './query-cost.js';
import { ARTICLE_COLUMNS, ftsString, toFts5 } from './query-fts.js';
import type { QuoteRow } from './layer-queries.js';
import {
  BM25_TEXT_WEIGHT, BM25_TITLE_WEIGHT, DEFAULT_HIGHLIGHT, DEFAULT_QUOTE_LIMIT, DEFAULT_SEARCH_LIMIT, MAX_PREFIX_POSTINGS,
  SNIPPET_COLUMN, SNIPPET_ELLIPSIS, SNIPPET_TOKENS,
} from './settings.js';

/** What the search worker runs for the async store. */
export type QueryJob =
  | { kind: 'query-articles'; path: string; query: Query; opts: SearchQueryOptions }
  | { kind: 'query-quotes'; path: string; opts: QuoteQuery };

interface HitRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  snippet: string | null;
  score: number;
}

/** quotes_fts has the columns text and speaker; a query's fields all mean the quote's text. */
const QUOTE_COLUMNS = { title: 'text', text: 'text' } as const;

/** One SQL condition per filter given; the statement is prepared once per combination. */
const FILTER_SQL: Record<keyof SearchFilters, string> = {
  outlet: 'a.outlet = @outlet',
  since: 'a.published >= @since',
  // A day (or month) given as the end includes all of it: compare the date's own length of the published value.
  until: 'substr(a.published, 1, length(@until)) <= @until',
  entity: 'EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = @entity)',
};
const FILTER_KEYS = Object.keys(FILTER_SQL) as (keyof SearchFilters)[];

const limitOf = (n: number | undefined, fallback: number) => Math.max(1, Math.floor(n ?? fallback));
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function querySearcher(db: Database.Database) {
  const statements = new Map<string, Database.Statement<Record<string, unknown>, HitRow>>();
  function articleStatement(keys: (keyof SearchFilters)[]) {
    const key = keys.join(',');
    let st = statements.get(key);
    if (!st) {
      st = db.prepare<Record<string, unknown>, HitRow>(`
        SELECT a.id, a.title, a.outlet, a.published, a.url,
          snippet(articles_fts, ${SNIPPET_COLUMN}, @open, @close, @ellipsis, ${SNIPPET_TOKENS}) AS snippet,
          bm25(articles_fts, ${BM25_TITLE_WEIGHT}, ${BM25_TEXT_WEIGHT}) AS score
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH @match ${keys.map((k) => `AND ${FILTER_SQL[k]}`).join(' ')}
        ORDER BY score, a.seq
        LIMIT @limit OFFSET @offset`);
      statements.set(key, st);
    }
    return st;
  }

  // Only the prefix cap is the store's own (it reads the index); length and words are checked on the tree.
  const costCaps = { chars: Infinity, terms: Infinity, prefixPostings: MAX_PREFIX_POSTINGS };
  const articleCost = queryCost(db, 'articles_fts', costCaps);
  const quoteCost = queryCost(db, 'quotes_fts', costCaps);

  function search(query: Query, opts: SearchQueryOptions = {}): SearchHit[] {
    checkQuery(query, { label: 'search' });
    const match = toFts5(query, ARTICLE_COLUMNS);
    articleCost.check(match, 'search');
    const filters = opts.filters ?? {};
    const keys = FILTER_KEYS.filter((k) => filters[k] !== undefined && filters[k] !== null && filters[k] !== '');
    const [open, close] = opts.highlight ?? DEFAULT_HIGHLIGHT;
    const params: Record<string, unknown> = {
      open, close, ellipsis: SNIPPET_ELLIPSIS, match,
      limit: limitOf(opts.limit, DEFAULT_SEARCH_LIMIT), offset: Math.max(0, Math.floor(opts.offset ?? 0)),
    };
    for (const k of keys) params[k] = filters[k];
    const rows = ftsGuard('search', () => articleStatement(keys).all(params));
    return rows.map((r) => ({
      id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url,
      snippet: r.snippet ?? '',
      score: -r.score, // bm25 is lower-is-better; expose higher-is-better
    }));
  }

  const QUOTE_SELECT = `SELECT a.id AS article_id, a.title, a.published, q.text, q.kind,
      coalesce(e.name, q.speaker_text) AS speaker, q.cue`;
  const NEWEST = 'a.published DESC NULLS LAST, q.id';
  const matching = (order: string) =>
    db.prepare<[string, number], QuoteRow>(`
      ${QUOTE_SELECT}
      FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.id = q.speaker_id
      WHERE quotes_fts MATCH ?
      ORDER BY ${order}
      LIMIT ?`);
  const quotesByText = matching(`bm25(quotes_fts), ${NEWEST}`);
  const quotesBySpeaker = matching(NEWEST);
  const newestQuotes = db.prepare<[number], QuoteRow>(`
    ${QUOTE_SELECT}
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
    ORDER BY ${NEWEST}
    LIMIT ?`);

  function searchQuotes(opts: QuoteQuery = {}): QuoteHit[] {
    const limit = limitOf(opts.limit, DEFAULT_QUOTE_LIMIT);
    const speaker = speakerMatch(opts.speaker ?? '');
    if (opts.speaker !== undefined && !speaker) throw new SearchSyntaxError('quotes: empty speaker name');
    if (opts.text) checkQuery(opts.text, { label: 'quotes' });
    const text = opts.text ? toFts5(opts.text, QUOTE_COLUMNS, 'text') : '';
    let rows: QuoteRow[];
    if (!speaker && !text) rows = newestQuotes.all(limit);
    else {
      const match = [speaker, text].filter(Boolean).join(' AND ');
      quoteCost.check(match, 'quotes');
      // A text query ranks by relevance; a speaker alone lists that speaker's quotes newest first.
      rows = ftsGuard('quotes', () => (text ? quotesByText : quotesBySpeaker).all(match, limit));
    }
    return rows.map((r) => ({
      articleId: r.article_id, title: r.title, published: r.published, text: r.text, kind: r.kind,
      speaker: r.speaker, cue: r.cue,
    }));
  }

  return { search, searchQuotes };
}

/** Every word of the name must occur in the speaker column (any order): "zelenskyy" finds "Volodymyr Zelenskyy". */
function speakerMatch(name: string): string {
  const words = name.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length ? `speaker : (${words.map(ftsString).join(' AND ')})` : '';
}

/** The translation quotes every term, so FTS5 should never fail to parse it; if it does, the user gets one line. */
function ftsGuard<T>(label: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof Error && /^(fts5: |unterminated string|no such column: )/.test(err.message))
      throw new SearchSyntaxError(`${label}: the query could not be run: ${oneLine(err.message)}`);
    throw err;
  }
}

/** Runs a job of the search worker on the connection `db`. */
export function runQueryJob(db: Database.Database, job: QueryJob): SearchHit[] | QuoteHit[] {
  const s = querySearcher(db);
  return job.kind === 'query-articles' ? s.search(job.query, job.opts) : s.searchQuotes(job.opts);
}
