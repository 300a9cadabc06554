// The analysis document (../shared/SCHEMA.md), defined once. The JSON Schema in schema/analysis.schema.json is
// generated from this file (`npm run schema`); a test checks that the committed copy is current.
import { z } from 'zod';

const offset = z.number().int().nonnegative();
export const SpanSchema = z.object({ start: offset, end: offset });

export const BlockSchema = SpanSchema.extend({
  kind: z.enum(['paragraph', 'heading', 'list', 'blockquote']),
});

export const MentionSchema = SpanSchema.extend({ text: z.string() });

export const EntitySchema = z.object({
  id: z.string(),
  type: z.enum(['PERSON', 'ORG', 'LOC', 'NORP', 'MISC']),
  name: z.string(),
  mentions: z.array(MentionSchema),
  role: z.string().optional(),
  country: z.string().optional(),
  sector: z.string().optional(),
});

export const QuoteSchema = SpanSchema.extend({
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  speaker: z.string().nullable(),
  speakerText: z.string().nullable().optional(),
  speakerStart: offset.nullable().optional(),
  speakerEnd: offset.nullable().optional(),
  cue: MentionSchema.nullable().optional(),
});

export const AmountSchema = SpanSchema.extend({
  text: z.string(),
  value: z.number().nullable().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  currency: z.string().nullable().optional(),
  object: z.string().nullable().optional(),
});

export const TimeSchema = SpanSchema.extend({
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  mod: z.enum(['BEFORE', 'AFTER', 'START', 'MID', 'END', 'APPROX']).nullable().optional(),
});

/** An actor of an event as the text names it, with the entity it is (if any) and its codes. */
export const EventActorSchema = z.object({
  text: z.string(),
  entity: z.string().nullable().describe('entity id, when the actor is an entity mention'),
  code: z.string().nullable().describe('ISO-3 country or actor code (IGO, NGO); null when unknown'),
  sector: z.string().nullable().describe('PLOVER sector code (GOV, MIL, REB, …)'),
});

export const EventMentionSchema = z.object({ sentence: SpanSchema, cue: SpanSchema });

export const EventSchema = z.object({
  type: z.string().describe('one of the 16 PLOVER 2.0 event types'),
  mode: z.string().nullable().optional(),
  context: z.array(z.string()).optional(),
  source: z.array(z.string()).describe('entity ids, or actor codes where no entity with a country exists'),
  target: z.array(z.string()),
  date: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  sentence: SpanSchema,
  cue: MentionSchema.nullable().optional(),
  status: z.enum(['asserted', 'negated', 'hypothetical', 'future', 'reported-denied']).optional()
    .describe('only asserted events are told as having happened'),
  reportedBy: z.string().nullable().optional().describe('who says so (entity id or code), for reported speech'),
  mentions: z.array(EventMentionSchema).optional().describe('the same event told again in the article'),
  reciprocal: z.boolean().optional().describe('both directions: source and target hold the same actors'),
  sourceActors: z.array(EventActorSchema).optional(),
  targetActors: z.array(EventActorSchema).optional(),
});

export const AnalysisSchema = z.object({
  id: z.string().describe('stable id: hash of the canonical URL, else of the feed record id, else of the text'),
  source: z.string().describe('the input path or URL as given (with :line for JSON Lines records)'),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string(),
  byline: z.array(z.string()),
  published: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
  blocks: z.array(BlockSchema),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema).optional(),
  quotes: z.array(QuoteSchema).optional()
    .describe('what someone said or wrote: words in quotation marks, and reported speech with a verb of saying'),
  attributions: z.array(QuoteSchema).optional()
    .describe('other attributions, not quotes: beliefs, hopes and decisions ("NASA believes…", "AMD hopes to…"), reports by verbs outside the lexicon of saying, and the writer\'s own ("we can say that…")'),
  amounts: z.array(AmountSchema).optional(),
  times: z.array(TimeSchema).optional(),
  events: z.array(EventSchema).optional(),
  warnings: z.array(z.string()),
});

export type Analysis = z.infer<typeof AnalysisSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type TimeExpr = z.infer<typeof TimeSchema>;
export type PloverEvent = z.infer<typeof EventSchema>;
