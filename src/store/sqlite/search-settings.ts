// Tunables of the API's article listings (latest first, facets), beside settings.ts's search ones.

/** Characters of an article's text shown as the snippet of a listing without words (about two lines). */
export const LEAD_CHARS = 240;

/** Facets are counted over this many first hits of a search (the API contract's figure): enough to show where a
 *  query's articles lie, bounded so counting stays a few milliseconds on any store. */
export const DEFAULT_FACET_HITS = 500;

/** Values kept per facet (outlets, event types, entities). */
export const DEFAULT_FACET_VALUES = 20;
