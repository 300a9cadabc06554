// HTML metadata: title, byline, published date, outlet (site name), canonical URL, language.
// Reads JSON-LD (NewsArticle & co.), OpenGraph, meta tags, <time>, and the DOM. Must not modify the DOM.
import type { Document } from 'domhandler';

export interface HtmlMetadata {
  title: string | null;
  byline: string[];
  /** ISO 8601 date or date-time. */
  published: string | null;
  outlet: string | null;
  /** Canonical URL (link rel=canonical, og:url, JSON-LD url), absolute. */
  url: string | null;
  /** BCP 47 primary language, e.g. "en", "de". */
  language: string | null;
}

export function extractMetadata(_dom: Document, _opts: { url?: string } = {}): HtmlMetadata {
  // STUB, to be replaced by the metadata component.
  return { title: null, byline: [], published: null, outlet: null, url: null, language: null };
}
