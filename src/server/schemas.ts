// Request and response shapes of the API, as zod schemas: the routes validate with them and the OpenAPI document
// (openapi.ts) is generated from them, so the two cannot drift apart.
import { z } from 'zod';
import { AnalysisSchema, EntitySchema } from '../doc/schema.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_CHARS } from './settings.js';

const text = (what: string) => z.string().max(MAX_QUERY_CHARS).describe(what);
/** ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or a date-time's prefix. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO date: YYYY-MM-DD');
const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe(`items per page (1–${MAX_PAGE_SIZE})`),
  cursor: z.string().max(64).optional().describe("the previous page's nextCursor"),
};

export const ENTITY_TYPES = EntitySchema.shape.type;

export const articlesQuery = z.object({
  q: text('words in the search language of `dossier search`: "phrases", AND/OR/NOT, -word, prefix*, title:/text:').optional(),
  outlet: text('articles of this outlet (exact)').optional(),
  entity: text('a canonical entity id (number), or a name the server resolves').optional(),
  eventType: z.string().regex(/^[A-Za-z]{2,32}$/, 'a PLOVER event type such as AGREE').optional().describe('articles with an asserted event of this PLOVER type'),
  since: isoDate.optional().describe('published on or after this date'),
  until: isoDate.optional().describe('published on or before this date (a whole day when a day is given)'),
  facets: flag.optional().describe('1: add facet counts over the first 500 hits'),
  ...pageQuery,
});

export const articleParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,128}$/, 'an article id, or a unique prefix of at least 6 characters').describe('article id or unique prefix (≥ 6)'),
});

export const entitiesQuery = z.object({
  q: text('words of the name (each a whole word of it)').optional(),
  type: ENTITY_TYPES.optional().describe('entity type'),
  ...pageQuery,
});

export const dossierQuery = z.object({
  name: z.string().trim().min(1).max(200).describe('a name ("Zelenskyy"), a role ("Ukraine\'s president") or #id'),
});

export const quotesQuery = z.object({
  speaker: text('speaker name words (a surname is enough)').optional(),
  q: text('words of the quote, in the search language').optional(),
  ...pageQuery,
});

export const eventsQuery = z.object({
  actor: text('source actor: a code (UKR, IGO) or words of a name').optional(),
  target: text('target actor, as actor').optional(),
  type: z.string().regex(/^[A-Za-z]{2,32}$/, 'a PLOVER event type such as AGREE').optional().describe('PLOVER event type'),
  since: isoDate.optional().describe('events on or after this date'),
  until: isoDate.optional().describe('events on or before this date'),
  all: flag.optional().describe('1: also negated, hypothetical, future and denied events'),
  format: z.enum(['json', 'csv', 'plover']).default('json').describe('json: a page; csv or plover: a download of the first 10,000 rows'),
  ...pageQuery,
});

export const storiesQuery = z.object({
  since: isoDate.optional().describe('stories seen on or after this date'),
  entity: text('stories mentioning this entity: an id or a name').optional(),
  ...pageQuery,
});

export const storyParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a story id such as s12').describe('story id'),
});

/** One article to ingest. `source` is the outlet's name (an alias of `outlet`). */
export const ingestArticle = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().url().max(2048).regex(/^https?:\/\//i, 'an http(s) URL').optional(),
    published: z.string().max(64).optional(),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    source: z.string().max(200).optional(),
    id: z.string().max(200).optional(),
  })
  .refine((a) => !!(a.text?.trim() || a.html?.trim()), { message: 'an article needs text or html' });
export type IngestArticle = z.infer<typeof ingestArticle>;

// Responses (for the OpenAPI document; the routes build them from the store's types).
const span = z.object({ start: z.number().int(), end: z.number().int() });
const list = (item: z.ZodTypeAny) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'too_large', 'search_syntax', 'timeout', 'internal']),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const healthSchema = z.object({ ok: z.literal(true), version: z.string(), articles: z.number().int() });

export const articleHit = z.object({
  id: z.string(), title: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable(),
  score: z.number(),
  snippet: z.object({ text: z.string(), highlights: z.array(z.tuple([z.number().int(), z.number().int()])).describe('[start, end) offsets into snippet.text') }),
});
const facetValue = z.object({ value: z.string(), count: z.number().int() });
export const articlesResponse = list(articleHit).extend({
  facets: z.object({
    outlets: z.array(facetValue), eventTypes: z.array(facetValue),
    entities: z.array(z.object({ id: z.number().int(), name: z.string(), type: z.string(), count: z.number().int() })),
  }).optional(),
});
export const articleResponse = z.object({
  article: AnalysisSchema, version: z.number().int(), story: z.object({ id: z.string(), title: z.string() }).nullable(), copyOf: z.string().nullable(),
});
export const entitiesResponse = list(z.object({
  id: z.number().int(), name: z.string(), type: ENTITY_TYPES, mentions: z.number().int(), articles: z.number().int(), country: z.string().optional(),
}));
const entityGroup = z.object({
  type: ENTITY_TYPES, name: z.string(), ids: z.array(z.number().int()), names: z.array(z.string()), country: z.string().nullable(),
  roles: z.array(z.string()), articles: z.number().int(), mentions: z.number().int(),
});
export const dossierResponse = z.union([
  z.object({ kind: z.literal('found'), dossier: z.object({ entity: entityGroup }).passthrough().describe('src/stories/dossier.ts EntityDossier') }),
  z.object({ kind: z.literal('ambiguous'), candidates: z.array(entityGroup) }),
]);
export const quotesResponse = list(z.object({
  articleId: z.string(), title: z.string(), published: z.string().nullable(), speaker: z.string().nullable(), text: z.string(),
  kind: z.string(), span, cue: z.string().nullable(),
}));
const actors = z.object({ codes: z.array(z.string()), names: z.array(z.string()) });
export const eventsResponse = list(z.object({
  articleId: z.string(), title: z.string(), url: z.string().nullable(), date: z.string().nullable(), type: z.string(),
  mode: z.string().nullable(), status: z.string(), source: actors, target: actors, cue: z.string().nullable(),
  sentence: span.extend({ text: z.string() }).describe('the sentence that tells the event, and where it is in the article'),
  mentions: z.number().int(),
}));
const storySummary = z.object({
  id: z.string(), title: z.string(), firstSeen: z.string().nullable(), lastSeen: z.string().nullable(), articles: z.number().int(),
  outlets: z.number().int(), copies: z.number().int(),
});
export const storiesResponse = list(storySummary);
export const timelineResponse = z.object({
  story: storySummary, outlets: z.array(z.string()), merges: z.array(z.object({}).passthrough()),
  articles: z.array(z.object({}).passthrough()), items: z.array(z.object({}).passthrough()),
}).describe('src/stories/timeline.ts Timeline');
export const ingestResponse = z.object({
  results: z.array(z.object({
    index: z.number().int(), status: z.enum(['stored', 'unchanged', 'copy', 'failed']), id: z.string().optional(), error: z.string().optional(),
  })),
});
