// From a decoded input to the analysis document: build the Doc (build-doc.ts), check its size, run the pipeline.
import type { Doc } from '../doc/doc.js';
import type { Analysis } from '../doc/schema.js';
import type { InputItem } from '../input/types.js';
import { tokensComponent } from '../nlp/tokens/index.js';
import { entitiesComponent } from '../nlp/entities/index.js';
import { amountsComponent } from '../nlp/amounts/index.js';
import { timesComponent } from '../nlp/times/index.js';
import { quotesComponent } from '../nlp/quotes/index.js';
import { eventsComponent } from '../nlp/events/index.js';
import { Pipeline } from './pipeline.js';
import { buildDoc, type AnalyzeOptions } from './build-doc.js';
import { NOT_ENGLISH } from '../extract/text/language.js';

export { buildDoc, type AnalyzeOptions } from './build-doc.js';

/** The default pipeline, in order (each component declares what it needs; the order is checked). Events join here. */
export function defaultPipeline(): Pipeline {
  return new Pipeline([tokensComponent, entitiesComponent, quotesComponent, amountsComponent, timesComponent, eventsComponent]);
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

/**
 * The language layers read English. A body in another language (Doc.meta.language, as buildDoc read it) gets none of
 * them, with a warning, instead of English rules' guesses (German nouns as organisations, every capitalised word a
 * name); an undetermined language (null: short texts, tables of figures) is read as English. False when it gets none.
 */
export function languageLayersApply(doc: Doc): boolean {
  const language = doc.meta.language;
  if (!language || language === 'en') return true;
  doc.warnings.push(language === NOT_ENGLISH
    ? 'language layers not run: the body does not read as English (almost none of its words are common English ones), and they read English'
    : `language layers not run: the body is in "${language}", and they read English`);
  doc.entities = [];
  doc.quotes = [];
  doc.attributions = [];
  doc.amounts = [];
  doc.times = [];
  doc.events = [];
  return false;
}

export function analyze(item: InputItem, opts: AnalyzeOptions = {}, pipeline: Pipeline = defaultPipeline()): Analysis {
  const doc = buildDoc(item, opts);
  checkBodySize(doc);
  return (languageLayersApply(doc) ? pipeline.run(doc) : doc).toJSON();
}
