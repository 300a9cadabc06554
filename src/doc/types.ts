// Span-level types shared by every layer. Offsets are UTF-16 code units into Doc.text, end exclusive.

export type BlockKind = 'paragraph' | 'heading' | 'list' | 'blockquote';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Universal POS tag (PROPN, VERB, …). */
  pos: string;
  /** Index of the sentence the token belongs to, in Doc.sentences. */
  sentence: number;
}

export interface Block extends Span {
  kind: BlockKind;
}

/** What an extractor (HTML or scraped text) hands to the Doc: metadata plus a clean body made of blocks. */
export interface ExtractedArticle {
  title: string | null;
  byline: string[];
  /** ISO 8601 date or date-time, or null when unknown. */
  published: string | null;
  outlet: string | null;
  /** Canonical URL when the page names one. */
  url: string | null;
  language: string | null;
  /** Body: blocks joined by a blank line ("\n\n"); headings are their own blocks. */
  text: string;
  blocks: Block[];
  warnings: string[];
}
