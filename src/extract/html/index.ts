// HTML → ExtractedArticle: parse once, read metadata, prune the tree, cut it into blocks, choose the body; the
// language is what the body reads as, else what the page declares.
import { joinBlocks, type BlockText } from '../../doc/build-text.js';
import type { ExtractedArticle } from '../../doc/types.js';
import { extractMetadata, type HtmlMetadata } from '../metadata/index.js';
import { checkedLanguage } from '../text/language.js';
import { buildBlocks } from './blocks.js';
import { cleanBody } from './block-filter.js';
import { chooseBody } from './main-extractor.js';
import { prune } from './prune.js';
import { parseHtml } from './parse.js';
import { jsonLdArticleBody } from './json-ld.js';
import { JSON_LD_FALLBACK_SHARE, JSON_LD_MIN_CHARS, MAX_NESTING, MIN_BODY_CHARS } from './settings.js';

const EMPTY_METADATA: HtmlMetadata = { title: null, byline: [], published: null, outlet: null, url: null, language: null };

/** The JSON-LD articleBody replaces the extracted body when it is substantial and the body holds little of it. */
function prefersStatedBody(parts: readonly BlockText[], stated: readonly string[]): boolean {
  const statedChars = stated.reduce((n, s) => n + s.length, 0);
  if (statedChars < JSON_LD_MIN_CHARS) return false;
  const ownChars = parts.reduce((n, p) => n + p.text.length, 0);
  return ownChars < JSON_LD_FALLBACK_SHARE * statedChars;
}

export function extractHtml(html: string, opts: { url?: string } = {}): ExtractedArticle {
  const warnings: string[] = [];
  let meta = EMPTY_METADATA;
  let parts: BlockText[] = [];
  try {
    const { dom, flattened, unclosed } = parseHtml(typeof html === 'string' ? html : String(html ?? ''));
    if (flattened) warnings.push(`element nesting deeper than ${MAX_NESTING} flattened`);
    try {
      meta = extractMetadata(dom, { url: opts.url });
    } catch (err) {
      warnings.push(`metadata extraction failed: ${(err as Error).message}`);
    }
    const { titles, jsonLd } = prune(dom, unclosed);
    if (meta.title) titles.push(meta.title);
    const tree = buildBlocks(dom, unclosed);
    const body = chooseBody(tree);
    parts = cleanBody(
      body.blocks.map((i) => tree.blocks[i]),
      titles,
      body.relaxed,
      meta.outlet,
    );
    const stated = jsonLdArticleBody(jsonLd);
    if (prefersStatedBody(parts, stated)) {
      parts = stated.map((line) => ({ kind: 'paragraph', text: line }));
      warnings.push('body taken from the JSON-LD articleBody (the page renders little of it)');
    }
  } catch (err) {
    parts = [];
    warnings.push(`extraction failed: ${(err as Error).message}`);
  }
  const { text, blocks } = joinBlocks(parts);
  if (!text) warnings.push('no article body found');
  else if (text.length < MIN_BODY_CHARS) warnings.push('short article body');
  const { language, warning } = checkedLanguage(meta.language, text);
  if (warning) warnings.push(warning);
  return { ...meta, language, byline: [...meta.byline], text, blocks, warnings };
}
