// The analysis document's facts as spans for the article page, each keyed back to the record it came from.
import type { Amount, Analysis, Entity, PloverEvent, Quote, TimeX } from '../types.js';
import type { Fact } from './spans.js';

export type Detail =
  | { kind: 'entity'; entity: Entity; mention: number }
  | { kind: 'quote'; quote: Quote; index: number }
  | { kind: 'amount'; amount: Amount }
  | { kind: 'time'; time: TimeX }
  | { kind: 'event'; event: PloverEvent; index: number }
  | { kind: 'target' };

export interface ArticleFacts {
  facts: Fact[];
  detail: Map<string, Detail>;
  entities: Map<string, Entity>;
  /** "start-end" of spans that facts of two kinds share (their permalinks then name the kind). */
  shared: Set<string>;
}

export function articleFacts(a: Analysis): ArticleFacts {
  const facts: Fact[] = [];
  const detail = new Map<string, Detail>();
  const entities = new Map<string, Entity>();
  const add = (f: Fact, d: Detail) => { facts.push(f); detail.set(f.id, d); };
  for (const e of a.entities ?? []) {
    entities.set(e.id, e);
    e.mentions.forEach((m, i) => add({ id: `entity:${e.id}:${i}`, group: `entity:${e.id}`, kind: 'entity', start: m.start, end: m.end }, { kind: 'entity', entity: e, mention: i }));
  }
  (a.quotes ?? []).forEach((q, i) => add({ id: `quote:${i}`, group: `quote:${i}`, kind: 'quote', start: q.start, end: q.end }, { kind: 'quote', quote: q, index: i }));
  (a.amounts ?? []).forEach((m, i) => add({ id: `amount:${i}`, group: `amount:${i}`, kind: 'amount', start: m.start, end: m.end }, { kind: 'amount', amount: m }));
  (a.times ?? []).forEach((t, i) => add({ id: `time:${i}`, group: `time:${i}`, kind: 'time', start: t.start, end: t.end }, { kind: 'time', time: t }));
  (a.events ?? []).forEach((e, i) => {
    if (e.cue) add({ id: `event:${i}`, group: `event:${i}`, kind: 'event', start: e.cue.start, end: e.cue.end }, { kind: 'event', event: e, index: i });
  });
  const kinds = new Map<string, string>();
  const shared = new Set<string>();
  for (const f of facts) {
    const key = `${f.start}-${f.end}`;
    const k = kinds.get(key);
    if (k === undefined) kinds.set(key, f.kind);
    else if (k !== f.kind) shared.add(key);
  }
  return { facts, detail, entities, shared };
}

/** Groups to mark beside the selected fact: a quote's speaker, an event's actors. */
export function relatedGroups(d: Detail | undefined): string[] {
  if (!d) return [];
  if (d.kind === 'quote' && d.quote.speaker) return [`entity:${d.quote.speaker}`];
  if (d.kind === 'event') return [...d.event.source, ...d.event.target, ...(d.event.location ? [d.event.location] : [])].map((id) => `entity:${id}`);
  return [];
}

/** Display name of an entity reference (an entity id, or an actor code where no entity exists). */
export const refName = (ref: string, entities: Map<string, Entity>) => entities.get(ref)?.name ?? ref;
