// Dossier as a library: `import { analyze, extract, openStore } from 'dossier'`.
// Importing this module loads nothing heavy: the extractors, the language layers and their models load on the first
// call that needs them (once per process), SQLite on the first openStore.
import type { Analysis } from './doc/schema.js';
import type { InputItem } from './input/types.js';
import type { Pipeline } from './pipeline/pipeline.js';
import type { CleanArticle } from './run/extract-article.js';
import type { OpenStoreOptions, Store } from './store/api.js';

export type { Analysis } from './doc/schema.js';
export type { CleanArticle } from './run/extract-article.js';
export type * from './store/api.js';
/** The search language of `dossier search` ("phrases", AND/OR/NOT, -word, prefix*, title:/text:) → a store Query. */
export { parseQuery } from './store/query.js';
export { SearchSyntaxError } from './store/types.js';

/** What is known of an article besides its body. */
export interface ArticleMeta {
  /** The article's address: its id and `url` derive from it (a page's own canonical URL is used when absent). */
  url?: string;
  /** Publication date (ISO date or date-time) to assume when the article names none, as `dossier analyze
   *  --published` does. */
  published?: string;
  /** What the input is called in the result's `source` (default: the url, else "input"). */
  source?: string;
}

/** One article to read: its body as scraped plain text or as an HTML page (exactly one of the two). */
export type ArticleInput = ArticleMeta & ({ text: string; html?: undefined } | { html: string; text?: undefined });

function toItem(input: ArticleInput): InputItem {
  const { text, html } = input;
  if ((text === undefined) === (html === undefined)) throw new TypeError('dossier: give exactly one of `text` or `html`');
  const content = text ?? html;
  if (typeof content !== 'string') throw new TypeError('dossier: `text` / `html` must be a string');
  return {
    ok: true,
    source: input.source ?? input.url ?? 'input',
    kind: html !== undefined ? 'html' : 'text',
    content,
    encoding: null,
    meta: input.url ? { url: input.url } : {},
    warnings: [],
  };
}

let pipeline: Promise<{ run: typeof import('./pipeline/analyze.js').analyze; pipeline: Pipeline }> | undefined;

/** The analysis document of one article (../shared/SCHEMA.md; the same as `dossier analyze --json` prints): the
 *  clean article and every language layer (none, with a warning, for a body in another language than English).
 *  Runs in the caller's thread; the models load on the first call. */
export async function analyze(input: ArticleInput): Promise<Analysis> {
  const item = toItem(input);
  pipeline ??= import('./pipeline/analyze.js').then((m) => ({ run: m.analyze, pipeline: m.defaultPipeline() }));
  const { run, pipeline: p } = await pipeline;
  return run(item, { published: input.published }, p);
}

/** The clean article alone (id, url, outlet, title, byline, published, language, text, blocks, warnings): what
 *  `dossier extract` prints. Loads no language model. */
export async function extract(input: ArticleInput): Promise<CleanArticle> {
  const item = toItem(input);
  const { extractArticle } = await import('./run/extract-article.js');
  return extractArticle(item, { published: input.published });
}

/** Opens (creating it if needed) the SQLite store at `path`, through the asynchronous store contract
 *  (src/store/api.ts); `readOnly` for a store this process only reads. Close it with `await store.close()`. */
export async function openStore(path: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const { openStore: openSqlite } = await import('./stories/story-store.js');
  return openSqlite(path, opts);
}
