// Search with our query tree (../query.ts) on SQLite: articles (FTS5 over title and text, bm25 with the title
// weighted higher, filters by outlet, date, entity and event type, pages by offset), the latest articles without
// words, facet counts over the first hits, and quotes (FTS5 over text and speaker, with their spans).
// Runs in the caller's thread or, with a time limit, in the search worker (search-worker.ts, job kinds below).
import type Database from 'better-sqlite3';
import type { FacetOptions, QuoteMatch, QuoteQuery, SearchFacets, SearchFilters, SearchQueryOptions } from '../api.js';
import { checkQuery, type Query } from '../query.js';
import type { SearchHit } from '../types.js';
import { SearchSyntaxError } from '../types.js';
import { queryCost } from './query-cost.js';
import { ARTICLE_COLUMNS, ftsString, toFts5 } from './query-fts.js';
import type { QuoteRow } from './layer-queries.js';
import {
  BM25_TEXT_WEIGHT, BM25_TITLE_WEIGHT, DEFAULT_HIGHLIGHT, DEFAULT_QUOTE_LIMIT, DEFAULT_SEARCH_LIMIT, MAX_PREFIX_POSTINGS,
  SNIPPET_COLUMN, SNIPPET_ELLIPSIS, SNIPPET_TOKENS,
} from './settings.js';
import { DEFAULT_FACET_HITS, DEFAULT_FACET_VALUES, LEAD_CHARS } from './search-settings.js';

/** What the search worker runs for the async store. */
export type QueryJob =
  | { kind: 'query-articles'; path: string; query: Query; opts: SearchQueryOptions }
  | { kind: 'query-quotes'; path: string; opts: QuoteQuery }
  | { kind: 'query-facets'; path: string; query: Query | null; opts: FacetOptions };

type QuoteSpanRow = QuoteRow & { char_start: number; char_end: number };

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
  entity: 'EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id IN (SELECT value FROM json_each(@entity)))',
  eventType: "EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = a.id AND ev.type = @eventType AND ev.status = 'asserted')",
};
const FILTER_KEYS = Object.keys(FILTER_SQL) as (keyof SearchFilters)[];

