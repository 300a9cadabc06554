// Stories (biggest first) and one story's timeline.
import { notFound } from '../errors.js';
import { decodeCursor, page } from '../cursor.js';
import { storiesQuery, storiesResponse, storyParams, timelineResponse } from '../schemas.js';
import { entityIds } from './articles.js';
import { route } from './define.js';

export const storyRoutes = [
  route({
    method: 'get', path: '/api/stories', summary: 'Stories (articles about one event across outlets), biggest first',
    query: storiesQuery, response: storiesResponse, errors: [400, 401],
    async handle(c, { query: q }, { store }) {
      const offset = decodeCursor(q.cursor);
      let entity: number[] | undefined;
      if (q.entity !== undefined) {
        const ids = await entityIds(store, q.entity);
        if (!ids) return c.json({ items: [], nextCursor: null });
        entity = ids;
      }
      const rows = await store.listStories({ since: q.since, entityIds: entity, limit: q.limit + 1, offset });
      return c.json(page(rows, offset, q.limit));
    },
  }),
  route({
    method: 'get', path: '/api/stories/:id', summary: "A story's timeline: its articles across outlets with their copies, its events and quotes by date",
    params: storyParams, response: timelineResponse, errors: [400, 401, 404],
    async handle(c, { params }, { store }) {
      const t = await store.storyTimeline(params.id);
      if (!t) throw notFound(`story ${params.id}`);
      return c.json(t);
    },
  }),
];
