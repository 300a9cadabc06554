// The speaker's own words for themselves inside a quotation: "I", "me", "my" are the speaker; "we", "us", "our" are
// the speaker's state when the speaker holds a state office (a president's "sell these systems to us" is Ukraine's).
// Pronouns outside quotations, or in the quotation of a speaker with no state role, stay unread (an analyst's "we"
// is not a country).
import type { Doc } from '../../doc/doc.js';
import type { Actor } from './actors.js';
import { STATE_SECTORS } from './words.js';

const SINGULAR = new Set(['i', 'me', 'my', 'myself']);
const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
/** Sectors whose holder speaks for a state: its agents and its legislators. */
const SPEAKS_FOR_STATE: ReadonlySet<string> = new Set([...STATE_SECTORS, 'LEG']);

/** `actors` (sorted, disjoint) with the first-person pronouns of attributed direct and partial quotations added. */
export function withQuotedSelves(doc: Doc, actors: Actor[]): Actor[] {
  const quotes = (doc.quotes ?? []).filter((q) => q.speaker && q.kind !== 'indirect').sort((a, b) => a.start - b.start);
  if (!quotes.length) return actors;
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  // The codes the actors of each entity were given (an office holder placed by the only country of a sentence).
  const codesOf = new Map<string, string[]>();
  for (const a of actors) if (a.id && a.codes.length && !codesOf.has(a.id)) codesOf.set(a.id, a.codes);
  const taken = new Uint8Array(doc.tokens.length);
  for (const a of actors) for (let i = a.first; i <= a.last; i++) taken[i] = 1;
  const added: Actor[] = [];
  let t = 0;
  for (const q of quotes) {
    const speaker = entities.get(q.speaker!);
    const codes = speaker && (codesOf.get(speaker.id) ?? (speaker.country ? [speaker.country] : []));
    if (!speaker || !codes?.length) continue;
    // (An institute's or a firm's "we" is no state; a government's, an army's or a country's is.)
    const state = SPEAKS_FOR_STATE.has(speaker.sector ?? '') || speaker.type === 'LOC';
    while (t < doc.tokens.length && doc.tokens[t].start < q.start) t++;
    for (let i = t; i < doc.tokens.length && doc.tokens[i].end <= q.end; i++) {
      if (taken[i] || doc.tokens[i].pos !== 'PRON') continue;
      const w = doc.text.slice(doc.tokens[i].start, doc.tokens[i].end);
      const lw = w.toLowerCase();
      if (SINGULAR.has(lw) && speaker.type === 'PERSON') {
        added.push({ first: i, last: i, id: speaker.id, codes, sector: speaker.sector ?? null, type: 'PERSON', adjectival: false, city: false });
      } else if (PLURAL.has(lw) && w !== 'US' && state) {
        added.push({ first: i, last: i, id: null, codes, sector: speaker.type === 'LOC' ? 'GOV' : (speaker.sector ?? null), type: 'GROUP', adjectival: false, city: false });
      }
    }
  }
  if (!added.length) return actors;
  return [...actors, ...added].sort((a, b) => a.first - b.first);
}
