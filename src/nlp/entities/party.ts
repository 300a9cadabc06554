// The US party-and-state tag after a legislator's name ("Rep. Brian Babin (R-TX)", "Sen. Jane Roe (D-N.Y.)",
// "(I-Vermont)"): the state places the person in the United States, and a postal code inside the tag ("TX") is that
// state, a place, not an organisation — without the party letter the tagger may have taken with it ("R-TX").
import type { TokenView } from './context.js';
import type { Mention } from './types.js';

/** The USPS two-letter codes of the 50 states, DC and the territories (closed class, USPS Publication 28). */
const USPS = new Set(['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP']);
/** Party letters of the tag: Democrat, Republican, Independent. */
const PARTY = /^[DRI]$/;
/** At most this many tokens of state between "-" and ")" ("N", ".", "Y."). */
const MAX_STATE_TOKENS = 4;

/**
 * Reads party tags after people's mentions: the person gets the country of the state (`stateCountry` of the written
 * state, or USA for a postal code) when nothing else placed them, and a postal-code mention inside the tag becomes a
 * place in the USA. One pass over the mentions.
 */
export function partyTags(v: TokenView, mentions: readonly Mention[], stateCountry: (written: string) => string | null): void {
  const at = new Map<number, Mention>();
  for (const m of mentions) at.set(m.first, m);
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.pronoun) continue;
    const k = m.last + 1;
    if (v.words[k] !== '(' || !PARTY.test(v.words[k + 1] ?? '') || v.words[k + 2] !== '-') continue;
    let close = k + 3;
    while (close < v.words.length && close <= k + 2 + MAX_STATE_TOKENS && v.words[close] !== ')') close++;
    if (v.words[close] !== ')' || close === k + 3) continue;
    const written = v.text.slice(v.tokens[k + 3].start, v.tokens[close - 1].end);
    const code = USPS.has(written) ? 'USA' : stateCountry(written);
    if (!code) continue;
    m.country ??= code;
    if (!USPS.has(written)) continue;
    // The tagger's name may hold the party letter too ("R-TX"): it is cut to the state.
    const whole = at.get(k + 1);
    if (whole && whole.last === close - 1) {
      whole.first = k + 3;
      whole.start = v.tokens[k + 3].start;
      whole.text = written;
      whole.words = [written.toLowerCase()];
    }
    const inside = whole?.first === k + 3 ? whole : at.get(k + 3);
    if (inside && inside.last === close - 1) {
      inside.type = 'LOC';
      inside.country ??= 'USA';
    }
  }
}
