// The API's one error shape: { error: { code, message (one line), issues? } } with its status. Zod failures are
// 400s listing each bad field; a query the store refuses is a 400 "search_syntax" (or a 503 "timeout" past its time
// limit); anything unexpected is a 500 whose message says nothing of the internals (the server logs it).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { SearchTimeout } from '../store/types.js';
import { SearchSyntaxError } from '../store/types.js';

export type ErrorCode =
  | 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'too_large' | 'search_syntax' | 'timeout' | 'internal';

export interface Issue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: Issue[] };
}

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400, search_syntax: 400, unauthorized: 401, forbidden: 403, not_found: 404, too_large: 413,
  internal: 500, timeout: 503,
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An error the API answers with its own code and a message fit for the client. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(oneLine(message));
  }
  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new ApiError('not_found', `no ${what}`);

/** The issues of a zod failure, one per field ("limit": "Number must be less than or equal to 100"). */
export function zodIssues(e: ZodError, prefix = ''): Issue[] {
  return e.issues.map((i) => ({ path: [prefix, ...i.path].filter((p) => p !== '').join('.') || prefix, message: oneLine(i.message) }));
}

export function errorResponse(c: Context, e: ApiError): Response {
  const body: ErrorBody = { error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) } };
  if (e.code === 'unauthorized') c.header('WWW-Authenticate', 'Bearer');
  return c.json(body, e.status);
}

/** Hono's onError: every thrown error becomes the API's error shape. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof ZodError) return errorResponse(c, new ApiError('bad_request', 'invalid request', zodIssues(err)));
  if (err instanceof SearchTimeout) return errorResponse(c, new ApiError('timeout', err.message));
  if (err instanceof SearchSyntaxError) return errorResponse(c, new ApiError('search_syntax', err.message));
  process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  return errorResponse(c, new ApiError('internal', 'internal error'));
}
