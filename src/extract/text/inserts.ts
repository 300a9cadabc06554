// Inserts inside the body that only their neighbours give away: a caption printed twice (once bare, once with
// its credit), the description under a media label ("AUDIO: …" then "Our correspondent reports on …"), and a
// run of headlines (a related-stories box or an event teaser between two paragraphs).
import type { Verdict } from './classify.js';
import { CAPTION_ABOVE_MAX_WORDS, CREDIT_ONLY_MAX_WORDS, CAPS_HEADLINE_MIN_WORDS, HEADLINE_RUN_MIN, HEADLINE_MIN_WORDS, KICKER_MAX_WORDS, SHORT_HEADLINE_MIN_WORDS, MEDIA_DESCRIPTION_MAX_WORDS, ECHO_MIN_CHARS } from './settings.js';
import { wordCount } from './title.js';
import type { Unit } from './unit.js';

const TEXT_VERDICTS: ReadonlySet<Verdict> = new Set(['prose', 'long', 'short', 'menu']);

/** Index of the next (dir 1) or previous (dir -1) non-empty unit, or -1. */
function neighbour(units: readonly Unit[], i: number, dir: 1 | -1): number {
  for (let j = i + dir; j >= 0 && j < units.length; j += dir) if (units[j].verdict !== 'empty') return j;
  return -1;
}

/**
 * A line next to a caption that the caption starts with is the same caption without its credit ("A man walks …"
 * then "A man walks … Jane Doe/AFP"); the line after a media label is the media's description.
 */
export function markCaptionEchoes(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!TEXT_VERDICTS.has(u.verdict)) continue;
    if (u.text.length >= ECHO_MIN_CHARS) {
      const echoes = [neighbour(units, i, 1), neighbour(units, i, -1)].some(
        (j) => j >= 0 && units[j].verdict === 'caption' && units[j].text.length > u.text.length && units[j].text.startsWith(u.text),
      );
      if (echoes) { units[i] = { ...u, verdict: 'caption', reason: 'caption without credit', score: 0 }; continue; }
    }
    // A one-sentence line right above a bare credit ("Jane Roe | Bloomberg | Getty Images") is its caption.
    const next = neighbour(units, i, 1);
    if (
      next >= 0 && isBareCredit(units[next]) &&
      wordCount(u.text) <= CAPTION_ABOVE_MAX_WORDS && !/[.!?]["”’)]*\s+\p{Lu}|["“”«»]/u.test(u.text)
    ) {
      units[i] = { ...u, verdict: 'caption', reason: 'caption above credit', score: 0 };
      continue;
    }
    const prev = neighbour(units, i, -1);
    if (prev >= 0 && units[prev].verdict === 'boilerplate' && units[prev].reason === 'media-label' && wordCount(u.text) <= MEDIA_DESCRIPTION_MAX_WORDS) {
      units[i] = { ...u, verdict: 'caption', reason: 'media description', score: 0 };
    }
  }
}

/** A credit and nothing else ("Jane Roe | Bloomberg | Getty Images", "Photo: Jane Roe"): capitalised words only. */
function isBareCredit(u: Unit): boolean {
  if (u.verdict !== 'caption' || wordCount(u.text) > CREDIT_ONLY_MAX_WORDS) return false;
  return u.text.split(/\s+/).every((w) => /^[^\p{L}\p{N}]*[\p{Lu}]/u.test(w) || /^(?:via|and|&)$|^[^\p{L}\p{N}]+$/u.test(w));
}

/** A headline-shaped line: no final punctuation, capitalised, a few words, not a list item or a marked heading. */
function isHeadline(u: Unit): boolean {
  return (
    (u.verdict === 'long' || u.verdict === 'short' || u.verdict === 'menu') &&
    !u.marker &&
    !u.emphasised &&
    HEADLINE_START_RE.test(u.text) &&
    !NOT_HEADLINE_RE.test(u.text) &&
    wordCount(u.text) >= SHORT_HEADLINE_MIN_WORDS
  );
}

const HEADLINE_START_RE = /^["“‘'(]?\p{Lu}/u;
/** Handles, links and bracketed notes belong to embedded posts and list items, not to teaser headlines. */
const NOT_HEADLINE_RE = /@\w|https?:|www\.|[)\]]$/;

