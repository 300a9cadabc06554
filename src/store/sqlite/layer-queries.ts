// Reading the layer rows: top canonical entities, an article's entities, quote search (FTS5 over text + speaker).
import type Database from 'better-sqlite3';
import {
  SearchSyntaxError, type ArticleEntity, type EntityStats, type EntityType, type QuoteHit, type QuoteSearchOptions,
  type TopEntitiesOptions,
} from '../types.js';
import { isFtsQueryError, repairQuery } from './fts-query.js';
import { queryCost } from './query-cost.js';
import { DEFAULT_ENTITY_LIMIT, DEFAULT_QUOTE_LIMIT } from './settings.js';

interface StatsRow {
  id: number;
  name: string;
  type: EntityType;
  country: string;
  articles: number;
  mentions: number;
}

interface ArticleEntityRow {
  local_id: string;
  entity_id: number;
  name: string;
  canonical: string;
  type: EntityType;
  country: string | null;
  global_country: string;
  role: string | null;
  sector: string | null;
  mention_count: number;
  articles: number;
}

/** A quote as the quote searches read it. */
export interface QuoteRow {
  article_id: string;
  title: string;
  published: string | null;
  text: string;
  kind: QuoteHit['kind'];
  speaker: string | null;
  cue: string | null;
}

const limitOf = (n: number | undefined, fallback: number) => Math.max(1, Math.floor(n ?? fallback));

export function layerQueries(db: Database.Database) {
  // Totals are sums over article_entities, which holds only latest versions (the covering index serves them).
  const top = (where: string, order: string) =>
    db.prepare<unknown[], StatsRow>(`
      SELECT e.id, e.name, e.type, e.country, count(DISTINCT ae.article_id) AS articles, sum(ae.mention_count) AS mentions
      FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
      ${where}
      GROUP BY ae.entity_id
      ORDER BY ${order}, e.name
      LIMIT ?`);
  const ORDER = { mentions: 'mentions DESC, articles DESC', articles: 'articles DESC, mentions DESC' } as const;
  const st = {
    top: {
      mentions: top('', ORDER.mentions),
      articles: top('', ORDER.articles),
      mentionsOfType: top('WHERE e.type = ?', ORDER.mentions),
      articlesOfType: top('WHERE e.type = ?', ORDER.articles),
    },
    articleEntities: db.prepare<[string], ArticleEntityRow>(`
      SELECT ae.local_id, ae.entity_id, ae.name, e.name AS canonical, e.type, ae.country, e.country AS global_country,
        ae.role, ae.sector, ae.mention_count,
        (SELECT count(DISTINCT x.article_id) FROM article_entities x WHERE x.entity_id = ae.entity_id) AS articles
      FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
      WHERE ae.article_id = ?
      ORDER BY ae.mention_count DESC, length(ae.local_id), ae.local_id -- e2 before e10
    `),
  };
  const QUOTE_COLUMNS = `a.id AS article_id, a.title, a.published, q.text, q.kind,
      coalesce(e.name, q.speaker_text) AS speaker, q.cue`;
  const NEWEST = 'a.published DESC NULLS LAST, q.id';
  const matching = (order: string) =>
    db.prepare<[string, number], QuoteRow>(`
      SELECT ${QUOTE_COLUMNS}
      FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.id = q.speaker_id
      WHERE quotes_fts MATCH ?
      ORDER BY ${order}
      LIMIT ?`);
  const cost = queryCost(db, 'quotes_fts');
  const quotesByText = matching(`bm25(quotes_fts), ${NEWEST}`);
  const quotesBySpeaker = matching(NEWEST);
  const newestQuotes = db.prepare<[number], QuoteRow>(`
    SELECT ${QUOTE_COLUMNS}
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
    ORDER BY ${NEWEST}
    LIMIT ?`);

  function topEntities(opts: TopEntitiesOptions = {}): EntityStats[] {
    const limit = limitOf(opts.limit, DEFAULT_ENTITY_LIMIT);
    const by = opts.by ?? 'mentions';
    const rows = opts.type
      ? st.top[by === 'mentions' ? 'mentionsOfType' : 'articlesOfType'].all(opts.type, limit)
      : st.top[by].all(limit);
    return rows.map((r) => ({ ...r, country: r.country || null }));
  }

  function articleEntities(articleId: string): ArticleEntity[] {
    return st.articleEntities.all(articleId).map((r) => ({
      localId: r.local_id, entityId: r.entity_id, name: r.name, canonicalName: r.canonical, type: r.type,
      country: r.country || r.global_country || null, role: r.role, sector: r.sector, mentions: r.mention_count,
      articles: r.articles,
    }));
  }

  function searchQuotes(opts: QuoteSearchOptions = {}): QuoteHit[] {
    const limit = limitOf(opts.limit, DEFAULT_QUOTE_LIMIT);
    cost.check(`${opts.speaker ?? ''} ${opts.text ?? ''}`, 'quotes');
    const speaker = speakerQuery(opts.speaker ?? '');
    const text = opts.text?.trim() ?? '';
    if (opts.speaker !== undefined && !speaker) throw new SearchSyntaxError('quotes: empty speaker name');
    let rows: QuoteRow[];
    if (!speaker && !text) rows = newestQuotes.all(limit);
    else {
      // A text query ranks by relevance; a speaker alone lists that speaker's quotes newest first.
      const stmt = text ? quotesByText : quotesBySpeaker;
      const match = (t: string) => [speaker, t && `text : (${t})`].filter(Boolean).join(' AND ');
      try {
        rows = stmt.all(match(text), limit);
      } catch (err) {
        if (!isFtsQueryError(err)) throw err;
        try {
          rows = stmt.all(match(repairQuery(text)), limit);
        } catch (again) {
          if (!isFtsQueryError(again)) throw again;
          throw new SearchSyntaxError(`quotes: invalid text query ${JSON.stringify(text)}: ${err.message.replace(/\s+/g, ' ')}`);
        }
      }
    }
    return rows.map((r) => ({
      articleId: r.article_id, title: r.title, published: r.published, text: r.text, kind: r.kind,
      speaker: r.speaker, cue: r.cue,
    }));
  }

  return { topEntities, articleEntities, searchQuotes };
}

/** Every word of the name must occur in the speaker column (any order): "zelenskyy" finds "Volodymyr Zelenskyy". */
function speakerQuery(name: string): string {
  const words = name.split(/\s+/).map((w) => w.replace(/"/g, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length ? `speaker : (${words.map((w) => `"${w}"`).join(' AND ')})` : '';
}
