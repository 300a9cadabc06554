// Test helper: mentions as a tagger would give them (every occurrence of each name, on token boundaries).
import { tokenize } from '../tokens/index.js';
import { linkEntities, type LinkOptions } from './link.js';
import type { MentionType, RawMention } from './types.js';

export function mark(text: string, names: [string, MentionType][]) {
  const { tokens } = tokenize(text);
  const raw: RawMention[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const first = tokens.findIndex((t) => t.start === at);
      const last = tokens.findIndex((t) => t.end === at + name.length);
      if (first >= 0 && last >= first && !raw.some((r) => r.first <= last && first <= r.last)) raw.push({ first, last, type });
    }
  }
  raw.sort((a, b) => a.first - b.first);
  return { tokens, raw };
}

/** Links the marked names of a text; returns a lookup by entity name. */
export function link(text: string, names: [string, MentionType][], opts: LinkOptions = {}) {
  const { tokens, raw } = mark(text, names);
  const entities = linkEntities(text, tokens, raw, opts);
  const get = (name: string) => {
    const e = entities.find((x) => x.name === name);
    if (!e) throw new Error(`no entity "${name}" in ${entities.map((x) => x.name).join(', ')}`);
    return e;
  };
  return { entities, get, attrs: (name: string) => [get(name).role, get(name).country, get(name).sector] };
}

/** Links the marked names as the tagger would give them with its margins: each name with its type, the tagger's type
 *  margin and its runner-up type (ner/margins.ts). Returns each entity's type by name. */
export function linkTagged(text: string, names: [string, MentionType, number, MentionType][]): Record<string, string> {
  const { tokens, raw } = mark(text, names.map(([n, t]) => [n, t]));
  for (const r of raw) {
    const [, , margin, alt] = names.find(([n]) => n === text.slice(tokens[r.first].start, tokens[r.last].end))!;
    r.tagged = { type: r.type, margin, alt };
  }
  return Object.fromEntries(linkEntities(text, tokens, raw).map((e) => [e.name, e.type]));
}