/** A kicker over a teaser headline: a short line in capitals ("TIME TRAVELLER", "‘GET WITH THE PROGRAM’"). */
function isKicker(u: Unit): boolean {
  return u.verdict === 'short' && !u.marker && wordCount(u.text) <= KICKER_MAX_WORDS && /\p{Lu}{2}/u.test(u.text) && !/\p{Ll}/u.test(u.text);
}

/**
 * Inside the body, runs of HEADLINE_RUN_MIN or more headline-shaped lines (kickers included) are a teaser box:
 * they go. A bare count between text lines ("6", a gallery's photo count) goes too.
 */
export function markHeadlineRuns(units: Unit[], start: number, end: number): void {
  const isCount = (k: number) => k >= 0 && units[k].verdict === 'data' && /^\d{1,3}$/.test(units[k].text);
  const isData = (k: number) => k >= 0 && units[k].verdict === 'data';
  for (let k = start; k <= end; k++) {
    // A lone count between text lines; in a table, numbers stand next to other cells.
    if (isCount(k) && !isData(neighbour(units, k, -1)) && !isData(neighbour(units, k, 1))) {
      units[k] = { ...units[k], verdict: 'boilerplate', reason: 'counter', score: 0 };
    }
  }
  for (let k = start; k <= end; k++) {
    // A long headline in capitals between paragraphs links to another story.
    const u = units[k];
    if ((u.verdict === 'menu' || u.verdict === 'long' || u.verdict === 'short') && !u.marker && wordCount(u.text) >= CAPS_HEADLINE_MIN_WORDS && /\p{Lu}{2}/u.test(u.text) && !/\p{Ll}/u.test(u.text)) {
      units[k] = { ...u, verdict: 'boilerplate', reason: 'headline in capitals', score: 0 };
    }
  }
  let i = start;
  while (i <= end) {
    if (!isHeadline(units[i]) && !isKicker(units[i])) { i++; continue; }
    let j = i;
    const run: number[] = [];
    while (j <= end && (isHeadline(units[j]) || isKicker(units[j]) || units[j].verdict === 'empty')) {
      if (units[j].verdict !== 'empty') run.push(j);
      j++;
    }
    // Lines after an introducing colon are the items of a list the scraper printed without markers.
    const before = i > 0 ? units[neighbour(units, i, -1)] : undefined;
    const introduced = before !== undefined && before.verdict === 'prose' && /:["”’']?$/.test(before.text);
    // Two headlines of several words each, or three shorter ones (a heading and its subheading stay).
    const long = run.every((k) => isKicker(units[k]) || wordCount(units[k].text) >= HEADLINE_MIN_WORDS);
    const teasers = run.length >= HEADLINE_RUN_MIN + 1 || (run.length >= HEADLINE_RUN_MIN && long);
    if (teasers && !introduced) for (const k of run) units[k] = { ...units[k], verdict: 'boilerplate', reason: 'headline run', score: 0 };
    i = j;
  }
}

/**
 * Paragraphs without final punctuation count as prose (some crawlers drop full stops), but two or more in a row
 * amid punctuated text are truncated teasers ("Headline CITY: The minister said on Monday that the") — unless
 * the whole text lacks punctuation.
 */
export function markTruncatedRuns(units: Unit[]): void {
  let sentences = 0;
  let unpunctuated = 0;
  for (const u of units) {
    if (u.verdict !== 'prose') continue;
    if (u.reason === 'long paragraph') unpunctuated += u.text.length;
    else sentences += u.text.length;
  }
  if (unpunctuated >= sentences) return;
  const isLong = (u: Unit) => u.verdict === 'prose' && u.reason === 'long paragraph';
  let i = 0;
  while (i < units.length) {
    if (!isLong(units[i])) { i++; continue; }
    const run: number[] = [];
    let j = i;
    while (j < units.length && (isLong(units[j]) || units[j].verdict === 'long' || units[j].verdict === 'empty')) {
      if (units[j].verdict !== 'empty') run.push(j);
      j++;
    }
    if (run.length >= 2) for (const k of run) units[k] = { ...units[k], verdict: 'long', reason: 'truncated teaser', score: 0 };
    i = j;
  }
}
