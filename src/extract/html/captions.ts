// Photo captions and credits inside the body: a credit line ("Photo: Jane Doe/Reuters", "Image source, Getty
// Images", "Credit: …"), a short line naming a picture agency, or a caption that ends in a credit ("… on Tuesday.
// (AP Photo/Jane Doe)", "… in Paris. Photograph: Jane Doe/AFP"). The words are in lexicon/captions.ts.
import { CREDIT_LABELS, CREDIT_SOURCE_WORDS, PICTURE_AGENCIES } from './lexicon/captions.js';
import { CAPTION_MAX_CHARS, CREDIT_LINE_MAX_CHARS, CREDIT_TAIL_CHARS } from './settings.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
const LABEL = `(?:${alternation(CREDIT_LABELS)})`;
const AGENCY = `(?:${alternation(PICTURE_AGENCIES)})`;
const SOURCE = `(?:${alternation([...PICTURE_AGENCIES, ...CREDIT_SOURCE_WORDS])})`;
/** After a label: a colon or dash, or just a space after a label ending in by/of/von/de/di ("Photo by Jane Doe"). */
const LABEL_SEP = `(?:\\s*[:|,\\u2013\\u2014-]|(?<=\\b(?:by|of|von|de|di))\\s)`;

/** A line that is a credit: a label and its separator at the start, or a ©. */
const CREDIT_LINE_RE = new RegExp(`^(?:\\(?${LABEL}${LABEL_SEP}|©|\\(c\\)\\s)`, 'i');
/** A short line naming an agency: "Image copyright Getty Images", "Jane Doe/AP", "AFP via Getty Images", ©. */
const AGENCY_LINE_RE = new RegExp(`\\b${AGENCY}\\b|[/|]\\s*${SOURCE}\\b|©`, 'i');
const SENTENCE_END_RE = /[.!?…:;"'”»]\s*$/;
/** A credit closing a caption: "(AP Photo/Jane Doe)", "(Getty Images)", ". Photograph: Jane Doe/Reuters", or a
 *  credit line of its own under it ("…\nPhoto: Jane J. Doe"). */
const CREDIT_TAIL_RE = new RegExp(
  `(?:\\((?:${LABEL}${LABEL_SEP}|${SOURCE}\\s*(?:photos?\\b|images\\b|/))[^()]*\\)|\\([^()]*/\\s*${SOURCE}\\b[^()]*\\)|(?:[.!?]\\s+|\\s[|\\u2013\\u2014]\\s*)${LABEL}${LABEL_SEP}[^.!?]+|\\n\\s*${LABEL}${LABEL_SEP}[^\\n]{1,80})\\s*\\.?$`,
  'i',
);

/** Agencies are written capitalised or as they style themselves in lower case ("dpa"), not "ePA" (an acronym). */
const writtenAsName = (s: string): boolean => s === s.toLowerCase() || /^[^a-z]/.test(s);

/** Whether a block of the body is a photo caption or credit. */
export function isCaption(text: string): boolean {
  const n = text.length;
  if (n > CAPTION_MAX_CHARS) return false;
  if (n <= CREDIT_LINE_MAX_CHARS) {
    if (CREDIT_LINE_RE.test(text)) return true;
    if (!SENTENCE_END_RE.test(text)) {
      const m = AGENCY_LINE_RE.exec(text);
      if (m && writtenAsName(m[0])) return true;
    }
  }
  return CREDIT_TAIL_RE.test(n > CREDIT_TAIL_CHARS ? text.slice(n - CREDIT_TAIL_CHARS) : text);
}
