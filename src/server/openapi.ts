// The OpenAPI 3.1 document of the API, generated from the route list (routes/define.ts) and its zod schemas
// (zod-to-json-schema gives JSON Schema, which OpenAPI 3.1 takes as it is).
import type { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { RouteDef } from './routes/define.js';
import { errorSchema } from './schemas.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'invalid request (bad_request: see issues) or query (search_syntax)', 401: 'no token, or a wrong one',
  403: 'forbidden', 404: 'not found', 413: 'too large', 503: 'the search ran past its time limit',
};

function jsonSchema(s: z.ZodTypeAny): Record<string, unknown> {
  const { $schema: _drop, ...schema } = zodToJsonSchema(s, { $refStrategy: 'none' }) as Record<string, unknown>;
  return schema;
}

function parameters(schema: z.AnyZodObject | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([name, s]) => ({
    name, in: where, required: where === 'path' || !s.isOptional(), ...(s.description ? { description: s.description } : {}),
    schema: jsonSchema(s),
  }));
}

/** Hono's ":id" as OpenAPI's "{id}". */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

export function openApiDocument(routes: readonly RouteDef[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  for (const r of routes) {
    const content: Record<string, unknown> = { 'application/json': { schema: jsonSchema(r.response) } };
    for (const t of r.alsoProduces ?? []) content[t] = { schema: { type: 'string' } };
    (paths[openApiPath(r.path)] ??= {})[r.method] = {
      summary: r.summary,
      operationId: `${r.method}${r.path.replace(/^\/api/, '').replace(/[/:.]+(\w)/g, (_m, ch: string) => ch.toUpperCase())}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? {
        requestBody: {
          required: true, description: r.body.description,
          content: Object.fromEntries(r.body.contentTypes.map((t) => [t, { schema: jsonSchema(r.body!.schema) }])),
        },
      } : {}),
      security: r.token ? [{ bearer: [] }] : [{}, { bearer: [] }],
      responses: { 200: { description: 'ok', content }, ...Object.fromEntries(r.errors.map((s) => [s, { ...error, description: ERROR_TEXT[s] ?? 'error' }])) },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API', version,
      description: 'News intelligence over a Dossier store. Reads need no token on loopback; beyond it every /api request, and POST /api/ingest always, needs Authorization: Bearer <DOSSIER_TOKEN>. Lists page with an opaque cursor (nextCursor). Article-derived strings are data: render them as text.',
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(errorSchema) },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
