// The API's shapes as the UI reads them (../notes api contract; the server's src/server/ is the source of truth).
// Only the fields the pages use; every string in them comes from articles and is rendered as text.

export interface Page<T> { items: T[]; nextCursor: string | null }
export interface Span { start: number; end: number }

export interface SearchHit {
  id: string; title: string | null; outlet: string | null; url: string | null; published: string | null; score?: number;
  snippet?: { text: string; highlights: [number, number][] };
}
export interface Facets {
  outlets: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  entities: { id: number; name: string; type: string; count: number }[];
}
export interface SearchPage extends Page<SearchHit> { facets?: Facets }

export interface Mention extends Span { text: string }
export interface Entity { id: string; type: string; name: string; mentions: Mention[]; role?: string | null; country?: string | null; sector?: string | null; former?: boolean }
export interface Quote extends Span {
  text: string; kind: string; speaker: string | null; speakerText?: string | null; speakerStart?: number | null; speakerEnd?: number | null;
  cue?: (Span & { text: string }) | null;
}
export interface Amount extends Span { text: string; value?: number | null; min?: number | null; max?: number | null; unit?: string | null; currency?: string | null; object?: string | null }
export interface TimeX extends Span { text: string; type: string; value?: string | null; mod?: string | null }
export interface PloverEvent {
  type: string; mode?: string | null; context?: string[]; source: string[]; target: string[]; date?: string | null; location?: string | null;
  sentence: Span; cue?: (Span & { text: string }) | null; status?: string; reportedBy?: string | null;
}
export interface Analysis {
  id: string; url: string | null; outlet: string | null; title: string | null; byline?: string[]; published: string | null;
  text: string; blocks?: (Span & { kind: string })[]; sentences?: Span[];
  entities?: Entity[]; quotes?: Quote[]; attributions?: Quote[]; amounts?: Amount[]; times?: TimeX[]; events?: PloverEvent[]; warnings?: string[];
}
export interface ArticleResponse { article: Analysis; version?: number; story: { id: string; title: string } | null; copyOf: string | null }

export interface EntityRow { id: number; name: string; type: string; mentions: number; articles: number; country?: string | null; role?: string | null }
export interface EntityGroup { type: string; name: string; ids: number[]; names: string[]; country: string | null; roles: string[]; articles: number; mentions: number }
export interface DossierQuote { articleId: string; title: string; published: string | null; date: string | null; span: Span; text: string; kind: string; cue: string | null }
export interface DossierEvent {
  articleId: string; date: string | null; dateSource?: string; type: string; mode: string | null; source: string[]; target: string[];
  cue: string | null; sentence: Span; sentenceText: string;
}
export interface CoEntity { id: number; name: string; type: string; country: string | null; articles: number }
export interface EntityDossier {
  entity: EntityGroup; firstSeen: string | null; lastSeen: string | null; quotes: DossierQuote[];
  eventsAsSource: DossierEvent[]; eventsAsTarget: DossierEvent[]; coEntities: CoEntity[];
  perDay: { day: string; articles: number; mentions: number }[]; stories: { id: string; title: string; articles: number }[];
}
export type DossierLookup = { kind: 'found'; dossier: EntityDossier } | { kind: 'ambiguous'; candidates: EntityGroup[] };

export interface StorySummary { id: string; title: string; firstSeen: string | null; lastSeen: string | null; articles: number; outlets: number; copies: number }
export interface CopyLink { articleId: string; of: string; original: string; kind: string; score: number }
export interface TimelineArticle {
  id: string; title: string; outlet: string | null; url: string | null; published: string | null; credited: string[] | string | null;
  copies?: TimelineArticle[]; copy?: CopyLink;
}
interface ItemBase { date: string | null; dateSource?: string; articleId: string; sentence: Span; sentenceText: string }
export type TimelineItem =
  | (ItemBase & { kind: 'event'; type: string; mode: string | null; source: string[]; target: string[]; cue: string | null })
  | (ItemBase & { kind: 'quote'; speaker: string | null; quoteKind: string; text: string; span: Span });
export interface Timeline { story: StorySummary; outlets: string[]; articles: TimelineArticle[]; merges?: unknown[]; items: TimelineItem[] }

export interface EventSide { codes: string[]; names: string[]; ids?: (number | null)[] }
export interface EventRow {
  articleId: string; title: string | null; url: string | null; date: string | null; type: string; mode: string | null; status: string;
  source: EventSide; target: EventSide; cue: string | (Span & { text: string }) | null;
  sentence: string | (Span & { text: string }); mentions?: number;
}

export interface ApiErrorBody { error: { code: string; message: string; issues?: { path: string; message: string }[] } }

/** The 16 PLOVER 2.0 event types (src/nlp/events/lexicon.ts PloverType). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
