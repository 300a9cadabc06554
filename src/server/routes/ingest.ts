// POST /api/ingest: one article or an array (application/json), or one per line (application/x-ndjson). Each
// article is validated alone: a bad one is its own one-line error and the others go on.
import { ApiError } from '../errors.js';
import type { IngestEntry } from '../ingest.js';
import { ingestArticle, ingestResponse } from '../schemas.js';
import { MAX_INGEST_ARTICLES } from '../settings.js';
import { route } from './define.js';

const JSON_TYPES = new Set(['application/json']);
const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/json-lines', 'application/jsonlines']);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The request's articles as parsed values (or a line's parse error), in order. */
function values(type: string, raw: string): ({ value: unknown } | { error: string })[] {
  if (JSON_TYPES.has(type)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw new ApiError('bad_request', `the body is not JSON: ${oneLine((e as Error).message)}`);
    }
    return (Array.isArray(parsed) ? parsed : [parsed]).map((value) => ({ value }));
  }
  if (NDJSON_TYPES.has(type)) {
    const lines = raw.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== '');
    return lines.map(([l, n]) => {
      try {
        return { value: JSON.parse(l) as unknown };
      } catch (e) {
        return { error: `line ${n}: invalid JSON: ${oneLine((e as Error).message)}` };
      }
    });
  }
  throw new ApiError('bad_request', 'send articles as application/json (an object or an array) or application/x-ndjson', [{ path: 'content-type', message: `not ${type || 'given'}` }]);
}

export function ingestEntries(type: string, raw: string): IngestEntry[] {
  const got = values(type, raw);
  if (got.length > MAX_INGEST_ARTICLES) throw new ApiError('too_large', `at most ${MAX_INGEST_ARTICLES} articles per request (got ${got.length})`);
  if (!got.length) throw new ApiError('bad_request', 'no articles in the body');
  return got.map((g, index): IngestEntry => {
    if ('error' in g) return { index, error: g.error };
    const r = ingestArticle.safeParse(g.value);
    if (r.success) return { index, article: r.data };
    const i = r.error.issues[0]!;
    return { index, error: oneLine(`${i.path.join('.') || 'article'}: ${i.message}`) };
  });
}

export const ingestRoutes = [
  route({
    method: 'post', path: '/api/ingest', summary: 'Analyse and store articles (token required; at most 100 articles / 20 MB per request)',
    body: { contentTypes: ['application/json', 'application/x-ndjson'], schema: ingestArticle, description: 'one article or an array of them (JSON), or one per line (NDJSON)' },
    token: true, response: ingestResponse, errors: [400, 401, 403, 413],
    async handle(c, _input, { ingester }) {
      if (!ingester) throw new ApiError('forbidden', 'this server reads a store it cannot write');
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const entries = ingestEntries(type, await c.req.text());
      return c.json({ results: await ingester.ingest(entries) });
    },
  }),
];
