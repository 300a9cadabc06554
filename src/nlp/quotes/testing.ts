// Helpers for this folder's tests: entities placed on a made-up text by name; every attribution of a Doc.
import type { Doc } from '../../doc/doc.js';
import type { Entity, Quote } from '../../doc/schema.js';
import { findQuotes } from './extract.js';

/** Every attribution the layer finds, quotes and the attributions that are no quotes alike, in text order. */
export const allAttributions = (doc: Doc): Quote[] => findQuotes(doc).map((d) => d.quote);

/** An entity whose mentions are every whole-word occurrence of its names (longest first, no overlaps). */
export function entity(id: string, type: Entity['type'], text: string, names: string[], extra: Partial<Entity> = {}): Entity {
  const mentions: Entity['mentions'] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (mentions.some((m) => m.start < at + name.length && m.end > at)) continue;
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + name.length] ?? '')) continue;
      mentions.push({ start: at, end: at + name.length, text: name });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, type, name: names[0], mentions, ...extra };
}
