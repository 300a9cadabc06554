// Line classifier: what kind of unit is this, how much is it worth as body text, and is it clutter that
// goes even from the middle of the body?
import { CAPTION_VERBS, DATE_WORDS, matchBoilerplate, matchKey } from './lexicon.js';
import type { Marker } from './markdown.js';
import {
  ARROW_LINK_MAX_WORDS, CAPTION_MAX_WORDS, SCENE_CAPTION_MAX_WORDS, SCENE_CAPTION_MIN_WORDS, SCENE_VERB_WINDOW, CODE_CHAR_SHARE, CODE_MIN_CHARS, CODE_MIN_COUNT, TIMESTAMP_MAX_WORDS, TIMESTAMP_OTHER_WORDS, DATA_DIGIT_SHARE, END_CREDIT_MAX_WORDS, END_WINDOW, GLUED_MIN, GLUED_SHARE, LEXICON_WINDOW,
  LINK_ONLY_SHARE, LONG_PARAGRAPH_MAX_CAPS, LONG_PARAGRAPH_WORDS, REPEAT_MIN_WORDS, SCORE, SHORT_MAX_WORDS,
  TITLE_CASE_MIN_WORDS, TITLE_CASE_SHARE,
} from './settings.js';
import { wordCount } from './title.js';

export type Verdict =
  | 'prose' // ends like a sentence
  | 'long' // long line without final punctuation (standfirst, headline, heading)
  | 'short' // short line without final punctuation (heading inside the body, label at the edges)
  | 'data' // short line with many digits (a table row)
  | 'menu' // title-case run of words: a menu or a headline list
  | 'link' // link-only line
  | 'boilerplate' // phrase-lexicon hit
  | 'caption' // photo caption or credit
  | 'repeat' // repeats an earlier line
  | 'title' // repeats the title
  | 'byline' // "By Name" line, moved to the byline
  | 'dateline' // "Published 12 January 2026" line, moved to the publication date
  | 'empty';

/** Verdicts whose lines are dropped wherever they stand; the others are dropped only outside the body. */
export const REMOVABLE: ReadonlySet<Verdict> = new Set(['link', 'boilerplate', 'caption', 'repeat', 'title', 'byline', 'dateline', 'empty']);

export interface UnitInfo {
  text: string;
  marker: Marker;
  linkShare: number;
}

export interface Classified {
  verdict: Verdict;
  /** The lexicon kind or rule that decided, for reports. */
  reason: string;
  score: number;
}

