// What the stories part of the store contract (api.ts StoryStore) answers: a story's timeline and an entity's
// dossier. The stories layer (src/stories) computes them; their shapes are the contract's, defined here so that the
// contract depends on nothing above the store.
import type { CoEntity, CopyLink, EntityType, StoryMerge, StorySummary } from './types.js';

export interface TimelineArticle {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Outlets the text of this article or of its copies credits as the original ("first published in …"). */
  credited: string[];
  /** Copies of this article in the story (exact, near or claimed). */
  copies: (Omit<TimelineArticle, 'copies' | 'credited'> & { credited: string | null; copy: CopyLink })[];
}

export type DateSource = 'event' | 'sentence' | 'article' | 'none';

interface ItemBase {
  /** Day of what happened (YYYY-MM-DD, or coarser: YYYY-MM), null when nothing dates it. */
  date: string | null;
  dateSource: DateSource;
  articleId: string;
  /** Span of the sentence(s) in the article's text, and that text. */
  sentence: { start: number; end: number };
  sentenceText: string;
}

export interface TimelineEvent extends ItemBase {
  kind: 'event';
  type: string;
  mode: string | null;
  source: string[];
  target: string[];
  cue: string | null;
}

export interface TimelineQuote extends ItemBase {
  kind: 'quote';
  speaker: string | null;
  quoteKind: string;
  text: string;
  span: { start: number; end: number };
}

export type TimelineItem = TimelineEvent | TimelineQuote;

export interface Timeline {
  story: StorySummary;
  /** Distinct outlets, in order of first article. */
  outlets: string[];
  articles: TimelineArticle[];
  merges: StoryMerge[];
  items: TimelineItem[];
}

/** One person (or organisation, place…) under all its linked names. */
export interface EntityGroup {
  type: EntityType;
  /** Display name: the fullest, most mentioned form. */
  name: string;
  ids: number[];
  /** Canonical names of its entities, then the other forms articles give them. */
  names: string[];
  country: string | null;
  roles: string[];
  articles: number;
  mentions: number;
}

export interface DossierQuote {
  articleId: string;
  title: string;
  published: string | null;
  date: string | null;
  span: { start: number; end: number };
  text: string;
  kind: string;
  cue: string | null;
}

export interface DossierEvent {
  articleId: string;
  date: string | null;
  dateSource: DateSource;
  type: string;
  mode: string | null;
  source: string[];
  target: string[];
  cue: string | null;
  sentence: { start: number; end: number };
  sentenceText: string;
}

export interface EntityDossier {
  entity: EntityGroup;
  firstSeen: string | null;
  lastSeen: string | null;
  quotes: DossierQuote[];
  eventsAsSource: DossierEvent[];
  eventsAsTarget: DossierEvent[];
  coEntities: CoEntity[];
  perDay: { day: string; articles: number; mentions: number }[];
  stories: { id: string; title: string; articles: number }[];
}

export type EntityLookup =
  | { kind: 'found'; dossier: EntityDossier }
  | { kind: 'ambiguous'; candidates: EntityGroup[] }
  | { kind: 'none' };
