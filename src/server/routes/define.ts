// A route of the API as data: method, path, its query / path parameters and body (zod), its response schema, and
// its handler. The app registers every route from this list and the OpenAPI document is generated from it.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Store } from '../../store/api.js';
import type { Ingester } from '../ingest.js';

export interface ApiDeps {
  store: Store;
  ingester: Ingester | null;
  version: string;
  /** The OpenAPI document (built once from the routes). */
  openapi: () => unknown;
}

export interface RouteDef<Q extends z.AnyZodObject = z.AnyZodObject, P extends z.AnyZodObject = z.AnyZodObject> {
  method: 'get' | 'post';
  /** Hono path ("/api/articles/:id"). */
  path: string;
  summary: string;
  query?: Q;
  params?: P;
  /** Request body: its content types and the schema of one item. */
  body?: { contentTypes: string[]; schema: z.ZodTypeAny; description: string };
  /** Always needs the token (else only beyond loopback). */
  token?: boolean;
  /** Response content types besides application/json (downloads). */
  alsoProduces?: string[];
  response: z.ZodTypeAny;
  /** Statuses this route may answer besides 200 (with the error shape). */
  errors: number[];
  handle: (c: Context, input: { query: z.output<Q>; params: z.output<P> }, deps: ApiDeps) => Promise<Response>;
}

/** Keeps the query and params types of a route for its handler. */
export const route = <Q extends z.AnyZodObject, P extends z.AnyZodObject>(r: RouteDef<Q, P>): RouteDef =>
  r as unknown as RouteDef;
