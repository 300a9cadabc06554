// Entities: the canonical entities by name words and type, and one entity's dossier.
import { parseQuery } from '../../store/query.js';
import { notFound } from '../errors.js';
import { decodeCursor, page } from '../cursor.js';
import {
  dossierQuery, dossierResponse, entitiesQuery, entitiesResponse, quotesQuery, quotesResponse,
} from '../schemas.js';
import { route } from './define.js';

export const entityRoutes = [
  route({
    method: 'get', path: '/api/entities', summary: 'Canonical entities, most mentioned first, by name words and type',
    query: entitiesQuery, response: entitiesResponse, errors: [400, 401],
    async handle(c, { query: q }, { store }) {
      const offset = decodeCursor(q.cursor);
      const rows = await store.listEntities({ name: q.q, type: q.type, limit: q.limit + 1, offset });
      const items = rows.map((e) => ({
        id: e.id, name: e.name, type: e.type, mentions: e.mentions, articles: e.articles, ...(e.country ? { country: e.country } : {}),
      }));
      return c.json(page(items, offset, q.limit));
    },
  }),
  route({
    method: 'get', path: '/api/dossier', summary: "One entity's dossier (quotes, events, co-occurring entities, mentions per day, stories), or the candidates a name stands for",
    query: dossierQuery, response: dossierResponse, errors: [400, 401, 404],
    async handle(c, { query: q }, { store }) {
      const r = await store.entityDossier(q.name);
      if (r.kind === 'none') throw notFound(`entity named ${JSON.stringify(q.name)}`);
      return c.json(r);
    },
  }),
  route({
    method: 'get', path: '/api/quotes', summary: 'Quotes by speaker and/or words (best match first, else newest first)',
    query: quotesQuery, response: quotesResponse, errors: [400, 401, 503],
    async handle(c, { query: q }, { store }) {
      const offset = decodeCursor(q.cursor);
      const rows = await store.searchQuotes({
        speaker: q.speaker, text: q.q?.trim() ? parseQuery(q.q, { label: 'quotes' }) : undefined, limit: q.limit + 1, offset,
      });
      const items = rows.map((r) => ({
        articleId: r.articleId, title: r.title, published: r.published, speaker: r.speaker, text: r.text, kind: r.kind, span: r.span, cue: r.cue,
      }));
      return c.json(page(items, offset, q.limit));
    },
  }),
];
