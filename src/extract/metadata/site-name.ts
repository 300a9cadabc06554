// A site's name as a whole word in a text (a tagline naming it: "From Harbour Post, …"): the name, case as given,
// with no letter or digit on either side. Found with indexOf and a look at the code point on each side, not with a
// RegExp built per page: a \p{L} pattern costs a fresh compile every time (~0.4 ms, more than the page's blocks
// take to read).

export interface SiteNameMatcher {
  /** Whether `text` names the site as a whole word. */
  test(text: string): boolean;
}

/** Names shorter than this are too easily a word of the text. */
const MIN_SITE_CHARS = 3;
const WORD_CHAR_RE = /^[\p{L}\p{N}]/u;
const HAS_SURROGATE_RE = /[\ud800-\udfff]/;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether the code point ending just before `at` is a letter or digit (a surrogate pair read whole). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = at >= 2 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2));
  return WORD_CHAR_RE.test(text.slice(at - (pair ? 2 : 1), at));
}

/** Whether the code point starting at `at` is a letter or digit. */
const wordCharAt = (text: string, at: number): boolean => at < text.length && WORD_CHAR_RE.test(text.slice(at, at + 2));

/** The site's name as a whole-word matcher, or null for a name too short to tell from a word. Used by the HTML and
 *  the scraped-text body rules alike. */
export function siteNameMatcher(site: string | null | undefined): SiteNameMatcher | null {
  if (!site || site.length < MIN_SITE_CHARS) return null;
  // A name with surrogates keeps the plain pattern (where a match may start depends on the pairs).
  if (HAS_SURROGATE_RE.test(site)) return sitePattern(site);
  return {
    test(text: string): boolean {
      for (let at = text.indexOf(site); at >= 0; at = text.indexOf(site, at + 1)) {
        if (!wordCharBefore(text, at) && !wordCharAt(text, at + site.length)) return true;
      }
      return false;
    },
  };
}

/** The same test as a RegExp (the reference the matcher is tested against). */
export function sitePattern(site: string): RegExp {
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
}
