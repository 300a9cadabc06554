// Speaker spans to entities: the entity whose mention overlaps the speaker phrase (a person or organisation before
// a place: "Russia's envoy Vladimir Medinsky" is Medinsky). A bare he/she that the entity layer left unresolved
// goes to the person quoted last, a few sentences back at most ("…,” he added).
import type { Entity } from '../../doc/schema.js';
import type { Span } from '../../doc/types.js';
import { PERSON_PRONOUNS } from './lexicon.js';
import { MAX_SENTENCES_BACK_FOR_PRONOUN } from './settings.js';

/** Mentions longer than this are not expected (bounds the search window). */
const MAX_MENTION_LENGTH = 200;
const POSSESSIVE = /^['’]s/;
const TYPE_RANK: Record<string, number> = { PERSON: 3, ORG: 2, NORP: 1, LOC: 1, MISC: 0 };

interface IndexedMention extends Span {
  entity: Entity;
}

export class SpeakerLinker {
  private readonly mentions: IndexedMention[];
  private last: { id: string; sentence: number } | null = null;

  constructor(private readonly text: string, entities: readonly Entity[] | undefined) {
    this.mentions = [];
    for (const e of entities ?? []) for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The entity of the speaker phrase `span` (text `text`) in sentence `sentence`, else of its apposition; quotes
   * must come in text order. */
  link(span: Span, text: string, sentence: number, apposition?: Span): string | null {
    const best = this.best(span) ?? (apposition ? this.best(apposition) : null);
    let id = best ? best.entity.id : null;
    const pronoun = PERSON_PRONOUNS.has(text.toLowerCase());
    if (!id && pronoun && this.last && sentence - this.last.sentence <= MAX_SENTENCES_BACK_FOR_PRONOUN) id = this.last.id;
    // Only people are carried over to a later "he said".
    if (best?.entity.type === 'PERSON' || (!best && id)) this.last = { id: id!, sentence };
    return id;
  }

  /** The mention overlapping `span` that best names a speaker: a person before an organisation before a place, then
   * the larger overlap; a possessor ("Russia's envoy") is not the speaker. */
  private best(span: Span): IndexedMention | null {
    let best: IndexedMention | null = null;
    let bestScore = -1;
    // Binary search for the first mention that may overlap (mentions are sorted by start).
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < span.start - MAX_MENTION_LENGTH) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      const m = this.mentions[i];
      if (m.end <= span.start || (m.end < span.end && POSSESSIVE.test(this.text.slice(m.end, m.end + 2)))) continue;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      const score = (TYPE_RANK[m.entity.type] ?? 0) * 10000 + overlap;
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }
}
