// Reading the layer rows: top canonical entities and an article's entities (quote search is query-search.ts's).
import type Database from 'better-sqlite3';
import type { ArticleEntity, EntityStats, EntityType, QuoteHit, TopEntitiesOptions } from '../types.js';
import { DEFAULT_ENTITY_LIMIT } from './settings.js';

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

  return { topEntities, articleEntities };
}
