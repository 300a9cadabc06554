// The server itself: health and the OpenAPI document.
import { z } from 'zod';
import { healthSchema } from '../schemas.js';
import { route } from './define.js';

export const metaRoutes = [
  route({
    method: 'get', path: '/api/health', summary: 'Liveness, version and the number of stored articles',
    response: healthSchema, errors: [401],
    async handle(c, _input, { store, version }) {
      return c.json({ ok: true, version, articles: await store.count() });
    },
  }),
  route({
    method: 'get', path: '/api/openapi.json', summary: 'This document (OpenAPI 3.1)',
    response: z.object({ openapi: z.string() }).passthrough(), errors: [401],
    async handle(c, _input, { openapi }) {
      return c.json(openapi());
    },
  }),
];
