// From a decoded input to the Doc the layers fill: extraction (HTML or scraped text) and the record's metadata. No
// language layer is imported here, so `dossier extract` and its workers load none.
import { Doc } from '../doc/doc.js';
import { contentHash } from '../doc/id.js';
import type { ExtractedArticle } from '../doc/types.js';
import { extractHtml } from '../extract/html/index.js';
import { extractText } from '../extract/text/index.js';
import type { InputItem } from '../input/types.js';
import { normalizeDate } from './dates.js';
import { dateDisagreement } from './date-agreement.js';

export interface AnalyzeOptions {
  /** Publication date used when the input names none (ISO date or date-time). */
  published?: string;
}

function extract(item: InputItem): ExtractedArticle {
  const { meta } = item;
  if (item.kind === 'html') return extractHtml(item.content, { url: meta.url });
  return extractText(item.content, { title: meta.title, url: meta.url, outlet: meta.outlet });
}

/** The input's digest names an article only when it has no URL, no record id and no body (Doc.id's fallback):
 *  hashing every page's whole input otherwise cost ~0.4 ms a page for nothing. */
const needsDigest = (url: string | null | undefined, recordId: string | null | undefined, text: string) =>
  !url && !recordId && !/\S/.test(text);

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
  }, meta.id ?? null, needsDigest(meta.url ?? article.url, meta.id, article.text) ? contentHash([item.content]) : null);
  if (!doc.meta.title) doc.warnings.push('no title found');
  if (!doc.text) doc.warnings.push('empty body');
  return doc;
}
