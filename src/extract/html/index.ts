// HTML → ExtractedArticle: parse once, read metadata, then find and clean the body.
import type { ExtractedArticle } from '../../doc/types.js';

export function extractHtml(_html: string, _opts: { url?: string } = {}): ExtractedArticle {
  throw new Error('STUB: extractHtml not implemented yet');
}
