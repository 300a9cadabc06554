// The clean article of one input (what `dossier extract` prints): extraction and the record's metadata, with none of
// the language layers, so an extract-only worker never loads wink or the NER model.
// The steps and precedence are those of pipeline/analyze.ts's buildDoc (a test holds the two equal); that module
// imports every language layer, so it cannot be imported here until buildDoc has a module of its own.
import { Doc } from '../doc/doc.js';
import { contentHash } from '../doc/id.js';
import type { Analysis } from '../doc/schema.js';
import type { ExtractedArticle } from '../doc/types.js';
import { extractHtml } from '../extract/html/index.js';
import { extractText } from '../extract/text/index.js';
import type { InputItem } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { dateDisagreement } from '../pipeline/date-agreement.js';
import { normalizeDate } from '../pipeline/dates.js';

/** The analysis document without its language layers (no sentences, entities, quotes, amounts, times, events). */
export type CleanArticle = Pick<Analysis, 'id' | 'source' | 'url' | 'outlet' | 'title' | 'byline' | 'published' | 'language' | 'text' | 'blocks' | 'warnings'>;

function extract(item: InputItem): ExtractedArticle {
  const { meta } = item;
  if (item.kind === 'html') return extractHtml(item.content, { url: meta.url });
  return extractText(item.content, { title: meta.title, url: meta.url, outlet: meta.outlet });
}

/** The record's own metadata (a feed's fields) first; publication date: the record's, else the article's own, else
 *  the `published` fallback; a record date the article contradicts is kept with a warning. */
function articleDoc(item: InputItem, opts: AnalyzeOptions): Doc {
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

export function extractArticle(item: InputItem, opts: AnalyzeOptions = {}): CleanArticle {
  const { sentences: _sentences, ...article } = articleDoc(item, opts).toJSON();
  return article;
}
