// HTML → ExtractedArticle: parse once, read metadata, prune the tree, cut it into blocks, choose the body.
import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';
import { joinBlocks, type BlockText } from '../../doc/build-text.js';
import type { ExtractedArticle } from '../../doc/types.js';
import { extractMetadata, type HtmlMetadata } from '../metadata/index.js';
import { buildBlocks } from './blocks.js';
import { keepBlock } from './block-filter.js';
import { chooseBody } from './main-extractor.js';
import { prune } from './prune.js';
import { MIN_BODY_CHARS } from './settings.js';

const EMPTY_METADATA: HtmlMetadata = { title: null, byline: [], published: null, outlet: null, url: null, language: null };

export function extractHtml(html: string, opts: { url?: string } = {}): ExtractedArticle {
  const warnings: string[] = [];
  let meta = EMPTY_METADATA;
  let parts: BlockText[] = [];
  try {
    const dom: Document = parseDocument(typeof html === 'string' ? html : String(html ?? ''));
    try {
      meta = extractMetadata(dom, { url: opts.url });
    } catch (err) {
      warnings.push(`metadata extraction failed: ${(err as Error).message}`);
    }
    prune(dom);
    const tree = buildBlocks(dom);
    const body = chooseBody(tree);
    for (let i = body.start; i < body.end; i++) {
      const b = tree.blocks[i];
      if (keepBlock(b)) parts.push({ kind: b.kind, text: b.text });
    }
  } catch (err) {
    parts = [];
    warnings.push(`extraction failed: ${(err as Error).message}`);
  }
  const { text, blocks } = joinBlocks(parts);
  if (!text) warnings.push('no article body found');
  else if (text.length < MIN_BODY_CHARS) warnings.push('short article body');
  return { ...meta, byline: [...meta.byline], text, blocks, warnings };
}
