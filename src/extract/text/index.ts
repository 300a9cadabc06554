// Scraped plain text → ExtractedArticle: strip page clutter, first line as title, keep section headings.
import type { ExtractedArticle } from '../../doc/types.js';

export interface TextHints {
  /** Title known from elsewhere (a JSON Lines record); then the first line is a title only if it matches. */
  title?: string;
  url?: string;
  outlet?: string;
}

export function extractText(_text: string, _hints: TextHints = {}): ExtractedArticle {
  throw new Error('STUB: extractText not implemented yet');
}