const limitOf = (n: number | undefined, fallback: number) => Math.max(1, Math.floor(n ?? fallback));
const offsetOf = (n: number | undefined) => Math.max(0, Math.floor(n ?? 0));
/** The filters given (an empty value is no filter), and their SQL parameters. */
function filtersOf(filters: SearchFilters = {}): { keys: (keyof SearchFilters)[]; params: Record<string, unknown> } {
  const keys = FILTER_KEYS.filter((k) => filters[k] !== undefined && filters[k] !== null && filters[k] !== '');
  const params: Record<string, unknown> = {};
  for (const k of keys)
    params[k] = k === 'eventType' ? String(filters[k]).toUpperCase() : k === 'entity' ? JSON.stringify([filters[k]].flat()) : filters[k];
  return { keys, params };
}
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
    const { keys, params: filterParams } = filtersOf(opts.filters);
    const [open, close] = opts.highlight ?? DEFAULT_HIGHLIGHT;
    const params: Record<string, unknown> = {
      open, close, ellipsis: SNIPPET_ELLIPSIS, match,
      limit: limitOf(opts.limit, DEFAULT_SEARCH_LIMIT), offset: offsetOf(opts.offset), ...filterParams,
    };
    const rows = ftsGuard('search', () => articleStatement(keys).all(params));
    return rows.map((r) => ({
      id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url,
      snippet: r.snippet ?? '',
      score: -r.score, // bm25 is lower-is-better; expose higher-is-better
    }));
  }

  const QUOTE_SELECT = `SELECT a.id AS article_id, a.title, a.published, q.text, q.kind,
      coalesce(e.name, q.speaker_text) AS speaker, q.cue, q.char_start, q.char_end`;
  const NEWEST = 'a.published DESC NULLS LAST, q.id';
  const matching = (order: string) =>
    db.prepare<[string, number, number], QuoteSpanRow>(`
      ${QUOTE_SELECT}
      FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.id = q.speaker_id
      WHERE quotes_fts MATCH ?
      ORDER BY ${order}
      LIMIT ? OFFSET ?`);
  const quotesByText = matching(`bm25(quotes_fts), ${NEWEST}`);
  const quotesBySpeaker = matching(NEWEST);
  const newestQuotes = db.prepare<[number, number], QuoteSpanRow>(`
    ${QUOTE_SELECT}
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
    ORDER BY ${NEWEST}
    LIMIT ? OFFSET ?`);

  function searchQuotes(opts: QuoteQuery = {}): QuoteMatch[] {
    const limit = limitOf(opts.limit, DEFAULT_QUOTE_LIMIT);
    const offset = offsetOf(opts.offset);
    const speaker = speakerMatch(opts.speaker ?? '');
    if (opts.speaker !== undefined && !speaker) throw new SearchSyntaxError('quotes: empty speaker name');
    if (opts.text) checkQuery(opts.text, { label: 'quotes' });
    const text = opts.text ? toFts5(opts.text, QUOTE_COLUMNS, 'text') : '';
    let rows: QuoteSpanRow[];
    if (!speaker && !text) rows = newestQuotes.all(limit, offset);
    else {
      const match = [speaker, text].filter(Boolean).join(' AND ');
      quoteCost.check(match, 'quotes');
      // A text query ranks by relevance; a speaker alone lists that speaker's quotes newest first.
      rows = ftsGuard('quotes', () => (text ? quotesByText : quotesBySpeaker).all(match, limit, offset));
    }
    return rows.map((r) => ({
      articleId: r.article_id, title: r.title, published: r.published, text: r.text, kind: r.kind,
      speaker: r.speaker, cue: r.cue, span: { start: r.char_start, end: r.char_end },
    }));
  }

  const latestStatements = new Map<string, Database.Statement<Record<string, unknown>, HitRow>>();
  function latestStatement(keys: (keyof SearchFilters)[]) {
    const key = keys.join(',');
    let st = latestStatements.get(key);
    if (!st) {
      st = db.prepare<Record<string, unknown>, HitRow>(`
        SELECT a.id, a.title, a.outlet, a.published, a.url, substr(a.text, 1, ${LEAD_CHARS}) AS snippet, 0 AS score
        FROM articles a
        ${keys.length ? `WHERE ${keys.map((k) => FILTER_SQL[k]).join(' AND ')}` : ''}
        ORDER BY a.published DESC, a.seq DESC
        LIMIT @limit OFFSET @offset`);
      latestStatements.set(key, st);
    }
    return st;
  }

  /** Newest first (SQLite puts NULLs last in a descending order: undated articles come last), no words: the lead of
   *  each text as its snippet. */
  function latest(opts: Omit<SearchQueryOptions, 'highlight'> = {}): SearchHit[] {
    const { keys, params } = filtersOf(opts.filters);
    const rows = latestStatement(keys).all({ ...params, limit: limitOf(opts.limit, DEFAULT_SEARCH_LIMIT), offset: offsetOf(opts.offset) });
    return rows.map((r) => ({
      id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url,
      snippet: leadOf(r.snippet ?? ''), score: 0,
    }));
  }

  // Facets count over the ids of the first hits, handed to SQLite as one JSON array (one statement per facet).
  const facetSql = {
    outlets: db.prepare<[string, number], { value: string; count: number }>(`
      SELECT a.outlet AS value, count(*) AS count FROM json_each(?) j JOIN articles a ON a.id = j.value
      WHERE a.outlet IS NOT NULL AND a.outlet != '' GROUP BY a.outlet ORDER BY count DESC, value LIMIT ?`),
    eventTypes: db.prepare<[string, number], { value: string; count: number }>(`
      SELECT ev.type AS value, count(DISTINCT ev.article_id) AS count FROM json_each(?) j JOIN events ev ON ev.article_id = j.value
      WHERE ev.status = 'asserted' GROUP BY ev.type ORDER BY count DESC, value LIMIT ?`),
    entities: db.prepare<[string, number], { id: number; name: string; type: string; count: number }>(`
      SELECT e.id, e.name, e.type, count(*) AS count FROM json_each(?) j JOIN article_entities ae ON ae.article_id = j.value
        JOIN entities e ON e.id = ae.entity_id
      GROUP BY e.id ORDER BY count DESC, sum(ae.mention_count) DESC, e.id LIMIT ?`),
  };
  const hitIds = new Map<string, Database.Statement<Record<string, unknown>, { id: string }>>();
  function hitIdStatement(keys: (keyof SearchFilters)[], withQuery: boolean) {
    const key = `${withQuery}:${keys.join(',')}`;
    let st = hitIds.get(key);
    if (!st) {
      const where = keys.map((k) => FILTER_SQL[k]);
      st = withQuery
        ? db.prepare(`SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH @match ${where.map((w) => `AND ${w}`).join(' ')}
            ORDER BY bm25(articles_fts, ${BM25_TITLE_WEIGHT}, ${BM25_TEXT_WEIGHT}), a.seq LIMIT @limit`)
        : db.prepare(`SELECT a.id FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
            ORDER BY a.published DESC, a.seq DESC LIMIT @limit`);
      hitIds.set(key, st);
    }
    return st;
  }

  function facets(query: Query | null, opts: FacetOptions = {}): SearchFacets {
    const { keys, params } = filtersOf(opts.filters);
    params.limit = limitOf(opts.hits, DEFAULT_FACET_HITS);
    if (query) {
      checkQuery(query, { label: 'search' });
      params.match = toFts5(query, ARTICLE_COLUMNS);
      articleCost.check(params.match as string, 'search');
    }
    const ids = JSON.stringify(ftsGuard('search', () => hitIdStatement(keys, query !== null).all(params)).map((r) => r.id));
    const per = limitOf(opts.limit, DEFAULT_FACET_VALUES);
    return { outlets: facetSql.outlets.all(ids, per), eventTypes: facetSql.eventTypes.all(ids, per), entities: facetSql.entities.all(ids, per) };
  }

  return { search, searchQuotes, latest, facets };
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

/** The lead of a text as a snippet: whole words, an ellipsis when cut. */
function leadOf(text: string): string {
  if (text.length < LEAD_CHARS) return text;
  const cut = text.slice(0, text.lastIndexOf(' ') > LEAD_CHARS / 2 ? text.lastIndexOf(' ') : text.length);
  return cut.trimEnd() + SNIPPET_ELLIPSIS;
}

/** A resident worker runs many jobs on one connection: its statements are prepared once. */
const searchers = new WeakMap<Database.Database, ReturnType<typeof querySearcher>>();

/** Runs a job of the search worker on the connection `db`. */
export function runQueryJob(db: Database.Database, job: QueryJob): SearchHit[] | QuoteMatch[] | SearchFacets[] {
  let s = searchers.get(db);
  if (!s) searchers.set(db, (s = querySearcher(db)));
  if (job.kind === 'query-facets') return [s.facets(job.query, job.opts)];
  return job.kind === 'query-articles' ? s.search(job.query, job.opts) : s.searchQuotes(job.opts);
}
