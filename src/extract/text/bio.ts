// Author bio lines at the foot of an article: "Jane Doe is a senior correspondent at The Harbour Times, where she
// covers energy." A name (capitalised words) opens the line, a copula follows, and a newsroom role noun comes
// within the next few words. Such a line only ends the body when most of the body stands before it (ending.ts):
// the same shape in the middle of a story introduces a source.
import { BIO_ROLES, matchKey } from './lexicon.js';
import { BIO_MAX_WORDS, BIO_ROLE_WINDOW } from './settings.js';
import { wordCount } from './title.js';

const NAME_COPULA_RE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}(?: \([^()]{1,40}\))?,? (?:is|was|has been|serves as) /u;

export function isAuthorBio(text: string): boolean {
  if (wordCount(text) > BIO_MAX_WORDS) return false;
  const m = NAME_COPULA_RE.exec(text);
  if (!m) return false;
  const words = matchKey(text.slice(m[0].length)).split(/[^\p{L}-]+/u).filter(Boolean).slice(0, BIO_ROLE_WINDOW);
  return words.some((w) => BIO_ROLES.has(w));
}
