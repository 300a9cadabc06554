// A press statement re-posted after the article is a separate unit appended to the page's text: a release label
// ("Press release", "Read the full statement") or a wire-service dateline ("… /PRNewswire/ --") late in the body
// starts it. A release's end mark ("###", "-30-") is no text. (What follows an end mark on a page that is itself a
// release — "About <issuer>", the media contact — is part of that release, as both dev gold standards have it.)
// Words in lexicon/appended.ts.
import { END_MARKS, RELEASE_LABELS, WIRE_SERVICES } from './lexicon/appended.js';

/** A wire dateline stands at the start of a release's first paragraph. */
const WIRE_DATELINE_CHARS = 200;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A label line: the label alone, with a colon, or with a colon and a short title. */
const RELEASE_LABEL_RE = new RegExp(`^(?:${alternation(RELEASE_LABELS)})\\s*(?::.*|[.\\u2013\\u2014-]?\\s*)$`, 'i');
/** A release dateline: "/PRNewswire/", "(BUSINESS WIRE) --", "/CNW/". */
const WIRE_DATELINE_RE = new RegExp(`/\\s*(?:${alternation(WIRE_SERVICES)})\\s*/|\\(\\s*(?:${alternation(WIRE_SERVICES)})\\s*\\)\\s*[\\u2013\\u2014-]`, 'i');
const END_MARK_RE = new RegExp(`^(?:${alternation(END_MARKS)})$`, 'i');

/** Whether a block opens a re-posted statement: a release label line or a wire-service dateline. */
export function opensRelease(text: string, maxLabelChars: number): boolean {
  const t = text.trim();
  if (t.length <= maxLabelChars && RELEASE_LABEL_RE.test(t)) return true;
  return WIRE_DATELINE_RE.test(t.slice(0, WIRE_DATELINE_CHARS));
}

/** Whether a block is a release's end mark ("###", "-30-", "ENDS"). */
export const isEndMark = (text: string): boolean => END_MARK_RE.test(text.trim());
