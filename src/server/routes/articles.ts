// Articles: search (words, filters, facets; newest first without words) and one article's analysis.
import { parseQuery } from '../../store/query.js';
import type { SearchFilters, SearchHit, Store } from '../../store/api.js';
import { ApiError, notFound } from '../errors.js';
import { decodeCursor, page } from '../cursor.js';
import { articleParams, articleResponse, articlesQuery, articlesResponse } from '../schemas.js';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../settings.js';
import { route } from './define.js';

/** A snippet with the store's markers as text and the offsets of the marked words. */
export function highlighted(snippet: string): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const part of snippet.split(/([\uE000\uE001])/)) {
    if (part === HIGHLIGHT_OPEN) start = text.length;
    else if (part === HIGHLIGHT_CLOSE) {
      if (start >= 0 && text.length > start) highlights.push([start, text.length]);
      start = -1;
    } else text += part;
  }
  return { text, highlights };
}

const hit = (h: SearchHit) => ({
  id: h.id, title: h.title, outlet: h.outlet, url: h.url, published: h.published, score: h.score, snippet: highlighted(h.snippet),
});

/** An entity filter: an id, or a name resolved to the ids of its heaviest linked group; null when it names none. */
export async function entityIds(store: Store, entity: string): Promise<number[] | null> {
  if (/^\d{1,12}$/.test(entity.trim())) return [Number(entity)];
  const [group] = await store.findEntities(entity);
  return group ? group.ids : null;
}

export const articleRoutes = [
  route({
    method: 'get', path: '/api/articles', summary: 'Search articles (newest first without q), with filters and facets',
    query: articlesQuery, response: articlesResponse, errors: [400, 401, 503],
    async handle(c, { query: q }, { store }) {
      const offset = decodeCursor(q.cursor);
      const query = q.q?.trim() ? parseQuery(q.q) : null;
      const filters: SearchFilters = { outlet: q.outlet, since: q.since, until: q.until, eventType: q.eventType };
      if (q.entity !== undefined) {
        const ids = await entityIds(store, q.entity);
        if (!ids) return c.json({ items: [], nextCursor: null, ...(q.facets ? { facets: { outlets: [], eventTypes: [], entities: [] } } : {}) });
        filters.entity = ids;
      }
      // Searches run within the store's time limit (dossier serve opens it with SEARCH_TIME_LIMIT_MS).
      const opts = { limit: q.limit + 1, offset, filters };
      const [rows, facets] = await Promise.all([
        query ? store.search(query, { ...opts, highlight: [HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE] }) : store.latest(opts),
        q.facets ? store.facets(query, { filters }) : undefined,
      ]);
      return c.json({ ...page(rows.map(hit), offset, q.limit), ...(facets ? { facets } : {}) });
    },
  }),
  route({
    method: 'get', path: '/api/articles/:id', summary: "One article's analysis, its version, story and the article it copies",
    params: articleParams, response: articleResponse, errors: [400, 401, 404],
    async handle(c, { params }, { store }) {
      let stored;
      try {
        stored = await store.get(params.id);
      } catch (e) {
        if (!/ambiguous/i.test((e as Error).message)) throw e;
        throw new ApiError('bad_request', (e as Error).message, [{ path: 'id', message: 'ambiguous prefix' }]);
      }
      if (!stored) throw notFound(`article ${params.id}`);
      const story = await store.storyOfArticle(stored.id);
      return c.json({ article: { ...stored.analysis, id: stored.id }, version: stored.version, story, copyOf: stored.copyOf });
    },
  }),
];
