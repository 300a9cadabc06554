// Site names the tokenizer cuts at their dots ("News18" "." "com", "independent" "." "co." "uk"): the tagger then tags
// a piece of one ("com", "co.uk", "Boxofficeindia" as a place). A run of glued tokens that reads as a domain is one
// name, a site's, and a site named in news is its publisher: an organisation.
import type { TokenView } from './context.js';
import { SITE_DOMAINS } from './not-names.js';
import type { RawMention } from './types.js';

/** Labels separated by dots, the last one a site's domain ("www.bbc.co.uk"); a final full stop is the sentence's. */
const DOMAIN = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)+$/u;

/** A dot, or a label (with its dot when the tokenizer kept it: "co."). */
const PART = /^(?:\.|[\p{L}\p{N}-]+\.?)$/u;

/** Tokens i and i + 1 touch, both parts of a domain. */
const glued = (v: TokenView, i: number) => v.tokens[i]!.end === v.tokens[i + 1]!.start && PART.test(v.words[i]!) && PART.test(v.words[i + 1]!);

/** The tokens first…last of the glued run around token i when they spell a domain, without a final full stop. */
function domainRun(v: TokenView, i: number): [number, number] | null {
  let first = i;
  let last = i;
  while (first > 0 && glued(v, first - 1)) first--;
  while (last + 1 < v.tokens.length && glued(v, last)) last++;
  if (last > first && v.words[last] === '.') last--;
  const text = v.text.slice(v.tokens[first]!.start, v.tokens[last]!.end);
  // The domain as written in lower case: "India.It" is a missing space after a full stop, not Italy's domain.
  if (!DOMAIN.test(text) || !SITE_DOMAINS.has(text.slice(text.lastIndexOf('.') + 1))) return null;
  return [first, last];
}

/**
 * A mention inside a domain ("com", "co.uk", "News18.") becomes the whole domain, an organisation; other mentions
 * inside the same domain go. `raw` in text order; the output too. Linear in the tokens the mentions touch.
 */
export function siteNames(v: TokenView, raw: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  let lastSite = -1;
  for (const r of raw) {
    if (r.first <= lastSite) continue;
    const run = domainRun(v, r.first);
    if (!run || run[1] < r.last) { out.push(r); continue; }
    out.push({ first: run[0], last: run[1], type: 'ORG' });
    lastSite = run[1];
  }
  return out;
}
