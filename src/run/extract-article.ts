// The clean article of one input (what `dossier extract` prints): the Doc of pipeline/build-doc.ts, which imports no
// language layer, so an extract-only worker never loads wink or the NER model.
import type { Analysis } from '../doc/schema.js';
import type { InputItem } from '../input/types.js';
import { buildDoc, type AnalyzeOptions } from '../pipeline/build-doc.js';

/** The analysis document without its language layers (no sentences, entities, quotes, amounts, times, events). */
export type CleanArticle = Pick<Analysis, 'id' | 'source' | 'url' | 'outlet' | 'title' | 'byline' | 'published' | 'language' | 'text' | 'blocks' | 'warnings'>;

export function extractArticle(item: InputItem, opts: AnalyzeOptions = {}): CleanArticle {
  const { sentences: _sentences, ...article } = buildDoc(item, opts).toJSON();
  return article;
}
