// From a decoded input to the analysis document: extract (HTML or scraped text), build the Doc, run the pipeline.
import { Doc } from '../doc/doc.js';
import { contentHash } from '../doc/id.js';
import type { Analysis } from '../doc/schema.js';
import type { ExtractedArticle } from '../doc/types.js';
import { extractHtml } from '../extract/html/index.js';
import { extractText } from '../extract/text/index.js';
import type { InputItem } from '../input/types.js';
import { tokensComponent } from '../nlp/tokens/index.js';
import { entitiesComponent } from '../nlp/entities/index.js';
import { amountsComponent } from '../nlp/amounts/index.js';
import { timesComponent } from '../nlp/times/index.js';
import { quotesComponent } from '../nlp/quotes/index.js';
import { eventsComponent } from '../nlp/events/index.js';
import { Pipeline } from './pipeline.js';
import { normalizeDate } from './dates.js';
import { dateDisagreement } from './date-agreement.js';

export interface AnalyzeOptions {
  /** Publication date used when the input names none (ISO date or date-time). */
  published?: string;
}

/** The default pipeline, in order (each component declares what it needs; the order is checked). Events join here. */
export function defaultPipeline(): Pipeline {
  return new Pipeline([tokensComponent, entitiesComponent, quotesComponent, amountsComponent, timesComponent, eventsComponent]);
}

function extract(item: InputItem): ExtractedArticle {
  const { meta } = item;
  if (item.kind === 'html') return extractHtml(item.content, { url: meta.url });
  return extractText(item.content, { title: meta.title, url: meta.url, outlet: meta.outlet });
}

/**
 * Builds the Doc of one input: extractor output, with the record's own metadata (a feed's fields) taking
 * precedence. Publication date: the record's, else the article's own (page metadata, a date line of the text),
 * else the --published fallback; a record date that the article's own date contradicts is kept with a warning.
 */
export function buildDoc(item: InputItem, opts: AnalyzeOptions = {}): Doc {
  const article = extract(item);
  const { meta } = item;
  const recordDate = normalizeDate(meta.published);
  const published = recordDate ?? article.published ?? normalizeDate(opts.published) ?? null;
  const disagreement = recordDate && article.published ? dateDisagreement(recordDate, article.published) : null;
  const doc = Doc.fromArticle(item.source, {
    ...article,
    title: meta.title?.trim() || article.title,
    url: meta.url ?? article.url,
    outlet: meta.outlet ?? article.outlet,
    published,
    warnings: [...item.warnings, ...article.warnings, ...(disagreement ? [disagreement] : [])],
  }, meta.id ?? null, contentHash([item.content]));
  if (!doc.meta.title) doc.warnings.push('no title found');
  if (!doc.text) doc.warnings.push('empty body');
  return doc;
}

/**
 * The longest body the language layers take, in characters (5 MB of text). Real articles are under 0.1 MB; at this
 * size the densest texts measured (runs of made-up names, of quotations) stay under 1 GB of memory for the whole
 * process and under 10 s per MB (BENCHMARKS.md, hardening). Longer bodies are refused with a one-line error;
 * `extract` has no such limit.
 */
export const MAX_BODY_CHARS = 5_000_000;

/** Refuses a Doc whose body is over MAX_BODY_CHARS, before any language layer runs (one line, no stack). */
export function checkBodySize(doc: Doc): void {
  if (doc.text.length > MAX_BODY_CHARS) {
    throw new Error(`body of ${(doc.text.length / 1e6).toFixed(1)} million characters, over the ${MAX_BODY_CHARS / 1e6} million the language layers take: not analysed (dossier extract gives the clean article)`);
  }
}

export function analyze(item: InputItem, opts: AnalyzeOptions = {}, pipeline: Pipeline = defaultPipeline()): Analysis {
  const doc = buildDoc(item, opts);
  checkBodySize(doc);
  return pipeline.run(doc).toJSON();
}
