// Names that are not people or organisations, whatever the tagger says: titles of works in quotation marks
// ("Takin' It to the Streets"), Title-Case or upper-case headlines and decks ("ARGENTINA CRUISES"), and
// contractions ("I'm"). A headline mention survives when the same name also occurs in running text.
import type { TokenView } from './context.js';
import type { RawMention } from './types.js';
import { MAX_WORK_TITLE_WORDS } from './settings.js';

const CONTRACTION = /^(i|it|we|you|they|he|she|that|there)['’](m|s|re|ve|ll|d)$/i;
const OPEN = /^[“"‘']$/;
const CLOSE: Record<string, RegExp> = { '“': /^[”"]$/, '"': /^["”]$/, '‘': /^[’'‘]$/, "'": /^['’]$/ };
/** Words a title leaves in lower case (articles, conjunctions, short prepositions, a few short verbs). */
const SMALL_WORDS = /^(a|an|the|and|or|nor|but|of|to|in|on|at|for|with|by|from|as|it|is|are|was|be|my|your|me|up|after|before|into|over|under|about|than|not|so|if|vs)$/i;
/**
 * Upper-case initialisms that name no entity: time zones (IANA abbreviations), file formats, and finance, tech
 * and newsroom terms; hand-collected from what the tagger took for names on dev pages outside politics.
 */
const NOT_NAMES = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'et', 'pt', 'ist',
  'pdf', 'jpg', 'jpeg', 'png', 'gif', 'mp3', 'mp4', 'csv', 'xml', 'html', 'json', 'zip', 'docx', 'xlsx', 'svg', 'webp',
  'ipo', 'ceo', 'cfo', 'coo', 'cto', 'gdp', 'eps', 'roi', 'etf', 'esg', 'faq', 'q&a', 'diy', 'tv', 'pc', 'usb', 'led',
  'lcd', 'oled', 'ai', 'vr', 'ar', 'ui', 'api', 'cpu', 'gpu', 'ssd', 'ram', 'esc', 'ok', 'rsvp', 'asap', 'fyi', 'am', 'pm',
  'mph', 'kph', 'rpm', 'hp', 'ev', 'suv', 'dvd', 'pdt', 'op-ed', 'ps', 'nb', 'eta', 'lol', 'omg']);
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isWord = (w: string) => /^\p{L}/u.test(w);

/** Token ranges quoted as a title: a short Title-Case phrase between paired quotation marks, with no sentence end inside. */
function workTitles(v: TokenView): Uint8Array {
  const mark = new Uint8Array(v.tokens.length);
  for (let i = 0; i < v.tokens.length; i++) {
    if (!OPEN.test(v.words[i])) continue;
    const close = CLOSE[v.words[i]];
    let j = i + 1;
    let words = 0;
    let caps = 0;
    // (A final stop or comma may sit inside the marks: “Takin' It to the Streets.”)
    const endsHere = (k: number) => /^[.!?,]$/.test(v.words[k]) && k + 1 < v.tokens.length && close.test(v.words[k + 1]);
    while (j < v.tokens.length && j - i <= MAX_WORK_TITLE_WORDS + 4 && !close.test(v.words[j]) && (!/^[.!?]$/.test(v.words[j]) || endsHere(j))) {
      if (isWord(v.words[j])) {
        words++;
        if (isCap(v.words[j]) || SMALL_WORDS.test(v.words[j])) caps++;
      }
      j++;
    }
    if (j < v.tokens.length && close.test(v.words[j]) && words >= 1 && words <= MAX_WORK_TITLE_WORDS && caps === words && isCap(v.words[i + 1] ?? '')) {
      // Quoted speech opens with a capital too, but it has lower-case words: a title is capitalised throughout.
      for (let k = i + 1; k < j; k++) mark[k] = 1;
    }
    i = j > i ? j - 1 : i;
  }
  return mark;
}

/** Sentences that read as a headline or deck: upper case, or Title Case with no closing punctuation. */
function headlines(v: TokenView): Set<number> {
  const out = new Set<number>();
  let s = -1;
  let words = 0;
  let caps = 0;
  let upper = 0;
  let lastWord = '';
  const close = () => {
    if (s >= 0 && words >= 2 && (upper === words || (words >= 3 && caps === words && !/^[.!?”"]$/.test(lastWord)))) out.add(s);
  };
  for (let i = 0; i < v.tokens.length; i++) {
    if (v.tokens[i].sentence !== s) {
      close();
      s = v.tokens[i].sentence;
      words = caps = upper = 0;
    }
    const w = v.words[i];
    lastWord = w;
    if (!isWord(w)) continue;
    words++;
    if (isCap(w) || SMALL_WORDS.test(w)) caps++;
    if (w.length > 1 && w === w.toUpperCase()) upper++;
  }
  close();
  return out;
}

/** Drops tagged names that are titles of works, headline words or contractions; one pass each. */
export function dropFalseNames(v: TokenView, raw: readonly RawMention[]): RawMention[] {
  const titles = workTitles(v);
  const heads = headlines(v);
  const text = (r: RawMention) => v.text.slice(v.tokens[r.first].start, v.tokens[r.last].end).toLowerCase();
  const inRunningText = new Set<string>();
  for (const r of raw) if (!heads.has(v.tokens[r.first].sentence)) inRunningText.add(text(r));
  return raw.filter((r) => {
    if (CONTRACTION.test(text(r)) || NOT_NAMES.has(text(r))) return false;
    if (r.type === 'LOC' || r.type === 'NORP') return true;
    if (titles[r.first] && titles[r.last]) return false;
    return !(heads.has(v.tokens[r.first].sentence) && !inRunningText.has(text(r)));
  });
}
