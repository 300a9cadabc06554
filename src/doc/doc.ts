// The Doc: one article's text plus offset-based layers that pipeline components fill in order.
import type { Analysis, Entity, PloverEvent, Quote, Amount, TimeExpr } from './schema.js';
import type { Block, ExtractedArticle, Span, Token } from './types.js';
import { articleId } from './id.js';

export interface DocMeta {
  source: string;
  url: string | null;
  outlet: string | null;
  title: string;
  byline: string[];
  published: string | null;
  language: string | null;
  /** The feed's own id for the article (a JSON Lines record's "id"), when it has one. */
  recordId?: string | null;
  /** Digest of the input's content as read (before extraction): tells apart inputs whose body came out empty. */
  inputDigest?: string | null;
}

export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  readonly blocks: Block[];
  /** Internal layer (not in the output document): tokens with POS, in text order. */
  tokens: Token[] = [];
  sentences: Span[] = [];
  entities: Entity[] | undefined;
  quotes: Quote[] | undefined;
  /** Attributions that are no quotes: beliefs, intentions, reports by verbs outside the lexicon of saying. */
  attributions: Quote[] | undefined;
  amounts: Amount[] | undefined;
  times: TimeExpr[] | undefined;
  events: PloverEvent[] | undefined;
  readonly warnings: string[];

  constructor(text: string, meta: DocMeta, blocks: Block[] = [], warnings: string[] = []) {
    this.text = text;
    this.meta = meta;
    this.blocks = blocks;
    this.warnings = warnings;
  }

  static fromArticle(source: string, article: ExtractedArticle, recordId: string | null = null, inputDigest: string | null = null): Doc {
    return new Doc(
      article.text,
      {
        source,
        url: article.url,
        outlet: article.outlet,
        title: article.title ?? '',
        byline: article.byline,
        published: article.published,
        language: article.language,
        recordId,
        inputDigest,
      },
      article.blocks,
      [...article.warnings],
    );
  }

  get id(): string {
    const m = this.meta;
    // With no URL, record id or body: the source, the input's content digest and everything read from it.
    const fallback = [m.source, m.inputDigest, m.title, m.outlet, m.published, m.language, ...m.byline];
    return articleId(m.url, this.text, m.recordId ?? null, m.outlet, fallback);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  toJSON(): Analysis {
    const out: Analysis = {
      id: this.id,
      source: this.meta.source,
      url: this.meta.url,
      outlet: this.meta.outlet,
      title: this.meta.title,
      byline: this.meta.byline,
      published: this.meta.published,
      language: this.meta.language,
      text: this.text,
      blocks: this.blocks,
      sentences: this.sentences,
      warnings: this.warnings,
    };
    if (this.entities) out.entities = this.entities;
    if (this.quotes) out.quotes = this.quotes;
    if (this.attributions) out.attributions = this.attributions;
    if (this.amounts) out.amounts = this.amounts;
    if (this.times) out.times = this.times;
    if (this.events) out.events = this.events;
    return out;
  }
}
