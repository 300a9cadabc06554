// The entities component: our NER tagger over the Doc's sentences, then linking into one entity per referent.
import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/component.js';
import { loadNerModel } from '../ner/index.js';
import { linkEntities } from './link.js';
import type { MentionType, RawMention } from './types.js';

export { linkEntities } from './link.js';
export { ROLE_SECTORS, sectorOf } from './roles.js';

const TYPES = new Set<MentionType>(['PERSON', 'ORG', 'LOC', 'NORP', 'MISC']);

/** Named mentions of the Doc as token ranges, tagged one document at a time (the tagger uses document context). */
export function tagMentions(doc: Doc): RawMention[] {
  const bySentence: number[][] = doc.sentences.map(() => []);
  doc.tokens.forEach((t, i) => bySentence[t.sentence]?.push(i));
  const words = bySentence.map((ids) => ids.map((i) => doc.text.slice(doc.tokens[i].start, doc.tokens[i].end)));
  const spans = loadNerModel().spansWithMargins(words);
  const raw: RawMention[] = [];
  bySentence.forEach((ids, s) => {
    for (const span of spans[s]) {
      if (!TYPES.has(span.type as MentionType)) continue;
      const type = span.type as MentionType;
      raw.push({ first: ids[span.start], last: ids[span.end - 1], type, tagged: { type, margin: span.typeMargin, alt: span.altType as MentionType } });
    }
  });
  return raw;
}

export const entitiesComponent: Component = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: ['entities'],
  run(doc: Doc) {
    doc.entities = linkEntities(doc.text, doc.tokens, tagMentions(doc), { outlet: doc.meta.outlet });
  },
};