const PROSE_END_RE = /[.!?…:;]["”’'»)\]]*$/;
/** A truncated teaser ("…the company's top execs ...", "…그가 뜨..") is not a finished sentence. */
const TEASER_END_RE = /(?:\.\.|…)["”’')\]]*$/;
/** Footnote markers after the final punctuation: "…on February 21.[lxxiii]", "…rate. 19", "…said.[3][4]". */
const FOOTNOTES_END_RE = /(?:\s?\[[\p{L}\p{N}]{1,8}\]|\s?\d{1,3})+$/u;

// Captions: a credit label ("Photograph: …", "Photo by …"), an agency credit at the end ("… Sergei Grits/AP",
// "…—Getty Images"), a bracketed credit ("[File: Jane Doe/AFP]", "(Jane Doe/Reuters)").
// (No "i" flag: with it, \p{Lu} would match lower-case letters too.)
const CREDIT_LABEL_RE = /(?:\b|(?<=\p{Ll}))(?:[Pp]hotograph|[Pp]hotos?|[Pp]icture|[Ii]mage|[Ii]llustration|[Cc]redit|[Pp]hoto [Cc]redit|PHOTO)\s?(?::|\.{2,3}|…|by\s\p{Lu})/u;
/** A credit alone: "Jane Roe/Harbour Times". */
const NAME_SLASH_OUTLET_RE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s?\/\s?\p{Lu}[\p{L}&.' -]{1,30}$/u;
const AGENCY_END_RE =
  /(?:\/|[—–|]|\s-\s?|\bvia\s|[(\[])\s*(?:AP|AFP|Reuters|Getty Images|EPA(?:-EFE)?|Bloomberg|Anadolu(?: Agency)?|Xinhua|TASS|Sputnik|Shutterstock|Alamy|NurPhoto|SOPA Images|Pool|Handout|dpa|ZUMA(?: Press)?(?: Wire)?|Ukrinform|Sipa(?: USA)?|ABACA|IMAGO|AAP|Global Images Ukraine(?: via Getty Images)?)(?: [Ff]ile(?: [Pp]hoto)?)?\s*[)\]]?\.?$/;
const BRACKET_CREDIT_RE = /[(\[][^()[\]]{0,80}\/\s?\p{Lu}[^()[\]]{0,60}[)\]]$|\[[Ff]ile:/u;
/** A caption that says what the picture shows ("This illustration of … shows", "In this photo provided by …"). */
const CAPTION_START_RE =
  /^(?:[Ii]n )?[Tt]his (?:undated |handout |file |aerial |satellite |combination |composite )?(?:photo(?:graph)?|picture|image|illustration|screenshot|screen grab|still|video grab|handout|file photo|rendering|graphic)\b.{0,120}\b(?:shows?|showing|taken|released|provided|obtained|made available|distributed)\b/;
/** A teaser headline tagged with its section in capitals: "Holidaymakers fall ill after eating marmot [INSIGHT]". */
const TEASER_TAG_RE = /\[\p{Lu}[\p{Lu} ]{2,20}\]$/u;
/** The header of an author box: "About Jane Roe" (and its usual translations). */
const ABOUT_NAME_RE = /^(?:About|Sobre|Acerca de|À propos de|Über|Su|Over) (?:the author|o autor|a autora|el autor|l'auteur|den Autor|l'autore|de auteur|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})$/u;
/** Gallery captions: "[1/5] Ukrainian prisoners…", "Item 1 of 2 Water vapour…". */
const GALLERY_RE = /^(?:\[\d{1,2}\/\d{1,2}\]|[Ii]tem \d{1,2} of \d{1,2}\b|\d{1,2} (?:of|\/) \d{1,2}$)|\b(?:[Ss]ubmitted|[Cc]ourtesy) photo$|^[Pp]hoto courtesy\b/;

export function classify(unit: UnitInfo): Classified {
  const { text } = unit;
  if (!text) {
    return unit.linkShare > 0 ? { verdict: 'link', reason: 'empty link', score: SCORE.link } : { verdict: 'empty', reason: 'empty', score: 0 };
  }
  const words = wordCount(text);
  if (unit.linkShare >= LINK_ONLY_SHARE || (unit.linkShare > 0 && !/\p{L}{2}/u.test(text))) {
    return { verdict: 'link', reason: 'link-only', score: SCORE.link };
  }
  // A line led by a link arrow ("» Read the column", "› More on this") points to another page.
  if (/^[»›]\s?\S/.test(text) && words <= ARROW_LINK_MAX_WORDS) return { verdict: 'boilerplate', reason: 'related', score: SCORE.boilerplate };
  if (/^@[\w.]{2,30}$/.test(text)) return { verdict: 'boilerplate', reason: 'handle', score: SCORE.boilerplate };
  if (looksLikeCode(text)) return { verdict: 'boilerplate', reason: 'code', score: SCORE.boilerplate };
  const key = matchKey(windowed(text));
  const kind = matchBoilerplate(key, words);
  const end = text.length > END_WINDOW ? text.slice(-END_WINDOW) : text;
  if (kind) return { verdict: 'boilerplate', reason: kind, score: SCORE.boilerplate };
  if (TEASER_TAG_RE.test(text)) return { verdict: 'boilerplate', reason: 'related', score: SCORE.boilerplate };
  if (ABOUT_NAME_RE.test(text)) return { verdict: 'boilerplate', reason: 'author-header', score: SCORE.boilerplate };
  if (
    (words <= CAPTION_MAX_WORDS && CREDIT_LABEL_RE.test(text)) ||
    (words <= END_CREDIT_MAX_WORDS && (AGENCY_END_RE.test(end) || BRACKET_CREDIT_RE.test(end) || GALLERY_RE.test(text))) ||
    (words <= CAPTION_MAX_WORDS && CAPTION_START_RE.test(text)) ||
    NAME_SLASH_OUTLET_RE.test(text)
  ) {
    return { verdict: 'caption', reason: 'credit', score: SCORE.caption };
  }
  if (isSceneCaption(text, words)) return { verdict: 'caption', reason: 'scene caption', score: SCORE.caption };
  const glued = gluedWords(text);
  if (glued >= GLUED_MIN && glued / words >= GLUED_SHARE) {
    return { verdict: 'menu', reason: 'glued menu words', score: SCORE.menu };
  }
  if (words <= TIMESTAMP_MAX_WORDS && isTimestamp(text)) {
    return { verdict: 'short', reason: 'timestamp', score: SCORE.short };
  }
  if (!TEASER_END_RE.test(end) && (PROSE_END_RE.test(end) || PROSE_END_RE.test(end.replace(FOOTNOTES_END_RE, '')))) {
    return { verdict: 'prose', reason: 'sentence', score: text.length };
  }
  if (words <= SHORT_MAX_WORDS && digitShare(text) >= DATA_DIGIT_SHARE) {
    return { verdict: 'data', reason: 'digits', score: text.length * SCORE.dataPerChar };
  }
  if (words >= TITLE_CASE_MIN_WORDS && titleCaseShare(text) >= TITLE_CASE_SHARE) {
    return { verdict: 'menu', reason: 'title-case', score: SCORE.menu };
  }
  if (words <= SHORT_MAX_WORDS) return { verdict: 'short', reason: 'short', score: SCORE.short };
  if (words >= LONG_PARAGRAPH_WORDS && titleCaseShare(text) < LONG_PARAGRAPH_MAX_CAPS) {
    return { verdict: 'prose', reason: 'long paragraph', score: text.length * SCORE.unpunctuatedPerChar };
  }
  return { verdict: 'long', reason: 'no final punctuation', score: SCORE.long };
}

/** String escapes of script data ("her mother\u0027s", "\"We believe…\"") never occur in visible prose. */
const ESCAPE_RE = /\\u[0-9a-fA-F]{4}|\\["\/nt]|%[0-9A-F]{2}[^%\s]{0,40}%[0-9A-F]{2}/;
/** Characters of markup and code. */
const CODE_CHAR_RE = /[{}[\]<>=;\\|]/g;

/** Script data or markup that leaked into the text: string escapes, or a dense share of code characters. */
function looksLikeCode(text: string): boolean {
  if (ESCAPE_RE.test(text)) return true;
  if (text.length < CODE_MIN_CHARS) return false;
  const code = text.match(CODE_CHAR_RE);
  return code !== null && code.length >= CODE_MIN_COUNT && code.length / text.length >= CODE_CHAR_SHARE;
}

const YEAR_OR_CLOCK_RE = /\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}:\d{2}(?:[ap]m)?\b|\b\d+ (?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?) ago\b/i;

/** A line that only dates something ("12 November 2019", "Nov. 18, 2019 7:04 pm ET", "2 days ago at 07:52 am"):
 *  a year or a clock time, and at most TIMESTAMP_OTHER_WORDS words that are not date words. */
function isTimestamp(text: string): boolean {
  if (!YEAR_OR_CLOCK_RE.test(text)) return false;
  let other = 0;
  for (const w of matchKey(text).split(/[\s,.|/·•–—-]+/)) {
    if (!w || /^\d/.test(w) || DATE_WORDS.has(w)) continue;
    if (++other > TIMESTAMP_OTHER_WORDS) return false;
  }
  return true;
}

/** Reporting and past-tense verbs, quotes or a second sentence: narrative, not a caption. */
const NARRATIVE_RE = /\b(?:said|says|told|was|were|had|has|have|will|would|could|should|may|might|I|we|you)\b|["“”«»]|[.!?]["”’)]*\s+\p{Lu}/u;

/** A photo caption without its credit: one sentence whose subject does a scene verb in the present tense. */
function isSceneCaption(text: string, words: number): boolean {
  if (words < SCENE_CAPTION_MIN_WORDS || words > SCENE_CAPTION_MAX_WORDS || !/^(?:An? |\p{Lu})/u.test(text)) return false;
  if (!/[.]$/.test(text) || NARRATIVE_RE.test(text)) return false;
  const lead = text.split(/\s+/, SCENE_VERB_WINDOW);
  return lead.slice(1).some((w) => CAPTION_VERBS.has(w.toLowerCase()));
}

/** Key under which repeated lines are recognised; null for lines too short to judge. */
export function repeatKey(text: string): string | null {
  if (wordCount(text) < REPEAT_MIN_WORDS) return null;
  return matchKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() || null;
}

/**
 * Lexicon phrases sit at the start or the end of a line; a very long line is matched on both ends only, which
 * keeps the cost per line bounded.
 */
function windowed(text: string): string {
  return text.length > 2 * LEXICON_WINDOW ? `${text.slice(0, LEXICON_WINDOW)} … ${text.slice(-LEXICON_WINDOW)}` : text;
}

/** Menu items glued by the crawler ("Trade RumorsNZ vs UAE Live ScoreVaibhav"): lower→upper case inside a word. */
function gluedWords(text: string): number {
  const m = text.match(/\p{Ll}{2}\p{Lu}/gu);
  return m ? m.length : 0;
}

function digitShare(text: string): number {
  let digits = 0;
  let visible = 0;
  for (const ch of text) {
    if (ch === ' ') continue;
    visible++;
    if (ch >= '0' && ch <= '9') digits++;
  }
  return visible ? digits / visible : 0;
}

/** Share of words that start with a capital letter or a digit (short function words are skipped). */
export function titleCaseShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (!words.length) return 0;
  return words.filter((w) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(w)).length / words.length;
}

const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'via', 'per', 'into', 'onto', 'over', 'up', 'out', 'off', 'if', 'so', 'yet', 'is', 'are', 'be',
]);
